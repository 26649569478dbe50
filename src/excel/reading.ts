/**
 * Reading the open workbook: its sheet list (with the add-in's own sheets told apart) and the
 * cells of chosen sheets as Grids.
 *
 * Excel on the web refuses a request or a response over 5 MB (RichApi.Error
 * ResponsePayloadSizeLimitExceeded), and any Excel refuses to read a range of more than
 * 5,000,000 cells (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * So the cells are read in blocks of rows sized from the bytes the blocks already read returned
 * (UTF-8 length of their JSON), each aimed at ≤ 4 MB: 1 sync for the sizes, 1 per block (small
 * sheets share a block), and the merged areas apart (mergedAreas.ts).
 */
import { parseRange, type Cell, type Grid } from "../core/grid";
import type { Localized } from "../core/model";
import { wrap } from "./errors";
import type { XlCellValue, XlContext, XlRange, XlRangeAreas } from "./excelApi";
import { parseAreas, stripSheet, utf8Length } from "./addresses";
import { readMergedAreas, type SheetMerges } from "./mergedAreas";
import { isDataSheetName, ownSheets } from "./ownership";
import { ALL_CAPABILITIES, type Capabilities } from "./requirements";
import { EXCEL } from "../core/i18n/excel";

export interface SheetInfo {
  name: string;
  visibility: string;
  /** a report sheet this add-in wrote earlier: not a source (reading it would count twice) */
  createdByAddin: boolean;
}

export interface WorkbookSheets {
  /** the workbook's file name, used as the `file` of its Grids */
  workbook: string;
  sheets: SheetInfo[];
}

/**
 * Sheet names and visibility (sync 1), and which sheets the add-in wrote (sync 2: the marks can
 * only be asked for once the sheets are known; see ownership.ts).
 */
export function listSheets(ctx: XlContext, caps: Capabilities = ALL_CAPABILITIES): Promise<WorkbookSheets> {
  return wrap("listSheets", async () => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    ctx.workbook.load("name");
    await ctx.sync();
    const own = await ownSheets(sheets.items, async () => void (await ctx.sync()), caps.marks);
    const all = sheets.items.map((s, i) => ({
      name: s.name,
      visibility: String(s.visibility),
      createdByAddin: own.created[i],
    }));
    return {
      workbook: ctx.workbook.name || "Workbook",
      // the data sheet is never a source (reading it would make the reader take the whole workbook
      // for a report): marked by the pane, or very hidden as the CLI writes it (exceljs cannot set
      // Excel's sheet custom properties; a user cannot make a sheet very hidden from Excel's UI).
      // A user's sheet that merely has its name is listed as usual. Sheets of a write that never
      // finished are not listed either.
      sheets: all.filter((s, i) => !own.building[i] && !(isDataSheetName(s.name) && (s.createdByAddin || s.visibility === "VeryHidden"))),
    };
  });
}

export interface ReadOptions {
  /** the `file` written into each Grid (the workbook's name) */
  file?: string;
  /** bytes (UTF-8 of the JSON Excel returns) a block of cells aims at (3.8 MB: ≤ 4 MB with room for rows longer than the ones measured); under the 5 MB response limit */
  maxBlockBytes?: number;
  /** optional features of this Excel (merged areas need ExcelApi 1.13) */
  caps?: Capabilities;
}

/** The Grids, and what the reader could only work around (said to the user as issues). */
export interface SheetsRead {
  grids: Grid[];
  warnings: Localized[];
  syncs: number;
}

/** Bytes per cell guessed for the first block, before any block told the real figure. */
const FIRST_GUESS_BYTES_PER_CELL = 120;
/** Cells per block never exceed it (Excel reads at most 5,000,000 cells of a range). */
const MAX_BLOCK_CELLS = 1_000_000;

