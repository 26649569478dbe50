/**
 * The Excel gateway: the ONLY module that talks to office-js.
 *
 * Every function takes the request context as a parameter (the pane passes the one `Excel.run`
 * gives it; tests pass the double from test/excel/excelDouble.ts), queues many commands and calls
 * `context.sync()` as few times as the data allow, as Microsoft's performance guidance asks:
 *  - listSheets: 2 syncs (names, then marks); in a workbook holding the units' data sheet, the
 *    same second sync also loads that sheet's first rows and each sheet's title cells, plus 1 sync
 *    per further 80 rows of data (a CLI-made report's sheets are known only from that data);
 *  - readSheets: 1 sync for sizes and merged areas, then 1 sync per batch of cells (1 batch unless
 *    the sheets are huge), so 2 syncs for any number of ordinary sheets;
 *  - writeReport: 2 syncs to learn which sheets exist and which the add-in made (as listSheets), 1 per chunk of
 *    values (each chunk kept under Excel on the web's 5 MB request limit), 1 to finish the layout;
 *  - writeReportData: 1–2 syncs to find an earlier data sheet, then 1 per chunk (the first also
 *    replaces the sheet);
 *  - readReportData: 2 syncs (more only when the data passes one response's budget).
 *
 * Office errors are never swallowed: each is wrapped with the operation's name, in Vietnamese and
 * English, and rethrown as an ExcelOperationError.
 */
import { parseRange, type Cell, type Grid, type Range } from "../core/grid";
import type { Localized } from "../core/model";
import type { ColumnFormat, ReportCell, ReportModel, ReportSheet, ReportTable } from "../core/report";
import type { ReportData, ReportSheetMark } from "../core/submissions/contributions";
import { isRecordedReportSheet, REPORT_SHEET_TOP_CELLS, reportDataFromCells, reportSheetMark } from "../core/submissions/dataSheet";
import type { XlContext, XlCustomProperty, XlRange, XlRangeAreas, XlWorksheet } from "./excelApi";

export type { XlContext } from "./excelApi";

// ---------------------------------------------------------------------------------------------
// Errors

export class ExcelOperationError extends Error {
  constructor(
    readonly operation: string,
    readonly localized: Localized,
    /** office-js error code ("ItemNotFound", "RequestPayloadSizeLimitExceeded"), when known */
    readonly code: string | undefined,
    override readonly cause?: unknown,
  ) {
    super(localized.en);
    this.name = "ExcelOperationError";
  }
}

const OPERATION_NAMES: Record<string, Localized> = {
  listSheets: { vi: "đọc danh sách sheet", en: "listing the sheets" },
  readSheets: { vi: "đọc dữ liệu các sheet", en: "reading the sheets" },
  writeReport: { vi: "ghi sheet tổng hợp", en: "writing the report sheet" },
  selectCell: { vi: "chọn ô", en: "selecting the cell" },
  activateSheet: { vi: "mở sheet", en: "opening the sheet" },
  writeReportData: { vi: "ghi dữ liệu các đơn vị vào sổ làm việc", en: "writing the units' data into the workbook" },
  readReportData: { vi: "đọc dữ liệu các đơn vị trong sổ làm việc", en: "reading the units' data in the workbook" },
};

