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
import { decodeCsv, detectDelimiter, parseCsv } from "./csv";
import { baseNameOf, extensionOf, sheetNameForCsv, sniffFormat, type WorkbookFormat } from "./sniff";
import { checkZip, MAX_RATIO, MAX_UNPACKED_BYTES, type ZipProblem } from "./zipGuard";

export { MAX_UNPACKED_BYTES, MAX_RATIO } from "./zipGuard";

export type { WorkbookFormat } from "./sniff";

export interface WorkbookRead {
  /** the file name as given */
  file: string;
  grids: Grid[];
  /** set when the file could not be read at all; grids is then empty */
  error?: Localized;
  /**
   * what was read but deserves a look, each naming the file: a .xlsx that is really .xls or CSV, a
   * CSV not in UTF-8, invisible control characters removed, a workbook with no data
   */
  warnings?: Localized[];
  format: WorkbookFormat;
}

/**
 * Size guards, checked before (bytes) and after (cells) parsing. A unit's award list is at most a few
 * thousand rows (the largest real one, a district education office, has 2,511); 50 MB or 5 million
 * filled cells means a wrong file (a database dump, a photo archive) and would freeze the task pane.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_CELLS = 5_000_000;
/**
 * Rows per sheet. SheetJS is told to stop after this many (+1 to notice the excess), so a sheet of a
 * million rows is refused after reading 100,001 of them, not after building a million.
 */
export const MAX_ROWS = 100_000;

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

/** Extensions under which each real format is expected (anything else earns a warning). */
const EXPECTED_EXTENSIONS: Record<WorkbookFormat, string[]> = {
  xlsx: ["xlsx", "xlsm"],
  xls: ["xls", "xml", "htm", "html"],
  ods: ["ods"],
  csv: ["csv", "txt", "tsv"],
  unknown: [],
};

export function readWorkbook(bytes: Uint8Array, fileName: string): WorkbookRead {
  const name = baseNameOf(fileName);
  const sniffed = sniffFormat(bytes, fileName);
  const base = { file: fileName, format: sniffed.format };
  const warnings: Localized[] = [];
  try {
    if (bytes.length === 0) throw new ReadError(messages.empty(name));
    if (bytes.length > MAX_FILE_BYTES) throw new ReadError(messages.tooLarge(name, bytes.length));
    if (sniffed.kind === "unknown") throw new ReadError(messages.unknownFormat(name));
    const ext = extensionOf(fileName);
    if (ext && !EXPECTED_EXTENSIONS[sniffed.format].includes(ext)) warnings.push(messages.misnamed(name, ext, sniffed.format));
    if (sniffed.kind === "zip") {
      const zip = checkZip(bytes);
      if (zip.problem) throw new ReadError(zipMessage(name, zip.problem));
    }
    if (sniffed.kind === "markup" && hasEntityDeclaration(bytes)) throw new ReadError(messages.doctype(name, "DOCTYPE"));
    const grids = sniffed.kind === "text" ? readCsv(bytes, fileName, warnings) : readWithSheetJs(bytes, fileName, name);
    const stripped = stripControlCharacters(grids);
    if (stripped.count) warnings.push(messages.controlCharacters(name, stripped.count, stripped.first));
    if (grids.every((g) => countCells(g) === 0)) warnings.push(messages.noData(name));
    return warnings.length ? { ...base, grids, warnings } : { ...base, grids };
  } catch (e) {
    const error = e instanceof ReadError ? e.localized : classifySheetJsError(name, e);
    return { ...base, grids: [], error };
  }
}

function zipMessage(name: string, problem: ZipProblem): Localized {
  switch (problem.kind) {
    case "encrypted":
      return messages.encrypted(name);
    case "too-large":
      return messages.unpackedTooLarge(name, problem.size);
    case "bomb":
      return messages.zipBomb(name, problem.ratio);
    case "lying-size":
      return messages.zipBomb(name, 0);
    case "doctype":
      return messages.doctype(name, problem.entry);
    case "no-directory":
      return messages.corrupt(name, "no zip central directory");
    case "bad-entry":
      return messages.corrupt(name, `${problem.entry}: ${problem.reason}`);
  }
}

