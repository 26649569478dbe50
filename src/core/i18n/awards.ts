/**
 * Award texts the engine composes (a section of the one catalogue). They are official Vietnamese
 * forms — a ministry's "Bằng khen của Bộ Y tế", the legal basis of a province's own title — so they
 * read the same in English texts, as every award name does.
 */
import { defineMessages } from "./messages";

export const AWARD_TEXTS = defineMessages("award", {
  /** one form granted by several ministries, named by the one that granted it */
  ofIssuer: { vi: "{award} của {issuer}", en: "{award} của {issuer}" },
  /** the legal basis of a province's own entry (--catalogue) when it gives none */
  localBasis: { vi: "quy định của tỉnh", en: "quy định của tỉnh" },
});
