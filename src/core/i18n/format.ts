/**
 * The one formatter of every message template (pane, CLI, report, issues, errors).
 *
 * A template is plain text with placeholders:
 *   {name}                  the parameter as it is (a number as written: years and row numbers stay "2021")
 *   {name:number}           a number with the language's grouping and decimal signs (vi 1.234,5; en 1,234.5)
 *   {name:plural:one|other} the word for the count in `name` (English "1 file" / "2 files"; Vietnamese
 *                           has no plural, so its templates simply write the word)
 * A parameter may itself be a Localized text ({vi, en}): the formatter takes the language's side.
 * A missing parameter stays visible ("{name}") rather than vanishing.
 */
import type { Lang, Localized } from "./lang";

export type Param = string | number | Localized;
export type Params = Record<string, Param | undefined>;

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-US" };
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** A number as the language writes it: grouping and decimal signs, at most two decimals. */
export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 })));
  return f.format(n);
}

function plural(n: number, lang: Lang, forms: string[]): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
  return rules.select(n) === "one" ? forms[0] : (forms[1] ?? forms[0]);
}

const PLACEHOLDER = /\{(\w+)(?::(\w+)(?::([^{}]*))?)?\}/g;

function asText(value: Param, lang: Lang): string {
  if (typeof value === "object") return value[lang];
  return String(value);
}

/** Fills a template's placeholders for one language. */
export function formatTemplate(template: string, params: Params, lang: Lang): string {
  return template.replace(PLACEHOLDER, (whole, name: string, kind?: string, arg?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (kind === "number") return typeof value === "number" ? formatNumber(value, lang) : asText(value, lang);
    if (kind === "plural") return plural(Number(asText(value, lang)), lang, (arg ?? "").split("|"));
    return asText(value, lang);
  });
}

/** The placeholder names a template uses, sorted: both languages of one message must use the same. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}
