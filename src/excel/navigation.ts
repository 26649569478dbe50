/** Navigation: taking the user to an issue's cell, or to the report just written. */
import { wrap } from "./errors";
import type { XlContext } from "./excelApi";
import { stripSheet } from "./addresses";

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
