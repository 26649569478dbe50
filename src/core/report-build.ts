/**
 * Analysis -> ReportModel: consolidation wired to the award catalogue. Kept apart from engine.ts
 * so that `check` does not load the report code.
 */
import type { Analysis } from "./analysis";
import type { ReportModel } from "./report";
import type { RegistryUnit } from "./rules/rule";
import { catalogueAwardInfo, catalogueIntendedAwardId, consolidate } from "./consolidate";

export interface ReportOptions {
  lang: "vi" | "en";
  period?: { from: string; to: string };
  registry?: RegistryUnit[];
  title?: string;
  /** decision number -> campaign name, for decisions no file names */
  decisionCampaigns?: Record<string, string>;
}

export function buildReport(analysis: Analysis, options: ReportOptions): ReportModel {
  return consolidate(analysis.files, {
    period: options.period ?? analysis.period,
    registry: options.registry ?? analysis.registry,
    issues: analysis.issues,
    ledger: analysis.ledger,
    lang: options.lang,
    awardInfo: catalogueAwardInfo,
    intendedAwardId: catalogueIntendedAwardId,
    title: options.title,
    decisionCampaigns: options.decisionCampaigns,
  });
}
