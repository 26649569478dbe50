/**
 * decision-number-invalid: a decision number not in the "số/loại-cơ quan" form of NĐ 30/2020
 * ("705/QĐ-UBND"), e.g. "QĐ 705": it cannot be traced to a decision.
 */
import { isValidDecisionNumber } from "../values";
import { ruleMessages, type Rule } from "./rule";
import { cellOf, eachAward } from "./support";

const MESSAGES = ruleMessages("decision-number-invalid", {
  badForm: {
    vi: 'Số quyết định "{number}" không đúng mẫu số/ký hiệu (ví dụ 705/QĐ-UBND). Ghi lại đầy đủ theo quyết định.',
    en: 'Decision number "{number}" is not in the number/symbol form (e.g. 705/QĐ-UBND). Write it in full as on the decision.',
  },
});

export const decisionNumberInvalid: Rule = {
  meta: {
    id: "decision-number-invalid",
    severity: "error",
    title: { vi: "Số quyết định sai mẫu", en: "Malformed decision number" },
    description: {
      vi: 'Số quyết định không theo mẫu "số/loại văn bản-cơ quan ban hành" (ví dụ 705/QĐ-UBND), như "QĐ 705" hay "705".',
      en: 'The decision number is not in the "number/type-issuer" form (e.g. 705/QĐ-UBND), such as "QĐ 705" or "705".',
    },
    fix: { vi: "Ghi đầy đủ số, ký hiệu quyết định, ví dụ 705/QĐ-UBND.", en: "Write the full number and symbol, e.g. 705/QĐ-UBND." },
    source: "Nghị định 30/2020/NĐ-CP (thể thức văn bản)",
    messages: MESSAGES.templates,
  },
  // each file on its own (rule.ts)
  scope: "file",
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    for (const { file, sheet, record } of eachAward(ctx)) {
      const n = record.decisionNumber?.trim();
      if (!n || isValidDecisionNumber(n)) continue;
      out.push({
        file: file.file,
        sheet: sheet.sheet,
        cell: cellOf(record, "decisionNumber", "decision"),
        message: MESSAGES.t("badForm", { number: n }),
      });
    }
    return out;
  },
};
