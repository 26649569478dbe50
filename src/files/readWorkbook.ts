/**
 * File bytes (.xlsx/.xlsm, .xlsb, .xls of every BIFF version, .ods/.fods, .csv) -> Grid[] — the file
 * adapter's reader.
 *
 * Takes bytes, not a path, so the same code runs in the task pane (a File picked by the user) and in
 * the CLI (fs.readFile). No Node API here. It never throws: a file that cannot be read gives
 * `error` (Vietnamese + English, naming the file) and no grids, so one bad file never stops the others.
 *
 * Fonts: SheetJS CE exposes no font name per cell (for .xlsx `cell.s` holds only the fill; for .xls
 * nothing), so `Cell.font` stays undefined; the text module recognises TCVN3 from the text itself.
 */
import * as XLSX from "@e965/xlsx";
import type { Cell, Grid, Range } from "../core/grid";
import type { Localized } from "../core/model";
import { decodeCsv, detectDelimiter, parseCsv } from "./csv";
import { MAX_CELL_TEXT, MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS } from "./budget";
import { preflight } from "./preflight";
import { xlsxHasValuesBelow } from "./sheetScan";
import type { ZipEntryInfo } from "./zipGuard";
import { messages } from "./readMessages";
import { TdktError, type PlainError } from "../core/errors";
import { baseNameOf, extensionOf, sheetNameForCsv, sniffFormat, type WorkbookFormat } from "./sniff";

export { MAX_UNPACKED_BYTES, MAX_RATIO } from "./zipGuard";
export { MAX_FILE_BYTES, MAX_CELLS, MAX_ROWS, MAX_CELL_DATA_BYTES, MAX_BIFF_BYTES, MAX_CELL_TEXT } from "./budget";
export { messages } from "./readMessages";

export type { WorkbookFormat } from "./sniff";

export interface WorkbookRead {
  /** the file name as given */
  file: string;
  grids: Grid[];
  /** set when the file could not be read at all (code, message id, parameters, file); grids is then empty */
  error?: PlainError;
  /**
   * what was read but deserves a look, each naming the file: a .xlsx that is really .xls or CSV, a
   * CSV not in UTF-8, invisible control characters removed, a workbook with no data
   */
  warnings?: Localized[];
  format: WorkbookFormat;
}

const SHEETJS_OPTIONS: XLSX.ParsingOptions = {
  type: "array",
  dense: true,
  cellNF: true,
  cellFormula: true,
  // needed for !rows (hidden rows); SheetJS only parses row properties with cellStyles
  cellStyles: true,
  cellDates: false,
  // HTML/text/SYLK sniffing is for our own CSV path; SheetJS only sees real workbooks
  WTF: false,
  sheetRows: MAX_ROWS + 1,
};

/**
 * What a caller needs beyond the cells. `hiddenRows` (default true) asks SheetJS for row
 * properties, which it only parses with `cellStyles`; that option also makes it build a stub for
 * every styled empty cell and look up every cell's fill (a sixth more cell objects on a bordered
 * list, and as many more to collect). Only the annotated copy shows hidden rows: the checks read
 * without them, and their records are the same (test/files/readOptions.test.ts).
 */
export interface ReadOptions {
  hiddenRows?: boolean;
}

const WITHOUT_ROW_PROPERTIES: XLSX.ParsingOptions = { ...SHEETJS_OPTIONS, cellStyles: false };

/** Excel's error codes as SheetJS stores them in `v` (BIFF numbering). */
const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/** Extensions under which each real format is expected (anything else earns a warning). */
const EXPECTED_EXTENSIONS: Record<WorkbookFormat, string[]> = {
  xlsx: ["xlsx", "xlsm"],
  xlsb: ["xlsb"],
  xls: ["xls", "xlw", "xlt", "xml", "htm", "html"],
  ods: ["ods", "fods"],
  csv: ["csv", "txt", "tsv"],
  unknown: [],
};

