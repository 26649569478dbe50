/**
 * The catalogue in use: the built-in entries, plus a province's own when given (`--catalogue FILE`).
 * Kept apart from index.ts so that the user's decisions (decisions.ts) can look entries up without
 * importing the module that re-exports them.
 */
import { errorOf } from "../../errors";
import { ERRORS } from "../../i18n/errors";
import { FORMS } from "./data-forms";
import { STATE_AWARDS } from "./data-state";
import { TITLES } from "./data-titles";
import { indexCatalogue } from "./match";
import type { AwardEntry } from "./types";

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
  if (clash) throw errorOf(ERRORS, "catalogue-invalid", "catalogueClash", {}, { id: clash.id });
  AWARDS = [...BUILT_IN_AWARDS, ...local];
  BY_ID = new Map(AWARDS.map((a) => [a.id, a]));
  indexCatalogue(AWARDS);
}

export function awardById(id: string): AwardEntry | undefined {
  return BY_ID.get(id);
}
