/**
 * The metamorphic suite's workbook model: a unit's workbook as plain rows, with where each table's
 * header and body sit and what each column means, so a transformation (a clerk's habit) can be
 * applied without looking the header up by its text. Written to real bytes — .xlsx by exceljs,
 * .xls/.ods by SheetJS, .csv as text — and read back by the product's own file reader.
 */
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import type { WorkbookInput } from "../../src/core/engine";
import { encodeTcvn3, encodeVni } from "../../src/core/text/legacy";
import { readWorkbook } from "../../src/files/readWorkbook";

export type V = string | number | null;

export interface SheetModel {
  name: string;
  /** "awards" / "figures": a data sheet the transformations act on; "extra": instructions, lookup */
  role: "awards" | "figures" | "extra";
  rows: V[][];
  /** merged ranges in A1 ("A4:A5") */
  merges: string[];
  /** 0-based row of the (first) header row, its depth, and the end (exclusive) of the body */
  header: number;
  depth: number;
  end: number;
  /** what each column of the table means ("stt", "name", "award", "plan", "helper", ...) */
  cols: string[];
  /** the sheet is typed in a legacy font (its strings are encoded when written) */
  legacy?: "tcvn3" | "vni";
}

export type Format = "xlsx" | "xls" | "ods" | "csv;" | "csv,";

export interface BookModel {
  /** base file name without extension */
  base: string;
  sheets: SheetModel[];
  format: Format;
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function dataSheets(book: BookModel, role?: "awards" | "figures"): SheetModel[] {
  return book.sheets.filter((s) => (role ? s.role === role : s.role !== "extra"));
}

/** Insert rows at `at`, keeping the header, body and merges where they were. */
export function insertRows(sheet: SheetModel, at: number, rows: V[][]): void {
  sheet.rows.splice(at, 0, ...rows.map((r) => [...r]));
  const n = rows.length;
  if (at <= sheet.header) sheet.header += n;
  if (at <= sheet.end) sheet.end += n;
  sheet.merges = sheet.merges.map((m) => shiftRange(m, at, n));
}

function shiftRange(range: string, at: number, n: number): string {
  return range.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `${c}${Number(r) - 1 >= at ? Number(r) + n : Number(r)}`);
}

export function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Apply `fn` to every string of the sheet (header, body, title alike). */
export function mapStrings(sheet: SheetModel, fn: (s: string) => string): void {
  sheet.rows = sheet.rows.map((r) => r.map((v) => (typeof v === "string" ? fn(v) : v)));
}

const encoders = { tcvn3: encodeTcvn3, vni: encodeVni };
const fonts = { tcvn3: ".VnTime", vni: "VNI-Times" };

function cellValue(sheet: SheetModel, v: V): V {
  if (typeof v === "string" && sheet.legacy) return encoders[sheet.legacy](v);
  return v;
}

export async function xlsxBytes(book: BookModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = cellValue(s, v);
        if (s.legacy && typeof v === "string") cell.font = { name: fonts[s.legacy], size: 13 };
      }),
    );
    for (const m of s.merges) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function sheetJsBytes(book: BookModel, bookType: "xls" | "ods"): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of book.sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map((v) => cellValue(s, v))));
    ws["!merges"] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return new Uint8Array(XLSX.write(wb, { bookType, type: "array" }) as ArrayBuffer);
}

function csvText(sheet: SheetModel, sep: string): string {
  const quote = (v: V) => {
    const s = v === null ? "" : String(cellValue(sheet, v));
    return /["\n\r]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return sheet.rows.map((r) => r.map(quote).join(sep)).join("\r\n") + "\r\n";
}

/** The book as the engine's inputs, through real bytes and the product's reader (a CSV per sheet). */
export async function toInputs(book: BookModel): Promise<WorkbookInput[]> {
  const read = (bytes: Uint8Array, file: string): WorkbookInput => {
    const r = readWorkbook(bytes, file);
    return { file: r.file, grids: r.grids, error: r.error, warnings: r.warnings };
  };
  if (book.format === "xlsx") return [read(await xlsxBytes(book), `${book.base}.xlsx`)];
  if (book.format === "xls" || book.format === "ods") return [read(sheetJsBytes(book, book.format), `${book.base}.${book.format}`)];
  const sep = book.format === "csv;" ? ";" : ",";
  // one CSV per sheet, as a unit saving "CSV (UTF-8)" from each sheet in turn; a UTF-8 BOM as Excel writes
  return book.sheets.map((s, i) => read(new TextEncoder().encode("\uFEFF" + csvText(s, sep)), `${book.base}-${i + 1}.csv`));
}
