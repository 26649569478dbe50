/**
 * Which sheets of the open workbook the add-in made, and where it keeps the units' data.
 *
 * The product deletes only sheets it created, so the proof must survive what users do to sheets:
 *  - a rename: the worksheet custom property tdkt=report travels with the sheet (ExcelApi 1.12,
 *    https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection);
 *  - a copy ("Move or Copy…"): the copy carries the same properties, so each sheet also gets
 *    tdkt-id = "<token>|<its name when written>". When two sheets carry one token, only the one
 *    still under the recorded name is the add-in's; the others are the user's copies, kept.
 *    (Renamed AND copied: neither proves itself, both stay the user's — the safe side.)
 *  - a report made by the CLI (exceljs cannot set Excel's sheet properties) or an Excel without
 *    ExcelApi 1.12: the workbook's own data sheet lists the report sheets with their first cells
 *    of column A (ReportData.reportSheets); a listed sheet whose cells still match is the add-in's.
 * A sheet marked tdkt=building is part of a write that never finished (Excel closed mid-write):
 * the next write removes it.
 */
import type { ReportData } from "../core/submissions/contributions";
import { isRecordedReportSheet, REPORT_SHEET_TOP_CELLS, reportDataFromCells } from "../core/submissions/dataSheet";
import type { XlCellValue, XlCustomProperty, XlRange, XlWorksheet } from "./excelApi";

/** The worksheet custom property that marks a sheet the add-in created. */
export const CREATED_MARK = { key: "tdkt", value: "report" } as const;
/** The same property while the sheet is being built under a temporary name. */
export const BUILDING_VALUE = "building";
/** "<token>|<name when written>": tells the add-in's sheet from a user's copy of it. */
export const SHEET_ID_KEY = "tdkt-id";
/** Temporary names of sheets being built start with it (recognised without custom properties too). */
export const TEMP_PREFIX = "tdkt-tmp-";

/** The data sheet's name (src/core/records/readFile.ts REPORT_DATA_SHEET; a test keeps them equal). */
export const DATA_SHEET_NAME = "_tdkt_data";

/** A1 of a data sheet starts with it (src/core/submissions/dataSheet.ts DATA_SHEET_MARKER). */
const DATA_MARKER = "tdkt-report-data";

/** Sheet names compare as Excel compares them: ignoring case (Vietnamese letters too). */
export const nameKey = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");

export function isDataSheetName(name: string): boolean {
  return nameKey(name) === nameKey(DATA_SHEET_NAME);
}

/**
 * Whether a sheet named "_tdkt_data" is the add-in's: marked by the pane (tdkt=report), or very
 * hidden with the data marker in A1, as a CLI-made report opened in Excel has it. Anything else
 * is a user's sheet and is never overwritten.
 */
export function isOwnDataSheet(mark: XlCustomProperty | null, visibility: string, a1: unknown): boolean {
  if (mark && !mark.isNullObject && mark.value === CREATED_MARK.value) return true;
  return visibility === "VeryHidden" && typeof a1 === "string" && a1.startsWith(DATA_MARKER);
}

export interface OwnSheets {
  /** per sheet of the list given: the add-in wrote it (a report sheet or the data sheet) */
  created: boolean[];
  /** per sheet: left over by a write that never finished (to remove) */
  building: boolean[];
  /** the units' data the workbook holds, when its data sheet is the add-in's and readable */
  data: ReportData | null;
  /** the add-in's data sheet, when the workbook has one */
  dataSheet: XlWorksheet | null;
  /** a sheet called "_tdkt_data" that is the user's (never overwritten) */
  userDataSheet: XlWorksheet | null;
}

/**
 * Which sheets the add-in wrote (see the file's comment). One sync (the caller's names and
 * visibility already loaded); more only to read a long data sheet. A data sheet that does not
 * parse (another format version, damaged JSON) proves nothing: only the marks count then, and
 * readReportData reports the problem when the pane asks for the data.
 * `marks` false: the Excel lacks worksheet custom properties (below ExcelApi 1.12).
 */
