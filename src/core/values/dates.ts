/**
 * Dates in Vietnamese spreadsheets: real date cells (Excel serials with a date format) and dates
 * typed as text ("24/5/2021", "ngày 05 tháng 3 năm 2021"). Vietnamese order is always
 * day/month/year; "5/3/2021" is 5 March, never May 3. Dates travel as ISO "yyyy-mm-dd" strings.
 */

import type { Cell } from "../grid";
import { isPlaceholderText } from "./numbers";
import { remembered } from "../text/remembered";

export type DateRead =
  | { kind: "date"; iso: string }
  | { kind: "invalid"; text: string; reason: "no-such-day" | "bad-month" | "unreadable" }
  | { kind: "none" };

/**
 * true when a number format shows a date: "dd/mm/yyyy", "d/m/yy", "yyyy-mm-dd",
 * "[$-42A]dd/mm/yyyy", "mm/dd/yyyy", "d-mmm-yy". false for "#,##0", "0.0%", "@", General and
 * time-only formats ("hh:mm", where "m" means minutes).
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const sk = numberFormat
    .replace(/"[^"]*"/g, "") // quoted literal text: 0" ngày"
    .replace(/\\./g, "") // escaped characters
    .replace(/\[[^\]]*\]/g, "") // [$-42A], [Red], [h]
    .split(";")[0]
    .toLowerCase();
  if (/^\s*general\s*$/.test(sk)) return false;
  return /[dy]/.test(sk) || /mmm/.test(sk);
}

const DAY_MS = 86_400_000;
/** Serial 61 is 1900-03-01; from there on, serial = days since 1899-12-30. */
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/**
 * Excel 1900 date system serial -> "yyyy-mm-dd". Excel counts a 29 February 1900 that never
 * existed (serial 60), kept here as "1900-02-29" so round trips with Excel hold. The time of day
 * (fraction) is dropped.
 */
export function serialToIso(serial: number): string {
  const days = Math.floor(serial);
  if (days === 60) return "1900-02-29";
  // Before the phantom day, Excel is one day ahead of the real calendar.
  const ms = days < 60 ? EPOCH_AFTER_LEAP_BUG + (days + 1) * DAY_MS : EPOCH_AFTER_LEAP_BUG + days * DAY_MS;
  const dt = new Date(ms);
  return isoOf(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** "yyyy-mm-dd" -> Excel 1900 serial; null when the text is not an existing date. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y === 1900 && mo === 2 && d === 29) return 60;
  if (checkDay(y, mo, d) !== null) return null;
  const days = Math.round((Date.UTC(y, mo - 1, d) - EPOCH_AFTER_LEAP_BUG) / DAY_MS);
  // Dates before 1900-03-01 sit one serial lower (Excel's phantom 29 February comes after them).
  return days < 61 ? days - 1 : days;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** null when (y, m, d) exists, else why not. */
function checkDay(y: number, m: number, d: number): "bad-month" | "no-such-day" | null {
  if (m < 1 || m > 12) return "bad-month";
  if (d < 1 || d > daysInMonth(y, m)) return "no-such-day";
  return null;
}

/**
 * Two-digit years follow Excel's own pivot: 00-29 -> 20xx, 30-99 -> 19xx ("05/3/21" -> 2021, a
 * birth date "12/3/78" -> 1978).
 */
function fullYear(yearText: string): number {
  const y = Number(yearText);
  if (yearText.length === 2) return y <= 29 ? 2000 + y : 1900 + y;
  return y;
}

function fromParts(text: string, dayText: string, monthText: string, yearText: string): DateRead {
  if (yearText.length !== 2 && yearText.length !== 4) return { kind: "invalid", text, reason: "unreadable" };
  const y = fullYear(yearText);
  const m = Number(monthText);
  const d = Number(dayText);
  const problem = checkDay(y, m, d);
  if (problem) return { kind: "invalid", text, reason: problem };
  return { kind: "date", iso: isoOf(y, m, d) };
}

/** d/m/y with "/", "-" or "." (spaces tolerated around them). */
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,4})$/;
/** "ngày 05 tháng 3 năm 2021", with or without diacritics, any case. */
const LONG = /^(?:ng[aàá]y\s*)?(\d{1,2})\s*th[aáà]ng\s*(\d{1,2})\s*(?:n[aăâ]m\s*)?,?\s*(\d{1,4})$/iu;
/** ISO, possibly followed by a time ("2021-05-24T00:00:00", "2021-05-24 00:00"). */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

