/**
 * runRules' order and severities, edge by edge (issue 16): file (input order, file-less issues
 * last), sheet (file order, sheet-less issues first), row, column (B before AA), then each rule's
 * own order; an issue's own severity, unless the user overrides the rule.
 */
import { runRules } from "../../../src/core/rules";
import { placeKey } from "../../../src/core/rules/run";
import type { Rule } from "../../../src/core/rules/rule";
import { contextOf, sheetOf } from "./ruleTester";

type Draft = ReturnType<Rule["check"]>[number];
const ruleOf = (id: string, issues: Draft[]): Rule => ({
  meta: { id, severity: "error", title: { vi: id, en: id }, description: { vi: id, en: id }, fix: { vi: id, en: id } },
  // fresh drafts each run, as every rule makes them (the run completes them in place)
  check: () => issues.map((d) => ({ ...d })),
});
const at = (file: string, sheet: string | undefined, cell: string | undefined, text: string): Draft => ({
  file,
  ...(sheet === undefined ? {} : { sheet }),
  ...(cell === undefined ? {} : { cell }),
  message: { vi: text, en: text },
});
const ctx = (severities?: Record<string, "error" | "warning" | "info" | "off">) =>
  contextOf({
    name: "",
    sheets: [sheetOf("a.xlsx", "DS"), sheetOf("a.xlsx", "Tổng hợp"), sheetOf("b.xlsx", "DS")],
    options: severities ? { severities } : {},
  });
const texts = (rules: Rule[], severities?: Record<string, "error" | "warning" | "info" | "off">) => runRules(ctx(severities), rules).map((i) => i.message.en);

describe("runRules: order", () => {
  it("files in input order; issues of no file read (file-less, or a file not in the input) last, in the rule's order", () => {
    const rule = ruleOf("x", [at("", undefined, undefined, "none"), at("zz.xlsx", undefined, undefined, "unknown file"), at("b.xlsx", "DS", "A1", "b"), at("a.xlsx", "DS", "A9", "a")]);
    expect(texts([rule])).toEqual(["a", "b", "none", "unknown file"]);
    // a file-less issue and one of an unknown file both come after every file read, in the rule's order
    expect(texts([ruleOf("x", [at("zz.xlsx", undefined, undefined, "unknown file"), at("", undefined, undefined, "none"), at("a.xlsx", "DS", "A9", "a")])])).toEqual([
      "a",
      "unknown file",
      "none",
    ]);
  });

  it("within a file: the file-level issue first, then sheets in file order, an unknown sheet last", () => {
    const rule = ruleOf("x", [
      at("a.xlsx", "Khác", "A1", "unknown sheet"),
      at("a.xlsx", "Tổng hợp", "A1", "second sheet"),
      at("a.xlsx", "DS", "A50", "first sheet"),
      at("a.xlsx", undefined, undefined, "file"),
    ]);
    expect(texts([rule])).toEqual(["file", "first sheet", "second sheet", "unknown sheet"]);
  });

  it("within a sheet: by row as a number (9 before 10), then by column (B before C before AA)", () => {
    const rule = ruleOf("x", [
      at("a.xlsx", "DS", "AA9", "AA9"),
      at("a.xlsx", "DS", "B10", "B10"),
      at("a.xlsx", "DS", "C9", "C9"),
      at("a.xlsx", "DS", "b9", "b9"),
      at("a.xlsx", "DS", undefined, "no cell"),
    ]);
    expect(texts([rule])).toEqual(["no cell", "b9", "C9", "AA9", "B10"]);
  });

  it("rows as numbers whatever their last digit (A10 before B19, B19 before A20); a range sorts by its first column and its last row", () => {
    const cells = ["A20", "B19", "AA2", "A10", "D1:E2", "C2", "B1:C2", "A1:B2", "B9"];
    expect(texts([ruleOf("x", cells.map((c) => at("a.xlsx", "DS", c, c)))])).toEqual(["A1:B2", "B1:C2", "C2", "D1:E2", "AA2", "B9", "A10", "B19", "A20"]);
  });

  it("columns in letter order past Z (Z, AA, AB, BA, ZZ, AAA) whatever the case; a cell without a row number first", () => {
    const cells = ["AAA2", "ba2", "ZZ2", "AB2", "Z2", "aa2", "C"];
    expect(texts([ruleOf("x", cells.map((c) => at("a.xlsx", "DS", c, c)))])).toEqual(["C", "Z2", "aa2", "AB2", "ba2", "ZZ2", "AAA2"]);
  });

  it("the same cell keeps the rules' order, and each rule's own order", () => {
    const one = ruleOf("one", [at("a.xlsx", "DS", "C5", "one-1"), at("a.xlsx", "DS", "C5", "one-2")]);
    const two = ruleOf("two", [at("a.xlsx", "DS", "C5", "two-1")]);
    expect(texts([two, one])).toEqual(["two-1", "one-1", "one-2"]);
    expect(texts([one, two])).toEqual(["one-1", "one-2", "two-1"]);
  });
});