export async function ownSheets(items: XlWorksheet[], sync: () => Promise<void>, marks = true): Promise<OwnSheets> {
  const props = marks
    ? items.map((s) => {
        const mark = s.customProperties.getItemOrNullObject(CREATED_MARK.key);
        mark.load("value");
        const id = s.customProperties.getItemOrNullObject(SHEET_ID_KEY);
        id.load("value");
        return { mark, id };
      })
    : null;
  const probe = probeDataSheet(items, undefined, marks);
  // the title cells are worth loading only when there is data that could list the sheets
  const tops = probe
    ? items.map((s) => {
        const top = s.getRangeByIndexes(0, 0, REPORT_SHEET_TOP_CELLS, 1);
        top.load("values");
        return top;
      })
    : [];
  await sync();
  let data: ReportData | null = null;
  let dataSheet: XlWorksheet | null = null;
  if (probe) {
    const cells = await dataSheetCellsOf(probe, sync);
    if (cells) dataSheet = probe.sheet;
    try {
      data = cells ? reportDataFromCells(cells) : null;
    } catch {
      data = null;
    }
  }
  // tokens carried by more than one sheet: a sheet and the user's copies of it
  const tokens = new Map<string, number>();
  const ids = items.map((_, i) => parseId(props?.[i].id));
  for (const id of ids) if (id) tokens.set(id.token, (tokens.get(id.token) ?? 0) + 1);
  const created = items.map((s, i) => {
    const mark = props?.[i].mark;
    if (mark && !mark.isNullObject) {
      if (mark.value !== CREATED_MARK.value) return false;
      const id = ids[i];
      if (!id || tokens.get(id.token) === 1) return true;
      return nameKey(id.name) === nameKey(s.name);
    }
    if (!data || s === probe?.sheet) return false;
    return isRecordedReportSheet(data, s.name, tops[i].values.map((row) => row[0]));
  });
  if (dataSheet) created[items.indexOf(dataSheet)] = true;
  const building = items.map((s, i) => {
    const mark = props?.[i].mark;
    if (mark && !mark.isNullObject) return mark.value === BUILDING_VALUE;
    return !marks && s.name.startsWith(TEMP_PREFIX);
  });
  const userDataSheet = probe && !dataSheet ? probe.sheet : null;
  return { created, building, data, dataSheet, userDataSheet };
}

function parseId(prop: XlCustomProperty | undefined): { token: string; name: string } | null {
  if (!prop || prop.isNullObject || typeof prop.value !== "string") return null;
  const bar = prop.value.indexOf("|");
  if (bar <= 0) return null;
  return { token: prop.value.slice(0, bar), name: prop.value.slice(bar + 1) };
}

/** The loads queued for a workbook's data sheet: its mark and first rows; null when it has none. */
export interface DataSheetProbe {
  sheet: XlWorksheet;
  mark: XlCustomProperty | null;
  first: XlRange;
  batch: number;
}

/** Queues the loads that tell whether the data sheet is the add-in's (the caller syncs). */
export function probeDataSheet(items: XlWorksheet[], maxRowsPerSync?: number, marks = true): DataSheetProbe | null {
  const batch = Math.max(2, maxRowsPerSync ?? 80);
  const sheet = items.find((s) => isDataSheetName(s.name));
  if (!sheet) return null;
  const mark = marks ? sheet.customProperties.getItemOrNullObject(CREATED_MARK.key) : null;
  mark?.load("value");
  const first = sheet.getRangeByIndexes(0, 0, batch, 1);
  first.load("values");
  return { sheet, mark, first, batch };
}

/** After the probe's sync: column A of the add-in's data sheet (1 more sync per further batch), or null for a user's sheet. */
export async function dataSheetCellsOf(probe: DataSheetProbe, sync: () => Promise<void>): Promise<string[] | null> {
  const { sheet, mark, first, batch } = probe;
  if (!isOwnDataSheet(mark, String(sheet.visibility), first.values[0][0])) return null;
  const text = (v: XlCellValue | undefined) => (v === null || v === undefined ? "" : String(v));
  const cells = first.values.map((r) => text(r[0]));
  // the second cell counts the cells after it
  const count = Number(cells[1]);
  if (!Number.isInteger(count) || count < 0) {
    let end = cells.length;
    while (end > 0 && cells[end - 1] === "") end--;
    return cells.slice(0, end);
  }
  const total = 2 + count;
  for (let start = batch; start < total; start += batch) {
    const range = sheet.getRangeByIndexes(start, 0, Math.min(batch, total - start), 1);
    range.load("values");
    await sync();
    cells.push(...range.values.map((r) => text(r[0])));
  }
  return cells.slice(0, total);
}
