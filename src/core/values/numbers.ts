/**
 * Numbers as Vietnamese spreadsheets hold them.
 *
 * Sub-units type figures as text in the Vietnamese convention: "." groups thousands and "," marks
 * the decimal ("1.762" = 1762, "11.120,3" = 11120,3). Some cells come from en-US habits
 * ("1,234,567", "1,234.5"). We read the Vietnamese convention first and flag the forms that an
 * en-US reader would see differently ("1.762", "85,125") as `ambiguous`, so a rule can say so.
 */

import type { Cell } from "../grid";

export interface ParsedNumber {
  value: number;
  /**
   * true when the text is a single "." or "," followed by exactly 3 digits ("1.762", "5,125"):
   * the Vietnamese reading (1762, 5,125) and the en-US reading (1.762, 5125) differ.
   */
  ambiguous: boolean;
  /** digits written after the decimal separator ("43,8" -> 1, "1.762" -> 0) */
  decimals: number;
}

export interface ParseNumberOptions {
  /**
   * How to read an ambiguous single separator with 3 digits after it. "vi" (default): "." is
   * thousands and "," is decimal. "en": the other way round. Unambiguous forms ignore this.
   */
  prefer?: "vi" | "en";
}

/** Spaces used as thousands separators: space, NBSP, thin space, narrow NBSP, figure space. */
const GROUP_SPACE = /[ \u00a0\u2009\u202f\u2007]/;
/** Minus signs people paste from Word and the web, besides "-". */
const MINUS = /^[-\u2212\u2013]/;

/**
 * Read a number typed as text. Returns null when the text is not a number ("Không", "x", "",
 * "-", "12a", "1/2"). Never throws.
 */
export function parseNumberText(text: string, options: ParseNumberOptions = {}): ParsedNumber | null {
  if (typeof text !== "string") return null;
  let s = text.replace(/[\s\u00a0\u200b\u2007\u2009\u202f]+/g, " ").trim();
  if (s === "") return null;

  let negative = false;
  // Accounting style "(123)" means -123.
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("+")) {
    s = s.slice(1).trim();
  } else if (MINUS.test(s)) {
    if (negative) return null; // "(-5)" is not a form anyone means
    negative = true;
    s = s.slice(1).trim();
  }
  if (s === "") return null;

  const body = readBody(s, options.prefer ?? "vi");
  if (!body) return null;
  const value = negative && body.value !== 0 ? -body.value : body.value;
  if (!Number.isFinite(value)) return null;
  return { value, ambiguous: body.ambiguous, decimals: body.decimals };
}

