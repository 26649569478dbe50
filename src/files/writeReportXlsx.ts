/**
 * ReportModel -> .xlsx bytes, with exceljs (Node / CLI only: the task pane draws the same plan
 * through office-js, src/excel/drawing.ts).
 *
 * This module decides nothing about the report: it draws the ReportPlan (src/core/report-plan/)
 * as it is — values and number formats, merges, fonts, alignment, borders, widths, row heights,
 * frozen rows and the print setup.
 *
 * Text is written as a string value, never as a formula: exceljs stores a string starting with "="
 * as a shared string, so a name like "=HYPERLINK(...)" stays text (tested), and under the Text
 * format ("@", which the plan gives every text) Excel keeps it as typed even when a user edits it.
 */
import ExcelJS from "exceljs";
import { colLetters, type Range } from "../core/grid";
import { FONT, nameKey, planReport, uniqueSheetName, type ReportPlan, type SheetPlan, type Style } from "../core/report-plan";
import type { ReportModel } from "../core/report";
import { REPORT_PRINT } from "../core/i18n/report-texts";

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
/** the paper size code of A4 in SpreadsheetML */
const A4 = 9;

/** A name Excel accepts and unique in `taken` (keys as core/report-plan nameKey); the name is added to `taken`. */
export function safeSheetName(name: string, taken: Set<string>): string {
  const n = uniqueSheetName(name, taken);
  taken.add(nameKey(n));
  return n;
}

export async function writeReportXlsx(report: ReportModel): Promise<Uint8Array> {
  return drawReportXlsx(planReport(report), report.title);
}

/** Draws a whole plan into a new workbook. */
export async function drawReportXlsx(plan: ReportPlan, title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // the product's name, the same in both languages
  wb.creator = REPORT_PRINT.text("vi", "creator");
  wb.title = title;
  for (const sheet of plan.sheets) drawSheetXlsx(wb.addWorksheet(sheet.name), sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Draws one planned sheet: its cells, then (a report sheet) its layout and print setup. */
export function drawSheetXlsx(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    block.values.forEach((line, i) =>
      line.forEach((v, j) => {
        const cell = ws.getCell(block.row + i + 1, block.col + j + 1);
        if (v !== "") cell.value = v;
        const z = block.formats[i][j];
        if (z !== "General") cell.numFmt = z;
      }),
    );
  }
  if (plan.style.print) layout(ws, plan.style);
}

interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  border?: boolean;
  center?: boolean;
  wrap?: boolean;
}

function layout(ws: ExcelJS.Worksheet, style: Style): void {
  // columns first: a column's font is given to every cell it already has
  style.widths.forEach((w, j) => {
    const col = ws.getColumn(j + 1);
    col.width = w;
    col.font = { name: FONT.name, size: FONT.size };
  });
  const looks: CellStyle[][] = Array.from({ length: style.lastRow + 1 }, () => Array.from({ length: style.lastCol + 1 }, () => ({})));
  const mark = (ranges: Range[], key: keyof CellStyle) => {
    for (const r of ranges)
      for (let i = r.r0; i <= Math.min(r.r1, style.lastRow); i++) for (let j = r.c0; j <= Math.min(r.c1, style.lastCol); j++) looks[i][j][key] = true;
  };
  mark(style.bold, "bold");
  mark(style.italic, "italic");
  mark(style.bordered, "border");
  mark(style.centered, "center");
  mark(style.wrapped, "wrap");
  looks.forEach((line, i) =>
    line.forEach((look, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      cell.font = { name: FONT.name, size: FONT.size, bold: look.bold || undefined, italic: look.italic || undefined };
      if (look.border) cell.border = THIN;
      cell.alignment = { vertical: "middle", horizontal: look.center ? "center" : undefined, wrapText: look.wrap || undefined };
    }),
  );
  for (const m of style.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  for (const h of style.heights) ws.getRow(h.row + 1).height = h.points;
  if (style.freezeRows) ws.views = [{ state: "frozen", xSplit: 0, ySplit: style.freezeRows }];
  const print = style.print;
  if (!print) return;
  const { left, right, top, bottom, header, footer } = print.margins;
  ws.pageSetup = {
    paperSize: A4,
    orientation: print.orientation,
    ...(print.fit ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: print.scale }),
    horizontalCentered: print.centered,
    margins: { left, right, top, bottom, header, footer },
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.r0 + 1}:${print.titleRows.r1 + 1}` } : {}),
    ...(print.titleColumns ? { printTitlesColumn: `${colLetters(print.titleColumns.c0)}:${colLetters(print.titleColumns.c1)}` } : {}),
  };
  ws.headerFooter = {
    oddFooter: `&C${print.footer}`,
    ...(print.firstHeader ? { differentFirst: true, firstHeader: `&C${print.firstHeader}`, firstFooter: `&C${print.footer}` } : {}),
  };
  for (const row of print.breaksAfter) ws.getRow(row + 1).addPageBreak();
}
