/**
 * Helpers shared by the TĐKT rules: walking the records of a context, per-record keys computed once
 * (nameKey, unit key, intended award), loose unit comparison, number and place formatting.
 */
import { awardById, intendedAward, matchAward, type AwardEntry, type AwardMatch } from "../domain/awards";
import { workplaceIn } from "../domain/recipientKind";
import { unitKey } from "../domain/unitIdentity";
import type { AwardRecord, ColumnRole, FigureRow, Localized, SummaryRow } from "../model";
import { collapseSpaces, nameKey, nfc } from "../text/normalize";
import { formatNumberEn, formatNumberVi, roundTo } from "../values";
import type { ParsedFile, ParsedSheet, RuleContext } from "./rule";

export interface AwardAt {
  file: ParsedFile;
  fileIndex: number;
  sheet: ParsedSheet;
  record: AwardRecord;
}

export function* eachAward(ctx: RuleContext): Generator<AwardAt> {
  for (let fi = 0; fi < ctx.files.length; fi++) {
    const file = ctx.files[fi];
    for (const sheet of file.sheets) for (const record of sheet.awards) yield { file, fileIndex: fi, sheet, record };
  }
}

/** The A1 cell of the first role the record has, else its reference cell. */
export function cellOf(r: { cells: Partial<Record<ColumnRole, string>>; ref: { cell: string } }, ...roles: ColumnRole[]): string {
  for (const role of roles) {
    const c = r.cells[role];
    if (c) return c;
  }
  return r.ref.cell;
}

/** "file | sheet!A1", the form Issue.related uses across files. */
export function refString(file: string, sheet: string, cell: string): string {
  return `${file} | ${sheet}!${cell}`;
}

/** A number as each language writes it; binary noise (0.1 + 0.2) is rounded away. */
export const num = (n: number, decimals?: number): Localized => {
  const v = decimals === undefined ? roundTo(n, 6) : n;
  return { vi: formatNumberVi(v, decimals), en: formatNumberEn(v, decimals) };
};

// ---------------------------------------------------------------------------------------------
// Units

/** The one unit identity (domain/unitIdentity.ts): "UBND xã Quài Nưa" = "Xã Quài Nưa". */
export { unitKey };