interface Pending {
  index: number;
  range: XlRange;
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/**
 * Reads sheets into Grids: sync 1 finds the sheets (one renamed or deleted since the list was
 * shown is a warning), sync 2 learns their used ranges and merged areas; then one sync per block
 * of rows (several small sheets share one), each block sized from the bytes per row the earlier
 * blocks returned. Only a sheet with more than 512 merged areas costs more (mergedAreas.ts).
 */
export function readSheetsWithWarnings(ctx: XlContext, wanted: string[], opts: ReadOptions = {}): Promise<SheetsRead> {
  let names = wanted;
  return wrap("readSheets", async () => {
    const file = opts.file ?? "Workbook";
    const target = opts.maxBlockBytes ?? 3_800_000;
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await ctx.sync();
    };
    // the sheet list shown may be stale (a sheet renamed or deleted since): a missing sheet is said, not fatal
    const found = names.map((name) => ctx.workbook.worksheets.getItemOrNullObject(name));
    await sync();
    const gone = names.filter((_, i) => found[i].isNullObject);
    names = names.filter((_, i) => !found[i].isNullObject);
    // Sync 2: the sizes, and (ExcelApi 1.13) every sheet's merged areas at once; a sheet with
    // more than 512 fails this batch: then sizes alone, and the merged areas in pieces after.
    const sizes = () =>
      names.map((name) => {
        const range = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(false);
        range.load("address,rowCount,columnCount");
        return range;
      });
    let used = sizes();
    let whole: XlRangeAreas[] | null = caps(opts).mergedAreas
      ? names.map((name) => {
          const areas = ctx.workbook.worksheets.getItem(name).getRange().getMergedAreasOrNullObject();
          areas.load("address");
          return areas;
        })
      : null;
    try {
      await sync();
    } catch (e) {
      if (!whole) throw e;
      whole = null;
      used = sizes();
      await sync();
    }
    const grids: Grid[] = names.map((sheet) => ({ file, sheet, rowCount: 0, colCount: 0, cells: [], merges: [] }));
    const origins = used.map((u) => (u.isNullObject ? null : parseRange(stripSheet(u.address))));

    // the largest bytes per cell seen so far: the next block is sized from it
    let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
    let observed = 0;
    const pending: Pending[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending.splice(0);
      pendingBytes = 0;
      await fetchBlocks(batch);
    };
    // The first guess can be short (long texts): a refused response is read again in halves.
    const fetchBlocks = async (batch: Pending[]): Promise<void> => {
      try {
        await sync();
      } catch (e) {
        if ((e as { code?: string })?.code !== "ResponsePayloadSizeLimitExceeded" || batch.every((p) => p.rows === 1)) throw e;
        for (const p of batch) {
          for (const half of halves(p)) {
            half.range = ctx.workbook.worksheets.getItem(names[half.index]).getRangeByIndexes(half.r0, half.c0, half.rows, half.cols);
            half.range.load(BLOCK_PROPERTIES);
            await fetchBlocks([half]);
          }
        }
        return;
      }
      for (const p of batch) {
        fillBlock(grids[p.index], p.range, { r0: p.r0, c0: p.c0 });
        // the largest figure measured so far (the first guess only until a block tells)
        observed = Math.max(observed, responseBytes(p.range) / (p.rows * p.cols));
        bytesPerCell = observed;
      }
    };
    for (let i = 0; i < names.length; i++) {
      const origin = origins[i];
      if (!origin) continue;
      const cols = origin.c1 - origin.c0 + 1;
      let row = origin.r0;
      while (row <= origin.r1) {
        const room = target - pendingBytes;
        let rows = Math.floor(Math.min(room, target) / (bytesPerCell * cols));
        if (rows < 1 && pending.length > 0) {
          await flush();
          continue;
        }
        rows = Math.max(1, Math.min(rows, origin.r1 - row + 1, Math.floor(MAX_BLOCK_CELLS / cols)));
        const range = ctx.workbook.worksheets.getItem(names[i]).getRangeByIndexes(row, origin.c0, rows, cols);
        range.load(BLOCK_PROPERTIES);
        pending.push({ index: i, range, r0: row, c0: origin.c0, rows, cols });
        pendingBytes += rows * cols * bytesPerCell;
        row += rows;
        // a block of a big sheet goes alone: its figure sizes the next one
        if (pendingBytes >= target * 0.5) await flush();
      }
    }
    await flush();

    const warnings: Localized[] = gone.map((sheet) => EXCEL.t("sheetGone", { sheet }));
    const merged: SheetMerges[] = whole
      ? whole.map((areas) => ({ merges: areas.isNullObject ? [] : parseAreas(areas.address) }))
      : await readMergedAreas(ctx, names, origins, caps(opts), sync, true);
    merged.forEach((m, i) => {
      grids[i].merges = m.merges;
      if (m.warning) warnings.push(m.warning);
    });
    return { grids, warnings, syncs };
  });
}

