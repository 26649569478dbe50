/**
 * Errors of the Excel gateway: every office-js failure is wrapped with the operation's name, in
 * Vietnamese and English, and rethrown as an ExcelOperationError — never swallowed.
 */
import type { Localized } from "../core/model";

export class ExcelOperationError extends Error {
  constructor(
    readonly operation: string,
    readonly localized: Localized,
    /** office-js error code ("ItemNotFound", "RequestPayloadSizeLimitExceeded"), when known */
    readonly code: string | undefined,
    override readonly cause?: unknown,
  ) {
    super(localized.en);
    this.name = "ExcelOperationError";
  }
}

export const OPERATION_NAMES: Record<string, Localized> = {
  listSheets: { vi: "đọc danh sách sheet", en: "listing the sheets" },
  readSheets: { vi: "đọc dữ liệu các sheet", en: "reading the sheets" },
  writeReport: { vi: "ghi sheet tổng hợp", en: "writing the report sheet" },
  selectCell: { vi: "chọn ô", en: "selecting the cell" },
  activateSheet: { vi: "mở sheet", en: "opening the sheet" },
  writeReportData: { vi: "ghi dữ liệu các đơn vị vào sổ làm việc", en: "writing the units' data into the workbook" },
  readReportData: { vi: "đọc dữ liệu các đơn vị trong sổ làm việc", en: "reading the units' data in the workbook" },
  openCopy: { vi: "mở bản sao thành sổ làm việc mới", en: "opening the copy as a new workbook" },
};

export async function wrap<T>(operation: keyof typeof OPERATION_NAMES, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ExcelOperationError) throw e;
    const code = (e as { code?: string })?.code;
    if (code === "AccessDenied") throw protectedError(operation, e);
    const detail = (e as { message?: string })?.message ?? String(e);
    const op = OPERATION_NAMES[operation];
    throw new ExcelOperationError(
      operation,
      {
        vi: `Excel báo lỗi khi ${op.vi}: ${detail}${code ? ` (${code})` : ""}`,
        en: `Excel reported an error while ${op.en}: ${detail}${code ? ` (${code})` : ""}`,
      },
      code,
      e,
    );
  }
}

/**
 * A protected workbook structure or a protected sheet refuses the write (Excel's error code
 * AccessDenied, https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 * said plainly, with what to do. The write is all or nothing, so nothing is half written.
 */
export function protectedError(operation: keyof typeof OPERATION_NAMES, cause?: unknown): ExcelOperationError {
  return new ExcelOperationError(
    operation,
    {
      vi: "Sổ làm việc hoặc sheet đang được bảo vệ (Review › Protect Workbook / Protect Sheet), nên tiện ích không ghi được. Không có gì bị ghi dở. Hãy bỏ bảo vệ (Unprotect) rồi bấm lại.",
      en: "The workbook or a sheet is protected (Review › Protect Workbook / Protect Sheet), so the add-in cannot write. Nothing was half written. Unprotect it, then try again.",
    },
    "AccessDenied",
    cause,
  );
}
