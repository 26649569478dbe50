/**
 * Inputs that read without error but must stay harmless: no table, a header with no rows, 300
 * columns, and text that looks like a formula (it stays text from the source to the written report).
 */
import * as XLSX from "@e965/xlsx";
import { analyze, buildReport, type WorkbookInput } from "../../src/core/engine";
import { readWorkbook } from "../../src/files/readWorkbook";
import { writeReportXlsx } from "../../src/files/writeReportXlsx";
import { awardRows, csvOf, FORMULA_TEXTS, GOOD_FILE, GOOD_NAMES, goodWorkbook, headerOnly, onlyMergedTitles, threeHundredColumns, xlsxFromRows } from "./badInputs";

function input(file: string, bytes: Uint8Array): WorkbookInput {
  const r = readWorkbook(bytes, file);
  return { file, grids: r.grids, error: r.error };
}
const good = () => input(GOOD_FILE, goodWorkbook());
const namesOf = (a: ReturnType<typeof analyze>, file: string) => a.files.find((f) => f.file === file)!.sheets.flatMap((s) => s.awards.map((r) => r.name));

test("a sheet of only merged title cells: read, no table found (ledger: other, 0 rows), the good file read", () => {
  const bad = input("08-xa-chi-tieu-de.xlsx", onlyMergedTitles());
  expect(bad.error).toBeUndefined();
  expect(bad.grids[0].merges).toHaveLength(3);
  const a = analyze([bad, good()]);
  expect(a.ledger[0].sheets).toEqual([expect.objectContaining({ sheet: "DS khen thưởng", kind: "other", rowsRead: 0 })]);
  expect(namesOf(a, GOOD_FILE)).toEqual(GOOD_NAMES);
});

test("a header-only award table: recognised as awards with 0 rows read, the good file read", () => {
  const a = analyze([input("09-xa-chi-co-cot.xlsx", headerOnly()), good()]);
  expect(a.ledger[0].sheets).toEqual([expect.objectContaining({ kind: "awards", header: "A4:E4", rowsRead: 0 })]);
  expect(namesOf(a, GOOD_FILE)).toEqual(GOOD_NAMES);
});

test("300 columns: read whole (colCount 300), the award list in its first five still found", () => {
  const bad = input("10-xa-300-cot.xlsx", threeHundredColumns());
  expect(bad.grids[0].colCount).toBe(300);
  const a = analyze([bad, good()]);
  expect(namesOf(a, "10-xa-300-cot.xlsx")).toEqual(GOOD_NAMES);
  expect(namesOf(a, GOOD_FILE)).toEqual(GOOD_NAMES);
});

describe("formula-injection text stays text", () => {
  const rows = awardRows(FORMULA_TEXTS, FORMULA_TEXTS);
  const sources = {
    "15-xa-cong-thuc.xlsx": xlsxFromRows(rows),
    "15b-xa-cong-thuc.csv": new TextEncoder().encode(csvOf(rows)),
  };

  test.each(Object.entries(sources))("%s: names read verbatim as text cells, never as formulas", (file, bytes) => {
    const r = readWorkbook(bytes, file);
    expect(r.error).toBeUndefined();
    const cells = r.grids[0].cells.flat().filter((c) => c && FORMULA_TEXTS.includes(String(c.v)));
    expect(cells.length).toBe(FORMULA_TEXTS.length * 2);
    for (const c of cells) expect([c!.t, c!.f]).toEqual(["s", undefined]);
    const a = analyze([{ file, grids: r.grids }, good()]);
    expect(namesOf(a, file)).toEqual(FORMULA_TEXTS);
    expect(namesOf(a, GOOD_FILE)).toEqual(GOOD_NAMES);
  });

  test("the report .xlsx holds them as strings: no formula anywhere, every text cell typed text", async () => {
    const a = analyze(Object.entries(sources).map(([file, bytes]) => input(file, bytes)).concat(good()));
    const report = buildReport(a, { lang: "vi", period: a.period, registry: a.registry });
    const bytes = await writeReportXlsx(report);
    const wb = XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true });
    const written: string[] = [];
    for (const name of wb.SheetNames) {
      const ws = wb.Sheets[name];
      for (const key of Object.keys(ws)) {
        if (key.startsWith("!")) continue;
        const cell = ws[key] as XLSX.CellObject;
        expect({ at: `${name}!${key}`, f: cell.f }).toEqual({ at: `${name}!${key}`, f: undefined });
        if (cell.t === "s") written.push(String(cell.v));
        // a text cell that starts like a formula carries the Text format "@" too
        if (cell.t === "s" && /^[=+\-@]/.test(String(cell.v))) expect({ at: `${name}!${key}`, v: cell.v, z: cell.z }).toEqual({ at: `${name}!${key}`, v: cell.v, z: "@" });
      }
    }
    // the unknown "awards" (the injection texts) are listed in the report, as text
    const found = FORMULA_TEXTS.filter((t) => written.some((w) => w.includes(t)));
    expect(found.length).toBeGreaterThan(0);
    // and the raw sheet XML has no <f> element at all
    const CFB = (XLSX as unknown as { CFB: any }).CFB;
    const zip = CFB.read(bytes, { type: "array" });
    for (const path of zip.FullPaths as string[]) {
      if (!/worksheets\/sheet\d+\.xml$/.test(path)) continue;
      const xml = new TextDecoder().decode(CFB.find(zip, path).content);
      expect(xml).not.toMatch(/<f[ >]/);
    }
  });
});
