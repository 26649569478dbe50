/**
 * A unit's contribution to the report: what was read out of the file it sent (the ParsedFile, with
 * every record and reading finding), remembered inside the report workbook so that a resubmitted
 * file replaces exactly that unit's part and the report can be re-run without the other files.
 *
 * Pure data and pure functions: the .xlsx side (hidden sheet, JSON chunks) is src/files/reportData.ts.
 */
import type { ParsedFile, RegistryUnit } from "../rules/rule";
import { unitKey } from "../consolidate/units";

export interface UnitContribution {
  /** the sending unit as the title block names it; absent for a file with no sender (the registry) */
  sender?: string;
  /** the file name (no folder), as the unit sent it */
  fileName: string;
  /** hex SHA-256 of the records read (not of the bytes: a file re-saved unchanged keeps its hash) */
  hash: string;
  /** ISO yyyy-mm-dd: the day the file was first read into this report */
  receivedOn: string;
  /** ISO yyyy-mm-dd: the day of the latest resubmission, when the unit sent the file again */
  resubmittedOn?: string;
  /** earlier versions of this unit's file, oldest first */
  history?: { fileName: string; hash: string; receivedOn: string }[];
  parsed: ParsedFile;
}

/**
 * A report sheet the tool wrote into the workbook, so that Excel's pane can tell it from a user's
 * sheet later. A CLI-made report has no other mark: exceljs cannot set Excel's worksheet custom
 * properties (the pane marks its own sheets tdkt=report).
 *
 * The name alone is not proof: a user may add or rename a sheet to "Tổng hợp". So the first cells of
 * column A (the title block: "TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", "Từ 01/01/2024 đến 30/06/2024")
 * are kept too, and a sheet counts as the tool's only when its name AND those cells still match
 * (src/core/submissions/dataSheet.ts isRecordedReportSheet).
 */
export interface ReportSheetMark {
  /** the sheet's name in the workbook, as written (after Excel's name rules and any " (2)") */
  name: string;
  /** the text of its first REPORT_SHEET_TOP_CELLS cells of column A, top down ("" for an empty cell) */
  top: string[];
}

/** Everything the report needs to be re-run without the source files. */
export interface ReportData {
  /** format version of the embedded data; bump when the shape changes */
  version: 1;
  period?: { from: string; to: string };
  /** the period was guessed from titles: shown in the report, but not checked (as analyze does) */
  periodGuessed?: boolean;
  registry: RegistryUnit[];
  /** campaigns named on the command line (--campaign), so a re-run names them the same way */
  decisionCampaigns?: Record<string, string>;
  /**
   * the user's decisions on unsettled award names (nameKey of the text -> catalogue id or "không
   * tính"), so a resubmission or a later consolidation settles the same names the same way
   */
  awardDecisions?: Record<string, string>;
  /**
   * a province's own catalogue entries (--catalogue, the pane's catalogue file) as given (a JSON
   * array, read again with parseLocalCatalogue), so a later consolidation or resubmission knows them
   */
  localCatalogue?: unknown[];
  contributions: UnitContribution[];
  /**
   * The report sheets written with this data (absent in data written before it existed, which still
   * reads: the field is optional, so the format version stays 1). Rewritten on every report write.
   */
  reportSheets?: ReportSheetMark[];
}

export const REPORT_DATA_VERSION = 1 as const;

/** The file name without its folder ("../samples/02-xa.xlsx" -> "02-xa.xlsx"), for / and \ paths. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * The key a contribution is matched by: the sender's unit key ("UBND xã Quài Cang" and "Xã Quài Cang"
 * are one unit); a file with no sender is matched by its file name.
 */
export function contributionKey(c: { sender?: string; fileName: string }): string {
  return c.sender ? "unit:" + unitKey(c.sender) : "file:" + c.fileName.toLowerCase();
}

/** The name shown for a contribution: its unit, else its file name. */
export function contributionLabel(c: { sender?: string; fileName: string }): string {
  return c.sender ?? c.fileName;
}

/** The records of a parsed file in a stable, comparable form (what the content hash is taken over). */
export function canonicalRecords(parsed: ParsedFile): string {
  return JSON.stringify(
    parsed.sheets.map((s) => ({
      sheet: s.sheet,
      kind: s.kind,
      awards: s.awards.map((a) => ({ ...a, ref: { sheet: a.ref.sheet, cell: a.ref.cell, row: a.ref.row } })),
      figures: s.figures.map((f) => ({ ...f, ref: { sheet: f.ref.sheet, cell: f.ref.cell, row: f.ref.row } })),
      summaries: s.summaries.map((r) => ({ ...r, ref: { sheet: r.ref.sheet, cell: r.ref.cell, row: r.ref.row } })),
      findings: s.findings,
    })),
  );
}

export interface Replacement {
  /** the contributions after the resubmission, in the order of the report (replaced in place, new last) */
  contributions: UnitContribution[];
  /** per new file: the contribution it replaced (undefined when the unit is new to the report) */
  replaced: { before?: UnitContribution; after: UnitContribution }[];
}

/**
 * Replace the contributions of the units the new files come from. A new file whose unit has no
 * contribution yet is added at the end; the other units' contributions are returned unchanged
 * (the same objects), so their totals cannot move.
 */
export function replaceContributions(current: UnitContribution[], incoming: UnitContribution[], today: string): Replacement {
  const contributions = [...current];
  const replaced: Replacement["replaced"] = [];
  for (const next of incoming) {
    const key = contributionKey(next);
    const at = contributions.findIndex((c) => contributionKey(c) === key);
    if (at < 0) {
      contributions.push(next);
      replaced.push({ after: next });
      continue;
    }
    const before = contributions[at];
    const after: UnitContribution = {
      ...next,
      receivedOn: before.receivedOn,
      resubmittedOn: today,
      history: [...(before.history ?? []), { fileName: before.fileName, hash: before.hash, receivedOn: before.resubmittedOn ?? before.receivedOn }],
    };
    contributions[at] = after;
    replaced.push({ before, after });
  }
  return { contributions, replaced };
}

/** Today as ISO yyyy-mm-dd in local time (the date a person would write on the ledger). */
export function isoToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** SHA-256 of a text, hex; Web Crypto, present in browsers, workers and Node 20. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * One file's contribution, as first received on `today`. `anonymous`: the workbook's own sheets
 * in the pane get no sender, so a unit's new file replaces a picked FILE, never the user's sheets.
 */
export async function contributionOf(parsed: ParsedFile, today: string, opts: { anonymous?: boolean } = {}): Promise<UnitContribution> {
  const sender = opts.anonymous ? undefined : parsed.ledger.sender;
  return {
    ...(sender ? { sender } : {}),
    fileName: fileNameOf(parsed.file),
    hash: await sha256Hex(canonicalRecords(parsed)),
    receivedOn: today,
    parsed,
  };
}
