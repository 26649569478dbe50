/**
 * Section IV sentences ("KẾT QUẢ KHEN THƯỞNG"), in the style of the seed report:
 *
 *   - Khen thưởng thành tích xuất sắc trong công tác phòng, chống dịch Covid-19: Chủ tịch UBND
 *     tỉnh tặng Bằng khen cho 01 tập thể, 01 cá nhân.
 *   - Chuyên đề, đột xuất: 39 tập thể, 123 cá nhân.
 *   - Khen thưởng năm học 2020 - 2021:
 *     + Danh hiệu Chiến sĩ thi đua cơ sở: 211 cá nhân;
 *     + Danh hiệu Lao động tiên tiến: 56 tập thể, 1.762 cá nhân;
 *     + Chủ tịch UBND huyện tặng Giấy khen: 16 tập thể, 466 cá nhân.
 *
 * Order: named campaigns first (one sentence each, every award of the campaign), then the other
 * thematic and ad hoc awards together, then the regular awards, award by award.
 */
import type { Occasion } from "../model";
import type { AwardTotal } from "../report";
import { headerKey, nameKey } from "../text/normalize";
import { rt, type Lang } from "../i18n/report-texts";
import { awardNaming, awardRank, lowerFirst } from "./award-names";
import { formatCounts } from "./format";
import type { AwardLookup } from "./types";

export interface ReportSentence {
  text: string;
  /** 0: a paragraph ("- ..."), 1: an item under the paragraph before it ("+ ...") */
  level: 0 | 1;
}

export interface SentenceOptions {
  lang: Lang;
  awardInfo?: AwardLookup;
  /** campaigns that get a sentence of their own; see ConsolidateOptions.featuredCampaigns */
  featuredCampaigns?: string[];
  /** campaign names in the order their sentences come (earliest decision first) */
  campaignOrder?: string[];
}

/** Counts of one award inside a sentence (several AwardTotal rows merged). */
interface AwardLine {
  key: string;
  award: string;
  awardId?: string;
  issuer?: string;
  rank: number;
  collectives: number;
  individuals: number;
  households: number;
}

export function buildSentences(totals: AwardTotal[], options: SentenceOptions): ReportSentence[] {
  const { lang } = options;
  const info = (t: AwardTotal) => (t.awardId ? options.awardInfo?.(t.awardId) : undefined);
  const awardKey = (t: AwardTotal) => t.awardId ?? "text:" + nameKey(t.award);
  const mergeLines = (rows: AwardTotal[]): AwardLine[] => {
    const lines = new Map<string, AwardLine>();
    rows.forEach((t) => {
      const key = awardKey(t);
      let l = lines.get(key);
      if (!l) {
        const i = info(t);
        l = { key, award: t.award, awardId: t.awardId, issuer: t.issuer ?? i?.issuer, rank: awardRank(t.award, { ...i, issuer: t.issuer ?? i?.issuer }), collectives: 0, individuals: 0, households: 0 };
        lines.set(key, l);
      }
      l.collectives += t.collectives;
      l.individuals += t.individuals;
      l.households += t.households;
    });
    return [...lines.values()].filter((l) => formatCounts(l, lang) !== "").sort((a, b) => a.rank - b.rank);
  };

  const out: ReportSentence[] = [];
  const special = totals.filter((t) => t.occasion !== "regular");
  const featured = featuredCampaignKeys(special, options.featuredCampaigns);

  // 1. named campaigns, each with all its awards (every row here has a campaign: `campaign!` below)
  const campaigns = orderedCampaigns(special.filter((t) => t.campaign && featured.has(nameKey(t.campaign))), options.campaignOrder);
  for (const [campaign, rows] of campaigns) {
    const lines = mergeLines(rows);
    if (!lines.length) continue;
    const grants = lines.map((l) => grantPhrase(l, lang, true)).join("; ");
    out.push({ text: `${rt("campaignLead", lang, { campaign: campaignPhrase(campaign!, lang) })}: ${grants}.`, level: 0 });
  }

  // 2. the other thematic and ad hoc awards together
  const rest = special.filter((t) => !(t.campaign && featured.has(nameKey(t.campaign))));
  const restLines = mergeLines(rest);
  if (restLines.length) {
    const occasions = new Set<Occasion>(rest.filter((t) => t.collectives + t.individuals + t.households > 0).map((t) => t.occasion));
    const label = occasions.has("thematic") && occasions.has("adhoc") ? rt("thematicAdhoc", lang) : occasions.has("adhoc") ? rt("adhocOnly", lang) : rt("thematicOnly", lang);
    const body = restLines.length === 1 ? formatCounts(restLines[0], lang) : restLines.map((l) => grantPhrase(l, lang, true)).join("; ");
    out.push({ text: `${label}: ${body}.`, level: 0 });
  }

  // 3. regular awards, per campaign (năm học) when named, award by award
  const regular = totals.filter((t) => t.occasion === "regular");
  for (const [campaign, rows] of orderedCampaigns(regular, options.campaignOrder, true)) {
    const lines = mergeLines(rows);
    if (!lines.length) continue;
    const lead = campaign ? rt("regularCampaignLead", lang, { campaign: lang === "vi" ? lowerFirst(campaign) : campaign }) : rt("regularLead", lang);
    out.push({ text: `${lead}:`, level: 0 });
    lines.forEach((l, i) => {
      const end = i === lines.length - 1 ? "." : ";";
      out.push({ text: `${itemLabel(l, lang)}: ${formatCounts(l, lang)}${end}`, level: 1 });
    });
  }
  return out;
}

