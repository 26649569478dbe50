/**
 * The subset of the Excel JavaScript API (office-js) that the gateway uses, as structural types.
 *
 * Why a subset and not `Excel.RequestContext` itself: the real classes have hundreds of members, and
 * the test double (test/excel/excelDouble.ts) implements only these. The assignment check at the
 * bottom proves, at compile time, that the real `Excel.RequestContext` from @types/office-js fits
 * this subset, so the gateway cannot call anything the real API does not have.
 */

/** Any proxy object: `load` queues a read that is filled in at the next `context.sync()`. */
export interface XlLoadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface XlFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface XlBorder {
  style: Excel.RangeBorder["style"];
}

export interface XlBorders {
  getItem(index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal"): XlBorder;
}

export interface XlRangeFormat {
  font: XlFont;
  borders: XlBorders;
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
}

export interface XlRangeAreas extends XlLoadable {
  /** "Sheet1!A1:B2,Sheet1!D4:E5" (each area with its sheet) */
  address: string;
  isNullObject: boolean;
}

/** What a cell gives back or takes: office-js types it `any`; Excel holds text, numbers, booleans (null leaves a cell as is). */
export type XlCellValue = string | number | boolean | null;

export interface XlRange extends XlLoadable {
  address: string;
  rowCount: number;
  columnCount: number;
  values: XlCellValue[][];
  numberFormat: XlCellValue[][];
  formulas: XlCellValue[][];
  text: string[][];
  valueTypes: Excel.RangeValueType[][];
  isNullObject: boolean;
  format: XlRangeFormat;
  merge(across?: boolean): void;
  select(): void;
  getMergedAreasOrNullObject(): XlRangeAreas;
}

export interface XlCustomProperty extends XlLoadable {
  key: string;
  value: string;
  isNullObject: boolean;
}

export interface XlCustomProperties {
  add(key: string, value: unknown): unknown;
  getItemOrNullObject(key: string): XlCustomProperty;
}

export interface XlHeaderFooter {
  centerHeader: string;
  centerFooter: string;
}

export interface XlHeaderFooterGroup {
  state: Excel.HeaderFooterGroup["state"];
  defaultForAllPages: XlHeaderFooter;
  firstPage: XlHeaderFooter;
}

export interface XlPageLayout {
  orientation: Excel.PageLayout["orientation"];
  paperSize: Excel.PageLayout["paperSize"];
  zoom: Excel.PageLayoutZoomOptions;
  centerHorizontally: boolean;
  headersFooters: XlHeaderFooterGroup;
  setPrintMargins(unit: "Inches", margins: Excel.PageLayoutMarginOptions): void;
  setPrintTitleRows(range: XlRange | string): void;
  setPrintTitleColumns(range: XlRange | string): void;
}

export interface XlWorksheet extends XlLoadable {
  /** stable across renames and moves (a copy gets another) */
  id: string;
  name: string;
  visibility: Excel.Worksheet["visibility"];
  customProperties: XlCustomProperties;
  freezePanes: { freezeRows(count?: number): void };
  pageLayout: XlPageLayout;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlWorksheets extends XlLoadable {
  items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  /** ExcelApi 1.4: a sheet renamed or deleted since the list was shown is a null object, not an error */
  getItemOrNullObject(key: string): XlWorksheet & { isNullObject: boolean };
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlWorkbookProtection extends XlLoadable {
  /** the workbook's structure is protected: no sheet can be added, deleted, renamed or hidden */
  protected: boolean;
}

export interface XlWorkbook extends XlLoadable {
  name: string;
  protection: XlWorkbookProtection;
  worksheets: XlWorksheets;
  application: XlApplication;
}

/** What the gateway needs from an `Excel.RequestContext`. */
export interface XlContext {
  workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** Compile-time proof that the real office-js context satisfies the subset (never called). */
export const realContextFits: (ctx: Excel.RequestContext) => XlContext = (ctx) => ctx;
