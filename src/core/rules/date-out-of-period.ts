/**
 * date-out-of-period: a decision dated outside the reporting period (when a period is given): it
 * belongs to another report, or its date is mistyped.
 */
import { formatDateVi } from "../values";
import { ruleMessages, type Rule } from "./rule";
import { cellOf, eachAward } from "./support";

const MESSAGES = ruleMessages("date-out-of-period", {
  outside: {
    vi: "Quyết định ngày {date} nằm ngoài kỳ báo cáo {from} - {to}. Bỏ dòng này khỏi báo cáo kỳ này hoặc sửa lại ngày.",
    en: "Decision dated {date} is outside the reporting period {from} - {to}. Remove the row from this report or correct the date.",
  },
});

export const dateOutOfPeriod: Rule = {
  meta: {
    id: "date-out-of-period",
    severity: "error",
    title: { vi: "Quyết định ngoài kỳ báo cáo", en: "Decision outside the reporting period" },
    description: {
      vi: "Ngày quyết định khen thưởng nằm ngoài kỳ báo cáo (chỉ kiểm tra khi đã chọn kỳ báo cáo).",
      en: "The award decision is dated outside the reporting period (checked only when a period is set).",
    },
    fix: {
      vi: "Bỏ dòng này khỏi báo cáo kỳ này (đã báo cáo ở kỳ khác) hoặc sửa lại ngày nếu gõ nhầm.",
      en: "Remove the row from this period's report (it belongs to another period) or correct a mistyped date.",
    },
    options: { vi: "period: { from, to } (yyyy-mm-dd).", en: "period: { from, to } (yyyy-mm-dd)." },
    messages: MESSAGES.templates,
  },
  // each file on its own (rule.ts)
  scope: "file",
  check(ctx) {
    const period = ctx.options.period;
    if (!period) return [];
    const out: ReturnType<Rule["check"]> = [];
    const [from, to] = [formatDateVi(period.from), formatDateVi(period.to)];
    for (const { file, sheet, record } of eachAward(ctx)) {
      const d = record.decisionDate;
      if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d)) continue;
      if (d >= period.from && d <= period.to) continue;
      out.push({
        file: file.file,
        sheet: sheet.sheet,
        cell: cellOf(record, "decisionDate", "decision"),
        message: MESSAGES.t("outside", { date: formatDateVi(d), from, to }),
      });
    }
    return out;
  },
};
