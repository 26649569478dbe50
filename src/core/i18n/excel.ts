/**
 * What the pane's Excel side says about the open workbook and this Excel (src/excel): a section of
 * the one catalogue. Warnings about reading the workbook's own sheets, and the requirement check.
 */
import { defineMessages } from "./messages";

export const EXCEL = defineMessages("excel", {
  tooManyMerges: {
    vi: "Sheet “{sheet}”: dòng {row} có hơn {limit} vùng gộp ô, Excel không cho đọc thông tin gộp ô của dòng đó; tiêu đề ở dòng đó được đọc như ô không gộp — hãy kiểm tra kỹ các cột của bảng.",
    en: "Sheet “{sheet}”: row {row} holds more than {limit} merged areas, which Excel will not report; that row is read as unmerged cells — check the table's columns carefully.",
  },
  noMergeApi: {
    vi: "Phiên bản Excel này không cho biết các ô gộp (cần ExcelApi 1.13): tiêu đề bảng được đọc như ô không gộp. Nếu cột nào bị nhận sai, hãy dùng Excel trên web hoặc công cụ dòng lệnh tdkt.",
    en: "This version of Excel does not report merged cells (needs ExcelApi 1.13): table headers are read as unmerged cells. If a column is recognised wrongly, use Excel on the web or the tdkt command line.",
  },
  sheetGone: {
    vi: "Sheet “{sheet}” không còn trong sổ làm việc (đã đổi tên hoặc xóa): không đọc; hãy chọn lại danh sách sheet.",
    en: "Sheet “{sheet}” is no longer in the workbook (renamed or deleted): not read; choose the sheets again.",
  },
  tooOld: {
    vi: "Phiên bản Excel này quá cũ (thiếu {missing}), thường là Excel 2016 bản cài theo giấy phép số lượng lớn. Hãy dùng Excel trên web (trình duyệt), Excel 2019 trở lên, hoặc công cụ dòng lệnh tdkt.",
    en: "This version of Excel is too old (missing {missing}), usually a volume-licensed Excel 2016. Use Excel on the web (a browser), Excel 2019 or later, or the tdkt command line.",
  },
});
