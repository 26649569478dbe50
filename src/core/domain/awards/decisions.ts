/**
 * The user's decisions on awards the catalogue could not settle: "name as in the file" -> a
 * catalogue id, or "không tính" (not counted). Given once (CLI --award-map, the pane's picker),
 * applied to every record with that text, and shown in Kiểm tra as the user's decision.
 * A province's own titles (--catalogue) come in as entries of the same shape as the built-in data.
 */
import { errorOf } from "../../errors";
import { AWARD_TEXTS } from "../../i18n/awards";
import { ERRORS } from "../../i18n/errors";
import type { AwardRecord } from "../../model";
import { nameKey } from "../../text/normalize";
import { awardById } from "./catalogue";
import { NOT_COUNTED } from "./decisionValues";
import { applyKindDecisions, kindDecisionKey, KIND_VALUES, kindValue } from "./kindDecisions";
import { form, title, type AwardEntry, type EntryInput } from "./types";

/** The value that means "do not count this award" (decisionValues.ts, shared with the pane). */
export { NOT_COUNTED };

/**
 * nameKey(text as written) -> catalogue id or NOT_COUNTED; and kindDecisionKey(recipient name) ->
 * "cá nhân" | "tập thể" | "hộ gia đình" (kindDecisions.ts)
 */
export type AwardDecisions = Record<string, string>;

export const decisionKey = (text: string): string => nameKey(text ?? "");

/** Is the value "không tính" (any case, accents or not)? */
export function isNotCounted(v: string): boolean {
  return ["khong tinh", NOT_COUNTED, "not counted", "exclude"].includes(v.trim().toLowerCase().normalize("NFC")) || nameKey(v) === nameKey(NOT_COUNTED);
}

/**
 * Decisions from rows (two columns: name as in the file, catalogue id / official name / "không
 * tính"), or a JSON object. A value may be an official name instead of an id. A kind word as the
 * value ("cá nhân", "tập thể", "hộ gia đình") makes the row a recipient's kind: the first column is
 * then the recipient's name as the lists write it. Returns the problems
 * (unknown target) apart so the caller names the file and row.
 */
export function parseAwardMap(rows: string[][], resolveName: (text: string) => AwardEntry | undefined, mayHaveHeader = true): { decisions: AwardDecisions; problems: string[] } {
  const decisions: AwardDecisions = {};
  const problems: string[] = [];
  rows.forEach(([from, to], i) => {
    const f = (from ?? "").trim();
    const t = (to ?? "").trim();
    if (!f || !t) return;
    // a header row ("Tên trong tệp | Mã danh mục") is skipped
    const kind = kindValue(t);
    if (mayHaveHeader && i === 0 && !kind && !awardById(t) && !isNotCounted(t) && !resolveName(t)) return;
    if (kind) decisions[kindDecisionKey(f)] = KIND_VALUES[kind];
    else if (isNotCounted(t)) decisions[decisionKey(f)] = NOT_COUNTED;
    else {
      const entry = awardById(t) ?? resolveName(t);
      if (entry) decisions[decisionKey(f)] = entry.id;
      else problems.push(`${i + 1}: "${t}"`);
    }
  });
  return { decisions, problems };
}

/** Apply the decisions (awards and recipients' kinds) to the records read, before the rules run and before counting. */
export function applyAwardDecisions(records: Iterable<AwardRecord>, decisions: AwardDecisions | undefined): void {
  if (!decisions || !Object.keys(decisions).length) return;
  const list = [...records];
  applyKindDecisions(list, decisions);
  for (const r of list) {
    const d = decisions[decisionKey(r.awardText)];
    if (!d) continue;
    if (d === NOT_COUNTED) {
      r.awardExcluded = true;
      r.awardSettledBy = "user";
    } else if (awardById(d)) {
      r.awardId = d;
      r.awardSettledBy = "user";
    }
  }
}

/**
 * A province's own entries (JSON array, same shape as the built-in data): required fields checked,
 * defaults as the built-in builders give them. Throws with the entry's index on a missing field.
 */
export function parseLocalCatalogue(json: unknown): AwardEntry[] {
  if (!Array.isArray(json)) throw errorOf(ERRORS, "catalogue-invalid", "catalogueNotArray", {});
  return json.map((raw, i) => {
    const e = raw as Partial<EntryInput> & { category?: string };
    for (const k of ["id", "name", "family", "recipients"] as const)
      if (!e[k]) throw errorOf(ERRORS, "catalogue-invalid", "catalogueEntryMissing", {}, { entry: i + 1, field: k });
    const input: EntryInput = {
      en: e.name!,
      level: "unit",
      periods: ["P1", "P2", "P3"],
      grants: [],
      article: AWARD_TEXTS.text("vi", "localBasis"),
      ...e,
      // "local" marks a province's own entry wherever it is shown (Kiểm tra, docs)
      source: "local",
    } as EntryInput;
    return e.category === "title" ? title(input) : form(input);
  });
}

/** An award name no catalogue entry settles, as the pane's picker lists it. */
export interface UnsettledAward {
  /** decisionKey of the text: the key of the user's decision */
  key: string;
  /** the text as the files write it (first spelling met) */
  text: string;
  rows: number;
  /** the nearest official name, for a misspelling (never applied on its own) */
  suggestion?: { id: string; name: string };
  /** what the user decided, when they did */
  decided?: string;
}

/**
 * The award names left unsettled after reading (no catalogue id, not decided "không tính"), and
 * those the user decided, with their row counts, in order of first appearance.
 */
export function unsettledAwards(
  records: Iterable<AwardRecord>,
  suggestionOf: (text: string) => AwardEntry | undefined,
): UnsettledAward[] {
  const out = new Map<string, UnsettledAward>();
  for (const r of records) {
    const text = (r.awardText ?? "").trim();
    if (!text || (r.awardId && r.awardSettledBy !== "user")) continue;
    const key = decisionKey(text);
    let u = out.get(key);
    if (!u) {
      const s = suggestionOf(text);
      u = { key, text, rows: 0, ...(s ? { suggestion: { id: s.id, name: s.name } } : {}) };
      out.set(key, u);
    }
    u.rows++;
    if (r.awardSettledBy === "user") u.decided = r.awardExcluded ? NOT_COUNTED : r.awardId;
  }
  return [...out.values()];
}
