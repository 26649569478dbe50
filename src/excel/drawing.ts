/**
 * Drawing a planned sheet's layout into a worksheet (the plan is src/core/report-plan/, the same
 * one the .xlsx writer draws): fonts, alignment, wrapping, merges, borders, widths, row heights,
 * frozen rows, and the print setup where this Excel has it (pageLayout is ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout). Without it the sheet prints
 * with Excel's defaults, and README says how to set A4 and fit to width by hand.
 */
import type { Range } from "../core/grid";
import { FONT, type PrintSetup, type SheetPlan, type Style } from "../core/report-plan";
import { REPORT_SHEET_TOP_CELLS } from "../core/submissions/dataSheet";
import type { XlRange, XlWorksheet } from "./excelApi";

/**
 * office-js sets column widths in points (https://github.com/OfficeDev/office-js/issues/187); the
 * plan gives them in characters. 7 points per character suits the report's Times New Roman 13
 * whatever the workbook's Normal font. (A file's width unit is its Normal font's digit — Calibri
 * 11 in exceljs's files, about 5.25 pt — so the CLI's file opened in Excel has narrower columns;
 * LibreOffice, which the print test measures, prints a unit at about 7.1 pt.)
 */
export const POINTS_PER_CHAR = 7;

/** The first cells of column A as the plan writes them ("" where it writes nothing). */
export function topCellsOf(plan: SheetPlan): (string | number)[] {
  return Array.from({ length: REPORT_SHEET_TOP_CELLS }, (_, r) => {
    const block = plan.blocks.find((b) => b.col === 0 && b.row <= r && r < b.row + b.values.length);
    return block ? block.values[r - block.row][0] : "";
  });
}

function rangeOf(sheet: XlWorksheet, r: Range): XlRange {
  return sheet.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

export function layoutSheet(sheet: XlWorksheet, style: Style, pageLayout: boolean): void {
  const all = rangeOf(sheet, { r0: 0, c0: 0, r1: style.lastRow, c1: style.lastCol });
  all.format.font.name = FONT.name;
  all.format.font.size = FONT.size;
  all.format.verticalAlignment = "Center";
  for (const r of style.bold) rangeOf(sheet, r).format.font.bold = true;
  for (const r of style.italic) rangeOf(sheet, r).format.font.italic = true;
  for (const r of style.wrapped) rangeOf(sheet, r).format.wrapText = true;
  for (const r of style.centered) rangeOf(sheet, r).format.horizontalAlignment = "Center";
  for (const r of style.merges) rangeOf(sheet, r).merge(false);
  for (const r of style.bordered) {
    const borders = rangeOf(sheet, r).format.borders;
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) {
      borders.getItem(edge).style = "Continuous";
    }
  }
  style.widths.forEach((w, c) => (rangeOf(sheet, { r0: 0, c0: c, r1: 0, c1: c }).format.columnWidth = w * POINTS_PER_CHAR));
  for (const run of heightRuns(style.heights)) rangeOf(sheet, { r0: run.r0, c0: 0, r1: run.r1, c1: 0 }).format.rowHeight = run.points;
  if (style.freezeRows) sheet.freezePanes.freezeRows(style.freezeRows);
  if (pageLayout && style.print) printSetup(sheet, style.print, style.lastCol);
}

/** Consecutive rows of the same height as one range each: fewer commands in the layout's sync. */
export function heightRuns(heights: Style["heights"]): { r0: number; r1: number; points: number }[] {
  const runs: { r0: number; r1: number; points: number }[] = [];
  for (const h of heights) {
    const last = runs[runs.length - 1];
    if (last && last.r1 + 1 === h.row && last.points === h.points) last.r1 = h.row;
    else runs.push({ r0: h.row, r1: h.row, points: h.points });
  }
  return runs;
}

function printSetup(sheet: XlWorksheet, print: PrintSetup, lastCol: number): void {
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  // Fit all columns on one page wide. Excel on Windows may ignore it until the Page Layout tab
  // was opened once (https://github.com/OfficeDev/office-js/issues/1860): README says how to check.
  page.zoom = print.fit ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: print.scale };
  page.centerHorizontally = print.centered;
  page.setPrintMargins("Inches", { ...print.margins });
  if (print.titleRows) page.setPrintTitleRows(rangeOf(sheet, { r0: print.titleRows.r0, c0: 0, r1: print.titleRows.r1, c1: lastCol }));
  if (print.titleColumns) page.setPrintTitleColumns(rangeOf(sheet, { r0: 0, c0: print.titleColumns.c0, r1: 0, c1: print.titleColumns.c1 }));
  const hf = page.headersFooters;
  hf.defaultForAllPages.centerFooter = print.footer;
  if (print.firstHeader) {
    hf.state = "FirstAndDefault";
    hf.firstPage.centerHeader = print.firstHeader;
    hf.firstPage.centerFooter = print.footer;
  }
  // print.breaksAfter: a sheet of the report has one table, so no page break is drawn here
  // (office-js has them as worksheet.horizontalPageBreaks, ExcelApi 1.9, not in this subset)
}
