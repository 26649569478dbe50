/**
 * ReportModel -> .xlsx bytes, with exceljs (Node / CLI only: the task pane writes through office-js).
 *
 * A writer never computes: it draws `report.sheets` as they are. Every sheet: merged bold centred
 * title lines, then each table (title, bold centred bordered header — two-row headers merged —,
 * bordered body with per-column number formats, bold total/section rows, a note), Times New Roman 13;
 * the first sheet freezes the panes below its first header.
 *
 * On paper (printSetup below): A4, landscape when the table is wider than a portrait page, fitted to
 * the page width only while the text stays at 11 pt or more (otherwise printed at 85 % over several
 * pages with the first columns repeated), the table's header rows repeated on every page, page
 * numbers in the footer, the Quốc hiệu over the first page of a Vietnamese report, and a page break
 * before every table after the first (the report model puts one table on each sheet).
 *
 * Text from the sources is written as a string value, never as a formula: exceljs stores a string
 * starting with "=" as a shared string, so a name like "=HYPERLINK(...)" stays text (tested).
 */
import ExcelJS from "exceljs";
import type { ColumnFormat, ReportCell, ReportModel, ReportSheet, ReportTable } from "../core/report";

const FONT_NAME = "Times New Roman";
const FONT_SIZE = 13;
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
/** Excel refuses these in sheet names. */
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;
const MAX_SHEET_NAME = 31;

/** A name Excel accepts (≤ 31 chars, none of \ / ? * [ ] :, not quoted) and unique in `taken` (case-insensitive). */
export function safeSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(FORBIDDEN_IN_SHEET_NAME, "").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  if (!base) base = "Sheet";
  base = [...base].slice(0, MAX_SHEET_NAME).join("").trim();
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join("").trim() + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

interface HeaderRegion {
  row: number;
  col: number;
  rows: number;
  cols: number;
  text: string;
}

/**
 * Header cells and their merges: a null continues the cell to its left; in a two-row header an
 * empty string, or a cell equal to the one above (same text, same span), merges vertically with it.
 */
export function headerRegions(header: (string | null)[][]): HeaderRegion[] {
  const perRow: HeaderRegion[][] = header.map((cells, row) => {
    const out: HeaderRegion[] = [];
    cells.forEach((text, col) => {
      if (text !== null) out.push({ row, col, rows: 1, cols: 1, text });
      else if (out.length) out[out.length - 1].cols = col - out[out.length - 1].col + 1;
    });
    return out;
  });
  for (let r = 1; r < perRow.length; r++) {
    perRow[r] = perRow[r].filter((cell) => {
      const above = perRow[r - 1].find((a) => a.col === cell.col && a.cols === cell.cols && a.row + a.rows === r);
      // an empty string under a header cell (or the same text again) continues it downwards
      if (above && (cell.text === "" || above.text === cell.text)) {
        above.rows++;
        return false;
      }
      return true;
    });
  }
  return perRow.flat();
}

function numFmtFor(format: ColumnFormat | undefined, value: ReportCell): string | undefined {
  if (format === undefined || format === "text") return typeof value === "string" ? "@" : undefined;
  return typeof value === "number" ? format : "@";
}

function styleCell(cell: ExcelJS.Cell, opts: { bold?: boolean; italic?: boolean; border?: boolean; center?: boolean; wrap?: boolean }) {
  cell.font = { name: FONT_NAME, size: FONT_SIZE, bold: opts.bold || undefined, italic: opts.italic || undefined };
  if (opts.border) cell.border = BORDER;
  cell.alignment = { vertical: "middle", horizontal: opts.center ? "center" : undefined, wrapText: opts.wrap || undefined };
}

/** Plain value for a cell: strings stay strings (never formulas), numbers stay numbers. */
function setValue(cell: ExcelJS.Cell, value: ReportCell) {
  if (value === null || value === undefined) return;
  // an explicit rich-text-free string: exceljs writes it as a shared string, even when it starts with "="
  cell.value = typeof value === "number" ? value : String(value);
  // titles and headers too (an unknown award named "=HYPERLINK(...)" heads a by-unit column): under
  // the Text format Excel keeps the text as typed even when the user later edits the cell
  if (typeof value !== "number") cell.numFmt = "@";
}

function tableWidth(t: ReportTable): number {
  return Math.max(t.formats.length, t.widths.length, ...t.header.map((h) => h.length), ...t.rows.map((r) => r.length), 1);
}

