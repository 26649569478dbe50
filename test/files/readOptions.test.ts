/**
 * The checks read workbooks without row properties (readWorkbook's `hiddenRows: false`: SheetJS
 * without `cellStyles`, so no stub per styled empty cell and no fill per cell). What they read must
 * not change: for every workbook of every corpus at hand, both readings give the same Grids
 * (hidden rows aside), the same errors and warnings, and so the same records.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { prepareInput, recogniseInput } from "../../src/core/engine";
import type { Grid } from "../../src/core/grid";
import { readWorkbook } from "../../src/files/readWorkbook";

const ROOT = resolve(__dirname, "../..");
const CORPORA = ["../shared/samples", "../shared/samples-2022", "samples/demo", "test/real-files", "test/robustness/calamine"].map((d) => join(ROOT, d));
const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods|fods)$/i;

const files = CORPORA.filter((d) => existsSync(d)).flatMap((d) =>
  readdirSync(d)
    .filter((f) => WORKBOOK.test(f))
    .sort()
    .map((f) => join(d, f)),
);
const absent = CORPORA.filter((d) => !existsSync(d));
if (absent.length) console.log(`readOptions.test: not here, skipped: ${absent.join(", ")}`);

const withoutHidden = (grids: Grid[]) => grids.map(({ hiddenRows: _hidden, ...g }) => g);

test("the corpora hold workbooks of several formats", () => {
  expect(files.length).toBeGreaterThan(20);
  expect(new Set(files.map((f) => f.split(".").pop()!.toLowerCase())).size).toBeGreaterThanOrEqual(3);
});

test.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("%s: same Grids and records with and without row properties", (_, file) => {
  const bytes = new Uint8Array(readFileSync(file));
  const full = readWorkbook(bytes, file);
  const lean = readWorkbook(bytes, file, { hiddenRows: false });
  expect(lean.error).toEqual(full.error);
  expect(lean.warnings).toEqual(full.warnings);
  expect(lean.format).toBe(full.format);
  expect(withoutHidden(lean.grids)).toEqual(withoutHidden(full.grids));
  // the same Grids make the same records; said outright for the workbooks that hold any
  if (!full.error && full.grids.length) {
    const records = (r: typeof full) => {
      const p = prepareInput({ file, grids: r.grids, warnings: r.warnings });
      return JSON.stringify(recogniseInput(p, p.registryUnits));
    };
    expect(records(lean)).toBe(records(full));
  }
});
