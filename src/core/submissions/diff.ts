/**
 * What changed in one unit's contribution when it resubmitted: rows added, removed and changed, and
 * its award totals before -> after.
 *
 * Rows are matched by a stable identity, never by position (a deleted row shifts every row below it):
 *  - an award row by the recipient's name key + the award it counts under + the recipient kind;
 *  - a figure row by its section key + indicator key.
 * The same identity twice in one list (a duplicate row) is told apart by its occurrence number.
 * A row removed and a row added for the same recipient (same name and kind, one each) is one row
 * whose award changed, which is how a person reads "đổi hình thức khen thưởng".
 */
import type { AwardRecord, FigureRow, Lang, Localized, RecipientKind } from "../model";
import type { ParsedFile } from "../rules/rule";
import { nameKey } from "../text/normalize";
import { countedKind, occasionOf, resolveAward } from "../consolidate/awards";
import { catalogueAwardInfo, catalogueIntendedAwardId } from "../consolidate/catalogue-lookup";
import { sectionKey, splitIndicator } from "../consolidate/figure-keys";
import { DIFF_FIELDS, DIFF_OCCASIONS } from "../i18n/submissions";

export type RowSide = "award" | "figure";

/** A field's value: as the file writes it, or a word of ours in both languages (the occasion). */
export type FieldValue = string | Localized;

/** A field's value in one language. */
export function fieldText(value: FieldValue, lang: Lang): string {
  return typeof value === "string" ? value : value[lang];
}

/** One field that differs between the old and the new version of a row. */
export interface FieldChange {
  field: string;
  /** the field's name for people, Vietnamese and English */
  label: Localized;
  before: FieldValue;
  after: FieldValue;
  /** A1 address in the new file, when the field has a cell */
  cell?: string;
}

export interface RowRef {
  side: RowSide;
  /** what a person recognises the row by: the recipient's name, or the indicator */
  label: string;
  /** the award as counted (award rows), or the section (figure rows) */
  detail: string;
  sheet: string;
  cell: string;
  row: number;
}

export interface RowChange {
  before: RowRef;
  after: RowRef;
  fields: FieldChange[];
}

export interface AwardTotalKey {
  award: string;
  kind: RecipientKind;
}

export interface TotalChange extends AwardTotalKey {
  before: number;
  after: number;
}

export interface UnitDiff {
  added: RowRef[];
  removed: RowRef[];
  changed: RowChange[];
  /** award totals (rows counted per award and kind) before -> after; every pair seen on either side */
  totals: TotalChange[];
}

const KIND_ORDER: RecipientKind[] = ["collective", "individual", "household"];

interface Keyed<T> {
  key: string;
  ref: RowRef;
  record: T;
  /** name + kind (award rows) — the key without the award, for pairing an award change */
  personKey?: string;
  /** every field has its label in the catalogue (DIFF_FIELDS) */
  fields: Partial<Record<DiffField, { text: FieldValue; cell?: string }>>;
}

type DiffField = keyof typeof DIFF_FIELDS.templates;

/** The award a row is counted under, by its official name (the report's grouping). */
export function countedAward(record: AwardRecord): { key: string; name: string; kind: RecipientKind } {
  const resolved = resolveAward(record, catalogueAwardInfo, catalogueIntendedAwardId);
  return { key: resolved.key, name: resolved.name, kind: countedKind(record, resolved) ?? "individual" };
}

function numText(n: number | null): string {
  return n === null ? "" : String(n);
}

function keyAwards(files: ParsedFile[]): Keyed<AwardRecord>[] {
  const out: Keyed<AwardRecord>[] = [];
  for (const f of files)
    for (const s of f.sheets)
      for (const r of s.awards) {
        const award = countedAward(r);
        const personKey = `${nameKey(r.name)}|${award.kind}`;
        out.push({
          key: `${personKey}|${award.key}`,
          personKey,
          record: r,
          ref: { side: "award", label: r.name, detail: award.name, sheet: r.ref.sheet, cell: r.ref.cell, row: r.ref.row },
          fields: {
            award: { text: award.name, cell: r.cells.award },
            position: { text: r.position ?? "", cell: r.cells.position ?? r.cells.positionUnit },
            unit: { text: r.unit ?? "", cell: r.cells.unit ?? r.cells.school ?? r.cells.positionUnit },
            occasion: { text: DIFF_OCCASIONS.t(occasionOf(r)), cell: r.cells.occasion },
            decisionNumber: { text: r.decisionNumber ?? "", cell: r.cells.decisionNumber ?? r.cells.decision },
            decisionDate: { text: r.decisionDate ?? "", cell: r.cells.decisionDate ?? r.cells.decision },
            note: { text: r.note ?? "", cell: r.cells.note },
          },
        });
      }
  return out;
}

