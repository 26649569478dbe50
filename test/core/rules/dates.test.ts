import { dateInvalid } from "../../../src/core/rules/date-invalid";
import { dateOutOfPeriod } from "../../../src/core/rules/date-out-of-period";
import { contextOf, ruleTester, sheetOf } from "./ruleTester";

const period = { from: "2021-01-01", to: "2021-06-30" };
const GK = "Giấy khen Chủ tịch UBND huyện";

ruleTester(dateInvalid, {
  valid: [{ name: "a real date", sheets: [sheetOf("07.xlsx").award({ name: "Cà Văn Chanh", awardText: GK, decisionDate: "2021-05-24" })] }],
  invalid: [
    {
      name: "the reader's finding for 31/6/2021 (planted P02)",
      sheets: [sheetOf("07-xa-toa-tinh.xlsx", "DS khen thưởng", undefined, 17).award({ name: "Thào Seo Súa", awardText: GK }).finding({ rule: "date-invalid", cell: "F17", data: { text: "31/6/2021", reason: "no-such-day" } })],
      issues: [{ cell: "F17", messageIncludes: "tháng 6/2021 chỉ có 30 ngày" }],
    },
    {
      name: "a record carrying an impossible ISO date",
      sheets: [sheetOf("07.xlsx", "DS", undefined, 9).award({ name: "Cà Văn Chanh", awardText: GK, decisionDate: "2021-02-30" })],
      issues: [{ cell: "F9" }],
    },
    { name: "findings of other rules are not this rule's", sheets: [sheetOf("a.xlsx").finding({ rule: "value-required", cell: "B5", data: {} }).finding({ rule: "date-invalid", cell: "F6", data: { text: "32/1/2021" } })], issues: [{ cell: "F6" }] },
  ],
});

ruleTester(dateOutOfPeriod, {
  valid: [
    { name: "inside the period", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK, decisionDate: "2021-06-30" })], options: { period } },
    { name: "no period given", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK, decisionDate: "2020-12-18" })] },
  ],
  invalid: [
    {
      name: "18/12/2020 before the period (planted P09)",
      sheets: [sheetOf("17-xa-phinh-sang.xlsx", "DS khen thưởng", undefined, 9).award({ name: "Tòng Thị Hồng Thủy", awardText: GK, decisionDate: "2020-12-18" })],
      options: { period },
      issues: [{ cell: "F9", messageIncludes: "18/12/2020 nằm ngoài kỳ báo cáo 01/01/2021 - 30/06/2021" }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Both edges of the period, both sides, and the message in full (mutation testing, issue 16)

describe("date-out-of-period: edges of the period", () => {
  const at = (decisionDate: string | undefined, cells?: Record<string, string>) =>
    sheetOf("17-xa-phinh-sang.xlsx", "DS khen thưởng", undefined, 9).award({
      name: "Tòng Thị Hồng Thủy",
      awardText: GK,
      ...(decisionDate === undefined ? {} : { decisionDate }),
      ...(cells ? { cells } : {}),
    });
  const run = (decisionDate: string | undefined, cells?: Record<string, string>) =>
    dateOutOfPeriod.check(contextOf({ name: "", sheets: [at(decisionDate, cells)], options: { period } }));

  it("the period's first and last days are inside; the days just outside are not", () => {
    expect(run("2021-01-01")).toEqual([]);
    expect(run("2021-06-30")).toEqual([]);
    expect(run("2021-03-15")).toEqual([]);
    expect(run("2020-12-31").map((i) => i.cell)).toEqual(["F9"]);
    expect(run("2021-07-01").map((i) => i.cell)).toEqual(["F9"]);
  });

  it("a decision dated after the period is reported in full, in both languages", () => {
    expect(run("2021-07-15")).toEqual([
      {
        file: "17-xa-phinh-sang.xlsx",
        sheet: "DS khen thưởng",
        cell: "F9",
        message: {
          vi: "Quyết định ngày 15/07/2021 nằm ngoài kỳ báo cáo 01/01/2021 - 30/06/2021. Bỏ dòng này khỏi báo cáo kỳ này hoặc sửa lại ngày.",
          en: "Decision dated 15/07/2021 is outside the reporting period 01/01/2021 - 30/06/2021. Remove the row from this report or correct the date.",
        },
      },
    ]);
  });

  it("a missing or non-ISO date is left to the other date rules", () => {
    expect(run(undefined)).toEqual([]);
    expect(run("")).toEqual([]);
    expect(run("15/07/2021")).toEqual([]);
    expect(run("2021-7-15")).toEqual([]);
    expect(run("x2021-07-15")).toEqual([]);
    expect(run("2021-07-15x")).toEqual([]);
  });

  it("flags the date cell, else the decision cell, else the row's own cell", () => {
    expect(run("2022-01-01", { decision: "E9" }).map((i) => i.cell)).toEqual(["E9"]);
    expect(run("2022-01-01", {}).map((i) => i.cell)).toEqual(["B9"]);
  });
});
