/** The report as drawn, built once from the ReportModel; see types.ts. */
export { planReport, planSheet, cellFormat, DEFAULT_WIDTH } from "./build";
export { dataSheetPlan } from "./dataSheet";
export { headerMerges, headerRegions, headerValues, type HeaderRegion } from "./header";
export { LINE_POINTS } from "./heights";
export { printFit, printSetup } from "./print";
export { cleanSheetName, MAX_SHEET_NAME, nameKey, uniqueSheetName } from "./sheetNames";
export { emptyStyle, FONT, type Block, type PrintSetup, type ReportPlan, type SheetPlan, type Style } from "./types";
