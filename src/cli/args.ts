/**
 * Command-line arguments of `tdkt`: parsed strictly, so a typo is a usage error (exit 2). The
 * language is Vietnamese unless `--lang en` is given or the locale (LC_ALL, LC_MESSAGES, LANG) is
 * English; usage errors and `--help` speak it.
 */

import { errorOf, TdktError } from "../core/errors";
import { CLI } from "../core/i18n/cli";
import { langOf, type Lang } from "../core/i18n/lang";
import type { ParamArgs } from "../core/i18n/messages";
import { DECIDABLE_ROLES, parseColumnDecision, type ColumnDecision } from "../core/layout/columnDecisions";

export interface CliArgs {
  command: "check" | "consolidate" | "annotate" | "resubmit" | "help";
  paths: string[];
  period?: { from: string; to: string };
  units?: string;
  json: boolean;
  lang: "vi" | "en";
  out?: string;
  force: boolean;
  ratio?: number;
  /** decision number -> campaign name, for decisions no file names ("398/QĐ-UBND=Phòng, chống dịch Covid-19") */
  campaigns: Record<string, string>;
  /** the user's decisions on unsettled award names: JSON, or a two-column .xlsx/.csv (docs/catalogue.md) */
  awardMap?: string;
  /** a province's own titles and honours: a JSON array of entries shaped like the built-in data */
  catalogue?: string;
  /** which misspelt award names count under their suggestion (see AWARD_POLICY) */
  suggestions?: "none" | "slips" | "all";
  /** rule code -> severity or "off" (docs/rules.md lists the codes) */
  severities: Record<string, "error" | "warning" | "info" | "off">;
  /** print the stack of an unexpected failure (otherwise one line) */
  debug: boolean;
  /** the user's decisions on columns: --column "file.xlsx!Sheet!D=award" (core/layout/columnDecisions.ts) */
  columns: ColumnDecision[];
}

/** A usage error (exit 2): the one error type with code "usage" and a message of the CLI section. */
export class UsageError extends TdktError {}

type CliTemplates = typeof CLI.templates;

/** The usage error for one of the CLI section's messages. */
export function usageError<K extends Extract<keyof CliTemplates, string>>(key: K, ...params: ParamArgs<CliTemplates[K]>): UsageError {
  return new UsageError(errorOf(CLI, "usage", key, {}, ...params).toPlain());
}

/** The language of the messages: `--lang` when given, else English for an English locale, else Vietnamese. */
export function cliLang(argv: string[], env: Record<string, string | undefined> = {}): Lang {
  const at = argv.indexOf("--lang");
  if (at >= 0 && (argv[at + 1] === "vi" || argv[at + 1] === "en")) return argv[at + 1] as Lang;
  return langOf(env.LC_ALL || env.LC_MESSAGES || env.LANG || "");
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseArgs(argv: string[], env: Record<string, string | undefined> = {}): CliArgs {
  const [command, ...rest] = argv;
  const lang = cliLang(argv, env);
  const fail = <K extends Extract<keyof CliTemplates, string>>(key: K, ...params: ParamArgs<CliTemplates[K]>): never => {
    throw usageError(key, ...params);
  };
  const base = { paths: [], json: false, lang, force: false, campaigns: {}, severities: {}, columns: [], debug: argv.includes("--debug") };
  if (!command || command === "help" || command === "--help" || command === "-h" || rest.includes("--help") || rest.includes("-h")) return { command: "help", ...base };
  if (command !== "check" && command !== "consolidate" && command !== "annotate" && command !== "resubmit")
    fail("unknownCommand", { command });
  const args: CliArgs = { command: command as CliArgs["command"], ...base };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) fail("needsValue", { option: a });
      return v;
    };
    switch (a) {
      case "--json":
        args.json = true;
        break;
      case "--force":
        args.force = true;
        break;
      case "--debug":
        args.debug = true;
        break;
      case "--lang": {
        const v = value();
        if (v !== "vi" && v !== "en") fail("badLang", { value: v });
        args.lang = v as Lang;
        break;
      }
      case "--period": {
        const v = value();
        const [from, to] = v.split("..");
        if (!ISO.test(from ?? "") || !ISO.test(to ?? "") || from > to) fail("badPeriod", { value: v });
        args.period = { from, to };
        break;
      }
      case "--campaign": {
        const v = value();
        const eq = v.indexOf("=");
        if (eq <= 0 || eq === v.length - 1) fail("badCampaign", { value: v });
        args.campaigns[v.slice(0, eq).trim()] = v.slice(eq + 1).trim();
        break;
      }
      case "--units":
        args.units = value();
        break;
      case "--column": {
        const v = value();
        const decision = parseColumnDecision(v);
        if (!decision) fail("badColumn", { value: v, roles: DECIDABLE_ROLES.join(", ") });
        args.columns.push(decision!);
        break;
      }
      case "--award-map":
        args.awardMap = value();
        break;
      case "--catalogue":
        args.catalogue = value();
        break;
      case "--suggestions": {
        const v = value();
        if (v !== "none" && v !== "slips" && v !== "all") return fail("badSuggestions", { value: v });
        args.suggestions = v;
        break;
      }
      case "--out":
        args.out = value();
        break;
      case "--severity": {
        const v = value();
        const m = /^([a-z][a-z-]*)=(error|warning|info|off)$/.exec(v.trim());
        if (!m) fail("badSeverity", { value: v });
        args.severities[m![1]] = m![2] as CliArgs["severities"][string];
        break;
      }
      case "--ratio": {
        const v = Number(value());
        if (!(v > 0 && v <= 1)) fail("badRatio");
        args.ratio = v;
        break;
      }
      default:
        if (a.startsWith("--")) fail("unknownOption", { option: a });
        args.paths.push(a);
    }
  }
  if (args.paths.length === 0) fail("noPaths");
  if (command === "consolidate" && !args.out) fail("consolidateNeedsOut");
  if (command === "annotate" && !args.out) fail("annotateNeedsOut");
  if (command === "resubmit" && (!args.out || args.paths.length < 2)) fail("resubmitNeeds");
  return args;
}

/** `tdkt --help`, in the user's language. */
export function usage(lang: Lang): string {
  return CLI.text(lang, "usage");
}
