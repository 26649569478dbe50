/**
 * `npm run bench`: each stage of the flow as a multiple of SheetJS's own parse of the same files,
 * measured in the same run (the machine may be shared: ratios hold where seconds do not), on the
 * reference corpus (../shared/samples, when present) and on a generated corpus of 60 unit files ×
 * 3,000 award rows:
 *
 *   read (SheetJS parse + Grid) -> recognise (tables and records) -> checks (all rules)
 *   -> JSON output (as `check --json` writes it) -> consolidate -> write .xlsx
 *
 * with the road to 1.0× drawn from those stages (the per-file stages shared by the threads; the
 * checks file by file on the main thread as files come; the checks that need every file and the
 * output after the last) and work counted, not timed, on the scale corpus (bench/road.ts):
 * SheetJS's cell objects with and without row properties, and the bytes that cross between threads.
 *
 * and on the scale corpus (bench/scale.ts): `tdkt check` end to end as a process, start-up
 * included, against SheetJS parsing the same files as a process; start-up alone; peak memory.
 *
 * and, when `npm run build` has made dist/, the task pane's bundle sizes. Figures are printed, never
 * asserted: timing depends on the machine.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { ALL_RULES, parseWorkbooks, prepareInput, recogniseInput, runRegistry, type WorkbookInput } from "../src/core/engine";
import { RuleRun } from "../src/core/rules";
import { buildReport } from "../src/core/report-build";
import { readWorkbook } from "../src/files/readWorkbook";
import { writeReportXlsx } from "../src/files/writeReportXlsx";
import { collectFiles } from "../src/cli/files";
import { readForChecks } from "../src/cli/readInput";
import { checkJsonStreamed } from "../src/cli/json";
import { writeJson } from "../src/cli/stream";
import { crossingCounts, sheetjsCells } from "./road";
import { DEFAULT_CORPUS_DIR, makeCorpus } from "./corpus";
import { COPIES, makeScaleCorpus, race, removeCorpus, sheetjsParseMs, type Timing } from "./scale";

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  sample();
  return { value, ms: performance.now() - t0 };
}

const ms = (n: number) => `${n.toFixed(0).padStart(7)} ms`;

async function benchCorpus(label: string, paths: string[]): Promise<void> {
  peakRss = 0;
  const files = collectFiles(paths);
  const bytes = files.map((f) => readFileSync(f));
  const totalMb = bytes.reduce((n, b) => n + b.length, 0) / 1e6;
  // SheetJS's own parse (its defaults, dense, its own inflate), in a process of its own: the yardstick
  // every stage is a multiple of
  const parse = { ms: sheetjsParseMs(files) };
  const read = await timed(() =>
    files.map((f, i): WorkbookInput => {
      // as the checks read (src/cli/readInput.ts readForChecks): without row properties, Node's zlib
      const r = readWorkbook(bytes[i], f, { hiddenRows: false });
      sample();
      return { file: f, grids: r.grids, error: r.error, warnings: r.warnings };
    }),
  );
  const recognise = await timed(() => parseWorkbooks(read.value));
  const options = { registry: recognise.value.registry, period: recognise.value.period };
  // the checks as the CLI runs them: each file as it comes (on the main thread, while the reading
  // threads read the next files), then what needs every file, at the end
  const run = new RuleRun(options, ALL_RULES);
  const asTheyCome = await timed(() => {
    for (const f of recognise.value.files) run.addFile(f);
  });
  const atTheEnd = await timed(() => run.finish(recognise.value.files));
  const checks = { value: atTheEnd.value, ms: asTheyCome.ms + atTheEnd.ms };
  const analysis = { ...recognise.value, issues: checks.value };
  // the JSON as `check --json` writes it to stdout: UTF-8 blocks, then dropped
  let jsonBytes = 0;
  const stdout = Object.assign((block: string) => void (jsonBytes += Buffer.byteLength(block + "\n")), { bytes: (block: Uint8Array) => void (jsonBytes += block.length) });
  const output = await timed(() => writeJson(checkJsonStreamed(analysis, "vi"), stdout));
  const consolidate = await timed(() => buildReport(analysis, { lang: "vi" }));
  const write = await timed(() => writeReportXlsx(consolidate.value));
  const rows = recognise.value.files.reduce((n, f) => n + f.sheets.reduce((m, s) => m + s.awards.length + s.figures.length + s.summaries.length, 0), 0);
  const x = (t: number) => `${(t / parse.ms).toFixed(2).padStart(6)}× parse`;
  console.log(`\n${label}: ${files.length} files, ${totalMb.toFixed(1)} MB, ${rows.toLocaleString("en")} records, ${checks.value.length.toLocaleString("en")} issues (one process, one thread)`);
  console.log(`  SheetJS XLSX.read alone ${ms(parse.ms)}     1.00× parse`);
  console.log(`  read (parse + Grid)     ${ms(read.ms)}   ${x(read.ms)}`);
  console.log(`  recognise (tables, rows)${ms(recognise.ms)}   ${x(recognise.ms)}`);
  console.log(`  checks (all rules)      ${ms(checks.ms)}   ${x(checks.ms)}`);
  console.log(`    file by file          ${ms(asTheyCome.ms)}   ${x(asTheyCome.ms)}   (each file as it is read)`);
  console.log(`    at the end            ${ms(atTheEnd.ms)}   ${x(atTheEnd.ms)}   (what needs every file; the order)`);
  console.log(`  JSON output             ${ms(output.ms)}   ${x(output.ms)}   (${(jsonBytes / 1e6).toFixed(1)} MB)`);
  console.log(`  consolidate             ${ms(consolidate.ms)}   ${x(consolidate.ms)}`);
  console.log(`  write .xlsx             ${ms(write.ms)}   ${x(write.ms)}   (${(write.value.length / 1e6).toFixed(2)} MB)`);
  console.log(`  read → checks, in all   ${ms(read.ms + recognise.ms + checks.ms)}   ${x(read.ms + recognise.ms + checks.ms)}`);
  console.log(`  peak RSS                ${(peakRss / 1e6).toFixed(0).padStart(7)} MB`);
  // the road: the threads read and recognise; the main thread checks each file as it comes (hidden
  // behind the reading while it takes less), then the checks that need every file, and the output
  const perFile = (read.ms + recognise.ms) / parse.ms;
  const overlapped = asTheyCome.ms / parse.ms;
  const tail = (atTheEnd.ms + output.ms) / parse.ms;
  const cores = availableParallelism();
  console.log(`  road: threads (read + recognise) ${perFile.toFixed(2)}×, main thread as files come (checks file by file) ${overlapped.toFixed(2)}×, after the last file (checks at the end + JSON) ${tail.toFixed(2)}×`);
  console.log(
    `        = ${(perFile + overlapped + tail).toFixed(2)}× on one thread; on ${cores} cores at best ${(Math.max((perFile + overlapped) / cores, overlapped) + tail).toFixed(2)}× (all CPU shared by the cores, then the tail; start-up and hand-over aside)`,
  );
  if (threadWorth !== undefined)
    console.log(
      `        here, where a second thread runs SheetJS ${threadWorth.toFixed(2)}× as fast as one (measured above), at best ${(Math.max((perFile + overlapped) / threadWorth, overlapped) + tail).toFixed(2)}×`,
    );
}

/** What a second thread is worth on this machine (SheetJS on two threads against one), once the race measured it. */
let threadWorth: number | undefined;

