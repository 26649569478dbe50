#!/usr/bin/env node
// npm run test:mutation [-- --mutate <folder or file>[,...]] [--tests <test folder>[,...]] [--incremental] [--concurrency N] [other Stryker options]
//
// `--table [report.json]` prints the score per folder of a report without running anything (e.g.
// of the baseline after scripts/mutation-merge.mjs combined runs made apart).
//
// --tests narrows the tests Stryker runs to those folders (jest.stryker.config.js), e.g.
// `--mutate src/core/values --tests test/core/values`: the score that folder's own tests earn, in
// minutes instead of hours for a folder every test imports.
// Runs Stryker (stryker.config.mjs) on src/core, or on the folders/files given to --mutate (a folder
// stands for every .ts file under it), then prints the mutation score per folder of src/core from the
// JSON report. With --incremental, it also lists the survivors that the recorded baseline
// (reports/mutation/stryker-incremental.json) did not have: a change to core code is done when
// that list is empty.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";

const REPORT = "reports/mutation/mutation.json";
const BASELINE = "reports/mutation/stryker-incremental.json";
const TARGET = 85;
/** written for a --tests run (gitignored) */
const NARROW_TSCONFIG = "tsconfig.stryker-tests.json";

const args = process.argv.slice(2);
// --table [file]: only print the score per folder of a report already written (default: the last run's)
if (args[0] === "--table") {
  printFolders(JSON.parse(readFileSync(args[1] ?? REPORT, "utf8")), args[1] ?? REPORT);
  process.exit(0);
}
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--mutate" && args[i + 1]) {
    args[i + 1] = args[i + 1]
      .split(",")
      .map((p) => p.replace(/\/+$/, ""))
      .map((p) => (existsSync(p) && statSync(p).isDirectory() ? `${p}/**/*.ts` : p))
      .join(",");
  }
}
const testsAt = args.indexOf("--tests");
if (testsAt >= 0) {
  const tests = (args[testsAt + 1] ?? "").split(",").filter(Boolean);
  args.splice(testsAt, 2);
  process.env.MUTATION_TESTS = tests.join(",");
  // The type checker, too, sees only the mutated files and those tests (what they import comes
  // along): re-checking the whole core for each mutant of a module every file imports is what
  // made the checker the slow half. A mutant that breaks only a distant caller's types is then
  // tested instead of discarded (it can only lower the score).
  const mutateAt = args.indexOf("--mutate");
  const mutated = mutateAt >= 0 ? args[mutateAt + 1].split(",") : ["src/core/**/*.ts"];
  const base = JSON.parse(readFileSync("tsconfig.stryker.json", "utf8"));
  writeFileSync(NARROW_TSCONFIG, JSON.stringify({ extends: "./tsconfig.stryker.json", include: [...mutated, ...tests], exclude: base.exclude }, null, 2));
  process.env.MUTATION_TSCONFIG = NARROW_TSCONFIG; // read by stryker.config.mjs
}
const incremental = args.includes("--incremental");
const before = incremental && existsSync(BASELINE) ? survivorKeys(JSON.parse(readFileSync(BASELINE, "utf8"))) : null;

const run = spawnSync("npx", ["stryker", "run", "stryker.config.mjs", ...args], { stdio: "inherit" });
if (!existsSync(REPORT)) process.exit(run.status ?? 1);
const report = JSON.parse(readFileSync(REPORT, "utf8"));
printFolders(report);
if (before) printNewSurvivors(before, report);
process.exit(run.status ?? 1);

/** src/core/values/numbers.ts -> values; src/core/engine.ts -> (src/core) */
function folderOf(file) {
  const rel = file.replace(/\\/g, "/").replace(/^.*?src\/core\//, "");
  return rel.includes("/") ? rel.slice(0, rel.indexOf("/")) : "(src/core)";
}

function printFolders(r, source = REPORT) {
  const rows = new Map();
  for (const [file, f] of Object.entries(r.files)) {
    const k = folderOf(file);
    const c = rows.get(k) ?? { killed: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0 };
    for (const m of f.mutants) {
      if (m.status === "Killed" || m.status === "Timeout") c.killed++;
      else if (m.status === "Survived") c.survived++;
      else if (m.status === "NoCoverage") c.noCoverage++;
      else if (m.status === "Ignored") c.ignored++;
      else c.invalid++; // CompileError, RuntimeError
    }
    rows.set(k, c);
  }
  const pad = (s, n) => String(s).padStart(n);
  console.log(`\nMutation score per folder of src/core (${source}; covered = killed / (killed + survived); target ${TARGET}%)`);
  console.log(`${"folder".padEnd(14)}${pad("killed", 8)}${pad("survived", 10)}${pad("no cover", 10)}${pad("covered %", 11)}${pad("total %", 9)}`);
  for (const [k, c] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    const covered = c.killed + c.survived;
    const all = covered + c.noCoverage;
    const pc = covered ? (100 * c.killed) / covered : 100;
    const pt = all ? (100 * c.killed) / all : 100;
    const flag = pc < TARGET ? "  < target" : "";
    console.log(`${k.padEnd(14)}${pad(c.killed, 8)}${pad(c.survived, 10)}${pad(c.noCoverage, 10)}${pad(pc.toFixed(1), 11)}${pad(pt.toFixed(1), 9)}${flag}`);
  }
}

/** A survivor's identity that does not depend on line numbers: file, mutator, replacement, code. */
function survivorKeys(r) {
  const keys = new Map();
  for (const [file, f] of Object.entries(r.files)) {
    const lines = f.source.split("\n");
    for (const m of f.mutants) {
      if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
      const { start, end } = m.location;
      const original =
        start.line === end.line
          ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
          : lines.slice(start.line - 1, end.line).join("\n");
      keys.set(`${file}|${m.mutatorName}|${m.replacement ?? ""}|${original.trim()}`, `${file}:${start.line}:${start.column} ${m.mutatorName} -> ${m.replacement ?? ""}`);
    }
  }
  return keys;
}

function printNewSurvivors(old, r) {
  const now = survivorKeys(r);
  const fresh = [...now].filter(([k]) => !old.has(k)).map(([, where]) => where);
  console.log(`\nNew survivors since the baseline (${BASELINE}): ${fresh.length}`);
  for (const w of fresh) console.log(`  ${w}`);
}
