/**
 * Phương thức khen thưởng (thường xuyên / chuyên đề / đột xuất) and the named campaign, from the
 * "Loại khen thưởng" column or a note ("Chuyên đề bầu cử", "Chuyên đề NTM", "Năm học 2020-2021").
 * Nguyên tắc (NĐ 152/2025, domain.md R18): themed and ad-hoc awards never count as prerequisites,
 * so every record needs this attribute.
 */
import type { Occasion } from "../model";
import { headerKey } from "../text/normalize";

export interface ParsedOccasion {
  occasion?: Occasion;
  campaign?: string;
}

const ELECTION = "Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp";

/** Campaigns recognised by a keyword, in the wording the consolidated report uses. */
const CAMPAIGNS: { words: RegExp; campaign: string; occasion: Occasion }[] = [
  { words: /\bcovid\b/, campaign: "Phòng, chống dịch Covid-19", occasion: "thematic" },
  { words: /\bbau cu\b/, campaign: ELECTION, occasion: "thematic" },
  { words: /\b(ntm|nong thon moi)\b/, campaign: 'Phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới"', occasion: "thematic" },
  {
    words: /\b(toan dan doan ket|doi song van hoa)\b/,
    campaign: 'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
    occasion: "thematic",
  },
];

const OCCASION_WORDS: { words: RegExp; occasion: Occasion }[] = [
  { words: /\bthuong xuyen\b|\bcong trang\b|\btong ket nam\b|\bhang nam\b/, occasion: "regular" },
  { words: /\bchuyen de\b|\btheo dot\b/, occasion: "thematic" },
  { words: /\bdot xuat\b/, occasion: "adhoc" },
];

const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

/**
 * The full name of a campaign once the decision's date is known: the National Assembly and
 * People's Council elections are held every five years (khóa XIV in 2016, XV in 2021, XVI in
 * 2026), so an election award dated in such a year names its khóa and nhiệm kỳ, as reports do.
 */
export function campaignOnDate(campaign: string | undefined, isoDate: string | undefined): string | undefined {
  if (campaign !== ELECTION || !isoDate) return campaign;
  const year = Number(isoDate.slice(0, 4));
  const term = 14 + (year - 2016) / 5;
  if (!Number.isInteger(term) || term < 1 || term >= ROMAN.length) return campaign;
  return `Bầu cử đại biểu Quốc hội khóa ${ROMAN[term]} và đại biểu HĐND các cấp nhiệm kỳ ${year} - ${year + 5}`;
}

export function parseOccasion(text: string | undefined): ParsedOccasion {
  const key = headerKey(text ?? "");
  const out: ParsedOccasion = {};
  // the first occasion word written wins ("Chuyên đề, đột xuất" is themed)
  let at = Infinity;
  for (const o of OCCASION_WORDS) {
    const m = o.words.exec(key);
    if (m && m.index < at) {
      at = m.index;
      out.occasion = o.occasion;
    }
  }
  const schoolYear = /\bnam hoc\b(?:\s*(\d{4})\s*\/?\s*(\d{4}))?/.exec(key);
  if (schoolYear) {
    // the education sector evaluates by năm học: an annual (regular) evaluation
    out.occasion ??= "regular";
    if (schoolYear[1]) out.campaign = `Năm học ${schoolYear[1]} - ${schoolYear[2]}`;
  }
  for (const c of CAMPAIGNS) {
    if (c.words.test(key)) {
      out.campaign = c.campaign;
      out.occasion ??= c.occasion;
      break;
    }
  }
  return out;
}
