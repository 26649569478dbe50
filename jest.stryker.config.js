/**
 * Jest for mutation testing (stryker.config.mjs): the unit tests of src/core only. The browser,
 * Excel-double, CLI, LibreOffice and reference-corpus tests are left out: they either do not reach
 * src/core or reach it through many seconds of file reading, which Stryker would repeat for every
 * mutant they cover. What they alone would kill is not credited to the core's own tests.
 */
const base = require("./jest.config.js");

// `npm run test:mutation -- --tests test/core/values` (scripts/mutation.mjs) narrows the tests to
// those folders: for a folder every test imports (values, text), the whole suite would run for
// each mutant. The score is then the one that folder's own tests earn.
// An entry may also be one test file (`--tests test/core/consolidate/sentences.test.ts,...`): for a
// module that every test of its folder imports through an index, each mutant then loads only the
// module's own test files, not the whole folder's.
const only = process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(",").filter(Boolean).map((p) => p.replace(/\/+$/, "")) : null;
const isFile = (p) => /\.test\.tsx?$/.test(p);
const dirOf = (p) => (isFile(p) ? p.slice(0, p.lastIndexOf("/")) : p);

module.exports = {
  ...base,
  // test/core/submissions/units.test.ts: the pure parts of resubmission (diff, ledger, data sheet)
  roots: only ? [...new Set(only.map(dirOf))].map((dir) => `<rootDir>/${dir}`) : ["<rootDir>/test/core"],
  ...(only?.some(isFile) ? { testMatch: only.map((p) => (isFile(p) ? `<rootDir>/${p}` : `<rootDir>/${p}/**/*.test.ts`)) } : {}),
  // the award matcher's caches rebuilt before each test, so that per-test coverage sees every test
  // that depends on them (test/mutation/freshCaches.ts)
  setupFilesAfterEnv: ["<rootDir>/test/mutation/freshCaches.ts"],
  testPathIgnorePatterns: [
    "/node_modules/",
    // reads ../shared/samples through src/cli and src/files (≈ 10 s)
    "<rootDir>/test/core/consolidate/corpus.test.ts",
    // reads ../shared/samples through src/files/readWorkbook
    "<rootDir>/test/core/values/samples.test.ts",
    // run the CLI and write workbooks (tens of seconds)
    "<rootDir>/test/core/submissions/resubmit.test.ts",
    // runs the CLI on samples/demo and builds reports
    "<rootDir>/test/core/records/rowAccount.test.ts",
    // runs every rule over 220,000 generated rows to count operations (tens of seconds): it covers
    // every rule's code, so each rule mutant would re-run it; what it guards (growth, not answers)
    // is not what a mutant changes
    "<rootDir>/test/core/rules/complexity.test.ts",
  ],
};
