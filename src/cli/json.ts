/** The JSON shapes the CLI prints (see README): one place, so check, consolidate and resubmit agree. */
import type { Analysis } from "../core/engine";
import type { FileLedger, Issue, RowAccount } from "../core/model";
import type { ReportModel } from "../core/report";
import type { ResubmittedUnit } from "../core/submissions/resubmit";
import type { FieldValue } from "../core/submissions/diff";
import { FlatShape, Streamed } from "./stream";

/** Occasions as answers and reports write them (the JSON contract is in Vietnamese). */
const OCCASION_VI: Record<string, string> = { regular: "thường xuyên", thematic: "chuyên đề", adhoc: "đột xuất" };

export function issueJson(i: Issue, lang: "vi" | "en") {
  return { rule: i.rule, severity: i.severity, file: i.file, sheet: i.sheet ?? "", cell: i.cell ?? "", message: i.message[lang] };
}

/** issueJson's keys and values, for writing 100,000 issues without an object each (test/cli/json.test.ts holds them equal). */
export const issueShape = (lang: "vi" | "en") =>
  new FlatShape<Issue>(["rule", "severity", "file", "sheet", "cell", "message"], (i) => [i.rule, i.severity, i.file, i.sheet ?? "", i.cell ?? "", i.message[lang]]);

export function fileJson(f: FileLedger, lang: "vi" | "en") {
  return {
    file: f.file,
    ...(f.error ? { error: f.error.message[lang] } : {}),
    ...(f.sender ? { unit: f.sender } : {}),
    sheets: f.sheets.map((s) => ({ sheet: s.sheet, kind: s.kind, header: s.header ?? "", rowsRead: s.rowsRead, rowsSkipped: s.rowsSkipped })),
    // where every row with data went, per sheet (added field: the shape above is unchanged)
    rowAccount: (f.rowAccounts ?? []).map(rowAccountJson),
  };
}

/** `check --json`: files and issues, turned into JSON only as they are written. */
export function checkJsonStreamed(analysis: Analysis, lang: "vi" | "en") {
  return {
    files: new Streamed(analysis.ledger, (f) => fileJson(f, lang)),
    issues: new Streamed(analysis.issues, (i) => issueJson(i, lang), issueShape(lang)),
  };
}

/** One sheet's row account: rowsWithData = records + structural + notRead (rows, 1-based). */
function rowAccountJson(a: RowAccount) {
  const structural = Object.values(a.structural).reduce((n, k) => n + k, 0);
  const notRead = Object.values(a.notRead).reduce((n, rs) => n + rs.length, 0);
  return {
    sheet: a.sheet,
    rowsWithData: a.rowsWithData,
    records: a.records,
    structuralRows: structural,
    notReadRows: notRead,
    structural: a.structural,
    notRead: a.notRead,
    // columns no role took (added field): letter and header text
    ...(a.unreadColumns?.length ? { unreadColumns: a.unreadColumns } : {}),
  };
}

/** Known awards only: the unresolved lines are in `unresolvedAwardsJson`, so the known totals stay exact. */
export function awardsJson(report: ReportModel) {
  return report.awards.filter((a) => !a.unresolved).map((a) => ({
    award: a.award,
    issuer: a.issuer ?? "",
    occasion: OCCASION_VI[a.occasion] ?? a.occasion,
    ...(a.campaign ? { campaign: a.campaign } : {}),
    collectives: a.collectives,
    individuals: a.individuals,
    households: a.households,
  }));
}

/** The "Chưa xác định" lines (an unknown award, or a recipient kind not settled): the line, the award as written, its counts. */
export function unresolvedAwardsJson(report: ReportModel) {
  return report.awards
    .filter((a) => a.unresolved)
    .map((a) => ({
      line: a.award,
      writtenAs: a.writtenAs ?? a.award,
      occasion: OCCASION_VI[a.occasion] ?? a.occasion,
      ...(a.campaign ? { campaign: a.campaign } : {}),
      collectives: a.collectives,
      individuals: a.individuals,
      households: a.households,
    }));
}

/** A resubmitted field's value in one language (a value of ours, such as the occasion, has both). */
const valueIn = (v: FieldValue, lang: "vi" | "en"): string => (typeof v === "string" ? v : v[lang]);

/** One resubmitted unit: what was added, removed and changed, and the totals that moved. */
export function resubmittedUnitJson(u: ResubmittedUnit, lang: "vi" | "en") {
  return {
    unit: u.unit,
    file: u.file,
    replacedFile: u.replacedFile ?? null,
    added: u.diff.added,
    removed: u.diff.removed,
    changed: u.diff.changed.map((c) => ({ ...c, fields: c.fields.map((f) => ({ field: f.field, label: f.label[lang], before: valueIn(f.before, lang), after: valueIn(f.after, lang), cell: f.cell ?? "" })) })),
    totals: u.diff.totals.filter((t) => t.before !== t.after),
  };
}

export function figuresJson(report: ReportModel) {
  return report.figures.map((f) => ({
    section: f.section,
    indicator: f.indicator,
    unit: f.measure,
    plan: f.plan,
    actual: f.actual,
    percentOfPlan: f.percentOfPlan,
    ...(f.parent ? { parent: f.parent } : {}),
  }));
}
