/**
 * RuleRun (src/core/rules/run.ts): a rule of scope "file" is run on each file as it is added, and
 * only on it; the other rules only at the end, over every file; "off" rules never; the severities
 * and the order are those of runRules; finish() takes only the files that were added, in order.
 */
import { RuleRun } from "../../../src/core/rules";
import type { Rule, RuleContext } from "../../../src/core/rules/rule";
import { contextOf, sheetOf } from "./ruleTester";

/** A rule that records what it was asked about and says one issue per file it sees. */
function spy(id: string, scope?: "file", severity?: "warning") {
  const calls: string[][] = [];
  const rule: Rule = {
    meta: { id, severity: "error", title: { vi: id, en: id }, description: { vi: id, en: id }, fix: { vi: id, en: id } },
    ...(scope ? { scope } : {}),
    check: (ctx: RuleContext) => {
      calls.push(ctx.files.map((f) => f.file));
      return ctx.files.map((f) => ({ file: f.file, sheet: "DS", cell: "A1", message: { vi: `${id} ${f.file}`, en: `${id} ${f.file}` }, ...(severity ? { severity } : {}) }));
    },
  };
  return { rule, calls };
}

const files = () => contextOf({ name: "", sheets: [sheetOf("a.xlsx", "DS"), sheetOf("b.xlsx", "DS")] }).files;

test("a file rule checks each file as it is added, alone; a cross-file rule only at the end, over all", () => {
  const fileRule = spy("f", "file");
  const crossRule = spy("x");
  const [a, b] = files();
  const run = new RuleRun({}, [fileRule.rule, crossRule.rule]);
  run.addFile(a);
  expect(fileRule.calls).toEqual([["a.xlsx"]]);
  run.addFile(b);
  expect(fileRule.calls).toEqual([["a.xlsx"], ["b.xlsx"]]);
  expect(crossRule.calls).toEqual([]);
  const issues = run.finish([a, b]);
  expect(crossRule.calls).toEqual([["a.xlsx", "b.xlsx"]]);
  expect(fileRule.calls).toHaveLength(2);
  // by file, then (same cell) in the rules' order
  expect(issues.map((i) => `${i.rule}:${i.message.en}`)).toEqual(["f:f a.xlsx", "x:x a.xlsx", "f:f b.xlsx", "x:x b.xlsx"]);
});

test("severity: the rule's, else the issue's own, else the user's override; an 'off' rule is never run", () => {
  const own = spy("own", "file", "warning");
  const plain = spy("plain");
  const off = spy("off", "file");
  const offCross = spy("offCross");
  const [a] = files();
  const run = new RuleRun({ severities: { plain: "info", off: "off", offCross: "off" } }, [own.rule, plain.rule, off.rule, offCross.rule]);
  run.addFile(a);
  const issues = run.finish([a]);
  expect(issues.map((i) => [i.rule, i.severity])).toEqual([
    ["own", "warning"],
    ["plain", "info"],
  ]);
  expect(off.calls).toEqual([]);
  expect(offCross.calls).toEqual([]);
  const defaults = new RuleRun({}, [spy("d").rule]);
  defaults.addFile(a);
  expect(defaults.finish([a]).map((i) => i.severity)).toEqual(["error"]);
});

test("finish() refuses files other than those added, in their order", () => {
  const [a, b] = files();
  const run = new RuleRun({}, [spy("x").rule]);
  run.addFile(a);
  run.addFile(b);
  expect(() => run.finish([b, a])).toThrow("rules: finish() needs the files that were added, in their order");
  expect(() => run.finish([a])).toThrow(/in their order/);
  expect(() => run.finish([a, b, a])).toThrow(/in their order/);
  // one file of the two not the one added
  expect(() => run.finish([a, a])).toThrow(/in their order/);
  expect(run.finish([a, b])).toHaveLength(2);
  // its file rules' issues are handed over: a second finish would give them again
  expect(() => run.finish([a, b])).toThrow("rules: finish() is called once per run");
});

test("within a row, columns in their order (C after B, AA after Z); the same cell keeps the rules' order", () => {
  const [a] = files();
  const cells = (id: string, list: string[]): Rule => ({
    meta: { id, severity: "error", title: { vi: id, en: id }, description: { vi: id, en: id }, fix: { vi: id, en: id } },
    check: () => list.map((cell) => ({ file: "a.xlsx", sheet: "DS", cell, message: { vi: `${id}${cell}`, en: `${id}${cell}` } })),
  });
  const run = new RuleRun({}, [cells("x", ["C5", "AA5", "B5", "Z5", "B5"]), cells("y", ["B5", "A5"])]);
  run.addFile(a);
  expect(run.finish([a]).map((i) => i.message.en)).toEqual(["yA5", "xB5", "xB5", "yB5", "xC5", "xZ5", "xAA5"]);
});

test("a file rule is given the run's options without the registry; a rule across files the options and the registry given at the end", () => {
  const seen: { scope: string; options: RuleContext["options"] }[] = [];
  const watcher = (scope?: "file"): Rule => ({
    ...spy(scope ? "f" : "x", scope).rule,
    check: (ctx) => {
      seen.push({ scope: scope ?? "all", options: ctx.options });
      return [];
    },
  });
  const [a] = files();
  const unit = { name: "UBND xã Quài Nưa" };
  const run = new RuleRun({ period: { from: "2021-01-01", to: "2021-06-30" }, ratioLimit: 0.5, registry: [] }, [watcher("file"), watcher()]);
  run.addFile(a);
  run.finish([a], [unit]);
  expect(seen).toEqual([
    { scope: "file", options: { period: { from: "2021-01-01", to: "2021-06-30" }, ratioLimit: 0.5 } },
    { scope: "all", options: { period: { from: "2021-01-01", to: "2021-06-30" }, ratioLimit: 0.5, registry: [unit] } },
  ]);
});
