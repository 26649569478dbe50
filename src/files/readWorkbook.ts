/**
 * File bytes (.xlsx, .xls, .ods, .csv) -> Grid[] — the file adapter's reader.
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
import { decodeCsvBytes, parseCsv } from "./csv";
import { baseNameOf, sheetNameForCsv, sniffFormat, type WorkbookFormat } from "./sniff";

export type { WorkbookFormat } from "./sniff";

export interface WorkbookRead {
  /** the file name as given */
  file: string;
  grids: Grid[];
  /** set when the file could not be read at all; grids is then empty */
  error?: Localized;
  format: WorkbookFormat;
}

/**
 * Size guards, checked before (bytes) and after (cells) parsing. A unit's award list is at most a few
 * thousand rows (the largest real one, a district education office, has 2,511); 50 MB or 5 million
 * filled cells means a wrong file (a database dump, a photo archive) and would freeze the task pane.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_CELLS = 5_000_000;

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
};

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

class ReadError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

export function readWorkbook(bytes: Uint8Array, fileName: string): WorkbookRead {
  const name = baseNameOf(fileName);
  const sniffed = sniffFormat(bytes, fileName);
  const base = { file: fileName, format: sniffed.format };
  try {
    if (bytes.length === 0) throw new ReadError(messages.empty(name));
    if (bytes.length > MAX_FILE_BYTES) throw new ReadError(messages.tooLarge(name, bytes.length));
    if (sniffed.kind === "unknown") throw new ReadError(messages.unknownFormat(name));
    const grids = sniffed.kind === "text" ? readCsv(bytes, fileName) : readWithSheetJs(bytes, fileName, name);
    return { ...base, grids };
  } catch (e) {
    const error = e instanceof ReadError ? e.localized : classifySheetJsError(name, e);
    return { ...base, grids: [], error };
  }
}

function readWithSheetJs(bytes: Uint8Array, fileName: string, name: string): Grid[] {
  const wb = XLSX.read(bytes, SHEETJS_OPTIONS);
  let cellsSeen = 0;
  const grids: Grid[] = [];
  for (const sheet of wb.SheetNames) {
    const ws = wb.Sheets[sheet];
    if (!ws) continue;
    const grid = sheetToGrid(ws, fileName, sheet);
    cellsSeen += countCells(grid);
    if (cellsSeen > MAX_CELLS) throw new ReadError(messages.tooManyCells(name));
    grids.push(grid);
  }
  return grids;
}

function countCells(grid: Grid): number {
  let n = 0;
  for (const row of grid.cells) if (row) for (const c of row) if (c) n++;
  return n;
}

/** One SheetJS worksheet (dense mode) -> Grid. */
export function sheetToGrid(ws: XLSX.WorkSheet, file: string, sheet: string): Grid {
  const ref = ws["!ref"] ? XLSX.utils.decode_range(ws["!ref"]) : null;
  const data = ((ws as unknown as { "!data"?: (XLSX.CellObject | undefined)[][] })["!data"] ?? []) as (
    | (XLSX.CellObject | undefined)[]
    | undefined
  )[];
  const cells: (Cell | undefined)[][] = [];
  let maxCol = ref ? ref.e.c + 1 : 0;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    if (!src) continue;
    const row: (Cell | undefined)[] = [];
    for (let c = 0; c < src.length; c++) {
      const cell = src[c] ? convertCell(src[c]!) : undefined;
      if (cell) {
        row[c] = cell;
        if (c + 1 > maxCol) maxCol = c + 1;
      }
    }
    if (row.length) cells[r] = row;
  }
  const merges: Range[] = (ws["!merges"] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
  const hiddenRows: number[] = [];
  (ws["!rows"] ?? []).forEach((info, i) => {
    if (info?.hidden) hiddenRows.push(i);
  });
  // fill holes so cells[r] is always an array: later stages index without checks
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  const grid: Grid = {
    file,
    sheet,
    rowCount: Math.max(ref ? ref.e.r + 1 : 0, cells.length),
    colCount: maxCol,
    cells,
    merges,
  };
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  return grid;
}

/** SheetJS cell -> Grid cell: t/v/w/z/f only; "General" is no format. */
function convertCell(src: XLSX.CellObject): Cell | undefined {
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
      cell = { t: "n", v: src.v };
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

function readCsv(bytes: Uint8Array, fileName: string): Grid[] {
  const rows = parseCsv(decodeCsvBytes(bytes));
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
  if (total > MAX_CELLS) throw new ReadError(messages.tooManyCells(baseNameOf(fileName)));
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

function classifySheetJsError(name: string, e: unknown): Localized {
  const detail = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(detail)) return messages.encrypted(name);
  return messages.corrupt(name, detail);
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/** The user-visible messages of the reader; each names the file and says what to do. */
export const messages = {
  empty: (f: string): Localized => ({
    vi: `Tệp "${f}" rỗng (0 byte): hãy xin đơn vị gửi lại tệp.`,
    en: `File "${f}" is empty (0 bytes): ask the unit to send it again.`,
  }),
  tooLarge: (f: string, size: number): Localized => ({
    vi: `Tệp "${f}" quá lớn (${mb(size)} MB, giới hạn ${mb(MAX_FILE_BYTES)} MB): có lẽ không phải bảng tổng hợp khen thưởng; hãy kiểm tra lại tệp.`,
    en: `File "${f}" is too large (${mb(size)} MB, limit ${mb(MAX_FILE_BYTES)} MB): it is probably not an award workbook; check the file.`,
  }),
  tooManyCells: (f: string): Localized => ({
    vi: `Tệp "${f}" có hơn ${MAX_CELLS.toLocaleString("vi-VN")} ô dữ liệu, vượt giới hạn đọc: hãy tách tệp hoặc xóa các sheet không cần.`,
    en: `File "${f}" has more than ${MAX_CELLS.toLocaleString("en-US")} filled cells, over the reading limit: split it or delete the sheets not needed.`,
  }),
  unknownFormat: (f: string): Localized => ({
    vi: `Tệp "${f}" không phải bảng tính Excel (.xlsx, .xls), OpenDocument (.ods) hay CSV: hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: `File "${f}" is not an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV spreadsheet: open it in Excel and save it as .xlsx.`,
  }),
  encrypted: (f: string): Localized => ({
    vi: `Tệp "${f}" được đặt mật khẩu nên không đọc được: hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại.`,
    en: `File "${f}" is password-protected and cannot be read: open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.`,
  }),
  corrupt: (f: string, detail: string): Localized => ({
    vi: `Tệp "${f}" bị hỏng hoặc chưa tải về đủ nên không đọc được (${detail}): hãy xin đơn vị gửi lại tệp.`,
    en: `File "${f}" is damaged or incompletely downloaded and cannot be read (${detail}): ask the unit to send it again.`,
  }),
};
