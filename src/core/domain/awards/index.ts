/**
 * The award catalogue (../shared/reference/award-catalogue-law.md) as data, and its matching.
 *  - types.ts: the entry shape, issuers, legal periods;
 *  - data-titles.ts (Table A), data-state.ts (B1–B5, C), data-forms.ts (B6, B7): the entries;
 *  - keys.ts: folding a text into a key; match.ts: recognising a text.
 * A province's own titles (`--catalogue FILE`) are added with `useCatalogue`.
 */
import { FORMS } from "./data-forms";
import { STATE_AWARDS } from "./data-state";
import { TITLES } from "./data-titles";
import { indexCatalogue, matchAward } from "./match";
import type { AwardEntry } from "./types";

export * from "./types";
export { awardKey, awardLooseKey, signature } from "./keys";
export { applyAwardDecisions, decisionKey, isNotCounted, NOT_COUNTED, parseAwardMap, parseLocalCatalogue, unsettledAwards, type AwardDecisions, type UnsettledAward } from "./decisions";
export { matchAward, settle, issuerOf, issuerOfDecision, levenshtein, spellingsOf, type AwardMatch } from "./match";

/** The built-in catalogue, in matching order (a spelling shared by two entries goes to the first). */
export const BUILT_IN_AWARDS: AwardEntry[] = [...TITLES, ...FORMS, ...STATE_AWARDS];

/** The catalogue in use: the built-in one, plus a province's own entries when given. */
export let AWARDS: AwardEntry[] = BUILT_IN_AWARDS;
let BY_ID = new Map(AWARDS.map((a) => [a.id, a]));
indexCatalogue(AWARDS);

/**
 * Add a province's own titles and local honours (same shape as the built-in data). Their ids must
 * not be built-in ids; calling again replaces the previous local entries.
 */
export function useCatalogue(local: AwardEntry[]): void {
  const clash = local.find((a) => BUILT_IN_AWARDS.some((b) => b.id === a.id));
  if (clash) throw new Error(`catalogue id "${clash.id}" is a built-in id`);
  AWARDS = [...BUILT_IN_AWARDS, ...local];
  BY_ID = new Map(AWARDS.map((a) => [a.id, a]));
  indexCatalogue(AWARDS);
}

export function awardById(id: string): AwardEntry | undefined {
  return BY_ID.get(id);
}

/**
 * The award a text is counted under: the catalogue's match; for a misspelling, its suggestion only
 * when `countSlips` and the slip crosses no line (same family, class, issuer level). Nothing else.
 */
export function intendedAward(text: string, countSlips = true): AwardEntry | undefined {
  const m = matchAward(text);
  if (m.kind === "known") return m.award;
  return countSlips && m.slip ? m.suggestion : undefined;
}
