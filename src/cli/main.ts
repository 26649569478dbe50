/**
 * `tdkt check | consolidate` — the engine over files, for the demo, batch use and tests.
 * stdout holds only the JSON with --json; human text otherwise, in Vietnamese unless `--lang en` or
 * an English locale. A failure is one line naming the file and what to do (the stack with --debug).
 * Exit 0: no problem found; 1: errors or warnings found; 2: bad usage or an input that cannot be
 * read; 3: an unexpected failure of the program.
 */
import { existsSync, readFileSync } from "node:fs";
import { matchAward, parseAwardMap, parseLocalCatalogue, useCatalogue } from "../core/domain/awards";
import { cellText } from "../core/grid";
import { AWARD_POLICY } from "../core/domain/config";
import { basename, resolve } from "node:path";
import { ALL_RULES, registryFromGrids, type FileChecks } from "../core/engine";
import type { Analysis } from "../core/analysis";
import type { CheckOptions } from "../core/rules/rule";
import { cliLang, parseArgs, usage, usageError, UsageError, type CliArgs } from "./args";
import { failureDetail, TdktError } from "../core/errors";
import { CLI } from "../core/i18n/cli";
import { collectFiles, writeFileAtomic } from "./files";
import type { readInput as ReadInput } from "./readInput";
import { sessionOf } from "./sessionOf";
import { readFiles } from "./readPool";
import { unmatchedDecisions } from "../core/layout/columnDecisions";
import type { ThreadSetup } from "./readWorker";
import { checkTextLines } from "./format";
import { awardsJson, checkJsonStreamed, figuresJson, fileJson, issueJson, issueShape, unresolvedAwardsJson } from "./json";
import { Streamed, writeJson, writeLines, type Output } from "./stream";

/** --award-map: a JSON object, or the first two columns of a sheet (.xlsx, .xls, .ods, .csv). */
function readAwardMap(path: string, readInput: typeof ReadInput): Record<string, string> {
  let rows: string[][];
  if (/\.json$/i.test(path)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      throw usageError("awardMapUnreadable", { path, detail: (e as Error).message });
    }
    if (!json || typeof json !== "object" || Array.isArray(json)) throw usageError("awardMapNotObject", { path });
    rows = Object.entries(json as Record<string, unknown>).map(([k, v]) => [k, String(v)]);
  } else {
    const input = readInput(path);
    if (input.error) throw TdktError.from(input.error);
    const grid = input.grids[0];
    rows = (grid?.cells ?? []).map((row) => [cellText(row?.[0]), cellText(row?.[1])]);
  }
  const { decisions, problems } = parseAwardMap(
    rows,
    (t) => {
      const m = matchAward(t);
      return m.kind === "known" ? m.award : undefined;
    },
    !/\.json$/i.test(path),
  );
  if (problems.length)
    throw usageError("awardMapUnknown", { path, problems: problems.join("; ") });
  return decisions;
}

/** What every reading thread must know before it reads (readPool.ts). */
const threadSetup: ThreadSetup = {};

function loadOptions(args: CliArgs, readInput: typeof ReadInput): CheckOptions {
  const options: CheckOptions = { period: args.period };
  if (args.ratio) options.ratioLimit = args.ratio;
  if (args.columns.length) options.columnDecisions = args.columns;
  const unknown = Object.keys(args.severities).filter((code) => !ALL_RULES.some((r) => r.meta.id === code));
  if (unknown.length)
    throw usageError("unknownRule", { codes: unknown.join(", ") });
  if (Object.keys(args.severities).length) options.severities = args.severities;
  if (args.catalogue) {
    try {
      const json: unknown = JSON.parse(readFileSync(args.catalogue, "utf8"));
      useCatalogue(parseLocalCatalogue(json));
      // the reading threads start with the built-in catalogue: they are given the same local one
      threadSetup.catalogue = json;
    } catch (e) {
      // the catalogue's own errors are in both languages; JSON.parse's are Node's
      throw usageError("catalogueUnreadable", { path: args.catalogue, detail: e instanceof TdktError ? e.text : (e as Error).message });
    }
  }
  AWARD_POLICY.countSuggested = args.suggestions ?? "slips";
  if (args.awardMap) options.awardDecisions = readAwardMap(args.awardMap, readInput);
  if (args.units) {
    const input = readInput(args.units);
    if (input.error) throw TdktError.from(input.error);
    options.registry = registryFromGrids(input.grids);
    if (!options.registry.length)
      throw usageError("noRegistry", { path: args.units });
  }
  return options;
}

/** Exit code of a run: 2 when an input could not be read, 1 when errors or warnings were found, else 0. */
export function exitCode(analysis: Pick<Analysis, "issues" | "ledger">): number {
  if (analysis.ledger.some((f) => f.error)) return 2;
  return analysis.issues.some((i) => i.severity === "error" || i.severity === "warning") ? 1 : 0;
}

/**
 * `out` receives the output in blocks, each to be ended by a line break; what it returns is awaited
 * (a promise holds the writer back until the reader has taken the last block). `err` likewise.
 * `env` gives the locale (LANG, LC_ALL) that picks the language when --lang is not given.
 */
