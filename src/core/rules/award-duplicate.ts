/**
 * award-duplicate: the same recipient given the same award for the same period twice, within a
 * file or across files (Luật 2022 Điều 5 khoản 2: one achievement, one award). Names compare by
 * nameKey: tone placement, case, spacing and NFD/NFC never hide a duplicate, while "Hùng" and
 * "Hưng" stay different people. Same recipient also needs the same unit of work (loosely: "Xã Quài Nưa"
 * = "UBND xã Quài Nưa"; the workplace a position names when there is no unit column) and, when both
 * rows give one, the same birth date. Across two senders the unit one list names may be the other's
 * sender (a teacher under "Phòng Giáo dục và Đào tạo" in one list, under her school in the Phòng's). One name in two workplaces is two people (an info line when
 * the birth dates match).
 * A CCCD / CMND column, read conservatively: the same name and the same CCCD are one person
 * whatever units the lists name; two CCCDs are two people even under one name and unit; one CCCD
 * under two names is a warning at both rows (one of them is mistyped), never a duplicate.
 */
import type { AwardRecord, Localized } from "../model";
import { operations } from "../operations";
import { ruleMessages, type IssueDraft, type ParsedFile, type Rule } from "./rule";
import { awardInfo, cellOf, refString, sameBirth, samePeriod, sameWorkplace, type AwardInfo } from "./support";

const MESSAGES = ruleMessages("award-duplicate", {
  twice: {
    vi: '"{name}" được "{award}" hai lần: đã có ở {where}. Xóa dòng trùng hoặc ghi rõ nếu là hai người khác nhau.',
    en: '"{name}" receives "{award}" twice: already at {where}. Delete the duplicate or tell the two apart.',
  },
  /** where the first row is: in the same file */
  atRow: { vi: "dòng {row}", en: "row {row}" },
  /** where the first row is: in another file */
  atFile: { vi: "tệp {file} ({sheet}!{cell})", en: "file {file} ({sheet}!{cell})" },
  namesake: {
    vi: '"{name}" ({unit}) trùng tên và ngày sinh với một người ở đơn vị khác ({file}, {sheet}!{cell}); không tính là trùng. Kiểm tra nếu là cùng một người.',
    en: '"{name}" ({unit}) has the name and birth date of a person in another unit ({file}, {sheet}!{cell}); not counted as a duplicate. Check whether they are the same person.',
  },
  idNumberTwice: {
    vi: 'Số CCCD/CMND của "{name}" trùng với "{other}" ({file}, {sheet}!{cell}): một trong hai tên hoặc số bị ghi sai. Không tính là khen thưởng trùng; kiểm tra lại.',
    en: 'The CCCD/CMND of "{name}" is that of "{other}" ({file}, {sheet}!{cell}): one of the names or numbers is mistyped. Not counted as a duplicate; check it.',
  },
});

interface Seen {
  record: AwardRecord;
  info: AwardInfo;
  file: string;
  sheet: string;
  /** order of arrival: the earliest match is the one named */
  seq: number;
  /**
   * Where this row is, as the rows that repeat it name it (made at the first repeat): a list sent
   * by forty units repeats each row forty times, and each repeat names the same first row.
   */
  named?: Named;
}

interface Named {
  /** the first row's reference, as the one entry of every repeat's `related` (a list nobody changes) */
  related: readonly string[];
  /** "file X (sheet!cell)": for a repeat in another file */
  inOtherFile: Localized;
  /** "row N": for a repeat in the first row's own file */
  atRow?: Localized;
  /**
   * The last message made for a repeat, with what it was made of: the next repeat with the same
   * name text and place says the same, and shares it (messages are never changed once made), so
   * forty copies of a list format each message once. (The award is the first row's: the rows a
   * first row is found for are those of its award.)
   */
  twice?: { name: string; where: Localized; message: Localized };
}

/** How the repeats of `s` name it (see Seen.named). */
function namedAs(s: Seen): Named {
  if (!s.named) {
    const cell = cellOf(s.record, "name");
    s.named = { related: [refString(s.file, s.sheet, cell)], inOtherFile: MESSAGES.t("atFile", { file: s.file, sheet: s.sheet, cell }) };
  }
  return s.named;
}

