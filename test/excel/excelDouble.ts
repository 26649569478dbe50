/**
 * A strict double of the Excel JavaScript API subset the gateway uses (src/excel/excelApi.ts),
 * typed against @types/office-js through that subset, with the documented behaviours that make
 * office-js code go wrong when ignored. Each is written beside the documentation it follows:
 *  - commands are queued and applied, in order, only at `context.sync()`; a failing command stops
 *    its batch (double/context.ts);
 *  - a property can be read only after it was loaded AND synced, else PropertyNotLoaded;
 *  - `*OrNullObject` gives a proxy whose `isNullObject` is known after the sync;
 *  - request and response payloads are measured as UTF-8 bytes of their JSON and refused past
 *    5 MB (Excel on the web); a read of more than 5,000,000 cells is refused (double/context.ts);
 *  - getMergedAreasOrNullObject fails above 512 merged areas, and answers only areas whose
 *    top-left cell is in the range (double/range.ts);
 *  - a very hidden sheet cannot be deleted (double/worksheets.ts);
 *  - a protected workbook structure refuses sheet adds, deletes, renames and visibility changes,
 *    a protected sheet refuses cell and format writes, both with AccessDenied;
 *  - a batch run while the user edits a cell fails with InvalidOperationInCellEditMode unless the
 *    run passed RunOptions.delayForCellEdit, which makes it wait (double/context.ts);
 *  - a written string becomes a formula (or a number) only when its cell's format is not "@";
 *  - sheet names: unique ignoring case, 1–31 characters, none of []:*?/\;
 *  - a test can refuse any sync (WorkbookModel.failSync) and compare WorkbookModel.snapshot().
 *
 * It is loaded with Grids (e.g. the sample files read by readWorkbook). No DOM, no Node API, so the
 * same files are bundled for the browser test page.
 */
import { RequestContextDouble } from "./double/context";
import type { WorkbookModel } from "./double/model";

export { ExcelDoubleError, PAYLOAD_LIMIT, READ_CELL_LIMIT, RequestContextDouble, type SyncRecord } from "./double/context";
export { SheetModel, WorkbookModel, workbookFromGrids, type CellModel } from "./double/model";
export { MERGED_AREAS_LIMIT, RangeDouble, sheetAddress } from "./double/range";
export { WorkbookDouble, WorksheetDouble } from "./double/worksheets";

export function contextFor(model: WorkbookModel, limits?: { request: number; response: number }, runOptions?: { delayForCellEdit?: boolean }): RequestContextDouble {
  return new RequestContextDouble(model, limits, runOptions);
}

/**
 * `Excel.run` for the double: one new context per run, sync at the end as Excel does; by default
 * with delayForCellEdit, as the product's runner (src/excel/host.ts RUN_OPTIONS).
 */
export function runFor(model: WorkbookModel, runOptions: { delayForCellEdit?: boolean } = { delayForCellEdit: true }) {
  return async <T>(fn: (ctx: RequestContextDouble) => Promise<T>): Promise<T> => {
    const ctx = new RequestContextDouble(model, undefined, runOptions);
    const result = await fn(ctx);
    await ctx.sync();
    return result;
  };
}

/** Excel.createWorkbook for the double: records the base64 it was given. */
export function createWorkbookFor(model: WorkbookModel) {
  return (base64?: string): Promise<void> => {
    model.createdWorkbooks.push(base64 ?? "");
    return Promise.resolve();
  };
}