/** "Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể, 03 cá nhân" / "Danh hiệu ...: 211 cá nhân" */
function grantPhrase(l: AwardLine, lang: Lang, withCounts: boolean): string {
  const counts = formatCounts(l, lang);
  const naming = awardNaming(l.award, { issuer: l.issuer });
  if (naming.category === "form" && naming.issuer) {
    return withCounts ? rt("grantsTo", lang, { issuer: naming.issuer, form: naming.form, counts }) : rt("grants", lang, { issuer: naming.issuer, form: naming.form });
  }
  // "Danh hiệu X", unless the name as written already says "Danh hiệu"
  const saysTitle = headerKey(l.award).startsWith("danh hieu");
  const label = naming.category === "title" && !saysTitle ? rt("title", lang, { award: l.award }) : l.award;
  return withCounts ? `${label}: ${counts}` : label;
}

/** The label before the counts in a regular item: "Danh hiệu X" or "Chủ tịch UBND huyện tặng Giấy khen". */
function itemLabel(l: AwardLine, lang: Lang): string {
  return grantPhrase(l, lang, false);
}

/** "Phòng, chống dịch Covid-19" -> "công tác phòng, chống dịch Covid-19" */
function campaignPhrase(campaign: string, lang: Lang): string {
  const bare = campaign.replace(/^(chuyên đề|đột xuất)\s*:\s*/iu, "");
  if (lang === "en") return bare;
  const lower = lowerFirst(bare);
  return /^(công tác|phong trào|cuộc vận động)\b/iu.test(lower) ? lower : `${rt("campaignWork", lang)} ${lower}`;
}

/**
 * The campaigns that get a sentence of their own. Given by the user, or: the campaigns with an
 * award other than the commonest thematic/ad hoc award (in the seed, the provincial Bằng khen of
 * the Covid-19 and election campaigns), since the rest can be summed in one line.
 */
export function featuredCampaignKeys(special: AwardTotal[], given?: string[]): Set<string> {
  if (given) return new Set(given.map(nameKey));
  const byAward = new Map<string, number>();
  for (const t of special) {
    const k = t.awardId ?? nameKey(t.award);
    byAward.set(k, (byAward.get(k) ?? 0) + t.collectives + t.individuals + t.households);
  }
  const commonest = [...byAward.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const out = new Set<string>();
  for (const t of special) {
    if (t.campaign && (t.awardId ?? nameKey(t.award)) !== commonest) out.add(nameKey(t.campaign));
  }
  return out;
}

/** Group rows by campaign, in the given order, then first met; rows without a campaign first when asked. */
function orderedCampaigns(rows: AwardTotal[], order: string[] = [], includeNone = false): [string | undefined, AwardTotal[]][] {
  const groups = new Map<string, { name?: string; rows: AwardTotal[]; first: number }>();
  rows.forEach((t, i) => {
    if (!t.campaign && !includeNone) return;
    const k = t.campaign ? nameKey(t.campaign) : "";
    const g = groups.get(k) ?? { name: t.campaign, rows: [], first: i };
    g.rows.push(t);
    groups.set(k, g);
  });
  const orderKeys = order.map(nameKey);
  const pos = (k: string, first: number) => {
    const i = orderKeys.indexOf(k);
    return i >= 0 ? i : orderKeys.length + first;
  };
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => (ka === "" ? -1 : kb === "" ? 1 : pos(ka, a.first) - pos(kb, b.first)))
    .map(([, g]) => [g.name, g.rows]);
}
