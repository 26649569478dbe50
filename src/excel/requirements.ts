/**
 * Settings and requirements: what the running Excel supports, asked once at start-up.
 *
 * The manifest asks for ExcelApi 1.7 only (Office 2019 volume-licensed and every later build:
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets);
 * the core (list, read, write the report and its data) needs no more. Each API of a higher set is
 * asked at run time with Office.context.requirements.isSetSupported (guarded: it is undefined
 * outside Office and on very old hosts) and has a fallback:
 *  - ExcelApi 1.8  Excel.createWorkbook → else the copy is downloaded as a file;
 *  - ExcelApi 1.9  pageLayout (A4, orientation, fit to width, print titles) and
 *                  suspendScreenUpdatingUntilNextSync → else the print setup is left to the user;
 *  - ExcelApi 1.12 worksheet custom properties (the add-in's mark) → else the add-in's sheets are
 *                  known from the data sheet's list of report sheets and their first cells;
 *  - ExcelApi 1.13 getMergedAreasOrNullObject → else headers are read without merge information,
 *                  and an issue says so.
 * Every member's set was checked against @types/office-js ("[Api set: …]") — README, "Excel versions".
 */
import type { Localized } from "../core/model";
import { EXCEL } from "../core/i18n/excel";

export interface RequirementCheck {
  /** false only when Office says a needed set is missing */
  ok: boolean;
  /** false outside Office (plain browser, tests): nothing could be checked */
  checked: boolean;
  missing: string[];
  message?: Localized;
}

/** What the core needs (getRangeByIndexes, freezePanes, workbook.protection: ExcelApi 1.7). */
export const REQUIRED_SETS: [string, string][] = [["ExcelApi", "1.7"]];

/** The optional features, each with the requirement set that brings it. */
export interface Capabilities {
  /** ExcelApi 1.8: Excel.createWorkbook(base64) opens a copy as a new workbook */
  createWorkbook: boolean;
  /** ExcelApi 1.9: worksheet.pageLayout, application.suspendScreenUpdatingUntilNextSync */
  pageLayout: boolean;
  /** ExcelApi 1.12: worksheet custom properties (the add-in's mark on its sheets) */
  marks: boolean;
  /** ExcelApi 1.13: range.getMergedAreasOrNullObject */
  mergedAreas: boolean;
}

export const CAPABILITY_SETS: Record<keyof Capabilities, string> = {
  createWorkbook: "1.8",
  pageLayout: "1.9",
  marks: "1.12",
  mergedAreas: "1.13",
};

export const ALL_CAPABILITIES: Capabilities = { createWorkbook: true, pageLayout: true, marks: true, mergedAreas: true };

type OfficeLike = { context?: { requirements?: { isSetSupported?: (set: string, version?: string) => boolean } } };

function requirementsOf(office: OfficeLike | undefined) {
  const requirements = office?.context?.requirements;
  return requirements && typeof requirements.isSetSupported === "function" ? requirements : null;
}

export function checkRequirements(office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office): RequirementCheck {
  const requirements = requirementsOf(office);
  if (!requirements) return { ok: true, checked: false, missing: [] };
  const missing = REQUIRED_SETS.filter(([set, version]) => !requirements.isSetSupported!(set, version)).map(([s, v]) => `${s} ${v}`);
  if (missing.length === 0) return { ok: true, checked: true, missing };
  return {
    ok: false,
    checked: true,
    missing,
    message: EXCEL.t("tooOld", { missing: missing.join(", ") }),
  };
}

/**
 * The optional features this Excel has. Outside Office (tests, plain browser) everything is
 * assumed: there is no Excel to ask, and the double implements all of it.
 */
export function detectCapabilities(office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office): Capabilities {
  const requirements = requirementsOf(office);
  if (!requirements) return { ...ALL_CAPABILITIES };
  const has = (version: string) => {
    try {
      return Boolean(requirements.isSetSupported!("ExcelApi", version));
    } catch {
      return false;
    }
  };
  return {
    createWorkbook: has(CAPABILITY_SETS.createWorkbook),
    pageLayout: has(CAPABILITY_SETS.pageLayout),
    marks: has(CAPABILITY_SETS.marks),
    mergedAreas: has(CAPABILITY_SETS.mergedAreas),
  };
}
