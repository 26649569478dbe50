/**
 * Decision references ("Số, ngày quyết định"): the document symbol and the date, typed together
 * in one cell ("705/QĐ-UBND ngày 24/5/2021") or in two columns.
 *
 * A document symbol (số, ký hiệu) follows NĐ 30/2020/NĐ-CP: <số>/<loại văn bản>-<cơ quan> for
 * typed documents ("705/QĐ-UBND", "43/HD-SNV"), <số>/<cơ quan>-<đơn vị> for a công văn
 * ("229/UBND-NV", "1168/BNV-BTĐKT"), and a year segment for normative ones ("31/2020/QĐ-UBND").
 */

import { stripDiacritics } from "../text/normalize";
import { parseDateText, type DateRead } from "./dates";

export interface DecisionRef {
  /** the symbol as written, without a leading "Số", "QĐ số", "Quyết định số"; absent when none */
  number?: string;
  /** the date found in the text; absent when the text has none */
  date?: DateRead;
  /** the text the reference was read from */
  raw: string;
}

/** d/m/y inside a longer text, not glued to other digits or slashes (so not inside "31/2020/QĐ"). */
const DMY_IN_TEXT = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/])/u;
/** "ngày 05 tháng 3 năm 2021" inside a longer text */
const LONG_IN_TEXT = /ng[aàá]y\s*\d{1,2}\s*th[aáà]ng\s*\d{1,2}\s*(?:n[aăâ]m\s*)?\d{2,4}/iu;
/** "ngày" followed by something that is not a readable date ("ngày 24/5", "ngày ..."). */
const NGAY_TAIL = /(?:^|[\s,;(])ng[aàá]y\b\s*:?\s*(.*)$/iu;
/** A document symbol: digits "/" [year "/"] letters, then "-" segments that start with a letter. */
const SYMBOL_IN_TEXT = /\d{1,6}\s*\/\s*(?:\d{4}\s*\/\s*)?[\p{L}\d]+(?:\s*[-\u2013]\s*\p{L}[\p{L}\d&]*)*/u;
/** "Quyết định số", "QĐ số", "Số", "Số:", "so" — the words before a symbol, not part of it. */
const NUMBER_PREFIX = /^(?:(?:quy[eếề]t\s*[dđ][iịí]nh|q[dđ])\s*(?:s[oố]\s*:?)|s[oố]\s*:?)\s*/iu;

function clean(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** Find a date inside a longer text: its position and how it reads. */
function findDate(text: string): { start: number; end: number; read: DateRead } | null {
  const long = LONG_IN_TEXT.exec(text);
  if (long) return { start: long.index, end: long.index + long[0].length, read: parseDateText(long[0]) };
  const dmy = DMY_IN_TEXT.exec(text);
  if (dmy) return { start: dmy.index, end: dmy.index + dmy[0].length, read: parseDateText(dmy[0]) };
  return null;
}

/**
 * Split a decision reference into its symbol and date:
 * "QĐ số 705/QĐ-UBND ngày 24/05/2021" -> { number: "705/QĐ-UBND", date: 2021-05-24 };
 * "QĐ 705" -> { number: "QĐ 705" } (kept as written so a rule can report it). Never throws.
 */
export function parseDecisionRef(text: string): DecisionRef {
  const raw = String(text ?? "");
  // an empty text finds no date, no "ngày" and no number: the raw text alone is the answer
  const s = clean(raw);

  let date: DateRead | undefined;
  let rest = s;
  const found = findDate(s);
  if (found) {
    date = found.read;
    rest = s.slice(0, found.start) + " " + s.slice(found.end);
  } else {
    const tail = NGAY_TAIL.exec(s);
    if (tail) {
      // clean() trimmed the end and the pattern ate the spaces before the group
      const after = tail[1];
      // "ngày" with nothing date-like after it: there is no date, only the word.
      if (/\d/.test(after)) date = { kind: "invalid", text: after, reason: "unreadable" };
      rest = s.slice(0, tail.index);
    }
  }

  const number = extractNumber(rest);
  const out: DecisionRef = { raw };
  if (number) out.number = number;
  if (date) out.date = date;
  return out;
}

function extractNumber(rest: string): string | undefined {
  const symbol = SYMBOL_IN_TEXT.exec(rest);
  // the pattern begins with a digit and ends with a letter or digit: nothing to trim
  if (symbol) return symbol[0];
  // No symbol shape: keep what is there ("QĐ 705", "705") without the filler words around it.
  const t = rest
    .replace(/(?:^|\s)ng[aàá]y\s*:?\s*$/iu, "")
    .replace(/[\s,;:()\-–]+$/u, "")
    .replace(/^[\s,;:()\-–]+/u, "");
  // the prefix is cut from the start only, with the spaces after it: the end stays clean
  return t.replace(NUMBER_PREFIX, "");
}

/** A law or resolution of the National Assembly: "06/2022/QH15". */
const QH_SYMBOL = /^\d{1,5}\/\d{4}\/QH\d{1,2}$/;
/** <số>/[<năm>/]<LOẠI hoặc CƠ QUAN>-<CƠ QUAN>[-<...>] */
const DOC_SYMBOL = /^\d{1,5}\/(?:\d{4}\/)?[A-ZĐ]{1,8}(?:-[A-ZĐ0-9&]+)+$/u;

/** Canonical spelling of a symbol for validation: NFC, upper case, no spaces, "–" as "-". */
function canonicalSymbol(num: string): string {
  return num
    .normalize("NFC")
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .toUpperCase();
}

/**
 * Is this a well-formed document symbol? "705/QĐ-UBND", "705/QD-UBND", "705 / QĐ - UBND",
 * "1960/2021/QĐ-UBND", "229/UBND-NV", "1168/BNV-BTĐKT", "06/2022/QH15" -> true;
 * "QĐ 705", "705", "705/UBND" (no type, no unit) -> false.
 */
export function isValidDecisionNumber(num: string): boolean {
  if (typeof num !== "string") return false;
  const c = canonicalSymbol(num);
  return DOC_SYMBOL.test(c) || QH_SYMBOL.test(c);
}

/**
 * Key to compare symbols across files (rule: one number, one date per issuer): insensitive to
 * spacing, case and diacritics ("705/QD-UBND" = "705 / QĐ - UBND").
 */
export function decisionNumberKey(num: string): string {
  return stripDiacritics(canonicalSymbol(num)).replace(/^0+(?=\d)/, "");
}
