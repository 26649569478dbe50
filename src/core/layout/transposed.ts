/**
 * Figures drawn the other way round: indicators across the columns and the figure lines down a
 * label column ("Chỉ tiêu | Diện tích | Sản lượng | ..." then "Đơn vị tính", "Kế hoạch năm",
 * "Thực hiện", "Tỷ lệ %" below). The label column is found by the header vocabulary on its cells,
 * so a transposed table reads like one whose header is the label column. Looked for only in a
 * sheet where no header row was found (an award list never pays for it).
 */
import { cellText, type Grid, isEmptyCell } from "../grid";
import type { ColumnRole } from "../model";
import { headerRole, isKnownOtherHeader } from "./headers";

export type FigureLine = "measure" | "plan" | "actual" | "percent";
const LINES: FigureLine[] = ["measure", "plan", "actual", "percent"];

export interface TransposedFigures {
  /** the column holding the line labels ("Chỉ tiêu", "Đơn vị tính", "Kế hoạch", ...) */
  labelCol: number;
  /** the row of the indicators' names (across) */
  indicatorRow: number;
  /** the row of each figure line */
  lines: Partial<Record<FigureLine, number>>;
  /** the columns holding one indicator each */
  itemCols: number[];
  /** the last row of the table (the last figure line, or a line whose label is not known) */
  lastRow: number;
  /** lines under the label column the reader does not know ("Thực hiện cùng kỳ"): listed, not read */
  unknownLines: number[];
}

function firstText(grid: Grid, row: number): { col: number; text: string } | undefined {
  const cells = grid.cells[row] ?? [];
  for (let c = 0; c < cells.length; c++) if (!isEmptyCell(cells[c])) return cells[c]!.t === "s" ? { col: c, text: cellText(cells[c]).trim() } : undefined;
  return undefined;
}

/** A transposed figures table whose indicator row is `row`, or null. */
export function transposedAt(grid: Grid, row: number): TransposedFigures | null {
  const label = firstText(grid, row);
  if (!label || headerRole(label.text) !== "indicator") return null;
  const cells = grid.cells[row] ?? [];
  const itemCols: number[] = [];
  for (let c = label.col + 1; c < cells.length; c++) {
    if (isEmptyCell(cells[c])) continue;
    if (cells[c]!.t !== "s") return null; // a number beside "Chỉ tiêu": not a row of names
    itemCols.push(c);
  }
  if (itemCols.length < 2) return null;
  const lines: Partial<Record<FigureLine, number>> = {};
  const unknownLines: number[] = [];
  // a row past the grid's end has no label: the loop stops there on its own
  for (let r = row + 1; r <= row + 12; r++) {
    const text = cellText(grid.cells[r]?.[label.col]).trim();
    if (!text) break;
    const role: ColumnRole | undefined = headerRole(text);
    const line = LINES.find((l) => l === role);
    const hasValues = itemCols.some((c) => !isEmptyCell(grid.cells[r]?.[c]));
    if (line && lines[line] === undefined) lines[line] = r;
    else if (hasValues && (role || isKnownOtherHeader(text) || text.length <= 60)) unknownLines.push(r);
    else break;
  }
  if (lines.plan === undefined && lines.actual === undefined) return null;
  // unknown lines after the last known one are not part of the table (a note, a signature)
  const lastRow = Math.max(...Object.values(lines));
  return { labelCol: label.col, indicatorRow: row, lines, itemCols, lastRow, unknownLines: unknownLines.filter((r) => r < lastRow) };
}