const BLOCK_PROPERTIES = "values,numberFormat,formulas,text,valueTypes,format/font/name";

function halves(p: Pending): Pending[] {
  if (p.rows === 1) return [p];
  const top = Math.ceil(p.rows / 2);
  return [
    { ...p, rows: top },
    { ...p, r0: p.r0 + top, rows: p.rows - top },
  ];
}

const caps = (opts: ReadOptions) => opts.caps ?? ALL_CAPABILITIES;

/** Reads sheets into Grids (warnings dropped: see readSheetsWithWarnings). */
export async function readSheets(ctx: XlContext, names: string[], opts: ReadOptions = {}): Promise<Grid[]> {
  return (await readSheetsWithWarnings(ctx, names, opts)).grids;
}

/** UTF-8 bytes of what Excel returned for a block (the JSON of its five grids). */
function responseBytes(range: XlRange): number {
  return utf8Length(JSON.stringify([range.values, range.numberFormat, range.formulas, range.text, range.valueTypes]));
}


/** Puts one block's cells into the grid; `origin` is the block's top-left cell in the sheet. */
function fillBlock(grid: Grid, range: XlRange, origin: { r0: number; c0: number }): void {
  const values = range.values;
  const formats = range.numberFormat;
  const formulas = range.formulas;
  const text = range.text;
  const types = range.valueTypes;
  // a font name for the whole range when it is uniform (null when mixed): it tells TCVN3 files
  const font = range.format.font.name || undefined;
  const rows = values.length;
  const cols = rows > 0 ? values[0].length : 0;
  grid.rowCount = Math.max(grid.rowCount, origin.r0 + rows);
  grid.colCount = Math.max(grid.colCount, origin.c0 + cols);
  for (let r = 0; r < rows; r++) {
    const row: (Cell | undefined)[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = toCell(values[r][c], formats[r][c], formulas[r][c], text[r][c], types[r][c]);
      if (cell && font) cell.font = font;
      row[origin.c0 + c] = cell;
    }
    grid.cells[origin.r0 + r] = row;
  }
}

function toCell(value: XlCellValue, format: unknown, formula: unknown, text: string, type: string): Cell | undefined {
  const z = typeof format === "string" && format !== "General" ? format : undefined;
  const f = typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula.slice(1) : undefined;
  let cell: Cell;
  if (type === "Empty" || value === "" || value === null || value === undefined) {
    if (!f) return undefined;
    cell = { t: "s", v: "" };
  } else if (type === "Error") cell = { t: "e", v: String(value) };
  else if (typeof value === "number") cell = { t: "n", v: value };
  else if (typeof value === "boolean") cell = { t: "b", v: value };
  else cell = { t: "s", v: String(value) };
  if (cell.t !== "s" && text !== undefined && text !== "") cell.w = text;
  if (z) cell.z = z;
  if (f) cell.f = f;
  return cell;
}

export { parseAreas, stripSheet };
