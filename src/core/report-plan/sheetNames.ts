/**
 * Sheet names as Excel accepts them: 1–31 characters, none of [ ] : * ? / \, no apostrophe at
 * either end, not "History" (Excel keeps that name for itself), unique ignoring case.
 *
 * A slash or backslash becomes "-" ("6T/2021" → "6T-2021", a date stays readable); the other
 * forbidden characters are dropped ("Kiểm tra: lỗi" → "Kiểm tra lỗi"), then spaces are collapsed.
 */
import { REPORT } from "../i18n/report-texts";
import type { Lang } from "../i18n/lang";

const DASHED = /[/\\]/g;
const DROPPED = /[[\]:*?]/g;
export const MAX_SHEET_NAME = 31;

/** How Excel compares sheet names: ignoring case (and Unicode normal forms). */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** `lang`: the language of the name a sheet gets when nothing of the wanted one is left (the report's own). */
export function cleanSheetName(name: string, lang: Lang = "vi"): string {
  const cleaned = name
    .normalize("NFC")
    .replace(DASHED, "-")
    .replace(DROPPED, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  // nothing readable left ("[]:*?/\\" → "--"): the report's own name
  return cut(/[\p{L}\p{N}]/u.test(cleaned) ? cleaned : REPORT.text(lang, "sheetSummary"), MAX_SHEET_NAME).trimEnd();
}

/** "Tổng hợp", then "Tổng hợp (2)", "Tổng hợp (3)"…, each ≤ 31 characters, unique in `taken` (keys by nameKey). */
export function uniqueSheetName(wanted: string, taken: Set<string>, lang: Lang = "vi"): string {
  const base = cleanSheetName(wanted, lang);
  const free = (s: string) => !taken.has(nameKey(s)) && nameKey(s) !== "history";
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cut(base, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (free(candidate)) return candidate;
  }
}

/** The first `max` UTF-16 units (Excel counts those), never splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
