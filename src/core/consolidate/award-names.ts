/**
 * How an award is named in report sentences and ordered in tables, from its official name:
 * "Giấy khen của Chủ tịch UBND huyện" is the form "Giấy khen" granted by "Chủ tịch UBND huyện"
 * ("Chủ tịch UBND huyện tặng Giấy khen"); "Lao động tiên tiến" is a title ("Danh hiệu Lao động
 * tiên tiến"). The catalogue may say so explicitly (AwardInfo.category / issuer / rank); otherwise
 * the name decides.
 */
import { headerKey } from "../text/normalize";
import type { AwardInfo } from "./types";

/** Forms of award (hình thức khen thưởng) begin with one of these words. */
const FORM_PREFIXES = ["giay khen", "bang khen", "huan chuong", "huy chuong", "ky niem chuong", "giai thuong", "danh hieu vinh du"];

export interface AwardNaming {
  /** "Giấy khen"; the whole name for titles and for awards with no "của" */
  form: string;
  /** "Chủ tịch UBND huyện", when known */
  issuer?: string;
  category: "title" | "form";
}

export function awardNaming(name: string, info?: Pick<AwardInfo, "issuer" | "category">): AwardNaming {
  const key = headerKey(name);
  const category = info?.category ?? (FORM_PREFIXES.some((p) => key.startsWith(p)) ? "form" : "title");
  const m = /^(.+?)\s+của\s+(.+)$/u.exec(name.trim());
  if (category === "form" && m) return { form: m[1], issuer: info?.issuer ?? m[2], category };
  return { form: name.trim(), issuer: info?.issuer, category };
}

/**
 * Order of awards in reports, higher first: titles before forms (as Section IV lists Chiến sĩ thi
 * đua before Giấy khen), and within each the higher level first (tỉnh before huyện, Chiến sĩ thi
 * đua before Lao động tiên tiến).
 */
export function awardRank(name: string, info?: Pick<AwardInfo, "issuer" | "category" | "rank">): number {
  if (info?.rank !== undefined) return info.rank;
  const naming = awardNaming(name, info);
  const key = headerKey(name + " " + (naming.issuer ?? ""));
  // whole-word phrases, so "bo" (Bộ) does not match inside another word
  const padded = ` ${key} `;
  const levels: [string, number][] = [
    ["chu tich nuoc", 1],
    ["thu tuong", 2],
    ["toan quoc", 2],
    ["bo", 3],
    ["tinh", 4],
    ["huyen", 5],
    ["co so", 6],
    ["xa", 6],
    ["tien tien", 7],
  ];
  let level = 8;
  for (const [phrase, l] of levels) if (padded.includes(` ${phrase} `)) level = Math.min(level, l);
  return (naming.category === "title" ? 0 : 100) + level;
}

/** Campaign text inside a sentence: first letter lower-cased unless the first word is an acronym. */
export function lowerFirst(s: string): string {
  const t = s.trim();
  if (t.length < 2) return t;
  const [first, second] = [...t];
  if (second !== second.toLowerCase()) return t; // a capital second letter: an acronym, "UBND ..."
  return first.toLowerCase() + t.slice(first.length);
}
