/**
 * The Excel gateway: the ONLY code that talks to office-js, one module per concern —
 *  - reading.ts (+ mergedAreas.ts): the sheet list and the sheets' cells, in blocks that fit;
 *  - writing.ts (+ reportPlan.ts, drawing.ts): the report plan (src/core/report-plan/) and the
 *    units' data drawn all or nothing;
 *  - dataSheet.ts: the units' data kept in the very hidden sheet "_tdkt_data";
 *  - ownership.ts: which sheets the add-in made (marks that survive a rename or a copy);
 *  - navigation.ts: going to an issue's cell or to the report;
 *  - copies.ts: opening a copy as a new workbook;
 *  - requirements.ts, host.ts: what this Excel supports, Office.onReady and Excel.run;
 *  - errors.ts: every Office error wrapped in Vietnamese and English, never swallowed.
 * Every function takes the request context as a parameter (the pane passes the one `Excel.run`
 * gives it; tests pass the double from test/excel/excelDouble.ts) and syncs as few times as the
 * data allow, as Microsoft's performance guidance asks. This file only gathers their exports.
 */
export type { XlContext } from "./excelApi";
export { ExcelOperationError } from "./errors";
export { ALL_CAPABILITIES, checkRequirements, detectCapabilities, REQUIRED_SETS, type Capabilities, type RequirementCheck } from "./requirements";
export { excelRunner, officeReady, RUN_OPTIONS, type ExcelRunner, type OfficeEnvironment } from "./host";
export { CREATED_MARK, DATA_SHEET_NAME } from "./ownership";
export { listSheets, parseAreas, readSheets, readSheetsWithWarnings, stripSheet, type ReadOptions, type SheetInfo, type SheetsRead, type WorkbookSheets } from "./reading";
export { cleanSheetName, headerMerges, planSheet, uniqueSheetName } from "./reportPlan";
export { writeReport, writeReportPlan, type WriteOptions, type WriteResult } from "./writing";
export { readReportData, writeReportData, type DataReadOptions, type DataWriteOptions, type DataWriteResult } from "./dataSheet";
export { activateSheet, selectCell } from "./navigation";
export { openAsNewWorkbook } from "./copies";
