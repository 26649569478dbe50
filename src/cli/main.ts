/**
 * `tdkt check | consolidate` — the engine over files, for the demo, batch use and tests.
 * stdout holds only the JSON with --json; human text otherwise. Exit 0: no error-severity issue,
 * 1: at least one, 2: usage error.
 */
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { ALL_RULES, checkParsed, registryFromGrids } from "../core/engine";
import type { CheckOptions } from "../core/rules/rule";
import { parseArgs, USAGE, UsageError, type CliArgs } from "./args";
import { collectFiles, readInput, writeFileAtomic } from "./files";
import { readFiles } from "./readPool";
import { checkTextLines } from "./format";
import { awardsJson, checkJsonStreamed, figuresJson, issueJson } from "./json";
import { Streamed, writeJson, writeLines } from "./stream";

function loadOptions(args: CliArgs): CheckOptions {
  const options: CheckOptions = { period: args.period };
  if (args.ratio) options.ratioLimit = args.ratio;
  const unknown = Object.keys(args.severities).filter((code) => !ALL_RULES.some((r) => r.meta.id === code));
  if (unknown.length) throw new UsageError(`--severity: unknown rule ${unknown.join(", ")} (see docs/rules.md)`);
  if (Object.keys(args.severities).length) options.severities = args.severities;
  if (args.units) {
    const input = readInput(args.units);
    if (input.error) throw new UsageError(input.error[args.lang]);
    options.registry = registryFromGrids(input.grids);
    if (!options.registry.length) throw new UsageError(`${args.units}: no registry table (STT | Tên đơn vị | Loại) found`);
  }
  return options;
}

/**
 * `out` receives the output in blocks, each to be ended by a line break; what it returns is awaited
 * (a promise holds the writer back until the reader has taken the last block). `err` likewise.
 */
export async function run(argv: string[], out: (s: string) => unknown, err: (s: string) => unknown): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`tdkt: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args.command === "help") {
    out(USAGE);
    return 0;
  }
  if (args.command === "resubmit") return (await import("./resubmit")).runResubmit(args, out, err);
  let paths: string[];
  let options: CheckOptions;
  try {
    paths = collectFiles(args.paths);
    options = loadOptions(args);
  } catch (e) {
    err(`tdkt: ${(e as Error).message}`);
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
  const analysis = checkParsed(await readFiles(paths, options), options);
  const hasError = analysis.issues.some((i) => i.severity === "error");

  if (args.command === "check") {
    if (args.json) await writeJson(checkJsonStreamed(analysis, args.lang), out);
    else await writeLines(checkTextLines(analysis, args.lang), out);
    return hasError ? 1 : 0;
  }

  // consolidate
  const { buildReport } = await import("../core/report-build");
  const { writeReportWithSubmissions } = await import("./resubmit");
  const report = buildReport(analysis, { lang: args.lang, period: analysis.period, registry: analysis.registry, decisionCampaigns: args.campaigns });
  // the report, plus the submission ledger sheet and each unit's data (hidden) for `resubmit`
  const bytes = await writeReportWithSubmissions(report, analysis, { decisionCampaigns: args.campaigns });
  writeFileAtomic(args.out!, bytes, { overwrite: args.force });
  if (args.json) {
    await writeJson(
      {
        awards: awardsJson(report),
        figures: figuresJson(report),
        sentences: report.sentences,
        issues: new Streamed(analysis.issues, (i) => issueJson(i, args.lang)),
        out: args.out,
      },
      out,
    );
  } else {
    const errors = analysis.issues.filter((i) => i.severity === "error").length;
    await out(
      args.lang === "vi"
        ? `Đã ghi báo cáo tổng hợp: ${args.out}\n${paths.length} tệp, ${errors} lỗi cần xem (sheet "Kiểm tra").\n\n${report.sentences.map((s) => "- " + s).join("\n")}`
        : `Report written: ${args.out}\n${paths.length} files, ${errors} errors to review (sheet "Kiểm tra").\n\n${report.sentences.map((s) => "- " + s).join("\n")}`,
    );
    void basename;
  }
  return hasError ? 1 : 0;
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
  run(process.argv.slice(2), writer(process.stdout), writer(process.stderr)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`tdkt: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 3;
    },
  );
}

// run directly (`tsx src/cli/main.ts`); the bundle's entry is bin.ts
if (!process.env.TDKT_BUNDLED && require.main === module) runAsProcess();
