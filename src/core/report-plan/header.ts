/**
 * A table's header rows as cells and merged areas. In a ReportTable header a null continues the
 * cell to its left (merged across); in a later row, "" under a header cell — or the same text
 * again, over the same columns — continues that cell downwards ("STT" over two rows). A cell merged
 * across (e.g. "Số lượng" over "Tập thể" / "Cá nhân") never merges down into the cells under it.
 */
import type { Range } from "../grid";

export interface HeaderRegion {
  row: number;
  col: number;
  rows: number;
  cols: number;
  text: string;
}

export function headerRegions(header: (string | null)[][]): HeaderRegion[] {
  const perRow: HeaderRegion[][] = header.map((cells, row) => {
    const out: HeaderRegion[] = [];
    cells.forEach((text, col) => {
      if (text !== null) out.push({ row, col, rows: 1, cols: 1, text });
      else if (out.length) out[out.length - 1].cols = col - out[out.length - 1].col + 1;
    });
    return out;
  });
  for (let r = 1; r < perRow.length; r++) {
    perRow[r] = perRow[r].filter((cell) => {
      const above = perRow.slice(0, r).flat().find((a) => a.col === cell.col && a.cols === cell.cols && a.row + a.rows === r);
      if (above && above.text !== "" && (cell.text === "" || above.text === cell.text)) {
        above.rows++;
        return false;
      }
      return true;
    });
  }
  return perRow.flat();
}

/** The merged areas of a header drawn from row `top`, column 0. */
export function headerMerges(header: (string | null)[][], top: number): Range[] {
  return headerRegions(header)
    .filter((h) => h.rows > 1 || h.cols > 1)
    .map((h) => ({ r0: top + h.row, c0: h.col, r1: top + h.row + h.rows - 1, c1: h.col + h.cols - 1 }));
}

/** The header's cell texts, `cols` wide: "" wherever a merged area covers a cell (only its first cell shows). */
export function headerValues(header: (string | null)[][], cols: number): string[][] {
  const out = header.map(() => Array<string>(cols).fill(""));
  for (const h of headerRegions(header)) if (h.col < cols) out[h.row][h.col] = h.text;
  return out;
}
