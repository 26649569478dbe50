/** The structural rules: what reading the cells can find, before any TĐKT logic. */
import type { Rule } from "../rule";
import { codeUnknown } from "./code-unknown";
import { fileUnreadable } from "./file-unreadable";
import { formulaError } from "./formula-error";
import { headerMissing } from "./header-missing";
import { numberAsText } from "./number-as-text";
import { fileReadWarning, rowsNotRead, sheetNoTable, tableEmpty } from "./notices";
import { textLegacyEncoding } from "./text-legacy-encoding";
import { valueNotNumber } from "./value-not-number";
import { valueRequired } from "./value-required";

export const STRUCTURAL_RULES: Rule[] = [
  fileUnreadable,
  fileReadWarning,
  headerMissing,
  valueRequired,
  valueNotNumber,
  formulaError,
  codeUnknown,
  textLegacyEncoding,
  numberAsText,
  sheetNoTable,
  rowsNotRead,
  tableEmpty,
];
