#!/usr/bin/env node
// Runs the whole test suite (jest: unit, integration on files, gateway on the Excel double, and the
// browser test in Debian's chromium) and ends with one plain summary line that CI can read:
//   tests: N passed, N failed, N skipped
// Extra arguments are passed to jest (e.g. `npm test -- test/text`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
if (summary) console.log(`tests: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
const code = run.status ?? 1;
process.exit(summary && summary.failed > 0 && code === 0 ? 1 : code);
