/**
 * summary-mismatch: a unit's own "Tổng hợp" sheet disagrees with its own award list. Counted per
 * award as reported (TTLĐTT under "Lao động tiên tiến", as the seed report totals it) and per kind;
 * a misspelled award counts as the award it was meant to be only as far as the suggestion policy
 * counts it. Rows still unsettled ("Chưa xác định") whose suggestion is this award may be what the
 * unit's summary counted: a difference they can explain is a warning that says so, not an error —
 * the engine cannot know yet, and the user settles those rows first.
 */
import { awardById, matchAward } from "../domain/awards";
import type { RecipientKind, SummaryRow } from "../model";
import { ruleMessages, type Rule } from "./rule";
import { kindCount } from "../i18n/rules";
import { awardMatchOf, cellOf } from "./support";

const MESSAGES = ruleMessages("summary-mismatch", {
  unsettled: {
    vi: "{award}: bảng Tổng hợp ghi {stated} nhưng danh sách khen thưởng của đơn vị có {listed} dòng đã xác định và {unsettled} dòng chưa xác định có thể là {award} ({names}). Xác định các dòng đó (ô chọn trong Kiểm tra, --award-map) rồi đối chiếu lại.",
    en: "{award}: the summary says {stated} but the unit's award list has {listed} settled {listed:plural:row|rows} and {unsettled} unsettled {unsettled:plural:row|rows} that may be {award} ({names}). Settle those rows (the picker in Kiểm tra, --award-map), then reconcile again.",
  },
  /** `stated`: a count with its kind ("5 tập thể") */
  mismatch: {
    vi: "{award}: bảng Tổng hợp ghi {stated} nhưng danh sách khen thưởng của đơn vị có {listed}. Đối chiếu lại danh sách và bảng Tổng hợp.",
    en: "{award}: the summary says {stated} but the unit's award list has {listed}. Reconcile the list and the summary.",
  },
});

const FIELDS: [RecipientKind, "collectives" | "individuals" | "households"][] = [
  ["collective", "collectives"],
  ["individual", "individuals"],
  ["household", "households"],
];

export const summaryMismatch: Rule = {
  meta: {
    id: "summary-mismatch",
    severity: "error",
    title: { vi: "Bảng tổng hợp của đơn vị không khớp danh sách", en: "The unit's summary does not match its list" },
    messages: MESSAGES.templates,
    description: {
      vi: 'Số tập thể / cá nhân / hộ gia đình ghi ở sheet "Tổng hợp" của một tệp khác số dòng khen thưởng cùng hình thức trong danh sách của chính tệp đó. "Tập thể lao động tiên tiến" được tính vào tập thể của "Lao động tiên tiến".',
      en: 'The collectives / individuals / households stated in a file\'s "Tổng hợp" sheet differ from the number of award rows of that award in the same file. "Tập thể lao động tiên tiến" counts as collectives of "Lao động tiên tiến".',
    },
    fix: {
      vi: "Đếm lại danh sách và sửa bảng Tổng hợp (hoặc bổ sung/bỏ dòng thừa trong danh sách).",
      en: "Count the list again and correct the summary (or add/remove the list rows).",
    },
  },
  // each file on its own (rule.ts)
  scope: "file",
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    for (const file of ctx.files) {
      const summaries = file.sheets.flatMap((s) => s.summaries.filter((r) => !r.isTotal).map((r) => ({ sheet: s.sheet, row: r })));
      if (!summaries.length) continue;
      const records = file.sheets.flatMap((s) => s.awards);
      if (!records.length) continue;
      // list counts per reported award id and kind
      const counts = new Map<string, Record<RecipientKind, number>>();
      // unsettled rows by the award they are suggested as, with the names as written
      const maybe = new Map<string, { count: Record<RecipientKind, number>; names: Set<string> }>();
      for (const r of records) {
        const info = awardMatchOf(r);
        const entry = info.intended;
        if (!entry && r.kind && info.match.kind === "unknown" && info.match.suggestion) {
          const id = info.match.suggestion.reportAs;
          const m = maybe.get(id) ?? { count: { collective: 0, individual: 0, household: 0 }, names: new Set<string>() };
          m.count[r.kind]++;
          m.names.add(r.awardText ?? "");
          maybe.set(id, m);
        }
        if (!entry || !r.kind) continue;
        const c = counts.get(entry.reportAs) ?? { collective: 0, individual: 0, household: 0 };
        c[r.kind]++;
        counts.set(entry.reportAs, c);
      }
      // summary rows grouped by reported award (a summary may list TTLĐTT on its own row)
      // (each row with its sheet: a summary may be split over two sheets, and the issue names the row's)
      const groups = new Map<string, { sheets: string[]; rows: SummaryRow[] }>();
      for (const { sheet, row } of summaries) {
        const m = matchAward(row.awardText ?? "");
        if (m.kind !== "known") continue;
        const id = m.award.reportAs;
        const g = groups.get(id);
        if (g) {
          g.rows.push(row);
          g.sheets.push(sheet);
        } else groups.set(id, { sheets: [sheet], rows: [row] });
      }
      for (const [id, g] of groups) {
        const listed = counts.get(id) ?? { collective: 0, individual: 0, household: 0 };
        const name = awardById(id)?.name ?? id;
        for (const [kind, field] of FIELDS) {
          const statedValues = g.rows.map((r) => r[field]);
          if (kind === "household" && statedValues.every((v) => v == null) && listed.household === 0) continue;
          const stated = statedValues.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
          if (stated === listed[kind]) continue;
          const at = g.rows.find((r) => typeof r[field] === "number") ?? g.rows[0];
          const sheet = g.sheets[g.rows.indexOf(at)];
          const unsettled = maybe.get(id);
          if (unsettled && stated > listed[kind] && stated - listed[kind] <= unsettled.count[kind]) {
            out.push({
              file: file.file,
              sheet,
              cell: cellOf(at, field),
              severity: "warning",
              message: MESSAGES.t("unsettled", {
                award: name,
                stated: kindCount(kind, stated),
                listed: listed[kind],
                unsettled: unsettled.count[kind],
                names: [...unsettled.names].map((n) => `"${n}"`).join(", "),
              }),
            });
            continue;
          }
          out.push({
            file: file.file,
            sheet,
            cell: cellOf(at, field),
            message: MESSAGES.t("mismatch", { award: name, stated: kindCount(kind, stated), listed: listed[kind] }),
          });
        }
      }
    }
    return out;
  },
};
