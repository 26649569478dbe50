/**
 * Figures in the other shapes units draw: transposed (indicators across the columns, figure lines
 * down; see layout/transposed.ts) -> FigureRow, one per indicator column: the same fields as a figures
 * table drawn the usual way, each read from its line. The record sits on the actual line (else
 * the plan line), at the indicator's column, so a rule points at the figure it is about. And a
 * cross-tab with units across (layout/crossTab.ts), one FigureRow per unit and indicator.
 */
import { a1, type Grid } from "../grid";
import type { ColumnRole, FigureRow, SkippedRow } from "../model";
import type { DetectedTable } from "../layout/detect";
import type { FigureLine } from "../layout/transposed";
import type { Finding } from "../rules/rule";
import { readNumberCell, readPercentCell } from "../values";
import { type ReadContext, type ReadResult, refOf, skippedRow, textAt } from "./common";

const CHILD_MARK = /^[-+–•*]\s*|^[a-zđ][.)]\s*/;

export function readTransposedFigures(grid: Grid, table: DetectedTable, ctx: ReadContext): ReadResult<FigureRow> {
  const t = table.transposed!;
  const records: FigureRow[] = [];
  const findings: Finding[] = [];
  const skipped: SkippedRow[] = [];
  const recordRow = t.lines.actual ?? t.lines.plan!;
  const label = (line: FigureLine) => textAt(grid, t.lines[line]!, t.labelCol);

  const readValue = (line: "plan" | "actual", col: number): number | null => {
    const r = t.lines[line];
    if (r === undefined) return null;
    const cell = grid.cells[r]?.[col];
    const read = readNumberCell(cell);
    if (read.kind === "number") {
      if (read.fromText && /[.,]/.test(String(cell?.v ?? ""))) findings.push({ rule: "number-as-text", cell: a1(r, col), data: { text: String(cell?.v ?? ""), value: read.value, ambiguous: read.ambiguous ? 1 : 0 } });
      return read.value;
    }
    if (read.kind === "error") findings.push({ rule: "formula-error", cell: a1(r, col), data: { value: read.error, column: label(line) } });
    if (read.kind === "text") findings.push({ rule: "value-not-number", cell: a1(r, col), data: { text: read.text, column: label(line) } });
    return null;
  };

  let lastTop: number | undefined;
  for (const col of t.itemCols) {
    const raw = textAt(grid, t.indicatorRow, col);
    // textAt trims, and the mark takes the spaces after it
    const indicator = raw.replace(CHILD_MARK, "");
    const plan = readValue("plan", col);
    const actual = readValue("actual", col);
    let percent: number | null = null;
    let percentDecimals: number | undefined;
    if (t.lines.percent !== undefined) {
      const read = readPercentCell(grid.cells[t.lines.percent]?.[col]);
      if (read.kind === "number") [percent, percentDecimals] = [read.percent, read.decimals];
      else if (read.kind === "error") findings.push({ rule: "formula-error", cell: a1(t.lines.percent, col), data: { value: read.error, column: label("percent") } });
      else if (read.kind === "text") findings.push({ rule: "value-not-number", cell: a1(t.lines.percent, col), data: { text: read.text, column: label("percent") } });
    }
    const cells: Partial<Record<ColumnRole, string>> = { indicator: a1(t.indicatorRow, col) };
    const formulas: FigureRow["formulas"] = {};
    for (const line of ["measure", "plan", "actual", "percent"] as const) {
      const r = t.lines[line];
      if (r === undefined) continue;
      cells[line] = a1(r, col);
      const f = grid.cells[r]?.[col]?.f;
      if (f && line !== "measure") formulas[line] = f;
    }
    const row: FigureRow = {
      ref: refOf(ctx, recordRow, col),
      sender: ctx.sender,
      section: "",
      stt: "",
      indicator,
      measure: t.lines.measure !== undefined ? textAt(grid, t.lines.measure, col) : "",
      plan,
      actual,
      percent,
      percentDecimals,
      formulas: Object.keys(formulas).length ? formulas : undefined,
      cells,
    };
    const index = records.length;
    if (/^[-+–•]/.test(raw) && lastTop !== undefined) {
      row.parent = lastTop;
      records[lastTop].hasChildren = true;
    } else lastTop = index;
    records.push(row);
  }
  for (const b of table.body) if (b.kind !== "item" && b.kind !== "blank") skipped.push(skippedRow(b.row, b.kind));
  return { records, findings, skipped };
}

/**
 * Units across the columns (layout/crossTab.ts): each unit's column read as that unit's actual
 * figure, the unit named by its header. `readOne` is the ordinary figures reader (passed in, so
 * the two modules do not import each other).
 */
export function readFiguresByUnit(grid: Grid, table: DetectedTable, ctx: ReadContext, readOne: (g: Grid, t: DetectedTable, c: ReadContext) => ReadResult<FigureRow>): ReadResult<FigureRow> {
  const records: FigureRow[] = [];
  const findings: Finding[] = [];
  const skipped = new Map<number, SkippedRow>();
  for (const unit of table.crossTab!.columns) {
    const one = readOne(grid, { ...table, crossTab: undefined, columns: { ...table.columns, actual: unit.col } }, { ...ctx, sender: unit.label });
    const offset = records.length;
    for (const r of one.records) records.push(r.parent !== undefined ? { ...r, parent: r.parent + offset } : r);
    findings.push(...one.findings);
    for (const s of one.skipped) skipped.set(s.row, s);
  }
  return { records, findings, skipped: [...skipped.values()] };
}
