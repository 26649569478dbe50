/**
 * Writing the report and its data sheet, all or nothing.
 *
 * Every sheet of the write is built under a temporary name (tdkt-tmp-<token>-n, marked
 * tdkt=building) and becomes current in ONE last batch, only after every write succeeded: the
 * add-in's earlier sheets are renamed aside, the new ones take the final names and marks, the
 * data sheet becomes very hidden, the earlier ones are deleted. When any sync fails, the sheets of
 * this write are removed and the earlier ones get back their names and visibility (one more
 * sync), so the previous report and data stay exactly as they were.
 *
 * Excel behaviours this follows:
 *  - a very hidden sheet cannot be deleted; it must be made visible or hidden first
 *    (https://github.com/OfficeDev/office-js/issues/365, documented in
 *    https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets);
 *  - a batch runs in order and stops at its first failing command
 *    (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
 *  - Excel on the web refuses a request over 5 MB: values are sent in chunks under 3 MB of UTF-8
 *    JSON (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 *  - a protected workbook structure refuses new sheets: asked first (workbook.protection, ExcelApi
 *    1.7), said plainly, nothing written.
 * Syncs: 2 to learn the sheets and the marks (more only to read a long data sheet), 1 per chunk,
 * 1 for the layout, 1 to make the write current.
 */
import type { ReportModel } from "../core/report";
import { dataSheetPlan, planReport, type ReportPlan } from "../core/report-plan";
import type { ReportSheetMark } from "../core/submissions/contributions";
import { reportSheetMark } from "../core/submissions/dataSheet";
import { layoutSheet, topCellsOf } from "./drawing";
import { ExcelOperationError, protectedError, wrap } from "./errors";
import type { XlContext, XlWorksheet } from "./excelApi";
import { BUILDING_VALUE, CREATED_MARK, DATA_SHEET_NAME, isDataSheetName, nameKey, ownSheets, SHEET_ID_KEY, TEMP_PREFIX } from "./ownership";
import { cleanSheetName, splitBlocks, uniqueSheetName, type SheetPlan } from "./reportPlan";
import { ALL_CAPABILITIES, type Capabilities } from "./requirements";

export interface WriteOptions {
  /** UTF-8 JSON bytes per chunk of values; Excel on the web refuses requests over 5 MB */
  maxChunkBytes?: number;
  /** called after each chunk: done and total cells, for a progress bar */
  onProgress?: (done: number, total: number) => void;
  /** optional features of this Excel (requirements.ts) */
  caps?: Capabilities;
  /**
   * The units' data to keep beside the report (column A of "_tdkt_data"), given the names and
   * first cells of the report sheets about to be written; null keeps the workbook's data as is.
   */
  data?: (reportSheets: ReportSheetMark[]) => Promise<string[] | null> | string[] | null;
  /** the write's token (tests fix it; otherwise random) */
  token?: string;
}

export interface WriteResult {
  /** the names the report sheets got, in order */
  sheets: string[];
  /** the add-in's earlier sheets that were replaced */
  replaced: string[];
  /** the sheets written, with their first cells: for the data sheet's ReportData.reportSheets */
  reportSheets: ReportSheetMark[];
  /** the data sheet was written with the report */
  dataWritten: boolean;
  /** an earlier data sheet of the add-in was replaced */
  dataReplaced: boolean;
  /** why the data was not written: a user's sheet holds its name (the report was written) */
  dataRefused?: ExcelOperationError;
  syncs: number;
  chunks: number;
}

/**
 * Writes each ReportSheet into a new worksheet, and the units' data when `opts.data` gives it.
 * The add-in's own earlier sheets of the same names (ownership.ts) are replaced; a user's sheet is
 * never touched: the new sheet then gets the next free name ("Tổng hợp (2)").
 */
export function writeReport(ctx: XlContext, report: ReportModel, opts: WriteOptions = {}): Promise<WriteResult> {
  return writeReportPlan(ctx, planReport(report), opts);
}

