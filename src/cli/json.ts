/** The JSON shapes the CLI prints (see README): one place, so check, consolidate and resubmit agree. */
import type { Analysis } from "../core/engine";
import type { FileLedger, Issue } from "../core/model";
import type { ReportModel } from "../core/report";
import { Streamed } from "./stream";

/** Occasions as answers and reports write them (the JSON contract is in Vietnamese). */
const OCCASION_VI: Record<string, string> = { regular: "thường xuyên", thematic: "chuyên đề", adhoc: "đột xuất" };

export function issueJson(i: Issue, lang: "vi" | "en") {
  return { rule: i.rule, severity: i.severity, file: i.file, sheet: i.sheet ?? "", cell: i.cell ?? "", message: i.message[lang] };
}

export function fileJson(f: FileLedger, lang: "vi" | "en") {
  return {
    file: f.file,
    ...(f.error ? { error: f.error[lang] } : {}),
    ...(f.sender ? { unit: f.sender } : {}),
    sheets: f.sheets.map((s) => ({ sheet: s.sheet, kind: s.kind, header: s.header ?? "", rowsRead: s.rowsRead, rowsSkipped: s.rowsSkipped })),
  };
}

export function checkJson(analysis: Analysis, lang: "vi" | "en") {
  return {
    files: analysis.ledger.map((f) => fileJson(f, lang)),
    issues: analysis.issues.map((i) => issueJson(i, lang)),
  };
}

/** checkJson's shape for writeJson: files and issues turned into JSON only as they are written. */
export function checkJsonStreamed(analysis: Analysis, lang: "vi" | "en") {
  return {
    files: new Streamed(analysis.ledger, (f) => fileJson(f, lang)),
    issues: new Streamed(analysis.issues, (i) => issueJson(i, lang)),
  };
}

export function awardsJson(report: ReportModel) {
  return report.awards.map((a) => ({
    award: a.award,
    issuer: a.issuer ?? "",
    occasion: OCCASION_VI[a.occasion] ?? a.occasion,
    ...(a.campaign ? { campaign: a.campaign } : {}),
    collectives: a.collectives,
    individuals: a.individuals,
    households: a.households,
  }));
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
