/**
 * percent-mismatch: the stated "% so với KH" is not Thực hiện / Kế hoạch, to the decimals the cell
 * shows (half a unit of the last decimal either way).
 */
import { percentMatches, roundTo } from "../values";
import type { Rule } from "./rule";
import { cellOf, num } from "./support";

function inferDecimals(v: number): number {
  for (let d = 0; d < 2; d++) if (Math.abs(roundTo(v, d) - v) < 1e-6) return d;
  return 2;
}

export const percentMismatch: Rule = {
  meta: {
    id: "percent-mismatch",
    severity: "error",
    title: { vi: "Tỷ lệ % so với kế hoạch không đúng", en: "Percent of plan is wrong" },
    description: {
      vi: "Tỷ lệ (%) ghi trong bảng khác Thực hiện / Kế hoạch × 100 (làm tròn theo số chữ số thập phân hiển thị). Bỏ qua khi không có kế hoạch hoặc kế hoạch bằng 0.",
      en: "The stated percent differs from actual / plan × 100 (rounded to the decimals shown). Skipped when the plan is empty or 0.",
    },
    fix: {
      vi: "Tính lại tỷ lệ = Thực hiện / Kế hoạch × 100, hoặc sửa số Kế hoạch/Thực hiện bị gõ sai.",
      en: "Recompute percent = actual / plan × 100, or correct the mistyped plan/actual.",
    },
  },
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    for (const file of ctx.files) {
      for (const sheet of file.sheets) {
        for (const row of sheet.figures) {
          const { percent, plan, actual } = row;
          if (percent == null || plan == null || plan === 0 || actual == null) continue;
          const d = row.percentDecimals ?? inferDecimals(percent);
          if (percentMatches(percent, actual, plan, d)) continue;
          const computed = roundTo((actual / plan) * 100, Math.max(d, 1));
          const dd = Math.max(d, 1);
          out.push({
            file: file.file,
            sheet: sheet.sheet,
            cell: cellOf(row, "percent"),
            message: {
              vi: `${row.indicator}: tỷ lệ ghi ${num(roundTo(percent, d), d).vi}% nhưng Thực hiện / Kế hoạch = ${num(actual).vi} / ${num(plan).vi} = ${num(computed, dd).vi}%. Sửa lại tỷ lệ hoặc số liệu.`,
              en: `${row.indicator}: the percent says ${num(roundTo(percent, d), d).en}% but actual / plan = ${num(actual).en} / ${num(plan).en} = ${num(computed, dd).en}%. Correct the percent or the figures.`,
            },
          });
        }
      }
    }
    return out;
  },
};
