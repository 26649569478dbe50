#!/usr/bin/env node
// Runs the whole test suite (typecheck, lint, then jest: unit, integration on files, gateway on the
// Excel double, and the browser test in Debian's chromium) and ends with one plain summary line that CI can read:
//   tests: N passed, N failed, N skipped
// Extra arguments are passed to jest (e.g. `npm test -- test/text`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Types first: jest transpiles each file alone (isolatedModules), so only tsc sees type errors.
const tsc = spawnSync("npx", ["tsc", "--noEmit", "-p", "tsconfig.json"], { stdio: "inherit" });
const typesOk = tsc.status === 0;
console.log(typesOk ? "typecheck: passed" : "typecheck: FAILED");

// Then the linter (eslint.config.mjs); --max-warnings 0 makes a warning fail it as an error does.
const eslint = spawnSync("npx", ["eslint", ".", "--max-warnings", "0"], { stdio: "inherit" });
const lintOk = eslint.status === 0;
console.log(lintOk ? "lint: passed" : "lint: FAILED");

// The CLI bundle, fresh, before jest's parallel workers start CLI processes (scripts/tdkt.cjs would
// rebuild a stale one itself; once here, no two tests build it at the same moment).
const cli = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
if (cli.status !== 0) console.log("CLI bundle: build FAILED");

const dir = mkdtempSync(join(tmpdir(), "tdkt-jest-"));
const out = join(dir, "results.json");
const args = ["jest", "--ci", "--json", `--outputFile=${out}`, ...process.argv.slice(2)];
const run = spawnSync("npx", args, { stdio: "inherit" });
let summary = null;
try {
  const r = JSON.parse(readFileSync(out, "utf8"));
  summary = {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
    skipped: r.numPendingTests + r.numTodoTests,
  };
} catch {
  // jest did not get as far as writing results
}
rmSync(dir, { recursive: true, force: true });
if (summary) {
  // the typecheck and the lint count as one test each
  const passed = summary.passed + (typesOk ? 1 : 0) + (lintOk ? 1 : 0);
  const failed = summary.failed + (typesOk ? 0 : 1) + (lintOk ? 0 : 1);
  console.log(`tests: ${passed} passed, ${failed} failed, ${summary.skipped} skipped`);
}
const code = run.status ?? 1;
process.exit(code !== 0 ? code : !typesOk || !lintOk || (summary && summary.failed > 0) ? 1 : 0);
