/**
 * A workbook's own look-up lists: code → name, as production systems' import templates and their
 * users keep them — several lists side by side on a "DANHMUC" sheet ("STT | Mã số | Hình thức khen
 * thưởng", a blank column, "STT | Mã số | Danh hiệu thi đua", ...), or one two-column sheet per list
 * ("tenhinhthuckt | mahinhthuckt", "NAME | CODE", or no header at all: "Khen thưởng cá nhân |
 * CANHAN"). A data table's code column ("Mã hình thức khen thưởng") is resolved through them, so the
 * rules and totals see the name. Nothing here knows a file, sheet or list name.
 */
import { cellText, type Grid, isEmptyCell } from "../grid";
import { isCodeHeader } from "../layout/headers";
import { collapseSpaces, headerKey } from "../text/normalize";

export interface LookupList {
  /** the sheet the list is on */
  sheet: string;
  /** the name column's header ("Hình thức khen thưởng"), "" for a list without a header */
  title: string;
  /** code key (see codeKey) → the name as written */
  entries: Map<string, string>;
  /** a list the engine knows (a production system's codes), consulted after the workbook's own */
  builtIn?: true;
}

/** A code as the same key wherever it is typed: no spaces, capitals, an all-digit code without leading zeros. */
export function codeKey(text: string): string {
  const t = collapseSpaces(text).replace(/\s+/g, "").toUpperCase();
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, "") : t;
}

/** A token a system uses as a code: one word of capitals, digits and - _ . ("HT01", "CANHAN", "1650360184", "0001", "9"). */
export function looksLikeCode(text: string): boolean {
  const t = text.trim();
  // (the pattern wants one character at least)
  return t.length <= 24 && /^[A-Z0-9][A-Z0-9_.-]*$/.test(t);
}

/** The text of a code cell: a whole number as its digits ("1650360184", not "1,650,360,184"). */
export function codeText(grid: Grid, row: number, col: number): string {
  const cell = grid.cells[row]?.[col];
  if (!cell || isEmptyCell(cell)) return "";
  // only a number cell holds a number (Grid), and Number.isInteger is false for anything else
  if (Number.isInteger(cell.v)) return String(cell.v);
  return cellText(cell).trim();
}

const textAt = (grid: Grid, row: number, col: number): string => collapseSpaces(cellText(grid.cells[row]?.[col]));

/** Read one list down from the row under its header: code in `codeCol`, name in `nameCol`, until a blank code. */
function readDown(grid: Grid, sheet: string, title: string, top: number, codeCol: number, nameCol: number): LookupList | undefined {
  const entries = new Map<string, string>();
  for (let r = top; r < grid.rowCount; r++) {
    const code = codeText(grid, r, codeCol);
    const name = textAt(grid, r, nameCol);
    if (!code) break;
    if (isCodeHeader(code)) break; // the next list's header under this one
    if (name) entries.set(codeKey(code), name);
  }
  return entries.size ? { sheet, title, entries } : undefined;
}

/**
 * The lists of a sheet known to be a look-up (by its name or its contents): every header cell
 * naming a code column starts a list, its name column the nearest header cell beside it that is
 * neither a code nor an STT (right first: "Mã số | Hình thức", then left: "tenhinhthuckt | mahinhthuckt").
 * A sheet with no such header is read as one list when it is a headerless code list (see isCodeListSheet).
 */
export function listsOfSheet(grid: Grid): LookupList[] {
  const out: LookupList[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cells = grid.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c]?.t === "s" ? cellText(cells[c]).trim() : "";
      if (!text || !isCodeHeader(text)) continue;
      const nameHeader = (col: number) => {
        const t = grid.cells[r]?.[col]?.t === "s" ? cellText(grid.cells[r]?.[col]).trim() : "";
        return t && !isCodeHeader(t) && !/^(stt|tt|so tt)$/.test(headerKey(t)) ? t : "";
      };
      const nameCol = nameHeader(c + 1) ? c + 1 : nameHeader(c - 1) ? c - 1 : -1;
      if (nameCol < 0) continue;
      const list = readDown(grid, grid.sheet, nameHeader(nameCol), r + 1, c, nameCol);
      if (list) out.push(list);
    }
  }
  if (!out.length) {
    const pair = headerlessPair(grid);
    if (pair) {
      const list = readDown(grid, grid.sheet, "", pair.first, pair.code, pair.name);
      if (list) out.push(list);
    }
  }
  return out;
}