export function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): WorkbookRead {
  const name = baseNameOf(fileName);
  const sniffed = sniffFormat(bytes, fileName);
  const warnings: Localized[] = [];
  let format: WorkbookFormat = sniffed.format;
  try {
    if (bytes.length === 0) throw messages.empty(name);
    if (bytes.length > MAX_FILE_BYTES) throw messages.tooLarge(name, bytes.length);
    const checked = preflight(bytes, sniffed, name);
    format = checked.format;
    if (checked.problem) throw checked.problem;
    const ext = extensionOf(fileName);
    if (ext && !EXPECTED_EXTENSIONS[format].includes(ext)) warnings.push(messages.misnamed(name, ext, format).text);
    const grids = sniffed.kind === "text" ? readCsv(bytes, fileName, warnings) : readWithSheetJs(bytes, fileName, name, options.hiddenRows === false ? WITHOUT_ROW_PROPERTIES : SHEETJS_OPTIONS, checked.format === "xlsx" ? checked.zipEntries : undefined);
    const stripped = stripControlCharacters(grids);
    if (stripped.count) warnings.push(messages.controlCharacters(name, stripped.count, stripped.first).text);
    if (grids.every((g) => countCells(g) === 0)) warnings.push(messages.noData(name).text);
    return warnings.length ? { file: fileName, format, grids, warnings } : { file: fileName, format, grids };
  } catch (e) {
    // structured, as every error the user sees: it crosses the CLI's threads and the pane's worker as it is
    const error = (e instanceof TdktError ? e : sheetJsError(name, e)).toPlain();
    return { file: fileName, format, grids: [], error };
  }
}

/**
 * SheetJS, its console quiet: what it prints (records it does not know, ODS number formats it
 * approximates) is about its own gaps, not the user's file, and would mix into the CLI's messages.
 * The values read do not depend on it, so it goes nowhere. (Parsing is synchronous: nothing else
 * runs while the console is borrowed.)
 */
function parseQuietly(bytes: Uint8Array, options: XLSX.ParsingOptions): XLSX.WorkBook {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const drop = () => undefined;
  console.error = console.warn = console.log = drop;
  try {
    return XLSX.read(bytes, options);
  } finally {
    Object.assign(console, saved);
  }
}

function readWithSheetJs(bytes: Uint8Array, fileName: string, name: string, options: XLSX.ParsingOptions, xlsxEntries?: ZipEntryInfo[]): Grid[] {
  const wb = parseQuietly(bytes, options);
  // SheetJS stops after MAX_ROWS + 1 rows of a sheet's declared range. When a sheet's data ends before
  // that, the rows it skipped may be empty (a declared A1:XFD1048576 over two rows, formatted empty
  // rows at the end) or hold data far below: asked of the .xlsx XML directly, or for other formats
  // by a second, style-less parse (no styles: SheetJS then skips the empty cells); data there refuses.
  const unsure = wb.SheetNames.filter((s) => wb.Sheets[s] && clipped(wb.Sheets[s]) && dataRows(wb.Sheets[s]) <= MAX_ROWS);
  if (unsure.length) {
    if (xlsxEntries) {
      if (xlsxHasValuesBelow(bytes, xlsxEntries, MAX_ROWS + 1)) throw messages.tooManyRows(name, unsure[0]);
    } else {
      const whole = parseQuietly(bytes, { ...SHEETJS_OPTIONS, sheetRows: 0, cellStyles: false });
      for (const s of unsure) if (whole.Sheets[s] && dataRows(whole.Sheets[s]) > MAX_ROWS) throw messages.tooManyRows(name, s);
    }
  }
  let cellsSeen = 0;
  const grids: Grid[] = [];
  for (const sheet of wb.SheetNames) {
    const ws = wb.Sheets[sheet];
    if (!ws) continue;
    if (dataRows(ws) > MAX_ROWS) throw messages.tooManyRows(name, sheet);
    const grid = sheetToGrid(ws, fileName, sheet, !!wb.Workbook?.WBProps?.date1904);
    cellsSeen += countCells(grid);
    if (cellsSeen > MAX_CELLS) throw messages.tooManyCells(name);
    const long = longText(grid);
    if (long) throw messages.textTooLong(name, sheet, long.at, long.length);
    grids.push(grid);
  }
  return grids;
}

/** Did SheetJS stop before the end of the sheet's declared range (`sheetRows`)? */
function clipped(ws: XLSX.WorkSheet): boolean {
  const full = (ws as { "!fullref"?: string })["!fullref"];
  return !!full && XLSX.utils.decode_range(full).e.r + 1 > MAX_ROWS + 1;
}