/** Draws one table from `startRow` (1-based); returns the row after it and the last header row. */
/**
 * A one-column table (the report's sentences) spans the sheet: each of its cells is merged across
 * the sheet's columns and wraps, instead of widening column A for the whole sheet.
 */
export function spansSheet(t: ReportTable): boolean {
  return tableWidth(t) === 1;
}

function drawTable(ws: ExcelJS.Worksheet, t: ReportTable, startRow: number, sheetWidth: number): { next: number; headerEnd: number } {
  const spans = spansSheet(t) && sheetWidth > 1;
  const width = spans ? sheetWidth : tableWidth(t);
  let r = startRow;
  if (t.title) {
    const c = ws.getCell(r, 1);
    setValue(c, t.title);
    styleCell(c, { bold: true, wrap: true });
    if (width > 1) ws.mergeCells(r, 1, r, width);
    r++;
  }
  const headerTop = r;
  for (let i = 0; i < t.header.length; i++)
    for (let j = 0; j < width; j++) styleCell(ws.getCell(headerTop + i, j + 1), { bold: true, border: true, center: true, wrap: true });
  for (const h of headerRegions(spans ? t.header.map((row) => [...row, ...Array<string | null>(width - 1).fill(null)]) : t.header)) {
    const cell = ws.getCell(headerTop + h.row, h.col + 1);
    setValue(cell, h.text);
    if (h.rows > 1 || h.cols > 1) ws.mergeCells(headerTop + h.row, h.col + 1, headerTop + h.row + h.rows - 1, h.col + h.cols);
  }
  r = headerTop + t.header.length;
  const headerEnd = r - 1;
  for (let i = 0; i < t.header.length; i++) fitRowHeight(ws, headerTop + i, width);
  const bold = new Set(t.boldRows ?? []);
  t.rows.forEach((row, i) => {
    for (let j = 0; j < width; j++) {
      const value = row[j] ?? null;
      const cell = ws.getCell(r, j + 1);
      setValue(cell, value);
      const format = t.formats[j];
      styleCell(cell, { bold: bold.has(i), border: true, wrap: typeof value === "string", center: format === "dd/mm/yyyy" });
      const numFmt = numFmtFor(format, value);
      if (numFmt) cell.numFmt = numFmt;
    }
    if (spans) ws.mergeCells(r, 1, r, width);
    fitRowHeight(ws, r, width);
    r++;
  });
  if (t.note) {
    const c = ws.getCell(r, 1);
    setValue(c, t.note);
    styleCell(c, { italic: true, wrap: true });
    if (width > 1) ws.mergeCells(r, 1, r, width);
    r++;
  }
  return { next: r, headerEnd };
}

/** Points per line of Times New Roman 13, and characters per unit of column width (≈ 1.1). */
const LINE_HEIGHT = 17;
const CHARS_PER_WIDTH = 1.1;

/**
 * Wrapped text needs taller rows, and neither Excel nor LibreOffice grows a row for a merged cell
 * (nor always for a written one): estimate the lines each cell needs from its text and the width
 * of the columns it covers, and set the row's height.
 */
function fitRowHeight(ws: ExcelJS.Worksheet, rowNumber: number, width: number): void {
  const row = ws.getRow(rowNumber);
  let lines = 1;
  for (let j = 1; j <= width; j++) {
    const cell = row.getCell(j);
    if (cell.isMerged && cell.master !== cell) continue;
    const text = typeof cell.value === "string" ? cell.value : "";
    if (!text) continue;
    let span = 0;
    for (let k = j; k <= width; k++) {
      const c = row.getCell(k);
      if (k > j && !(c.isMerged && c.master === cell)) break;
      span += ws.getColumn(k).width ?? 12;
    }
    lines = Math.max(lines, Math.ceil((text.length / Math.max(4, span * CHARS_PER_WIDTH)) * 1.15));
  }
  if (lines > 1) row.height = lines * LINE_HEIGHT;
}

/** A4 printable width in points, portrait and landscape, inside the margins below (0.6 + 0.4 inch). */
const PORTRAIT_WIDTH = (210 / 25.4 - 1) * 72;
const LANDSCAPE_WIDTH = (297 / 25.4 - 1) * 72;
/** The smallest print scale that keeps Times New Roman 13 at 11 pt or more. */
const MIN_SCALE = Math.ceil((11 / FONT_SIZE) * 100);

/**
 * A column's printed width in points. The width unit is a digit of the workbook's default font;
 * measured on LibreOffice's PDF of these reports, a unit prints at about 7.1 pt.
 */
function columnPoints(width: number): number {
  return width * 7.1 + 4;
}

