/**
 * total-mismatch: a total that is not the sum of its parts — the "Cộng" row of a Tổng hợp sheet,
 * or a parent indicator ("Tổng đàn gia súc") over its "-" children. A parent holding a live SUM
 * is still checked: the cached value is what Excel shows and what gets copied.
 */
import type { FigureRow, SummaryRow } from "../model";
import { headerKey } from "../text/normalize";
import type { Localized } from "../model";
import { ruleMessages, type Rule } from "./rule";
import { cellOf, num } from "./support";

const MESSAGES = ruleMessages("total-mismatch", {
  /** `label`: the total's or parent's name (untitledTotal when the row has none); `field`: the column (field…) */
  mismatch: {
    vi: "{label} ({field}): dòng tổng ghi {stated} nhưng cộng các dòng con được {sum} (chênh {diff}). Kiểm tra lại số liệu.",
    en: "{label} ({field}): the total says {stated} but its items add up to {sum} (difference {diff}). Check the figures.",
  },
  /** the word units write on a total row: a domain word, the same in English */
  untitledTotal: { vi: "Cộng", en: "Cộng" },
  fieldPlan: { vi: "Kế hoạch", en: "Plan" },
  fieldActual: { vi: "Thực hiện", en: "Actual" },
  fieldCollectives: { vi: "Tập thể", en: "Collectives" },
  fieldIndividuals: { vi: "Cá nhân", en: "Individuals" },
  fieldHouseholds: { vi: "Hộ gia đình", en: "Households" },
});

const FIELD_LABEL = {
  plan: "fieldPlan",
  actual: "fieldActual",
  collectives: "fieldCollectives",
  individuals: "fieldIndividuals",
  households: "fieldHouseholds",
} as const;

/** Decimals a stated value shows (at most 6), for a tolerance of half its last unit. */
function shownDecimals(v: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(v * 10 ** d) / 10 ** d - v) < 1e-9) return d;
  return 6;
}

function sumOf(values: (number | null | undefined)[]): number | null {
  let any = false;
  let s = 0;
  for (const v of values) {
    if (typeof v === "number" && Number.isFinite(v)) {
      any = true;
      s += v;
    }
  }
  // missing values count as 0 only when at least one part has a value
  return any ? s : null;
}

export const totalMismatch: Rule = {
  meta: {
    id: "total-mismatch",
    severity: "error",
    title: { vi: "Dòng tổng không bằng tổng các dòng con", en: "Total differs from the sum of its parts" },
    description: {
      vi: 'Dòng "Cộng"/"Tổng cộng" của bảng Tổng hợp, hoặc chỉ tiêu cha (ví dụ "Tổng đàn gia súc") không bằng tổng các dòng con (Kế hoạch, Thực hiện; Tập thể, Cá nhân).',
      en: 'The "Cộng" row of a summary, or a parent indicator (e.g. "Tổng đàn gia súc"), differs from the sum of its items (plan, actual; collectives, individuals).',
    },
    fix: {
      vi: "Cộng lại các dòng con, sửa dòng tổng hoặc dòng con bị gõ sai.",
      en: "Add up the items again and correct the total or the mistyped item.",
    },
    messages: MESSAGES.templates,
  },
  // each file on its own (rule.ts)
  scope: "file",
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    for (const file of ctx.files) {
      for (const sheet of file.sheets) {
        checkSummaries(sheet.summaries, file.file, sheet.sheet, out);
        checkFigures(sheet.figures, file.file, sheet.sheet, out);
      }
    }
    return out;
  },
};

function report(
  out: ReturnType<Rule["check"]>,
  file: string,
  sheet: string,
  cell: string,
  label: string | Localized,
  field: keyof typeof FIELD_LABEL,
  stated: number,
  sum: number,
) {
  const diff = Math.abs(stated - sum);
  out.push({
    file,
    sheet,
    cell,
    message: MESSAGES.t("mismatch", { label, field: MESSAGES.t(FIELD_LABEL[field]), stated: num(stated), sum: num(sum), diff: num(diff) }),
  });
}

function checkSummaries(rows: SummaryRow[], file: string, sheet: string, out: ReturnType<Rule["check"]>) {
  let items: SummaryRow[] = [];
  let previousTotals: SummaryRow[] = [];
  for (const row of rows) {
    if (!row.isTotal) {
      items.push(row);
      continue;
    }
    // a grand total right after subtotals adds the subtotals
    const parts = items.length ? items : previousTotals;
    for (const field of ["collectives", "individuals", "households"] as const) {
      const stated = row[field];
      if (typeof stated !== "number") continue;
      const sum = sumOf(parts.map((p) => p[field]));
      if (sum === null) continue;
      if (Math.abs(stated - sum) > 1e-9) report(out, file, sheet, cellOf(row, field), row.awardText || MESSAGES.t("untitledTotal"), field, stated, sum);
    }
    previousTotals = items.length ? [...previousTotals, row] : previousTotals;
    items = [];
  }
}

function checkFigures(rows: FigureRow[], file: string, sheet: string, out: ReturnType<Rule["check"]>) {
  const children = new Map<number, FigureRow[]>();
  rows.forEach((r) => {
    if (r.parent === undefined) return;
    const list = children.get(r.parent);
    if (list) list.push(r);
    else children.set(r.parent, [r]);
  });
  for (const [i, kids] of children) {
    const parent = rows[i];
    if (!parent) continue;
    // "Nuôi trồng thủy sản" groups ha and tấn: parts in other units cannot add up to the parent
    const units = new Set([parent, ...kids].map((r) => headerKey(r.measure)).filter(Boolean));
    if (units.size > 1) continue;
    for (const field of ["plan", "actual"] as const) {
      const stated = parent[field];
      if (typeof stated !== "number") continue;
      const sum = sumOf(kids.map((k) => k[field]));
      if (sum === null) continue;
      const tolerance = 0.5 * 10 ** -shownDecimals(stated) + 1e-9;
      if (Math.abs(stated - sum) > tolerance) report(out, file, sheet, cellOf(parent, field), parent.indicator, field, stated, sum);
    }
  }
}