/** An XML Spreadsheet 2003 / HTML file that declares entities (HTML's plain <!DOCTYPE html> is fine). */
function hasEntityDeclaration(bytes: Uint8Array): boolean {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 64 * 1024); i++) head += String.fromCharCode(bytes[i]);
  return /<!ENTITY/i.test(head);
}

function readWithSheetJs(bytes: Uint8Array, fileName: string, name: string): Grid[] {
  const wb = XLSX.read(bytes, SHEETJS_OPTIONS);
  let cellsSeen = 0;
  const grids: Grid[] = [];
  for (const sheet of wb.SheetNames) {
    const ws = wb.Sheets[sheet];
    if (!ws) continue;
    if (rowsOf(ws) > MAX_ROWS) throw new ReadError(messages.tooManyRows(name, sheet));
    const grid = sheetToGrid(ws, fileName, sheet);
    cellsSeen += countCells(grid);
    if (cellsSeen > MAX_CELLS) throw new ReadError(messages.tooManyCells(name));
    grids.push(grid);
  }
  return grids;
}

/** Rows of a sheet read with `sheetRows`: the full range when SheetJS clipped it, else the rows read. */
function rowsOf(ws: XLSX.WorkSheet): number {
  const full = (ws as { "!fullref"?: string })["!fullref"];
  const data = (ws as unknown as { "!data"?: unknown[] })["!data"] ?? [];
  const fromRef = full ? XLSX.utils.decode_range(full).e.r + 1 : 0;
  return Math.max(fromRef, data.length);
}

