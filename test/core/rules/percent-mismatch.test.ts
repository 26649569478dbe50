import { percentMismatch } from "../../../src/core/rules/percent-mismatch";
import { ruleTester, sheetOf } from "./ruleTester";

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