/**
 * Read a date typed as text. "none" for blank or placeholder text and text without any digit;
 * "invalid" for text that tries to be a date and is not one ("31/6/2021": no-such-day;
 * "13/13/2021": bad-month; "24/5": unreadable). Never throws.
 */
export function parseDateText(text: string): DateRead {
  if (typeof text !== "string") return { kind: "none" };
  // shared by every cell of the same text: frozen, so no caller can change another's
  return remembered(DATE_TEXTS, text, (t) => Object.freeze(readDateText(t)), 50_000);
}

/** parseDateText per distinct text: a list's decision dates and many birth dates repeat. */
const DATE_TEXTS = new Map<string, DateRead>();

function readDateText(text: string): DateRead {
  const raw = text;
  let s = text.normalize("NFC").replace(/[\s\u00a0\u200b]+/g, " ").trim();
  if (s === "" || isPlaceholderText(s)) return { kind: "none" };
  if (!/\d/.test(s)) return { kind: "none" };
  // Trailing full stop or comma, and a leading "ngày" before a numeric date ("ngày 5/3/2021").
  s = s.replace(/[.,;]+$/, "").trim();
  const withoutNgay = s.replace(/^ng[aàá]y\s*:?\s*/iu, "");

  let m = ISO.exec(withoutNgay);
  if (m) return fromParts(raw, m[3], m[2], m[1]);
  m = DMY.exec(withoutNgay);
  if (m) return fromParts(raw, m[1], m[2], m[3]);
  m = LONG.exec(s);
  if (m) return fromParts(raw, m[1], m[2], m[3]);
  return { kind: "invalid", text: raw, reason: "unreadable" };
}

/** Excel serials of 1990-01-01 and 2100-12-31: the range where a bare number may be a date. */
const BARE_SERIAL_MIN = isoToSerial("1990-01-01")!;
const BARE_SERIAL_MAX = isoToSerial("2100-12-31")!;

export interface ReadDateOptions {
  /**
   * Accept a number without a date format as a serial when it lies in 1990..2100 (a date column
   * whose format was lost, as in CSV exports). Off by default: 44340 is also a plain count.
   */
  allowBareSerial?: boolean;
}

/** Read a cell expected to hold a date. */
export function readDateCell(cell: Cell | undefined, options: ReadDateOptions = {}): DateRead {
  if (!cell) return { kind: "none" };
  if (cell.t === "e" || cell.t === "b") {
    return { kind: "invalid", text: cell.w ?? String(cell.v), reason: "unreadable" };
  }
  if (cell.t === "n") {
    const v = typeof cell.v === "number" ? cell.v : Number(cell.v);
    const shown = cell.w ?? String(cell.v);
    if (!Number.isFinite(v)) return { kind: "invalid", text: shown, reason: "unreadable" };
    if (isDateFormat(cell.z)) {
      if (v < 1) return { kind: "invalid", text: shown, reason: "unreadable" };
      return { kind: "date", iso: serialToIso(v) };
    }
    if (options.allowBareSerial && v >= BARE_SERIAL_MIN && v < BARE_SERIAL_MAX + 1) {
      return { kind: "date", iso: serialToIso(v) };
    }
    // A source that knows the display text ("24/05/2021") but not the format.
    if (cell.w !== undefined && /\d\s*[/.-]\s*\d/.test(cell.w)) {
      const fromDisplay = parseDateText(cell.w);
      if (fromDisplay.kind === "date") return fromDisplay;
    }
    return { kind: "invalid", text: shown, reason: "unreadable" };
  }
  return parseDateText(String(cell.v));
}

/** "2021-05-24" -> "24/05/2021" (NĐ 30/2020: day and month below 10 padded). Other text unchanged. */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}
