/**
 * The pane's translate function. The texts themselves are the "pane" section of the one message
 * catalogue (src/core/i18n/pane.ts); the language type and the formatter are the catalogue's too.
 */
import { langOf, type Lang } from "../core/i18n/lang";
import type { ParamArgs } from "../core/i18n/messages";
import { PANE } from "../core/i18n/pane";

export type { Lang };
type PaneTemplates = typeof PANE.templates;
export type StringKey = Extract<keyof PaneTemplates, string>;

/** Office's display language -> pane language: any English ("en-US", "en-GB") is en, else vi. */
export function pickLanguage(displayLanguage: string | undefined | null): Lang {
  return langOf(displayLanguage);
}

/** The translate function the components use: typed parameters, one language. */
export function translator(lang: Lang) {
  return <K extends StringKey>(key: K, ...params: ParamArgs<PaneTemplates[K]>): string => PANE.text(lang, key, ...params);
}

export type Translate = ReturnType<typeof translator>;

/** A table kind's name as the pane shows it ("danh sách khen thưởng"); an unknown kind as it is. */
export function kindName(kind: string, lang: Lang): string {
  const key = `kind_${kind}`;
  return key in PANE.templates ? PANE.text(lang, key as "kind_other") : kind;
}
