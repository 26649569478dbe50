/**
 * unit-not-reported (info): the submission ledger — registry units from which no file came. A unit
 * is matched to a file by its sender (title block) or, failing that, by the file name
 * ("23-ban-chqs-huyen.csv" = "Ban Chỉ huy Quân sự huyện"), by the one unit identity
 * (domain/unitIdentity.ts) without diacritics, as a file name is written.
 */
import { unitKeyAscii, unitWordsOfFileName } from "../domain/unitIdentity";
import { reportingUnits, ruleMessages, type Rule } from "./rule";

const MESSAGES = ruleMessages("unit-not-reported", {
  noFile: { vi: "{unit}: chưa có báo cáo (không tìm thấy tệp của đơn vị).", en: "{unit}: no report received (no file from this unit)." },
});

export const unitNotReported: Rule = {
  meta: {
    id: "unit-not-reported",
    severity: "info",
    title: { vi: "Đơn vị chưa gửi báo cáo", en: "Unit has not reported" },
    description: {
      vi: "Đơn vị có trong danh mục nhưng không có tệp nào của đơn vị trong lần tổng hợp này (sổ theo dõi nộp báo cáo).",
      en: "A registry unit from which no file was given in this run (the submission ledger).",
    },
    fix: { vi: "Đôn đốc đơn vị gửi báo cáo, hoặc bỏ qua nếu đơn vị không có khen thưởng trong kỳ.", en: "Ask the unit for its report, or ignore if it had no awards this period." },
    options: { vi: "registry: danh mục đơn vị.", en: "registry: the list of units." },
    messages: MESSAGES.templates,
  },
  check(ctx) {
    const units = reportingUnits(ctx.options.registry).filter((u) => u.name && !/^trường\b/iu.test(u.name.trim()));
    if (!units.length) return [];
    // distinct texts first: a sender repeats on every row of its file
    const texts = new Set<string>();
    for (const f of ctx.files) {
      for (const s of [f.ledger.sender, unitWordsOfFileName(f.file)]) if (s) texts.add(s);
      for (const sh of f.sheets) for (const list of [sh.awards, sh.figures, sh.summaries]) for (const r of list) if (r.sender) texts.add(r.sender);
    }
    // a text of no words keys to "": no unit has that key (the loop skips it)
    const senders = new Set([...texts].map(unitKeyAscii));
    const out: ReturnType<Rule["check"]> = [];
    for (const u of units) {
      const k = unitKeyAscii(u.name);
      if (!k || senders.has(k)) continue;
      out.push({
        file: "",
        message: MESSAGES.t("noFile", { unit: u.name }),
      });
    }
    return out;
  },
};