describe("runRules: severities", () => {
  const rule = ruleOf("x", [{ ...at("a.xlsx", "DS", "A1", "own"), severity: "warning" }, at("a.xlsx", "DS", "A2", "default")]);

  it("an issue's own severity, else the rule's; each issue names its rule", () => {
    expect(runRules(ctx(), [rule]).map((i) => [i.rule, i.severity, i.message.en])).toEqual([
      ["x", "warning", "own"],
      ["x", "error", "default"],
    ]);
  });

  it("the user's override wins over both; another rule's override changes nothing", () => {
    expect(runRules(ctx({ x: "info" }), [rule]).map((i) => i.severity)).toEqual(["info", "info"]);
    expect(runRules(ctx({ y: "info" }), [rule]).map((i) => i.severity)).toEqual(["warning", "error"]);
    expect(runRules(ctx({ x: "off" }), [rule, ruleOf("y", [at("a.xlsx", "DS", "A3", "kept")])]).map((i) => i.message.en)).toEqual(["kept"]);
  });
});

describe("runRules: drafts are the rule's fresh objects", () => {
  it("a rule that hands back an issue of an earlier run is told so, instead of carrying that run's severity", () => {
    const kept = [at("a.xlsx", "DS", "A1", "kept")];
    const lazy: Rule = { ...ruleOf("x", []), check: () => kept };
    expect(runRules(ctx({ x: "info" }), [lazy]).map((i) => i.severity)).toEqual(["info"]);
    expect(() => runRules(ctx(), [lazy])).toThrow(/x returned an issue it had returned before/);
  });

  it("the issues are the drafts completed: each rule's code and severity, nothing else added", () => {
    const rule = ruleOf("x", [at("a.xlsx", "DS", "A1", "one")]);
    expect(runRules(ctx(), [rule])).toEqual([{ file: "a.xlsx", sheet: "DS", cell: "A1", message: { vi: "one", en: "one" }, rule: "x", severity: "error" }]);
  });
});

describe("placeKey: a sheet, row and column as one number", () => {
  // Excel's limits (16,384 columns, 1,048,576 rows) and a file's sheets: -1 (the whole file) to the
  // unknown sheet's rank (MAX_SAFE_INTEGER)
  const sheets = [-1, 0, 1, 2, 254, 255, 65_535, 131_069, Number.MAX_SAFE_INTEGER];
  const rows = [0, 1, 2, 9, 10, 65_535, 65_536, 1_048_575, 1_048_576];
  const cols = [0, 1, 2, 26, 27, 702, 703, 16_383, 16_384];
  const triples = sheets.flatMap((s) => rows.flatMap((r) => cols.map((c) => [s, r, c] as const)));
  const lexical = (a: readonly number[], b: readonly number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

  it("orders as sheet, then row, then column, and tells every place apart", () => {
    const byKey = [...triples].sort((a, b) => placeKey(...a) - placeKey(...b));
    expect(byKey).toEqual([...triples].sort(lexical));
    expect(new Set(triples.map((t) => placeKey(...t))).size).toBe(triples.length);
  });

  it("is an exact integer (a double holds it without rounding)", () => {
    for (const t of triples) expect(Number.isSafeInteger(placeKey(...t))).toBe(true);
  });

  it("a row or column past Excel's limits ties with the last one, never passes the next sheet or row", () => {
    expect(placeKey(0, 5, 40_000)).toBe(placeKey(0, 5, 2 ** 15 - 1));
    expect(placeKey(0, 5, 40_000)).toBeLessThan(placeKey(0, 6, 0));
    expect(placeKey(0, 3_000_000, 0)).toBeLessThan(placeKey(1, 0, 0));
  });
});
