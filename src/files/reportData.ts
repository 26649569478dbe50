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
import type { Analysis } from "../core/engine";
import { REPORT_DATA_SHEET } from "../core/records/readFile";
import { hasUnitData, type ParsedFile } from "../core/rules/rule";
import {
  REPORT_DATA_VERSION,
  contributionOf,
  isoToday,
  sha256Hex,
  type ReportData,
  type UnitContribution,
} from "../core/submissions/contributions";
import { REPORT_SHEET_TOP_CELLS, reportSheetMark } from "../core/submissions/dataSheet";

/** the very hidden sheet holding the units' data (the reader knows it and never reads such a workbook as a unit's) */
export const DATA_SHEET = REPORT_DATA_SHEET;
const MARKER = "tdkt-report-data";
/** well under Excel's 32,767 characters per cell */
const CHUNK = 30_000;

// kept here for the callers that imported them from this module
export { contributionOf, isoToday, sha256Hex };

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

/** Cut text into chunks of at most `size` UTF-16 units, never between the halves of a surrogate pair. */
export function chunkText(text: string, size: number = CHUNK): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out.length ? out : [""];
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
  const chunks = chunkText(JSON.stringify(data));
  ws.getCell(1, 1).value = `${MARKER} v${data.version}`;
  ws.getCell(2, 1).value = chunks.length;
  chunks.forEach((c, i) => (ws.getCell(3 + i, 1).value = c));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export class ReportDataError extends Error {}

/** The data embedded in report bytes; null when the workbook has none (not made by this tool). */
export async function readReportData(reportBytes: Uint8Array): Promise<ReportData | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(reportBytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(DATA_SHEET);
  if (!ws) return null;
  const marker = String(ws.getCell(1, 1).value ?? "");
  if (!marker.startsWith(MARKER)) return null;
  if (marker !== `${MARKER} v${REPORT_DATA_VERSION}`) throw new ReportDataError(`unsupported report data version: ${marker}`);
  const count = Number(ws.getCell(2, 1).value);
  let json = "";
  for (let i = 0; i < count; i++) {
    const v = ws.getCell(3 + i, 1).value;
    // a cell Excel re-saved may come back as rich text; its runs joined are the same characters
    json += typeof v === "string" ? v : v && typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : String(v ?? "");
  }
  return JSON.parse(json) as ReportData;
}
