/**
 * Headers drawn over two or three rows, as people draw them: group cells merged across their
 * sub-columns ("Thực hiện" over "6 tháng" / "Cả năm" / "So sánh %"; "Kết quả" over "Năm 2023" over
 * "Kế hoạch" / "Thực hiện"), cells merged down through the whole header ("STT" over three rows).
 * This module says which rows under a header row continue it, and which role each column takes
 * from its stack of header texts — the lowest text that names a role wins ("Năm 2023" / "Kế hoạch"
 * is the plan), a group cell lends its role to sub-columns that only say which part of it they are
 * ("Quyết định" over "Số" / "Ngày"; "Thực hiện" over "6 tháng" / "Cả năm").
 */
import { cellText, type Grid, isEmptyCell, type Range } from "../grid";
import type { ColumnRole } from "../model";
import { headerKey } from "../text/normalize";
import { headerRole, isColumnNumberToken } from "./headers";

/** A header is at most this many rows deep (the column-number row under it is a body row). */
export const MAX_HEADER_ROWS = 3;

interface Text {
  col: number;
  text: string;
}

function stringsOf(grid: Grid, row: number): Text[] {
  const out: Text[] = [];
  const cells = grid.cells[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell?.t === "s" && !isEmptyCell(cell)) out.push({ col: c, text: cellText(cell).trim() });
  }
  return out;
}

/**
 * Merges that start at or below the header's top row and touch its columns. Each use says which
 * rows it wants (a group above a row, a cell merged down into it), so no lower bound is kept here.
 */
function mergesFrom(grid: Grid, top: number, firstCol: number, lastCol: number): Range[] {
  return grid.merges.filter((m) => m.r0 >= top && m.c1 >= firstCol && m.c0 <= lastCol);
}

/** A cell merged across columns in a row above `row`, covering `col`: the group the column belongs to. */
function groupOver(merges: Range[], row: number, col: number): Range | undefined {
  let best: Range | undefined;
  for (const m of merges) if (m.r1 < row && m.c1 > m.c0 && col >= m.c0 && col <= m.c1 && (!best || m.r0 > best.r0)) best = m;
  return best;
}

/**
 * Does `row` continue the header that starts at `top`? It does when a header cell merged down
 * reaches it (the sheet's author drew the header that deep), or when its texts sit under group
 * cells merged across and name columns (or name nothing but are followed by a row that does: the
 * middle row "Năm 2023" of a three-row header). A number in the row, or a column-number row,
 * ends the header.
 */
function continues(grid: Grid, top: number, row: number, firstCol: number, lastCol: number, depthLeft: number): boolean {
  if (depthLeft <= 0) return false;
  // a row past the grid's end has no cells: no texts, so it ends the header below
  const cells = grid.cells[row] ?? [];
  // a number, a date, a boolean or an error in the header's columns: a body row (only text cells are ever blank)
  for (let c = firstCol; c <= lastCol; c++) if (cells[c] && cells[c]!.t !== "s") return false;
  const texts = stringsOf(grid, row);
  if (texts.some((t) => t.col < firstCol || t.col > lastCol)) return false;
  // a row of column numbers or letters ends the header, and so does a row with no text (every() of nothing)
  if (texts.every((t) => isColumnNumberToken(t.text) || /^[A-Z]$/.test(t.text))) return false;
  const merges = mergesFrom(grid, top, firstCol, lastCol);
  if (merges.some((m) => m.r0 < row && m.r1 >= row)) return true;
  if (!texts.every((t) => groupOver(merges, row, t.col))) return false;
  if (texts.every((t) => roleAt(grid, merges, row, t))) return true;
  return continues(grid, top, row + 1, firstCol, lastCol, depthLeft - 1);
}

/** The last row of the header that starts at `top` (top itself for a one-row header). */
export function headerBottom(grid: Grid, top: number, firstCol: number, lastCol: number): number {
  let bottom = top;
  // the depth left bounds the header: continues() says no once MAX_HEADER_ROWS rows are taken
  while (continues(grid, top, bottom + 1, firstCol, lastCol, MAX_HEADER_ROWS - (bottom - top + 1))) bottom++;
  return bottom;
}

/**
 * A sub-header that names a role only under its group: "Quyết định khen thưởng" merged over
 * "Số" | "Ngày" (alone, "Số" and "Ngày" mean nothing); "Thực hiện" or "Kế hoạch" over the
 * period it covers ("6 tháng", "Cả năm", "Năm 2023").
 */
