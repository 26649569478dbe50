import { ruleMessages, type Rule } from "../rule";
import { issuesFromFindings } from "./findings";

/**
 * `gloss`: the English meaning of a Vietnamese column name, shown after it in English only (its
 * Vietnamese side is empty).
 */
const MESSAGES = ruleMessages("header-missing", {
  unknownHeader: {
    vi: 'Cột {column} có tiêu đề "{header}" không nhận ra; đọc là "{inferred}"{gloss} theo nội dung của cột. Kiểm tra lại và ghi đúng tiêu đề cột.',
    en: 'Column {column}\'s header "{header}" is not recognised; it was read as "{inferred}" ({gloss}) from its contents. Check it and give the column its proper header.',
  },
  blankHeader: {
    vi: 'Cột {column} không có tiêu đề; đọc là "{inferred}"{gloss} theo nội dung của cột. Kiểm tra lại và ghi tiêu đề cho cột.',
    en: 'Column {column} has no header; it was read as "{inferred}" ({gloss}) from its contents. Check it and give the column a header.',
  },
  missingColumn: {
    vi: 'Bảng (tiêu đề ở {header}) không có cột "{missing}"{gloss}. Thêm cột này vào bảng.',
    en: 'The table (header at {header}) has no "{missing}" column ({gloss}). Add the column to the table.',
  },
  /** the award column missing, the rows counted from the title's award (`award`) */
  missingColumnFromTitle: {
    vi: 'Bảng (tiêu đề ở {header}) không có cột "{missing}"{gloss}. Đã tạm tính các dòng theo tiêu đề: "{award}". Thêm cột này vào bảng.',
    en: 'The table (header at {header}) has no "{missing}" column ({gloss}). Rows were counted from the title: "{award}". Add the column to the table.',
  },
});

/** The English meaning of a Vietnamese name, for `gloss`. */
const gloss = (en: string | number | undefined) => ({ vi: "", en: String(en ?? "") });

/**
 * A table whose header lacks a column the table kind needs (award, figures, counts): an error. A
 * column with a blank or unknown header read from its contents is a warning at that header cell.
 */
export const headerMissing: Rule = {
  meta: {
    id: "header-missing",
    severity: "error",
    title: { vi: "Thiếu cột bắt buộc trong tiêu đề bảng", en: "Required column missing from the table header" },
    description: {
      vi: "Bảng không có cột cần cho loại bảng của nó: danh sách khen thưởng thiếu cột \"Hình thức khen thưởng\", biểu chỉ tiêu thiếu cột \"Thực hiện\", bảng tổng hợp thiếu cột \"Tập thể\"/\"Cá nhân\".",
      en: "The table lacks a column its kind needs: an award list without \"Hình thức khen thưởng\", a figures table without \"Thực hiện\", a summary without \"Tập thể\"/\"Cá nhân\".",
    },
    fix: { vi: "Thêm cột còn thiếu vào bảng rồi gửi lại.", en: "Add the missing column to the table and send the file again." },
    messages: MESSAGES.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(
      ctx,
      "header-missing",
      (f) => {
        // a column without a usable header, read from its contents: said at its header cell
        if (f.data.inferredVi) {
          const params = { column: f.data.column, inferred: f.data.inferredVi, gloss: gloss(f.data.inferredEn) };
          return f.data.headerText ? MESSAGES.t("unknownHeader", { ...params, header: f.data.headerText }) : MESSAGES.t("blankHeader", params);
        }
        const params = { header: f.data.header, missing: f.data.missingVi, gloss: gloss(f.data.missingEn) };
        return f.data.titleAward ? MESSAGES.t("missingColumnFromTitle", { ...params, award: f.data.titleAward }) : MESSAGES.t("missingColumn", params);
      },
      (f) => (f.data.inferredVi ? "warning" : undefined),
    ),
};
