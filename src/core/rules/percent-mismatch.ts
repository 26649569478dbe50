/**
 * percent-mismatch: the stated "% so với KH" is not Thực hiện / Kế hoạch, to the decimals the cell
 * shows (half a unit of the last decimal either way).
 */
import { percentMatches, roundTo } from "../values";
import { ruleMessages, type Rule } from "./rule";
import { cellOf, num } from "./support";

const MESSAGES = ruleMessages("percent-mismatch", {
  /** numbers shown with the decimals the sheet shows (`stated`, at least one for `computed`) */
  mismatch: {
    vi: "{indicator}: tỷ lệ ghi {stated}% nhưng Thực hiện / Kế hoạch = {actual} / {plan} = {computed}%. Sửa lại tỷ lệ hoặc số liệu.",
    en: "{indicator}: the percent says {stated}% but actual / plan = {actual} / {plan} = {computed}%. Correct the percent or the figures.",
  },
});

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
    messages: MESSAGES.templates,
  },
  // each file on its own (rule.ts)
  scope: "file",
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
            message: MESSAGES.t("mismatch", {
              indicator: row.indicator,
              stated: num(roundTo(percent, d), d),
              actual: num(actual),
              plan: num(plan),
              computed: num(computed, dd),
            }),
          });
        }
      }
    }
    return out;
  },
};
