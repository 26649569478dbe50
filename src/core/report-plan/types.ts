/**
 * The report as it is drawn: sheets of cell blocks and styling, built once from the ReportModel
 * (build.ts) and drawn as they are by the Excel pane (src/excel/drawing.ts, through office-js) and
 * by the CLI's file writer (src/files/writeReportXlsx.ts, through exceljs). A drawer never decides
 * anything a reader of the report would see: names, values, formats, merges, widths, frozen rows,
 * row heights and the print setup are all here. Rows and columns are 0-based.
 */
import type { Range } from "../grid";

/** Every cell of the report is set in this font. */
export const FONT = { name: "Times New Roman", size: 13 };

/** One rectangle of cells: values and, cell by cell, Excel number-format codes ("@" = Text). */
export interface Block {
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
}

export interface PrintSetup {
  /** A4 always */
  orientation: "portrait" | "landscape";
  /** fit the columns to one page wide; otherwise print at `scale` % over several pages wide */
  fit: boolean;
  scale: number;
  /** rows repeated at the top of every printed page (the table's header) */
  titleRows?: { r0: number; r1: number };
  /** columns repeated on every page when the table is printed several pages wide (STT, name) */
  titleColumns?: { c0: number; c1: number };
  /** a page break after each of these rows (each table after the first starts a page) */
  breaksAfter: number[];
  /** inches */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** centred on the page horizontally */
  centered: boolean;
  /** the centre of every page's footer, in Excel's header/footer codes (&P page, &N pages) */
  footer: string;
  /** the centre of the first page's header (the Quốc hiệu over a Vietnamese report); absent = as the others */
  firstHeader?: string;
}

export interface Style {
  merges: Range[];
  bold: Range[];
  italic: Range[];
  bordered: Range[];
  centered: Range[];
  /** text that wraps: titles, headers, bodies, notes */
  wrapped: Range[];
  /** rows given a height for their wrapped text (a merged cell does not grow by itself) */
  heights: { row: number; points: number }[];
  /** column widths in characters (Excel's column-width unit), one per column up to lastCol */
  widths: number[];
  /** rows frozen at the top (the title block and the table's header) */
  freezeRows?: number;
  /** absent: the sheet is not meant for paper (the hidden data sheet) */
  print?: PrintSetup;
  lastRow: number;
  lastCol: number;
}

export interface SheetPlan {
  /** Excel accepts it (sheetNames.ts) and it is unique in the report, ignoring case */
  name: string;
  blocks: Block[];
  style: Style;
}

export interface ReportPlan {
  sheets: SheetPlan[];
}

/** A style with nothing in it (the data sheet's, and the start of every sheet's). */
export function emptyStyle(): Style {
  return { merges: [], bold: [], italic: [], bordered: [], centered: [], wrapped: [], heights: [], widths: [], lastRow: 0, lastCol: 0 };
}