/** digits, optionally grouped by 3 after a first group of 1-3 digits */
function isGrouped(groups: string[]): boolean {
  if (groups.length < 2) return false;
  if (!/^\d{1,3}$/.test(groups[0])) return false;
  return groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function toNumber(intDigits: string, fracDigits: string): number {
  return Number(fracDigits ? `${intDigits}.${fracDigits}` : intDigits);
}

function readBody(
  s: string,
  prefer: "vi" | "en",
): { value: number; ambiguous: boolean; decimals: number } | null {
  // Only digits, ".", "," and group spaces may remain.
  if (!/^[\d., \u00a0\u2009\u202f\u2007]+$/.test(s)) return null;
  if (!/\d/.test(s)) return null;

  // Space-grouped thousands ("1 762", "1 762,5"): spaces only inside the integer part.
  if (GROUP_SPACE.test(s)) {
    const m = /^([\d \u00a0\u2009\u202f\u2007]+?)([.,]\d+)?$/.exec(s);
    if (!m) return null;
    const groups = m[1].split(GROUP_SPACE);
    if (!isGrouped(groups)) return null;
    const intAndRest = groups.join("") + (m[2] ?? "");
    // After removing the spaces, a remaining separator is the decimal one.
    const sep = m[2]?.[0];
    if (!sep) return { value: Number(intAndRest), ambiguous: false, decimals: 0 };
    const frac = m[2].slice(1);
    return { value: toNumber(groups.join(""), frac), ambiguous: false, decimals: frac.length };
  }

  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;

  if (dots === 0 && commas === 0) {
    return { value: Number(s), ambiguous: false, decimals: 0 };
  }

  if (dots > 0 && commas > 0) {
    // Both separators: the last one is the decimal, the other groups thousands.
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    const decimalSep = lastDot > lastComma ? "." : ",";
    const groupSep = decimalSep === "." ? "," : ".";
    const decIdx = s.lastIndexOf(decimalSep);
    const intPart = s.slice(0, decIdx);
    const frac = s.slice(decIdx + 1);
    // frac holds no separator (it follows the last one) and no space: only digits, or nothing ("1.234,")
    if (frac === "") return null;
    if (intPart.includes(decimalSep)) return null; // "1,2,3.4.5"
    const groups = intPart.split(groupSep);
    if (!isGrouped(groups)) return null;
    return { value: toNumber(groups.join(""), frac), ambiguous: false, decimals: frac.length };
  }

  const sep = dots > 0 ? "." : ",";
  const parts = s.split(sep);
  if (parts.some((p) => !/^\d+$/.test(p))) {
    // ",5" / ".5": a bare decimal part; "5," / "1..2": not a number. (With one separator, no space
    // and at least one digit in s, the part after a leading separator can only be digits.)
    if (parts.length === 2 && parts[0] === "") {
      return { value: toNumber("0", parts[1]), ambiguous: false, decimals: parts[1].length };
    }
    return null;
  }

  if (parts.length > 2) {
    // "1.234.567" (vi) or "1,234,567" (en): several group separators, no decimal part.
    if (!isGrouped(parts)) return null;
    return { value: Number(parts.join("")), ambiguous: false, decimals: 0 };
  }

  // A single separator.
  const [intPart, frac] = parts;
  // It can group thousands only if what follows is exactly 3 digits after 1-3 digits that do not
  // start with 0 ("0,125" and "0.125" can only be decimals).
  const couldGroup = frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
  // Vietnamese: "." groups, "," is decimal. en-US: the reverse.
  const groupSepPreferred = prefer === "vi" ? "." : ",";
  if (couldGroup) {
    const asGroup = sep === groupSepPreferred;
    return asGroup
      ? { value: Number(intPart + frac), ambiguous: true, decimals: 0 }
      : { value: toNumber(intPart, frac), ambiguous: true, decimals: frac.length };
  }
  // Cannot be a thousands group ("43,8", "43.8", "1762.50"): the separator is the decimal mark.
  return { value: toNumber(intPart, frac), ambiguous: false, decimals: frac.length };
}

export type NumberRead =
  | { kind: "empty"; placeholder?: string }
  | { kind: "number"; value: number; fromText: boolean; ambiguous: boolean }
  | { kind: "error"; error: string }
  | { kind: "text"; text: string };

/**
 * A lone dash (or two) in a Vietnamese table means "none / not applicable": read it as empty.
 * "x" is not included: in an award list it is a tick, in a figures column a real non-number.
 */
const PLACEHOLDER = /^[-\u2013\u2014\u2212]{1,3}$|^\.{2,3}$|^\u2026$/;

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** Read a cell expected to hold a number. Numbers typed as text are parsed (Vietnamese first). */
export function readNumberCell(cell: Cell | undefined, options: ParseNumberOptions = {}): NumberRead {
  if (!cell) return { kind: "empty" };
  switch (cell.t) {
    case "e":
      return { kind: "error", error: String(cell.v) };
    case "n": {
      const value = typeof cell.v === "number" ? cell.v : Number(cell.v);
      if (Number.isFinite(value)) return { kind: "number", value, fromText: false, ambiguous: false };
      return { kind: "text", text: String(cell.v) };
    }
    case "b":
      return { kind: "text", text: cell.w ?? (cell.v ? "TRUE" : "FALSE") };
    default: {
      const text = String(cell.v);
      const trimmed = text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
      if (trimmed === "") return { kind: "empty" };
      if (PLACEHOLDER.test(trimmed)) return { kind: "empty", placeholder: trimmed };
      const parsed = parseNumberText(trimmed, options);
      if (parsed) return { kind: "number", value: parsed.value, fromText: true, ambiguous: parsed.ambiguous };
      return { kind: "text", text };
    }
  }
}

/**
 * Digits of |n| as integer and fraction strings. With `decimals`, rounds to that many places;
 * without, uses the shortest form that reads back as the same number.
 */
function splitDigits(n: number, decimals?: number): { int: string; frac: string } {
  const abs = Math.abs(n);
  let s: string;
  if (decimals !== undefined) {
    s = abs.toFixed(Math.max(0, Math.min(20, Math.floor(decimals))));
  } else {
    s = String(abs);
    if (/e/i.test(s)) {
      // Very large or very small: write it out in full.
      s = abs >= 1 ? BigInt(Math.round(abs)).toString() : abs.toFixed(20).replace(/0+$/, "");
    }
  }
  const [int, frac = ""] = s.split(".");
  return { int, frac };
}

function formatWith(n: number, groupSep: string, decimalSep: string, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const { int, frac } = splitDigits(n, decimals);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  const negative = n < 0 && /[1-9]/.test(int + frac);
  return (negative ? "-" : "") + grouped + (frac ? decimalSep + frac : "");
}

/** Vietnamese display: 1762 -> "1.762", 11120.3 -> "11.120,3"; `decimals` fixes the places. */
export function formatNumberVi(n: number, decimals?: number): string {
  return formatWith(n, ".", ",", decimals);
}

/** English display: 1762 -> "1,762", 11120.3 -> "11,120.3". */
export function formatNumberEn(n: number, decimals?: number): string {
  return formatWith(n, ",", ".", decimals);
}
