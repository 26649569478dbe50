import { ruleMessages, type Rule } from "../rule";
import { issuesFromFindings, quote } from "./findings";

const MESSAGES = ruleMessages("value-not-number", {
  notANumber: {
    vi: 'Ô {cell} (cột "{column}") ghi {text}, không phải là số; giá trị này không được cộng vào tổng hợp. Sửa thành số.',
    en: 'Cell {cell} (column "{column}") holds {text}, which is not a number; it is left out of the totals. Write a number.',
  },
});

/** Text in a cell that must hold a number (a figure, a count, a percent). */
export const valueNotNumber: Rule = {
  meta: {
    id: "value-not-number",
    severity: "error",
    title: { vi: "Ô số liệu không phải là số", en: "Text in a numeric cell" },
    description: {
      vi: "Ô thuộc cột số liệu (kế hoạch, thực hiện, tỷ lệ, số tập thể/cá nhân) chứa chữ không đọc được thành số. Số viết kiểu Việt Nam (\"1.762\", \"11.120,3\") được chấp nhận.",
      en: "A cell in a numeric column (plan, actual, percent, counts) holds text that is not a number. Vietnamese-style numbers (\"1.762\", \"11.120,3\") are accepted.",
    },
    fix: { vi: "Ghi số vào ô (ví dụ 0 thay cho \"Không\"), hoặc để trống nếu không có số liệu.", en: "Write a number (e.g. 0 instead of \"Không\"), or leave the cell blank when there is no figure." },
    messages: MESSAGES.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "value-not-number", (f) => MESSAGES.t("notANumber", { cell: f.cell ?? "", column: f.data.column, text: quote(f.data.text) })),
};
