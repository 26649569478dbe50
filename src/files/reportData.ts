/**
 * The units' contributions kept inside the report workbook, so that a unit's resubmitted file can
 * replace exactly its part later, without the other units' files at hand.
 *
 * They live in a very hidden sheet "_tdkt_data" (users cannot unhide it by accident from the sheet
 * tabs): cell A1 holds a marker with the format version, A2 the number of chunks, A3.. the JSON of
 * `ReportData` cut into chunks under Excel's 32,767-character cell limit. No Node API: the task pane
 * can use it with exceljs's browser build; hashing uses Web Crypto (crypto.subtle), present in
 * browsers and in Node 20.
 */
import ExcelJS from "exceljs";
import { drawSheetXlsx } from "./writeReportXlsx";
import type { Analysis } from "../core/engine";
import { REPORT_DATA_SHEET } from "../core/records/readFile";
import { hasUnitData } from "../core/rules/rule";
import {
  REPORT_DATA_VERSION,
  contributionOf,
  isoToday,
  sha256Hex,
  type ReportData,
} from "../core/submissions/contributions";
import { dataSheetPlan } from "../core/report-plan";
import { chunkText, dataSheetCells, REPORT_SHEET_TOP_CELLS, reportDataFromCells, reportSheetMark } from "../core/submissions/dataSheet";

/** the very hidden sheet holding the units' data (the reader knows it and never reads such a workbook as a unit's) */
export const DATA_SHEET = REPORT_DATA_SHEET;
// kept here for the callers that imported them from this module
export { chunkText, contributionOf, isoToday, sha256Hex };

/** The data of a fresh consolidation: every file read is a first submission. */
export async function reportDataFromAnalysis(analysis: Analysis, today: string = isoToday()): Promise<ReportData> {
  return {
    version: REPORT_DATA_VERSION,
    ...(analysis.period ? { period: analysis.period } : {}),
    ...(analysis.periodGuessed ? { periodGuessed: true } : {}),
    registry: analysis.registry,
    // a registry file read among the inputs is no unit's contribution
    contributions: await Promise.all(analysis.files.filter(hasUnitData).map((f) => contributionOf(f, today))),
  };
}

export interface EmbedOptions {
  /**
   * The bytes are a report the tool has just written: record every sheet in them (but the data
   * sheet) as a report sheet, with its first cells (ReportData.reportSheets), so that the pane,
   * when the workbook is opened in Excel, treats them as the add-in's own (never a source, replaced
   * by a re-run). Without it the data's reportSheets are kept as given.
   */
  recordReportSheets?: boolean;
}

/**
 * Add (or replace) the data sheet in report bytes. `source` is the Analysis of a fresh consolidation
 * or the ReportData of a resubmission.
 */
export async function embedReportData(reportBytes: Uint8Array, source: Analysis | ReportData, opts: EmbedOptions = {}): Promise<Uint8Array> {
  let data = "contributions" in source ? source : await reportDataFromAnalysis(source);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(reportBytes as unknown as ArrayBuffer);
  const old = wb.getWorksheet(DATA_SHEET);
  if (old) wb.removeWorksheet(old.id);
  if (opts.recordReportSheets) {
    // the names as exceljs wrote them (Excel's name rules applied), not as the ReportModel asked
    const reportSheets = wb.worksheets.map((ws) =>
      reportSheetMark(
        ws.name,
        Array.from({ length: REPORT_SHEET_TOP_CELLS }, (_, i) => ws.getCell(1 + i, 1).value),
      ),
    );
    data = { ...data, reportSheets };
  }
  const ws = wb.addWorksheet(DATA_SHEET, { state: "veryHidden" });
  // the same plan the pane draws through office-js (core/report-plan/dataSheet.ts)
  drawSheetXlsx(ws, dataSheetPlan(dataSheetCells(data)));
  return new Uint8Array((await wb.xlsx.writeBuffer()));
}

/**
 * The data embedded in report bytes; null when the workbook has none (not made by this tool).
 * Throws DataSheetVersionError for a format version this tool does not understand.
 */
export async function readReportData(reportBytes: Uint8Array): Promise<ReportData | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(reportBytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(DATA_SHEET);
  if (!ws) return null;
  const first = [ws.getCell(1, 1).value, ws.getCell(2, 1).value];
  const count = Number(first[1]);
  const cells = Number.isInteger(count) && count >= 0 ? Array.from({ length: 2 + count }, (_, i) => ws.getCell(1 + i, 1).value) : first;
  return reportDataFromCells(cells);
}
