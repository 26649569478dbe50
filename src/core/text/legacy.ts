/**
 * Legacy 8-bit Vietnamese text: TCVN3 (ABC) and VNI-Windows.
 *
 * Workbooks typed with a legacy font store one character per byte, so the text reaches us as
 * Latin-1 characters ("GiÊy khen cña Chñ tÞch UBND huyÖn"). This module recognises such text and
 * turns it into Unicode (NFC). It never touches text that already holds Unicode Vietnamese.
 *
 * TCVN3: one byte per letter. Lower-case toned vowels have their own bytes; capital toned vowels do
 * not exist in the base fonts (.VnTime, .VnArial): capitals come from the "H" fonts (.VnTimeH,
 * .VnArialH) that draw the same bytes as capitals. Only Ă Â Ê Ô Ơ Ư Đ have capital bytes.
 * "ư" is 0xAD, the soft hyphen: it must never be stripped before decoding.
 *
 * VNI-Windows: base letter + one modifier byte ("à" = "aø", "ấ" = "aá", "ờ" = "ôø"); ơ, ư, đ and the
 * toned i's are single bytes.
 *
 * Tables checked against UniKey's VnConv tables (all 134 letters) in test/core/text/legacy.test.ts.
 */

export type LegacyEncoding = "tcvn3" | "vni";

/** Tones in table order: none, huyền, hỏi, ngã, sắc, nặng. */
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

/** The twelve vowels (lower case) in NFC; index into the tables below. */
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];

function withTone(vowel: string, tone: number): string {
  return (vowel + TONES[tone]).normalize("NFC");
}

// ---------------------------------------------------------------------------------------------
// TCVN3

/** TCVN3 bytes of each vowel, in TONES order (a lower-case vowel; upper case shares the byte). */
const TCVN3_VOWEL_BYTES: Record<string, number[]> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
/** The only capital letters TCVN3 has its own bytes for. */
const TCVN3_CAPITALS: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7, đ: 0xae };

/** Latin-1 character (as stored in the sheet) -> Unicode letter. */
const TCVN3_DECODE = new Map<string, string>();
/** Unicode letter (lower case, and the 7 capitals) -> Latin-1 character. */
const TCVN3_ENCODE = new Map<string, string>();
for (const v of VOWELS) {
  TCVN3_VOWEL_BYTES[v].forEach((byte, tone) => {
    if (byte < 0x80) return;
    TCVN3_DECODE.set(String.fromCharCode(byte), withTone(v, tone));
    TCVN3_ENCODE.set(withTone(v, tone), String.fromCharCode(byte));
  });
}
for (const [letter, byte] of Object.entries(TCVN3_CAPITALS)) {
  TCVN3_DECODE.set(String.fromCharCode(byte), letter);
  TCVN3_ENCODE.set(letter, String.fromCharCode(byte));
}

export interface Tcvn3Options {
  /**
   * true: the text is in a capital font (.VnTimeH): upper-case everything after decoding.
   * false: decode byte by byte, no case change.
   * undefined (font unknown): upper-case a cell whose ASCII letters are all capitals ("C¸ NH¢N"),
   * and any word that mixes two or more ASCII capitals with decoded letters ("HUYÖN").
   */
  capitals?: boolean;
}

function decodeTcvn3Chars(s: string): string {
  let out = "";
  for (const ch of s) out += TCVN3_DECODE.get(ch) ?? ch;
  return out;
}

export function decodeTcvn3(s: string, opts: Tcvn3Options = {}): string {
  const decoded = decodeTcvn3Chars(s);
  if (opts.capitals === true) return decoded.toUpperCase().normalize("NFC");
  if (opts.capitals === false) return decoded.normalize("NFC");
  const ascii = s.match(/[A-Za-z]/g) ?? [];
  // A cell typed with Caps Lock on in a non-H font: every ASCII letter is a capital.
  if (ascii.length >= 2 && !ascii.some((c) => c >= "a" && c <= "z")) return decoded.toUpperCase().normalize("NFC");
  // Otherwise word by word: "UBND HUYÖN" inside a lower-case sentence. One capital alone ("Tù do",
  // "Bß") is a capitalised word, not a capital-font word.
  return s
    .split(/(\s+)/)
    .map((word) => {
      const decodedWord = decodeTcvn3Chars(word);
      const letters = word.match(/[A-Za-z]/g) ?? [];
      const allCaps = letters.length >= 2 && letters.every((c) => c >= "A" && c <= "Z");
      return allCaps && decodedWord !== word ? decodedWord.toUpperCase() : decodedWord;
    })
    .join("")
    .normalize("NFC");
}

/**
 * Unicode -> TCVN3 as typed with a legacy keyboard: capital toned vowels use the lower-case byte
 * (they only look capital in an "H" font). Characters TCVN3 cannot hold are left as they are.
 */
