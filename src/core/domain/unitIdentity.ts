/**
 * Unit identity: whether two names are the same reporting unit. One function for the rules, the
 * consolidation (table by unit), the submission ledger, resubmission and the registry's
 * "not reported" list, so that a unit is one unit everywhere.
 *
 * Decisions, as a district's Phòng Nội vụ reads a list of units (test/core/domain/unitIdentity.test.ts):
 * - case, spacing, Unicode form (NFC/NFD) and old/new tone placement ("Hoà"/"Hòa") do not matter;
 *   the letters' diacritics DO: "Xã Mường Lạn" and "Xã Mường Lan" are two communes;
 * - "UBND xã X" / "Ủy ban nhân dân xã X" = "Xã X": the commune reports through its People's
 *   Committee. A bare "X" is not "Xã X" (no guess), and "Đảng ủy xã X" is another unit;
 * - the district is implied in a district's consolidation: "Trung tâm Y tế huyện Tuần Giáo" =
 *   "Trung tâm Y tế huyện" = "Trung tâm Y tế". "Huyện ủy", "Huyện đoàn" keep their word, and
 *   "Công an tỉnh" stays apart from "Công an huyện" (a province's name is dropped, not "tỉnh");
 * - the usual abbreviations are the words they stand for: UBND, HĐND, MTTQ, LHPN, CHQS, VP,
 *   GD&ĐT, LĐTB&XH, NN&PTNT, TTYT, THCS, THPT, PTDTBT, PTDTNT, and "Trường TH/MN" (tiểu học, mầm
 *   non); "TT" is "Trung tâm" before a service's name ("TT Y tế") and "Thị trấn" before a place
 *   ("TT Tuần Giáo"); "và" and "&" are the same and may be left out ("VP HĐND-UBND").
 * Texts written without diacritics (file names) are matched with `unitKeyAscii`.
 */
import { collapseSpaces, nameKey, nfc, stripDiacritics } from "../text/normalize";
import { remembered } from "../text/remembered";

/**
 * A pattern source that matches a Vietnamese phrase with or without its diacritics: "huyện"
 * matches "huyện" and "huyen" (the rules' texts have them; file names do not).
 */
function loose(phrase: string): string {
  return [...phrase]
    .map((c) => {
      const base = stripDiacritics(c);
      if (c === " ") return "\\s+";
      return base === c ? c : `[${c}${base}]`;
    })
    .join("");
}

/** Whole words only: \b knows no Vietnamese letters. */
const word = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, "gu");

const ABBREVIATIONS: [RegExp, string][] = [
  [word(`${loose("gd")}\\s*(?:&|${loose("và")}|-)?\\s*${loose("đt")}`), "giáo dục và đào tạo"],
  [word(`${loose("lđtb")}\\s*(?:&|${loose("và")}|-)?\\s*xh`), "lao động thương binh và xã hội"],
  [word(`nn\\s*(?:&|${loose("và")}|-)?\\s*ptnt`), "nông nghiệp và phát triển nông thôn"],
  [word(`tc\\s*(?:&|-)\\s*kh`), "tài chính kế hoạch"],
  [word("ubnd"), "ủy ban nhân dân"],
  [word(loose("hđnd")), "hội đồng nhân dân"],
  [word("mttq"), "mặt trận tổ quốc"],
  [word("lhpn"), "liên hiệp phụ nữ"],
  [word("chqs"), "chỉ huy quân sự"],
  [word("vp"), "văn phòng"],
  [word("ttyt"), "trung tâm y tế"],
  [word("thcs"), "trung học cơ sở"],
  [word("thpt"), "trung học phổ thông"],
  [word("ptdtbt"), "phổ thông dân tộc bán trú"],
  [word("ptdtnt"), "phổ thông dân tộc nội trú"],
  [word(`(${loose("trường")})\\s+th`), "$1 tiểu học"],
  [word(`(${loose("trường")})\\s+mn`), "$1 mầm non"],
];

/** What follows "TT" when it means "Trung tâm" (a service), not "Thị trấn" (a place). */
const CENTRE_OF = ["y tế", "văn hóa", "văn hoá", "giáo dục", "chính trị", "dịch vụ", "phát triển", "bồi dưỡng", "khuyến nông", "truyền thông", "hướng nghiệp", "kỹ thuật", "học tập", "quỹ"];
const TT_CENTRE = new RegExp(`(?<![\\p{L}\\p{N}])tt\\.?\\s*(?=(?:${CENTRE_OF.map(loose).join("|")})(?![\\p{L}\\p{N}]))`, "gu");
const TT_PLACE = word(`tt\\.?(?=\\s)`);

