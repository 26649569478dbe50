/**
 * ReportModel → ReportPlan: every sheet laid out top to bottom — the title lines (merged across,
 * bold, centred), a blank row, then each table: its title (bold, merged across), its header (bold,
 * centred, bordered, merged as header.ts says), its body (bordered, per-column number formats,
 * bold total and section rows, dates centred), its note (italic, merged across), a blank row.
 * A one-column table (the report's sentences) spans the sheet: each of its rows is merged across
 * the sheet's columns and wraps, instead of widening column A for the whole sheet.
 * A sheet with one table freezes the rows down to the end of its header, and repeats the header
 * on every printed page.
 */
import type { Range } from "../grid";
import type { Lang } from "../i18n/report-texts";
import type { ColumnFormat, ReportCell, ReportModel, ReportSheet, ReportTable } from "../report";
import { headerMerges, headerValues } from "./header";
import { rowHeights } from "./heights";
import { printSetup } from "./print";
import { uniqueSheetName, nameKey } from "./sheetNames";
import { emptyStyle, type Block, type ReportPlan, type SheetPlan, type Style } from "./types";

/** the width of a column no table asks a width for */
export const DEFAULT_WIDTH = 12;

/** The whole report as drawn; sheet names made valid and unique. */
export function planReport(report: ReportModel): ReportPlan {
  const lang: Lang = report.lang === "en" ? "en" : "vi";
  const taken = new Set<string>();
  const name = (wanted: string) => {
    const n = uniqueSheetName(wanted, taken, lang);
    taken.add(nameKey(n));
    return n;
  };
  // a workbook has at least one sheet: an empty report is one empty sheet named after it
  const sheets = report.sheets.length > 0 ? report.sheets : [{ name: report.title, title: [], tables: [] }];
  return { sheets: sheets.map((s) => planSheet(s, lang, name(s.name))) };
}

function tableWidth(t: ReportTable): number {
  return Math.max(t.formats.length, t.widths.length, ...t.header.map((h) => h.length), ...t.rows.map((r) => r.length), 1);
}

/** A one-column table in a wider sheet is drawn across the sheet. */
function spans(t: ReportTable, sheetWidth: number): boolean {
  return tableWidth(t) === 1 && sheetWidth > 1;
}

/** Lays one ReportSheet out; `name` is the sheet's final name in the report (default: its own, cleaned). */
export function planSheet(sheet: ReportSheet, lang: Lang = "vi", name = uniqueSheetName(sheet.name, new Set(), lang)): SheetPlan {
  const width = Math.max(1, ...sheet.tables.map(tableWidth));
  const style = emptyStyle();
  style.lastCol = width - 1;
  // the widest any table asks for in that column (a table drawn across the sheet asks none)
  const sized = sheet.tables.filter((t) => !spans(t, width));
  style.widths = Array.from({ length: width }, (_, j) => Math.max(0, ...sized.map((t) => t.widths[j] ?? 0)) || DEFAULT_WIDTH);
  const blocks: Block[] = [];
  let row = 0;
  if (sheet.title.length > 0) {
    blocks.push({ row, col: 0, values: sheet.title.map((t) => padRow([t], width)), formats: sheet.title.map(() => textFormats(width)) });
    const all = { r0: row, c0: 0, r1: row + sheet.title.length - 1, c1: width - 1 };
    if (width > 1) sheet.title.forEach((_, i) => style.merges.push({ r0: row + i, c0: 0, r1: row + i, c1: width - 1 }));
    style.bold.push(all);
    style.centered.push(all);
    style.wrapped.push(all);
    row += sheet.title.length + 1;
  }
  const breaksAfter: number[] = [];
  let header: Range | undefined;
  sheet.tables.forEach((table, i) => {
    // each table after the first starts a new printed page
    if (i > 0) breaksAfter.push(row - 1);
    const drawn = planTable(table, row, blocks, style, width);
    header ??= drawn.header;
    row = drawn.next + 1;
  });
  const one = sheet.tables.length === 1 ? header : undefined;
  if (one) style.freezeRows = one.r1 + 1;
  style.lastRow = Math.max(0, row - 2);
  style.heights = rowHeights(blocks, style);
  style.print = printSetup(style.widths, one ? { r0: one.r0, r1: one.r1 } : undefined, breaksAfter, lang);
  return { name, blocks, style };
}

/** Lays one table out from `start`; returns the row after it and its header rows (when it has one). */
function planTable(table: ReportTable, start: number, blocks: Block[], style: Style, sheetWidth: number): { next: number; header?: Range } {
  const across = spans(table, sheetWidth);
  const cols = across ? sheetWidth : tableWidth(table);
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const wholeRow = (r: number): Range => ({ r0: r, c0: 0, r1: r, c1: cols - 1 });
  let row = start;
  /** a line of text across the table (its title, its note): merged, wrapped, bold or italic */
  const textLine = (text: string, look: Range[]) => {
    values.push(padRow([text], cols));
    formats.push(textFormats(cols));
    if (cols > 1) style.merges.push(wholeRow(row));
    look.push(wholeRow(row));
    style.wrapped.push(wholeRow(row));
    row++;
  };
  if (table.title) textLine(table.title, style.bold);
  const headerTop = row;
  const header = across ? table.header.map((h) => [...h.slice(0, 1), ...Array<string | null>(cols - 1).fill(null)]) : table.header;
  for (const line of headerValues(header, cols)) {
    values.push(line);
    formats.push(textFormats(cols));
  }
  style.merges.push(...headerMerges(header, headerTop));
  row += table.header.length;
  const headerRange = table.header.length > 0 ? { r0: headerTop, c0: 0, r1: row - 1, c1: cols - 1 } : undefined;
  if (headerRange) for (const list of [style.bold, style.centered, style.wrapped]) list.push(headerRange);
  const bodyTop = row;
  for (const r of table.rows) {
    values.push(Array.from({ length: cols }, (_, c) => r[c] ?? ""));
    formats.push(Array.from({ length: cols }, (_, c) => cellFormat(r[c], table.formats[c])));
    if (across) style.merges.push(wholeRow(row));
    row++;
  }
  for (const b of table.boldRows ?? []) if (b < table.rows.length) style.bold.push(wholeRow(bodyTop + b));
  if (row > bodyTop) {
    style.wrapped.push({ r0: bodyTop, c0: 0, r1: row - 1, c1: cols - 1 });
    table.formats.forEach((f, c) => {
      if (f === "dd/mm/yyyy" && c < cols) style.centered.push({ r0: bodyTop, c0: c, r1: row - 1, c1: c });
    });
  }
  if (headerTop < row) style.bordered.push({ r0: headerTop, c0: 0, r1: row - 1, c1: cols - 1 });
  if (table.note) textLine(table.note, style.italic);
  if (values.length > 0) blocks.push({ row: start, col: 0, values, formats });
  return { next: row, ...(headerRange ? { header: headerRange } : {}) };
}

/**
 * Every text is written under the "@" (Text) format, so Excel keeps "=HYPERLINK(...)", "+84...",
 * "- Trồng lúa" and "0123" exactly as typed, even when a user edits the cell later. A number takes
 * its column's format; an empty cell too (a number typed there later is shown like its column's).
 */
export function cellFormat(v: ReportCell | undefined, column: ColumnFormat | undefined): string {
  if (typeof v === "string") return "@";
  if (!column || column === "text") return "General";
  return column;
}

function padRow(row: string[], cols: number): string[] {
  const out = row.slice(0, cols);
  while (out.length < cols) out.push("");
  return out;
}

function textFormats(cols: number): string[] {
  return Array<string>(cols).fill("@");
}
