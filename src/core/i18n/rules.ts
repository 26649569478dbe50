/**
 * Words several rules' messages share (a section of the one catalogue): the recipient kinds, alone
 * ("listed as individual") and counted ("5 collectives": English plural by count, Vietnamese has
 * none). Each rule's own messages stay with the rule (`ruleMessages` in its `meta.messages`).
 */
import type { RecipientKind } from "../model";
import type { Localized } from "./lang";
import { defineMessages } from "./messages";

export const KIND_WORDS = defineMessages("rule.kind", {
  collective: { vi: "tập thể", en: "collective" },
  individual: { vi: "cá nhân", en: "individual" },
  household: { vi: "hộ gia đình", en: "household" },
});

export const KIND_COUNTS = defineMessages("rule.kindCount", {
  collective: { vi: "{n} tập thể", en: "{n} {n:plural:collective|collectives}" },
  individual: { vi: "{n} cá nhân", en: "{n} {n:plural:individual|individuals}" },
  household: { vi: "{n} hộ gia đình", en: "{n} {n:plural:household|households}" },
});

/** "cá nhân" / "individual". */
export const kindWord = (kind: RecipientKind): Localized => KIND_WORDS.t(kind);

/** "5 tập thể" / "5 collectives". */
export const kindCount = (kind: RecipientKind, n: number): Localized => KIND_COUNTS.t(kind, { n });

/** Texts of a list joined as each language writes it ("tập thể, cá nhân"). */
export function joinLocalized(parts: Localized[], separator = ", "): Localized {
  return { vi: parts.map((p) => p.vi).join(separator), en: parts.map((p) => p.en).join(separator) };
}
