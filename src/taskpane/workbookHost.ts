/**
 * What the pane asks of the open workbook, over the gateway. `available` is false outside Excel
 * (plain browser): the pane then checks files only.
 */
import { errorOf } from "../core/errors";
import { ERRORS } from "../core/i18n/errors";
import type { Grid } from "../core/grid";
import type { Localized } from "../core/model";
import type { ReportModel } from "../core/report";
import type { ReportSheetMark } from "../core/submissions/contributions";
import {
  activateSheet,
  ALL_CAPABILITIES,
  listSheets,
  openAsNewWorkbook,
  readReportData,
  readSheetsWithWarnings,
  selectCell,
  writeReport,
  writeReportData,
  type Capabilities,
  type DataWriteResult,
  type ExcelRunner,
  type WorkbookSheets,
  type WriteResult,
} from "../excel/gateway";

/** The sheets read, with what the reader could only work around (shown as issues). */
export type SheetsGrids = Grid[] & { warnings?: Localized[] };

export interface WorkbookHost {
  available: boolean;
  listSheets(): Promise<WorkbookSheets>;
  readSheets(names: string[], file: string): Promise<SheetsGrids>;
  /**
   * Writes the report and, when `data` gives it, the units' data in the same all-or-nothing write
   * (`data` gets the report sheets' names and first cells, which the data records).
   */
  writeReport(
    report: ReportModel,
    onProgress?: (done: number, total: number) => void,
    data?: (reportSheets: ReportSheetMark[]) => Promise<string[] | null>,
  ): Promise<WriteResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(sheet: string): Promise<void>;
  /** the units' data kept in the workbook by an earlier report (column A of "_tdkt_data"), or null */
  readReportData(): Promise<string[] | null>;
  writeReportData(cells: string[]): Promise<DataWriteResult>;
  /** opens a copy (.xlsx bytes) as a new workbook; false when this Excel cannot (then download it) */
  openCopy(bytes: Uint8Array): Promise<boolean>;
}

export function workbookHost(run: ExcelRunner | null, caps: Capabilities = ALL_CAPABILITIES): WorkbookHost {
  const need = (): ExcelRunner => {
    if (!run) throw errorOf(ERRORS, "excel-unavailable", "excelUnavailable", {});
    return run;
  };
  return {
    available: run !== null,
    listSheets: () => need()((ctx) => listSheets(ctx, caps)),
    readSheets: async (names, file) => {
      const read = await need()((ctx) => readSheetsWithWarnings(ctx, names, { file, caps }));
      return Object.assign(read.grids, { warnings: read.warnings });
    },
    writeReport: (report, onProgress, data) => need()((ctx) => writeReport(ctx, report, { onProgress, caps, data })),
    selectCell: (sheet, cell) => need()((ctx) => selectCell(ctx, sheet, cell)),
    activateSheet: (sheet) => need()((ctx) => activateSheet(ctx, sheet)),
    readReportData: () => need()((ctx) => readReportData(ctx, { caps })),
    writeReportData: (cells) => need()((ctx) => writeReportData(ctx, cells, { caps })),
    openCopy: (bytes) => (run ? openAsNewWorkbook(bytes, caps.createWorkbook) : Promise.resolve(false)),
  };
}
