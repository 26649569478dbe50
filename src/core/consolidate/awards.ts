/**
 * Award totals: every listed award row counted once, under the kind it is listed as, grouped by
 * award (after `reportAs`: "Tập thể lao động tiên tiến" counts as collectives of "Lao động tiên
 * tiến"), occasion and named campaign. An award the catalogue does not know is counted under its
 * text as written, so nothing listed is ever dropped.
 */
import type { AwardRecord, Occasion, RecipientKind } from "../model";
import type { AwardTotal } from "../report";
import type { ParsedFile } from "../rules/rule";
import { collapseSpaces, nameKey, nfc } from "../text/normalize";
import { awardRank } from "./award-names";
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
}

export function resolveAward(record: Pick<AwardRecord, "awardId" | "awardText">, lookup: AwardLookup): ResolvedAward {
  const own = record.awardId ? lookup(record.awardId) : undefined;
  const target = own?.reportAs ? (lookup(own.reportAs) ?? own) : own;
  if (target) {
    return { key: target.id, name: target.name, awardId: target.id, issuer: target.issuer, rank: awardRank(target.name, target), own };
  }
  // A catalogue id the lookup does not know still groups by id; plain text groups by its name key.
  const text = nfc(collapseSpaces(record.awardText || record.awardId || ""));
  const key = record.awardId ? record.awardId : "text:" + nameKey(text);
  return { key, name: text, awardId: record.awardId, rank: awardRank(text) };
}

/**
 * The kind a row counts as: as listed (section, column) — even when a rule doubts it — else the
 * only kind the award can go to (TTLĐTT -> collective), else an individual, the commonest case.
 */
export function countedKind(record: AwardRecord, resolved: ResolvedAward): RecipientKind {
  if (record.kind) return record.kind;
  const kinds = resolved.own?.kinds;
  if (kinds && kinds.length === 1) return kinds[0];
  return "individual";
}

export function occasionOf(record: AwardRecord): Occasion {
  return record.occasion ?? (record.campaign ? "thematic" : "regular");
}

export function senderOf(record: { sender?: string }, file: ParsedFile): string {
  return nfc(collapseSpaces(record.sender || file.ledger.sender || file.file));
}

/** One counted record, with what the tables need. */
export interface CountedAward {
  record: AwardRecord;
  file: ParsedFile;
  award: ResolvedAward;
  kind: RecipientKind;
  occasion: Occasion;
  campaign?: string;
  sender: string;
}

export function collectAwards(files: ParsedFile[], lookup: AwardLookup): CountedAward[] {
  const out: CountedAward[] = [];
  for (const file of files) {
    for (const sheet of file.sheets) {
      for (const record of sheet.awards) {
        const award = resolveAward(record, lookup);
        out.push({
          record,
          file,
          award,
          kind: countedKind(record, award),
          occasion: occasionOf(record),
          campaign: record.campaign ? nfc(collapseSpaces(record.campaign)) : undefined,
          sender: senderOf(record, file),
        });
      }
    }
  }
  return out;
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
    const campaignKey = c.campaign ? nameKey(c.campaign) : "";
    const key = `${c.award.key}|${c.occasion}|${campaignKey}`;
    let g = groups.get(key);
    if (!g) {
      const total: AwardTotal = {
        award: c.award.name,
        ...(c.award.awardId ? { awardId: c.award.awardId } : {}),
        ...(c.award.issuer ? { issuer: c.award.issuer } : {}),
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