/** Rows up to the last one holding a value or formula: what the sheet really holds, not its declared range. */
function dataRows(ws: XLSX.WorkSheet): number {
  const data = (ws as unknown as { "!data"?: ((XLSX.CellObject | undefined)[] | undefined)[] })["!data"] ?? [];
  for (let r = data.length - 1; r >= 0; r--) if (data[r]?.some((c) => c && (c.t !== "z" || c.f))) return r + 1;
  return 0;
}

/** The first text cell longer than Excel allows. */
function longText(grid: Grid): { at: string; length: number } | undefined {
  for (let r = 0; r < grid.cells.length; r++)
    for (let c = 0; c < (grid.cells[r]?.length ?? 0); c++) {
      const cell = grid.cells[r][c];
      if (cell?.t === "s" && String(cell.v).length > MAX_CELL_TEXT) return { at: `${colName(c)}${r + 1}`, length: String(cell.v).length };
    }
  return undefined;
}

/**
 * C0 control characters (other than tab, line feed, carriage return) and DEL are invisible in Excel,
 * break name matching ("Nguyễn\u0007Văn An" would not match "Nguyễn Văn An") and can hide text:
 * removed from every text cell, and counted for the warning.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex -- as above
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function stripControlCharacters(grids: Grid[]): { count: number; first?: string } {
  let count = 0;
  let first: string | undefined;
  for (const g of grids)
    g.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.t !== "s" || !HAS_CONTROL.test(String(cell.v))) return;
        cell.v = String(cell.v).replace(CONTROL, "");
        if (cell.w !== undefined) cell.w = cell.w.replace(CONTROL, "");
        count++;
        if (!first) first = `${g.sheet}!${colName(c)}${r + 1}`;
      }),
    );
  return { count, first };
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function countCells(grid: Grid): number {
  let n = 0;
  for (const row of grid.cells) if (row) for (const c of row) if (c) n++;
  return n;
}

/**
 * One SheetJS worksheet (dense mode) -> Grid. Its size is what its cells hold, never the range the
 * file declares (Gnumeric declares A1:XFD1048576; Excel declares formatted empty rows and columns):
 * rows and columns up to the last filled cell, merged ranges clipped to them.
 */
export function sheetToGrid(ws: XLSX.WorkSheet, file: string, sheet: string, date1904 = false): Grid {
  const data = ((ws as unknown as { "!data"?: (XLSX.CellObject | undefined)[][] })["!data"] ?? []) as (
    | (XLSX.CellObject | undefined)[]
    | undefined
  )[];
  const cells: (Cell | undefined)[][] = [];
  let maxCol = 0;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) continue;
    const row: (Cell | undefined)[] = [];
    for (let c = 0; c < src.length; c++) {
      const cell = src[c] ? convertCell(src[c]!, date1904) : undefined;
      if (cell) {
        row[c] = cell;
        if (c + 1 > maxCol) maxCol = c + 1;
      }
    }
    if (row.length) cells[r] = row;
  }
  // a merged cell whose value is read spans its whole range, even past the last filled row or column
  // (rows capped at the row limit: a whole-column merge is no million rows)
  const merges: Range[] = [];
  let rowCount = cells.length;
  for (const m of ws["!merges"] ?? []) {
    if (!cells[m.s.r]?.[m.s.c]) continue;
    rowCount = Math.max(rowCount, Math.min(m.e.r, MAX_ROWS - 1) + 1);
    maxCol = Math.max(maxCol, m.e.c + 1);
  }
  // every merge is kept (an empty one too: it still shapes a header), clipped to that extent
  for (const m of ws["!merges"] ?? [])
    if (m.s.r < rowCount && m.s.c < maxCol) merges.push({ r0: m.s.r, c0: m.s.c, r1: Math.min(m.e.r, rowCount - 1), c1: Math.min(m.e.c, maxCol - 1) });
  const hiddenRows: number[] = [];
  (ws["!rows"] ?? []).forEach((info, i) => {
    if (info?.hidden && i < rowCount) hiddenRows.push(i);
  });
  // fill holes so cells[r] is always an array: later stages index without checks
  for (let r = 0; r < rowCount; r++) if (!cells[r]) cells[r] = [];
  const grid: Grid = { file, sheet, rowCount, colCount: maxCol, cells, merges };
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  return grid;
}

