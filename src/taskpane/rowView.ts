/** The row an issue is about, read from a picked file's Grid, for the pane to show (IssueList). */
import { cellText, parseA1, type Grid } from "../core/grid";
import type { RowView } from "./engineService";

/** The row of `cell` in a Grid, with the header row above it (the row with the most texts among the 12 above). */
export function rowView(grid: Grid, cell: string): RowView | null {
  const at = parseA1(cell);
  if (!at) return null;
  const texts = (r: number) => (grid.cells[r] ?? []).map((c) => cellText(c).trim());
  const trim = (xs: string[]) => {
    let n = xs.length;
    while (n > 0 && xs[n - 1] === "") n--;
    return xs.slice(0, Math.max(n, at.col + 1));
  };
  let header: string[] | null = null;
  let best = 1;
  for (let r = at.row - 1; r >= Math.max(0, at.row - 12); r--) {
    const t = texts(r);
    const filled = t.filter((x) => x && !/^[\d.,\s-]+$/.test(x)).length;
    if (filled > best) {
      best = filled;
      header = t;
    }
  }
  const values = trim(texts(at.row));
  return { header: header ? header.slice(0, values.length) : null, values, column: at.col, row: at.row + 1 };
}

