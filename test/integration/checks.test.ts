/**
 * Issue "checks" acceptance on the reference corpus: every planted error is reported with its code
 * at its file, sheet and row, and no other error-severity issue is reported.
 */
import { basename } from "node:path";
import { analyzeCorpus, answers, describeWithSamples, type Planted, rowOf } from "./corpus";

describeWithSamples("checking the reference corpus", () => {
  const a = answers();
  const analysis = analyzeCorpus();
  const planted: (Planted & { alsoAcceptable?: { rule: string }[] })[] = a.planted;

  const placeOf = (p: Planted) => new Set([...(p.cells ?? []).map(rowOf), p.row, ...(p.rows ?? [])].filter((r): r is number => !!r));
  const matches = (p: Planted, i: (typeof analysis.issues)[number], rules: Set<string>) => {
    const rows = placeOf(p);
    return (
      rules.has(i.rule) &&
      basename(i.file) === p.file &&
      (p.sheet == null || i.sheet === p.sheet) &&
      (rows.size === 0 || rowOf(i.cell) === null || rows.has(rowOf(i.cell)!))
    );
  };

  test.each(planted.map((p) => [p.id, p.rule, p]))("%s (%s) is reported at its place", (_id, _rule, p) => {
    const hit = analysis.issues.find((i) => matches(p as Planted, i, new Set([(p as Planted).rule])));
    expect(hit).toBeDefined();
    expect(hit!.message.vi.length).toBeGreaterThan(20);
    expect(hit!.message.en.length).toBeGreaterThan(20);
  });

  test("no other error-severity issue", () => {
    const extra = analysis.issues.filter(
      (i) => i.severity === "error" && !planted.some((p) => matches(p, i, new Set([p.rule, ...(p.alsoAcceptable ?? []).map((x) => x.rule)]))),
    );
    expect(extra.map((i) => `${i.rule} ${basename(i.file)} ${i.sheet}!${i.cell}: ${i.message.vi}`)).toEqual([]);
  });

  test("clean files raise no error", () => {
    const clean = new Set<string>(a.clean_files);
    expect(analysis.issues.filter((i) => i.severity === "error" && clean.has(basename(i.file))).map((i) => i.rule)).toEqual([]);
  });
});
