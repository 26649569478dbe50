/**
 * The user's decisions on recipients whose kind (tập thể / cá nhân / hộ gia đình) no signal
 * settles. Kept in the same map as the award decisions (decisions.ts), under a key of their own
 * ("kind:" + the recipient's name key), so the CLI's --award-map file, the pane's picker and the
 * workbook's data sheet carry both without a second channel. A kind decision names a recipient,
 * an award decision names an award text: the value tells them apart in a map file (a kind word).
 */
import type { AwardRecord, RecipientKind } from "../../model";
import { nameKey } from "../../text/normalize";
import { settledKind } from "../recipientKind";
import { KIND_VALUES } from "./decisionValues";

const KIND_KEY_PREFIX = "kind:";

/** The decision key of a recipient's kind: the same name (case, accents typed or not) is one recipient. */
export const kindDecisionKey = (name: string): string => KIND_KEY_PREFIX + nameKey(name ?? "");
export const isKindDecisionKey = (key: string): boolean => key.startsWith(KIND_KEY_PREFIX);

/** Stored value of each kind (what the data sheet and a map file hold): decisionValues.ts, shared with the pane. */
export { KIND_VALUES };
/** The kind words a map file may use: the stored value, typed without accents, or in English. */
const KIND_WORDS = new Map<string, RecipientKind>(
  (
    [
      [KIND_VALUES.individual, "individual"], ["ca nhan", "individual"], ["individual", "individual"],
      [KIND_VALUES.collective, "collective"], ["tap the", "collective"], ["collective", "collective"],
      [KIND_VALUES.household, "household"], ["ho gia dinh", "household"], ["household", "household"],
    ] as const
  ).map(([w, k]) => [nameKey(w), k]),
);

/**
 * A kind word as a map file or the picker writes it ("Cá nhân", "tap the", "household"); only the
 * whole value counts, so an award name that starts with "Tập thể" is never read as a kind.
 */
export function kindValue(text: string): RecipientKind | undefined {
  return KIND_WORDS.get(nameKey(text ?? ""));
}

/**
 * Apply the kind decisions to the records read: a recipient the list itself places (a section, a
 * Phân loại column) keeps what the list says; any other row of that name takes the user's kind.
 */
export function applyKindDecisions(records: Iterable<AwardRecord>, decisions: Record<string, string> | undefined): void {
  if (!decisions || !Object.keys(decisions).some(isKindDecisionKey)) return;
  for (const r of records) {
    if (r.kindSource === "section" || r.kindSource === "column" || !r.name) continue;
    const kind = kindValue(decisions[kindDecisionKey(r.name)] ?? "");
    if (!kind) continue;
    r.kind = kind;
    r.kindSource = "user";
  }
}

/** A recipient whose kind no signal settles, as the pane's picker lists it. */
export interface UnsettledKind {
  /** kindDecisionKey of the name: the key of the user's decision */
  key: string;
  /** the name as the files write it (first spelling met) */
  name: string;
  rows: number;
  /** the units (or sending units) it is listed in, for the user to tell who it is */
  units: string[];
  /** what the user decided, when they did */
  decided?: RecipientKind;
}

/**
 * The recipients whose kind is unsettled after reading, and those the user decided, with their
 * row counts, in order of first appearance. `awardKinds` gives the kinds a record's award allows.
 */
export function unsettledKinds(records: Iterable<AwardRecord>, awardKinds: (r: AwardRecord) => readonly RecipientKind[] | undefined): UnsettledKind[] {
  const out = new Map<string, UnsettledKind>();
  for (const r of records) {
    if (r.awardExcluded || !r.name?.trim()) continue;
    const decided = r.kindSource === "user";
    if (!decided && settledKind(r, awardKinds(r))) continue;
    const key = kindDecisionKey(r.name);
    let u = out.get(key);
    if (!u) out.set(key, (u = { key, name: r.name.trim(), rows: 0, units: [] }));
    u.rows++;
    const unit = (r.unit || r.sender || "").trim();
    if (unit && !u.units.includes(unit) && u.units.length < 3) u.units.push(unit);
    if (decided && r.kind) u.decided = r.kind;
  }
  return [...out.values()];
}
