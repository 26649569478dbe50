/**
 * The values the user's decisions are stored as (in the report's data sheet and in award maps):
 * an award name decided as not counted, and a recipient's kind. They are data, matched when read
 * back, never shown as such: the pickers show the catalogue's words for them. Kept apart, with no
 * imports, so the task pane's first load can use them without the award catalogue.
 */
import type { RecipientKind } from "../../model";

export const NOT_COUNTED = "không tính";

export const KIND_VALUES: Record<RecipientKind, string> = { individual: "cá nhân", collective: "tập thể", household: "hộ gia đình" };
