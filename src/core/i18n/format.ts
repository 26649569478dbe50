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

/** A template cut once into its text and its placeholders (name, kind, argument, and as written). */
type Part = string | { name: string; kind?: string; arg?: string; whole: string };

/**
 * Templates cut at first use: a run of 100,000 issues fills the same few dozen templates, and a
 * regular expression with a callback per fill was the check's slowest step after reading.
 */
const COMPILED = new Map<string, Part[]>();

function compile(template: string): Part[] {
  let parts = COMPILED.get(template);
  if (parts) return parts;
  parts = [];
  let at = 0;
  // the text between placeholders (an empty piece costs nothing when filled)
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(at, m.index), { name: m[1], kind: m[2], arg: m[3], whole: m[0] });
    at = m.index + m[0].length;
  }
  parts.push(template.slice(at));
  // templates are the catalogue's, a bounded set; a text built at run time must not grow this without end
  if (COMPILED.size < 10_000) COMPILED.set(template, parts);
  return parts;
}

/** Fills a template's placeholders for one language. */
export function formatTemplate(template: string, params: Params, lang: Lang): string {
  let out = "";
  for (const part of compile(template)) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const value = params[part.name];
    if (value === undefined) out += part.whole;
    else if (part.kind === "number") out += typeof value === "number" ? formatNumber(value, lang) : asText(value, lang);
    else if (part.kind === "plural") out += plural(Number(asText(value, lang)), lang, (part.arg ?? "").split("|"));
    else out += asText(value, lang);
  }
  return out;
}

/** The placeholder names a template uses, sorted: both languages of one message must use the same. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}
