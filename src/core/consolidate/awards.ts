/**
 * Award totals: every listed award row counted once, under the kind it is listed as, grouped by
 * award (after `reportAs`: "Tập thể lao động tiên tiến" counts as collectives of "Lao động tiên
 * tiến"), occasion and named campaign. An award the catalogue does not know is counted under its
 * text as written, so nothing listed is ever dropped.
 */
import { AWARD_TEXTS } from "../i18n/awards";
import { rt } from "../i18n/report-texts";
import type { AwardRecord, Occasion, RecipientKind } from "../model";
import type { AwardTotal } from "../report";
import type { ParsedFile } from "../rules/rule";
import { collapseSpaces, headerKey, nameKey, nfc } from "../text/normalize";
import { remembered } from "../text/remembered";
import { awardRank } from "./award-names";
import { settledKind } from "../domain/recipientKind";
import type { AwardInfo, AwardLookup } from "./types";

export const OCCASION_ORDER: Occasion[] = ["regular", "thematic", "adhoc"];

/** The award a record is counted under. */
export interface ResolvedAward {
  /** grouping key: the catalogue id, or "text:" + the name key of the text as written */
  key: string;
  name: string;
  awardId?: string;
  issuer?: string;
  rank: number;
  /** the info of the award as written (before reportAs), for kind defaults */
  own?: AwardInfo;
  /** no catalogue entry: counted on a line of its own, never in a known total */
  unresolved?: boolean;
  /** for an unresolved award: the text as written */
  writtenAs?: string;
}

/** Rank of the unresolved lines: after every known award. */
const UNRESOLVED_RANK = 10_000;

export function resolveAward(
  record: Pick<AwardRecord, "awardId" | "awardText" | "awardDetail">,
  lookup: AwardLookup,
  intended?: (awardText: string) => string | undefined,
  unresolvedLabel = rt("unresolvedAward", "vi"),
): ResolvedAward {
  const id = record.awardId ?? (record.awardText ? intended?.(record.awardText) : undefined);
  const own = id ? lookup(id) : undefined;
  const target = own?.reportAs ? (lookup(own.reportAs) ?? own) : own;
  if (target) {
    // Bộ A and Bộ B grant the same form: totalled apart, named by the ministry
    if (record.awardDetail && target === own) {
      const name = AWARD_TEXTS.text("vi", "ofIssuer", { award: awardNamePrefix(target.name), issuer: record.awardDetail });
      return { key: `${target.id}|${nameKey(record.awardDetail)}`, name, awardId: target.id, issuer: record.awardDetail, rank: awardRank(target.name, target), own };
    }
    return { key: target.id, name: target.name, awardId: target.id, issuer: target.issuer, rank: awardRank(target.name, target), own };
  }
  // Nothing counted on a guess: an award the catalogue does not resolve is a line of its own.
  const text = nfc(collapseSpaces(record.awardText || record.awardId || ""));
  return { key: "unresolved:" + nameKey(text), name: `${unresolvedLabel}: ${text}`, rank: UNRESOLVED_RANK, unresolved: true, writtenAs: text };
}

/** "Bằng khen của Bộ, ban, ngành…" -> "Bằng khen". */
function awardNamePrefix(name: string): string {
  return name.replace(/\s+của\s+.*$/u, "");
}

/**
 * The kind a row counts as: as listed (section, column) — even when a rule doubts it — else the
 * only kind the award can go to (TTLĐTT -> collective), else what the name plainly is (a person's
 * "Lò Văn Hùng", a collective's "Trường Tiểu học số 1"); undefined when nothing settles it (the
 * row then goes on a "Chưa xác định" line, never into a known total).
 */
export function countedKind(record: AwardRecord, resolved: ResolvedAward): RecipientKind | undefined {
  return settledKind(record, resolved.own?.kinds);
}

export function occasionOf(record: AwardRecord): Occasion {
  return record.occasion ?? (record.campaign ? "thematic" : "regular");
}

