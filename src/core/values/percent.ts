/**
 * Percent cells ("% kế hoạch", "Tỷ lệ (%)") in the three ways sub-units store them:
 *  - number:   43.8 in a "#,##0.0" cell (the column header says %);
 *  - fraction: 0.438 with a "0.0%" format, as Excel stores a typed "43,8%";
 *  - text:     "43,8%", "43.8 %", "43,8".
 * All three become `percent` = 43.8 with the number of decimals the user sees, so a rule can
 * recompute actual/plan and compare at the precision the sheet shows.
 */

import type { Cell } from "../grid";
import { isPlaceholderText, parseNumberText } from "./numbers";

export type PercentRead =
  | { kind: "number"; percent: number; decimals: number; style: "number" | "fraction" | "text" }
  | { kind: "empty" }
  | { kind: "error"; error: string }
  | { kind: "text"; text: string };

/** Most decimals we infer from a General-format value (43.8333333 shows as 43.83 at most). */
const MAX_INFERRED_DECIMALS = 2;
/** A stored value with this many decimals or more is a computed one (a live formula), not typed. */
const MAX_STORED_DECIMALS = 6;

/** Keep only the part of a format code that shapes digits: no quoted text, escapes or [..]. */
function formatSkeleton(numberFormat: string): string {
  const firstSection = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0];
  return firstSection.replace(/_.|\*./g, "");
}

/**
 * Decimals a number format shows: "0.0%" -> 1, "#,##0.00" -> 2, "0%" -> 0, "#,##0" -> 0.
 * null for General, text ("@") and absent formats: the caller infers from the value.
 */
export function decimalsFromFormat(numberFormat: string | undefined): number | null {
  if (!numberFormat) return null;
  const sk = formatSkeleton(numberFormat);
  // General, text ("@") and an empty skeleton have no digit placeholder: the caller infers
  if (!/[0#?]/.test(sk)) return null;
  const dot = sk.indexOf(".");
  if (dot < 0) return 0;
  const after = /^[0#?]*/.exec(sk.slice(dot + 1))![0];
  return (after.match(/0/g) ?? []).length;
}

/** true when the format shows the value times 100 with a "%" sign ("0.0%", "0%"). */
export function isPercentFormat(numberFormat: string | undefined): boolean {
  return !!numberFormat && formatSkeleton(numberFormat).includes("%");
}

/** Round to `decimals` places, half away from zero, robust to binary noise (1.005 -> 1.01). */
export function roundTo(n: number, decimals: number): number {
  // a non-finite value passes through the arithmetic unchanged (Infinity, NaN)
  const f = 10 ** decimals;
  const scaled = Math.abs(n) * f;
  // Nudge by a relative epsilon so 1.005 * 100 = 100.49999999999999 still rounds up.
  const r = Math.round(scaled * (1 + 1e-12)) / f;
  return n < 0 ? -r : r;
}

/** Decimals needed to write `n` (up to `max`): 43.8 -> 1, 43.83333 -> max. */
function inferDecimals(n: number, max: number): number {
  for (let d = 0; d < max; d++) {
    if (Math.abs(roundTo(n, d) - n) < 1e-9) return d;
  }
  return max;
}

/** Digits after the decimal mark in a display text: "51.7%" -> 1, "1,762" -> null (unsure). */
function decimalsFromDisplay(w: string | undefined): number | null {
  if (w === undefined) return null;
  const parsed = parseNumberText(w.replace(/\s*%\s*$/, ""));
  if (!parsed || parsed.ambiguous) return null;
  return parsed.decimals;
}

/** Read a cell expected to hold a percent. */
export function readPercentCell(cell: Cell | undefined): PercentRead {
  if (!cell) return { kind: "empty" };
  if (cell.t === "e") return { kind: "error", error: String(cell.v) };
  if (cell.t === "b") return { kind: "text", text: cell.w ?? String(cell.v) };
  if (cell.t === "n") {
    const v = typeof cell.v === "number" ? cell.v : Number(cell.v);
    if (!Number.isFinite(v)) return { kind: "text", text: String(cell.v) };
    // Decimals as shown: from the format code, else from the display text ("51.7%"), else inferred.
    const fromFormat = decimalsFromFormat(cell.z) ?? decimalsFromDisplay(cell.w);
    const fraction = isPercentFormat(cell.z) || (cell.w !== undefined && /%\s*$/.test(cell.w));
    if (fraction) {
      // 0.438 * 100 = 43.800000000000004: clean the binary noise, keep real precision.
      const percent = Number((v * 100).toPrecision(15));
      return { kind: "number", percent, decimals: fromFormat ?? inferDecimals(percent, MAX_INFERRED_DECIMALS), style: "fraction" };
    }
    return { kind: "number", percent: v, decimals: fromFormat ?? inferDecimals(v, MAX_INFERRED_DECIMALS), style: "number" };
  }
  const text = String(cell.v);
  const trimmed = text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
  if (trimmed === "" || isPlaceholderText(trimmed)) return { kind: "empty" };
  const parsed = parsePercentText(trimmed);
  if (parsed) return { kind: "number", percent: parsed.percent, decimals: parsed.decimals, style: "text" };
  return { kind: "text", text };
}

/** "43,8%", "43.8 %", "43,8" -> { percent: 43.8, decimals: 1 }; null when not a percent. */
export function parsePercentText(text: string): { percent: number; decimals: number } | null {
  const body = text.replace(/\s*%\s*$/, "");
  const parsed = parseNumberText(body);
  if (!parsed) return null;
  return { percent: parsed.value, decimals: parsed.decimals };
}

/**
 * Does the stated percent agree with actual/plan? Both sides are compared at `decimals` places:
 * the stated value is rounded to them (a fraction cell may hold more than it shows), then it may
 * differ from actual/plan*100 by at most half a unit of the last decimal, so either rounding
 * direction at a tie passes (30/58 = 51.72 -> "51,7" ok; "83,7" not).
 * `allowTruncation` also accepts a value cut instead of rounded (2/3 -> "66,6").
 * A zero or non-finite plan cannot be checked and returns false.
 */
export function percentMatches(
  stated: number,
  actual: number,
  plan: number,
  decimals: number,
  options: { allowTruncation?: boolean } = {},
): boolean {
  // An infinite plan would make any ratio 0. A non-finite stated value or actual, or a zero plan,
  // needs no guard: the stated value or the ratio is then NaN or ±Infinity, and every comparison
  // below is false.
  if (!Number.isFinite(plan)) return false;
  const d = Math.max(0, Math.min(10, Math.floor(decimals)));
  const computed = (actual / plan) * 100;
  const statedRounded = roundTo(stated, d);
  const unit = 10 ** -d;
  if (Math.abs(statedRounded - computed) <= unit / 2 + 1e-9) return true;
  // at the precision the unit stored: 0.9895 shown as "99,0%" is 98,95, and 1345,7 / 1360 =
  // 98,948 agrees with it; rounding it again to the displayed digit would invent an error
  const stored = inferDecimals(stated, MAX_STORED_DECIMALS);
  if (stored > d && stored < MAX_STORED_DECIMALS && Math.abs(stated - computed) <= 10 ** -stored / 2 + 1e-9) return true;
  if (options.allowTruncation) {
    const truncated = Math.trunc(computed * 10 ** d * (1 + 1e-12)) / 10 ** d;
    if (Math.abs(statedRounded - truncated) < 1e-9) return true;
  }
  return false;
}
