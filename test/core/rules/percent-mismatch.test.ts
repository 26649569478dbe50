import { percentMismatch } from "../../../src/core/rules/percent-mismatch";
import { contextOf, ruleTester, sheetOf } from "./ruleTester";

const jobs = (percent: number | null, plan: number | null = 58, decimals?: number) =>
  sheetOf("11-xa-muong-thin.xlsx", "KT-XH 6 tháng", undefined, 24).figure({
    indicator: "Giải quyết việc làm",
    measure: "lao động",
    plan,
    actual: 30,
    percent,
    ...(decimals === undefined ? {} : { percentDecimals: decimals }),
  });

ruleTester(percentMismatch, {
  valid: [
    { name: "30 / 58 = 51,72% written 51,7", sheets: [jobs(51.7)] },
    { name: "a fraction cell read as 51.72413 with 1 decimal shown", sheets: [jobs(51.724137, 58, 1)] },
    { name: "no plan", sheets: [jobs(83.7, null)] },
    { name: "plan 0", sheets: [jobs(83.7, 0)] },
    { name: "no percent", sheets: [jobs(null)] },
    { name: "integer percent 52", sheets: [jobs(52, 58, 0)] },
  ],
  invalid: [
    { name: "83,7% stated for 51,7%", sheets: [jobs(83.7, 58, 1)], issues: [{ cell: "F24", messageIncludes: "83,7% nhưng Thực hiện / Kế hoạch = 30 / 58 = 51,7%" }] },
    { name: "51,8 is off by more than half a unit", sheets: [jobs(51.8, 58, 1)], issues: [{ cell: "F24" }] },
  ],
});

// ---------------------------------------------------------------------------------------------
// Precision inferred from the value, both sides of the tolerance, the message in full (issue 16)

describe("percent-mismatch: precision and messages", () => {
  const run = (percent: number | null, decimals?: number, plan: number | null = 58, actual: number | null = 30) =>
    percentMismatch.check(
      contextOf({
        name: "",
        sheets: [
          sheetOf("11-xa-muong-thin.xlsx", "KT-XH 6 tháng", undefined, 24).figure({
            indicator: "Giải quyết việc làm",
            measure: "lao động",
            plan,
            actual,
            percent,
            ...(decimals === undefined ? {} : { percentDecimals: decimals }),
          }),
        ],
      }),
    );

  it("a whole percent with no display format is read at 0 decimals: 52 passes for 51,72, 51 does not", () => {
    expect(run(52)).toEqual([]);
    expect(run(51)).toHaveLength(1);
  });

  it("a percent with no display format off by less than 0,5 is still wrong when it shows a decimal (51,3 for 51,72)", () => {
    expect(run(51.3)).toEqual([
      {
        file: "11-xa-muong-thin.xlsx",
        sheet: "KT-XH 6 tháng",
        cell: "F24",
        message: {
          vi: "Giải quyết việc làm: tỷ lệ ghi 51,3% nhưng Thực hiện / Kế hoạch = 30 / 58 = 51,7%. Sửa lại tỷ lệ hoặc số liệu.",
          en: "Giải quyết việc làm: the percent says 51.3% but actual / plan = 30 / 58 = 51.7%. Correct the percent or the figures.",
        },
      },
    ]);
    expect(run(51.7)).toEqual([]);
    expect(run(51.8)).toHaveLength(1);
  });

  it("a value with more decimals is compared at 2 and shown at 2", () => {
    expect(run(51.72)).toEqual([]);
    expect(run(51.7241)).toEqual([]);
    const [issue] = run(51.75);
    expect(issue.message.vi).toBe("Giải quyết việc làm: tỷ lệ ghi 51,75% nhưng Thực hiện / Kế hoạch = 30 / 58 = 51,72%. Sửa lại tỷ lệ hoặc số liệu.");
  });

  it("a whole percent is shown without decimals and the computed one with one", () => {
    const [issue] = run(60, 0);
    expect(issue.message.en).toBe("Giải quyết việc làm: the percent says 60% but actual / plan = 30 / 58 = 51.7%. Correct the percent or the figures.");
  });

  it("the stated percent is shown at the decimals the cell shows, not as stored", () => {
    const [issue] = run(83.7241, 1);
    expect(issue.message.vi).toBe("Giải quyết việc làm: tỷ lệ ghi 83,7% nhưng Thực hiện / Kế hoạch = 30 / 58 = 51,7%. Sửa lại tỷ lệ hoặc số liệu.");
  });

  it("is skipped without a percent, a plan, an actual, or with a plan of 0", () => {
    expect(run(null)).toEqual([]);
    expect(run(99, 0, null)).toEqual([]);
    expect(run(99, 0, 0)).toEqual([]);
    expect(run(99, 0, 58, null)).toEqual([]);
    expect(run(0, 0, 58, 0)).toEqual([]);
    expect(run(1, 0, 58, 0)).toHaveLength(1);
  });
});