async function wrap<T>(operation: keyof typeof OPERATION_NAMES, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ExcelOperationError) throw e;
    const code = (e as { code?: string })?.code;
    const detail = (e as { message?: string })?.message ?? String(e);
    const op = OPERATION_NAMES[operation];
    throw new ExcelOperationError(
      operation,
      {
        vi: `Excel báo lỗi khi ${op.vi}: ${detail}${code ? ` (${code})` : ""}`,
        en: `Excel reported an error while ${op.en}: ${detail}${code ? ` (${code})` : ""}`,
      },
      code,
      e,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Requirements

export interface RequirementCheck {
  /** false only when Office says a needed set is missing */
  ok: boolean;
  /** false outside Office (plain browser, tests): nothing could be checked */
  checked: boolean;
  missing: string[];
  message?: Localized;
}

/** The API sets the gateway uses; 1.13 brings getMergedAreasOrNullObject. */
export const REQUIRED_SETS: [string, string][] = [["ExcelApi", "1.13"]];

export function checkRequirements(office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office): RequirementCheck {
  const requirements = office?.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") {
    return { ok: true, checked: false, missing: [] };
  }
  const missing = REQUIRED_SETS.filter(([set, version]) => !requirements.isSetSupported(set, version)).map(([s, v]) => `${s} ${v}`);
  if (missing.length === 0) return { ok: true, checked: true, missing };
  return {
    ok: false,
    checked: true,
    missing,
    message: {
      vi: `Phiên bản Excel này quá cũ (thiếu ${missing.join(", ")}). Hãy dùng Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web.`,
      en: `This version of Excel is too old (missing ${missing.join(", ")}). Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web.`,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

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
 * only be asked for once the sheets are known; see ownSheets).
 */
export function listSheets(ctx: XlContext): Promise<WorkbookSheets> {
  return wrap("listSheets", async () => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    ctx.workbook.load("name");
    await ctx.sync();
    const own = await ownSheets(sheets.items, async () => void (await ctx.sync()));
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
      // A user's sheet that merely has its name is listed as usual.
      sheets: all.filter((s) => !(isDataSheetName(s.name) && (s.createdByAddin || s.visibility === "VeryHidden"))),
    };
  });
}

interface OwnSheets {
  /** per sheet of the list given: the add-in wrote it (a report sheet or the data sheet) */
  created: boolean[];
  /** the units' data the workbook holds, when its data sheet is the add-in's and readable */
  data: ReportData | null;
}

/**
 * Which sheets the add-in wrote. Two kinds of proof:
 *  - the worksheet custom property tdkt=report, which the pane puts on every sheet it writes;
 *  - for a report made by the CLI (exceljs cannot set that property), the list of report sheets
 *    kept in the workbook's own data sheet (ReportData.reportSheets). A sheet on that list counts
 *    only when it carries no tdkt mark of another value, is not the data sheet, and its first cells
 *    of column A (title, period line) are still the ones written: a user's sheet that happens to be
 *    called "Tổng hợp" starts otherwise, so it stays the user's — listed as a source, and never
 *    replaced (a new report goes beside it, "Tổng hợp (2)"). When the cells were edited, the tool's
 *    own sheet is also taken for the user's: the safe side.
 * One sync (the caller's names and visibility already loaded); more only to read a long data sheet.
 * A data sheet that does not parse (another format version, damaged JSON) proves nothing: only the
 * marks count then, and readReportData reports the problem when the pane asks for the data.
 */
async function ownSheets(items: XlWorksheet[], sync: () => Promise<void>): Promise<OwnSheets> {
  const marks = items.map((s) => {
    const mark = s.customProperties.getItemOrNullObject(CREATED_MARK.key);
    mark.load("value");
    return mark;
  });
  const probe = probeDataSheet(items);
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
  if (probe) {
    const cells = await dataSheetCellsOf(probe, sync);
    try {
      data = cells ? reportDataFromCells(cells) : null;
    } catch {
      data = null;
    }
  }
  const created = items.map((s, i) => {
    const mark = marks[i];
    if (!mark.isNullObject) return mark.value === CREATED_MARK.value;
    if (!data || s === probe?.sheet) return false;
    return isRecordedReportSheet(data, s.name, tops[i].values.map((row) => row[0]));
  });
  return { created, data };
}

export interface ReadOptions {
  /** the `file` written into each Grid (the workbook's name) */
  file?: string;
  /**
   * Budget of cells per values batch. Excel on the web limits each response to 5 MB; values,
   * formats, formulas, text and types of one cell cost ~100 bytes of JSON, so 30,000 cells stay
   * well under it.
   */
  maxCellsPerBatch?: number;
}

interface SheetProbe {
  name: string;
  used: XlRange;
  merged: XlRangeAreas;
}

/**
 * Reads sheets into Grids. Sync 1 learns every sheet's used range and merged areas; sync 2 loads
 * the cells of all of them (more syncs only when their cells exceed one response's budget).
 */
