/**
 * The rules' scopes hold on real runs (src/core/rules/run.ts): a rule marked scope "file" gives, for
 * each file alone, exactly the issues (same order) it gives that file in a run over all the files.
 * The engine relies on it to check files while the others are still being read.
 *
 * Corpora: the project's samples/demo always; ../shared/samples and ../shared/samples-2022 when
 * present (a user's clone lacks them: those cases are skipped, said once).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ALL_RULES, attachSender, parseWorkbooks, prepareInput, recogniseRecords } from "../../src/core/engine";
import { collectFiles } from "../../src/cli/files";
import { readInput } from "../../src/cli/readInput";
import { RuleRun, runRules } from "../../src/core/rules";
import type { CheckOptions, ParsedFile } from "../../src/core/rules/rule";
import type { Issue } from "../../src/core/model";

const ROOT = resolve(__dirname, "../..");
const CORPORA = [join(ROOT, "samples/demo"), join(ROOT, "../shared/samples"), join(ROOT, "../shared/samples-2022")];
const present = CORPORA.filter((c) => existsSync(c));
for (const c of CORPORA.filter((c) => !existsSync(c))) console.warn(`SKIPPED rule scopes on ${c}: the folder is absent (it ships only with the team's shared folder).`);

const runs = new Map<string, { files: ParsedFile[]; options: CheckOptions }>();
function runOf(dir: string) {
  let r = runs.get(dir);
  if (!r) {
    const parsed = parseWorkbooks(collectFiles([dir]).map(readInput));
    // a period, so that date-out-of-period has something to say
    r = { files: parsed.files, options: { registry: parsed.registry, period: { from: "2021-01-01", to: "2021-06-30" } } };
    runs.set(dir, r);
  }
  return r;
}

const fileRules = ALL_RULES.filter((r) => r.scope === "file");

test("the rules the engine may run file by file are the ones expected", () => {
  // a rule added without a scope runs at the end over all files (always right, only slower)
  expect(fileRules.length).toBeGreaterThanOrEqual(15);
  // these look across files: never file by file
  for (const id of ["award-duplicate", "award-prerequisite", "award-ratio", "award-unknown", "unit-unknown", "unit-not-reported"])
    expect(ALL_RULES.find((r) => r.meta.id === id)?.scope).toBeUndefined();
});

describe.each(present)("on %s", (dir) => {
  test.each(fileRules.map((r) => [r.meta.id, r] as const))("%s: each file alone gives what the run gives that file", (_id, rule) => {
    const { files, options } = runOf(dir);
    const all = rule.check({ files, options });
    for (const f of files) {
      const alone = rule.check({ files: [f], options });
      expect(alone).toEqual(all.filter((i) => i.file === f.file));
    }
    // and nothing is lost or invented between the two
    expect(files.reduce((n, f) => n + rule.check({ files: [f], options }).length, 0)).toBe(all.length);
  });

  test.each(fileRules.map((r) => [r.meta.id, r] as const))("%s: a file alone needs neither the registry nor its sender", (_id, rule) => {
    const { files, options } = runOf(dir);
    const { registry: _registry, ...withoutRegistry } = options;
    for (const f of files) expect(rule.check({ files: [unsent(f)], options: withoutRegistry })).toEqual(rule.check({ files: [f], options }));
  });

  test("a run fed each file before its sender and the registry are known gives the issues of every rule at the end", () => {
    const { options } = runOf(dir);
    const { registry: _registry, ...withoutRegistry } = options;
    // read as the CLI's threads read without --units: records first, senders once all are in
    const read = collectFiles([dir]).map((p) => {
      const prepared = prepareInput(readInput(p));
      return { units: prepared.registryUnits, records: recogniseRecords(prepared) };
    });
    const run = new RuleRun(withoutRegistry, ALL_RULES);
    for (const r of read) {
      expect(r.records.ledger.sender).toBeUndefined();
      run.addFile(r.records.parsed);
    }
    const registry = read.flatMap((r) => r.units);
    const files = read.map((r) => attachSender(r.records, registry).parsed);
    expect(files.some((f) => f.ledger.sender)).toBe(true);
    const fed = run.finish(files, registry);
    expect(fed).toEqual(atTheEnd(files, { ...withoutRegistry, registry }));
    expect(fed.length).toBeGreaterThan(0);
  });

  test("a run fed file by file gives the issues, in the order, of every rule run at the end", () => {
    const { files, options } = runOf(dir);
    const run = new RuleRun(options, ALL_RULES);
    for (const f of files) run.addFile(f);
    const fed = run.finish(files);
    expect(fed).toEqual(atTheEnd(files, options));
    expect(runRules({ files, options }, ALL_RULES)).toEqual(fed);
    expect(fed.length).toBeGreaterThan(0);
  });
});

test("finish() refuses files other than those added, in their order", () => {
  const { files, options } = runOf(CORPORA[0]);
  const run = new RuleRun(options, ALL_RULES);
  for (const f of files) run.addFile(f);
  expect(() => run.finish([...files].reverse())).toThrow(/in their order/);
  expect(() => run.finish(files.slice(1))).toThrow(/in their order/);
});

/** A copy of a file as it is before its sender is attached: no sender in its ledger or records. */
function unsent(f: ParsedFile): ParsedFile {
  const copy = structuredClone(f);
  copy.ledger.sender = undefined;
  for (const s of copy.sheets) for (const r of [...s.awards, ...s.figures, ...s.summaries]) r.sender = undefined;
  return copy;
}

/** The documented order, computed the plain way: every rule over all files, then sorted. */
function atTheEnd(files: ParsedFile[], options: CheckOptions): Issue[] {
  const issues: Issue[] = [];
  for (const rule of ALL_RULES) for (const d of rule.check({ files, options })) issues.push({ ...d, rule: rule.meta.id, severity: d.severity ?? rule.meta.severity });
  const fileRank = (i: Issue) => {
    const k = files.findIndex((f) => f.file === i.file);
    return k < 0 ? Infinity : k;
  };
  const sheetRank = (i: Issue) => (i.sheet === undefined ? -1 : files.find((f) => f.file === i.file)?.sheets.findIndex((s) => s.sheet === i.sheet) ?? Infinity);
  const row = (i: Issue) => Number(/(\d+)$/.exec(i.cell ?? "")?.[1] ?? 0);
  const col = (i: Issue) => (/^[A-Z]+/i.exec(i.cell ?? "")?.[0] ?? "").toUpperCase().padStart(3, " ");
  return issues
    .map((issue, k) => ({ issue, k }))
    .sort((a, b) => fileRank(a.issue) - fileRank(b.issue) || sheetRank(a.issue) - sheetRank(b.issue) || row(a.issue) - row(b.issue) || (col(a.issue) < col(b.issue) ? -1 : col(a.issue) > col(b.issue) ? 1 : 0) || a.k - b.k)
    .map((x) => x.issue);
}
