/**
 * A resubmission, engine side: the report's remembered contributions + the new files' contributions
 * -> the contributions after replacement, every rule run again over all units, the report rebuilt,
 * and each resubmitted unit's diff. Pure (the CLI and the task pane both call it): reading the new
 * files and hashing them (src/files/reportData.ts `contributionOf`) happen before.
 */
import { applyAwardDecisions } from "../domain/awards";
import { runRules, type Analysis } from "../engine";
import type { ReportModel } from "../report";
import { buildReport } from "../report-build";
import type { CheckOptions } from "../rules/rule";
import { contributionLabel, replaceContributions, type ReportData, type UnitContribution } from "./contributions";
import { diffContribution, type UnitDiff } from "./diff";

export interface ResubmittedUnit {
  unit: string;
  file: string;
  /** the file it replaced; absent for a unit new to the report */
  replacedFile?: string;
  diff: UnitDiff;
}

export interface ResubmitResult {
  analysis: Analysis;
  report: ReportModel;
  /** the data to embed in the new report */
  data: ReportData;
  units: ResubmittedUnit[];
}

export type ResubmitOptions = Pick<CheckOptions, "ratioLimit" | "severities" | "period" | "registry"> & {
  lang: "vi" | "en";
  today: string;
  /** more decision -> campaign names, added to those the report was made with */
  decisionCampaigns?: Record<string, string>;
  /** more award decisions, added to those the report was made with */
  awardDecisions?: Record<string, string>;
};

export function rerunWithResubmission(data: ReportData, incoming: UnitContribution[], options: ResubmitOptions): ResubmitResult {
  const registry = options.registry?.length ? options.registry : data.registry;
  const period = options.period ?? data.period;
  const { contributions, replaced } = replaceContributions(data.contributions, incoming, options.today);
  const files = contributions.map((c) => c.parsed);
  // the decisions the report was made with settle the same names in the resubmitted files
  const awardDecisions = { ...data.awardDecisions, ...options.awardDecisions };
  applyAwardDecisions(
    files.flatMap((f) => f.sheets.flatMap((s) => s.awards)),
    awardDecisions,
  );
  // as analyze does: a period guessed from titles is shown, only an explicit one is checked
  const checkedPeriod = options.period ?? (data.periodGuessed ? undefined : data.period);
  const issues = runRules(files, { ratioLimit: options.ratioLimit, severities: options.severities, period: checkedPeriod, registry });
  const periodGuessed = !options.period && !!data.periodGuessed;
  const analysis: Analysis = {
    files,
    ledger: files.map((f) => f.ledger),
    issues,
    registry,
    ...(period ? { period } : {}),
    ...(periodGuessed ? { periodGuessed } : {}),
  };
  const decisionCampaigns = { ...data.decisionCampaigns, ...options.decisionCampaigns };
  const report = buildReport(analysis, { lang: options.lang, period, registry, decisionCampaigns });
  const newData: ReportData = { ...data, registry, ...(period ? { period } : {}), periodGuessed: periodGuessed || undefined, contributions };
  if (Object.keys(decisionCampaigns).length) newData.decisionCampaigns = decisionCampaigns;
  if (Object.keys(awardDecisions).length) newData.awardDecisions = awardDecisions;
  if (!newData.periodGuessed) delete newData.periodGuessed;
  const units = replaced.map(({ before, after }) => ({
    unit: contributionLabel(after),
    file: after.fileName,
    ...(before ? { replacedFile: before.fileName } : {}),
    diff: diffContribution(before ? [before.parsed] : [], [after.parsed]),
  }));
  return { analysis, report, data: newData, units };
}
