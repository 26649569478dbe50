/**
 * The submission ledger (sổ theo dõi đơn vị gửi báo cáo): every registry unit, whether its file came,
 * when, whether it was sent again, and how many errors the check found in it. Built as a ReportTable
 * so every writer draws it like the report's other tables.
 */
import type { Issue, Lang } from "../model";
import type { ReportSheet, ReportTable } from "../report";
import { reportingUnits, type RegistryUnit } from "../rules/rule";
import { unitKey } from "../domain/unitIdentity";
import { formatDate } from "../consolidate/format";
import { collapseSpaces, nfc } from "../text/normalize";
import { contributionKey, type UnitContribution } from "./contributions";
import { SUBMISSIONS } from "../i18n/submissions";


export type SubmissionState = "sent" | "not-sent" | "resent";

export interface SubmissionRow {
  unit: string;
  inRegistry: boolean;
  state: SubmissionState;
  fileName?: string;
  /** ISO date of the latest file received */
  date?: string;
  errors: number;
}

/** One row per registry unit (in registry order), then units that sent a file but are not listed. */
export function submissionRows(registry: RegistryUnit[], contributions: UnitContribution[], issues: Issue[]): SubmissionRow[] {
  const errorsByFile = new Map<string, number>();
  for (const i of issues) if (i.severity === "error" && i.file) errorsByFile.set(i.file, (errorsByFile.get(i.file) ?? 0) + 1);
  const sentBy = new Map<string, UnitContribution>();
  for (const c of contributions) if (c.sender) sentBy.set(contributionKey(c), c);
  const rowOf = (unit: string, inRegistry: boolean, c?: UnitContribution): SubmissionRow =>
    c
      ? {
          unit,
          inRegistry,
          state: c.resubmittedOn ? "resent" : "sent",
          fileName: c.fileName,
          date: c.resubmittedOn ?? c.receivedOn,
          errors: errorsByFile.get(c.parsed.file) ?? 0,
        }
      : { unit, inRegistry, state: "not-sent", errors: 0 };
  const rows: SubmissionRow[] = [];
  const listed = new Set<string>();
  for (const r of reportingUnits(registry)) {
    const key = "unit:" + unitKey(r.name);
    if (listed.has(key)) continue;
    listed.add(key);
    rows.push(rowOf(nfc(collapseSpaces(r.name)), true, sentBy.get(key)));
  }
  for (const [key, c] of sentBy) if (!listed.has(key)) rows.push(rowOf(c.sender!, false, c));
  return rows;
}

export function stateText(row: SubmissionRow, lang: Lang): string {
  const base =
    row.state === "not-sent" ? SUBMISSIONS.text(lang, "notSent") : row.state === "resent" ? SUBMISSIONS.text(lang, "resent", { date: formatDate(row.date ?? "") }) : SUBMISSIONS.text(lang, "sent");
  return row.errors > 0 ? SUBMISSIONS.text(lang, "withErrors", { state: base }) : base;
}

/** The ledger as a report table: STT | Đơn vị | Tình trạng | Tệp | Ngày gửi | Số lỗi. */
export function submissionTable(rows: SubmissionRow[], lang: Lang): ReportTable {
  return {
    id: "submissions",
    title: SUBMISSIONS.text(lang, "title"),
    header: [(["stt", "unit", "state", "file", "date", "errors"] as const).map((k) => SUBMISSIONS.text(lang, k))],
    rows: rows.map((r, i) => [
      i + 1,
      r.inRegistry ? r.unit : SUBMISSIONS.text(lang, "notInRegistry", { unit: r.unit }),
      stateText(r, lang),
      r.fileName ?? "",
      r.date ? formatDate(r.date) : "",
      r.state === "not-sent" ? null : r.errors,
    ]),
    formats: ["#,##0", "text", "text", "text", "text", "#,##0"],
    widths: [6, 36, 26, 30, 12, 8],
    note: SUBMISSIONS.text(lang, "note"),
  };
}

/** A sheet of its own for the ledger ("Đơn vị gửi"), for writers that take whole sheets. */
export function submissionSheet(registry: RegistryUnit[], contributions: UnitContribution[], issues: Issue[], lang: Lang): ReportSheet {
  return {
    name: SUBMISSIONS.text(lang, "sheetName"),
    title: [SUBMISSIONS.text(lang, "title").toUpperCase()],
    tables: [submissionTable(submissionRows(registry, contributions, issues), lang)],
  };
}
