/**
 * award-prerequisite: "Chiến sĩ thi đua cơ sở" requires "Lao động tiên tiến" (or "Chiến sĩ tiên
 * tiến") for the same person and period (NĐ 91/2017 Điều 9 khoản 3 điểm a; Luật 2022 Điều 23).
 * CSTĐCS holders are normally also counted in the LĐTT list, so a CSTĐCS row without its LĐTT row
 * is the common error of listing a person under CSTĐCS only.
 */
import { ruleMessages, type Rule } from "./rule";
import { awardInfo, cellOf, eachAward, sameBirth, samePeriod, sameUnit, type AwardAt } from "./support";

const MESSAGES = ruleMessages("award-prerequisite", {
  /** `who`: the name in quotes, with the unit in brackets when there is one */
  noLdtt: {
    vi: "{who} được Chiến sĩ thi đua cơ sở nhưng không có dòng Lao động tiên tiến cùng kỳ. Bổ sung danh hiệu Lao động tiên tiến hoặc xem lại đề nghị.",
    en: "{who} is a Chiến sĩ thi đua cơ sở without a Lao động tiên tiến row for the same period. Add the Lao động tiên tiến title or review the proposal.",
  },
});

const PREREQUISITES = new Set(["ldtt", "cstt"]);

export const awardPrerequisite: Rule = {
  meta: {
    id: "award-prerequisite",
    severity: "error",
    title: { vi: "Chiến sĩ thi đua cơ sở thiếu danh hiệu Lao động tiên tiến", en: "CSTĐCS without Lao động tiên tiến" },
    description: {
      vi: 'Cá nhân được "Chiến sĩ thi đua cơ sở" phải đạt "Lao động tiên tiến" (hoặc "Chiến sĩ tiên tiến") cùng kỳ; không tìm thấy dòng Lao động tiên tiến của cùng người (cùng tên, cùng đơn vị/trường) trong các danh sách.',
      en: 'An individual awarded "Chiến sĩ thi đua cơ sở" must also hold "Lao động tiên tiến" (or "Chiến sĩ tiên tiến") for the same period; no such row was found for the same person (same name, same unit/school).',
    },
    fix: {
      vi: "Bổ sung dòng Lao động tiên tiến của người này, hoặc xem lại việc đề nghị Chiến sĩ thi đua cơ sở.",
      en: "Add the person's Lao động tiên tiến row, or review the CSTĐCS proposal.",
    },
    source: "NĐ 91/2017/NĐ-CP Điều 9 khoản 3 điểm a; Luật Thi đua, khen thưởng 2022 Điều 23",
    messages: MESSAGES.templates,
  },
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    const holders = new Map<string, AwardAt[]>();
    const candidates: AwardAt[] = [];
    for (const at of eachAward(ctx)) {
      const info = awardInfo(at.record);
      const id = info.intended?.id;
      if (!id || !info.nameKey || at.record.kind === "collective" || at.record.kind === "household") continue;
      if (PREREQUISITES.has(id)) {
        const list = holders.get(info.nameKey);
        if (list) list.push(at);
        else holders.set(info.nameKey, [at]);
      } else if (id === "cstdcs") candidates.push(at);
    }
    for (const at of candidates) {
      const info = awardInfo(at.record);
      const ok = (holders.get(info.nameKey) ?? []).some(
        (h) =>
          // a list with no unit column and no sender: the same file is the same unit
          (sameUnit(awardInfo(h.record), info) || (h.file.file === at.file.file && !awardInfo(h.record).unitKey && !info.unitKey)) &&
          samePeriod(awardInfo(h.record), info) &&
          sameBirth(h.record, at.record),
      );
      if (ok) continue;
      const unit = at.record.unit ?? at.record.sender;
      out.push({
        file: at.file.file,
        sheet: at.sheet.sheet,
        cell: cellOf(at.record, "name"),
        message: MESSAGES.t("noLdtt", { who: `"${at.record.name}"${unit ? ` (${unit})` : ""}` }),
        related: [`${at.sheet.sheet}!${cellOf(at.record, "award")}`],
      });
    }
    return out;
  },
};