const BODY_PREFIX = new RegExp(`^(?:ubnd|${loose("ủy ban nhân dân")}|${loose("uỷ ban nhân dân")})\\s+(?=\\S)`, "u");
// "&" joins two words even when typed without spaces ("VP HĐND&UBND"); "và" is a whole word
const AND = new RegExp(`&|(?<![\\p{L}\\p{N}])${loose("và")}(?![\\p{L}\\p{N}])`, "gu");
/** The district word, with its name after it: implied in a district's consolidation. */
const DISTRICT = new RegExp(`\\s+${loose("huyện")}(?!\\s+(?:${loose("ủy")}|${loose("uỷ")}|${loose("đoàn")})(?![\\p{L}\\p{N}]))(?:\\s.*)?$`, "u");
/** A province's name after "tỉnh" (the word itself stays: "Công an tỉnh" is not "Công an huyện"). */
const PROVINCE = new RegExp(`(\\s${loose("tỉnh")})\\s.*$`, "u");

const KEYS = new Map<string, string>();
const PHRASE_KEYS = new Map<string, string>();

/** A unit's words as one spelling: lower case, "UBND" and its kin dropped in front, abbreviations spelt out. */
function spelledOut(name: string): string {
  let t = collapseSpaces(nfc(name).toLowerCase()).replace(/^[\s.,;:\-–]+|[\s.,;:\-–]+$/g, "");
  t = t.replace(BODY_PREFIX, "");
  t = t.replace(TT_CENTRE, "trung tâm ").replace(TT_PLACE, "thị trấn");
  for (const [re, to] of ABBREVIATIONS) t = t.replace(re, to);
  return collapseSpaces(t.replace(/\s*-\s*/g, " ").replace(AND, " "));
}


/** The key two names of one unit share (diacritics kept, see the decisions above); "" for no name. */
export function unitKey(name: string | undefined): string {
  if (!name) return "";
  return remembered(KEYS, name, (n) => nameKey(collapseSpaces(spelledOut(n).replace(DISTRICT, "").replace(PROVINCE, "$1"))), 50_000);
}

/** Whether two names are the same unit (an empty name is no unit). */
export function sameUnit(a: string | undefined, b: string | undefined): boolean {
  const k = unitKey(a);
  return k !== "" && k === unitKey(b);
}

/** unitKey without diacritics: for texts written without them ("23-ban-chqs-huyen.csv"). */
export function unitKeyAscii(text: string | undefined): string {
  return stripDiacritics(unitKey(text));
}

/**
 * The words of a file's name as a unit name: "ma14-ban-chqs-huyen.csv" -> "ban chqs huyen" (the
 * folder, extension and a leading code "05_", "ma14" dropped).
 */
export function unitWordsOfFileName(file: string): string {
  const base = (file.split(/[\\/]/).pop() ?? "").replace(/\.[a-z0-9]{2,4}$/i, "");
  return base.replace(/[-_.]+/g, " ").trim().replace(/^([a-z]{0,3}\d+[a-z]?\s+)+/i, "");
}

// ---------------------------------------------------------------------------------------------
// A registry unit named inside a text (a title line, a labelled line, a file's name)

/**
 * The words of a text as unitKey spells them, punctuation as spaces and the district and province
 * KEPT: inside a longer text ("DANH SÁCH KHEN THƯỞNG CÔNG AN XÃ ...") "Công an huyện" must still
 * say "huyện", or it would be found in every "Công an xã".
 */
