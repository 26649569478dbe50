/**
 * Files typed in TCVN3 (ABC) or VNI: detected from a sample of their text and converted to
 * Unicode in place, before any table is looked for (headers typed in .VnTime are only
 * recognisable once decoded). The original file is never touched: only the Grids in memory.
 */
import type { Grid } from "../grid";
import { decodeLegacy, detectLegacyEncoding } from "../text/legacy";

export interface LegacyDecoding {
  encoding: "tcvn3" | "vni";
  cells: number;
  sample: string;
}

/** Convert a file typed in TCVN3/VNI to Unicode, in place; returns what was done. */
export function decodeLegacyText(grids: Grid[]): LegacyDecoding | null {
  const texts: string[] = [];
  const fonts: (string | undefined)[] = [];
  // a sample is enough to tell: a legacy file is legacy throughout, and 3,000 long lists cost time
  const SAMPLE = 3000;
  for (const g of grids)
    for (const row of g.cells) {
      if (texts.length >= SAMPLE) break;
      for (const cell of row ?? [])
        if (cell?.t === "s" && texts.length < SAMPLE) {
          texts.push(String(cell.v));
          fonts.push(cell.font);
        }
    }
  const encoding = detectLegacyEncoding(texts, fonts);
  if (!encoding) return null;
  let cells = 0;
  let sample = "";
  for (const g of grids)
    for (const row of g.cells)
      for (const cell of row ?? []) {
        if (cell?.t !== "s") continue;
        const before = String(cell.v);
        const after = decodeLegacy(before, encoding, cell.font);
        if (after !== before) {
          if (!sample && /[^\x00-\x7f]/.test(before) && before.length < 60) sample = `"${before}" → "${after}"`;
          cell.v = after;
          if (cell.w !== undefined) cell.w = after;
          cells++;
        }
      }
  return { encoding, cells, sample };
}

