/**
 * Number and date formatting for generated report text, as Vietnamese official documents write
 * them: counts under 10 with a leading zero ("03 tập thể"), thousands grouped with "." ("1.762").
 */
import type { Lang } from "../i18n/report-texts";
import { rt } from "../i18n/report-texts";

/** Group thousands: 1762 -> "1.762" (vi) / "1,762" (en). Decimals use "," (vi) / "." (en). */
export function formatNumber(n: number, lang: Lang): string {
  const [intPart, frac] = String(Math.abs(n)).split(".");
  const sep = lang === "vi" ? "." : ",";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = n < 0 ? "-" : "";
  return sign + grouped + (frac ? (lang === "vi" ? "," : ".") + frac : "");
}

/** A count as official sentences write it: 3 -> "03", 56 -> "56", 1762 -> "1.762". */
export function formatCount(n: number, lang: Lang): string {
  if (n >= 0 && n < 10 && Number.isInteger(n)) return "0" + n;
  return formatNumber(n, lang);
}

/**
 * "03 tập thể, 03 cá nhân" — zero counts are left out; returns "" when every count is zero.
 * English: "03 collectives, 01 individual".
 */
export function formatCounts(c: { collectives: number; individuals: number; households: number }, lang: Lang): string {
  const parts: string[] = [];
  const push = (n: number, one: Parameters<typeof rt>[0], many: Parameters<typeof rt>[0]) => {
    if (n > 0) parts.push(`${formatCount(n, lang)} ${rt(n === 1 ? one : many, lang)}`);
  };
  push(c.collectives, "collective1", "collectives");
  push(c.individuals, "individual1", "individuals");
  push(c.households, "household1", "households");
  return parts.join(", ");
}

/** ISO yyyy-mm-dd -> dd/mm/yyyy; other text is returned as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "Từ 01/01/2021 đến 30/06/2021" */
export function formatPeriod(period: { from: string; to: string }, lang: Lang): string {
  return rt("period", lang, { from: formatDate(period.from), to: formatDate(period.to) });
}

/** Round to `decimals` places, removing float noise (0.1 + 0.2 -> 0.3). */
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((n + Math.sign(n) * Number.EPSILON * Math.abs(n)) * f) / f;
}

/** Sums of decimals typed in cells carry float noise (234.4 + 1120.3 ...): keep 9 places. */
export function cleanSum(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
