/**
 * The units' data drawn as a sheet: column A of the very hidden "_tdkt_data" sheet, one text cell
 * per row (what the cells mean is ../submissions/dataSheet.ts), every cell Text ("@") so that
 * nothing is parsed. Both drawers write it from this plan.
 */
import { REPORT_DATA_SHEET } from "../records/readFile";
import { emptyStyle, type SheetPlan } from "./types";

export function dataSheetPlan(cells: string[]): SheetPlan {
  return {
    name: REPORT_DATA_SHEET,
    blocks: cells.length > 0 ? [{ row: 0, col: 0, values: cells.map((c) => [c]), formats: cells.map(() => ["@"]) }] : [],
    style: emptyStyle(),
  };
}