export function readSheets(ctx: XlContext, names: string[], opts: ReadOptions = {}): Promise<Grid[]> {
  return wrap("readSheets", async () => {
    const file = opts.file ?? "Workbook";
    const budget = opts.maxCellsPerBatch ?? 30_000;
    const probes: SheetProbe[] = names.map((name) => {
      const sheet = ctx.workbook.worksheets.getItem(name);
      const used = sheet.getUsedRangeOrNullObject(false);
      used.load("address,rowCount,columnCount");
      // merged areas of the whole sheet: independent of the used range, so no second round trip
      const merged = sheet.getRange().getMergedAreasOrNullObject();
      merged.load("address");
      return { name, used, merged };
    });
    await ctx.sync();

    // Batch the cell loads by cell count so that no response can pass the payload limit.
    const grids: Grid[] = probes.map((p) => ({ file, sheet: p.name, rowCount: 0, colCount: 0, cells: [], merges: [] }));
    const pending: { index: number; range: XlRange; origin: Range }[] = [];
    let batchCells = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      await ctx.sync();
      for (const item of pending) fillGrid(grids[item.index], item.range, item.origin);
      pending.length = 0;
      batchCells = 0;
    };
    for (let i = 0; i < probes.length; i++) {
      const p = probes[i];
      if (!p.merged.isNullObject) grids[i].merges = parseAreas(p.merged.address);
      if (p.used.isNullObject) continue;
      const origin = parseRange(stripSheet(p.used.address));
      if (!origin) continue;
      const cells = p.used.rowCount * p.used.columnCount;
      if (batchCells > 0 && batchCells + cells > budget) await flush();
      const range = ctx.workbook.worksheets.getItem(p.name).getRange(stripSheet(p.used.address));
      range.load("values,numberFormat,formulas,text,valueTypes,format/font/name");
      pending.push({ index: i, range, origin });
      batchCells += cells;
    }
    await flush();
    return grids;
  });
}

/** "'Tổng hợp'!B2:F9" -> "B2:F9" (also for "Sheet1!A1" and plain "A1"). */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** "Sheet1!A1:B2,Sheet1!D4:E5" -> ranges. Sheet names may hold commas, so split on "!" first. */
export function parseAreas(address: string): Range[] {
  const refs = address.match(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?=,|$)/g) ?? [];
  return refs.map((r) => parseRange(r.replace(/\$/g, ""))).filter((r): r is Range => r !== null);
}