interface PrintPlan {
  orientation: "portrait" | "landscape";
  /** fit to the page width, or a fixed scale when fitting would shrink the text under 11 pt */
  fit: boolean;
  scale: number;
}

/** Portrait when the columns fit a portrait page; landscape otherwise; never a scale under MIN_SCALE. */
export function printPlan(columnWidths: number[]): PrintPlan {
  const total = columnWidths.reduce((s, w) => s + columnPoints(w), 0);
  if (total <= PORTRAIT_WIDTH) return { orientation: "portrait", fit: true, scale: 100 };
  const scale = Math.floor((LANDSCAPE_WIDTH / total) * 100);
  if (scale >= MIN_SCALE) return { orientation: "landscape", fit: true, scale: Math.min(100, scale) };
  return { orientation: "landscape", fit: false, scale: MIN_SCALE };
}

const FOOTER = { vi: "&C&\"Times New Roman,Regular\"&13Trang &P/&N", en: "&C&\"Times New Roman,Regular\"&13Page &P of &N" };
const QUOC_HIEU = '&C&"Times New Roman,Bold"&13CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n&"Times New Roman,Bold"&13Độc lập - Tự do - Hạnh phúc';

function printSetup(ws: ExcelJS.Worksheet, widths: number[], headerRows: [number, number] | undefined, lang: "vi" | "en", breaks: number[]): void {
  const plan = printPlan(widths);
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: plan.orientation,
    ...(plan.fit ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: plan.scale }),
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.4, top: lang === "vi" ? 0.9 : 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(headerRows ? { printTitlesRow: `${headerRows[0]}:${headerRows[1]}` } : {}),
    // a table too wide for one page width: its first two columns (STT, name) on every page
    ...(!plan.fit && widths.length > 2 ? { printTitlesColumn: "A:B" } : {}),
  };
  ws.headerFooter = {
    oddFooter: FOOTER[lang],
    ...(lang === "vi" ? { differentFirst: true, firstHeader: QUOC_HIEU, firstFooter: FOOTER[lang] } : {}),
  };
  for (const row of breaks) ws.getRow(row).addPageBreak();
}

function drawSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet, freeze: boolean, lang: "vi" | "en") {
  const width = Math.max(1, ...sheet.tables.map(tableWidth));
  // column widths: the widest asked for by any table in that column (a spanning table asks none)
  const sized = sheet.tables.filter((t) => !(spansSheet(t) && width > 1));
  for (let j = 0; j < width; j++) {
    const w = Math.max(0, ...sized.map((t) => t.widths[j] ?? 0));
    const col = ws.getColumn(j + 1);
    col.width = w > 0 ? w : 12;
    col.font = { name: FONT_NAME, size: FONT_SIZE };
  }
  let r = 1;
  for (const line of sheet.title) {
    const c = ws.getCell(r, 1);
    setValue(c, line);
    styleCell(c, { bold: true, center: true, wrap: true });
    if (width > 1) ws.mergeCells(r, 1, r, width);
    r++;
  }
  if (sheet.title.length) r++;
  let firstHeaderEnd: number | undefined;
  let headerRows: [number, number] | undefined;
  const breaks: number[] = [];
  sheet.tables.forEach((t, i) => {
    // each table after the first starts a new printed page
    if (i > 0) breaks.push(r - 1);
    const top = r + (t.title ? 1 : 0);
    const { next, headerEnd } = drawTable(ws, t, r, width);
    firstHeaderEnd ??= headerEnd;
    if (i === 0 && t.header.length > 0) headerRows = [top, headerEnd];
    r = next + 1;
  });
  if (freeze && firstHeaderEnd !== undefined) ws.views = [{ state: "frozen", xSplit: 0, ySplit: firstHeaderEnd }];
  const widths = Array.from({ length: width }, (_, j) => ws.getColumn(j + 1).width ?? 12);
  printSetup(ws, widths, headerRows, lang, breaks);
}

export async function writeReportXlsx(report: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Tổng hợp TĐKT";
  wb.title = report.title;
  const taken = new Set<string>();
  report.sheets.forEach((sheet, i) => {
    const ws = wb.addWorksheet(safeSheetName(sheet.name, taken));
    drawSheet(ws, sheet, i === 0, report.lang === "en" ? "en" : "vi");
  });
  if (report.sheets.length === 0) wb.addWorksheet(safeSheetName(report.title || "Tổng hợp", taken));
  return new Uint8Array((await wb.xlsx.writeBuffer()));
}