function phraseKey(text: string): string {
  return remembered(PHRASE_KEYS, text, (t) => collapseSpaces(nameKey(spelledOut(t)).replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")), 50_000);
}

/** Words only, for comparing two keys whatever punctuation they kept. */
const wordsOf = (key: string) => collapseSpaces(key.replace(/[^\p{L}\p{M}\p{N}]+/gu, " "));

/**
 * A run of two or more words written as its initials, for the abbreviations the list above does
 * not spell out ("Hội Cựu chiến binh" -> "Hội CCB"): only a registry name gets them, so a title is
 * matched against a known unit, never two free texts against each other. An initial keeps "Đ" and
 * drops tone marks ("Ủy ban kiểm tra" -> "UBKT"), as such abbreviations are typed.
 */
function initialsVariants(name: string): string[] {
  const words = collapseSpaces(nfc(name).toLowerCase()).split(" ");
  const initial = (w: string) => (w.startsWith("đ") ? "đ" : stripDiacritics(w.charAt(0)));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 2; j <= words.length; j++) {
      const span = words.slice(i, j);
      if (span[0] === "và" || span[span.length - 1] === "và") continue;
      const initials = span.map((w) => (w === "và" ? " " : initial(w))).join("").replace(/\s+/g, " ").trim();
      out.push([...words.slice(0, i), initials, ...words.slice(j)].join(" "));
    }
  }
  return out;
}

interface UnitForms {
  /** unitKey of the name and of each initials variant, words only */
  keys: string[];
  /** phraseKey of the same */
  phrases: string[];
  /** the same without diacritics, for a text typed without any */
  asciiKeys: string[];
  asciiPhrases: string[];
}

const FORMS = new WeakMap<object, UnitForms>();

function formsOf(unit: { name: string }): UnitForms {
  let forms = FORMS.get(unit);
  if (!forms) {
    const names = [unit.name, ...initialsVariants(unit.name)];
    const keys = names.map((n) => wordsOf(unitKey(n)));
    const phrases = names.map(phraseKey);
    forms = { keys, phrases, asciiKeys: keys.map(stripDiacritics), asciiPhrases: phrases.map(stripDiacritics) };
    FORMS.set(unit, forms);
  }
  return forms;
}

/** How a text names a unit: as the whole text, as the text less its last word, or somewhere inside it. */
export type FindMode = "equal" | "prefix" | "contains";

/**
 * The unit of `units` (a registry) that `text` names, by the same keys as sameUnit (abbreviations,
 * "UBND", the implied district) plus the initials of any run of the unit's words:
 * - "equal": the text is the unit ("UBND XÃ QUÀI CANG" = "Xã Quài Cang");
 * - "prefix": a title line that stops short of the unit's last word ("VĂN PHÒNG HUYỆN ỦY TUẦN" cut
 *   from "Văn phòng Huyện ủy Tuần Giáo"), only for three or more words, one word missing, and the
 *   unit's own words (no initials);
 * - "contains": the unit's full words stand inside the text ("DANH SÁCH KHEN THƯỞNG BAN CHQS
 *   HUYỆN ..." names "Ban Chỉ huy Quân sự huyện").
 * Diacritics count, as in sameUnit ("Xã Mường Lạn" is not "Xã Mường Lan"), except in a text typed
 * without any (a file's name, "ban-chqs-huyen"), matched without them. The longest unit named wins.
 */
export function findUnitIn<U extends { name: string }>(text: string, units: readonly U[], mode: FindMode): U | undefined {
  // no guard for an empty text, registry or unit name: their keys are "", which equal, start or
  // stand inside no key of a text, and a hit of length 0 is never the best
  const ascii = stripDiacritics(nfc(text)) === nfc(text);
  const whole = wordsOf(ascii ? unitKeyAscii(text) : unitKey(text));
  const phrase = ascii ? stripDiacritics(phraseKey(text)) : phraseKey(text);
  const phraseWords = phrase.split(" ").length;
  let best: U | undefined;
  let bestLength = 0;
  for (const unit of units) {
    // a registry read from a sheet may hold a unit with no name at all
    if (!unit.name) continue;
    const forms = formsOf(unit);
    const keys = ascii ? forms.asciiKeys : forms.keys;
    const phrases = ascii ? forms.asciiPhrases : forms.phrases;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const unitPhrase = phrases[i];
      const hit =
        mode === "equal"
          ? whole === key
          : mode === "prefix"
            ? // the unit's own words only: a missing word next to initials ("VĂN PHÒNG HUYỆN" for
              // "Văn phòng Huyện ủy TG") would be a guess
              i === 0 &&
              phraseWords >= 3 && unitPhrase.startsWith(phrase + " ") && unitPhrase.split(" ").length === phraseWords + 1
            : ` ${phrase} `.includes(` ${unitPhrase} `);
      const length = mode === "equal" ? key.length : unitPhrase.length;
      if (hit && length > bestLength) {
        best = unit;
        bestLength = length;
      }
    }
  }
  return best;
}
