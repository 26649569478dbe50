/**
 * award-ratio: per unit (the school of an education list, else the sending unit) and period, the
 * individuals with "Chiến sĩ thi đua cơ sở" may not exceed a share (default 15%) of those with
 * "Lao động tiên tiến" (NĐ 91/2017 Điều 9 khoản 3). Checked per unit, because a district total that
 * passes (211 / 1.762 = 12,0%) can hide a school above the cap.
 */
import { TDKT_CONFIG } from "../domain/config";
import { ruleMessages, type Rule } from "./rule";
import { awardInfo, cellOf, eachAward, num, refString, type AwardAt } from "./support";

const MESSAGES = ruleMessages("award-ratio", {
  /** `ratio`, `limit`: percents with one decimal */
  aboveCap: {
    vi: "{unit}: {cstdcs} Chiến sĩ thi đua cơ sở / {ldtt} Lao động tiên tiến = {ratio}%, vượt mức {limit}%. Xem lại danh sách đề nghị của đơn vị.",
    en: "{unit}: {cstdcs} Chiến sĩ thi đua cơ sở / {ldtt} Lao động tiên tiến = {ratio}%, above the {limit}% cap. Review the unit's proposals.",
  },
});

interface Group {
  unit: string;
  ldtt: number;
  cstdcs: AwardAt[];
  /** decision year, when dated: the law in force decides whether the cap applies */
  year?: string;
}

/** A share as a percent with one decimal, as each language writes it (12,0 / 12.0). */
const pct = (r: number) => num(r * 100, 1);

export const awardRatio: Rule = {
  meta: {
    id: "award-ratio",
    severity: "error",
    title: { vi: "Tỷ lệ Chiến sĩ thi đua cơ sở vượt mức", en: "Too many CSTĐCS for the unit" },
    description: {
      vi: 'Trong một đơn vị (trường, với danh sách ngành giáo dục; nếu không thì đơn vị gửi) và cùng kỳ, số cá nhân "Chiến sĩ thi đua cơ sở" vượt quá 15% số cá nhân "Lao động tiên tiến". Mức 15% là lỗi cho quyết định theo NĐ 91/2017 (đến 31/12/2023); từ 2024 Luật 2022 / NĐ 98/2023 / NĐ 152/2025 không có mức chung (UNCONFIRMED): chỉ là cảnh báo, và chỉ kiểm tra khi người dùng đặt tỷ lệ của tỉnh (--ratio).',
      en: 'Within one unit (the school of an education list, else the sending unit) and period, "Chiến sĩ thi đua cơ sở" individuals exceed 15% of the "Lao động tiên tiến" individuals. The 15% cap is an error for decisions under NĐ 91/2017 (to 31/12/2023); from 2024 Luật 2022 / NĐ 98/2023 / NĐ 152/2025 set no national cap (UNCONFIRMED): a warning only, checked only when the user sets the share of the province (--ratio).',
    },
    fix: {
      vi: "Xem lại danh sách đề nghị Chiến sĩ thi đua cơ sở của đơn vị cho đúng tỷ lệ (hoặc quy định riêng của tỉnh/ngành).",
      en: "Review the unit's CSTĐCS proposals against the cap (or the province's / sector's own rule).",
    },
    source: "NĐ 91/2017/NĐ-CP Điều 9 khoản 3 (Luật 2022: UNCONFIRMED)",
    options: {
      vi: "ratioLimit (mặc định 0,15); tắt bằng severities: { \"award-ratio\": \"off\" } hoặc hạ xuống warning.",
      en: "ratioLimit (default 0.15); disable with severities: { \"award-ratio\": \"off\" } or lower it to warning.",
    },
    messages: MESSAGES.templates,
  },
  check(ctx) {
    const limit = ctx.options.ratioLimit ?? TDKT_CONFIG.cstdcsRatioLimit;
    const groups = new Map<string, Group>();
    for (const at of eachAward(ctx)) {
      const info = awardInfo(at.record);
      const id = info.intended?.id;
      if (id !== "ldtt" && id !== "cstdcs") continue;
      if (at.record.kind === "collective" || at.record.kind === "household") continue;
      if (!info.unitKey) continue;
      const key = info.unitKey + "|" + (info.year ?? "#" + at.fileIndex);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { unit: at.record.unit || at.record.sender || "", ldtt: 0, cstdcs: [], year: info.year }));
      if (id === "ldtt") g.ldtt++;
      else g.cstdcs.push(at);
    }
    const out: ReturnType<Rule["check"]> = [];
    for (const g of groups.values()) {
      // no LĐTT at all is award-prerequisite's finding, not a ratio
      if (!g.cstdcs.length || g.ldtt === 0) continue;
      // NĐ 91/2017 Điều 9 k3 is the law only for decisions to 31/12/2023; afterwards the cap is a
      // province's rule (award-catalogue-law.md R1): checked only when the user sets it, as a warning
      const underNd91 = !g.year || g.year <= "2023";
      if (!underNd91 && ctx.options.ratioLimit === undefined) continue;
      const ratio = g.cstdcs.length / g.ldtt;
      if (ratio <= limit + 1e-12) continue;
      const [first, ...rest] = g.cstdcs;
      out.push({
        file: first.file.file,
        sheet: first.sheet.sheet,
        cell: cellOf(first.record, "award"),
        ...(underNd91 ? {} : { severity: "warning" as const }),
        message: MESSAGES.t("aboveCap", { unit: g.unit, cstdcs: g.cstdcs.length, ldtt: g.ldtt, ratio: pct(ratio), limit: pct(limit) }),
        related: rest.map((r) => refString(r.file.file, r.sheet.sheet, cellOf(r.record, "award"))),
      });
    }
    return out;
  },
};