/** Work counted on the scale corpus: SheetJS's cell objects, and what crosses between threads. */
function countScale(dir: string): void {
  const files = collectFiles([dir]);
  const workbooks = files.filter((f) => !f.endsWith(".csv")).map((f) => new Uint8Array(readFileSync(f)));
  const cells = sheetjsCells(workbooks);
  const pct = (a: number, b: number) => `${((100 * (b - a)) / b).toFixed(0)}% fewer`;
  console.log(`
scale corpus, work counted (not timed):`);
  console.log(
    `  SheetJS cell objects: ${cells.checks.cells.toLocaleString("en")} with the checks' options vs ${cells.full.cells.toLocaleString("en")} with row properties (cellStyles) — ${pct(cells.checks.cells, cells.full.cells)}; properties ${pct(cells.checks.properties, cells.full.properties)}`,
  );
  const prepared = files.map((f) => prepareInput(readForChecks(f)));
  const registry = runRegistry(prepared);
  const c = crossingCounts(prepared.map((p) => recogniseInput(p, registry)));
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(
    `  between threads, ${c.files} files: structured clone ${mb(c.clonedBytes)} copied, ${c.strings.toLocaleString("en")} strings made again on the main thread; ` +
      `packed ${mb(c.packedBufferBytes)} moved (transferred) + ${mb(c.packedStringChars * 2)} of ${c.distinctStrings.toLocaleString("en")} distinct strings copied`,
  );
}