export function encodeTcvn3(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    out += TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// VNI-Windows

/** VNI modifier bytes in TONES order, by vowel family. */
const VNI_PLAIN_TONES = ["", "ø", "û", "õ", "ù", "ï"]; // a e o u y ơ ư
const VNI_CIRCUMFLEX = ["â", "à", "å", "ã", "á", "ä"]; // â ê ô: shape and tone in one byte
const VNI_BREVE = ["ê", "è", "ú", "ü", "é", "ë"]; // ă
const VNI_I = ["i", "ì", "æ", "ó", "í", "ò"]; // i: one byte per toned letter

/** Unicode letter (both cases) -> VNI string. */
const VNI_ENCODE = new Map<string, string>();
function addVni(lower: string, upper: string, encodedLower: string, encodedUpper: string) {
  VNI_ENCODE.set(lower, encodedLower);
  VNI_ENCODE.set(upper, encodedUpper);
}
for (const v of VOWELS) {
  for (let tone = 0; tone < 6; tone++) {
    const lower = withTone(v, tone);
    const upper = lower.toUpperCase();
    let enc: string;
    if (v === "i") enc = VNI_I[tone];
    else if (v === "y" && tone === 5) enc = "î";
    else if (v === "â" || v === "ê" || v === "ô") enc = v.normalize("NFD")[0] + VNI_CIRCUMFLEX[tone];
    else if (v === "ă") enc = "a" + VNI_BREVE[tone];
    else if (v === "ơ") enc = "ô" + VNI_PLAIN_TONES[tone];
    else if (v === "ư") enc = "ö" + VNI_PLAIN_TONES[tone];
    else enc = v + VNI_PLAIN_TONES[tone];
    if (enc === lower) continue; // plain a, e, i, o, u, y
    addVni(lower, upper, enc, enc.toUpperCase());
  }
}
addVni("đ", "Đ", "ñ", "Ñ");

/** VNI string -> Unicode letter. Also accepts a modifier whose case differs from its base ("Aù"). */
const VNI_DECODE = new Map<string, string>();
for (const [letter, enc] of VNI_ENCODE) {
  VNI_DECODE.set(enc, letter);
  if (enc.length === 2) {
    const isUpper = letter !== letter.toLowerCase();
    const other = enc[0] + (isUpper ? enc[1].toLowerCase() : enc[1].toUpperCase());
    if (!VNI_DECODE.has(other)) VNI_DECODE.set(other, letter);
  }
}

export function decodeVni(s: string): string {
  let out = "";
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? VNI_DECODE.get(chars[i] + chars[i + 1]) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
    } else out += VNI_DECODE.get(chars[i]) ?? chars[i];
  }
  return out.normalize("NFC");
}

/** Unicode -> VNI-Windows. Characters VNI cannot hold are left as they are. */
export function encodeVni(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFC")) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fonts

/** ".VnTime", ".VnArialH", ".VnArial NarrowH" -> tcvn3; "VNI-Times", "VNI-Helve" -> vni. */
export function legacyEncodingOfFont(font: string | undefined): LegacyEncoding | null {
  if (!font) return null;
  const name = font.trim();
  if (/^VNI[-_ ]/i.test(name)) return "vni";
  if (/^\.?Vn[A-Z]/.test(name) || /^\.vn/i.test(name)) return "tcvn3";
  return null;
}

/** A TCVN3 capital font (.VnTimeH, .VnArialH): its lower-case bytes are drawn as capitals. */
export function isTcvn3CapitalFont(font: string | undefined): boolean {
  return legacyEncodingOfFont(font) === "tcvn3" && /H$/.test(font!.trim());
}

// ---------------------------------------------------------------------------------------------
// Detection

/** Letters (and marks) only Unicode Vietnamese uses: their presence means "not legacy". */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u0303\u0306\u0309\u031b\u0323]/;
const HIGH_LATIN1 = /[\u0080-\u00ff]/;

const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđfghjklmnpqrstvwxz])?";
const NUCLEUS =
  "(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)";
const CODA = "(?:ch|nh|ng|[cmnpt])?";
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);
const VIETNAMESE_LETTERS = /^[a-zđăâêôơư]+$/;

/**
 * Is this word a plausible Vietnamese syllable (or an all-capital abbreviation such as "QĐ")?
 * Used to compare readings of the same bytes; it need not be exact, only much more often true
 * of the right reading than of the wrong one.
 */
