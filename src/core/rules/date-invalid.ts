/**
 * date-invalid: a decision date that does not exist ("31/6/2021"). The reader cannot turn such a
 * text into a date, so it leaves a finding { text, reason } with this rule's code; a record whose
 * decisionDate is not a real ISO date is caught here too.
 */
import { daysInMonth } from "../values";
import type { Localized } from "../model";
import { ruleMessages, type Rule } from "./rule";
import { cellOf, eachAward } from "./support";

const ID = "date-invalid";

const MESSAGES = ruleMessages(ID, {
  notADate: {
    vi: 'Ngày quyết định "{text}" không có thật. Ghi lại đúng ngày theo quyết định (dd/mm/yyyy).',
    en: 'Decision date "{text}" does not exist. Write the decision\'s real date (dd/mm/yyyy).',
  },
  /** `why`: noMonth or shortMonth */
  notADateBecause: {
    vi: 'Ngày quyết định "{text}" không có thật ({why}). Ghi lại đúng ngày theo quyết định (dd/mm/yyyy).',
    en: 'Decision date "{text}" does not exist ({why}). Write the decision\'s real date (dd/mm/yyyy).',
  },
  noMonth: { vi: "không có tháng {month}", en: "there is no month {month}" },
  shortMonth: { vi: "tháng {month}/{year} chỉ có {days} ngày", en: "month {month}/{year} has only {days} days" },
});

/** Why a d/m/y text (or a record's y-m-d) is not a date, in words. */
function explain(text: string): Localized | undefined {
  // y-m-d first: read as d/m/y, "2029-02-31" would be 29/02/2031
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const m = iso ? [iso[0], iso[3], iso[2], iso[1]] : /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3].length === 2 ? "20" + m[3] : m[3])];
  if (mo < 1 || mo > 12) return MESSAGES.t("noMonth", { month: mo });
  const max = daysInMonth(y, mo);
  if (d < 1 || d > max) return MESSAGES.t("shortMonth", { month: mo, year: y, days: max });
  return undefined;
}

function message(text: string): Localized {
  const why = explain(text);
  return why ? MESSAGES.t("notADateBecause", { text, why }) : MESSAGES.t("notADate", { text });
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const dateInvalid: Rule = {
  meta: {
    id: ID,
    severity: "error",
    title: { vi: "Ngày quyết định không hợp lệ", en: "Invalid decision date" },
    description: {
      vi: 'Ngày quyết định không tồn tại (ví dụ "31/6/2021": tháng 6 chỉ có 30 ngày) hoặc không đọc được thành ngày.',
      en: 'The decision date does not exist (e.g. "31/6/2021": June has 30 days) or cannot be read as a date.',
    },
    fix: { vi: "Đối chiếu quyết định khen thưởng và ghi lại đúng ngày (dd/mm/yyyy).", en: "Check the award decision and write the right date (dd/mm/yyyy)." },
    messages: MESSAGES.templates,
  },
  // each file on its own (rule.ts)
  scope: "file",
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    const seen = new Set<string>();
    for (const f of ctx.files) {
      for (const s of f.sheets) {
        for (const x of s.findings) {
          if (x.rule !== ID) continue;
          seen.add(`${f.file}|${s.sheet}|${x.cell ?? ""}`);
          out.push({ file: f.file, sheet: s.sheet, cell: x.cell, message: message(String(x.data.text ?? "")) });
        }
      }
      for (const x of f.findings) if (x.rule === ID) out.push({ file: f.file, cell: x.cell, message: message(String(x.data.text ?? "")) });
    }
    for (const { file, sheet, record } of eachAward(ctx)) {
      const iso = record.decisionDate;
      if (!iso) continue;
      const m = ISO.exec(iso);
      if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]))) continue;
      const cell = cellOf(record, "decisionDate", "decision");
      if (seen.has(`${file.file}|${sheet.sheet}|${cell}`)) continue;
      out.push({ file: file.file, sheet: sheet.sheet, cell, message: message(iso) });
    }
    return out;
  },
};