/** The message of a repeat of `first` named `name`, given `award` (see Named.twice). */
function twiceMessage(first: Seen, sameFile: boolean, name: string, award: string): Localized {
  const named = namedAs(first);
  const where = sameFile ? (named.atRow ??= MESSAGES.t("atRow", { row: first.record.ref.row })) : named.inOtherFile;
  const last = named.twice;
  if (last && last.name === name && last.where === where) return last.message;
  const message = MESSAGES.t("twice", { name, award, where });
  named.twice = { name, where, message };
  return message;
}

/** How many rows of one name and award are walked as a list before maps are made (tests set it to compare the two). */
export const candidateList = { rows: 8 };

/**
 * Earlier rows of one recipient name and award, found through their unit: sameUnit (which
 * sameWorkplace requires) holds when the unit keys are equal or the commune places are, so the rows
 * that can match are exactly those under the row's unit key or under its place — never a walk over every earlier row of the same name (a
 * common name, "Nguyễn Văn An", given the same award in a thousand units).
 *
 * Most names come once (a province's 100,000 rows are mostly distinct people): up to
 * candidateList.rows rows are kept as a list and walked whole, and the look-up maps are made only
 * for a name and award given more often. Both find the same row: the earliest of those under one of
 * the keys that is the same recipient.
 */
class Candidates {
  /** the rows while there are at most candidateList.rows (then undefined: the maps hold them) */
  private rows: Seen[] | undefined;
  private byUnit!: Map<string, Seen[]>;
  private byPlace!: Map<string, Seen[]>;
  private byBirth!: Map<string, Seen[]>;
  private bySender!: Map<string, Seen[]>;
  private byId!: Map<string, Seen[]>;

  constructor(first: Seen) {
    this.rows = [];
    this.add(first);
  }

  private static add(map: Map<string, Seen[]>, key: string, s: Seen) {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  }

  add(s: Seen) {
    if (this.rows && this.rows.length < candidateList.rows) {
      this.rows.push(s);
      return;
    }
    if (this.rows) {
      const rows = this.rows;
      this.rows = undefined;
      this.byUnit = new Map();
      this.byPlace = new Map();
      this.byBirth = new Map();
      this.bySender = new Map();
      this.byId = new Map();
      for (const r of rows) this.index(r);
    }
    this.index(s);
  }

  private index(s: Seen) {
    Candidates.add(this.byUnit, s.info.unitKey, s);
    Candidates.add(this.byPlace, s.info.placeKey, s);
    Candidates.add(this.byBirth, s.record.birthDate ?? "", s);
    Candidates.add(this.bySender, s.info.senderKey, s);
    Candidates.add(this.byId, s.record.idNumber ?? "", s);
  }

  /** The earliest earlier row born on `birthDate` that passes `same` (a namesake elsewhere). */
  twin(birthDate: string | undefined, same: (p: Seen) => boolean): Seen | undefined {
    if (!birthDate) return undefined;
    for (const p of this.rows ?? this.byBirth.get(birthDate) ?? []) {
      operations.count++;
      if (p.record.birthDate === birthDate && same(p)) return p;
    }
    return undefined;
  }

  /**
   * The earliest earlier row of the same recipient (sameRecipient), among the rows of the same unit
   * or place and, across senders, the rows whose sender is this row's unit or whose unit is this
   * row's sender, and the rows of the same CCCD.
   */
  first(record: AwardRecord, info: AwardInfo): Seen | undefined {
    // (a row of the same recipient is under one of the keys the maps look in: the same unit, place
    // or CCCD, or a unit that is the other's sender, is what sameRecipient asks first)
    if (this.rows) {
      for (const p of this.rows) {
        operations.count++;
        if (sameRecipient(p, record, info)) return p;
      }
      return undefined;
    }
    let best = earliest(info.unitKey ? this.byUnit.get(info.unitKey) : undefined, record, info, undefined);
    best = earliest(info.placeKey ? this.byPlace.get(info.placeKey) : undefined, record, info, best);
    best = earliest(info.unitKey ? this.bySender.get(info.unitKey) : undefined, record, info, best);
    best = earliest(info.senderKey ? this.byUnit.get(info.senderKey) : undefined, record, info, best);
    return earliest(record.idNumber ? this.byId.get(record.idNumber) : undefined, record, info, best);
  }
}

