/**
 * Vietnamese text normalisation and match keys.
 *
 * Displayed text always keeps the source's spelling; these functions only make *keys* to compare:
 *  - headerKey: diacritics-insensitive ("Chỉ tiêu" = "CHI TIEU" = "chi tieu"), for column headers
 *    and catalogue look-ups where typists drop accents;
 *  - nameKey: insensitive to tone placement (Thuỷ = Thủy), case, spacing and NFD/NFC, but keeps
 *    every diacritic (Hùng ≠ Hưng), for person, unit and indicator names.
 */

/** Tone marks (dấu thanh) as combining characters: huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
/** Combining marks that also appear as tones in some NFD text (Vietnamese ̀ / ́ variants). */
const TONE_ALIASES: Record<string, string> = { "\u0340": "\u0300", "\u0341": "\u0301" };

export function nfc(s: string): string {
  return s.normalize("NFC");
}

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** Remove every diacritic and map đ/Đ to d/D: "Đặng Thị Thuỷ" -> "Dang Thi Thuy". */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/**
 * Key for headers and loose matching: no diacritics, lower case, punctuation as spaces.
 * "Số, ngày QĐ" -> "so ngay qd"; "TY LE (%)" -> "ty le %".
 */
export function headerKey(s: string): string {
  return collapseSpaces(
    stripDiacritics(s)
      .toLowerCase()
      .replace(/[^a-z0-9%/]+/g, " "),
  );
}

/**
 * Move every tone mark of a syllable to its end, so that old ("hoà", "thuỷ") and new ("hòa",
 * "thủy") placements give the same string. Works on NFD input; returns NFD.
 */
function canonicalToneNfd(nfdText: string): string {
  let out = "";
  let syllable = "";
  let tone = "";
  const flush = () => {
    out += syllable + tone;
    syllable = "";
    tone = "";
  };
  for (const ch of nfdText) {
    const c = TONE_ALIASES[ch] ?? ch;
    if (TONE_MARKS.has(c)) {
      tone = c;
    } else if (/[\p{L}\p{M}]/u.test(c)) {
      syllable += c;
    } else {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}

/**
 * Key for names: "Lường văn Thuỷ" and "LƯỜNG VĂN THỦY" give the same key; "Hùng" and "Hưng" do not.
 * The key is not meant for display.
 */
export function nameKey(s: string): string {
  const lower = collapseSpaces(s.normalize("NFD")).toLowerCase();
  return canonicalToneNfd(lower).replace(/\s*([,.;:()\-–/])\s*/g, "$1");
}

/**
 * Canonical tone placement for display-neutral comparison of whole phrases, keeping case:
 * "Uỷ ban" -> "Ủy ban" style (new placement). Returns NFC.
 */
export function canonicalTones(s: string): string {
  // Re-attach the tone to the vowel the modern rule puts it on: on the vowel with a shape mark
  // (ơ, ê, â, ...), else the last vowel when the syllable ends in a consonant or in "oa/oe/uy",
  // else the first of two vowels.
  const nfd = s.normalize("NFD");
  return nfd.replace(/[\p{L}\p{M}]+/gu, (syl) => placeTone(syl)).normalize("NFC");
}

const VOWELS = "aeiouyAEIOUY";
function placeTone(syllableNfd: string): string {
  let tone = "";
  const chars: string[] = [];
  for (const ch of syllableNfd) {
    const c = TONE_ALIASES[ch] ?? ch;
    if (TONE_MARKS.has(c)) tone = c;
    else chars.push(c);
  }
  if (!tone) return syllableNfd;
  // group base letters with their shape marks
  const letters: string[] = [];
  for (const c of chars) {
    if (/\p{M}/u.test(c) && letters.length) letters[letters.length - 1] += c;
    else letters.push(c);
  }
  const isVowel = (l: string) => VOWELS.includes(l[0]);
  const vowelIdx = letters.map((l, i) => (isVowel(l) ? i : -1)).filter((i) => i >= 0);
  if (vowelIdx.length === 0) return chars.join("") + tone;
  let target = vowelIdx[0];
  const shaped = vowelIdx.filter((i) => letters[i].length > 1);
  const lowerWord = letters.map((l) => l[0].toLowerCase()).join("");
  // "qu" and "gi" start: the u / i belongs to the consonant
  let vs = vowelIdx;
  if ((lowerWord.startsWith("qu") || (lowerWord.startsWith("gi") && vowelIdx.length > 1)) && vs.length > 1) vs = vs.slice(1);
  if (shaped.length) target = shaped[shaped.length - 1];
  else if (vs.length === 1) target = vs[0];
  else {
    const endsWithVowel = vs[vs.length - 1] === letters.length - 1;
    const pair = vs.slice(-2).map((i) => letters[i][0].toLowerCase()).join("");
    if (!endsWithVowel || ["oa", "oe", "uy"].includes(pair)) target = vs[vs.length - 1];
    else target = vs[vs.length - 2] ?? vs[0];
  }
  letters[target] += tone;
  return letters.join("");
}
