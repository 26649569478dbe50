/**
 * Grid: the neutral in-memory sheet every reader produces and every later stage consumes.
 *
 * It knows nothing of where it came from (an Excel range, a .xlsx/.xls/.ods/.csv file): readers
 * fill it, layout recognition reads it. Coordinates are 0-based (row, col) from A1; A1 addresses
 * are derived with `a1()`. Dates are numbers (Excel serials) with a date number format, exactly as
 * Excel's own `Range.values` returns them, so every source looks alike.
 */

export type CellType = "n" | "s" | "b" | "e";

export interface Cell {
  /** n: number (also dates, as serials), s: text, b: boolean, e: error such as "#REF!" */
  t: CellType;
  /** typed value; for "e" the error text ("#REF!", "#DIV/0!") */
  v: number | string | boolean;
  /** display text as the source shows it, when known ("1,762", "43.8%", "24/05/2021") */
  w?: string;
  /** number format code ("#,##0", "0.0%", "dd/mm/yyyy", "@"); absent means General */
  z?: string;
  /** formula without the leading "=", when the cell holds one */
  f?: string;
  /** font name where the source tells it (".VnTime", ".VnTimeH", "Times New Roman") */
  font?: string;
}

/** A rectangular range, 0-based, inclusive on both ends. */
export interface Range {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface Grid {
  /** the file name (or workbook name) the sheet comes from, as the user gave it */
  file: string;
  sheet: string;
  /** number of rows and columns from A1 that may hold cells */
  rowCount: number;
  colCount: number;
  /** cells[row][col]; a missing row or cell is empty */
  cells: (Cell | undefined)[][];
  merges: Range[];
  /** 0-based indices of rows hidden in the source (still data: they are read) */
  hiddenRows?: number[];
}

export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  return grid.cells[row]?.[col];
}

/** Column letters for a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function colLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A1 address for a 0-based (row, col). The texts are made once and shared: every file of a run has
 * its "B12", and a record keeps the address of each of its cells to the end of the run (a province's
 * 100,000 rows hold most of a million of them, over far fewer distinct addresses). Bounded: past
 * A1_SHARED distinct addresses (a list of 20,000 rows in 13 columns), new ones are made each time.
 */
export function a1(row: number, col: number): string {
  if (!(col >= 0 && col < A1_COLUMNS && row >= 0 && Number.isInteger(row) && Number.isInteger(col))) return `${colLetters(col)}${row + 1}`;
  const key = row * A1_COLUMNS + col;
  let text = A1_TEXTS.get(key);
  if (text === undefined) {
    text = `${colLetters(col)}${row + 1}`;
    if (A1_TEXTS.size < A1_SHARED) A1_TEXTS.set(key, text);
  }
  return text;
}

/** Columns a shared address may have (a list's columns: Excel's 16,384 all fit) */
const A1_COLUMNS = 16_384;
const A1_SHARED = 1 << 18;
const A1_TEXTS = new Map<number, string>();

export function rangeA1(r: Range): string {
  const start = a1(r.r0, r.c0);
  const end = a1(r.r1, r.c1);
  return start === end ? start : `${start}:${end}`;
}

/** Parse "B12" (or "$B$12") into a 0-based (row, col); null when it is not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parse "A5:G6" (or a single address) into a Range. */
export function parseRange(ref: string): Range | null {
  const [s, e] = ref.split(":");
  const start = parseA1(s);
  const end = e ? parseA1(e) : start;
  if (!start || !end) return null;
  return { r0: start.row, c0: start.col, r1: end.row, c1: end.col };
}

/** The merged range that covers (row, col), if any. */
export function mergeAt(grid: Grid, row: number, col: number): Range | undefined {
  return grid.merges.find((m) => row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1);
}

/** Text of a cell as a person reads it: display text when known, else the value as text. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.t === "s") return String(cell.v);
  if (cell.w !== undefined) return cell.w;
  return String(cell.v);
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return !cell || (cell.t === "s" && String(cell.v).trim() === "");
}

/** A Grid from a 2-D array of plain values: for tests and generated fixtures. */
export function gridFromRows(
  rows: (string | number | boolean | null | undefined | Cell)[][],
  opts: { file?: string; sheet?: string; merges?: string[] } = {},
): Grid {
  const cells: (Cell | undefined)[][] = rows.map((row) =>
    row.map((v) => {
      if (v === null || v === undefined || v === "") return undefined;
      if (typeof v === "object") return v;
      if (typeof v === "number") return { t: "n", v };
      if (typeof v === "boolean") return { t: "b", v };
      if (/^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/.test(v)) return { t: "e", v };
      return { t: "s", v };
    }),
  );
  return {
    file: opts.file ?? "test.xlsx",
    sheet: opts.sheet ?? "Sheet1",
    rowCount: rows.length,
    colCount: Math.max(0, ...rows.map((r) => r.length)),
    cells,
    merges: (opts.merges ?? []).map((m) => parseRange(m)!).filter(Boolean),
  };
}
