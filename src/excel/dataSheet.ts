/**
 * The units' data (the very hidden sheet "_tdkt_data").
 *
 * The report workbook remembers each unit's contribution, so that a unit's resubmitted file can
 * replace its part days later, without the other files. The gateway stores and returns column A
 * of that sheet as text cells; what they mean (marker, chunk count, JSON chunks) is
 * src/core/submissions/dataSheet.ts, the same layout as the CLI's src/files/reportData.ts. Only the
 * second cell's meaning is used here: how many cells follow it, to know how far to read.
 * The pane writes the data with the report in one all-or-nothing write (writing.ts, opts.data);
 * writeReportData writes it alone, the same way.
 */
import { wrap } from "./errors";
import type { XlContext } from "./excelApi";
import { dataSheetCellsOf, probeDataSheet } from "./ownership";
import { ALL_CAPABILITIES, type Capabilities } from "./requirements";
import { writeAtomically } from "./writing";

export { DATA_SHEET_NAME } from "./ownership";

export interface DataWriteOptions {
  /** request bytes per sync for the values (and their "@" formats); Excel on the web refuses over 5 MB */
  maxChunkBytes?: number;
  caps?: Capabilities;
}

export interface DataWriteResult {
  /** an earlier data sheet of the add-in was replaced */
  replaced: boolean;
  syncs: number;
  chunks: number;
}

/**
 * Writes (or replaces) the very hidden data sheet, one text cell per row of column A. A sheet of
 * that name the user made (without the add-in's mark) is never touched: the write fails with a
 * message saying so, and nothing changes.
 */
export function writeReportData(ctx: XlContext, cells: string[], opts: DataWriteOptions = {}): Promise<DataWriteResult> {
  return wrap("writeReportData", async () => {
    const result = await writeAtomically(ctx, [], { ...opts, data: () => cells }, "writeReportData");
    if (result.dataRefused) throw result.dataRefused;
    return { replaced: result.dataReplaced, syncs: result.syncs, chunks: result.chunks };
  });
}

export interface DataReadOptions {
  /** rows of column A loaded per sync; 80 cells of ≤ 30,000 characters stay under the 5 MB response limit */
  maxRowsPerSync?: number;
  caps?: Capabilities;
}

/**
 * Column A of the add-in's data sheet, top down, as text; null when the workbook has none (or only
 * a user's sheet of that name). Sync 1 finds the sheet, sync 2 loads its mark with the first rows;
 * a larger sheet takes one more sync per `maxRowsPerSync` rows.
 */
export function readReportData(ctx: XlContext, opts: DataReadOptions = {}): Promise<string[] | null> {
  return wrap("readReportData", async () => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await ctx.sync();
    const probe = probeDataSheet(sheets.items, opts.maxRowsPerSync, (opts.caps ?? ALL_CAPABILITIES).marks);
    if (!probe) return null;
    await ctx.sync();
    return dataSheetCellsOf(probe, async () => void (await ctx.sync()));
  });
}
