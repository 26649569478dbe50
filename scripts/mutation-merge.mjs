#!/usr/bin/env node
// node scripts/mutation-merge.mjs <out.json> <report.json>...
//
// Merges Stryker JSON reports (mutation-testing-report-schema, as the json reporter and the
// incremental file write them) of runs made apart — e.g. two folders measured at the same time in
// two copies of the project — into one file, typically reports/mutation/stryker-incremental.json.
// Ids are per run, so each input's mutant and test ids get a prefix ("r0-", "r1-", ...). A source
// file present in several inputs is taken from the last one. Then
// `node scripts/mutation.mjs --table <out.json>` prints the score per folder.
import { readFileSync, writeFileSync } from "node:fs";

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error("usage: node scripts/mutation-merge.mjs <out.json> <report.json>...");
  process.exit(2);
}

let merged = null;
inputs.forEach((file, i) => {
  const r = JSON.parse(readFileSync(file, "utf8"));
  const p = `r${i}-`;
  const id = (x) => p + x;
  for (const f of Object.values(r.files)) {
    for (const m of f.mutants) {
      m.id = id(m.id);
      if (m.coveredBy) m.coveredBy = m.coveredBy.map(id);
      if (m.killedBy) m.killedBy = m.killedBy.map(id);
    }
  }
  for (const t of Object.values(r.testFiles ?? {})) for (const test of t.tests) test.id = id(test.id);
  if (!merged) {
    merged = { ...r, files: { ...r.files }, testFiles: { ...(r.testFiles ?? {}) } };
    return;
  }
  Object.assign(merged.files, r.files);
  for (const [name, t] of Object.entries(r.testFiles ?? {})) {
    const old = merged.testFiles[name];
    merged.testFiles[name] = old ? { ...t, tests: [...old.tests, ...t.tests] } : t;
  }
});
writeFileSync(out, JSON.stringify(merged, null, 2));
const count = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0);
console.log(`${out}: ${Object.keys(merged.files).length} files, ${count} mutants from ${inputs.length} reports`);
