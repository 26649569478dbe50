/**
 * The merged areas of the sheets read, in pieces Excel accepts.
 *
 * range.getMergedAreasOrNullObject (ExcelApi 1.13) "fails to return the result" when the range
 * holds more than 512 merged areas (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 * and a failed command fails its whole batch. It also returns only the areas whose top-left cell
 * is in the range (https://github.com/OfficeDev/office-js/issues/3611), so pieces of rows never
 * count an area twice. So: one sync asks for every sheet's used range at once; a sheet whose
 * answer is refused is asked again in halves of rows, each in its own sync, until each piece
 * answers. A single row that still holds more than 512 areas is read without merge information,
 * and a warning says so (the reader then sees that header as unmerged text). An Excel without
 * ExcelApi 1.13 gives no merge information at all, and one warning says so.
 */
import type { Range } from "../core/grid";
import type { Localized } from "../core/model";
import type { XlContext, XlRangeAreas } from "./excelApi";
import type { Capabilities } from "./requirements";
import { parseAreas } from "./addresses";
import { EXCEL } from "../core/i18n/excel";

export interface SheetMerges {
  merges: Range[];
  warning?: Localized;
}

interface Piece {
  sheet: number;
  r0: number;
  r1: number;
  areas?: XlRangeAreas;
}

export async function readMergedAreas(
  ctx: XlContext,
  names: string[],
  used: (Range | null)[],
  caps: Capabilities,
  sync: () => Promise<void>,
  /** the all-at-once ask already failed (reading.ts tried it with the sizes) */
  skipWhole = false,
): Promise<SheetMerges[]> {
  const out: SheetMerges[] = names.map(() => ({ merges: [] }));
  if (!caps.mergedAreas) {
    if (used.some(Boolean)) out[used.findIndex(Boolean)].warning = noMergeApi();
    return out;
  }
  const ask = (p: Piece) => {
    const r = used[p.sheet]!;
    p.areas = ctx.workbook.worksheets
      .getItem(names[p.sheet])
      .getRangeByIndexes(p.r0, r.c0, p.r1 - p.r0 + 1, r.c1 - r.c0 + 1)
      .getMergedAreasOrNullObject();
    p.areas.load("address");
  };
  const take = (p: Piece) => {
    if (!p.areas!.isNullObject) out[p.sheet].merges.push(...parseAreas(p.areas!.address));
  };
  const whole: Piece[] = [];
  used.forEach((r, sheet) => r && whole.push({ sheet, r0: r.r0, r1: r.r1 }));
  if (whole.length === 0) return out;
  if (!skipWhole) {
    whole.forEach(ask);
    try {
      await sync();
      whole.forEach(take);
      return out;
    } catch {
      // some sheet has too many areas (the batch does not say which): each sheet alone, halving
    }
  }
  const queue = [...whole];
  while (queue.length > 0) {
    const p = queue.shift()!;
    ask(p);
    try {
      await sync();
      take(p);
    } catch {
      if (p.r0 === p.r1) {
        out[p.sheet].warning ??= tooManyMerges(names[p.sheet], p.r0);
        continue;
      }
      const mid = Math.floor((p.r0 + p.r1) / 2);
      queue.unshift({ sheet: p.sheet, r0: p.r0, r1: mid }, { sheet: p.sheet, r0: mid + 1, r1: p.r1 });
    }
  }
  return out;
}

function tooManyMerges(sheet: string, row: number): Localized {
  return EXCEL.t("tooManyMerges", { sheet, row: row + 1, limit: 512 });
}

function noMergeApi(): Localized {
  return EXCEL.t("noMergeApi");
}
