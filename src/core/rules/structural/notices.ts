/**
 * What reading noticed that the user should know, though nothing is wrong with a figure: the
 * reader's warnings (a .xlsx that is really .xls, control characters removed, a CSV in code page
 * 1258, our own report picked by mistake), a sheet where no table was recognised, a table with a
 * header and no rows. Nothing is skipped silently.
 */
import type { Rule } from "../rule";
import { issuesFromFindings } from "./findings";

export const fileReadWarning: Rule = {
  meta: {
    id: "file-read-warning",
    severity: "warning",
    title: { vi: "Lưu ý khi đọc tệp", en: "Note on reading the file" },
    description: {
      vi: "Tệp đọc được nhưng có điểm cần biết: đuôi tệp không đúng loại tệp, ký tự điều khiển đã bị bỏ, tệp CSV không theo UTF-8, hoặc tệp là báo cáo tổng hợp do chương trình tạo ra (không đọc lại).",
      en: "The file was read, with something to know: its extension does not match its format, control characters were removed, a CSV not in UTF-8, or the file is a report this tool made (not read again).",
    },
    fix: { vi: "Xem nội dung cảnh báo; nếu cần, lưu lại tệp đúng định dạng rồi chọn lại.", en: "Read the warning; if needed, save the file in the right format and pick it again." },
  },
  check: (ctx) => issuesFromFindings(ctx, "file-read-warning", (f) => ({ vi: String(f.data.vi), en: String(f.data.en) })),
};

export const sheetNoTable: Rule = {
  meta: {
    id: "sheet-no-table",
    severity: "info",
    title: { vi: "Sheet không có bảng nhận ra được", en: "No table recognised in the sheet" },
    description: {
      vi: "Sheet có dữ liệu nhưng không tìm thấy dòng tiêu đề bảng (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, Tập thể, Cá nhân...). Sheet này không được tính vào tổng hợp.",
      en: "The sheet holds data but no table header (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, Tập thể, Cá nhân...) was found. The sheet is not counted.",
    },
    fix: {
      vi: "Nếu sheet là danh sách hoặc biểu số liệu, hãy đặt một dòng tiêu đề cột theo mẫu (ví dụ: STT | Họ và tên | Chức vụ, đơn vị | Hình thức khen thưởng | Số, ngày quyết định).",
      en: "If the sheet is a list or a figures table, give it a header row as in the template (e.g. STT | Họ và tên | Chức vụ, đơn vị | Hình thức khen thưởng | Số, ngày quyết định).",
    },
  },
  check: (ctx) =>
    issuesFromFindings(ctx, "sheet-no-table", (f) => ({
      vi: `Không tìm thấy bảng nào trong sheet (${f.data.cells} ô có dữ liệu); sheet này không được tính vào tổng hợp.`,
      en: `No table was found in the sheet (${f.data.cells} cells hold data); the sheet is not counted.`,
    })),
};

export const tableEmpty: Rule = {
  meta: {
    id: "table-empty",
    severity: "warning",
    title: { vi: "Bảng không có dòng dữ liệu", en: "Table without rows" },
    description: { vi: "Bảng có dòng tiêu đề nhưng không có dòng dữ liệu nào.", en: "The table has a header but no data rows." },
    fix: { vi: "Kiểm tra xem đơn vị có gửi nhầm mẫu trống không.", en: "Check whether the unit sent an empty template by mistake." },
  },
  check: (ctx) =>
    issuesFromFindings(ctx, "table-empty", (f) => ({
      vi: `Bảng có tiêu đề ở ${f.data.header} nhưng không có dòng dữ liệu nào. Kiểm tra xem đơn vị có gửi nhầm mẫu trống không.`,
      en: `The table with its header at ${f.data.header} has no data rows. Check whether the unit sent an empty template.`,
    })),
};
