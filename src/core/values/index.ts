/** Values read from cells: numbers, percents, dates, decision references. */
export {
  parseNumberText,
  readNumberCell,
  formatNumberVi,
  formatNumberEn,
  isPlaceholderText,
  type ParsedNumber,
  type ParseNumberOptions,
  type NumberRead,
} from "./numbers";
export {
  readPercentCell,
  parsePercentText,
  percentMatches,
  decimalsFromFormat,
  isPercentFormat,
  roundTo,
  type PercentRead,
} from "./percent";
export {
  isDateFormat,
  serialToIso,
  isoToSerial,
  daysInMonth,
  parseDateText,
  readDateCell,
  formatDateVi,
  type DateRead,
  type ReadDateOptions,
} from "./dates";
export { parseDecisionRef, isValidDecisionNumber, decisionNumberKey, type DecisionRef } from "./decisions";