function fillGrid(grid: Grid, range: XlRange, origin: Range): void {
  const values = range.values;
  const formats = range.numberFormat;
  const formulas = range.formulas;
  const text = range.text;
  const types = range.valueTypes;
  // a font name for the whole range when it is uniform (null when mixed): it tells TCVN3 files
  const font = range.format.font.name || undefined;
  const rows = values.length;
  const cols = rows > 0 ? values[0].length : 0;
  grid.rowCount = origin.r0 + rows;
  grid.colCount = origin.c0 + cols;
  grid.cells = [];
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

function toCell(value: unknown, format: unknown, formula: unknown, text: string, type: string): Cell | undefined {
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

// ---------------------------------------------------------------------------------------------
// Writing

/** The worksheet custom property that marks a sheet the add-in created. */
export const CREATED_MARK = { key: "tdkt", value: "report" } as const;

export interface WriteOptions {
  /** JSON bytes per chunk of values; Excel on the web refuses requests over 5 MB */
  maxChunkBytes?: number;
  /** called after each chunk: done and total cells, for a progress bar */
  onProgress?: (done: number, total: number) => void;
}

export interface WriteResult {
  /** the names the report sheets got, in order */
  sheets: string[];
  /** the add-in's earlier sheets that were replaced */
  replaced: string[];
  /** the sheets written, with their first cells: for the data sheet's ReportData.reportSheets */
  reportSheets: ReportSheetMark[];
  syncs: number;
  chunks: number;
}

const FONT = { name: "Times New Roman", size: 13 };
const EXCEL_FORMATS: Record<ColumnFormat, string> = {
  text: "@",
  "#,##0": "#,##0",
  "#,##0.0": "#,##0.0",
  "#,##0.###": "#,##0.###",
  "0.0%": "0.0%",
  "dd/mm/yyyy": "dd/mm/yyyy",
};
/** points per character of width at Times New Roman 13 */
const POINTS_PER_CHAR = 7;

/** One rectangle of cells written with a single `range.values` (and numberFormat) assignment. */
interface Block {
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
}

interface Style {
  merges: Range[];
  bold: Range[];
  italic: Range[];
  bordered: Range[];
  centered: Range[];
  widths: number[];
  freezeRows?: number;
  lastRow: number;
  lastCol: number;
}

interface SheetPlan {
  name: string;
  blocks: Block[];
  style: Style;
}

/** Lays a ReportSheet out as blocks and styling, top to bottom; pure, so it is tested alone. */
export function planSheet(sheet: ReportSheet): SheetPlan {
  const width = Math.max(1, ...sheet.tables.map((t) => t.formats.length || t.header[0]?.length || 1));
  const blocks: Block[] = [];
  const style: Style = { merges: [], bold: [], italic: [], bordered: [], centered: [], widths: [], lastRow: 0, lastCol: width - 1 };
  let row = 0;
  if (sheet.title.length > 0) {
    blocks.push({ row, col: 0, values: sheet.title.map((t) => [t]), formats: sheet.title.map(() => ["@"]) });
    sheet.title.forEach((_, i) => {
      if (width > 1) style.merges.push({ r0: row + i, c0: 0, r1: row + i, c1: width - 1 });
    });
    style.bold.push({ r0: row, c0: 0, r1: row + sheet.title.length - 1, c1: width - 1 });
    style.centered.push({ r0: row, c0: 0, r1: row + sheet.title.length - 1, c1: width - 1 });
    row += sheet.title.length + 1;
  }
  for (const table of sheet.tables) {
    row = planTable(table, row, blocks, style, width) + 1;
  }
  if (sheet.tables.length === 1) {
    const t = sheet.tables[0];
    style.freezeRows = (sheet.title.length > 0 ? sheet.title.length + 1 : 0) + (t.title ? 1 : 0) + t.header.length;
  }
  style.lastRow = Math.max(0, row - 2);
  return { name: sheet.name, blocks, style };
}

function planTable(table: ReportTable, start: number, blocks: Block[], style: Style, sheetWidth: number): number {
  const own = Math.max(table.formats.length, ...table.header.map((h) => h.length), ...table.rows.map((r) => r.length), 1);
  // a one-column table (the report's sentences) spans the sheet: merged across, wrapped, and it
  // does not widen column A for the whole sheet (the .xlsx writer does the same)
  const spans = own === 1 && sheetWidth > 1;
  const cols = spans ? sheetWidth : own;
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  let row = start;
  if (table.title) {
    values.push(padRow([table.title], cols));
    formats.push(Array(cols).fill("@"));
    if (cols > 1) style.merges.push({ r0: row, c0: 0, r1: row, c1: cols - 1 });
    style.bold.push({ r0: row, c0: 0, r1: row, c1: cols - 1 });
    row++;
  }
  const headerTop = row;
  for (const h of table.header) {
    values.push(padRow(h.map((v) => v ?? ""), cols));
    formats.push(Array(cols).fill("@"));
  }
  style.merges.push(...headerMerges(table.header, headerTop));
  if (table.header.length > 0) {
    const hr = { r0: headerTop, c0: 0, r1: headerTop + table.header.length - 1, c1: cols - 1 };
    style.bold.push(hr);
    style.centered.push(hr);
  }
  row += table.header.length;
  const bodyTop = row;
  for (const r of table.rows) {
    const line: (string | number)[] = [];
    const fmt: string[] = [];
    for (let c = 0; c < cols; c++) {
      const v = r[c];
      line.push(v === null || v === undefined ? "" : v);
      fmt.push(cellFormat(v, table.formats[c]));
    }
    values.push(line);
    formats.push(fmt);
  }
  for (const b of table.boldRows ?? []) style.bold.push({ r0: bodyTop + b, c0: 0, r1: bodyTop + b, c1: cols - 1 });
  if (spans) {
    for (let i = 0; i < table.header.length + table.rows.length; i++) style.merges.push({ r0: headerTop + i, c0: 0, r1: headerTop + i, c1: cols - 1 });
  }
  row += table.rows.length;
  if (headerTop < row) style.bordered.push({ r0: headerTop, c0: 0, r1: row - 1, c1: cols - 1 });
  if (table.note) {
    values.push(padRow([table.note], cols));
    formats.push(Array(cols).fill("@"));
    style.italic.push({ r0: row, c0: 0, r1: row, c1: 0 });
    row++;
  }
  blocks.push({ row: start, col: 0, values, formats });
  if (!spans) table.widths.forEach((w, c) => (style.widths[c] = Math.max(style.widths[c] ?? 0, w)));
  style.lastCol = Math.max(style.lastCol, cols - 1);
  return row;
}

/**
 * Every text is written under the "@" (Text) format, so Excel keeps "=HYPERLINK(...)", "+84...",
 * "- Trồng lúa" and "0123" exactly as typed: the format is set before the values, and Excel only
 * parses a value as a formula or number when the cell's format is not Text.
 */
function cellFormat(v: ReportCell | undefined, column: ColumnFormat | undefined): string {
  if (typeof v === "string") return "@";
  if (!column || column === "text") return "General";
  return EXCEL_FORMATS[column];
}

function padRow<T>(row: T[], cols: number): (T | string)[] {
  const out: (T | string)[] = row.slice(0, cols);
  while (out.length < cols) out.push("");
  return out;
}

/**
 * Header merges: a null continues the merge of the cell to its left; in a two-row header an empty
 * second-row cell under a cell that is not merged across merges down ("STT" over two rows).
 */
export function headerMerges(header: (string | null)[][], top: number): Range[] {
  const merges: Range[] = [];
  const across = header.map(() => new Set<number>());
  header.forEach((line, r) => {
    for (let c = 0; c < line.length; c++) {
      if (line[c] === null) continue;
      let end = c;
      while (end + 1 < line.length && line[end + 1] === null) end++;
      if (end > c) {
        merges.push({ r0: top + r, c0: c, r1: top + r, c1: end });
        for (let k = c; k <= end; k++) across[r].add(k);
      }
    }
  });
  if (header.length === 2) {
    const [first, second] = header;
    for (let c = 0; c < first.length; c++) {
      if (first[c] !== null && first[c] !== "" && !across[0].has(c) && (second[c] === "" || second[c] === undefined)) {
        merges.push({ r0: top, c0: c, r1: top + 1, c1: c });
      }
    }
  }
  return merges;
}

/** Excel's sheet name rules: 1–31 characters, none of []:*?/\, no apostrophe at either end. */
export function cleanSheetName(name: string): string {
  const cleaned = name.normalize("NFC").replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Tổng hợp").slice(0, 31);
}

/** "Tổng hợp", then "Tổng hợp (2)", "Tổng hợp (3)"…, each ≤ 31 characters, unique ignoring case. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = cleanSheetName(wanted);
  const key = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");
  if (!taken.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(key(candidate))) return candidate;
  }
}

const nameKey = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");

/** A rectangle of a block, split by rows into pieces that fit the byte budget. */
interface Piece {
  sheetIndex: number;
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
  bytes: number;
}

function splitBlocks(plans: SheetPlan[], maxBytes: number): Piece[][] {
  const chunks: Piece[][] = [];
  let current: Piece[] = [];
  let currentBytes = 0;
  const push = (p: Piece) => {
    if (currentBytes > 0 && currentBytes + p.bytes > maxBytes) {
      chunks.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(p);
    currentBytes += p.bytes;
  };
  plans.forEach((plan, sheetIndex) => {
    for (const block of plan.blocks) {
      let start = 0;
      while (start < block.values.length) {
        // grow the piece row by row until the next row would pass the budget
        let bytes = 200;
        let end = start;
        const room = maxBytes - currentBytes > 1000 ? maxBytes - currentBytes : maxBytes;
        while (end < block.values.length) {
          const rowBytes = JSON.stringify(block.values[end]).length + JSON.stringify(block.formats[end]).length + 2;
          if (end > start && bytes + rowBytes > room) break;
          bytes += rowBytes;
          end++;
        }
        push({
          sheetIndex,
          row: block.row + start,
          col: block.col,
          values: block.values.slice(start, end),
          formats: block.formats.slice(start, end),
          bytes,
        });
        start = end;
      }
    }
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Writes each ReportSheet into a new worksheet. The add-in's own earlier sheets of the same names
 * (marked with the custom property tdkt=report, or — a CLI-made report — listed in the workbook's
 * data with their title cells unchanged; see ownSheets) are replaced; a user's sheet is never
 * touched: the new sheet then gets the next free name ("Tổng hợp (2)"). The result's reportSheets
 * are what the data sheet written next should record.
 */
export function writeReport(ctx: XlContext, report: ReportModel, opts: WriteOptions = {}): Promise<WriteResult> {
  return wrap("writeReport", async () => {
    const maxBytes = opts.maxChunkBytes ?? 3_000_000;
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await ctx.sync();
    };
    const plans = report.sheets.map(planSheet);

    // Sync 1: which sheets exist.
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await sync();
    const existing = sheets.items.map((s) => ({ name: s.name, sheet: s }));

    // Sync 2: which of them the add-in created (marked, or recorded by a CLI-made report's data).
    const own = await ownSheets(sheets.items, sync);
    // the data sheet is never a report sheet to replace (writeReportData rewrites it)
    const ours = existing.filter((e, i) => own.created[i] && !isDataSheetName(e.name));
    const bases = new Set(plans.map((p) => nameKey(cleanSheetName(p.name))));
    const toReplace = ours.filter((o) => bases.has(nameKey(o.name.replace(/ \(\d+\)$/, ""))));
    const replacedKeys = new Set(toReplace.map((o) => nameKey(o.name)));
    const taken = new Set(existing.map((e) => nameKey(e.name)).filter((k) => !replacedKeys.has(k)));
    const names = plans.map((p) => {
      const n = uniqueSheetName(p.name, taken);
      taken.add(nameKey(n));
      return n;
    });

    const chunks = splitBlocks(plans, maxBytes);
    const total = chunks.reduce((n, c) => n + c.reduce((m, p) => m + p.values.length * (p.values[0]?.length ?? 0), 0), 0);
    let done = 0;

    // Chunk syncs. The first also creates the sheets: added under temporary names (so the old
    // sheets can go even when they are the last ones), the old ones deleted, then renamed.
    let created: XlWorksheet[] = [];
    for (let i = 0; i < Math.max(1, chunks.length); i++) {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (i === 0) {
        ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
        const tempTaken = new Set([...taken, ...replacedKeys]);
        created = names.map(() => {
          const temp = uniqueSheetName("tdkt-tmp", tempTaken);
          tempTaken.add(nameKey(temp));
          return sheets.add(temp);
        });
        for (const old of toReplace) old.sheet.delete();
        created.forEach((s, k) => {
          s.name = names[k];
          s.customProperties.add(CREATED_MARK.key, CREATED_MARK.value);
        });
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

    // Last sync: layout.
    ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    plans.forEach((plan, k) => layoutSheet(created[k], plan.style));
    if (created.length > 0) created[0].activate();
    await sync();
    return {
      sheets: names,
      replaced: toReplace.map((o) => o.name),
      reportSheets: plans.map((plan, k) => reportSheetMark(names[k], topCellsOf(plan))),
      syncs,
      chunks: chunks.length,
    };
  });
}

/** The first cells of column A as the plan writes them ("" where it writes nothing). */
function topCellsOf(plan: SheetPlan): (string | number)[] {
  return Array.from({ length: REPORT_SHEET_TOP_CELLS }, (_, r) => {
    const block = plan.blocks.find((b) => b.col === 0 && b.row <= r && r < b.row + b.values.length);
    return block ? block.values[r - block.row][0] : "";
  });
}

function rangeOf(sheet: XlWorksheet, r: Range): XlRange {
  return sheet.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

function layoutSheet(sheet: XlWorksheet, style: Style): void {
  const all = rangeOf(sheet, { r0: 0, c0: 0, r1: style.lastRow, c1: style.lastCol });
  all.format.font.name = FONT.name;
  all.format.font.size = FONT.size;
  all.format.verticalAlignment = "Center";
  for (const r of style.bold) rangeOf(sheet, r).format.font.bold = true;
  for (const r of style.italic) rangeOf(sheet, r).format.font.italic = true;
  for (const r of style.centered) {
    const range = rangeOf(sheet, r);
    range.format.horizontalAlignment = "Center";
    range.format.wrapText = true;
  }
  for (const r of style.merges) rangeOf(sheet, r).merge(false);
  for (const r of style.bordered) {
    const borders = rangeOf(sheet, r).format.borders;
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const) {
      borders.getItem(edge).style = "Continuous";
    }
  }
  style.widths.forEach((w, c) => {
    if (w > 0) rangeOf(sheet, { r0: 0, c0: c, r1: 0, c1: c }).format.columnWidth = w * POINTS_PER_CHAR;
  });
  if (style.freezeRows) sheet.freezePanes.freezeRows(style.freezeRows);
  sheet.pageLayout.orientation = "Portrait";
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

// ---------------------------------------------------------------------------------------------
// The units' data (the very hidden sheet "_tdkt_data")
//
// The report workbook remembers each unit's contribution, so that a unit's resubmitted file can
// replace its part days later, without the other files. The gateway stores and returns column A
// of that sheet as text cells; what they mean (marker, chunk count, JSON chunks) is
// src/core/submissions/dataSheet.ts, the same layout as the CLI's src/files/reportData.ts. Only the
// second cell's meaning is used here: how many cells follow it, to know how far to read.

/** The data sheet's name (src/core/records/readFile.ts REPORT_DATA_SHEET; a test keeps them equal). */
export const DATA_SHEET_NAME = "_tdkt_data";

/** A1 of a data sheet starts with it (src/core/submissions/dataSheet.ts DATA_SHEET_MARKER). */
const DATA_MARKER = "tdkt-report-data";

function isDataSheetName(name: string): boolean {
  return nameKey(name) === nameKey(DATA_SHEET_NAME);
}

/**
 * Whether a sheet named "_tdkt_data" is the add-in's: marked by the pane (tdkt=report), or very
 * hidden with the data marker in A1, as a CLI-made report opened in Excel has it. Anything else
 * is a user's sheet and is never overwritten.
 */
function isOwnDataSheet(mark: XlCustomProperty, visibility: string, a1: unknown): boolean {
  if (!mark.isNullObject && mark.value === CREATED_MARK.value) return true;
  return visibility === "VeryHidden" && typeof a1 === "string" && a1.startsWith(DATA_MARKER);
}

/** Bytes a string costs in a JSON request: escapes and UTF-8 (Vietnamese letters take 2–3 bytes). */
function jsonBytes(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) extra += 2;
  return JSON.stringify(text).length + extra;
}

export interface DataWriteOptions {
  /** request bytes per sync for the values (and their "@" formats); Excel on the web refuses over 5 MB */
  maxChunkBytes?: number;
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
    const maxBytes = opts.maxChunkBytes ?? 3_000_000;
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await ctx.sync();
    };
    // Sync 1: is there a sheet of that name? Sync 2 (only then): is it ours?
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await sync();
    const old = sheets.items.find((s) => isDataSheetName(s.name));
    if (old) {
      const mark = old.customProperties.getItemOrNullObject(CREATED_MARK.key);
      mark.load("value");
      const a1 = old.getRangeByIndexes(0, 0, 1, 1);
      a1.load("values");
      await sync();
      if (!isOwnDataSheet(mark, String(old.visibility), a1.values[0][0])) {
        throw new ExcelOperationError(
          "writeReportData",
          {
            vi: `Sổ làm việc đã có sheet “${old.name}” không do tiện ích tạo, nên dữ liệu các đơn vị không được ghi (sheet đó được giữ nguyên). Hãy đổi tên sheet đó rồi bấm Tổng hợp lại.`,
            en: `The workbook already has a sheet “${old.name}” that the add-in did not make, so the units' data was not written (that sheet is left as it is). Rename it, then run Tổng hợp again.`,
          },
          "DataSheetNameTaken",
        );
      }
    }
    // Rows grouped so that each sync's request stays under the budget.
    const chunks: { row: number; cells: string[] }[] = [];
    let current: { row: number; cells: string[] } | null = null;
    let bytes = 0;
    cells.forEach((cell, row) => {
      const b = jsonBytes(cell) + 12; // the value, its "@" and the brackets
      if (!current || (current.cells.length > 0 && bytes + b > maxBytes)) {
        current = { row, cells: [] };
        chunks.push(current);
        bytes = 200;
      }
      current.cells.push(cell);
      bytes += b;
    });
    let sheet: XlWorksheet | undefined;
    for (let i = 0; i < Math.max(1, chunks.length); i++) {
      if (i === 0) {
        // commands run in order: the old sheet goes before the new one takes its name
        old?.delete();
        sheet = sheets.add(DATA_SHEET_NAME);
        sheet.customProperties.add(CREATED_MARK.key, CREATED_MARK.value);
        // very hidden: not in Excel's Unhide list, so nobody edits it by accident
        sheet.visibility = "VeryHidden";
      }
      const chunk = chunks[i];
      if (chunk) {
        const range = sheet!.getRangeByIndexes(chunk.row, 0, chunk.cells.length, 1);
        // Text format before the values: a chunk starting with "=", "-" or digits stays as written
        range.numberFormat = chunk.cells.map(() => ["@"]);
        range.values = chunk.cells.map((c) => [c]);
      }
      await sync();
    }
    return { replaced: old !== undefined, syncs, chunks: chunks.length };
  });
}

export interface DataReadOptions {
  /** rows of column A loaded per sync; 80 cells of ≤ 30,000 characters stay under the 5 MB response limit */
  maxRowsPerSync?: number;
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
    const probe = probeDataSheet(sheets.items, opts.maxRowsPerSync);
    if (!probe) return null;
    await ctx.sync();
    return dataSheetCellsOf(probe, async () => void (await ctx.sync()));
  });
}

/** The loads queued for a workbook's data sheet: its mark and first rows; null when it has none. */
interface DataSheetProbe {
  sheet: XlWorksheet;
  mark: XlCustomProperty;
  first: XlRange;
  batch: number;
}

/** Queues the loads that tell whether the data sheet is the add-in's (the caller syncs). */
function probeDataSheet(items: XlWorksheet[], maxRowsPerSync?: number): DataSheetProbe | null {
  const batch = Math.max(2, maxRowsPerSync ?? 80);
  const sheet = items.find((s) => isDataSheetName(s.name));
  if (!sheet) return null;
  const mark = sheet.customProperties.getItemOrNullObject(CREATED_MARK.key);
  mark.load("value");
  const first = sheet.getRangeByIndexes(0, 0, batch, 1);
  first.load("values");
  return { sheet, mark, first, batch };
}

/** After the probe's sync: column A of the add-in's data sheet (1 more sync per further batch), or null for a user's sheet. */
async function dataSheetCellsOf(probe: DataSheetProbe, sync: () => Promise<void>): Promise<string[] | null> {
  const { sheet, mark, first, batch } = probe;
  if (!isOwnDataSheet(mark, String(sheet.visibility), first.values[0][0])) return null;
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
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

// ---------------------------------------------------------------------------------------------
// The host: Office.onReady, Excel.run, display language and theme (all guarded, so the pane also
// runs in a plain browser, where office.js resolves onReady with host null and Excel is undefined)

/** Runs a batch against the workbook, as `Excel.run` does. */
export type ExcelRunner = <T>(batch: (ctx: XlContext) => Promise<T>) => Promise<T>;

/** `Excel.run`, or null outside Excel. */
export function excelRunner(): ExcelRunner | null {
  const excel = (globalThis as { Excel?: { run?: (batch: (ctx: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> } }).Excel;
  if (!excel || typeof excel.run !== "function") return null;
  const run = excel.run.bind(excel);
  return <T>(batch: (ctx: XlContext) => Promise<T>) => run((ctx) => batch(ctx)) as Promise<T>;
}

export interface OfficeEnvironment {
  /** "vi-VN", "en-US"; undefined outside Office */
  displayLanguage?: string;
  isDarkTheme: boolean;
  /** Office.onReady's host ("Excel"), null in a plain browser */
  host: string | null;
}

/** Waits for office.js (when it is on the page) and reports the language, theme and host. */
export async function officeReady(): Promise<OfficeEnvironment> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  let host: string | null = null;
  if (office && typeof office.onReady === "function") {
    const info = await office.onReady();
    host = info?.host ? String(info.host) : null;
  }
  const context = office?.context;
  let isDarkTheme = false;
  try {
    isDarkTheme = Boolean(context?.officeTheme?.isDarkTheme);
  } catch {
    // officeTheme throws on hosts that lack it; light is the safe default
  }
  return { displayLanguage: context?.displayLanguage, isDarkTheme, host };
}

// ---------------------------------------------------------------------------------------------
// Navigation

/** Activates the sheet and selects the cell (an issue's place). */
export function selectCell(ctx: XlContext, sheet: string, address: string): Promise<void> {
  return wrap("selectCell", async () => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(stripSheet(address)).select();
    await ctx.sync();
  });
}

/** Activates a sheet (the report sheet just written). */
export function activateSheet(ctx: XlContext, sheet: string): Promise<void> {
  return wrap("activateSheet", async () => {
    ctx.workbook.worksheets.getItem(sheet).activate();
    await ctx.sync();
  });
}
