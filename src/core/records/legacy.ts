/**
 * Text typed in TCVN3 (ABC) or VNI: detected from a sample of the text and converted to Unicode
 * in place, before any table is looked for (headers typed in .VnTime are only recognisable once
 * decoded). The original file is never touched: only the Grids in memory.
 *
 * Detection runs per sheet, then per column: a clerk often pastes one old sheet (or one column
 * copied from an old file) into a Unicode workbook, and deciding once for the whole workbook
 * would leave that sheet unread, or convert Unicode sheets that are right as they are.
 */
import type { Grid } from "../grid";
import { colLetters } from "../grid";
import { decodeLegacy, detectLegacyEncoding, encodingOfEvidence, legacyEvidenceOf, type LegacyEncoding } from "../text/legacy";

export interface LegacyDecoding {
  encoding: LegacyEncoding;
  cells: number;
  sample: string;
  /**
   * where the legacy text was: the whole file (absent), one sheet, or one column of a sheet.
   * The issue and the ledger name it.
   */
  scope?: "sheet" | "column";
  sheet?: string;
  /** column letter, for scope "column" */
  column?: string;
}

// a sample is enough to tell: a legacy sheet is legacy throughout, and 3,000-row lists cost time
const SHEET_SAMPLE = 1500;
const COLUMN_SAMPLE = 200;
/** a column is judged alone only with enough text to tell */
const MIN_COLUMN_TEXTS = 3;

function sheetSample(grid: Grid): { texts: string[]; fonts: (string | undefined)[] } {
  const texts: string[] = [];
  const fonts: (string | undefined)[] = [];
  for (const row of grid.cells) {
    if (texts.length >= SHEET_SAMPLE) break;
    for (const cell of row ?? [])
      if (cell?.t === "s" && texts.length < SHEET_SAMPLE) {
        texts.push(String(cell.v));
        fonts.push(cell.font);
      }
  }
  return { texts, fonts };
}

/** Decode the cells of `grid` (one column when `col` is given); returns the count and a sample. */
function decodeCells(grid: Grid, encoding: LegacyEncoding, col?: number): { cells: number; sample: string } {
  let cells = 0;
  let sample = "";
  for (const row of grid.cells) {
    if (!row) continue;
    const from = col ?? 0;
    const to = col ?? row.length - 1;
    for (let c = from; c <= to; c++) {
      const cell = row[c];
      if (cell?.t !== "s") continue;
      const before = String(cell.v);
      const after = decodeLegacy(before, encoding, cell.font);
      if (after !== before) {
        if (!sample && /\P{ASCII}/u.test(before) && before.length < 60) sample = `"${before}" → "${after}"`;
        cell.v = after;
        if (cell.w !== undefined) cell.w = after;
        cells++;
      }
    }
  }
  return { cells, sample };
}

/** The columns of a Unicode sheet that hold legacy text (a column pasted from an old file). */
function legacyColumns(grid: Grid): { col: number; encoding: LegacyEncoding }[] {
  const byCol = new Map<number, { texts: string[]; fonts: (string | undefined)[] }>();
  for (const row of grid.cells)
    for (let c = 0; c < (row?.length ?? 0); c++) {
      const cell = row[c];
      if (cell?.t !== "s") continue;
      const s = byCol.get(c) ?? { texts: [], fonts: [] };
      if (s.texts.length >= COLUMN_SAMPLE) continue;
      s.texts.push(String(cell.v));
      s.fonts.push(cell.font);
      byCol.set(c, s);
    }
  const out: { col: number; encoding: LegacyEncoding }[] = [];
  for (const [col, s] of byCol) {
    if (s.texts.length < MIN_COLUMN_TEXTS) continue;
    const encoding = detectLegacyEncoding(s.texts, s.fonts);
    if (encoding) out.push({ col, encoding });
  }
  return out.sort((a, b) => a.col - b.col);
}

/**
 * Convert legacy text to Unicode, in place; returns what was done: one entry for the whole file
 * when every sheet with text is legacy, else one per legacy sheet and per legacy column.
 */
export function decodeLegacyTexts(grids: Grid[]): LegacyDecoding[] {
  const perSheet = grids.map((grid) => {
    const { texts, fonts } = sheetSample(grid);
    const evidence = legacyEvidenceOf(texts, fonts);
    // a column can hold legacy text only when a few words of the sheet read better decoded (one
    // such word happens in Unicode text: "Hoà"); below that the column pass is not worth its time
    return { grid, hasText: texts.length > 0, encoding: encodingOfEvidence(evidence), someLegacy: evidence.tcvn3 + evidence.vni >= MIN_COLUMN_TEXTS };
  });
  const withText = perSheet.filter((s) => s.hasText);
  const legacySheets = withText.filter((s) => s.encoding);
  if (legacySheets.length && legacySheets.length === withText.length && new Set(legacySheets.map((s) => s.encoding)).size === 1) {
    const encoding = legacySheets[0].encoding!;
    let cells = 0;
    let sample = "";
    for (const { grid } of legacySheets) {
      const r = decodeCells(grid, encoding);
      cells += r.cells;
      sample ||= r.sample;
    }
    return [{ encoding, cells, sample }];
  }
  const out: LegacyDecoding[] = [];
  for (const s of perSheet) {
    if (!s.hasText) continue;
    if (s.encoding) {
      out.push({ encoding: s.encoding, ...decodeCells(s.grid, s.encoding), scope: "sheet", sheet: s.grid.sheet });
      continue;
    }
    if (!s.someLegacy) continue;
    for (const { col, encoding } of legacyColumns(s.grid))
      out.push({ encoding, ...decodeCells(s.grid, encoding, col), scope: "column", sheet: s.grid.sheet, column: colLetters(col) });
  }
  return out.filter((d) => d.cells > 0);
}
