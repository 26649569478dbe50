/**
 * issuer-authority: the issuer named by the award could not grant it on the decision date — a
 * "Giấy khen của Chủ tịch UBND huyện" dated on or after 01/7/2025 (the district tier ended, NĐ
 * 129/2025), or a title whose text names an issuer without that power then ("CSTĐCS của Chủ tịch
 * UBND xã" before 01/7/2025). Driven by the catalogue's validity and grant periods.
 */
import { inRange, ISSUERS } from "../domain/awards";
import { formatDateVi } from "../values";
import { ruleMessages, type Rule } from "./rule";
import { awardMatchOf, cellOf, eachAward } from "./support";

const MESSAGES = ruleMessages("issuer-authority", {
  notInForce: {
    vi: '"{award}" không có trong quy định khen thưởng vào ngày {date} ({article}). Kiểm tra lại danh hiệu và ngày quyết định.',
    en: '"{award}" did not exist under the rules in force on {date} ({article}). Check the award and the decision date.',
  },
  /** `basis`: the legal basis in brackets when the award itself was not in force, else empty */
  noPower: {
    vi: '{issuer} không có thẩm quyền tặng "{award}" vào ngày {date}{basis}. Kiểm tra lại cấp khen và ngày quyết định.',
    en: '{issuer} could not grant "{award}" on {date}{basis}. Check the issuing level and the decision date.',
  },
  /** the same, when the law reference only infers the power: `why` is its note, or basisUnconfirmed */
  noPowerUnconfirmed: {
    vi: '{issuer} không có thẩm quyền tặng "{award}" vào ngày {date}{basis}. Kiểm tra lại cấp khen và ngày quyết định. Chỉ là cảnh báo: thẩm quyền này chưa được xác nhận trong văn bản ({why}).',
    en: '{issuer} could not grant "{award}" on {date}{basis}. Check the issuing level and the decision date. A warning only: this power is not confirmed in the legal text ({why}).',
  },
  basisUnconfirmed: { vi: "căn cứ chưa xác nhận", en: "basis not confirmed" },
});

export const issuerAuthority: Rule = {
  meta: {
    id: "issuer-authority",
    severity: "error",
    title: { vi: "Cấp khen không đúng thẩm quyền", en: "Issuer without authority" },
    description: {
      vi: "Người ký quyết định không có thẩm quyền tặng danh hiệu/hình thức đó vào ngày quyết định: Giấy khen của Chủ tịch UBND huyện từ 01/7/2025 (cấp huyện kết thúc); Chủ tịch UBND xã tặng Chiến sĩ thi đua cơ sở hoặc Tập thể lao động tiên tiến trước 01/7/2025...",
      en: "The issuer could not grant that award on the decision date: a District Chairman's Giấy khen on or after 01/7/2025 (the district tier ended); a Commune Chairman granting Chiến sĩ thi đua cơ sở or Tập thể lao động tiên tiến before 01/7/2025...",
    },
    fix: {
      vi: "Kiểm tra lại cấp ra quyết định và ngày quyết định; khen thưởng theo đúng thẩm quyền hiện hành.",
      en: "Check the issuing level and the decision date; award under the powers in force.",
    },
    source: "Luật Thi đua, khen thưởng 2022 Điều 78–80; NĐ 91/2017 Điều 43; NĐ 129/2025/NĐ-CP",
    messages: MESSAGES.templates,
  },
  // each file on its own (rule.ts)
  scope: "file",
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    for (const { file, sheet, record } of eachAward(ctx)) {
      const date = record.decisionDate;
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
      const m = awardMatchOf(record).match;
      if (m.kind !== "known") continue;
      const award = m.award;
      const issuer = m.issuer ?? award.issuer;
      if (!issuer) {
        // a title that did not exist on the decision date ("Xã, phường, thị trấn tiêu biểu" before 2024)
        if (inRange(date, award.valid)) continue;
        // historical forms may still be decided for resistance merits (Luật 2022 Điều 96 k1): a warning
        const soft = award.confidence === "I" || award.confidence === "UNCONFIRMED" || award.periods.every((p) => p === "P0");
        out.push({
          file: file.file,
          sheet: sheet.sheet,
          cell: cellOf(record, "award"),
          ...(soft ? { severity: "warning" as const } : {}),
          message: MESSAGES.t("notInForce", { award: award.name, date: formatDateVi(date), article: award.article }),
        });
        continue;
      }
      const awardValid = inRange(date, award.valid);
      const grant = award.grants.some((g) => g.issuer === issuer && inRange(date, g));
      if (awardValid && (grant || !award.grants.length)) continue;
      const who = ISSUERS[issuer].name;
      // a fact the law reference only infers ([I], UNCONFIRMED) never makes an error: a warning saying why
      const unsure = award.confidence === "I" || award.confidence === "UNCONFIRMED" || !!award.unconfirmed;
      out.push({
        file: file.file,
        sheet: sheet.sheet,
        cell: cellOf(record, "award"),
        ...(unsure ? { severity: "warning" as const } : {}),
        message: MESSAGES.t(unsure ? "noPowerUnconfirmed" : "noPower", {
          issuer: who,
          award: award.name,
          date: formatDateVi(date),
          basis: awardValid ? "" : ` (${award.valid.basis})`,
          why: award.unconfirmed ?? MESSAGES.t("basisUnconfirmed"),
        }),
      });
    }
    return out;
  },
};
