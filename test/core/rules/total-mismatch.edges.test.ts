/**
 * total-mismatch, edges the first test file leaves open (issue 16): the "Cộng" row of a summary
 * holds counts, so it has no rounding tolerance beyond binary noise, even when a count is typed
 * with decimals.
 */
import { totalMismatch } from "../../../src/core/rules/total-mismatch";
import { contextOf, sheetOf } from "./ruleTester";

const summary = (items: number[], total: number) => {
  const s = sheetOf("b.xlsx", "Tổng hợp", undefined, 8);
  for (const n of items) s.summary({ awardText: "Giấy khen", collectives: null, individuals: n });
  s.summary({ awardText: "Cộng", collectives: null, individuals: total, isTotal: true });
  return totalMismatch.check(contextOf({ name: "", sheets: [s] }));
};

describe("total-mismatch: a decimal Cộng row of a summary", () => {
  it("binary noise is no difference: 0,1 + 0,2 stated as 0,3", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(summary([0.1, 0.2], 0.3)).toEqual([]);
    expect(summary([2.5, 4.5], 7)).toEqual([]);
  });

  it("half a count is a difference, shown with its decimals", () => {
    expect(summary([3, 4], 7.5)).toEqual([
      {
        file: "b.xlsx",
        sheet: "Tổng hợp",
        cell: "D10",
        message: {
          vi: "Cộng (Cá nhân): dòng tổng ghi 7,5 nhưng cộng các dòng con được 7 (chênh 0,5). Kiểm tra lại số liệu.",
          en: "Cộng (Individuals): the total says 7.5 but its items add up to 7 (difference 0.5). Check the figures.",
        },
      },
    ]);
  });

  it("a thousandth of a count is a difference too", () => {
    expect(summary([0.1, 0.2], 0.301).map((i) => i.message.en)).toEqual([
      "Cộng (Individuals): the total says 0.301 but its items add up to 0.3 (difference 0.001). Check the figures.",
    ]);
    expect(summary([0.1, 0.2], 0.299)).toHaveLength(1);
  });
});

describe("total-mismatch: parts that are not numbers", () => {
  it("a child that is not a finite number is left out of the sum", () => {
    const s = sheetOf("a.xlsx", "KT-XH", undefined, 5)
      .figure({ indicator: "Tổng đàn", measure: "con", actual: 10, hasChildren: true })
      .figure({ indicator: "Trâu", measure: "con", actual: 10, parent: 0 })
      .figure({ indicator: "Bò", measure: "con", actual: Number.POSITIVE_INFINITY, parent: 0 })
      .figure({ indicator: "Dê", measure: "con", actual: Number.NaN, parent: 0 });
    expect(totalMismatch.check(contextOf({ name: "", sheets: [s] }))).toEqual([]);
    // only parts that are not numbers: no sum, no check
    const none = sheetOf("a.xlsx", "KT-XH", undefined, 5)
      .figure({ indicator: "Tổng đàn", measure: "con", actual: 10, hasChildren: true })
      .figure({ indicator: "Bò", measure: "con", actual: Number.NaN, parent: 0 });
    expect(totalMismatch.check(contextOf({ name: "", sheets: [none] }))).toEqual([]);
  });
});
