// Mutation testing of src/core (issue 16). Run through `npm run test:mutation` (scripts/mutation.mjs),
// which also accepts `--mutate <folder or file>` and `--incremental`, and prints the score per folder.
// Not part of `npm test`: a whole-core run takes long on a 2-core machine.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  mutate: ["src/core/**/*.ts", "!src/core/**/*.d.ts"],
  testRunner: "jest",
  // test/core only (see the file for what is left out and why). findRelatedTests: each mutant runs
  // only the test files that import its source file (else jest loads every test file for each
  // mutant, ≈ 12 s apiece on this machine, even when the test-name filter runs few of them).
  jest: { projectType: "custom", configFile: "jest.stryker.config.js", enableFindRelatedTests: true },
  // run, for each mutant, only the tests that reach it
  coverageAnalysis: "perTest",
  // a mutant that does not type-check is discarded (CompileError) before any test runs
  checkers: ["typescript"],
  // scripts/mutation.mjs --tests narrows it (see there)
  tsconfigFile: process.env.MUTATION_TSCONFIG ?? "tsconfig.stryker.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // Static text excluded from mutation, each because another test already pins it:
  //  - rule metadata (`meta: { id, severity, title, description, fix }`): test/core/rules/docs.test.ts
  //    compares docs/rules.md with the text rendered from it (scripts/mutation/ignore-rule-meta.mjs).
  //  - module-level constants (regexes, tables) are "static" mutants: each would re-run the whole suite
  //    in a fresh module registry (minutes apiece on this machine), so they are ignored by default and
  //    reported as Ignored; `npm run test:mutation -- --ignoreStatic false` tests them too.
  ignoreStatic: true,
  plugins: ["@stryker-mutator/*", "./scripts/mutation/ignore-rule-meta.mjs"],
  ignorers: ["rule-meta"],
  // 2 cores: one test runner and one checker each; pass --concurrency 1 when the machine is shared.
  concurrency: 2,
  // generous: on a shared machine a slow jest start is not a mutant that loops (a timeout restarts the runner)
  timeoutMS: 30000,
  // Incremental mode (`--incremental`) reuses this file. It is committed: a fresh clone then re-tests
  // only what its change touched, and "no new survivor" is judged against the recorded baseline.
  incrementalFile: "reports/mutation/stryker-incremental.json",
  // The sandbox needs the sources, the tests, docs/rules.md (docs test) and the configs only.
  ignorePatterns: ["/*", "!/src", "!/test", "!/docs", "!/package.json", "!/tsconfig*.json", "!/jest*.js", "/test/browser", "/test/excel", "/test/taskpane"],
  reporters: ["clear-text", "progress", "html", "json"],
  clearTextReporter: { reportScoreTable: false, reportTests: false, logTests: false },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
