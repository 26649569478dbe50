/**
 * Award keys: what two spellings of the same award have in common after folding. Two keys:
 *  - a diacritic-SENSITIVE key (tone placement, case, spacing, NFD/NFC, quotes, "của", "UBND" =
 *    "Ủy ban nhân dân", "CT" = "Chủ tịch", "sỹ" = "sĩ", "hạng I/1" = "hạng Nhất" all folded);
 *  - a diacritics-FREE key, only trusted for text typed without any diacritics.
 * Folding never removes a word that tells awards apart (family, class, issuer level).
 */
import { collapseSpaces, headerKey, nameKey, nfc } from "../../text/normalize";

/**
 * Remove a place name written after an administrative word: "Bằng khen của Chủ tịch UBND tỉnh
 * Điện Biên" -> "... tỉnh". The place is the run of capitalised words that follows; lower-case
 * words ("huyện tặng") are kept. "thị xã", "thành phố" keep both words (they are issuer levels).
 */
function dropPlaceNames(text: string): string {
  const words = text.split(" ");
  const out: string[] = [];
  let dropping = false;
  for (const w of words) {
    if (dropping && /^\p{Lu}/u.test(w)) continue;
    dropping = PLACE_WORDS.has(w.toLowerCase());
    out.push(w);
  }
  return out.join(" ");
}
const PLACE_WORDS = new Set(["tỉnh", "huyện", "xã", "phường", "quận", "trấn", "khu", "phố", "ủy", "uỷ"]);

/**
 * A named ministry or department after "Bộ" / "Sở": "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào
 * tạo" -> "Bộ Giáo dục và Đào tạo". Kept apart from the key (the award is the same form) and
 * returned as the award's issuer detail, so Bộ A and Bộ B are totalled apart.
 */
export function issuerDetail(text: string): string | undefined {
  const m = /(?:^|\s)(Bộ\s+(?!trưởng)\p{Lu}[^;()]*)$/u.exec(collapseSpaces(nfc(text)));
  return m ? m[1].trim() : undefined;
}

