/**
 * The reading limits and the per-file parsing budget, checked before SheetJS parses anything.
 *
 * SheetJS's work on a file grows with the bytes of cell data it must parse (sheet XML, shared
 * strings, ODS content, BIFF records), not with the file's packed size: a 300 KB package of shared
 * strings can unpack to ~100 MB and keep it busy for many seconds, the task pane frozen. So each file
 * gets a budget of cell-data bytes, counted from the zip directory (real, inflated sizes: zipGuard.ts
 * counted them) or the OLE container's workbook stream, and is refused with a reason when over it —
 * before parsing, so the refusal is immediate and the other files go on. A real award workbook holds
 * at most about 1 MB of cell data (the largest in the sample corpora, a district education office's
 * list of 2,529 rows, 1.1 MB); the budget leaves fourteen times that.
 * No Node API: runs in the task pane too.
 */
import type { ZipEntryInfo } from "./zipGuard";

/** Size guards: 50 MB of file, 5 million filled cells, 100,000 rows per sheet (rows holding data). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_CELLS = 5_000_000;
/**
 * Rows per sheet. SheetJS is told to stop after this many (+1 to notice the excess), so a sheet of a
 * million rows is refused after reading 100,001 of them, not after building a million.
 */
export const MAX_ROWS = 100_000;
/** Cell-data bytes per file (unpacked sheets, shared strings, workbook, styles, comments; or a flat XML/HTML file). */
export const MAX_CELL_DATA_BYTES = 16 * 1024 * 1024;
/** The BIFF workbook stream of a .xls (its records also carry pictures, hence more room). */
export const MAX_BIFF_BYTES = 32 * 1024 * 1024;
/** Characters in one cell: Excel's own limit, so a longer text was not written by a spreadsheet program. */
export const MAX_CELL_TEXT = 32_767;

export interface BudgetProblem {
  /** bytes of cell data found */
  size: number;
  limit: number;
  /** the part holding the most of it (a zip entry, or the workbook stream) */
  part: string;
}

/**
 * Zip parts SheetJS parses element by element: worksheets (any kind), shared strings, the workbook,
 * styles and comments of a .xlsx/.xlsb; an .ods's content and styles. Pictures, drawings, charts and
 * pivot caches are not parsed and do not count.
 */
const CELL_DATA_PART =
  /^(?:xl\/(?:worksheets|chartsheets|dialogsheets|macrosheets)\/[^/]+\.(?:xml|bin)|xl\/(?:sharedstrings|workbook|styles)\.(?:xml|bin)|xl\/comments[^/]*\.(?:xml|bin)|content\.xml|styles\.xml)$/;

/** Over budget: the total of a package's cell-data parts, naming the largest. */
export function zipBudgetProblem(entries: ZipEntryInfo[]): BudgetProblem | undefined {
  let size = 0;
  let largest: ZipEntryInfo | undefined;
  for (const e of entries) {
    if (!CELL_DATA_PART.test(e.name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase())) continue;
    size += e.size;
    if (!largest || e.size > largest.size) largest = e;
  }
  return size > MAX_CELL_DATA_BYTES ? { size, limit: MAX_CELL_DATA_BYTES, part: largest!.name } : undefined;
}

/** Over budget: a file parsed as one whole (flat XML, HTML) or a BIFF workbook stream. */
export function streamBudgetProblem(size: number, part: string, limit: number): BudgetProblem | undefined {
  return size > limit ? { size, limit, part } : undefined;
}