function keyFigures(files: ParsedFile[]): Keyed<FigureRow>[] {
  const out: Keyed<FigureRow>[] = [];
  for (const f of files)
    for (const s of f.sheets)
      for (const r of s.figures)
        out.push({
          key: `${sectionKey(r.section)}|${splitIndicator(r.indicator).key}`,
          record: r,
          ref: { side: "figure", label: r.indicator, detail: r.section, sheet: r.ref.sheet, cell: r.ref.cell, row: r.ref.row },
          fields: {
            measure: { text: r.measure, cell: r.cells.measure },
            plan: { text: numText(r.plan), cell: r.cells.plan },
            actual: { text: numText(r.actual), cell: r.cells.actual },
            percent: { text: numText(r.percent), cell: r.cells.percent },
          },
        });
  return out;
}

/** Give repeated keys an occurrence number, so duplicates pair up one to one. */
function numbered<T>(rows: Keyed<T>[]): Map<string, Keyed<T>> {
  const seen = new Map<string, number>();
  const out = new Map<string, Keyed<T>>();
  for (const r of rows) {
    const n = (seen.get(r.key) ?? 0) + 1;
    seen.set(r.key, n);
    out.set(`${r.key}#${n}`, r);
  }
  return out;
}

function fieldChanges<T>(a: Keyed<T>, b: Keyed<T>): FieldChange[] {
  const out: FieldChange[] = [];
  // a and b come from the same keyer (keyAwards or keyFigures): they have the same fields
  for (const field of Object.keys(b.fields) as DiffField[]) {
    const before = a.fields[field]!.text;
    const after = b.fields[field]!.text;
    if (fieldText(before, "vi") === fieldText(after, "vi")) continue;
    out.push({ field, label: DIFF_FIELDS.t(field), before, after, cell: b.fields[field]!.cell });
  }
  return out;
}

function diffSide<T>(before: Keyed<T>[], after: Keyed<T>[], diff: UnitDiff): void {
  const a = numbered(before);
  const b = numbered(after);
  const removed: Keyed<T>[] = [];
  const added: Keyed<T>[] = [];
  for (const [k, row] of a) {
    const other = b.get(k);
    if (!other) removed.push(row);
    else {
      const fields = fieldChanges(row, other);
      if (fields.length) diff.changed.push({ before: row.ref, after: other.ref, fields });
    }
  }
  for (const [k, row] of b) if (!a.has(k)) added.push(row);
  // a recipient who lost one award row and gained one: the award was changed, not a row swapped
  const byPerson = (rows: Keyed<T>[]) => {
    const m = new Map<string, Keyed<T>[]>();
    for (const r of rows) if (r.personKey) m.set(r.personKey, [...(m.get(r.personKey) ?? []), r]);
    return m;
  };
  const removedBy = byPerson(removed);
  const addedBy = byPerson(added);
  const paired = new Set<Keyed<T>>();
  for (const [person, olds] of removedBy) {
    const news = addedBy.get(person);
    if (olds.length !== 1 || news?.length !== 1) continue;
    diff.changed.push({ before: olds[0].ref, after: news[0].ref, fields: fieldChanges(olds[0], news[0]) });
    paired.add(olds[0]).add(news[0]);
  }
  diff.removed.push(...removed.filter((r) => !paired.has(r)).map((r) => r.ref));
  diff.added.push(...added.filter((r) => !paired.has(r)).map((r) => r.ref));
}

/** Rows counted per award and kind, as the report counts them. */
export function awardTotals(files: ParsedFile[]): Map<string, TotalChange> {
  const totals = new Map<string, TotalChange>();
  for (const f of files)
    for (const s of f.sheets)
      for (const r of s.awards) {
        const { name, kind } = countedAward(r);
        const k = `${name}|${kind}`;
        const t = totals.get(k) ?? { award: name, kind, before: 0, after: 0 };
        t.after++;
        totals.set(k, t);
      }
  return totals;
}

/** The difference between a unit's old and new contribution. */
export function diffContribution(before: ParsedFile[], after: ParsedFile[]): UnitDiff {
  const diff: UnitDiff = { added: [], removed: [], changed: [], totals: [] };
  diffSide(keyAwards(before), keyAwards(after), diff);
  diffSide(keyFigures(before), keyFigures(after), diff);
  const totals = new Map<string, TotalChange>();
  for (const [k, t] of awardTotals(before)) totals.set(k, { ...t, before: t.after, after: 0 });
  for (const [k, t] of awardTotals(after)) totals.set(k, { ...(totals.get(k) ?? { ...t, before: 0 }), after: t.after });
  diff.totals = [...totals.values()].sort(
    (x, y) => x.award.localeCompare(y.award, "vi") || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind),
  );
  // award rows first (what the unit was asked about), then figures; within each, in sheet order
  const byRow = (x: RowRef, y: RowRef) => (x.side === y.side ? 0 : x.side === "award" ? -1 : 1) || x.sheet.localeCompare(y.sheet) || x.row - y.row;
  diff.added.sort(byRow);
  diff.removed.sort(byRow);
  diff.changed.sort((x, y) => byRow(x.after, y.after));
  return diff;
}

