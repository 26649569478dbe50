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
const AND = word(`&|${loose("và")}`);
/** The district word, with its name after it: implied in a district's consolidation. */
const DISTRICT = new RegExp(`\\s+${loose("huyện")}(?!\\s+(?:${loose("ủy")}|${loose("uỷ")}|${loose("đoàn")})(?![\\p{L}\\p{N}]))(?:\\s.*)?$`, "u");
/** A province's name after "tỉnh" (the word itself stays: "Công an tỉnh" is not "Công an huyện"). */
const PROVINCE = new RegExp(`(\\s${loose("tỉnh")})\\s.*$`, "u");

const KEYS = new Map<string, string>();

/** The key two names of one unit share (diacritics kept, see the decisions above); "" for no name. */
export function unitKey(name: string | undefined): string {
  if (!name) return "";
  let key = KEYS.get(name);
  if (key !== undefined) return key;
  let t = collapseSpaces(nfc(name).toLowerCase()).replace(/^[\s.,;:\-–]+|[\s.,;:\-–]+$/g, "");
  t = t.replace(BODY_PREFIX, "");
  t = t.replace(TT_CENTRE, "trung tâm ").replace(TT_PLACE, "thị trấn");
  for (const [re, to] of ABBREVIATIONS) t = t.replace(re, to);
  t = t.replace(/\s*-\s*/g, " ").replace(AND, " ");
  t = collapseSpaces(t).replace(DISTRICT, "").replace(PROVINCE, "$1");
  key = nameKey(collapseSpaces(t));
  if (KEYS.size > 50_000) KEYS.clear();
  KEYS.set(name, key);
  return key;
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
