import type { Rule } from "../rule";
import { issuesFromFindings } from "./findings";

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
  },
  check: (ctx) =>
    issuesFromFindings(
      ctx,
      "header-missing",
      (f) => {
        // a column without a usable header, read from its contents: said at its header cell
        if (f.data.inferredVi)
          return {
            vi: f.data.headerText
              ? `Cột ${f.data.column} có tiêu đề "${f.data.headerText}" không nhận ra; đọc là "${f.data.inferredVi}" theo nội dung của cột. Kiểm tra lại và ghi đúng tiêu đề cột.`
              : `Cột ${f.data.column} không có tiêu đề; đọc là "${f.data.inferredVi}" theo nội dung của cột. Kiểm tra lại và ghi tiêu đề cho cột.`,
            en: f.data.headerText
              ? `Column ${f.data.column}'s header "${f.data.headerText}" is not recognised; it was read as "${f.data.inferredVi}" (${f.data.inferredEn}) from its contents. Check it and give the column its proper header.`
              : `Column ${f.data.column} has no header; it was read as "${f.data.inferredVi}" (${f.data.inferredEn}) from its contents. Check it and give the column a header.`,
          };
        const fromTitle = f.data.titleAward ? String(f.data.titleAward) : "";
        return {
          vi:
            `Bảng (tiêu đề ở ${f.data.header}) không có cột "${f.data.missingVi}".` +
            (fromTitle ? ` Đã tạm tính các dòng theo tiêu đề: "${fromTitle}".` : "") +
            " Thêm cột này vào bảng.",
          en:
            `The table (header at ${f.data.header}) has no "${f.data.missingVi}" column (${f.data.missingEn}).` +
            (fromTitle ? ` Rows were counted from the title: "${fromTitle}".` : "") +
            " Add the column to the table.",
        };
      },
      (f) => (f.data.inferredVi ? "warning" : undefined),
    ),
};
