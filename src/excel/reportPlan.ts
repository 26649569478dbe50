/**
 * The report plan (src/core/report-plan/, built once from the ReportModel and drawn as it is by
 * both writers) cut into pieces for office-js: Excel on the web refuses a request over 5 MB, so
 * each sync carries at most a byte budget of values and formats. Pure (no office-js call).
 */
import type { SheetPlan } from "../core/report-plan";
import { utf8Length } from "./addresses";

export { cleanSheetName, headerMerges, planSheet, uniqueSheetName, type Block, type SheetPlan, type Style } from "../core/report-plan";

/** A rectangle of a block, split by rows into pieces that fit the byte budget. */
export interface Piece {
  sheetIndex: number;
  row: number;
  col: number;
  values: (string | number)[][];
  formats: string[][];
  bytes: number;
}

export function splitBlocks(plans: SheetPlan[], maxBytes: number): Piece[][] {
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
          const rowBytes = utf8Length(JSON.stringify(block.values[end])) + utf8Length(JSON.stringify(block.formats[end])) + 2;
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
