/**
 * What the pane asks of the open workbook, over the gateway. `available` is false outside Excel
 * (plain browser): the pane then checks files only.
 */
import type { Grid } from "../core/grid";
import type { ReportModel } from "../core/report";
import {
  activateSheet,
  listSheets,
  readSheets,
  selectCell,
  writeReport,
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
  };
}