/** The same for a report already planned (src/core/report-plan/): its sheets drawn as they are. */
export function writeReportPlan(ctx: XlContext, plan: ReportPlan, opts: WriteOptions = {}): Promise<WriteResult> {
  return wrap("writeReport", () => writeAtomically(ctx, plan.sheets, opts, "writeReport"));
}

/** The data sheet as a plan (core/report-plan/dataSheet.ts, the plan the .xlsx writer draws too). */
export function dataPlan(cells: string[]): SheetPlan {
  return { ...dataSheetPlan(cells), name: DATA_SHEET_NAME };
}

export function dataSheetTaken(operation: "writeReport" | "writeReportData", name: string): ExcelOperationError {
  return new ExcelOperationError(
    operation,
    {
      vi: `Sổ làm việc đã có sheet “${name}” không do tiện ích tạo, nên dữ liệu các đơn vị không được ghi (sheet đó được giữ nguyên). Hãy đổi tên sheet đó rồi bấm Tổng hợp lại.`,
      en: `The workbook already has a sheet “${name}” that the add-in did not make, so the units' data was not written (that sheet is left as it is). Rename it, then run Tổng hợp again.`,
    },
    "DataSheetNameTaken",
  );
}

interface Before {
  id: string;
  name: string;
  visibility: string;
}

