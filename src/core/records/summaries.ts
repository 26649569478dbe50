/**
 * A unit's self-summary ("Tổng hợp": award × Tập thể / Cá nhân, with a "Cộng" row) -> SummaryRow.
 * Counts typed as Vietnamese text ("1.762") are read as numbers.
 */
import { a1, type Grid } from "../grid";
import type { ColumnRole, SummaryRow, SkippedRow } from "../model";
import type { DetectedTable } from "../layout/detect";
import type { Finding } from "../rules/rule";
import { readNumberCell } from "../values";
import { matchAward } from "../domain/awards";
import { cellsOf, type ReadContext, type ReadResult, refOf, skippedRow, textAt } from "./common";

export function readSummaries(grid: Grid, table: DetectedTable, ctx: ReadContext): ReadResult<SummaryRow> {
  const { columns } = table;
  const records: SummaryRow[] = [];
  const findings: Finding[] = [];
  const skipped: SkippedRow[] = [];
  const count = (r: number, role: ColumnRole): number | null => {
    const col = columns[role];
    if (col === undefined) return null;
    const cell = grid.cells[r]?.[col];
    const read = readNumberCell(cell);
    if (read.kind === "number") {
      if (read.fromText && /[.,]/.test(String(cell?.v ?? ""))) findings.push({ rule: "number-as-text", cell: a1(r, col), data: { text: String(cell?.v ?? ""), value: read.value, ambiguous: read.ambiguous ? 1 : 0 } });
      return read.value;
    }
    if (read.kind === "error") findings.push({ rule: "formula-error", cell: a1(r, col), data: { value: read.error, column: table.headerTexts[col] ?? "" } });
    if (read.kind === "text") findings.push({ rule: "value-not-number", cell: a1(r, col), data: { text: read.text, column: table.headerTexts[col] ?? "" } });
    return null;
  };
  for (const body of table.body) {
    const r = body.row;
    if (body.kind !== "item" && body.kind !== "subtotal") {
      if (body.kind !== "blank") skipped.push(skippedRow(r, body.kind));
      continue;
    }
    const awardText = textAt(grid, r, columns.award);
    const match = awardText && body.kind === "item" ? matchAward(awardText) : undefined;
    records.push({
      ref: refOf(ctx, r, columns.award ?? table.firstCol),
      sender: ctx.sender,
      awardText,
      awardId: match?.kind === "known" ? match.award.id : undefined,
      collectives: count(r, "collectives"),
      individuals: count(r, "individuals"),
      households: columns.households !== undefined ? count(r, "households") : undefined,
      isTotal: body.kind === "subtotal",
      cells: cellsOf(columns, r),
    });
  }
  return { records, findings, skipped };
}
