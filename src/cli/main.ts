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
import { ALL_RULES, checkParsed, registryFromGrids } from "../core/engine";
import type { Analysis } from "../core/analysis";
import type { CheckOptions } from "../core/rules/rule";
import { cliLang, parseArgs, usage, UsageError, type CliArgs } from "./args";
import { collectFiles, readInput, writeFileAtomic } from "./files";
import { readFiles } from "./readPool";
import type { ThreadSetup } from "./readWorker";
import { checkTextLines } from "./format";
import { awardsJson, checkJsonStreamed, figuresJson, fileJson, issueJson, unresolvedAwardsJson } from "./json";
import { Streamed, writeJson, writeLines } from "./stream";

/** --award-map: a JSON object, or the first two columns of a sheet (.xlsx, .xls, .ods, .csv). */
function readAwardMap(path: string, lang: "vi" | "en"): Record<string, string> {
  let rows: string[][];
  if (/\.json$/i.test(path)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      throw new UsageError(`--award-map ${path}: ${(e as Error).message}`);
    }
    if (!json || typeof json !== "object" || Array.isArray(json)) throw new UsageError(`--award-map ${path}: expected a JSON object { "tên như trong tệp": "mã danh mục" | "không tính" }`);
    rows = Object.entries(json as Record<string, unknown>).map(([k, v]) => [k, String(v)]);
  } else {
    const input = readInput(path);
    if (input.error) throw new UsageError(input.error[lang]);
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
    throw new UsageError(
      lang === "vi"
        ? `--award-map ${path}: không có trong danh mục (dòng: giá trị): ${problems.join("; ")}`
        : `--award-map ${path}: not in the catalogue (row: value): ${problems.join("; ")}`,
    );
  return decisions;
}

/** What every reading thread must know before it reads (readPool.ts). */
const threadSetup: ThreadSetup = {};

