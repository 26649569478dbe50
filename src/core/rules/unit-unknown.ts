/**
 * unit-unknown: a recipient's unit names a commune ("UBND xã Si Pa Phìn", "Xã X", "Thị trấn X") or
 * a school ("Trường ...") that the registry (danh mục đơn vị) does not list. Only these two shapes
 * are checked: the registry lists reporting units and schools, not every body an award can go to
 * ("Trung tâm Y tế huyện", "Ủy ban MTTQ Việt Nam huyện" are fine). Spelling variants match: tone
 * placement, case, "UBND xã X" = "Xã X". A unit of another district ("Hạt Kiểm lâm huyện Y" in a
 * list of huyện X) is unknown too: the run's home districts are those its files' title blocks
 * ("UBND HUYỆN X") and the registry's names name — learnt per run, never written here.
 */
import type { RegistryUnit } from "./rule";
import { ruleMessages, type IssueDraft, type Rule } from "./rule";
import { nameKey, nfc } from "../text/normalize";
import { areaMentions, areasIn } from "../domain/areas";
import { unitKey } from "../domain/unitIdentity";
import type { ParsedFile } from "./rule";
import { cellOf, eachAward, placesIn, refString } from "./support";

export interface RegistryIndex {
  places: Set<string>;
  schools: Set<string>;
  /** home districts (nameKey): named by the registry or by the files' title blocks */
  areas: Set<string>;
}

const SCHOOL = /^trường\b/iu;

const MESSAGES = ruleMessages("unit-unknown", {
  /** `part`: what in the unit's name the registry does not know */
  unknownUnit: {
    vi: 'Đơn vị "{unit}" không có trong danh mục đơn vị ("{part}" không thuộc danh mục). Kiểm tra lại tên đơn vị hoặc bổ sung danh mục.',
    en: 'Unit "{unit}" is not in the registry ("{part}" is not listed). Check the unit name or add it to the registry.',
  },
  unknownSender: {
    vi: 'Đơn vị gửi "{sender}" không có trong danh mục đơn vị. Kiểm tra lại tệp có đúng của đơn vị thuộc phạm vi tổng hợp không.',
    en: 'Sending unit "{sender}" is not in the registry. Check that the file belongs to a unit in scope.',
  },
});

export function indexRegistry(units: RegistryUnit[] | undefined, files: ParsedFile[] = []): RegistryIndex {
  const places = new Set<string>();
  const schools = new Set<string>();
  const areas = new Set<string>();
  for (const f of files) for (const a of f.ledger?.titleAreas ?? []) areas.add(a);
  for (const u of units ?? []) {
    const name = nfc(u.name ?? "").trim();
    if (!name) continue;
    if (SCHOOL.test(name)) schools.add(unitKey(name));
    for (const p of placesIn(name)) places.add(nameKey(p));
    for (const a of areasIn(name)) areas.add(a);
  }
  return { places, schools, areas };
}

/** What in a unit text the registry does not know, as written; undefined when all is known. */
export function unknownPart(text: string | undefined, reg: RegistryIndex): string | undefined {
  if (!text) return undefined;
  const t = nfc(text).trim();
  // one school, however written ("Trường THCS X" = "Trường Trung học cơ sở X"): the unit identity
  if (reg.schools.size && SCHOOL.test(t) && !reg.schools.has(unitKey(t))) return t;
  if (reg.places.size) for (const p of placesIn(t)) if (!reg.places.has(nameKey(p))) return p;
  // a district other than the home ones; only when the run has a home (no title named one: no check)
  if (reg.areas.size) {
    for (const a of areaMentions(t)) if (!reg.areas.has(a.key)) return a.written;
  }
  return undefined;
}

export const unitUnknown: Rule = {
  meta: {
    id: "unit-unknown",
    severity: "error",
    title: { vi: "Đơn vị không có trong danh mục", en: "Unit not in the registry" },
    description: {
      vi: 'Đơn vị của người/tập thể được khen là một xã, thị trấn ("UBND xã X", "Xã X") hoặc một trường không có trong danh mục đơn vị (kể cả khi viết khác kiểu dấu, hoa/thường, có/không "UBND"), hoặc là cơ quan của một huyện khác (huyện không có trong tiêu đề các tệp "UBND HUYỆN ..." hay trong danh mục). Các cơ quan khác của huyện (Trung tâm Y tế huyện...) không bị kiểm tra.',
      en: 'The recipient\'s unit is a commune ("UBND xã X", "Xã X") or a school that the registry does not list (tone placement, case and a leading "UBND" are ignored), or a body of another district (one that neither the files\' title blocks "UBND HUYỆN ..." nor the registry name). The district\'s other bodies (Trung tâm Y tế huyện...) are not checked.',
    },
    fix: {
      vi: "Kiểm tra lại tên đơn vị (có thể là đơn vị của huyện/tỉnh khác) hoặc bổ sung vào danh mục đơn vị.",
      en: "Check the unit name (it may belong to another district/province) or add it to the registry.",
    },
    options: { vi: "registry: danh mục đơn vị (và trường học).", en: "registry: the list of units (and schools)." },
    messages: MESSAGES.templates,
  },
  check(ctx) {
    const reg = indexRegistry(ctx.options.registry, ctx.files);
    if (!reg.places.size && !reg.schools.size) return [];
    const out: ReturnType<Rule["check"]> = [];
    // one issue per file and unknown unit, at its first row; the other rows are related
    const first = new Map<string, IssueDraft & { related?: string[] }>();
    // a list repeats its units on every row: each distinct unit text is looked up once
    const parts = new Map<string | undefined, string | undefined>();
    const partOf = (unit: string | undefined) => {
      if (parts.has(unit)) return parts.get(unit);
      const part = unknownPart(unit, reg);
      parts.set(unit, part);
      return part;
    };
    for (const { file, sheet, record } of eachAward(ctx)) {
      const part = partOf(record.unit);
      if (!part) continue;
      const cell = cellOf(record, "unit", "school");
      const key = file.file + "|" + unitKey(record.unit);
      const seen = first.get(key);
      if (seen) {
        if ((seen.related ??= []).length < 50) seen.related.push(refString(file.file, sheet.sheet, cell));
        continue;
      }
      const issue: IssueDraft & { related?: string[] } = {
        file: file.file,
        sheet: sheet.sheet,
        cell,
        message: MESSAGES.t("unknownUnit", { unit: record.unit ?? "", part }),
      };
      first.set(key, issue);
      out.push(issue);
    }
    for (const file of ctx.files) {
      const sender = file.ledger?.sender;
      const part = unknownPart(sender, reg);
      if (!part) continue;
      out.push({
        file: file.file,
        message: MESSAGES.t("unknownSender", { sender: sender ?? "" }),
      });
    }
    return out;
  },
};
