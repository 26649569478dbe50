/**
 * Vietnamese text normalisation and match keys.
 *
 * Displayed text always keeps the source's spelling; these functions only make *keys* to compare:
 *  - headerKey: diacritics-insensitive ("Chỉ tiêu" = "CHI TIEU" = "chi tieu"), for column headers
 *    and catalogue look-ups where typists drop accents;
 *  - nameKey: insensitive to tone placement (Thuỷ = Thủy), case, spacing and NFD/NFC, but keeps
 *    every diacritic (Hùng ≠ Hưng), for person, unit and indicator names.
 */

import { operations } from "../operations";
import { remembered } from "./remembered";

/**
 * Tone marks (dấu thanh) as combining characters: huyền, sắc, ngã, hỏi, nặng. Their look-alikes
 * U+0340 / U+0341 need no entry: NFD, which every caller applies first, maps them to U+0300 / U+0301.
 */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

export function nfc(s: string): string {
  return s.normalize("NFC");
}

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function collapseSpaces(s: string): string {
  return isCollapsed(s) ? s : s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/**
 * Nothing for collapseSpaces to do: single ASCII spaces between other characters, no other space
 * (tab, line break, NBSP, zero-width), none at either end. Most cell texts are so, and a province's
 * lists have hundreds of thousands of them. Any character below U+0021 but the space, or one of
 * the few Unicode spaces, sends the text the long way, which decides.
 */
function isCollapsed(s: string): boolean {
  const n = s.length;
  let prevSpace = true; // a space first is a space at the start
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    if (c < 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return false;
    prevSpace = false;
  }
  return !prevSpace || n === 0;
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
  let key = HEADER_KEYS.get(s);
  if (key === undefined) {
    key = collapseSpaces(
      stripDiacritics(s)
        .toLowerCase()
        .replace(/[^a-z0-9%/]+/g, " "),
    );
    if (HEADER_KEYS.size >= 200_000) HEADER_KEYS.clear();
    // a long text (a paragraph of instructions) is rarely asked twice: not kept
    if (s.length <= 200) HEADER_KEYS.set(s, key);
  }
  return key;
}

/** headerKey per distinct text: table detection asks it of every cell's text, and texts repeat. */
const HEADER_KEYS = new Map<string, string>();

/**
 * Move every tone mark of a syllable to its end, so that old ("hoà", "thuỷ") and new ("hòa",
 * "thủy") placements give the same string. Works on NFD input; returns NFD.
 */
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * Letters and combining marks belong to a syllable; ASCII is decided without a regex (hot path).
 * The text is lower case (nameKey lowers it first), so ASCII letters are a-z.
 */
function isSyllableChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LETTER_OR_MARK.test(c);
}

function canonicalToneNfd(nfdText: string): string {
  let out = "";
  let syllable = "";
  let tone = "";
  for (const c of nfdText) {
    if (TONE_MARKS.has(c)) {
      tone = c;
    } else if (isSyllableChar(c)) {
      syllable += c;
    } else {
      out += syllable + tone + c;
      syllable = "";
      tone = "";
    }
  }
  return out + syllable + tone;
}

/**
 * Key for names: "Lường văn Thuỷ" and "LƯỜNG VĂN THỦY" give the same key; "Hùng" and "Hưng" do not.
 * The key is not meant for display.
 */
export function nameKey(s: string): string {
  operations.count++;
  return remembered(NAME_KEYS, s, (t) => canonicalToneNfd(collapseSpaces(t.normalize("NFD")).toLowerCase()).replace(/\s*([,.;:()\-–/])\s*/g, "$1"));
}

/** nameKey per distinct text: units, positions and award words repeat on thousands of rows. */
const NAME_KEYS = new Map<string, string>();

/**
 * Canonical tone placement, keeping case and every other character: the traditional placement
 * that official documents (Nghị định 30/2020/NĐ-CP templates) use, "Uỷ ban" -> "Ủy ban",
 * "Hoà" -> "Hòa", "Thuỷ" -> "Thủy", "khoá" -> "khóa", "cuả" -> "của". Returns NFC.
 *
 * A word that does not parse as one Vietnamese syllable with exactly one tone mark ("café",
 * "résumé", abbreviations) is left as it is, so that the function never loses a mark.
 */
export function canonicalTones(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\p{L}\p{M}]+/gu, (word) => placeTone(word))
    .normalize("NFC");
}

const VOWEL_BASES = "aeiouyAEIOUY";
/** Breve, circumflex, horn: a vowel that carries one of them takes the tone (â ă ê ô ơ ư). */
const SHAPE_MARKS = new Set(["\u0302", "\u0306", "\u031b"]);

function placeTone(wordNfd: string): string {
  const tones: string[] = [];
  const rest: string[] = [];
  for (const c of wordNfd) {
    if (TONE_MARKS.has(c)) tones.push(c);
    else rest.push(c);
  }
  if (tones.length !== 1) return wordNfd;
  // Group each base letter with its shape marks: ["t", "h", "u", "ơ"] for "thuở".
  const letters: string[] = [];
  for (const c of rest) {
    if (/\p{M}/u.test(c)) {
      if (!letters.length) return wordNfd;
      letters[letters.length - 1] += c;
    } else letters.push(c);
  }
  const isVowel = (l: string) => VOWEL_BASES.includes(l[0]);
  const first = letters.findIndex(isVowel);
  if (first < 0) return wordNfd;
  let last = first;
  while (last + 1 < letters.length && isVowel(letters[last + 1])) last++;
  // The vowels must be one contiguous group, else this is not a Vietnamese syllable ("café").
  if (letters.slice(last + 1).some(isVowel)) return wordNfd;
  let start = first;
  const onset = letters.slice(0, first).map((l) => l.toLowerCase()).join("");
  const firstVowel = letters[first].toLowerCase();
  // In "qu" and "gi" the u / i belongs to the consonant: quý, quỳnh, giữa, già (but gì, gìn).
  if (last > first && ((onset === "q" && firstVowel === "u") || (onset === "g" && firstVowel === "i"))) start++;
  const vowels: number[] = [];
  for (let i = start; i <= last; i++) vowels.push(i);
  const closed = last < letters.length - 1;
  const shaped = vowels.filter((i) => [...letters[i]].some((m) => SHAPE_MARKS.has(m)));
  let target: number;
  // (one vowel: the rules below give it, closed or open)
  if (shaped.length) target = shaped[shaped.length - 1]; // người, thuở, giữa, nguyễn, tuần
  else if (closed) target = vowels[vowels.length - 1]; // hoàng, quyết, huỳnh
  else if (vowels.length >= 3) target = vowels[1]; // ngoài, khuỷu, ngoẹo
  else target = vowels[0]; // hòa, thủy, khóa, của, mía, tài
  letters[target] += tones[0];
  return letters.join("");
}