function loadOptions(args: CliArgs): CheckOptions {
  const options: CheckOptions = { period: args.period };
  if (args.ratio) options.ratioLimit = args.ratio;
  const unknown = Object.keys(args.severities).filter((code) => !ALL_RULES.some((r) => r.meta.id === code));
  if (unknown.length)
    throw new UsageError({ vi: `--severity: không có quy tắc ${unknown.join(", ")} (xem docs/rules.md)`, en: `--severity: unknown rule ${unknown.join(", ")} (see docs/rules.md)` }, args.lang);
  if (Object.keys(args.severities).length) options.severities = args.severities;
  if (args.catalogue) {
    try {
      const json: unknown = JSON.parse(readFileSync(args.catalogue, "utf8"));
      useCatalogue(parseLocalCatalogue(json));
      // the reading threads start with the built-in catalogue: they are given the same local one
      threadSetup.catalogue = json;
    } catch (e) {
      throw new UsageError(`--catalogue ${args.catalogue}: ${(e as Error).message}`);
    }
  }
  AWARD_POLICY.countSuggested = args.suggestions ?? "all";
  if (args.awardMap) options.awardDecisions = readAwardMap(args.awardMap, args.lang);
  if (args.units) {
    const input = readInput(args.units);
    if (input.error) throw new UsageError(input.error, args.lang);
    options.registry = registryFromGrids(input.grids);
    if (!options.registry.length)
      throw new UsageError(
        {
          vi: `${args.units}: không thấy bảng danh mục đơn vị (STT | Tên đơn vị | Loại); hãy chọn đúng tệp danh mục cho --units`,
          en: `${args.units}: no unit registry table (STT | Tên đơn vị | Loại) found; give the registry file to --units`,
        },
        args.lang,
      );
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
export async function run(argv: string[], out: (s: string) => unknown, err: (s: string) => unknown, env: Record<string, string | undefined> = {}): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv, env);
  } catch (e) {
    if (e instanceof UsageError) {
      const lang = cliLang(argv, env);
      err(`tdkt: ${e.text[lang]}\n${lang === "vi" ? "Xem hướng dẫn: tdkt --help" : "See: tdkt --help"}`);
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
    err(
      args.lang === "vi"
        ? `tdkt: không tìm thấy tệp hoặc thư mục “${missing}”; hãy kiểm tra lại tên và đường dẫn.`
        : `tdkt: no file or folder “${missing}”; check the name and the path.`,
    );
    return 2;
  }
  if (args.command === "resubmit") return (await import("./resubmit")).runResubmit(args, out, err);
  let paths: string[];
  let options: CheckOptions;
  try {
    paths = collectFiles(args.paths);
    options = loadOptions(args);
  } catch (e) {
    err(`tdkt: ${e instanceof UsageError ? e.text[args.lang] : (e as Error).message}`);
    return 2;
  }
  if (args.command === "consolidate" && args.out) {
    // the report is never one of the sources: refuse to write over one, and never read it back
    const target = resolve(args.out);
    if (paths.some((p) => resolve(p) === target)) {
      err(args.lang === "vi" ? `tdkt: --out ${args.out} là một tệp nguồn; chọn tên tệp khác.` : `tdkt: --out ${args.out} is one of the sources; choose another name.`);
      return 2;
    }
    paths = paths.filter((p) => resolve(p) !== target);
  }
  if (args.command === "consolidate" && args.out && existsSync(args.out) && !args.force) {
    err(
      args.lang === "vi"
        ? `tdkt: tệp ${args.out} đã có; dùng --force để ghi đè.`
        : `tdkt: ${args.out} exists; use --force to overwrite it.`,
    );
    return 2;
  }
  if (args.command === "annotate") return (await import("./annotate")).runAnnotate(args, paths, options, out, err);
  const analysis = checkParsed(await readFiles(paths, options, threadSetup), options);

  if (args.command === "check") {
    if (args.json) await writeJson(checkJsonStreamed(analysis, args.lang), out);
    else await writeLines(checkTextLines(analysis, args.lang), out);
    return exitCode(analysis);
  }

  // consolidate
  const { buildReport } = await import("../core/report-build");
  const { writeReportWithSubmissions } = await import("./resubmit");
  const report = buildReport(analysis, { lang: args.lang, period: analysis.period, registry: analysis.registry, decisionCampaigns: args.campaigns });
  // the report, plus the submission ledger sheet and each unit's data (hidden) for `resubmit`
  const bytes = await writeReportWithSubmissions(report, analysis, { decisionCampaigns: args.campaigns, awardDecisions: options.awardDecisions, localCatalogue: threadSetup.catalogue as unknown[] | undefined });
  writeFileAtomic(args.out!, bytes, { overwrite: args.force });
  if (args.json) {
    await writeJson(
      {
        awards: awardsJson(report),
        unresolvedAwards: unresolvedAwardsJson(report),
        figures: figuresJson(report),
        sentences: report.sentences,
        issues: new Streamed(analysis.issues, (i) => issueJson(i, args.lang)),
        // the per-file, per-sheet ledger with the row account (same shape as check --json's files)
        files: new Streamed(analysis.ledger, (f) => fileJson(f, args.lang)),
        out: args.out,
      },
      out,
    );
  } else {
    const errors = analysis.issues.filter((i) => i.severity === "error").length;
    const warnings = analysis.issues.filter((i) => i.severity === "warning").length;
    await out(
      args.lang === "vi"
        ? `Đã ghi báo cáo tổng hợp: ${args.out}\n${paths.length} tệp; ${errors} lỗi, ${warnings} cảnh báo cần xem (sheet "Kiểm tra").\n\n${report.sentences.map((s) => "- " + s).join("\n")}`
        : `Report written: ${args.out}\n${paths.length} files; ${errors} errors, ${warnings} warnings to review (sheet "Kiểm tra").\n\n${report.sentences.map((s) => "- " + s).join("\n")}`,
    );
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
  const what = (error?.message ?? String(e)).split("\n")[0];
  return lang === "vi"
    ? `tdkt: lỗi bất ngờ${where}: ${what}. Chạy lại với --debug để xem chi tiết và báo cho người phát triển.`
    : `tdkt: unexpected failure${where}: ${what}. Run again with --debug for the details and report it.`;
}

/**
 * Write to a stream, waiting for it to drain when its buffer is full: a pipe's reader (jq, a script)
 * takes the output at its own pace, and nothing piles up in memory.
 */
function writer(stream: NodeJS.WriteStream): (s: string) => Promise<void> | undefined {
  return (s) => (stream.write(s + "\n") ? undefined : new Promise((resolve) => stream.once("drain", resolve)));
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
