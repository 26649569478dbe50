/**
 * Figures as a cross-tab: indicators down the rows and, across the columns, units ("Xã A | Xã B |
 * Thị trấn C | Tổng") or periods ("Năm 2022 | Năm 2023", "Quý I … Quý IV"), with no plan or
 * actual column of their own. Units across: each unit's column is that unit's figure. Periods
 * across: the column of the period the title states ("… NĂM 2023") is the actual; when no column
 * is that period, which one to count is unclear and the table is reported, never guessed.
 */
import type { ColumnRole } from "../model";
import { headerKey } from "../text/normalize";
import { headerRole } from "./headers";
import { periodMonths } from "./headerStack";

export interface CrossTab {
  axis: "units" | "periods";
  /** the columns across: a unit's name, or a period ("Năm 2023") with its year when it has one */
  columns: { col: number; label: string; year?: number }[];
  /** periods across: the column of the period the title states, when exactly one is */
  chosen?: number;
}

/** Words that open a unit's name in a column header (a commune, a school, an office). */
const UNIT_HEADER = /^(xa|phuong|thi tran|ubnd|uy ban nhan dan|thon|ban|to dan pho|khu pho|huyen|quan|thi xa|thanh pho|tp|truong|phong|so|cong an|hoi|doan|ban chi huy|bch|tram|trung tam|benh vien|cum|khoi) \S/;
/** A total across the units: not a unit ("Tổng số", "Cộng", "Toàn huyện"). */
const TOTAL_HEADER = /^(tong|cong|tong cong|tong so|chung|toan (huyen|xa|tinh|thanh pho|thi xa|quan|nganh))( |$)/;

function yearOf(key: string): number | undefined {
  const m = /^(?:nam )?(\d{4})$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

/** A header naming a period or a unit (a cross-tab's column), for the share of known header cells. */
export function isCrossTabHeader(text: string): boolean {
  if (text.length > 80) return false;
  const key = headerKey(text);
  return yearOf(key) !== undefined || periodMonths(key) > 0 || UNIT_HEADER.test(key) || TOTAL_HEADER.test(key);
}

/** The one year a table's title states ("BÁO CÁO … NĂM 2023"); none when it states several or none. */
function titleYear(titleLines: string[]): number | undefined {
  const years = new Set<number>();
  for (const line of titleLines) for (const m of headerKey(line).matchAll(/\bnam (\d{4})\b/g)) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The cross-tab a figures header makes: an indicator column, no plan or actual, and two or more
 * columns across that are all units or all periods. Undefined for any other header.
 */
export function crossTabOf(columns: Partial<Record<ColumnRole, number>>, headerTexts: Record<number, string>, titleLines: string[]): CrossTab | undefined {
  if (columns.indicator === undefined || columns.plan !== undefined || columns.actual !== undefined) return undefined;
  const used = new Set(Object.values(columns));
  const units: CrossTab["columns"] = [];
  const periods: CrossTab["columns"] = [];
  for (const [c, text] of Object.entries(headerTexts)) {
    const col = Number(c);
    // a stacked header's lowest text names the column ("Thực hiện / Năm 2023")
    const label = text.split(" / ").pop()!.trim();
    // (a blank label names no year, period or unit: it falls through both tests below)
    if (used.has(col) || headerRole(label)) continue;
    const key = headerKey(label);
    if (yearOf(key) !== undefined || periodMonths(key) > 0) periods.push({ col, label, ...(yearOf(key) ? { year: yearOf(key) } : {}) });
    else if (UNIT_HEADER.test(key)) units.push({ col, label });
  }
  if (units.length >= 2 && periods.length === 0) return { axis: "units", columns: units };
  if (periods.length >= 2 && units.length === 0) {
    const year = titleYear(titleLines);
    const match = periods.filter((p) => year !== undefined && p.year === year);
    return { axis: "periods", columns: periods, ...(match.length === 1 ? { chosen: match[0].col } : {}) };
  }
  return undefined;
}

/**
 * Several columns of one figure role ("Thực hiện năm 2022 | Kế hoạch năm 2023 | Thực hiện năm
 * 2023", or last year's column beside "Thực hiện" / "Cả năm"): the column of the year the title
 * states is the figure, else the first naming no other year. `chosen` is undefined when the title
 * names no single year and the columns name years — unclear, reported, never guessed. Undefined
 * when the role has at most one column or none names a year (the header's own order stands).
 */
export function pickByYear(candidates: { col: number; role: ColumnRole }[], headerTexts: Record<number, string>, role: "plan" | "actual", titleLines: string[]): { chosen?: number } | undefined {
  const cols = [...new Set(candidates.filter((c) => c.role === role).map((c) => c.col))];
  if (cols.length < 2) return undefined;
  const yearAt = (col: number) => {
    const m = /\b(\d{4})\b/.exec(headerKey(headerTexts[col] ?? ""));
    return m ? Number(m[1]) : undefined;
  };
  if (cols.every((c) => yearAt(c) === undefined)) return undefined;
  const year = titleYear(titleLines);
  if (year === undefined) return {};
  const chosen = cols.find((c) => yearAt(c) === year) ?? cols.find((c) => yearAt(c) === undefined);
  return chosen === undefined ? {} : { chosen };
}