export function isPlausibleVietnameseWord(word: string): boolean {
  const nfd = word.normalize("NFD");
  const toneCount = (nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length;
  if (toneCount > 1) return false;
  const bare = nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC");
  const lower = bare.toLowerCase();
  if (!VIETNAMESE_LETTERS.test(lower)) return false;
  const upper = bare.toUpperCase();
  const isAllUpper = bare === upper;
  const isCapitalised = bare === upper[0] + lower.slice(1) || bare === lower;
  if (!isAllUpper && !isCapitalised) return false;
  if (isAllUpper && toneCount === 0 && bare.length >= 2 && bare.length <= 6) return true; // QĐ, ĐVT
  return SYLLABLE.test(lower);
}

export interface LegacyEvidence {
  /** Words that read as Vietnamese in TCVN3 and not as they are. */
  tcvn3: number;
  /** Words that read as Vietnamese in VNI and not as they are. */
  vni: number;
  /** Words that are Unicode Vietnamese as they are. */
  unicode: number;
}

/** Count, word by word, which reading of a text makes Vietnamese. */
export function legacyEvidence(text: string): LegacyEvidence {
  const evidence: LegacyEvidence = { tcvn3: 0, vni: 0, unicode: 0 };
  // Split on spaces, digits and ASCII punctuation only: Latin-1 symbols are TCVN3 letters (§ = Đ).
  for (const word of text.split(/[\s\u00a0\u0021-\u0040\u005b-\u0060\u007b-\u007e]+/)) {
    if (!word) continue;
    const e = wordEvidence(word);
    if (e & UNICODE_WORD) evidence.unicode++;
    if (e & TCVN3_WORD) evidence.tcvn3++;
    if (e & VNI_WORD) evidence.vni++;
  }
  return evidence;
}

const UNICODE_WORD = 1;
const TCVN3_WORD = 2;
const VNI_WORD = 4;
/** What each distinct word is evidence of (the bits above): a sheet's names and places repeat on every row. */
const WORD_EVIDENCE = new Map<string, number>();

function wordEvidence(word: string): number {
  let e = WORD_EVIDENCE.get(word);
  if (e === undefined) {
    e = 0;
    if (UNICODE_VIETNAMESE.test(word)) e = UNICODE_WORD;
    else if (HIGH_LATIN1.test(word)) {
      const asIs = isPlausibleVietnameseWord(word);
      const asTcvn3 = isPlausibleVietnameseWord(decodeTcvn3(word));
      const asVni = isPlausibleVietnameseWord(decodeVni(word));
      if (!asIs) e = (asTcvn3 ? TCVN3_WORD : 0) | (asVni ? VNI_WORD : 0);
      else if (!asTcvn3 && !asVni) e = UNICODE_WORD;
    }
    if (WORD_EVIDENCE.size >= 100_000) WORD_EVIDENCE.clear();
    WORD_EVIDENCE.set(word, e);
  }
  return e;
}

export function looksLikeTcvn3(s: string): boolean {
  const e = legacyEvidence(s);
  // more than the Unicode words (never fewer than 0) implies at least one
  return e.tcvn3 > e.unicode && e.tcvn3 >= e.vni;
}

export function looksLikeVni(s: string): boolean {
  const e = legacyEvidence(s);
  return e.vni > e.unicode && e.vni > e.tcvn3;
}

/**
 * Decide the encoding of a file or sheet from a sample of its texts (and the font of each text,
 * when known). Returns null for Unicode, NFD, English or ASCII-only text.
 *
 * Fonts weigh half a word each, and only for texts that have Latin-1 letters and no Unicode
 * Vietnamese: a .VnTime cell holding Unicode text is Unicode text.
 */
export function detectLegacyEncoding(texts: string[], fonts?: (string | undefined)[]): LegacyEncoding | null {
  return encodingOfEvidence(legacyEvidenceOf(texts, fonts));
}

/** The evidence of a sample of texts, summed (fonts weigh half a word, as above). */
export function legacyEvidenceOf(texts: string[], fonts?: (string | undefined)[]): LegacyEvidence {
  const total: LegacyEvidence = { tcvn3: 0, vni: 0, unicode: 0 };
  texts.forEach((text, i) => {
    // an empty text counts nothing and, having no Latin-1 letter, draws no font weight
    const e = legacyEvidence(text);
    total.tcvn3 += e.tcvn3;
    total.vni += e.vni;
    total.unicode += e.unicode;
    const fontEncoding = legacyEncodingOfFont(fonts?.[i]);
    if (fontEncoding && HIGH_LATIN1.test(text) && !UNICODE_VIETNAMESE.test(text)) total[fontEncoding] += 0.5;
  });
  return total;
}

/** The encoding summed evidence points to, or null for Unicode. */
export function encodingOfEvidence(total: LegacyEvidence): LegacyEncoding | null {
  const best: LegacyEncoding = total.tcvn3 >= total.vni ? "tcvn3" : "vni";
  const other = best === "tcvn3" ? total.vni : total.tcvn3;
  if (total[best] >= 1 && total[best] > total.unicode && total[best] > other) return best;
  return null;
}

/**
 * Decode one text of a file known to be in `encoding`. A text that already holds Unicode
 * Vietnamese (a cell retyped later) is returned unchanged; `font` picks capitals for .VnTimeH.
 */
export function decodeLegacy(s: string, encoding: LegacyEncoding, font?: string): string {
  if (UNICODE_VIETNAMESE.test(s)) return s;
  if (encoding === "vni") return decodeVni(s);
  return decodeTcvn3(s, { capitals: isTcvn3CapitalFont(font) ? true : undefined });
}