export function senderOf(record: { sender?: string }, file: ParsedFile): string {
  return memo(SENDER_TEXTS, record.sender || file.ledger.sender || file.file, (t) => nfc(collapseSpaces(t)));
}

/** One counted record, with what the tables need. */
export interface CountedAward {
  record: AwardRecord;
  file: ParsedFile;
  award: ResolvedAward;
  /** the kind counted; an unsettled kind is counted as an individual on the award's "Chưa xác định" line */
  kind: RecipientKind;
  occasion: Occasion;
  campaign?: string;
  sender: string;
}

export function collectAwards(
  files: ParsedFile[],
  lookup: AwardLookup,
  intended?: (awardText: string) => string | undefined,
  decisionCampaigns: Record<string, string> = {},
  unresolvedLabel?: string,
  unresolvedKindLabel = rt("unresolvedKind", "vi"),
): CountedAward[] {
  // "không tính": the user decided the row is no award to count (it stays in the ledger and Kiểm tra)
  const records = files.flatMap((file) => file.sheets.flatMap((sheet) => sheet.awards.filter((r) => !r.awardExcluded).map((record) => ({ record, file }))));
  const campaignOf = campaignsByDecision(records.map((r) => r.record), decisionCampaigns);
  // ~180k rows carry a few dozen distinct award texts: resolve each text once
  const resolved = new Map<string, ResolvedAward>();
  return records.map(({ record, file }) => {
    const cacheKey = `${record.awardId ?? ""}\u0000${record.awardText ?? ""}\u0000${record.awardDetail ?? ""}`;
    let award = resolved.get(cacheKey);
    if (!award) resolved.set(cacheKey, (award = resolveAward(record, lookup, intended, unresolvedLabel)));
    const kind = countedKind(record, award);
    // nobody can tell a person from a collective here: the row stays visible, apart from the known totals
    if (!kind && !award.unresolved) award = { ...award, key: "unresolved-kind:" + award.key, name: `${unresolvedKindLabel}: ${award.name}`, rank: 10_001, unresolved: true, writtenAs: record.awardText };
    const inherited = record.campaign ? undefined : campaignOf(record.decisionNumber);
    const campaign = record.campaign ?? inherited?.campaign;
    return {
      record,
      file,
      award,
      kind: kind ?? "individual",
      occasion: record.occasion ?? inherited?.occasion ?? occasionOf(record),
      campaign: campaign ? memo(CAMPAIGN_TEXTS, campaign, (t) => nfc(collapseSpaces(t))) : undefined,
      sender: senderOf(record, file),
    };
  });
}

/** "QĐ số 705/QĐ-UBND" and "705/QĐ-UBND" give the same key; "" when there is no number. */
export function decisionKey(decisionNumber: string | undefined): string {
  if (!decisionNumber) return "";
  return memo(DECISION_KEYS, decisionNumber, (d) => headerKey(d).replace(/^(qd\s+)?(so\s+)?/, ""));
}

// Keys of the same few hundred strings are asked for on every one of ~180k rows.
const DECISION_KEYS = new Map<string, string>();
const CAMPAIGN_KEYS = new Map<string, string>();
const CAMPAIGN_TEXTS = new Map<string, string>();
const SENDER_TEXTS = new Map<string, string>();
const memo = (cache: Map<string, string>, s: string, f: (s: string) => string): string => remembered(cache, s, f, 20_000);
export function campaignKey(campaign: string): string {
  return memo(CAMPAIGN_KEYS, campaign, nameKey);
}

/**
 * One decision awards one campaign: when a unit's note names it ("705/QĐ-UBND ... Chuyên đề bầu
 * cử") every row of that decision in other files (where the note only says "Chuyên đề") belongs
 * to the same campaign. The user can name decisions no file names (`decisionCampaigns`).
 */
