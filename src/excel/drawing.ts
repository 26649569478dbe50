/**
 * Drawing a planned sheet's layout into a worksheet: fonts, alignment, wrapping, merges, borders,
 * widths, frozen header, and the print setup where this Excel has it (pageLayout is ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout). Without it the sheet prints
 * with Excel's defaults, and README says how to set A4 and fit to width by hand.
 */
import type { Range } from "../core/grid";
import { REPORT_SHEET_TOP_CELLS } from "../core/submissions/dataSheet";
import type { XlRange, XlWorksheet } from "./excelApi";
import { FONT, POINTS_PER_CHAR, type SheetPlan, type Style } from "./reportPlan";

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
  for (const r of style.centered) {
    const range = rangeOf(sheet, r);
    range.format.horizontalAlignment = "Center";
    range.format.wrapText = true;
  }
  for (const r of style.merges) rangeOf(sheet, r).merge(false);
  for (const h of style.heights) rangeOf(sheet, { r0: h.row, c0: 0, r1: h.row, c1: 0 }).format.rowHeight = h.points;
  for (const r of style.bordered) {
    const borders = rangeOf(sheet, r).format.borders;
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) {
      borders.getItem(edge).style = "Continuous";
    }
  }
  style.widths.forEach((w, c) => {
    if (w > 0) rangeOf(sheet, { r0: 0, c0: c, r1: 0, c1: c }).format.columnWidth = w * POINTS_PER_CHAR;
  });
  if (style.freezeRows) sheet.freezePanes.freezeRows(style.freezeRows);
  if (!pageLayout) return;
  sheet.pageLayout.orientation = style.landscape ? "Landscape" : "Portrait";
  sheet.pageLayout.paperSize = "A4";
  // Fit all columns on one page wide. Excel on Windows may ignore it until the Page Layout tab
  // was opened once (https://github.com/OfficeDev/office-js/issues/1860): README says how to check.
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (style.printTitles) sheet.pageLayout.setPrintTitleRows(rangeOf(sheet, { r0: style.printTitles.r0, c0: 0, r1: style.printTitles.r1, c1: style.lastCol }));
}
