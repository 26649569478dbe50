import { ruleMessages, type Rule } from "../rule";
import { issuesFromFindings } from "./findings";

const MESSAGES = ruleMessages("formula-error", {
  errorValue: {
    vi: 'Ô {cell} (cột "{column}") có lỗi {value}; giá trị này không được tính. Sửa công thức hoặc ghi số trực tiếp.',
    en: 'Cell {cell} (column "{column}") shows {value}; it is not counted. Fix the formula or type the number.',
  },
});

/** An error value (#REF!, #DIV/0!, #VALUE!, #N/A) where data is expected. */
export const formulaError: Rule = {
  meta: {
    id: "formula-error",
    severity: "error",
    title: { vi: "Ô có lỗi công thức", en: "Formula error in a cell" },
    description: {
      vi: "Ô trong bảng có giá trị lỗi của Excel (#REF!, #DIV/0!, #VALUE!, #N/A...), thường do công thức tham chiếu tới ô đã bị xóa.",
      en: "A cell in a table holds an Excel error value (#REF!, #DIV/0!, #VALUE!, #N/A...), usually a formula whose reference was deleted.",
    },
    fix: { vi: "Sửa công thức (hoặc ghi số trực tiếp) rồi gửi lại.", en: "Fix the formula (or type the number) and send the file again." },
    messages: MESSAGES.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "formula-error", (f) => MESSAGES.t("errorValue", { cell: f.cell ?? "", column: f.data.column, value: f.data.value })),
};
