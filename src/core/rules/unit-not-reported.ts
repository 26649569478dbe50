/**
 * unit-not-reported (info): the submission ledger — registry units from which no file came. A unit
 * is matched to a file by its sender (title block) or, failing that, by the file name
 * ("23-ban-chqs-huyen.csv" = "Ban Chỉ huy Quân sự huyện"), loosely (no diacritics, common
 * abbreviations expanded, "huyện <Tên>" dropped).
 */
import { headerKey } from "../text/normalize";
import { reportingUnits, type Rule } from "./rule";

const EXPANSIONS: [RegExp, string][] = [
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bchqs\b/g, "chi huy quan su"],
  [/\bgd ?& ?dt\b|\bgddt\b|\bgd dt\b/g, "giao duc va dao tao"],
  [/\bvp\b/g, "van phong"],
  [/\bmttq\b/g, "mat tran to quoc"],
  [/\blhpn\b/g, "lien hiep phu nu"],
  [/\bld ?tb ?& ?xh\b|\bldtbxh\b/g, "lao dong thuong binh va xa hoi"],
  [/\bnn ?& ?ptnt\b|\bnnptnt\b/g, "nong nghiep va phat trien nong thon"],
  [/\btc ?kh\b/g, "tai chinh ke hoach"],
];

/** Loose key: "CÔNG AN HUYỆN TUẦN GIÁO" = "Công an huyện" = "cong-an-huyen". */
export function looseUnitKey(text: string): string {
  let k = headerKey(text.replace(/\.[a-z0-9]+$/i, "").replace(/^\d+[-_\s]+/, "").replace(/[-_]+/g, " "));
  for (const [re, to] of EXPANSIONS) k = k.replace(re, to);
  // "Công an huyện Tuần Giáo" = "Công an huyện"; but "Huyện đoàn", "Văn phòng Huyện ủy" keep theirs
  k = k.replace(/\bva\b/g, " ").replace(/ huyen(?! (uy|doan)\b)( .*)?$/, "");
  return k.replace(/\s+/g, " ").trim();
}

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
  },
  check(ctx) {
    const units = reportingUnits(ctx.options.registry).filter((u) => u.name && !/^trường\b/iu.test(u.name.trim()));
    if (!units.length) return [];
    // distinct texts first: a sender repeats on every row of its file
    const texts = new Set<string>();
    for (const f of ctx.files) {
      for (const s of [f.ledger?.sender, f.file.split(/[\\/]/).pop() ?? ""]) if (s) texts.add(s);
      for (const sh of f.sheets) for (const list of [sh.awards, sh.figures, sh.summaries]) for (const r of list) if (r.sender) texts.add(r.sender);
    }
    const senders = new Set([...texts].map(looseUnitKey));
    senders.delete("");
    const out: ReturnType<Rule["check"]> = [];
    for (const u of units) {
      const k = looseUnitKey(u.name);
      if (!k || senders.has(k)) continue;
      out.push({
        file: "",
        message: {
          vi: `${u.name}: chưa có báo cáo (không tìm thấy tệp của đơn vị).`,
          en: `${u.name}: no report received (no file from this unit).`,
        },
      });
    }
    return out;
  },
};
