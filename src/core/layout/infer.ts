/**
 * A column whose header cell is blank (or holds a text no role knows) still holds data: the clerk
 * deleted the header, or typed "Cột 5". When the table lacks a role it needs, the role is read
 * from the column's contents — decision numbers ("980/QĐ-UBND"), dates, award names, personal or
 * collective names, numbers — and the reader says so at the header cell, as a warning: the user
 * sees which column was read as what, and the table is not lost.
 *
 * Only roles the table is missing are inferred, and only from content that leaves no doubt (most
 * of the column's filled cells agree). Nothing here knows a file, sheet or unit name.
 */
import { cellText, type Cell, type Grid, isEmptyCell } from "../grid";
import type { ColumnRole } from "../model";
import { matchAward } from "../domain/awards";
import { looksLikeCollectiveName, looksLikePersonName } from "../domain/recipientKind";
import { isDateFormat, parseNumberText } from "../values";
import { headerKey } from "../text/normalize";

export type ContentKind = "name" | "award" | "decisionNumber" | "date" | "number";

/** The roles a column can be given from its contents (roleFromContent). */
export type InferredRole = "name" | "award" | "decisionNumber" | "decisionDate" | "actual" | "plan";

export interface InferredColumn {
  col: number;
  role: InferredRole;
  /** the header text when there was one the engine did not know ("" for a blank header cell) */
  headerText: string;
}

/** Columns the header sampled per inference: enough to tell, few enough to stay cheap. */
const SAMPLE_ROWS = 40;
/** Share of filled cells that must agree on one kind. */
const AGREEMENT = 0.7;

const DECISION = /^(so[:.]?\s*)?\d+[a-z]?\s*\/\s*(qd|nq|tb|kh)\b/;

/** What one cell's content looks like, or undefined when it tells nothing. */
export function contentKindOf(cell: Cell | undefined): ContentKind | undefined {
  if (!cell || isEmptyCell(cell)) return undefined;
  if (cell.t === "n") return isDateFormat(cell.z) ? "date" : "number";
  if (cell.t !== "s") return undefined;
  // not blank (isEmptyCell above)
  const text = cellText(cell).trim();
  const key = headerKey(text);
  if (DECISION.test(key)) return "decisionNumber";
  // the shape alone: an impossible day ("31/02/2024") still makes a date column, whose cells the
  // date rules then report
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text)) return "date";
  if (parseNumberText(text)) return "number";
  if (matchAward(text).kind === "known") return "award";
  if (looksLikePersonName(text) || looksLikeCollectiveName(text)) return "name";
  return undefined;
}

/** The kind most filled cells of a column agree on, over the rows given. */
export function columnContentKind(grid: Grid, col: number, rows: number[]): ContentKind | undefined {
  const counts = new Map<ContentKind | "other", number>();
  let filled = 0;
  for (const r of rows) {
    const cell = grid.cells[r]?.[col];
    if (!cell || isEmptyCell(cell)) continue;
    filled++;
    const k = contentKindOf(cell) ?? "other";
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (filled >= SAMPLE_ROWS) break;
  }
  if (filled < 2) return undefined;
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best !== "other" && n / filled >= AGREEMENT ? best : undefined;
}

const has = (columns: Partial<Record<ColumnRole, number>>, ...roles: ColumnRole[]) => roles.some((r) => columns[r] !== undefined);

/**
 * The role a column without a usable header plays, from its contents and what the table already
 * has. An award table missing its recipient or award or decision, a figures table missing its
 * actual (or plan) column.
 */
export function roleFromContent(kind: ContentKind, col: number, columns: Partial<Record<ColumnRole, number>>): InferredRole | undefined {
  const awardLike = has(columns, "award", "decision", "decisionNumber", "decisionDate", "recipientKind") && !has(columns, "indicator");
  const figuresLike = has(columns, "indicator") && has(columns, "plan", "actual", "percent", "measure");
  if (awardLike) {
    if (kind === "name" && !has(columns, "name", "familyName", "givenName")) return "name";
    if (kind === "award" && !has(columns, "award")) return "award";
    if (kind === "decisionNumber" && !has(columns, "decision", "decisionNumber")) return "decisionNumber";
    // a date beside the decision number is its date (a birth date sits near the name)
    if (kind === "date" && columns.decisionNumber !== undefined && !has(columns, "decision", "decisionDate") && Math.abs(col - columns.decisionNumber) === 1) return "decisionDate";
    return undefined;
  }
  if (figuresLike && kind === "number") {
    if (columns.actual === undefined && (columns.plan === undefined || col > columns.plan) && (columns.percent === undefined || col < columns.percent)) return "actual";
    if (columns.plan === undefined && columns.actual !== undefined && col < columns.actual) return "plan";
  }
  return undefined;
}
