/**
 * The award catalogue (src/core/domain/awards.ts) seen through the small AwardInfo interface that
 * consolidation uses. Kept in this one file so the rest of the folder does not depend on how the
 * catalogue stores its entries.
 */
import { ISSUERS, awardById, intendedAward } from "../domain/awards";
import type { AwardInfo } from "./types";

export function catalogueAwardInfo(id: string): AwardInfo | undefined {
  const e = awardById(id);
  if (!e) return undefined;
  return {
    id: e.id,
    name: e.name,
    ...(e.issuer ? { issuer: ISSUERS[e.issuer].name.vi } : {}),
    ...(e.reportAs && e.reportAs !== e.id ? { reportAs: e.reportAs } : {}),
    category: e.category,
    kinds: e.recipients,
  };
}

/** The award a text is meant as: the catalogue's match, else its suggestion for a misspelling. */
export function catalogueIntendedAwardId(text: string): string | undefined {
  return intendedAward(text)?.id;
}