export async function writeAtomically(ctx: XlContext, plans: SheetPlan[], opts: WriteOptions, operation: "writeReport" | "writeReportData"): Promise<WriteResult> {
  const caps = opts.caps ?? ALL_CAPABILITIES;
  const maxBytes = opts.maxChunkBytes ?? 3_000_000;
  const token = opts.token ?? Math.random().toString(36).slice(2, 10);
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await ctx.sync();
  };
  const app = ctx.workbook.application;

  // Sync 1: the sheets, and whether the structure is protected.
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/id");
  ctx.workbook.protection.load("protected");
  await sync();
  if (ctx.workbook.protection.protected) throw protectedError(operation);
  const items = sheets.items;
  const before: Before[] = items.map((s) => ({ id: s.id, name: s.name, visibility: String(s.visibility) }));

  // Sync 2: which of them the add-in created.
  const own = await ownSheets(items, sync, caps.marks);
  const bases = new Set(plans.map((p) => nameKey(cleanSheetName(p.name))));
  const toReplace = items.filter((s, i) => own.created[i] && !isDataSheetName(s.name) && bases.has(nameKey(s.name.replace(/ \(\d+\)$/, ""))));
  const leftovers = items.filter((s, i) => own.building[i] && !toReplace.includes(s));
  const going = new Set([...toReplace, ...leftovers]);
  const taken = new Set(items.filter((s) => !going.has(s)).map((s) => nameKey(s.name)));
  const names = plans.map((p) => {
    const n = uniqueSheetName(p.name, taken);
    taken.add(nameKey(n));
    return n;
  });
  const reportSheets = plans.map((plan, k) => reportSheetMark(names[k], topCellsOf(plan)));

  // The data names the sheets it goes with, so it is asked for now.
  let dataCells = opts.data ? await opts.data(reportSheets) : null;
  let dataRefused: ExcelOperationError | undefined;
  if (dataCells && own.userDataSheet) {
    dataRefused = dataSheetTaken(operation, own.userDataSheet.name);
    dataCells = null;
  }
  const oldData = dataCells ? own.dataSheet : null;
  const all = dataCells ? [...plans, dataPlan(dataCells)] : plans;
  const finalNames = dataCells ? [...names, DATA_SHEET_NAME] : names;
  const chunks = splitBlocks(all, maxBytes);
  const total = chunks.reduce((n, c) => n + c.reduce((m, p) => m + p.values.length * (p.values[0]?.length ?? 0), 0), 0);
  let done = 0;
  const created: XlWorksheet[] = [];
  const doomed = [...toReplace, ...leftovers, ...(oldData ? [oldData] : [])];

  try {
    // Chunk syncs; the first also adds the sheets under temporary names.
    for (let i = 0; i < Math.max(1, chunks.length); i++) {
      app.suspendApiCalculationUntilNextSync();
      if (i === 0) {
        if (caps.pageLayout) app.suspendScreenUpdatingUntilNextSync();
        all.forEach((_, k) => {
          const s = sheets.add(`${TEMP_PREFIX}${token}-${k + 1}`);
          if (caps.marks) s.customProperties.add(CREATED_MARK.key, BUILDING_VALUE);
          s.load("id");
          created.push(s);
        });
        // the data sheet is never shown, not even while it is built
        if (dataCells) created[created.length - 1].visibility = "Hidden";
      }
      for (const piece of chunks[i] ?? []) {
        const range = created[piece.sheetIndex].getRangeByIndexes(piece.row, piece.col, piece.values.length, piece.values[0].length);
        // formats first: a text cell must already be "@" when its value arrives
        range.numberFormat = piece.formats;
        range.values = piece.values;
        done += piece.values.length * piece.values[0].length;
      }
      await sync();
      opts.onProgress?.(done, total);
    }

    if (plans.length > 0) {
      if (caps.pageLayout) app.suspendScreenUpdatingUntilNextSync();
      plans.forEach((plan, k) => layoutSheet(created[k], plan.style, caps.pageLayout));
      await sync();
    }

    // The commit: one batch, in order — free the final names, give them, remove the old sheets.
    doomed.forEach((s, k) => {
      if (String(s.visibility) === "VeryHidden") s.visibility = "Hidden";
      s.name = `${TEMP_PREFIX}${token}-old-${k + 1}`;
    });
    created.forEach((s, k) => {
      s.name = finalNames[k];
      if (caps.marks) {
        s.customProperties.add(CREATED_MARK.key, CREATED_MARK.value);
        s.customProperties.add(SHEET_ID_KEY, `${token}-${k + 1}|${finalNames[k]}`);
      }
    });
    if (dataCells) created[created.length - 1].visibility = "VeryHidden";
    for (const s of doomed) s.delete();
    if (plans.length > 0) created[0].activate();
    await sync();
  } catch (e) {
    await rollback(ctx, token, before, created);
    throw e;
  }
  return {
    sheets: names,
    replaced: toReplace.map((s) => before[items.indexOf(s)].name),
    reportSheets,
    dataWritten: dataCells !== null,
    dataReplaced: oldData !== null,
    dataRefused,
    syncs,
    chunks: chunks.length,
  };
}

/**
 * Puts the workbook back as it was before the write: the sheets this write added are deleted,
 * the earlier ones get back their names and visibility. Its own failure is not reported (the
 * write's error is the one the user must see).
 */
async function rollback(ctx: XlContext, token: string, before: Before[], created: XlWorksheet[]): Promise<void> {
  try {
    const createdIds = new Set<string>();
    for (const s of created) {
      try {
        createdIds.add(s.id);
      } catch {
        // the sync that adds the sheets failed: they are known by their temporary names
      }
    }
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility,items/id");
    await ctx.sync();
    const earlier = new Map(before.map((b) => [b.id, b]));
    for (const s of sheets.items) {
      if (earlier.has(s.id)) continue;
      if (createdIds.has(s.id) || s.name.startsWith(`${TEMP_PREFIX}${token}-`)) {
        if (String(s.visibility) === "VeryHidden") s.visibility = "Hidden";
        s.delete();
      }
    }
    for (const s of sheets.items) {
      const b = earlier.get(s.id);
      if (!b) continue;
      if (s.name !== b.name) s.name = b.name;
      if (String(s.visibility) !== b.visibility) s.visibility = b.visibility as XlWorksheet["visibility"];
    }
    await ctx.sync();
  } catch {
    // nothing more can be done here; the write's own error follows
  }
}