/**
 * A workbook in the 1904 date system (Excel for Mac before 2011; a workbook option) counts its date
 * serials from 1904-01-01: the Grid's serials are always in the 1900 system, so a date there is moved
 * by the 1,462 days between the two epochs. Durations ("[h]:mm") and times of day are no dates and
 * stay as they are.
 */
const DAYS_1900_TO_1904 = 1462;
/** SheetJS's number-format helper, typed `any` by the package: the one function used here. */
const SSF = XLSX.SSF as { is_date(format: string): boolean };
function isCalendarDate(format: string): boolean {
  // outside quoted text and [brackets]: a day or year token makes it a calendar date
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return SSF.is_date(format) && /[dy]/i.test(bare);
}

/** SheetJS cell -> Grid cell: t/v/w/z/f only; "General" is no format. */
function convertCell(src: XLSX.CellObject, date1904: boolean): Cell | undefined {
  const z = typeof src.z === "string" && src.z !== "General" ? src.z : undefined;
  const f = src.f ? src.f : undefined;
  let cell: Cell;
  switch (src.t) {
    case "s":
      cell = { t: "s", v: String(src.v ?? "") };
      if (src.v === undefined && !f) return undefined;
      break;
    case "n":
      if (typeof src.v !== "number") return undefined;
      cell = { t: "n", v: date1904 && z && isCalendarDate(z) ? src.v + DAYS_1900_TO_1904 : src.v };
      if (src.w !== undefined) cell.w = src.w;
      break;
    case "b":
      cell = { t: "b", v: Boolean(src.v) };
      if (src.w !== undefined) cell.w = src.w;
      break;
    case "e": {
      const text = typeof src.w === "string" && src.w.startsWith("#") ? src.w : ERROR_TEXT[src.v as number] ?? "#VALUE!";
      cell = { t: "e", v: text, w: text };
      break;
    }
    case "d": {
      // only with cellDates (off), kept for safety: Excel serial in the 1900 system
      const d = src.v instanceof Date ? src.v : new Date(String(src.v));
      if (isNaN(d.getTime())) return undefined;
      const serial = (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
      cell = { t: "n", v: serial };
      if (src.w !== undefined) cell.w = src.w;
      break;
    }
    default:
      // "z" stubs (styled empty cells) carry nothing a reader needs, unless a formula
      return undefined;
  }
  if (z) cell.z = z;
  if (f) cell.f = f;
  return cell;
}

/** A plain integer as a spreadsheet would take it (no leading zeros, no separators): "12" but not "0012" or "1.762". */
const PLAIN_INTEGER = /^-?(?:0|[1-9]\d{0,14})$/;

function readCsv(bytes: Uint8Array, fileName: string, warnings: Localized[]): Grid[] {
  const decoded = decodeCsv(bytes);
  const name = baseNameOf(fileName);
  if (decoded.encoding !== "utf-8") warnings.push(messages.csvEncoding(name, decoded.encoding).text);
  const rows = parseCsv(decoded.text, detectDelimiter(decoded.text), MAX_ROWS + 1);
  if (rows.length > MAX_ROWS) throw messages.tooManyRows(name, sheetNameForCsv(fileName));
  // a trailing newline leaves no extra row; blank lines inside are kept as empty rows
  let total = 0;
  const cells: (Cell | undefined)[][] = rows.map((fields) => {
    const row: (Cell | undefined)[] = [];
    fields.forEach((text, c) => {
      if (text === "") return;
      total++;
      row[c] = PLAIN_INTEGER.test(text) ? { t: "n", v: Number(text), w: text } : { t: "s", v: text };
    });
    return row;
  });
  if (total > MAX_CELLS) throw messages.tooManyCells(baseNameOf(fileName));
  while (cells.length && cells[cells.length - 1].length === 0) cells.pop();
  return [
    {
      file: fileName,
      sheet: sheetNameForCsv(fileName),
      rowCount: cells.length,
      colCount: Math.max(0, ...cells.map((r) => r.length)),
      cells,
      merges: [],
    },
  ];
}

function sheetJsError(name: string, e: unknown): TdktError {
  const detail = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(detail)) return messages.encrypted(name);
  return messages.corrupt(name, detail);
}

