/**
 * The report laid out as blocks of cells and styling: pure (no office-js call), so it is tested
 * alone; drawing.ts puts it into worksheets.
 */
import type { Range } from "../core/grid";
import type { ColumnFormat, ReportCell, ReportSheet, ReportTable } from "../core/report";
import { utf8Length } from "./addresses";

export const FONT = { name: "Times New Roman", size: 13 };
const EXCEL_FORMATS: Record<ColumnFormat, string> = {
  text: "@",
  "#,##0": "#,##0",
  "#,##0.0": "#,##0.0",
  "#,##0.###": "#,##0.###",
  "0.0%": "0.0%",
  "dd/mm/yyyy": "dd/mm/yyyy",
};
/** a sheet whose columns add up to more characters prints landscape */
const LANDSCAPE_ABOVE_CHARS = 95;
/** points per line of wrapped Times New Roman 13 */
const LINE_POINTS = 17;
/** points per character of width at Times New Roman 13 */
export const POINTS_PER_CHAR = 7;

/** One rectangle of cells written with a single `range.values` (and numberFormat) assignment. */
export interface Block {
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
}

export interface Style {
  merges: Range[];
  bold: Range[];
  italic: Range[];
  bordered: Range[];
  centered: Range[];
  /** text that wraps: the report's sentences and the tables' bodies */
  wrapped: Range[];
  /** rows given a height for their wrapped sentence (a merged cell does not grow by itself) */
  heights: { row: number; points: number }[];
  /** rows repeated at the top of each printed page (a one-table sheet's header) */
  printTitles?: { r0: number; r1: number };
  landscape: boolean;
  widths: number[];
  freezeRows?: number;
  lastRow: number;
  lastCol: number;
}

export interface SheetPlan {
  name: string;
  blocks: Block[];
  style: Style;
}

/** Lays a ReportSheet out as blocks and styling, top to bottom; pure, so it is tested alone. */
export function planSheet(sheet: ReportSheet): SheetPlan {
  const width = Math.max(1, ...sheet.tables.map((t) => t.formats.length || t.header[0]?.length || 1));
  const blocks: Block[] = [];
  const style: Style = { merges: [], bold: [], italic: [], bordered: [], centered: [], wrapped: [], heights: [], landscape: false, widths: [], lastRow: 0, lastCol: width - 1 };
  let row = 0;
  if (sheet.title.length > 0) {
    blocks.push({ row, col: 0, values: sheet.title.map((t) => [t]), formats: sheet.title.map(() => ["@"]) });
    sheet.title.forEach((_, i) => {
      if (width > 1) style.merges.push({ r0: row + i, c0: 0, r1: row + i, c1: width - 1 });
    });
    style.bold.push({ r0: row, c0: 0, r1: row + sheet.title.length - 1, c1: width - 1 });
    style.centered.push({ r0: row, c0: 0, r1: row + sheet.title.length - 1, c1: width - 1 });
    row += sheet.title.length + 1;
  }
  for (const table of sheet.tables) {
    row = planTable(table, row, blocks, style, width) + 1;
  }
  if (sheet.tables.length === 1) {
    const t = sheet.tables[0];
    style.freezeRows = (sheet.title.length > 0 ? sheet.title.length + 1 : 0) + (t.title ? 1 : 0) + t.header.length;
    if (t.header.length > 0) style.printTitles = { r0: style.freezeRows - t.header.length, r1: style.freezeRows - 1 };
  }
  // wider than an A4 page in portrait (about 95 characters at 13 pt): landscape
  style.landscape = style.widths.reduce((n, w) => n + (w || 0), 0) > LANDSCAPE_ABOVE_CHARS;
  style.lastRow = Math.max(0, row - 2);
  return { name: sheet.name, blocks, style };
}

function planTable(table: ReportTable, start: number, blocks: Block[], style: Style, sheetWidth: number): number {
  const own = Math.max(table.formats.length, ...table.header.map((h) => h.length), ...table.rows.map((r) => r.length), 1);
  // a one-column table (the report's sentences) spans the sheet: merged across, wrapped, and it
  // does not widen column A for the whole sheet (the .xlsx writer does the same)
  const spans = own === 1 && sheetWidth > 1;
  const cols = spans ? sheetWidth : own;
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  let row = start;
  if (table.title) {
    values.push(padRow([table.title], cols));
    formats.push(Array<string>(cols).fill("@"));
    if (cols > 1) style.merges.push({ r0: row, c0: 0, r1: row, c1: cols - 1 });
    style.bold.push({ r0: row, c0: 0, r1: row, c1: cols - 1 });
    row++;
  }
  const headerTop = row;
  for (const h of table.header) {
    values.push(padRow(h.map((v) => v ?? ""), cols));
    formats.push(Array<string>(cols).fill("@"));
  }
  style.merges.push(...headerMerges(table.header, headerTop));
  if (table.header.length > 0) {
    const hr = { r0: headerTop, c0: 0, r1: headerTop + table.header.length - 1, c1: cols - 1 };
    style.bold.push(hr);
    style.centered.push(hr);
  }
  row += table.header.length;
  const bodyTop = row;
  for (const r of table.rows) {
    const line: (string | number)[] = [];
    const fmt: string[] = [];
    for (let c = 0; c < cols; c++) {
      const v = r[c];
      line.push(v === null || v === undefined ? "" : v);
      fmt.push(cellFormat(v, table.formats[c]));
    }
    values.push(line);
    formats.push(fmt);
  }
  for (const b of table.boldRows ?? []) style.bold.push({ r0: bodyTop + b, c0: 0, r1: bodyTop + b, c1: cols - 1 });
  if (spans) {
    const widthChars = Math.max(1, style.widths.reduce((n, w) => n + (w || 0), 0) || cols * 12);
    for (let i = 0; i < table.header.length + table.rows.length; i++) {
      style.merges.push({ r0: headerTop + i, c0: 0, r1: headerTop + i, c1: cols - 1 });
      const text = String(values[(table.title ? 1 : 0) + i]?.[0] ?? "");
      const lines = Math.ceil(text.length / widthChars);
      if (lines > 1) style.heights.push({ row: headerTop + i, points: lines * LINE_POINTS });
    }
  }
  if (table.rows.length > 0) style.wrapped.push({ r0: bodyTop, c0: 0, r1: bodyTop + table.rows.length - 1, c1: cols - 1 });
  row += table.rows.length;
  if (headerTop < row) style.bordered.push({ r0: headerTop, c0: 0, r1: row - 1, c1: cols - 1 });
  if (table.note) {
    values.push(padRow([table.note], cols));
    formats.push(Array<string>(cols).fill("@"));
    style.italic.push({ r0: row, c0: 0, r1: row, c1: 0 });
    row++;
  }
  blocks.push({ row: start, col: 0, values, formats });
  if (!spans) table.widths.forEach((w, c) => (style.widths[c] = Math.max(style.widths[c] ?? 0, w)));
  style.lastCol = Math.max(style.lastCol, cols - 1);
  return row;
}

