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
  notAPickedFile: { vi: "Tệp {file} không nằm trong các tệp đã kiểm tra lần trước", en: "{file} is not a file of the last check" },
});
