/**
 * award-ratio, edge by edge (issue 16): the cap and just past it, the last year under NĐ 91/2017,
 * which rows count, how rows group (unit, year, else file), the message and the cells named.
 */
import { awardRatio } from "../../../src/core/rules/award-ratio";
import type { AwardRecord } from "../../../src/core/model";
import type { CheckOptions } from "../../../src/core/rules/rule";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

type Extra = Partial<AwardRecord>;
/** `ldtt` LĐTT rows then `cstdcs` CSTĐCS rows of one unit (names differ: one person each). */
function unitRows(s: SheetBuilder, unit: string, ldtt: number, cstdcs: number, extra: Extra = {}, cstdcsExtra: Extra = {}): SheetBuilder {
  for (let i = 0; i < ldtt; i++) s.award({ name: `Giáo Viên ${i}`, unit, awardText: "LĐTT", ...extra });
  for (let i = 0; i < cstdcs; i++) s.award({ name: `Giáo Viên ${i}`, unit, awardText: "CSTĐCS", ...extra, ...cstdcsExtra });
  return s;
}
const run = (sheets: SheetBuilder[], options: CheckOptions = {}) => awardRatio.check(contextOf({ name: "", sheets, options }));

describe("award-ratio: edges", () => {
  it("just past the cap (4 / 26 = 15,4%) is reported in full, at the first CSTĐCS, the others related", () => {
    const issues = run([unitRows(sheetOf("20.xlsx", "DS", undefined, 10), "Trường TH Họa Mi", 26, 4)]);
    expect(issues).toEqual([
      {
        file: "20.xlsx",
        sheet: "DS",
        cell: "D36",
        message: {
          vi: "Trường TH Họa Mi: 4 Chiến sĩ thi đua cơ sở / 26 Lao động tiên tiến = 15,4%, vượt mức 15,0%. Xem lại danh sách đề nghị của đơn vị.",
          en: "Trường TH Họa Mi: 4 Chiến sĩ thi đua cơ sở / 26 Lao động tiên tiến = 15.4%, above the 15.0% cap. Review the unit's proposals.",
        },
        related: ["20.xlsx | DS!D37", "20.xlsx | DS!D38", "20.xlsx | DS!D39"],
      },
    ]);
    // 4 / 27 = 14,8%: within
    expect(run([unitRows(sheetOf("20.xlsx"), "Trường TH Họa Mi", 27, 4)])).toEqual([]);
  });

  it("a configured cap: exactly at it passes, one more CSTĐCS does not, and the message names that cap", () => {
    expect(run([unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 3)], { ratioLimit: 0.3 })).toEqual([]);
    const [issue] = run([unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 4)], { ratioLimit: 0.3 });
    expect(issue.message.en).toBe("Trường TH A: 4 Chiến sĩ thi đua cơ sở / 10 Lao động tiên tiến = 40.0%, above the 30.0% cap. Review the unit's proposals.");
  });

  it("2023 is the last year under NĐ 91/2017 (an error); from 2024 only a share the user sets applies, as a warning", () => {
    const dated = (date: string) => [unitRows(sheetOf("a.xlsx"), "Trường TH A", 5, 1, { decisionDate: date })];
    expect(run(dated("2023-12-31")).map((i) => i.severity)).toEqual([undefined]);
    expect(run(dated("2024-01-01"))).toEqual([]);
    expect(run(dated("2024-01-01"), { ratioLimit: 0.15 }).map((i) => i.severity)).toEqual(["warning"]);
    expect(run(dated("2024-01-01"), { ratioLimit: 0.25 })).toEqual([]);
  });

  it("only individuals count: collective and household rows of either award are left out", () => {
    for (const kind of ["collective", "household"] as const) {
      // 2 CSTĐCS of that kind over 10 LĐTT individuals would be 20%
      expect(run([unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 2, {}, { kind })])).toEqual([]);
      // 10 LĐTT of that kind: no individual LĐTT, so no ratio (award-prerequisite's concern)
      expect(run([unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 2, { kind }, { kind: "individual" })])).toEqual([]);
    }
    // a row of no known kind counts as an individual
    expect(run([unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 2, { kind: undefined })])).toHaveLength(1);
  });

  it("other awards are not counted on either side", () => {
    const s = unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 2);
    for (let i = 0; i < 10; i++) s.award({ name: `Người ${i}`, unit: "Trường TH A", awardText: "Giấy khen của Chủ tịch UBND huyện" });
    expect(run([s])).toHaveLength(1);
  });

  it("a row with no unit and no sender belongs to no unit and is not counted", () => {
    expect(run([unitRows(sheetOf("a.xlsx"), "", 5, 2)])).toEqual([]);
  });

  it("a row without a unit counts under its sender, which the message names", () => {
    const [issue] = run([unitRows(sheetOf("a.xlsx", "DS", "UBND xã Quài Nưa"), "", 5, 2)]);
    expect(issue.message.vi).toBe(
      "UBND xã Quài Nưa: 2 Chiến sĩ thi đua cơ sở / 5 Lao động tiên tiến = 40,0%, vượt mức 15,0%. Xem lại danh sách đề nghị của đơn vị.",
    );
  });

  it("undated rows group per file; rows dated in one year group across files", () => {
    const ldttHere = unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 0);
    const cstdcsThere = unitRows(sheetOf("b.xlsx"), "Trường TH A", 0, 2);
    // file b alone has CSTĐCS and no LĐTT: no ratio
    expect(run([ldttHere, cstdcsThere])).toEqual([]);
    const y = { decisionDate: "2022-06-01" };
    const issues = run([unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 0, y), unitRows(sheetOf("b.xlsx"), "Trường TH A", 0, 2, y)]);
    expect(issues.map((i) => [i.file, i.message.en.slice(0, i.message.en.indexOf(" ="))])).toEqual([
      ["b.xlsx", "Trường TH A: 2 Chiến sĩ thi đua cơ sở / 10 Lao động tiên tiến"],
    ]);
    // two years of one unit are two groups
    const two = run([unitRows(sheetOf("a.xlsx"), "Trường TH A", 10, 0, y), unitRows(sheetOf("b.xlsx"), "Trường TH A", 0, 2, { decisionDate: "2023-06-01" })]);
    expect(two).toEqual([]);
  });
});
