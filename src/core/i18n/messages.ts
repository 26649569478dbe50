/**
 * Message sections: each area of the product (pane, CLI, report, reading, errors, each rule)
 * declares its texts as `{ key: { vi, en } }` templates with `defineMessages`, and the one
 * catalogue (catalogue.ts) lists every section. A template's parameters are typed from its
 * placeholders: `t("readingFiles", { count })` does not compile without `count`.
 */
import { formatTemplate, type Param, type Params } from "./format";
import type { Lang, Localized } from "./lang";

export interface Template {
  readonly vi: string;
  readonly en: string;
}
export type Templates = Record<string, Template>;

/** The placeholder names of a template string ("{count} {count:plural:file|files}" -> "count"; "{ a: b }" is text). */
type Names<S extends string, Acc extends string = never> = S extends `${string}{${infer P}}${infer Rest}`
  ? Names<Rest, Acc | (P extends `${string} ${string}` ? never : P extends `${infer N}:${string}` ? N : P)>
  : Acc;

/** The parameters a template needs: none, or an object with every placeholder. */
export type ParamArgs<T extends Template> = [Names<T["vi"] | T["en"]>] extends [never]
  ? [params?: Params]
  : [params: Record<Names<T["vi"] | T["en"]>, Param> & Params];

export interface MessageSection<S extends Templates = Templates> {
  /** the id prefix of this section's messages ("pane", "cli", "rule.date-invalid") */
  readonly area: string;
  readonly templates: S;
  /** the message in both languages */
  t<K extends keyof S & string>(key: K, ...params: ParamArgs<S[K]>): Localized;
  /** the message in one language */
  text<K extends keyof S & string>(lang: Lang, key: K, ...params: ParamArgs<S[K]>): string;
}

/**
 * Fills a template in both languages, each when it is first read: a check can make 100,000 messages
 * and the CLI prints one language of them, so the other is never formatted. The two texts are
 * enumerable properties like any other (JSON, spreading, copying to a worker read them as plain
 * strings); each is formatted once. The parameters are the caller's fresh object, never changed after.
 */
export function localize(template: Template, params: Params = {}): Localized {
  let vi: string | undefined;
  let en: string | undefined;
  return {
    get vi() {
      return (vi ??= formatTemplate(template.vi, params, "vi"));
    },
    get en() {
      return (en ??= formatTemplate(template.en, params, "en"));
    },
  };
}

/** Declares one area's messages (see the module comment). */
export function defineMessages<const S extends Templates>(area: string, templates: S): MessageSection<S> {
  return {
    area,
    templates,
    t: (key, ...params) => localize(templates[key], params[0]),
    text: (lang, key, ...params) => formatTemplate(templates[key][lang], params[0] ?? {}, lang),
  };
}

/** A parameter that is itself a text in both languages. */
export type { Param, Params };
