/**
 * What the record readers (src/core/records) tell the user about a file's rows and columns: a
 * section of the one catalogue. The row account's reasons are shown in the ledger ("Sổ dòng") and
 * in the rows-not-read warnings; the skipped rows' reasons in the "Nguồn" sheet; the column words
 * fill the header-missing and sheet-no-table warnings.
 */
import { defineMessages } from "./messages";

/** Why a row with data was not read (core/records/rowAccount.ts): each is a warning the user sees. */
export const ROW_NOT_READ = defineMessages("records.notRead", {
  "no-table": { vi: "không tìm thấy bảng trong sheet", en: "no table found in the sheet" },
  "unknown-table": { vi: "bảng không nhận ra loại (không phải danh sách khen thưởng, biểu số liệu hay bảng tổng hợp)", en: "table of unknown kind (not an award list, figures or a summary)" },
  "cross-tab-unclear": {
    vi: "biểu có các kỳ theo cột nhưng không rõ cột nào là kỳ báo cáo (tiêu đề không nêu đúng một năm có trong các cột)",
    en: "figures with periods across the columns, but which column is the report's period is unclear (the title names no single year among them)",
  },
  "outside-columns": { vi: "dữ liệu nằm ngoài các cột của bảng", en: "data outside the table's columns" },
  "above-header": { vi: "dòng có nhiều ô dữ liệu nằm trên dòng tiêu đề bảng", en: "row with several filled cells above the table's header" },
  "item-not-read": { vi: "dòng không đọc được thành bản ghi", en: "row not read into a record" },
  "in-signature": { vi: "dòng giống dòng dữ liệu nằm trong hoặc sau khối chữ ký", en: "row like a data row in or after the signature block" },
});

/** The named structural rows of the row account (row kinds of the layout, the title block, the header). */
export const ROW_STRUCTURAL = defineMessages("records.structural", {
  title: { vi: "khối tiêu đề", en: "title block" },
  header: { vi: "dòng tiêu đề bảng", en: "table header" },
  numbering: { vi: "dòng đánh số cột", en: "column-numbering row" },
  section: { vi: "dòng mục (tiêu đề nhóm)", en: "section row" },
  subtotal: { vi: "dòng cộng / tổng", en: "total row" },
  note: { vi: "dòng ghi chú", en: "note row" },
  signature: { vi: "khối chữ ký", en: "signature block" },
  registry: { vi: "danh mục đơn vị (đọc làm danh mục)", en: "registry of units (read as the registry)" },
  "own-report": { vi: "báo cáo do chương trình tạo ra (không đọc lại)", en: "a report made by this tool (not read again)" },
  example: { vi: "dòng ví dụ / sheet hướng dẫn (không tính)", en: "example row / instruction sheet (not counted)" },
  lookup: { vi: "danh mục tra cứu (không tính)", en: "lookup list (not counted)" },
  values: { vi: "dòng số liệu của biểu xoay (đã đọc vào từng chỉ tiêu)", en: "figure line of a transposed table (read into each indicator)" },
});

/** Why a table's row was skipped (a sheet's ledger, the "Nguồn" sheet): by row kind, then the readers' own. */
export const ROW_SKIPPED = defineMessages("records.skipped", {
  section: { vi: "dòng mục (tiêu đề nhóm)", en: "section row (group title)" },
  subtotal: { vi: "dòng cộng / tổng", en: "total row" },
  header: { vi: "dòng tiêu đề bảng lặp lại", en: "repeated table header" },
  note: { vi: "dòng ghi chú", en: "note row" },
  signature: { vi: "khối chữ ký", en: "signature block" },
  numbering: { vi: "dòng đánh số cột", en: "column-numbering row" },
  lookup: { vi: "dòng danh mục tra cứu (không phải dữ liệu của đơn vị)", en: "look-up list entry (not a unit's data)" },
  example: { vi: "dòng ví dụ của phần hướng dẫn (không tính)", en: "example row of an instruction (not counted)" },
  values: { vi: "dòng số liệu của biểu xoay (chỉ tiêu theo cột), đã đọc vào từng chỉ tiêu", en: "figure line of a transposed table (indicators across), read into each indicator" },
  noIndicator: { vi: "dòng không có chỉ tiêu", en: "row without an indicator" },
  noAwardMarked: { vi: "dòng không đánh dấu danh hiệu nào", en: "row with no award marked" },
  unknownTable: { vi: "bảng không nhận ra loại", en: "table of unknown kind" },
});

/** The readers' words in warnings: columns missing or read from their contents, why a sheet gave no table. */
export const RECORDS = defineMessages("records", {
  // the column a header-missing warning says is missing
  missing_award: { vi: "Hình thức khen thưởng", en: "award" },
  missing_actual: { vi: "Thực hiện", en: "actual figure" },
  missing_counts: { vi: "Tập thể / Cá nhân", en: "counts" },
  // the header a column read from its contents is given (the roles layout/infer.ts fills)
  inferred_name: { vi: "Tên tập thể / cá nhân", en: "recipient's name" },
  inferred_award: { vi: "Hình thức khen thưởng", en: "award" },
  inferred_decisionNumber: { vi: "Số QĐ", en: "decision number" },
  inferred_decisionDate: { vi: "Ngày QĐ", en: "decision date" },
  inferred_actual: { vi: "Thực hiện", en: "actual figure" },
  inferred_plan: { vi: "Kế hoạch", en: "plan" },
  // why no table was read from a sheet (rowAccount.ts whyNoTable)
  noColumnAs: { vi: "không có cột nào được nhận là {role}", en: "no column recognised as {role}" },
  role_award: { vi: "hình thức khen thưởng", en: "the award" },
  role_name: { vi: "họ và tên / tên tập thể", en: "the recipient's name" },
  role_actual: { vi: "số thực hiện", en: "the actual figure" },
  role_plan: { vi: "kế hoạch", en: "the plan" },
  role_indicator: { vi: "chỉ tiêu", en: "the indicator" },
  noHeaderRow: {
    vi: "không nhận ra dòng tiêu đề cột (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, ...)",
    en: "no column header row recognised (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, ...)",
  },
  ownReport: {
    vi: "Đây là báo cáo tổng hợp do Tổng hợp TĐKT tạo ra, không phải tệp của đơn vị: không đọc lại để tránh cộng hai lần.",
    en: "This is a report made by Tổng hợp TĐKT, not a unit's file: it is not read again, so nothing is counted twice.",
  },
});
