import type { Localized } from "../../model";
import { ruleMessages, type Rule } from "../rule";
import { issuesFromFindings } from "./findings";

const MESSAGES = ruleMessages("value-required", {
  /** `what`: the value missing (what…), or the column's header */
  blank: {
    vi: 'Ô {cell} (cột "{column}") để trống {what}, trong khi dòng này có dữ liệu. Điền {what}.',
    en: 'Cell {cell} (column "{column}") leaves {what} blank on a row with data. Fill in {what}.',
  },
  /** a blank award taken, for the totals, from the other rows of the same decision */
  blankAssumed: {
    vi: 'Ô {cell} (cột "{column}") để trống {what}, trong khi dòng này có dữ liệu. Đã tạm tính là "{award}" vì mọi dòng khác của Quyết định {decision} đều ghi hình thức này. Điền {what}.',
    en: 'Cell {cell} (column "{column}") leaves {what} blank on a row with data. It was counted as "{award}" because every other row of decision {decision} names that award. Fill in {what}.',
  },
  whatName: { vi: "họ tên / tên tập thể", en: "the name" },
  whatAward: { vi: "hình thức khen thưởng", en: "the award" },
  whatIndicator: { vi: "tên chỉ tiêu", en: "the indicator name" },
  whatGivenName: { vi: "tên (họ tên tách hai cột, dòng là một cá nhân)", en: "the given name (the name is split over two columns and the row is a person)" },
  whatFamilyName: {
    vi: "họ đệm (họ tên tách hai cột, dòng là một cá nhân)",
    en: "the family and middle names (the name is split over two columns and the row is a person)",
  },
});

const WHAT: Record<string, "whatName" | "whatAward" | "whatIndicator" | "whatGivenName" | "whatFamilyName"> = {
  name: "whatName",
  award: "whatAward",
  indicator: "whatIndicator",
  givenName: "whatGivenName",
  familyName: "whatFamilyName",
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
    messages: MESSAGES.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "value-required", (f) => {
      const key = WHAT[String(f.data.what)];
      const what: Localized | string = key ? MESSAGES.t(key) : String(f.data.column);
      const params = { cell: f.cell ?? "", column: f.data.column, what };
      return f.data.inferredAward
        ? MESSAGES.t("blankAssumed", { ...params, award: f.data.inferredAward, decision: f.data.decision })
        : MESSAGES.t("blank", params);
    }),
};
