/**
 * Issue 11's test list (test/fixtures/awardTestList.ts): codes resolved through the workbook's own
 * look-up sheet, award names the catalogue does not know, a recipient whose kind nothing settles,
 * one personal name in two units. Known totals must be exact, each unknown on its own "Chưa xác
 * định" line, and no duplicate reported. Expected figures come from each row's truth.
 */
import { analyze, type Analysis } from "../../src/core/engine";
import { matchAward } from "../../src/core/domain/awards";
import type { RecipientKind } from "../../src/core/model";
import type { ReportModel } from "../../src/core/report";
import { buildReport } from "../../src/core/report-build";
import { awardTestList, MISSING_CODE, PERIOD, type RowTruth } from "../fixtures/awardTestList";
import { toInputs } from "../metamorphic/book";
import { silentLosses } from "../metamorphic/noSilentLoss";

const COUNT: Record<RecipientKind, "collectives" | "individuals" | "households"> = { collective: "collectives", individual: "individuals", household: "households" };

let a: Analysis;
let report: ReportModel;
let truth: RowTruth[];
let losses: unknown[];
beforeAll(async () => {
  const list = awardTestList();
  truth = list.truth;
  const inputs = (await Promise.all(list.books.map(toInputs))).flat();
  a = analyze(inputs, { period: PERIOD });
  report = buildReport(a, { lang: "vi" });
  losses = silentLosses(inputs, a);
});

const records = () => a.files.flatMap((f) => f.sheets.flatMap((s) => s.awards));

test("every listed row is read, and no row is lost in silence", () => {
  expect(losses).toEqual([]);
  expect(records().map((r) => r.name).sort()).toEqual(truth.map((t) => t.name).sort());
});

test("award codes are read as the names of the workbook's DANHMUC sheet, kind codes as the kind", () => {
  for (const t of truth.filter((x) => x.code)) {
    const r = records().find((x) => x.name === t.name && x.ref.file.startsWith(t.book))!;
    expect(r.awardText).toBe(t.award);
    expect(r.kind).toBe(t.kind);
  }
  const ledger = a.ledger.find((l) => l.file.startsWith(truth.find((t) => t.code)!.book))!;
  const codes = ledger.sheets.find((s) => s.kind === "awards")!.codes!;
  const coded = truth.filter((t) => t.code);
  expect(codes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ role: "award", lookup: "DANHMUC", resolved: coded.filter((t) => t.code !== MISSING_CODE).length, notFound: 1 }),
      expect.objectContaining({ role: "recipientKind", lookup: "DANHMUC", resolved: coded.filter((t) => t.kind).length, notFound: 0 }),
    ]),
  );
});

test("a code the look-up does not have is an issue at its cell, never a guess", () => {
  const missing = records().find((r) => r.awardText === MISSING_CODE)!;
  expect(missing.awardId).toBeUndefined();
  const issue = a.issues.find((i) => i.rule === "code-unknown")!;
  expect(issue).toMatchObject({ severity: "warning", cell: missing.cells.award });
  expect(issue.message.vi).toContain(MISSING_CODE);
  expect(a.issues.filter((i) => i.rule === "code-unknown")).toHaveLength(1);
});

test("known totals are exact: only rows whose award and kind are settled", () => {
  const expected = new Map<string, Record<string, number>>();
  for (const t of truth.filter((x) => x.known && x.kind)) {
    const m = matchAward(t.award);
    if (m.kind !== "known") throw new Error(`the test list's known award is not known: ${t.award}`);
    const line = expected.get(m.award.reportAs) ?? { collectives: 0, individuals: 0, households: 0 };
    line[COUNT[t.kind!]]++;
    expected.set(m.award.reportAs, line);
  }
  const got = new Map<string, Record<string, number>>();
  for (const l of report.awards.filter((x) => !x.unresolved)) {
    const line = got.get(l.awardId!) ?? { collectives: 0, individuals: 0, households: 0 };
    line.collectives += l.collectives;
    line.individuals += l.individuals;
    line.households += l.households;
    got.set(l.awardId!, line);
  }
  expect(got).toEqual(expected);
});

test("each unknown award, and the row whose kind nothing settles, is on its own 'Chưa xác định' line", () => {
  const unresolved = report.awards.filter((l) => l.unresolved);
  for (const t of truth.filter((x) => !x.known)) {
    const line = unresolved.find((l) => l.writtenAs === t.award && l.award.startsWith("Chưa xác định:"))!;
    expect(line).toBeDefined();
    expect(line.collectives + line.individuals + line.households).toBe(truth.filter((x) => x.award === t.award).length);
  }
  const unsure = truth.filter((x) => x.known && !x.kind);
  expect(unsure.length).toBeGreaterThan(0);
  for (const t of unsure) expect(unresolved.some((l) => l.award.startsWith("Chưa xác định đối tượng") && l.writtenAs === t.award)).toBe(true);
  // nothing counted twice, nothing dropped: every row is on exactly one line
  const all = report.awards.reduce((n, l) => n + l.collectives + l.individuals + l.households, 0);
  expect(all).toBe(truth.length);
});

test("the same name in two different units is not a duplicate", () => {
  const names = truth.map((t) => t.name);
  expect(names.some((n, i) => names.indexOf(n) !== i)).toBe(true);
  expect(a.issues.filter((i) => i.rule === "award-duplicate")).toEqual([]);
});
