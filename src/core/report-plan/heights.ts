/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row for a merged cell (nor
 * always for a written one), so each row's lines are estimated from the text of each cell and the
 * width of the columns it covers, and the row is given that many lines' height.
 */
import type { Block, Style } from "./types";

/** points per line of wrapped Times New Roman 13 */
export const LINE_POINTS = 17;
/** characters of Times New Roman 13 per unit of column width, and a margin for word wrapping */
const CHARS_PER_WIDTH = 1.1;
const WRAP_SLACK = 1.15;

export function rowHeights(blocks: Block[], style: Pick<Style, "merges" | "widths">): { row: number; points: number }[] {
  const spanEnd = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of style.merges) {
    spanEnd.set(`${m.r0},${m.c0}`, m.c1);
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  }
  const lines = new Map<number, number>();
  for (const b of blocks) {
    b.values.forEach((line, i) => {
      const r = b.row + i;
      line.forEach((v, j) => {
        const c = b.col + j;
        if (typeof v !== "string" || v === "" || covered.has(`${r},${c}`)) return;
        let chars = 0;
        for (let k = c; k <= (spanEnd.get(`${r},${c}`) ?? c); k++) chars += style.widths[k] ?? 0;
        const n = Math.ceil((v.length / Math.max(4, chars * CHARS_PER_WIDTH)) * WRAP_SLACK);
        if (n > (lines.get(r) ?? 1)) lines.set(r, n);
      });
    });
  }
  return [...lines].sort((a, b) => a[0] - b[0]).map(([row, n]) => ({ row, points: n * LINE_POINTS }));
}
