/**
 * The scale corpus and the end-to-end race: `tdkt check` as a user runs it (a process, start-up
 * included) against SheetJS parsing the same files, both measured in the same run.
 *
 * The corpus is made in a temporary folder: every file of ../shared/samples plus 40 renamed copies
 * of its largest workbook (a province: ~60 units, one of them a long education list, repeated).
 * No corpus file is named here: the largest is found by size.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { collectFiles } from "../src/cli/files";

const ROOT = resolve(__dirname, "..");
export const COPIES = 40;

/** Every sample file plus COPIES renamed copies of the largest; the folder and its files. */
export function makeScaleCorpus(samplesDir: string): { dir: string; files: string[] } {
  const sources = collectFiles([samplesDir]);
  const largest = sources.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  const dir = mkdtempSync(join(tmpdir(), "tdkt-scale-"));
  for (const f of sources) copyFileSync(f, join(dir, basename(f)));
  for (let i = 1; i <= COPIES; i++) copyFileSync(largest, join(dir, `ban-sao-${String(i).padStart(2, "0")}-${basename(largest)}`));
  return { dir, files: collectFiles([dir]) };
}

export function removeCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Wall time, CPU time (all threads) and peak memory of a child process; its stdout is thrown away. */
function timeProcess(args: string[], env: Record<string, string> = {}): { ms: number; cpuMs: number; status: number | null; maxRss: number } {
  const rssFile = join(tmpdir(), `tdkt-bench-rss-${process.pid}-${Date.now()}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-r", join(__dirname, "max-rss.cjs"), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env, TDKT_MAX_RSS_FILE: rssFile },
  });
  const ms = performance.now() - t0;
  const usage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, "utf8")) as { maxRss: number; cpuMs: number }) : { maxRss: 0, cpuMs: NaN };
  if (existsSync(rssFile)) rmSync(rssFile);
  return { ms, cpuMs: usage.cpuMs, status: r.status, maxRss: usage.maxRss };
}

/** SheetJS alone, as its own process: start node, load the library, parse every file (dense). */
const SHEETJS_ALONE = `
const XLSX = require("@e965/xlsx"); const fs = require("fs");
for (const f of process.argv.slice(1)) if (!/\\.csv$/i.test(f)) XLSX.read(fs.readFileSync(f), { dense: true });`;

/**
 * SheetJS's own parse of `files` (its defaults, dense; its own inflate), timed inside a process of its
 * own, the library already loaded: the yardstick of the stage-by-stage bench. Its own process because
 * the CLI's modules hand Node's zlib to SheetJS (src/cli/nativeInflate.ts), which the yardstick must not
 * have. The best of `rounds`.
 */
export function sheetjsParseMs(files: string[], rounds = 1): number {
  const script = `
const XLSX = require("@e965/xlsx"); const fs = require("fs");
const bytes = process.argv.slice(1).filter((f) => !/\\.csv$/i.test(f)).map((f) => fs.readFileSync(f));
const t0 = performance.now();
for (const b of bytes) XLSX.read(b, { dense: true });
process.stdout.write(String(performance.now() - t0));`;
  let bestMs = Infinity;
  for (let i = 0; i < rounds; i++) {
    const r = spawnSync(process.execPath, ["-e", script, ...files], { cwd: ROOT, encoding: "utf8", maxBuffer: 1024 * 1024 });
    if (r.status !== 0) throw new Error(`SheetJS yardstick failed: ${r.stderr}`);
    bestMs = Math.min(bestMs, Number(r.stdout));
  }
  return bestMs;
}

/** Wall and CPU time, ms (the best of the rounds each). */
export interface Timing {
  ms: number;
  cpuMs: number;
}

export interface RaceResult {
  files: number;
  sheetjs: Timing;
  /** SheetJS alone, the files split over two threads (bench/sheetjs-two-threads.cjs): what a second thread is worth here */
  sheetjsTwoThreads: Timing;
  check: Timing;
  checkOneThread: Timing;
  peakRssMb: number;
  nodeStartMs: number;
  cliStartMs: number;
}

const best = (xs: { ms: number; cpuMs: number }[]): Timing => ({ ms: Math.min(...xs.map((x) => x.ms)), cpuMs: Math.min(...xs.map((x) => x.cpuMs)) });

/**
 * The race, `rounds` times interleaved (the machine is shared: the best of each is compared):
 * SheetJS's process, `tdkt check DIR --json` (default threads and one thread), and start-up alone.
 */
export function race(dir: string, files: string[], rounds = 2): RaceResult {
  const cli = [join(ROOT, "scripts/tdkt.cjs")];
  // a fresh bundle before timing (scripts/tdkt.cjs would otherwise build it during the first run)
  spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { stdio: "inherit" });
  const sheetjs: Timing[] = [];
  const sheetjsTwo: Timing[] = [];
  const check: Timing[] = [];
  const one: Timing[] = [];
  const nodeStart: Timing[] = [];
  const cliStart: Timing[] = [];
  let peak = 0;
  for (let i = 0; i < rounds; i++) {
    sheetjs.push(timeProcess(["-e", SHEETJS_ALONE, ...files]));
    sheetjsTwo.push(timeProcess([join(__dirname, "sheetjs-two-threads.cjs"), ...files]));
    const c = timeProcess([...cli, "check", dir, "--json"]);
    check.push(c);
    peak = Math.max(peak, c.maxRss);
    one.push(timeProcess([...cli, "check", dir, "--json"], { TDKT_WORKERS: "1" }));
    nodeStart.push(timeProcess(["-e", "0"]));
    cliStart.push(timeProcess([...cli, "help"]));
  }
  return {
    files: files.length,
    sheetjs: best(sheetjs),
    sheetjsTwoThreads: best(sheetjsTwo),
    check: best(check),
    checkOneThread: best(one),
    peakRssMb: peak / 1e6,
    nodeStartMs: best(nodeStart).ms,
    cliStartMs: best(cliStart).ms,
  };
}