export function subHeaderRole(text: string, groupRole: ColumnRole | undefined): ColumnRole | undefined {
  const key = headerKey(text);
  if (groupRole === "decision") {
    if (/^(so|so hieu|ky hieu|so ky hieu|so qd|so quyet dinh)$/.test(key)) return "decisionNumber";
    if (/^(ngay|ngay ky|ngay thang|ngay thang nam|ngay ban hanh)$/.test(key)) return "decisionDate";
  }
  if ((groupRole === "plan" || groupRole === "actual") && periodMonths(key) > 0) return groupRole;
  return undefined;
}

/** How many months a period sub-header covers: "cả năm" 12, "9 tháng" 9, "quý III" 3; 0 when it names no period. */
export function periodMonths(key: string): number {
  if (/^(uoc )?(ca nam|nam|nam \d{4}|12 thang)$/.test(key)) return 12;
  const months = /^(?:uoc )?(\d{1,2}) thang( dau nam)?$/.exec(key);
  if (months) return Number(months[1]);
  if (/^quy (i|ii|iii|iv|[1-4])$/.test(key)) return 3;
  if (/^thang \d{1,2}$/.test(key)) return 1;
  return 0;
}

function roleAt(grid: Grid, merges: Range[], row: number, t: Text): ColumnRole | undefined {
  const own = headerRole(t.text);
  if (own) return own;
  const group = groupOver(merges, row, t.col);
  return group ? subHeaderRole(t.text, headerRole(cellText(grid.cells[group.r0]?.[group.c0]).trim())) : undefined;
}

export interface StackedRole {
  col: number;
  role: ColumnRole;
  /** the header row (0 = top) whose text gave the role: lower rows name the column first */
  level: number;
}

/**
 * The role of each column of a header over rows top..bottom, from the lowest text naming one. A
 * group cell (merged across sub-columns that have their own text) names no column itself. Among
 * sub-columns of one plan/actual group that differ only by period, the longest period is the
 * figure ("Thực hiện" over "6 tháng" / "Cả năm": the year's, compared with the year's plan); the
 * others take no role and are listed in the ledger as columns not read.
 */
export function stackedRoles(grid: Grid, top: number, bottom: number, firstCol: number, lastCol: number): StackedRole[] {
  const merges = mergesFrom(grid, top, firstCol, lastCol);
  const isGroup = (row: number, col: number) =>
    merges.some((m) => m.r0 === row && m.c0 === col && m.c1 > m.c0) && stringsOfRange(grid, row + 1, bottom, col, merges.find((m) => m.r0 === row && m.c0 === col)!.c1);
  const out: StackedRole[] = [];
  const periodPick = new Map<string, { col: number; months: number }>();
  for (let col = firstCol; col <= lastCol; col++) {
    for (let row = bottom; row >= top; row--) {
      const cell = grid.cells[row]?.[col];
      // a blank text names no role (roleAt), so only the cell's type and the group need a test here
      if (cell?.t !== "s" || isGroup(row, col)) continue;
      const text = cellText(cell).trim();
      const role = roleAt(grid, merges, row, { col, text });
      if (!role) continue;
      const group = !headerRole(text) ? groupOver(merges, row, col) : undefined;
      if (group && (role === "plan" || role === "actual")) {
        const key = `${role}@${group.r0}:${group.c0}`;
        const months = periodMonths(headerKey(text));
        const prev = periodPick.get(key);
        if (prev && prev.months >= months) break;
        if (prev) out.splice(out.findIndex((s) => s.col === prev.col), 1);
        periodPick.set(key, { col, months });
      }
      out.push({ col, role, level: row - top });
      break;
    }
  }
  // lower rows first, then left to right: the first column of a role keeps it. `out` is already in
  // column order (columns are visited left to right; a longer period's column, pushed last, is right
  // of every earlier one), and the sort is stable, so the level alone orders it
  return out.sort((a, b) => b.level - a.level);
}

function stringsOfRange(grid: Grid, from: number, to: number, c0: number, c1: number): boolean {
  for (let r = from; r <= to; r++) for (let c = c0; c <= c1; c++) if (grid.cells[r]?.[c]?.t === "s" && !isEmptyCell(grid.cells[r][c])) return true;
  return false;
}
