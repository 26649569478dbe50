/**
 * Consolidation: the records read from every file -> the ReportModel (totals, sentences, sheets).
 * Pure: no writer, no Office, no files.
 */
import type { ReportModel } from "../report";
import type { ParsedFile } from "../rules/rule";
import { nameKey } from "../text/normalize";
import { rt } from "../i18n/report-texts";
import { collectAwards, totalAwards, type CountedAward } from "./awards";
import { consolidateFigures } from "./figures";
import { formatPeriod } from "./format";
import { buildSentences } from "./sentences";
import { buildSheets } from "./sheets";
import type { ConsolidateOptions } from "./types";
import { awardsByUnit } from "./units";

export type { AwardInfo, AwardLookup, ConsolidateOptions } from "./types";
export { formatCount, formatCounts, formatNumber, formatPeriod } from "./format";
export { buildSentences, type ReportSentence } from "./sentences";
export { consolidateFigures, type FigureConsolidation } from "./figures";
export { collectAwards, totalAwards } from "./awards";
export { awardsByUnit, unitKey } from "./units";
export { catalogueAwardInfo, catalogueIntendedAwardId } from "./catalogue-lookup";
export { sectionKey, splitIndicator, consolidatedIndicatorName } from "./figure-keys";

export function consolidate(files: ParsedFile[], options: ConsolidateOptions): ReportModel {
  const { lang } = options;
  const counted = collectAwards(files, options.awardInfo, options.intendedAwardId, options.decisionCampaigns, rt("unresolvedAward", lang), rt("unresolvedKind", lang));
  const awards = totalAwards(counted);
  const byUnit = awardsByUnit(counted, files, options.registry);
  const figures = consolidateFigures(files, options.parentTotals);
  // the unresolved lines never enter a sentence: the sentences state known counts only
  const sentences = buildSentences(awards.filter((a) => !a.unresolved), {
    lang,
    awardInfo: options.awardInfo,
    featuredCampaigns: options.featuredCampaigns,
    campaignOrder: campaignOrder(counted),
  });
  const title = options.title ?? rt("reportTitle", lang);
  const titleLines = [title, ...(options.period ? [formatPeriod(options.period, lang)] : [])];
  return {
    title,
    ...(options.period ? { period: options.period } : {}),
    awards,
    figures: figures.totals,
    sentences: sentences.map((s) => s.text),
    issues: options.issues,
    sheets: buildSheets({ lang, titleLines, awards, byUnit, figures, sentences, issues: options.issues, ledger: options.ledger }),
    lang,
  };
}

/** Campaigns by earliest decision date (as the seed lists Covid-19 before the elections), then first met. */
function campaignOrder(counted: CountedAward[]): string[] {
  const seen = new Map<string, { name: string; earliest: string; first: number }>();
  counted.forEach((c, i) => {
    if (!c.campaign) return;
    const k = nameKey(c.campaign);
    const e = seen.get(k) ?? { name: c.campaign, earliest: "9999", first: i };
    if (c.record.decisionDate && c.record.decisionDate < e.earliest) e.earliest = c.record.decisionDate;
    seen.set(k, e);
  });
  return [...seen.values()].sort((a, b) => (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : a.first - b.first)).map((e) => e.name);
}
