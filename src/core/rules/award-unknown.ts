/**
 * award-unknown: an award text that matches no catalogue entry. Misspellings are never accepted
 * silently ("Lao đông tiến tiến"): the message suggests the nearest official name.
 */
import type { Rule } from "./rule";
import { awardInfo, cellOf, eachAward } from "./support";

export const awardUnknown: Rule = {
  meta: {
    id: "award-unknown",
    severity: "error",
    title: { vi: "Danh hiệu / hình thức khen thưởng không có trong danh mục", en: "Unknown award" },
    description: {
      vi: "Tên danh hiệu thi đua hoặc hình thức khen thưởng không khớp danh mục (tên chính thức, cách viết tắt thông dụng như LĐTT, CSTĐCS, TTLĐTT, GK CT UBND huyện; chấp nhận khác kiểu bỏ dấu, hoa/thường, gõ không dấu hoàn toàn). Chữ có dấu nhưng sai dấu được coi là sai chính tả.",
      en: "The award text matches no catalogue entry (official names and common abbreviations such as LĐTT, CSTĐCS, TTLĐTT, GK CT UBND huyện; tone placement, case and text typed entirely without accents are accepted). Text with wrong diacritics is a misspelling.",
    },
    fix: {
      vi: "Sửa lại đúng tên danh hiệu/hình thức khen thưởng theo quyết định (xem gợi ý trong thông báo).",
      en: "Write the award's official name as in the decision (see the suggestion in the message).",
    },
  },
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    for (const { file, sheet, record } of eachAward(ctx)) {
      const text = (record.awardText ?? "").trim();
      if (!text) continue;
      const m = awardInfo(record).match;
      if (m.kind === "known") continue;
      const s = m.suggestion;
      out.push({
        file: file.file,
        sheet: sheet.sheet,
        cell: cellOf(record, "award"),
        message: s
          ? {
              vi: `"${text}" không có trong danh mục danh hiệu, hình thức khen thưởng. Có phải "${s.name}"? Sửa lại cho đúng tên chính thức.`,
              en: `"${text}" is not a known award. Did you mean "${s.name}"? Write the official name.`,
            }
          : {
              vi: `"${text}" không có trong danh mục danh hiệu, hình thức khen thưởng. Ghi đúng tên theo quyết định khen thưởng.`,
              en: `"${text}" is not a known award. Write the name as the award decision states it.`,
            },
      });
    }
    return out;
  },
};
