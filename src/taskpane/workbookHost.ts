/**
 * What the pane asks of the open workbook, over the gateway. `available` is false outside Excel
 * (plain browser): the pane then checks files only.
 */
import type { Grid } from "../core/grid";
import type { ReportModel } from "../core/report";
import {
  activateSheet,
  listSheets,
  readReportData,
  readSheets,
  selectCell,
  writeReport,
  writeReportData,
  type DataWriteResult,
  type ExcelRunner,
  type WorkbookSheets,
  type WriteResult,
} from "../excel/gateway";

export interface WorkbookHost {
  available: boolean;
  listSheets(): Promise<WorkbookSheets>;
  readSheets(names: string[], file: string): Promise<Grid[]>;
  writeReport(report: ReportModel, onProgress?: (done: number, total: number) => void): Promise<WriteResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(sheet: string): Promise<void>;
  /** the units' data kept in the workbook by an earlier report (column A of "_tdkt_data"), or null */
  readReportData(): Promise<string[] | null>;
  writeReportData(cells: string[]): Promise<DataWriteResult>;
}

export function workbookHost(run: ExcelRunner | null): WorkbookHost {
  const need = (): ExcelRunner => {
    if (!run) throw new Error("Excel is not available");
    return run;
  };
  return {
    available: run !== null,
    listSheets: () => need()((ctx) => listSheets(ctx)),
    readSheets: (names, file) => need()((ctx) => readSheets(ctx, names, { file })),
    writeReport: (report, onProgress) => need()((ctx) => writeReport(ctx, report, { onProgress })),
    selectCell: (sheet, cell) => need()((ctx) => selectCell(ctx, sheet, cell)),
    activateSheet: (sheet) => need()((ctx) => activateSheet(ctx, sheet)),
    readReportData: () => need()((ctx) => readReportData(ctx)),
    writeReportData: (cells) => need()((ctx) => writeReportData(ctx, cells)),
  };
}