/** The scale corpus: `tdkt check` as a process against SheetJS as a process, same files, same run. */
function benchScale(samplesDir: string): void {
  const { dir, files } = makeScaleCorpus(samplesDir);
  try {
    const r = race(dir, files);
    const x = (t: Timing) => `${(t.ms / r.sheetjs.ms).toFixed(2)}× wall, ${(t.cpuMs / r.sheetjs.cpuMs).toFixed(2)}× CPU`;
    const line = (label: string, t: Timing) => `  ${label.padEnd(38)} ${ms(t.ms)} (CPU ${ms(t.cpuMs).trim()})   ${x(t)}`;
    console.log(`\nscale corpus (every ../shared/samples file + ${COPIES} renamed copies of its largest): ${r.files} files, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)}`);
    console.log(line("SheetJS alone (node, load, parse all)", r.sheetjs));
    threadWorth = r.sheetjs.ms / r.sheetjsTwoThreads.ms;
    console.log(line("SheetJS alone, files split on 2 threads", r.sheetjsTwoThreads) + `   (a second thread is worth ${threadWorth.toFixed(2)}× here)`);
    console.log(line(`tdkt check --json (threads: ${availableParallelism()})`, r.check) + "   (target ≤ 1.5× wall)");
    console.log(line("tdkt check --json (TDKT_WORKERS=1)", r.checkOneThread));
    console.log(`  start-up: node -e 0 ${r.nodeStartMs.toFixed(0)} ms, tdkt help ${r.cliStartMs.toFixed(0)} ms (+${(r.cliStartMs - r.nodeStartMs).toFixed(0)} ms over node itself)`);
    console.log(`  peak memory of tdkt check              ${r.peakRssMb.toFixed(0).padStart(7)} MB   (limit 600 MB)`);
  } finally {
    removeCorpus(dir);
  }
  console.log("  (best of 2 interleaved rounds each; the machine is shared, so compare the ratios, not the ms)");
}

async function main(): Promise<void> {
  const shared = resolve(__dirname, "../../shared/samples");
  if (existsSync(shared)) await benchCorpus("reference corpus (../shared/samples)", [shared]);
  else console.log("reference corpus ../shared/samples absent: skipped");
  if (existsSync(shared)) {
    benchScale(shared);
    // where the time goes on the scale corpus, stage by stage (the road to 1.0×)
    const { dir } = makeScaleCorpus(shared);
    try {
      await benchCorpus("scale corpus, stage by stage", [dir]);
      countScale(dir);
    } finally {
      removeCorpus(dir);
    }
  } else console.log("scale corpus: ../shared/samples absent, skipped");

  const corpusFiles = existsSync(DEFAULT_CORPUS_DIR) ? readdirSync(DEFAULT_CORPUS_DIR).filter((f) => f.endsWith(".xlsx")) : [];
  if (corpusFiles.length < 60) {
    console.log(`\ngenerating the 60 × 3,000-row corpus in ${DEFAULT_CORPUS_DIR} ...`);
    await makeCorpus(DEFAULT_CORPUS_DIR, { files: 60, rows: 3000 });
  }
  await benchCorpus("generated corpus (60 files × 3,000 award rows)", [DEFAULT_CORPUS_DIR]);

  const dist = resolve(__dirname, "../dist");
  if (existsSync(join(dist, "taskpane.html"))) {
    console.log("");
    // bundle-size.ts is its own script (it exits 1 over budget): run it, print what it says
    const r = spawnSync(process.execPath, [require.resolve("tsx/cli"), join(__dirname, "bundle-size.ts"), dist], { encoding: "utf8" });
    process.stdout.write(r.stdout + r.stderr);
  } else console.log("\nbundle sizes: run `npm run build` first");
}

void main();
