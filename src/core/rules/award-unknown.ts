/**
 * award-unknown: an award text that resolves to no catalogue entry. Nothing is counted on a guess:
 * the row goes on a "Chưa xác định" line of the report until the user maps it (--award-map, the
 * pane's picker). A misspelling gets the nearest official name as a suggestion only; a bare
 * "Bằng khen" / "CSTĐ" / "Huân chương Lao động" says what is missing (issuer, level, class).
 */
import { awardById, matchAward } from "../domain/awards";
import { AWARD_POLICY } from "../domain/config";
import { ruleMessages, type Rule } from "./rule";
import { awardInfo, cellOf, eachAward } from "./support";

const MESSAGES = ruleMessages("award-unknown", {
  userSettled: { vi: 'Người dùng đã xác định "{text}" là "{award}".', en: 'The user settled "{text}" as "{award}".' },
  userExcluded: { vi: 'Người dùng đã quyết định không tính "{text}".', en: 'The user decided not to count "{text}".' },
  /** `need`: what the name lacks (needsIssuer, needsClass, needsLevel); `apart`: how the row is counted (counted…) */
  incomplete: {
    vi: '"{text}" {need}, nên chưa xác định được là mục nào trong danh mục. {apart}',
    en: '"{text}" {need}, so it matches no single catalogue entry. {apart}',
  },
  needsIssuer: { vi: "không ghi cấp khen (ai tặng)", en: "does not say who granted it" },
  needsClass: { vi: "không ghi hạng (Nhất, Nhì, Ba)", en: "does not give the class (Nhất, Nhì, Ba)" },
  needsLevel: { vi: "không ghi cấp (cơ sở, tỉnh/Bộ, toàn quốc)", en: "does not give the level (cơ sở, tỉnh/Bộ, toàn quốc)" },
  misspelt: {
    vi: '"{text}" không có trong danh mục danh hiệu, hình thức khen thưởng. Có phải "{suggestion}"? Sửa lại cho đúng tên chính thức. {apart}',
    en: '"{text}" is not a known award. Did you mean "{suggestion}"? Write the official name. {apart}',
  },
  unknown: {
    vi: '"{text}" không có trong danh mục danh hiệu, hình thức khen thưởng. Ghi đúng tên theo quyết định khen thưởng. {apart}',
    en: '"{text}" is not a known award. Write the name as the award decision states it. {apart}',
  },
  countedSlip: { vi: "Dòng này được tính vào danh hiệu gợi ý (chỉ khác chính tả).", en: "The row is counted under the suggested award (a spelling slip only)." },
  countedSuggested: {
    vi: "Dòng này đang được tính vào danh hiệu gợi ý; hãy xác nhận hoặc sửa (--award-map, ô chọn trong Kiểm tra).",
    en: "The row is counted under the suggested award for now; confirm or correct it (--award-map, the picker in Kiểm tra).",
  },
  countedApart: { vi: 'Dòng này được tổng hợp riêng ở mục "Chưa xác định".', en: 'The row is totalled apart, on a "Chưa xác định" line.' },
  localEntry: {
    vi: '"{award}" ({rows} dòng) được xác định theo danh mục riêng của tỉnh do người dùng cung cấp, không phải danh mục theo Luật Thi đua, khen thưởng.',
    en: '"{award}" ({rows} {rows:plural:row|rows}) is settled by the province\'s own catalogue the user gave, not by the catalogue of the TĐKT law.',
  },
});

const NEEDS = { issuer: "needsIssuer", class: "needsClass", level: "needsLevel" } as const;

export const awardUnknown: Rule = {
  meta: {
    id: "award-unknown",
    severity: "warning",
    title: { vi: "Danh hiệu / hình thức khen thưởng chưa xác định", en: "Award not settled" },
    description: {
      vi: "Tên danh hiệu thi đua hoặc hình thức khen thưởng không khớp một mục của danh mục (tên chính thức, cách viết tắt thông dụng như LĐTT, CSTĐCS, TTLĐTT, GK CT UBND huyện; chấp nhận khác kiểu bỏ dấu, hoa/thường, gõ không dấu hoàn toàn), hoặc thiếu cấp khen / hạng / cấp danh hiệu mà không cột nào khác cho biết. Dòng đó được tổng hợp riêng ở mục \"Chưa xác định\", không cộng vào tổng.",
      en: "The award text matches no catalogue entry (official names and common abbreviations such as LĐTT, CSTĐCS, TTLĐTT, GK CT UBND huyện; tone placement, case and text typed entirely without accents are accepted), or lacks the issuer / class / level and no other column gives it. The row is totalled apart on a \"Chưa xác định\" line, outside the totals.",
    },
    fix: {
      vi: "Sửa lại đúng tên danh hiệu/hình thức khen thưởng theo quyết định, hoặc chọn mục tương ứng trong danh mục (--award-map, ô chọn trong Kiểm tra).",
      en: "Write the award's official name as in the decision, or map the name to a catalogue entry (--award-map, the picker in Kiểm tra).",
    },
    messages: MESSAGES.templates,
  },
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    // a province's own entries (--catalogue, the pane's catalogue file): shown once each, with their rows
    const local = new Map<string, { file: string; sheet: string; cell: string; rows: number }>();
    for (const { file, sheet, record } of eachAward(ctx)) {
      const text = (record.awardText ?? "").trim();
      if (!text) continue;
      const own = record.awardId ? awardById(record.awardId) : undefined;
      if (own?.source === "local") {
        const seen = local.get(own.id) ?? { file: file.file, sheet: sheet.sheet, cell: cellOf(record, "award"), rows: 0 };
        seen.rows++;
        local.set(own.id, seen);
      }
      if (record.awardSettledBy === "user") {
        // the user's decision (--award-map, the pane's picker): shown, never an error
        const to = record.awardExcluded ? undefined : awardById(record.awardId ?? "");
        // a name the catalogue knows by itself needs no note (settling it changed nothing)
        if (!record.awardExcluded && matchAward(text).kind === "known") continue;
        out.push({
          file: file.file,
          sheet: sheet.sheet,
          cell: cellOf(record, "award"),
          severity: "info",
          message: to ? MESSAGES.t("userSettled", { text, award: to.name }) : MESSAGES.t("userExcluded", { text }),
        });
        continue;
      }
      const m = awardInfo(record).match;
      if (m.kind === "known") continue;
      const s = m.suggestion;
      const policy = AWARD_POLICY.countSuggested;
      const counted = !!s && (policy === "all" || (policy === "slips" && !!m.slip));
      const apart = MESSAGES.t(counted ? (m.slip ? "countedSlip" : "countedSuggested") : "countedApart");
      const message = m.incomplete
        ? MESSAGES.t("incomplete", { text, need: MESSAGES.t(NEEDS[m.incomplete.needs]), apart })
        : s
          ? MESSAGES.t("misspelt", { text, suggestion: s.name, apart })
          : MESSAGES.t("unknown", { text, apart });
      out.push({ file: file.file, sheet: sheet.sheet, cell: cellOf(record, "award"), message });
    }
    for (const [id, at] of local) {
      const name = awardById(id)!.name;
      out.push({
        file: at.file,
        sheet: at.sheet,
        cell: at.cell,
        severity: "info",
        message: MESSAGES.t("localEntry", { award: name, rows: at.rows }),
      });
    }
    return out;
  },
};
