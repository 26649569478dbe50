/**
 * The operations the complexity test counts (src/core/operations.ts) are counted where the work is
 * done: each earlier row the duplicate rule compares (to find a duplicate, or a namesake born the
 * same day), each comparison of the sort. The complexity test itself is too heavy for mutation runs.
 */
import { operations } from "../../../src/core/operations";
import { runRules } from "../../../src/core/rules";
import type { Rule } from "../../../src/core/rules/rule";
import { awardDuplicate, candidateList } from "../../../src/core/rules/award-duplicate";
import { contextOf, sheetOf } from "./ruleTester";

const counted = (f: () => unknown) => {
  // a first run computes each record's keys (normalising names counts too); the second counts the rule alone
  f();
  const before = operations.count;
  f();
  return operations.count - before;
};

describe("operations counted by the rules", () => {
  it("award-duplicate counts one operation per earlier row it compares, one per row at least", () => {
    const rows = (n: number, unit: (i: number) => string, birthDate?: string) => {
      const s = sheetOf("a.xlsx");
      for (let i = 0; i < n; i++) s.award({ name: "Lò Văn Minh", unit: unit(i), awardText: "LĐTT", ...(birthDate ? { birthDate } : {}) });
      return contextOf({ name: "", sheets: [s] });
    };
    // one unit: each later row meets the first row (a duplicate) in the unit's list
    const one = rows(3, () => "Trường TH số 1");
    expect(counted(() => awardDuplicate.check(one))).toBeGreaterThanOrEqual(2);
    // namesakes in other units born the same day: each later row is compared in the birth-date list
    const born = rows(3, (i) => `Trường TH số ${i + 1}`, "1980-01-01");
    expect(counted(() => awardDuplicate.check(born))).toBeGreaterThanOrEqual(2);
    // no earlier row shares anything: a few rows of one name and award are walked as a list, each
    // earlier row counted (0 + 1 + 2); in maps, nothing is there to compare
    const apart = rows(3, (i) => `Trường TH số ${i + 1}`);
    expect(counted(() => awardDuplicate.check(apart))).toBe(3);
    const saved = candidateList.rows;
    candidateList.rows = 0;
    try {
      expect(counted(() => awardDuplicate.check(apart))).toBe(0);
      // in maps too, each earlier row looked at counts: the first row, in the unit's list
      expect(counted(() => awardDuplicate.check(one))).toBeGreaterThanOrEqual(2);
    } finally {
      candidateList.rows = saved;
    }
  });

  it("the sort counts its comparisons", () => {
    const issue = (cell: string) => ({ file: "a.xlsx", sheet: "Danh sách", cell, message: { vi: cell, en: cell } });
    const rule: Rule = {
      meta: { id: "x", severity: "error", title: { vi: "x", en: "x" }, description: { vi: "x", en: "x" }, fix: { vi: "x", en: "x" } },
      check: () => [issue("B3"), issue("B2"), issue("B1")],
    };
    const ctx = contextOf({ name: "", sheets: [sheetOf("a.xlsx")] });
    expect(counted(() => runRules(ctx, [rule]))).toBeGreaterThanOrEqual(2);
    expect(counted(() => runRules(ctx, []))).toBe(0);
  });
});
