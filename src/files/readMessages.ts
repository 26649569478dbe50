/**
 * The reader's errors and warnings, as TdktErrors of the "read" catalogue section
 * (core/i18n/read.ts): each names the file and says what to do. A refusal is thrown (code
 * "file-unreadable", the structural rule that reports it); a warning is shown by its `text`.
 */
import { errorOf, type TdktError } from "../core/errors";
import { FILE_KINDS, READ } from "../core/i18n/read";
import { MAX_CELL_TEXT, MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS, type BudgetProblem } from "./budget";
import type { OtherKind, WorkbookFormat } from "./sniff";
import { MAX_RATIO, MAX_UNPACKED_BYTES } from "./zipGuard";

/** Megabytes with one decimal, as the messages show sizes. */
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const CODE = "file-unreadable";
const WARNING = "file-read-warning";

export const messages = {
  empty: (file: string): TdktError => errorOf(READ, CODE, "empty", { file }, { file }),
  tooLarge: (file: string, size: number): TdktError => errorOf(READ, CODE, "tooLarge", { file }, { file, size: mb(size), limit: mb(MAX_FILE_BYTES) }),
  tooManyCells: (file: string): TdktError => errorOf(READ, CODE, "tooManyCells", { file }, { file, limit: MAX_CELLS }),
  unknownFormat: (file: string): TdktError => errorOf(READ, CODE, "unknownFormat", { file }, { file }),
  encrypted: (file: string, by: "excel" | "ods" = "excel"): TdktError =>
    errorOf(READ, CODE, "encrypted", { file }, { file, unprotect: READ.t(by === "ods" ? "unprotectOds" : "unprotectExcel") }),
  otherKind: (file: string, what: OtherKind): TdktError => errorOf(READ, CODE, "otherKind", { file }, { file, what: FILE_KINDS.t(what) }),
  overBudget: (file: string, p: BudgetProblem): TdktError => errorOf(READ, CODE, "overBudget", { file }, { file, size: mb(p.size), part: p.part, limit: mb(p.limit) }),
  textTooLong: (file: string, sheet: string, cell: string, length: number): TdktError =>
    errorOf(READ, CODE, "textTooLong", { file, sheet, cell }, { file, sheet, cell, length, limit: MAX_CELL_TEXT }),
  tooManyRows: (file: string, sheet: string): TdktError => errorOf(READ, CODE, "tooManyRows", { file, sheet }, { file, sheet, limit: MAX_ROWS }),
  unpackedTooLarge: (file: string, size: number): TdktError =>
    errorOf(READ, CODE, "unpackedTooLarge", { file }, { file, size: mb(size), limit: mb(MAX_UNPACKED_BYTES) }),
  zipBomb: (file: string, ratio: number): TdktError =>
    errorOf(READ, CODE, "zipBomb", { file }, { file, why: ratio ? READ.t("zipRatio", { ratio: Math.round(ratio), limit: MAX_RATIO }) : READ.t("zipFalseSizes") }),
  doctype: (file: string, part: string): TdktError => errorOf(READ, CODE, "doctype", { file }, { file, part }),
  misnamed: (file: string, ext: string, format: WorkbookFormat): TdktError => errorOf(READ, WARNING, "misnamed", { file }, { file, ext, format: FILE_KINDS.t(format) }),
  csvEncoding: (file: string, encoding: "windows-1258" | "legacy-8bit"): TdktError =>
    errorOf(READ, WARNING, encoding === "windows-1258" ? "csvWindows1258" : "csvLegacy8bit", { file }, { file }),
  controlCharacters: (file: string, count: number, first?: string): TdktError =>
    errorOf(READ, WARNING, "controlCharacters", { file }, { file, count, first: first ? READ.t("firstAt", { cell: first }) : "" }),
  noData: (file: string): TdktError => errorOf(READ, WARNING, "noData", { file }, { file }),
  corrupt: (file: string, detail: string): TdktError => errorOf(READ, CODE, "corrupt", { file }, { file, detail }),
};