/**
 * Every text is written under the "@" (Text) format, so Excel keeps "=HYPERLINK(...)", "+84...",
 * "- Trồng lúa" and "0123" exactly as typed: the format is set before the values, and Excel only
 * parses a value as a formula or number when the cell's format is not Text.
 */
function cellFormat(v: ReportCell | undefined, column: ColumnFormat | undefined): string {
  if (typeof v === "string") return "@";
  if (!column || column === "text") return "General";
  return EXCEL_FORMATS[column];
}

function padRow<T>(row: T[], cols: number): (T | string)[] {
  const out: (T | string)[] = row.slice(0, cols);
  while (out.length < cols) out.push("");
  return out;
}

/**
 * Header merges: a null continues the merge of the cell to its left; in a two-row header an empty
 * second-row cell under a cell that is not merged across merges down ("STT" over two rows).
 */
export function headerMerges(header: (string | null)[][], top: number): Range[] {
  const merges: Range[] = [];
  const across = header.map(() => new Set<number>());
  header.forEach((line, r) => {
    for (let c = 0; c < line.length; c++) {
      if (line[c] === null) continue;
      let end = c;
      while (end + 1 < line.length && line[end + 1] === null) end++;
      if (end > c) {
        merges.push({ r0: top + r, c0: c, r1: top + r, c1: end });
        for (let k = c; k <= end; k++) across[r].add(k);
      }
    }
  });
  if (header.length === 2) {
    const [first, second] = header;
    for (let c = 0; c < first.length; c++) {
      if (first[c] !== null && first[c] !== "" && !across[0].has(c) && (second[c] === "" || second[c] === undefined)) {
        merges.push({ r0: top, c0: c, r1: top + 1, c1: c });
      }
    }
  }
  return merges;
}

/** Excel's sheet name rules: 1–31 characters, none of []:*?/\, no apostrophe at either end. */
export function cleanSheetName(name: string): string {
  const cleaned = name.normalize("NFC").replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Tổng hợp").slice(0, 31);
}

/** "Tổng hợp", then "Tổng hợp (2)", "Tổng hợp (3)"…, each ≤ 31 characters, unique ignoring case. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = cleanSheetName(wanted);
  const key = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");
  if (!taken.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(key(candidate))) return candidate;
  }
}


/** A rectangle of a block, split by rows into pieces that fit the byte budget. */
export interface Piece {
  sheetIndex: number;
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
  bytes: number;
}

export function splitBlocks(plans: SheetPlan[], maxBytes: number): Piece[][] {
  const chunks: Piece[][] = [];
  let current: Piece[] = [];
  let currentBytes = 0;
  const push = (p: Piece) => {
    if (currentBytes > 0 && currentBytes + p.bytes > maxBytes) {
      chunks.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(p);
    currentBytes += p.bytes;
  };
  plans.forEach((plan, sheetIndex) => {
    for (const block of plan.blocks) {
      let start = 0;
      while (start < block.values.length) {
        // grow the piece row by row until the next row would pass the budget
        let bytes = 200;
        let end = start;
        const room = maxBytes - currentBytes > 1000 ? maxBytes - currentBytes : maxBytes;
        while (end < block.values.length) {
          const rowBytes = utf8Length(JSON.stringify(block.values[end])) + utf8Length(JSON.stringify(block.formats[end])) + 2;
          if (end > start && bytes + rowBytes > room) break;
          bytes += rowBytes;
          end++;
        }
        push({
          sheetIndex,
          row: block.row + start,
          col: block.col,
          values: block.values.slice(start, end),
          formats: block.formats.slice(start, end),
          bytes,
        });
        start = end;
      }
    }
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Writes each ReportSheet into a new worksheet. The add-in's own earlier sheets of the same names
 * (marked with the custom property tdkt=report, or — a CLI-made report — listed in the workbook's
 * data with their title cells unchanged; see ownSheets) are replaced; a user's sheet is never
 * touched: the new sheet then gets the next free name ("Tổng hợp (2)"). The result's reportSheets
 * are what the data sheet written next should record.
 */
