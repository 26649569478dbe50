/**
 * Sector-figure rows -> FigureRow: section, indicator, ĐVT, plan, actual, stated percent, and the
 * parent/child links ("Tổng đàn gia súc" over "- Trâu", "- Bò"). Values typed as Vietnamese text
 * are read with the Vietnamese convention; what cannot be read becomes a finding at its cell.
 */
import { a1, type Grid } from "../grid";
import type { ColumnRole, FigureRow, SkippedRow } from "../model";
import type { DetectedTable } from "../layout/detect";
import type { Finding } from "../rules/rule";
import { readNumberCell, readPercentCell } from "../values";
import { cellsOf, type ReadContext, type ReadResult, refOf, skippedRow, textAt } from "./common";
import { readFiguresByUnit, readTransposedFigures } from "./figuresTransposed";
import { ROW_SKIPPED } from "../i18n/records";

const CHILD_MARK = /^[-+–•*]\s*|^[a-zđ][.)]\s*/;

export function readFigures(grid: Grid, table: DetectedTable, ctx: ReadContext): ReadResult<FigureRow> {
  if (table.transposed) return readTransposedFigures(grid, table, ctx);
  if (table.crossTab?.axis === "units") return readFiguresByUnit(grid, table, ctx, readFigures);
  const { columns } = table;
  const records: FigureRow[] = [];
  const findings: Finding[] = [];
  const skipped: SkippedRow[] = [];
  let section = "";
  let lastTop: number | undefined;

  const readValue = (r: number, role: ColumnRole): number | null => {
    const col = columns[role];
    if (col === undefined) return null;
    const cell = grid.cells[r]?.[col];
    const read = readNumberCell(cell);
    const where = a1(r, col);
    if (read.kind === "number") {
      if (read.fromText && /[.,]/.test(String(cell?.v ?? ""))) findings.push({ rule: "number-as-text", cell: where, data: { text: String(cell?.v ?? ""), value: read.value, ambiguous: read.ambiguous ? 1 : 0 } });
      return read.value;
    }
    if (read.kind === "error") findings.push({ rule: "formula-error", cell: where, data: { value: read.error, column: table.headerTexts[col] ?? "" } });
    if (read.kind === "text") findings.push({ rule: "value-not-number", cell: where, data: { text: read.text, column: table.headerTexts[col] ?? "" } });
    return null;
  };

  for (const body of table.body) {
    const r = body.row;
    if (body.kind === "section") {
      // (a section text is its trimmed cells joined: nothing to trim)
      section = body.sectionText ?? "";
      lastTop = undefined;
      skipped.push(skippedRow(r, body.kind));
      continue;
    }
    if (body.kind !== "item") {
      if (body.kind !== "blank") skipped.push(skippedRow(r, body.kind));
      continue;
    }
    const stt = textAt(grid, r, columns.stt);
    const rawIndicator = textAt(grid, r, columns.indicator);
    const isChild = /^[-+–•*]$/.test(stt) || /^[a-zđ][.)]?$/.test(stt) || /^[-+–•]/.test(rawIndicator);
    // textAt trims, and the mark takes the spaces after it
    const indicator = rawIndicator.replace(CHILD_MARK, "");
    const plan = readValue(r, "plan");
    const actual = readValue(r, "actual");
    let percent: number | null = null;
    let percentDecimals: number | undefined;
    if (columns.percent !== undefined) {
      const cell = grid.cells[r]?.[columns.percent];
      const read = readPercentCell(cell);
      if (read.kind === "number") {
        percent = read.percent;
        percentDecimals = read.decimals;
      } else if (read.kind === "error") {
        findings.push({ rule: "formula-error", cell: a1(r, columns.percent), data: { value: read.error, column: table.headerTexts[columns.percent] ?? "" } });
      } else if (read.kind === "text") {
        findings.push({ rule: "value-not-number", cell: a1(r, columns.percent), data: { text: read.text, column: table.headerTexts[columns.percent] ?? "" } });
      }
    }
    if (!indicator) {
      if (plan !== null || actual !== null) findings.push({ rule: "value-required", cell: a1(r, columns.indicator ?? table.firstCol), data: { column: table.headerTexts[columns.indicator ?? table.firstCol] ?? "", what: "indicator" } });
      else {
        skipped.push({ row: r + 1, kind: "item", reason: ROW_SKIPPED.t("noIndicator") });
        continue;
      }
    }
    const formulas: FigureRow["formulas"] = {};
    for (const role of ["plan", "actual", "percent"] as const) {
      const col = columns[role];
      const f = col !== undefined ? grid.cells[r]?.[col]?.f : undefined;
      if (f) formulas[role] = f;
    }
    const row: FigureRow = {
      ref: refOf(ctx, r, columns.indicator ?? table.firstCol),
      sender: ctx.sender,
      section,
      stt,
      indicator,
      measure: textAt(grid, r, columns.measure),
      plan,
      actual,
      percent,
      percentDecimals,
      formulas: Object.keys(formulas).length ? formulas : undefined,
      cells: cellsOf(columns, r),
    };
    const index = records.length;
    if (isChild && lastTop !== undefined) {
      row.parent = lastTop;
      records[lastTop].hasChildren = true;
    } else {
      lastTop = index;
    }
    records.push(row);
  }
  return { records, findings, skipped };
}