export async function run(argv: string[], out: Output, err: (s: string) => unknown, env: Record<string, string | undefined> = {}): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv, env);
  } catch (e) {
    if (e instanceof UsageError) {
      const lang = cliLang(argv, env);
      err(`tdkt: ${e.messageIn(lang)}\n${CLI.text(lang, "seeHelp")}`);
      return 2;
    }
    throw e;
  }
  if (args.command === "help") {
    out(usage(args.lang));
    return 0;
  }
  // a mistyped path: one line that names it, before anything is read
  const missing = args.paths.find((p) => !existsSync(p));
  if (missing) {
    err(`tdkt: ${CLI.text(args.lang, "notFound", { path: missing })}`);
    return 2;
  }
  if (args.command === "resubmit") return (await import("./resubmit")).runResubmit(args, out, err);
  let paths: string[];
  let options: CheckOptions;
  try {
    paths = collectFiles(args.paths);
    // the parser (SheetJS) is loaded only now: `tdkt --help` and usage errors never load it
    options = loadOptions(args, (await import("./readInput")).readInput);
  } catch (e) {
    err(`tdkt: ${TdktError.from(e).messageIn(args.lang)}`);
    return 2;
  }
  if (args.command === "consolidate" && args.out) {
    // the report is never one of the sources: refuse to write over one, and never read it back
    const target = resolve(args.out);
    if (paths.some((p) => resolve(p) === target)) {
      err(`tdkt: ${CLI.text(args.lang, "outIsSource", { path: args.out })}`);
      return 2;
    }
    paths = paths.filter((p) => resolve(p) !== target);
  }
  if (args.command === "consolidate" && args.out && existsSync(args.out) && !args.force) {
    err(`tdkt: ${CLI.text(args.lang, "outExists", { path: args.out })}`);
    return 2;
  }
  if (args.command === "annotate") return (await import("./annotate")).runAnnotate(args, paths, options, out, err);
  // the one session the pane uses too (src/app/session.ts); the files are read on the CLI's threads
  const session = await sessionOf(args, options, threadSetup.catalogue);
  // the threads read with the session's column decisions (--column), as the pane's worker does
  // each file is checked as soon as it and the files before it are read, while the threads read on
  let checks: FileChecks | undefined;
  const checksFor = async () => (checks = await session.startChecks());
  const parsed = await readFiles(paths, { ...options, columnDecisions: session.state.settings.columnDecisions }, threadSetup, checksFor);
  const analysis = await session.check(parsed, checks);
  for (const d of unmatchedDecisions(session.state.settings.columnDecisions, analysis.ledger))
    err(`tdkt: ${CLI.text(args.lang, "columnUnused", { decision: `${d.file}!${d.sheet}!${d.column}=${d.role}` })}`);

  if (args.command === "check") {
    if (args.json) await writeJson(checkJsonStreamed(analysis, args.lang), out);
    else await writeLines(checkTextLines(analysis, args.lang), out);
    return exitCode(analysis);
  }

  // consolidate
  // the report with the submission ledger sheet, and each unit's data (hidden) for `resubmit`
  const report = await session.report({ lang: args.lang });
  const bytes = await session.reportFile(report);
  writeFileAtomic(args.out!, bytes, { overwrite: args.force });
  if (args.json) {
    await writeJson(
      {
        awards: awardsJson(report),
        unresolvedAwards: unresolvedAwardsJson(report),
        figures: figuresJson(report),
        sentences: report.sentences,
        issues: new Streamed(analysis.issues, (i) => issueJson(i, args.lang), issueShape(args.lang)),
        // the per-file, per-sheet ledger with the row account (same shape as check --json's files)
        files: new Streamed(analysis.ledger, (f) => fileJson(f, args.lang)),
        out: args.out,
      },
      out,
    );
  } else {
    const errors = analysis.issues.filter((i) => i.severity === "error").length;
    const warnings = analysis.issues.filter((i) => i.severity === "warning").length;
    const written = CLI.text(args.lang, "reportWritten", { path: args.out!, files: paths.length, errors, warnings });
    await out(`${written}\n\n${report.sentences.map((s) => "- " + s).join("\n")}`);
    void basename;
  }
  return exitCode(analysis);
}


/** An unexpected failure, as the user reads it: one line (the stack with --debug). */
export function failureText(e: unknown, argv: string[], env: Record<string, string | undefined>): string {
  const lang = cliLang(argv, env);
  const error = e as { message?: string; path?: string; stack?: string };
  if (argv.includes("--debug")) return `tdkt: ${error?.stack ?? String(e)}`;
  const where = error?.path ? ` (${error.path})` : "";
  // a bug on a reading thread arrives as an "internal" TdktError: its original message, as on one thread
  const what = failureDetail(TdktError.from(e), lang).split("\n")[0];
  return `tdkt: ${CLI.text(lang, "unexpected", { where, what })}`;
}

/**
 * Write to a stream, waiting for it to drain when its buffer is full: a pipe's reader (jq, a script)
 * takes the output at its own pace, and nothing piles up in memory.
 */
function writer(stream: NodeJS.WriteStream): Output {
  const write = (chunk: string | Uint8Array) => (stream.write(chunk) ? undefined : new Promise<void>((resolve) => stream.once("drain", resolve)));
  // text blocks get their line break here; the JSON writer's byte blocks (stream.ts) end with one
  return Object.assign((s: string) => write(s + "\n"), { bytes: write });
}

/** Run with the process's arguments, stdout and stderr; sets the exit code. */
export function runAsProcess(): void {
  // never process.exit(): it would end the process with output still queued for a pipe (a JSON cut
  // at 64 KB). The exit code is set and Node exits once stdout and stderr have drained.
  const argv = process.argv.slice(2);
  run(argv, writer(process.stdout), writer(process.stderr), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(failureText(e, argv, process.env) + "\n");
      process.exitCode = 3;
    },
  );
}

// run directly (`tsx src/cli/main.ts`); the bundle's entry is bin.ts
if (!process.env.TDKT_BUNDLED && require.main === module) runAsProcess();
