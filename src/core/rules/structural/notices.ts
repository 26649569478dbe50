/**
 * What reading noticed that the user should know, though nothing is wrong with a figure: the
 * reader's warnings (a .xlsx that is really .xls, control characters removed, a CSV in code page
 * 1258, our own report picked by mistake), a sheet where no table was recognised, a table with a
 * header and no rows. Nothing is skipped silently.
 */
import { ruleMessages, type Rule } from "../rule";
import { issuesFromFindings } from "./findings";

/** `why`, `reason`: the reader's words for why rows were not read, in both languages */
const SHEET_NO_TABLE = ruleMessages("sheet-no-table", {
  notRead: {
    vi: "Sheet '{sheet}': {rows} dòng có dữ liệu không được đọc: {why}. Sheet này không được tính vào tổng hợp.",
    en: "Sheet '{sheet}': {rows} {rows:plural:row|rows} with data not read: {why}. The sheet is not counted.",
  },
});
const ROWS_NOT_READ = ruleMessages("rows-not-read", {
  notRead: {
    vi: "{count} dòng có dữ liệu không được đọc ({reason}): dòng {rows}.",
    en: "{count} {count:plural:row|rows} with data not read ({reason}): {count:plural:row|rows} {rows}.",
  },
});
const TABLE_EMPTY = ruleMessages("table-empty", {
  noRows: {
    vi: "Bảng có tiêu đề ở {header} nhưng không có dòng dữ liệu nào. Kiểm tra xem đơn vị có gửi nhầm mẫu trống không.",
    en: "The table with its header at {header} has no data rows. Check whether the unit sent an empty template.",
  },
});

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
  // from each file's own findings
  scope: "file",
  check: (ctx) => issuesFromFindings(ctx, "file-read-warning", (f) => ({ vi: String(f.data.vi), en: String(f.data.en) })),
};

export const sheetNoTable: Rule = {
  meta: {
    id: "sheet-no-table",
    // a sheet whose rows are not read may hold a unit's whole list: the totals would be short
    // without it, so this is a warning, never a mere note
    severity: "warning",
    title: { vi: "Sheet có dữ liệu nhưng không đọc được bảng nào", en: "Sheet with data from which no table was read" },
    description: {
      vi: "Sheet có dữ liệu nhưng không tìm thấy dòng tiêu đề bảng (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, Tập thể, Cá nhân...). Các dòng của sheet này không được tính vào tổng hợp.",
      en: "The sheet holds data but no table header (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, Tập thể, Cá nhân...) was found. Its rows are not counted.",
    },
    fix: {
      vi: "Nếu sheet là danh sách hoặc biểu số liệu, hãy đặt một dòng tiêu đề cột theo mẫu (ví dụ: STT | Họ và tên | Chức vụ, đơn vị | Hình thức khen thưởng | Số, ngày quyết định). Nếu sheet là hướng dẫn hoặc danh mục, có thể bỏ qua cảnh báo này.",
      en: "If the sheet is a list or a figures table, give it a header row as in the template (e.g. STT | Họ và tên | Chức vụ, đơn vị | Hình thức khen thưởng | Số, ngày quyết định). If it is instructions or a lookup list, this warning can be ignored.",
    },
    messages: SHEET_NO_TABLE.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "sheet-no-table", (f) =>
      SHEET_NO_TABLE.t("notRead", { sheet: f.data.sheet, rows: f.data.rows, why: { vi: String(f.data.whyVi), en: String(f.data.whyEn) } }),
    ),
};

export const rowsNotRead: Rule = {
  meta: {
    id: "rows-not-read",
    severity: "warning",
    title: { vi: "Dòng có dữ liệu không được đọc", en: "Rows with data not read" },
    description: {
      vi: "Trong sheet có bảng được đọc, nhưng một số dòng có dữ liệu không thành bản ghi và cũng không phải dòng tiêu đề, dòng mục, dòng cộng, ghi chú hay chữ ký: chúng không được tính vào tổng hợp.",
      en: "A table was read from the sheet, but some rows holding data became no record and are no header, section, total, note or signature row: they are not counted.",
    },
    fix: {
      vi: "Xem các dòng được nêu: nếu là dữ liệu của đơn vị, hãy đưa vào đúng các cột của bảng (dưới dòng tiêu đề); nếu không, có thể bỏ qua.",
      en: "Look at the rows named: if they are the unit's data, put them in the table's columns (under its header); if not, this can be ignored.",
    },
    messages: ROWS_NOT_READ.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "rows-not-read", (f) =>
      ROWS_NOT_READ.t("notRead", { count: f.data.count, rows: f.data.rows, reason: { vi: String(f.data.reasonVi), en: String(f.data.reasonEn) } }),
    ),
};

export const tableEmpty: Rule = {
  meta: {
    id: "table-empty",
    severity: "warning",
    title: { vi: "Bảng không có dòng dữ liệu", en: "Table without rows" },
    description: { vi: "Bảng có dòng tiêu đề nhưng không có dòng dữ liệu nào.", en: "The table has a header but no data rows." },
    fix: { vi: "Kiểm tra xem đơn vị có gửi nhầm mẫu trống không.", en: "Check whether the unit sent an empty template by mistake." },
    messages: TABLE_EMPTY.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "table-empty", (f) => TABLE_EMPTY.t("noRows", { header: f.data.header })),
};
