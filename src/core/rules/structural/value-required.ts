import type { Rule } from "../rule";
import { issuesFromFindings } from "./findings";

const WHAT: Record<string, { vi: string; en: string }> = {
  name: { vi: "họ tên / tên tập thể", en: "the name" },
  award: { vi: "hình thức khen thưởng", en: "the award" },
  indicator: { vi: "tên chỉ tiêu", en: "the indicator name" },
  givenName: { vi: "tên (họ tên tách hai cột, dòng là một cá nhân)", en: "the given name (the name is split over two columns and the row is a person)" },
  familyName: { vi: "họ đệm (họ tên tách hai cột, dòng là một cá nhân)", en: "the family and middle names (the name is split over two columns and the row is a person)" },
};

/** A row that counts (it has an award or figures) but lacks a value it must have. */
export const valueRequired: Rule = {
  meta: {
    id: "value-required",
    severity: "error",
    title: { vi: "Thiếu giá trị bắt buộc", en: "Required value missing" },
    description: {
      vi: "Một dòng có dữ liệu nhưng để trống ô bắt buộc: họ tên (hoặc tên tập thể), hình thức khen thưởng, tên chỉ tiêu.",
      en: "A row with data leaves a required cell blank: the name, the award, or the indicator name.",
    },
    fix: { vi: "Điền giá trị còn thiếu vào ô được chỉ ra.", en: "Fill in the missing value in the cell shown." },
  },
  check: (ctx) =>
    issuesFromFindings(ctx, "value-required", (f) => {
      const what = WHAT[String(f.data.what)] ?? { vi: String(f.data.column), en: String(f.data.column) };
      // a blank award taken, for the totals, from the other rows of the same decision
      const assumed = f.data.inferredAward
        ? {
            vi: ` Đã tạm tính là "${f.data.inferredAward}" vì mọi dòng khác của Quyết định ${f.data.decision} đều ghi hình thức này.`,
            en: ` It was counted as "${f.data.inferredAward}" because every other row of decision ${f.data.decision} names that award.`,
          }
        : { vi: "", en: "" };
      return {
        vi: `Ô ${f.cell} (cột "${f.data.column}") để trống ${what.vi}, trong khi dòng này có dữ liệu.${assumed.vi} Điền ${what.vi}.`,
        en: `Cell ${f.cell} (column "${f.data.column}") leaves ${what.en} blank on a row with data.${assumed.en} Fill in ${what.en}.`,
      };
    }),
};