/**
 * C0 control characters (other than tab, line feed, carriage return) and DEL are invisible in Excel,
 * break name matching ("Nguyễn\u0007Văn An" would not match "Nguyễn Văn An") and can hide text:
 * removed from every text cell, and counted for the warning.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
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

function readCsv(bytes: Uint8Array, fileName: string, warnings: Localized[]): Grid[] {
  const decoded = decodeCsv(bytes);
  const name = baseNameOf(fileName);
  if (decoded.encoding !== "utf-8") warnings.push(messages.csvEncoding(name, decoded.encoding));
  const rows = parseCsv(decoded.text, detectDelimiter(decoded.text), MAX_ROWS + 1);
  if (rows.length > MAX_ROWS) throw new ReadError(messages.tooManyRows(name, sheetNameForCsv(fileName)));
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
const FORMAT_NAME: Record<WorkbookFormat, { vi: string; en: string }> = {
  xlsx: { vi: "bảng tính Excel .xlsx", en: "an Excel .xlsx workbook" },
  xls: { vi: "bảng tính Excel 97-2003 .xls", en: "an Excel 97-2003 .xls workbook" },
  ods: { vi: "bảng tính OpenDocument .ods", en: "an OpenDocument .ods spreadsheet" },
  csv: { vi: "tệp văn bản CSV", en: "a CSV text file" },
  unknown: { vi: "tệp không rõ loại", en: "a file of unknown kind" },
};

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
  tooManyRows: (f: string, sheet: string): Localized => ({
    vi: `Tệp "${f}", sheet "${sheet}" có hơn ${MAX_ROWS.toLocaleString("vi-VN")} dòng, vượt giới hạn đọc: có lẽ không phải danh sách khen thưởng; hãy tách tệp hoặc xóa các dòng thừa.`,
    en: `File "${f}", sheet "${sheet}" has more than ${MAX_ROWS.toLocaleString("en-US")} rows, over the reading limit: it is probably not an award list; split it or delete the extra rows.`,
  }),
  unpackedTooLarge: (f: string, size: number): Localized => ({
    vi: `Tệp "${f}" khi giải nén lớn hơn ${mb(MAX_UNPACKED_BYTES)} MB (${mb(size)} MB trở lên), vượt giới hạn đọc: hãy tách tệp hoặc xóa các sheet, hình ảnh không cần.`,
    en: `File "${f}" unpacks to more than ${mb(MAX_UNPACKED_BYTES)} MB (${mb(size)} MB or more), over the reading limit: split it or delete the sheets and pictures not needed.`,
  }),
  zipBomb: (f: string, ratio: number): Localized => ({
    vi: `Tệp "${f}" có cấu trúc nén bất thường${ratio ? ` (nén ${Math.round(ratio)}:1, giới hạn ${MAX_RATIO}:1)` : " (kích thước khai báo sai)"}, có thể là "bom nén" (zip bomb) gây treo máy: không mở tệp này; hãy xin đơn vị gửi lại tệp lưu từ Excel.`,
    en: `File "${f}" is compressed abnormally${ratio ? ` (${Math.round(ratio)}:1, limit ${MAX_RATIO}:1)` : " (declared sizes are false)"}, possibly a "zip bomb" made to freeze the computer: it was not opened; ask the unit for a copy saved from Excel.`,
  }),
  doctype: (f: string, part: string): Localized => ({
    vi: `Tệp "${f}" chứa khai báo DOCTYPE/ENTITY của XML (phần ${part}) mà Excel không bao giờ ghi: tệp đã bị sửa bằng công cụ khác hoặc có ý đồ xấu, nên không được mở; hãy xin đơn vị gửi lại tệp lưu từ Excel.`,
    en: `File "${f}" contains an XML DOCTYPE/ENTITY declaration (part ${part}) that Excel never writes: it was altered by another tool or crafted, so it was not opened; ask the unit for a copy saved from Excel.`,
  }),
  misnamed: (f: string, ext: string, format: WorkbookFormat): Localized => ({
    vi: `Tệp "${f}" có đuôi .${ext} nhưng thực chất là ${FORMAT_NAME[format].vi}: đã đọc theo định dạng thật; nên mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: `File "${f}" is named .${ext} but is really ${FORMAT_NAME[format].en}: it was read as what it is; open it in Excel and save it as .xlsx.`,
  }),
  csvEncoding: (f: string, encoding: "windows-1258" | "legacy-8bit"): Localized =>
    encoding === "windows-1258"
      ? {
          vi: `Tệp "${f}" không lưu theo UTF-8: đã đọc theo bảng mã Windows-1258 (CSV của Excel trên Windows tiếng Việt); hãy soát lại dấu tiếng Việt, và lần sau lưu "CSV UTF-8".`,
          en: `File "${f}" is not UTF-8: it was read as code page Windows-1258 (Excel's CSV on Vietnamese Windows); check the Vietnamese letters, and next time save as "CSV UTF-8".`,
        }
      : {
          vi: `Tệp "${f}" không lưu theo UTF-8 mà theo bảng mã cũ một byte (TCVN3/VNI): đã đọc từng byte và chuyển sang Unicode; hãy soát lại dấu tiếng Việt.`,
          en: `File "${f}" is not UTF-8 but a legacy one-byte encoding (TCVN3/VNI): it was read byte by byte and converted to Unicode; check the Vietnamese letters.`,
        },
  controlCharacters: (f: string, count: number, first?: string): Localized => ({
    vi: `Tệp "${f}" có ${count} ô chứa ký tự điều khiển vô hình${first ? ` (đầu tiên: ${first})` : ""}: đã bỏ các ký tự đó khi đọc; tệp gốc không bị sửa.`,
    en: `File "${f}" has ${count} cell(s) with invisible control characters${first ? ` (first: ${first})` : ""}: they were removed when reading; the source file is unchanged.`,
  }),
  noData: (f: string): Localized => ({
    vi: `Tệp "${f}" không có dữ liệu (mọi sheet đều trống): hãy xin đơn vị gửi lại đúng tệp.`,
    en: `File "${f}" holds no data (every sheet is empty): ask the unit to send the right file.`,
  }),
  corrupt: (f: string, detail: string): Localized => ({
    vi: `Tệp "${f}" bị hỏng hoặc chưa tải về đủ nên không đọc được (${detail}): hãy xin đơn vị gửi lại tệp.`,
    en: `File "${f}" is damaged or incompletely downloaded and cannot be read (${detail}): ask the unit to send it again.`,
  }),
};