/**
 * One name's rows by award: the first award without a map (most people are given one award in a
 * period), a map only for a name given several.
 */
class AwardsOfName {
  private more: Map<string, Candidates> | undefined;
  constructor(
    private readonly awardId: string,
    private readonly list: Candidates,
  ) {}
  get(awardId: string): Candidates | undefined {
    return awardId === this.awardId ? this.list : this.more?.get(awardId);
  }
  set(awardId: string, list: Candidates): void {
    (this.more ??= new Map()).set(awardId, list);
  }
}

/** The earliest of `best` and the rows of `list` (in arrival order) of the same recipient as `record`. */
function earliest(list: Seen[] | undefined, record: AwardRecord, info: AwardInfo, best: Seen | undefined): Seen | undefined {
  if (!list) return best;
  for (const p of list) {
    operations.count++;
    if (best && p.seq > best.seq) break; // lists are in arrival order
    if (sameRecipient(p, record, info)) best = p;
  }
  return best;
}

/** An earlier row `p` is the same recipient given the same award in the same period as `record`. */
function sameRecipient(p: Seen, record: AwardRecord, info: AwardInfo): boolean {
  return (
    (sameIdNumber(p.record, record) || sameWorkplace(p.info, info)) &&
    !otherIdNumber(p.record, record) &&
    samePeriod(p.info, info) &&
    sameBirth(p.record, record) &&
    (!p.record.kind || !record.kind || p.record.kind === record.kind)
  );
}

export const awardDuplicate: Rule = {
  meta: {
    id: "award-duplicate",
    severity: "error",
    title: { vi: "Khen thưởng trùng", en: "Duplicate award" },
    description: {
      vi: "Cùng một tập thể/cá nhân (cùng tên sau chuẩn hóa dấu, hoa/thường, khoảng trắng; cùng đơn vị; cùng ngày sinh nếu có) được cùng một danh hiệu/hình thức khen thưởng hai lần trong cùng kỳ (cùng năm quyết định, hoặc cùng báo cáo), trong một tệp hoặc giữa các tệp. Báo ở dòng xuất hiện sau. Khi có cột Số CCCD/CMND: cùng tên và cùng số là một người (dù ghi đơn vị khác); khác số là hai người; cùng số mà khác tên thì cảnh báo ở cả hai dòng.",
      en: "The same recipient (same name after normalising tone placement, case and spacing; same unit; same birth date when given) receives the same award twice in the same period (same decision year, or the same report), within a file or across files. Reported at the later row. With a CCCD/CMND column: the same name and number are one person (whatever units are written); two numbers are two people; one number under two names is a warning at both rows.",
    },
    fix: {
      vi: "Xóa dòng trùng (hoặc sửa lại nếu là hai người khác nhau: ghi rõ đơn vị, ngày sinh).",
      en: "Delete the duplicate row (or, if they are two people, tell them apart by unit and birth date).",
    },
    source: "Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2; TT 08/2017/TT-BNV",
    messages: MESSAGES.templates,
  },
  // Each row is compared with the rows before it, so the files could be taken one by one as they
  // are read; the run does not (src/core/rules/run.ts): the keys need each row's sender, which
  // without a given registry is known only once every file is in (records/sender.ts).
  check(ctx) {
    // by name key, then award: the rows' own key strings, no joined key to hash per row
    const seen = new Map<string, AwardsOfName>();
    const ids = new IdNames();
    let seq = 0;
    const out: IssueDraft[] = [];
    for (const file of ctx.files) for (const d of duplicatesIn(file, seen, ids, () => seq++)) out.push(d);
    return out;
  },
};

