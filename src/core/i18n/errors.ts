/**
 * Error texts that are not a file reader's (read.ts) nor the CLI's usage (cli.ts): a section of the
 * one catalogue. Each is raised as a TdktError (core/errors.ts) carrying its code and location.
 */
import { defineMessages } from "./messages";

export const ERRORS = defineMessages("errors", {
  internal: { vi: "Lỗi bất ngờ của chương trình: {detail}", en: "Unexpected failure: {detail}" },
  notFound: { vi: "Không tìm thấy tệp hoặc thư mục: {path}", en: "File or folder not found: {path}" },
  catalogueClash: { vi: 'Mã danh hiệu "{id}" trùng với mã có sẵn trong danh mục', en: 'Catalogue id "{id}" is a built-in id' },
  catalogueNotArray: { vi: "Tệp danh mục phải chứa một mảng JSON các mục", en: "The catalogue file must hold a JSON array of entries" },
  catalogueEntryMissing: { vi: 'Mục {entry}: thiếu "{field}"', en: 'Entry {entry}: "{field}" is missing' },
  excelUnavailable: { vi: "Excel không sẵn sàng", en: "Excel is not available" },
  workerStopped: { vi: "Tiến trình nền đã dừng: {detail}", en: "The background worker stopped: {detail}" },
  notChecked: { vi: "Hãy kiểm tra các tệp trước ({what})", en: "Check the files first ({what})" },
  noRun: { vi: "Chưa kiểm tra: hãy chọn các tệp và bấm Kiểm tra trước.", en: "Nothing checked yet: choose the files and run Kiểm tra first." },
  notAPickedFile: { vi: "Tệp {file} không nằm trong các tệp đã kiểm tra lần trước", en: "{file} is not a file of the last check" },
  newerData: {
    vi: "Dữ liệu các đơn vị trong sổ làm việc này được ghi bằng phiên bản khác của Tổng hợp TĐKT ({marker}): hãy cập nhật tiện ích để dùng được.",
    en: "The units' data in this workbook was written by another version of Tổng hợp TĐKT ({marker}): update the add-in to use it.",
  },
  noWorkbookData: {
    vi: "Sổ làm việc này không có dữ liệu các đơn vị của lần tổng hợp trước: hãy chọn lại các tệp, Kiểm tra rồi Tổng hợp.",
    en: "This workbook holds no units' data from an earlier consolidation: choose the files again, run Kiểm tra, then Tổng hợp.",
  },
  /** a file's read error (core/i18n/read.ts), already in both languages */
  fileUnreadable: { vi: "{error}", en: "{error}" },
  excelFailed: { vi: "Excel báo lỗi khi {operation}: {detail}{code}", en: "Excel reported an error while {operation}: {detail}{code}" },
  excelProtected: {
    vi: "Sổ làm việc hoặc sheet đang được bảo vệ (Review › Protect Workbook / Protect Sheet), nên tiện ích không ghi được. Không có gì bị ghi dở. Hãy bỏ bảo vệ (Unprotect) rồi bấm lại.",
    en: "The workbook or a sheet is protected (Review › Protect Workbook / Protect Sheet), so the add-in cannot write. Nothing was half written. Unprotect it, then try again.",
  },
  dataSheetTaken: {
    vi: "Sổ làm việc đã có sheet “{sheet}” không do tiện ích tạo, nên dữ liệu các đơn vị không được ghi (sheet đó được giữ nguyên). Hãy đổi tên sheet đó rồi bấm Tổng hợp lại.",
    en: "The workbook already has a sheet “{sheet}” that the add-in did not make, so the units' data was not written (that sheet is left as it is). Rename it, then run Tổng hợp again.",
  },
});

/** The Excel operations a failure names ("Excel reported an error while reading the sheets"). */
export const EXCEL_OPERATIONS = defineMessages("errors.excelOperation", {
  listSheets: { vi: "đọc danh sách sheet", en: "listing the sheets" },
  readSheets: { vi: "đọc dữ liệu các sheet", en: "reading the sheets" },
  writeReport: { vi: "ghi sheet tổng hợp", en: "writing the report sheet" },
  selectCell: { vi: "chọn ô", en: "selecting the cell" },
  activateSheet: { vi: "mở sheet", en: "opening the sheet" },
  writeReportData: { vi: "ghi dữ liệu các đơn vị vào sổ làm việc", en: "writing the units' data into the workbook" },
  readReportData: { vi: "đọc dữ liệu các đơn vị trong sổ làm việc", en: "reading the units' data in the workbook" },
  openCopy: { vi: "mở bản sao thành sổ làm việc mới", en: "opening the copy as a new workbook" },
});
