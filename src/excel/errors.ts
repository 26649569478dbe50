/**
 * Errors of the Excel gateway: every office-js failure is wrapped with the operation's name, in
 * Vietnamese and English, and rethrown as an ExcelOperationError — never swallowed.
 */
import { errorOf, TdktError } from "../core/errors";
import { ERRORS, EXCEL_OPERATIONS } from "../core/i18n/errors";
import type { Localized } from "../core/model";

/** An office-js failure as the one error type: its code is office-js's ("ItemNotFound", "AccessDenied"). */
export class ExcelOperationError extends TdktError {
  constructor(
    readonly operation: string,
    made: TdktError,
    override readonly cause?: unknown,
  ) {
    super(made.toPlain());
    this.name = "ExcelOperationError";
  }

  /** the message in both languages */
  get localized(): Localized {
    return this.text;
  }
}

export const OPERATION_NAMES = EXCEL_OPERATIONS.templates;

export async function wrap<T>(operation: keyof typeof OPERATION_NAMES, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ExcelOperationError) throw e;
    const code = (e as { code?: string })?.code;
    if (code === "AccessDenied") throw protectedError(operation, e);
    const detail = (e as { message?: string })?.message ?? String(e);
    const made = errorOf(ERRORS, code ?? "excel-failed", "excelFailed", {}, { operation: EXCEL_OPERATIONS.t(operation), detail, code: code ? ` (${code})` : "" });
    throw new ExcelOperationError(operation, made, e);
  }
}

/**
 * A protected workbook structure or a protected sheet refuses the write (Excel's error code
 * AccessDenied, https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 * said plainly, with what to do. The write is all or nothing, so nothing is half written.
 */
export function protectedError(operation: keyof typeof OPERATION_NAMES, cause?: unknown): ExcelOperationError {
  return new ExcelOperationError(operation, errorOf(ERRORS, "AccessDenied", "excelProtected", {}), cause);
}