/** One file's rows against the rows of the files before it (and its own earlier rows). */
function duplicatesIn(file: ParsedFile, seen: Map<string, AwardsOfName>, ids: IdNames, nextSeq: () => number): IssueDraft[] {
  const out: IssueDraft[] = [];
  for (const sheet of file.sheets)
    for (const record of sheet.awards) {
      const info = awardInfo(record);
      if (!info.nameKey) continue;
      for (const d of ids.check(record, info.nameKey, file.file, sheet.sheet)) out.push(d);
      const awardId = info.intended?.id ?? "?" + (record.awardText ?? "");
      const ofName = seen.get(info.nameKey);
      const list = ofName?.get(awardId);
      if (!list) {
        const fresh = new Candidates({ record, info, file: file.file, sheet: sheet.sheet, seq: nextSeq() });
        if (ofName) ofName.set(awardId, fresh);
        else seen.set(info.nameKey, new AwardsOfName(awardId, fresh));
        continue;
      }
      const first = list.first(record, info);
      if (first) {
        const award = info.intended?.name ?? record.awardText ?? "";
        out.push({
          file: file.file,
          sheet: sheet.sheet,
          cell: cellOf(record, "name"),
          message: twiceMessage(first, first.file === file.file, record.name, award),
          related: namedAs(first).related,
        });
      } else {
        // one name in two workplaces is two people; the same birth date too makes it worth a look
        const twin = list.twin(record.birthDate, (p) => samePeriod(p.info, info) && !otherIdNumber(p.record, record));
        if (twin)
          out.push({
            file: file.file,
            sheet: sheet.sheet,
            cell: cellOf(record, "name"),
            severity: "info",
            message: MESSAGES.t("namesake", {
              name: record.name,
              unit: record.unit || record.position || file.file,
              file: twin.file,
              sheet: twin.sheet,
              cell: cellOf(twin.record, "name"),
            }),
            related: [refString(twin.file, twin.sheet, cellOf(twin.record, "name"))],
          });
        list.add({ record, info, file: file.file, sheet: sheet.sheet, seq: nextSeq() });
      }
    }
  return out;
}

/** Both rows give a CCCD / CMND and it is the same. */
const sameIdNumber = (a: AwardRecord, b: AwardRecord) => !!a.idNumber && a.idNumber === b.idNumber;
/** Both rows give a CCCD / CMND and they differ: two people, whatever else agrees. */
const otherIdNumber = (a: AwardRecord, b: AwardRecord) => !!a.idNumber && !!b.idNumber && a.idNumber !== b.idNumber;

/** No warning (most rows have no CCCD): one empty list for all, read only by the caller's loop. */
const NONE: readonly IssueDraft[] = Object.freeze([]);

/** One CCCD under two names: a warning at both rows, once per pair of names. */
class IdNames {
  private first = new Map<string, { record: AwardRecord; nameKey: string; file: string; sheet: string; warned: Set<string> }>();

  check(record: AwardRecord, nameKey: string, file: string, sheet: string): readonly IssueDraft[] {
    const id = record.idNumber;
    if (!id) return NONE;
    const f = this.first.get(id);
    if (!f) {
      this.first.set(id, { record, nameKey, file, sheet, warned: new Set() });
      return NONE;
    }
    if (f.nameKey === nameKey || f.warned.has(nameKey)) return NONE;
    f.warned.add(nameKey);
    const at = (r: AwardRecord, fl: string, sh: string) => ({ file: fl, sheet: sh, cell: cellOf(r, "idNumber", "name") });
    const text = (r: AwardRecord, other: AwardRecord, fl: string, sh: string) =>
      MESSAGES.t("idNumberTwice", { name: r.name, other: other.name, file: fl, sheet: sh, cell: cellOf(other, "name") });
    return [
      { ...at(f.record, f.file, f.sheet), severity: "warning", message: text(f.record, record, file, sheet), related: [refString(file, sheet, cellOf(record, "name"))] },
      { ...at(record, file, sheet), severity: "warning", message: text(record, f.record, f.file, f.sheet), related: [refString(f.file, f.sheet, cellOf(f.record, "name"))] },
    ];
  }
}
