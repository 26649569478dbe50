/**
 * The host: Office.onReady, Excel.run, display language and theme (all guarded, so the pane also
 * runs in a plain browser, where office.js resolves onReady with host null and Excel is undefined).
 */
import type { XlContext } from "./excelApi";

/**
 * Every batch runs with delayForCellEdit (ExcelApi 1.5): while the user is typing in a cell, Excel
 * waits until the edit ends instead of failing the batch with InvalidOperationInCellEditMode
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
export const RUN_OPTIONS = { delayForCellEdit: true } as const;

/** Runs a batch against the workbook, as `Excel.run` does. */
export type ExcelRunner = <T>(batch: (ctx: XlContext) => Promise<T>) => Promise<T>;

/** `Excel.run`, or null outside Excel. */
export function excelRunner(): ExcelRunner | null {
  type Run = (options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
  const excel = (globalThis as { Excel?: { run?: Run } }).Excel;
  if (!excel || typeof excel.run !== "function") return null;
  const run = excel.run.bind(excel);
  return <T>(batch: (ctx: XlContext) => Promise<T>) => run(RUN_OPTIONS, (ctx) => batch(ctx)) as Promise<T>;
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

