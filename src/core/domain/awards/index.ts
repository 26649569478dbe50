/**
 * The award catalogue (../shared/reference/award-catalogue-law.md) as data, and its matching.
 *  - types.ts: the entry shape, issuers, legal periods;
 *  - data-titles.ts (Table A), data-state.ts (B1–B5, C), data-forms.ts (B6, B7): the entries;
 *  - keys.ts: folding a text into a key; match.ts: recognising a text.
 * A province's own titles (`--catalogue FILE`) are added with `useCatalogue`.
 */
import type { AwardRecord } from "../../model";
import { awardById, useCatalogue } from "./catalogue";
import { parseLocalCatalogue, unsettledAwards, type UnsettledAward } from "./decisions";
import { unsettledKinds, type UnsettledKind } from "./kindDecisions";
import { matchAward } from "./match";
import type { AwardEntry } from "./types";
import { AWARD_POLICY, type SuggestionPolicy } from "../config";

export * from "./types";
export { AWARDS, BUILT_IN_AWARDS, awardById, useCatalogue } from "./catalogue";
export { awardKey, awardLooseKey, signature } from "./keys";
export { applyAwardDecisions, decisionKey, isNotCounted, NOT_COUNTED, parseAwardMap, parseLocalCatalogue, unsettledAwards, type AwardDecisions, type UnsettledAward } from "./decisions";
export { applyKindDecisions, isKindDecisionKey, kindDecisionKey, KIND_VALUES, kindValue, unsettledKinds, type UnsettledKind } from "./kindDecisions";
export { matchAward, settle, issuerOf, issuerOfDecision, levenshtein, spellingsOf, type AwardMatch } from "./match";

/**
 * The award a text is counted under: the catalogue's match; for a misspelling, its suggestion as
 * the policy says (AWARD_POLICY.countSuggested: "slips" = only a slip that crosses no line).
 * A bare "Bằng khen" / "CSTĐ" (incomplete) is never counted on a guess, whatever the policy.
 */
export function intendedAward(text: string, policy: SuggestionPolicy = AWARD_POLICY.countSuggested): AwardEntry | undefined {
  const m = matchAward(text);
  if (m.kind === "known") return m.award;
  if (policy === "all") return m.suggestion;
  return policy === "slips" && m.slip ? m.suggestion : undefined;
}

/** A province's own entries as given (a JSON array, --catalogue / the data sheet), or none: the law's catalogue only. */
export function useLocalCatalogue(entries: unknown[] | undefined): void {
  useCatalogue(entries?.length ? parseLocalCatalogue(entries) : []);
}

/** What the pane's pickers list. */
export interface Unsettled {
  /** award names no catalogue entry settles, and those the user decided */
  unsettledAwards: UnsettledAward[];
  /** recipients whose kind (tập thể / cá nhân / hộ gia đình) nothing settles, and those the user decided */
  unsettledKinds: UnsettledKind[];
}

export function unsettledOf(records: AwardRecord[]): Unsettled {
  const suggestion = (t: string) => {
    const m = matchAward(t);
    return m.kind === "unknown" ? m.suggestion : undefined;
  };
  return {
    unsettledAwards: unsettledAwards(records, suggestion),
    unsettledKinds: unsettledKinds(records, (r) => (r.awardId ? awardById(r.awardId) : intendedAward(r.awardText ?? ""))?.recipients),
  };
}