/** The rows holding data and, for each, its filled columns. */
function filledRows(grid: Grid): { row: number; cols: number[] }[] {
  const out: { row: number; cols: number[] }[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cols: number[] = [];
    (grid.cells[r] ?? []).forEach((cell, c) => {
      // an absent or blank cell has no text (cellText), so the text alone decides
      if (cellText(cell).trim()) cols.push(c);
    });
    if (cols.length) out.push({ row: r, cols });
  }
  return out;
}

/** Two columns on every row: a code column of unique codes, a name column of text. */
function codeAndName(grid: Grid, rows: number[], a: number, b: number, numbersAreCodes: boolean): { code: number; name: number } | undefined {
  for (const [code, name] of [
    [a, b],
    [b, a],
  ]) {
    const codes = rows.map((r) => codeText(grid, r, code));
    // without a header saying so, only codes holding letters: digits beside names are figures
    const isCode = (t: string) => looksLikeCode(t) && (numbersAreCodes || /[A-Z]/.test(t));
    if (!codes.every(isCode)) continue;
    if (new Set(codes.map(codeKey)).size !== codes.length) continue;
    if (!rows.every((r) => grid.cells[r]?.[name]?.t === "s" && !looksLikeCode(textAt(grid, r, name)))) continue;
    return { code, name };
  }
  return undefined;
}

/** A headerless two-column code list (no number codes: a figures table looks the same). */
function headerlessPair(grid: Grid): { code: number; name: number; first: number } | undefined {
  const rows = filledRows(grid);
  if (rows.length < 2 || !rows.every((x) => x.cols.length === 2 && x.cols[0] === rows[0].cols[0] && x.cols[1] === rows[0].cols[1])) return undefined;
  const pair = codeAndName(grid, rows.map((x) => x.row), rows[0].cols[0], rows[0].cols[1], false);
  return pair && { ...pair, first: rows[0].row };
}

/**
 * A sheet that is one code list by its contents, whatever its name ("HTKT", "PLDT", "phan loai
 * kt"): exactly two filled columns on every row (besides an STT), one of unique codes and one of names, under a
 * header whose code cell says so ("mahinhthuckt", "CODE", "Mã số") — or, without a header, codes
 * that hold letters ("CANHAN", "HT01"): a two-column list of names and numbers is a figures table.
 */
export function isCodeListSheet(grid: Grid): boolean {
  const all = filledRows(grid);
  if (all.length < 3) return headerlessPair(grid) !== undefined;
  // a numbering column first ("STT | Mã | Tên", 1, 2, 3 …) is set aside
  const stt = all[0].cols.length === 3 && /^(stt|tt|so tt)$/.test(headerKey(cellText(grid.cells[all[0].row]?.[all[0].cols[0]])));
  const rows = stt ? all.map((x) => ({ row: x.row, cols: x.cols.length === 3 && x.cols[0] === all[0].cols[0] ? x.cols.slice(1) : [] })) : all;
  const [first, ...rest] = rows;
  const same = (x: { cols: number[] }) => x.cols.length === 2 && x.cols[0] === first.cols[0] && x.cols[1] === first.cols[1];
  if (!rows.every(same)) return false;
  if (stt && !rest.every((x, i) => grid.cells[x.row]?.[all[0].cols[0]]?.t === "n" && grid.cells[x.row]?.[all[0].cols[0]]?.v === i + 1)) return false;
  const [a, b] = first.cols;
  const headed = [a, b].some((c) => grid.cells[first.row]?.[c]?.t === "s" && isCodeHeader(cellText(grid.cells[first.row]?.[c])));
  if (headed && codeAndName(grid, rest.map((x) => x.row), a, b, true)) return true;
  return headerlessPair(grid) !== undefined;
}

/** Code → name through the workbook's lists: the list holding the code (the column's own list first). */
export interface CodeLookup {
  lists: LookupList[];
}

/**
 * The list a column's codes come from: the one holding the most of them (at least one). Used per
 * column, so a code that two lists share ("1" in two numbered lists) is read from the column's list.
 */
export function listForCodes(lookup: CodeLookup, codes: string[]): LookupList | undefined {
  let best: LookupList | undefined;
  let bestHits = 0;
  const keys = [...new Set(codes.map(codeKey))];
  for (const list of lookup.lists) {
    const hits = keys.filter((k) => list.entries.has(k)).length;
    if (hits > bestHits) {
      best = list;
      bestHits = hits;
    }
  }
  return best;
}