export function rawTokens(text: string, sensitive: boolean): string[] {
  let t = collapseSpaces(nfc(text).replace(/["“”„‘’'«»`]/g, " "));
  // the named ministry / department is the issuer's detail, not part of the award
  t = t.replace(/(^|\s)(Bộ trưởng\s+)?(Bộ)\s+(?!trưởng)\p{Lu}.*$/u, "$1$3");
  t = t.replace(/(gi[áa]m đ[ốo]c s[ởo])\s+.+$/iu, "$1");
  t = dropPlaceNames(t);
  // punctuation separates words; "/" and "&" stay (they belong to abbreviations like "GD&ĐT")
  t = t.replace(/[,.;:()[\]\-–—_!?*]+/g, " ");
  const key = sensitive ? nameKey(t) : headerKey(t);
  return key.split(" ").filter(Boolean);
}

/** Phrase folding applied to both keys, in order. "" drops the phrase. */
export const FOLDS: [string, string][] = [
  ["ủy ban nhân dân", "ubnd"],
  ["chủ tịch", "ct"],
  ["thủ tướng chính phủ", "ttg"],
  ["thủ tướng", "ttg"],
  ["ttcp", "ttg"],
  ["sỹ", "sĩ"],
  ["cấp cơ sở", "cơ sở"],
  ["giấy khen", "gk"],
  ["bằng khen", "bk"],
  ["danh hiệu", ""],
  ["của", ""],
  ["do", ""],
  ["tặng", ""],
  // the class as lists write it: "hạng I", "hạng 1", "hạng nhất" (there is no hạng Tư)
  ["hạng iii", "hạng ba"],
  ["hạng 3", "hạng ba"],
  ["hạng ii", "hạng nhì"],
  ["hạng 2", "hạng nhì"],
  ["hạng i", "hạng nhất"],
  ["hạng 1", "hạng nhất"],
  ["lao động tiên tiến", "lđtt"],
  ["lao động xuất sắc", "lđxs"],
  ["tập thể lđtt", "ttlđtt"],
  ["tập thể lđxs", "ttlđxs"],
  ["chiến sĩ thi đua cơ sở", "cstđcs"],
  ["chiến sĩ thi đua toàn quốc", "cstđtq"],
  ["gia đình văn hóa", "gđvh"],
];

type FoldRule = { from: string[]; to: string[] };
const foldRules = (sensitive: boolean): FoldRule[] =>
  FOLDS.map(([from, to]) => ({ from: rawTokens(from, sensitive), to: to ? rawTokens(to, sensitive) : [] }));
let SENSITIVE_FOLDS: FoldRule[] | undefined;
let FREE_FOLDS: FoldRule[] | undefined;

function applyFolds(tokens: string[], rules: FoldRule[]): string[] {
  let cur = tokens;
  for (const r of rules) {
    // every phrase of FOLDS has words (n > 0); past the end cur[i + k] is undefined, no word
    const n = r.from.length;
    const out: string[] = [];
    for (let i = 0; i < cur.length; ) {
      let match = true;
      for (let k = 0; match && k < n; k++) if (cur[i + k] !== r.from[k]) match = false;
      if (match) {
        out.push(...r.to);
        i += n;
      } else out.push(cur[i++]);
    }
    cur = out;
  }
  return cur;
}

/** Diacritic-sensitive award key ("Giấy khen cuả Chủ tịch Uỷ ban nhân dân huyện" = "GK CT UBND huyện"). */
export function awardKey(text: string): string {
  return applyFolds(rawTokens(text, true), (SENSITIVE_FOLDS ??= foldRules(true))).join(" ");
}

/** Diacritics-free award key, trusted only for text typed without any diacritics. */
export function awardLooseKey(text: string): string {
  return applyFolds(rawTokens(text, false), (FREE_FOLDS ??= foldRules(false))).join(" ");
}

export function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036f\u0111\u0110]/.test(text.normalize("NFD"));
}

/**
 * What a text says about the lines matching must not cross, read from its words: the family
 * ("huân chương"), the class ("hạng nhì") and the issuer level ("huyện", "thị xã", "tỉnh ủy").
 * A suggestion for a misspelling counts only when it agrees on every one the text states.
 */
export interface Signature {
  family?: string;
  klass?: string;
  level?: string;
}
const FAMILY_WORDS = ["huan chuong", "huy chuong", "ky niem chuong", "huy hieu", "bang khen", "giay khen", "co thi dua", "giai thuong", "bk", "gk"];
const LEVEL_WORDS = ["tinh uy", "huyen uy", "thi xa", "thanh pho", "thi tran", "dac khu", "tinh", "huyen", "quan", "xa", "phuong", "so", "bo", "toan quoc", "co so", "thu tuong", "ttg", "chinh phu"];
export function signature(text: string): Signature {
  const k = ` ${headerKey(text)} `;
  const find = (words: string[]) => words.find((w) => k.includes(` ${w} `));
  const family = find(FAMILY_WORDS);
  const klass = /\shang\s+(\S+)/.exec(k)?.[1];
  return {
    ...(family ? { family: family === "bk" ? "bang khen" : family === "gk" ? "giay khen" : family } : {}),
    ...(klass ? { klass: ({ i: "nhat", "1": "nhat", ii: "nhi", "2": "nhi", iii: "ba", "3": "ba" } as Record<string, string>)[klass] ?? klass } : {}),
    ...(find(LEVEL_WORDS) ? { level: find(LEVEL_WORDS) } : {}),
  };
}

/** Do two signatures agree on every line both state, and does `b` state each line `a` states? */
export function sameLines(a: Signature, b: Signature): boolean {
  return a.family === b.family && a.klass === b.klass && a.level === b.level;
}
