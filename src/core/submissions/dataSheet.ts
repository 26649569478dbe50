/**
 * The report's data sheet as a column of text cells, for hosts that write cells themselves (the
 * task pane writes them through office-js; the CLI's src/files/reportData.ts writes the same layout
 * with exceljs). Pure: no exceljs, no office-js.
 *
 * Layout (column A of the very hidden sheet "_tdkt_data", the one reportData.ts writes):
 *   A1  "tdkt-report-data v1"  (marker and format version)
 *   A2  number of chunks that follow
 *   A3… the JSON of ReportData, cut into chunks of at most 30,000 characters (Excel holds 32,767
 *       per cell), never between the halves of a surrogate pair.
 * A report made by the CLI and opened in Excel therefore works in the pane, and the other way round.
 */
import { REPORT_DATA_VERSION, type ReportData, type ReportSheetMark } from "./contributions";

export const DATA_SHEET_MARKER = "tdkt-report-data";
/** well under Excel's 32,767 characters per cell */
export const DATA_CHUNK_CHARS = 30_000;

/** Cut text into chunks of at most `size` UTF-16 units, never between the halves of a surrogate pair. */
export function chunkText(text: string, size: number = DATA_CHUNK_CHARS): string[] {
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

/** The column A cells of the data sheet, top down: marker, chunk count (as text), chunks. */
export function dataSheetCells(data: ReportData, chunkSize: number = DATA_CHUNK_CHARS): string[] {
  const chunks = chunkText(JSON.stringify(data), chunkSize);
  return [`${DATA_SHEET_MARKER} v${data.version}`, String(chunks.length), ...chunks];
}

/** The data sheet's format is newer (or older) than this version of the add-in understands. */
export class DataSheetVersionError extends Error {
  constructor(readonly marker: string) {
    super(`unsupported report data version: ${marker}`);
    this.name = "DataSheetVersionError";
  }
}

/** A cell's text whatever the host gave back (a number for A2, rich-text runs after Excel re-saved). */
function cellText(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "richText" in v) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a number or a date from the host: its default text is the reading
  return v === null || v === undefined ? "" : String(v);
}

/** How many cells the column holds in all (marker, count, chunks), read from its first two cells; null when it is not a data sheet. */
export function dataSheetLength(firstCells: unknown[]): number | null {
  if (!cellText(firstCells[0]).startsWith(DATA_SHEET_MARKER)) return null;
  const count = Number(cellText(firstCells[1]));
  return Number.isInteger(count) && count >= 0 ? 2 + count : null;
}

/**
 * The ReportData held by a data sheet's column A cells; null when the cells do not start with the
 * marker (not a sheet made by this tool). Throws DataSheetVersionError for another format version.
 */
export function reportDataFromCells(cells: unknown[]): ReportData | null {
  const marker = cellText(cells[0]);
  if (!marker.startsWith(DATA_SHEET_MARKER)) return null;
  if (marker !== `${DATA_SHEET_MARKER} v${REPORT_DATA_VERSION}`) throw new DataSheetVersionError(marker);
  const count = Number(cellText(cells[1]));
  let json = "";
  for (let i = 0; i < count; i++) json += cellText(cells[2 + i]);
  return JSON.parse(json) as ReportData;
}

// ---------------------------------------------------------------------------------------------
// The report sheets recorded in the data (ReportData.reportSheets)

/**
 * How many cells of column A fingerprint a report sheet: its title and, under it, the period line
 * ("Từ 01/01/2024 đến 30/06/2024"), which differs from one report to the next. A user's sheet that
 * merely has the name of a report sheet almost never starts with both.
 */
export const REPORT_SHEET_TOP_CELLS = 2;

/** Names compared as Excel compares sheet names: ignoring case (and Unicode composition). */
function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** The mark of a report sheet from its name and the first cells of its column A (any host's values). */
export function reportSheetMark(name: string, topCells: unknown[]): ReportSheetMark {
  const top: string[] = [];
  for (let i = 0; i < REPORT_SHEET_TOP_CELLS; i++) top.push(cellText(topCells[i]).normalize("NFC"));
  return { name, top };
}

/** The mark the data records for a sheet of that name (case-insensitive), if any. */
export function recordedReportSheet(data: Pick<ReportData, "reportSheets"> | null | undefined, name: string): ReportSheetMark | undefined {
  const key = sheetNameKey(name);
  return data?.reportSheets?.find((m) => sheetNameKey(m.name) === key);
}

/**
 * Whether a sheet is the report sheet the data recorded: the data names it AND its first cells of
 * column A are still the ones written. A mark with an empty title proves nothing (an empty user
 * sheet would match it), so it never matches. When the cells differ, the sheet is taken for the
 * user's: the safe side, since the tool then writes beside it ("Tổng hợp (2)") and never over it.
 */
export function isRecordedReportSheet(data: Pick<ReportData, "reportSheets"> | null | undefined, name: string, topCells: unknown[]): boolean {
  const mark = recordedReportSheet(data, name);
  if (!mark || !mark.top[0]?.trim()) return false;
  const actual = reportSheetMark(name, topCells).top;
  return mark.top.length === actual.length && mark.top.every((t, i) => t.normalize("NFC") === actual[i]);
}