// no "i" flag: with it \p{Lu} would match lower case too, and the place is the capitalised run
const PLACE_WORD = /(^|[\s,(])([Xx]ã|XÃ|[Tt]hị trấn|THỊ TRẤN|[Pp]hường|PHƯỜNG)\s+((?:\p{Lu}[\p{L}\p{M}]*\s*)+)/gu;

/** Commune-level places named in a text: "UBND xã Si Pa Phìn" -> ["Si Pa Phìn"] (as written). */
export function placesIn(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const m of nfc(text).matchAll(PLACE_WORD)) {
    const place = collapseSpaces(m[3]);
    if (place) out.push(place);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Per-record keys, computed once per record for every rule (the rules run on ~180k rows)

export interface AwardInfo {
  nameKey: string;
  /** unit key of the recipient's unit, else of the sender */
  unitKey: string;
  /** the first commune-level place of the unit (else of the sender), nameKey form */
  placeKey: string;
  /** unit key of the sending unit alone (a school's list names its Phòng GD&ĐT as the sender) */
  senderKey: string;
  /**
   * the unit of work, for telling people apart: the unit column, else the workplace the position
   * names ("Giáo viên Trường TH số 1"), else the sender. Two people of one name in two workplaces
   * are two people.
   */
  workKey: string;
  match: AwardMatch;
  /** known award, else the suggestion for a spelling slip that crosses no line (counted as meant, per the corpus rules) */
  intended?: AwardEntry;
  year?: string;
  /** the sender the keys above were made with */
  sender: string | undefined;
}


/**
 * A key made once per pair of texts (a unit and a sender, a position and a sender): units and
 * senders repeat on thousands of rows. Two levels of maps rather than one joined key: the texts are
 * the rows' own strings, whose hashes are kept, where a joined key is a new string to hash per row.
 */
class PairCache<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();
  private size = 0;
  get(a: string, b: string, make: () => V): V {
    let inner = this.byFirst.get(a);
    if (!inner) this.byFirst.set(a, (inner = new Map<string, V>()));
    let v = inner.get(b);
    if (v === undefined) {
      v = make();
      if (++this.size > 100_000) {
        this.byFirst.clear();
        this.size = 1;
        this.byFirst.set(a, (inner = new Map<string, V>()));
      }
      inner.set(b, v);
    }
    return v;
  }
}

const UNIT_CACHE = new PairCache<{ unitKey: string; placeKey: string; senderKey: string }>();
function unitKeys(unit: string | undefined, sender: string | undefined): { unitKey: string; placeKey: string; senderKey: string } {
  return UNIT_CACHE.get(unit ?? "", sender ?? "", () => {
    const place = placesIn(unit)[0] ?? placesIn(sender)[0];
    return { unitKey: unitKey(unit || sender), placeKey: place ? nameKey(place) : "", senderKey: unitKey(sender) };
  });
}

const WORK_CACHE = new PairCache<string>();
function workKeyOf(position: string | undefined, sender: string | undefined): string {
  return WORK_CACHE.get(position ?? "", sender ?? "", () => unitKey(workplaceIn(position) || sender));
}

/**
 * What the award written on a row is: how its text matched the catalogue, and the award it was
 * meant as; with the row's name key and decision year. It depends on the row's own cells alone —
 * never on the sender — so a file's own rules (scope "file") can use it before the run's registry
 * names the file's sender, and it is made once per row.
 */
export interface AwardMatchInfo {
  match: AwardMatch;
  /** known award, else the suggestion for a spelling slip that crosses no line (counted as meant, per the corpus rules) */
  intended?: AwardEntry;
  nameKey: string;
  year?: string;
}

/**
 * A row's own match, and its keys with its sender once asked (awardInfo), kept on the record itself
 * under a symbol, not enumerable: JSON, spreading, Object.assign, the structured clone and the
 * reading threads' hand-over never see it, so a copy of a record (a user's decision applied) makes
 * its own. The rules ask it of every row, some twice (a province: a million times): as a weak map's
 * entry it cost ≈ 0.45 µs a look-up there, as a property a few nanoseconds.
 */
interface RowInfo extends AwardMatchInfo {
  withSender?: AwardInfo;
}

const ROW_INFO = Symbol("tdkt.rowInfo");
type WithRowInfo = AwardRecord & { [ROW_INFO]?: RowInfo };

export function awardMatchOf(r: AwardRecord): AwardMatchInfo {
  return rowInfo(r);
}

function rowInfo(r: WithRowInfo): RowInfo {
  let info = r[ROW_INFO];
  if (!info) {
    let match = matchAward(r.awardText ?? "");
    // a bare name the reader settled with another column ("Giấy khen" + Cấp khen "Chủ tịch UBND huyện")
    const settled = match.kind === "unknown" && r.awardId ? awardById(r.awardId) : undefined;
    if (settled) match = { kind: "known", award: settled, exact: false, ...(r.awardSettledBy ? { settledBy: r.awardSettledBy } : {}) };
    info = {
      match,
      intended: match.kind === "known" ? match.award : intendedAward(r.awardText ?? ""),
      nameKey: nameKey(r.name ?? ""),
      year: /^\d{4}/.test(r.decisionDate ?? "") ? r.decisionDate!.slice(0, 4) : undefined,
      withSender: undefined,
    };
    Object.defineProperty(r, ROW_INFO, { value: info });
  }
  return info;
}

/**
 * A row's award, recipient and unit keys for the rules across files. The unit keys come from the
 * sender, so they are made again if the row's sender changed since (a file is checked on its own
 * before its sender is attached: records/sender.ts); the rest is the row's own (awardMatchOf).
 */
export function awardInfo(r: AwardRecord): AwardInfo {
  const own = rowInfo(r);
  let info = own.withSender;
  if (!info || info.sender !== r.sender) {
    const units = unitKeys(r.unit, r.sender);
    info = {
      nameKey: own.nameKey,
      unitKey: units.unitKey,
      placeKey: units.placeKey,
      senderKey: units.senderKey,
      // a unit column names the workplace: its key is the unit's (unitKey of the unit itself)
      workKey: r.unit ? units.unitKey : workKeyOf(r.position, r.sender),
      match: own.match,
      intended: own.intended,
      year: own.year,
      sender: r.sender,
    };
    own.withSender = info;
  }
  return info;
}

/**
 * Same recipient unit, loosely: equal unit keys, or the same commune named in both (a commune's list
 * says "Xã Quài Nưa", the district office's list "UBND xã Quài Nưa").
 */
export function sameUnit(a: AwardInfo, b: AwardInfo): boolean {
  if (a.unitKey && a.unitKey === b.unitKey) return true;
  return !!a.placeKey && a.placeKey === b.placeKey;
}

/**
 * Same unit of work, for duplicates: the same unit loosely (above), unless both rows name their
 * workplaces and the workplaces differ ("Trường TH số 1" and "Trường TH số 2" of one sender).
 */
export function sameWorkplace(a: AwardInfo, b: AwardInfo): boolean {
  if (!sameUnit(a, b)) return unitIsOtherSender(a, b) || unitIsOtherSender(b, a);
  return !a.workKey || !b.workKey || a.workKey === b.workKey || a.workKey === a.unitKey || b.workKey === b.unitKey;
}

/**
 * Across two senders, one list may name as the unit of work the other list's sender: the Văn phòng's
 * list says "Phòng Giáo dục và Đào tạo" for a teacher the Phòng GD&ĐT's own list puts under its
 * school. Within one sender's list the list itself tells its units apart, so this never applies there.
 */
export function unitIsOtherSender(a: AwardInfo, b: AwardInfo): boolean {
  return !!a.unitKey && !!b.senderKey && a.senderKey !== b.senderKey && a.unitKey === b.senderKey;
}

/** Same period: decision years equal, or unknown on either side (same report). */
export function samePeriod(a: AwardInfo, b: AwardInfo): boolean {
  return !a.year || !b.year || a.year === b.year;
}

export function sameBirth(a: AwardRecord, b: AwardRecord): boolean {
  return !a.birthDate || !b.birthDate || a.birthDate === b.birthDate;
}

export type { FigureRow, SummaryRow };