function campaignsByDecision(
  records: AwardRecord[],
  given: Record<string, string>,
): (decisionNumber: string | undefined) => { campaign: string; occasion?: Occasion } | undefined {
  const votes = new Map<string, Map<string, { campaign: string; occasion?: Occasion; n: number }>>();
  for (const r of records) {
    const key = decisionKey(r.decisionNumber);
    if (!key || !r.campaign) continue;
    const byCampaign = votes.get(key) ?? new Map<string, { campaign: string; occasion?: Occasion; n: number }>();
    const ck = campaignKey(r.campaign);
    const v = byCampaign.get(ck) ?? { campaign: r.campaign, occasion: r.occasion, n: 0 };
    v.n++;
    byCampaign.set(ck, v);
    votes.set(key, byCampaign);
  }
  const out = new Map<string, { campaign: string; occasion?: Occasion }>();
  for (const [key, byCampaign] of votes) {
    const best = [...byCampaign.values()].sort((a, b) => b.n - a.n)[0];
    out.set(key, { campaign: best.campaign, occasion: best.occasion });
  }
  for (const [number, campaign] of Object.entries(given)) out.set(decisionKey(number), { campaign, occasion: "thematic" });
  // a number typed loosely ("QĐ 705" for "705/QĐ-UBND") still finds its decision when only one
  // named decision carries that number
  const byNumber = new Map<string, string[]>();
  for (const key of out.keys()) {
    const n = /\d+/.exec(key)?.[0];
    if (n) byNumber.set(n, [...(byNumber.get(n) ?? []), key]);
  }
  return (decisionNumber) => {
    const key = decisionKey(decisionNumber);
    if (!key) return undefined;
    const exact = out.get(key);
    if (exact) return exact;
    const same = byNumber.get(/\d+/.exec(key)?.[0] ?? "");
    return same && same.length === 1 ? out.get(same[0]) : undefined;
  };
}

export function addKind(t: { collectives: number; individuals: number; households: number }, kind: RecipientKind): void {
  if (kind === "collective") t.collectives++;
  else if (kind === "household") t.households++;
  else t.individuals++;
}

/**
 * Totals by (award, occasion, campaign). Order: occasion (thường xuyên, chuyên đề, đột xuất), then
 * award rank (higher first), then the campaign's earliest decision date, then first appearance.
 */
export function totalAwards(counted: CountedAward[]): AwardTotal[] {
  const groups = new Map<string, { total: AwardTotal; rank: number; first: number; earliest: string }>();
  counted.forEach((c, i) => {
    const key = `${c.award.key}|${c.occasion}|${c.campaign ? campaignKey(c.campaign) : ""}`;
    let g = groups.get(key);
    if (!g) {
      const total: AwardTotal = {
        award: c.award.name,
        ...(c.award.awardId ? { awardId: c.award.awardId } : {}),
        ...(c.award.issuer ? { issuer: c.award.issuer } : {}),
        ...(c.award.unresolved ? { unresolved: true as const, writtenAs: c.award.writtenAs } : {}),
        occasion: c.occasion,
        ...(c.campaign ? { campaign: c.campaign } : {}),
        collectives: 0,
        individuals: 0,
        households: 0,
        sources: [],
      };
      g = { total, rank: c.award.rank, first: i, earliest: "9999" };
      groups.set(key, g);
    }
    addKind(g.total, c.kind);
    g.total.sources.push(c.record.ref);
    if (c.record.decisionDate && c.record.decisionDate < g.earliest) g.earliest = c.record.decisionDate;
  });
  return [...groups.values()]
    .sort(
      (a, b) =>
        OCCASION_ORDER.indexOf(a.total.occasion) - OCCASION_ORDER.indexOf(b.total.occasion) ||
        a.rank - b.rank ||
        a.total.award.localeCompare(b.total.award, "vi") ||
        (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : 0) ||
        a.first - b.first,
    )
    .map((g) => g.total);
}
