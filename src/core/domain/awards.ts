/**
 * The award catalogue: danh hiệu thi đua and hình thức khen thưởng as data (domain.md §1), with the
 * spellings and abbreviations typists use, who may receive each one, who may grant it and when.
 *
 * Matching (matchAward) is deliberately two-staged:
 *  1. a diacritic-SENSITIVE key (tone placement, case, spacing, NFD/NFC, quotes, "của", "UBND" =
 *     "Ủy ban nhân dân", "CT" = "Chủ tịch", "Chiến sỹ" = "Chiến sĩ" all folded) decides acceptance;
 *  2. a diacritics-FREE key is only trusted when the text has no diacritics at all ("Lao dong tien
 *     tien": the typist dropped accents). Text that has diacritics which differ from the official
 *     spelling ("Lao đông tiến tiến") is a misspelling: unknown, with a suggestion.
 */
import type { Localized, RecipientKind } from "../model";
import { collapseSpaces, headerKey, nameKey, nfc } from "../text/normalize";
import { TDKT_CONFIG } from "./config";

/** Who signs the decision. Codes are stable; labels are in ISSUERS. */
export type IssuerCode =
  | "chinh-phu"
  | "thu-tuong"
  | "bo-nganh"
  | "ct-ubnd-tinh"
  | "giam-doc-so"
  | "ct-ubnd-huyen"
  | "ct-ubnd-xa"
  | "thu-truong-don-vi";

/** Level of the award, as the statistics forms group them. */
export type AwardLevel = "state" | "ministry-province" | "district" | "commune" | "unit";

/** A period (ISO dates, inclusive, open ends undefined) during which an issuer could grant it. */
export interface Grant {
  issuer: IssuerCode;
  from?: string;
  to?: string;
  /** legal basis of the power */
  basis: string;
}

export interface AwardEntry {
  /** stable id ("ldtt", "gk-ct-ubnd-huyen") */
  id: string;
  /** the name as reports write it ("Giấy khen của Chủ tịch UBND huyện") */
  name: string;
  /** the name with every abbreviation spelled out, when it differs */
  fullName?: string;
  en: string;
  /** danh hiệu thi đua ("title") or hình thức khen thưởng ("form") */
  category: "title" | "form";
  recipients: RecipientKind[];
  level: AwardLevel;
  /** the issuer that a form's name itself states (Giấy khen *của Chủ tịch UBND huyện*) */
  issuer?: IssuerCode;
  /** when the award itself exists (a district award ends with the district tier) */
  valid: { from?: string; to?: string; basis: string };
  /** who may grant it, by period (domain.md §1.4) */
  grants: Grant[];
  /** spellings and abbreviations seen in practice, beyond what the key folding covers */
  aliases: string[];
  /** the award under which it is totalled ("Tập thể lao động tiên tiến" -> "ldtt") */
  reportAs: string;
  /** where domain.md marks a fact as unconfirmed */
  unconfirmed?: string;
}

export const ISSUERS: Record<IssuerCode, { name: Localized; aliases: string[] }> = {
  "chinh-phu": { name: { vi: "Chính phủ", en: "the Government" }, aliases: ["Chính phủ"] },
  "thu-tuong": { name: { vi: "Thủ tướng Chính phủ", en: "the Prime Minister" }, aliases: ["Thủ tướng Chính phủ", "Thủ tướng", "TTg", "TTCP"] },
  "bo-nganh": { name: { vi: "Bộ trưởng, Thủ trưởng ngành", en: "a Minister" }, aliases: ["Bộ trưởng"] },
  "ct-ubnd-tinh": {
    name: { vi: "Chủ tịch UBND tỉnh", en: "the Chairman of the Provincial People's Committee" },
    aliases: ["Chủ tịch UBND tỉnh", "UBND tỉnh", "Chủ tịch UBND cấp tỉnh"],
  },
  "giam-doc-so": { name: { vi: "Giám đốc Sở", en: "a Provincial Department Director" }, aliases: ["Giám đốc Sở"] },
  "ct-ubnd-huyen": {
    name: { vi: "Chủ tịch UBND huyện", en: "the Chairman of the District People's Committee" },
    aliases: ["Chủ tịch UBND huyện", "UBND huyện", "Chủ tịch UBND cấp huyện"],
  },
  "ct-ubnd-xa": {
    name: { vi: "Chủ tịch UBND xã", en: "the Chairman of the Commune People's Committee" },
    aliases: ["Chủ tịch UBND xã", "UBND xã", "Chủ tịch UBND cấp xã", "Chủ tịch UBND thị trấn", "Chủ tịch UBND phường"],
  },
  "thu-truong-don-vi": {
    name: { vi: "Thủ trưởng cơ quan, đơn vị", en: "the head of an agency or unit" },
    aliases: ["Thủ trưởng cơ quan, đơn vị", "Thủ trưởng đơn vị", "Thủ trưởng cơ quan"],
  },
};

const DISTRICT_END = TDKT_CONFIG.districtTierLastDay;
const COMMUNE_TIER_START = "2025-07-01";
const ALWAYS = { basis: "Luật Thi đua, Khen thưởng" };

const title = (
  e: Omit<AwardEntry, "category" | "reportAs" | "valid"> & { reportAs?: string; valid?: AwardEntry["valid"] },
): AwardEntry => ({ category: "title", reportAs: e.id, valid: ALWAYS, ...e });
const form = (
  e: Omit<AwardEntry, "category" | "reportAs" | "valid"> & { reportAs?: string; valid?: AwardEntry["valid"] },
): AwardEntry => ({ category: "form", reportAs: e.id, valid: ALWAYS, ...e });

const ALL_KINDS: RecipientKind[] = ["collective", "individual", "household"];

/** The district tier's grants end on 30/6/2025; the commune inherits them (NĐ 129/2025). */
const districtThenCommune = (basis2017: string): Grant[] => [
  { issuer: "ct-ubnd-huyen", to: DISTRICT_END, basis: basis2017 + "; Luật 2022 Điều 80 khoản 2" },
  { issuer: "ct-ubnd-xa", from: COMMUNE_TIER_START, basis: "Nghị định 129/2025/NĐ-CP" },
  { issuer: "thu-truong-don-vi", basis: "Luật 2022 Điều 80 khoản 1, 4" },
];

export const AWARDS: AwardEntry[] = [
  // --- danh hiệu thi đua, cá nhân
  title({
    id: "ldtt",
    name: "Lao động tiên tiến",
    en: "Advanced Worker",
    recipients: ["individual"],
    level: "unit",
    grants: [
      { issuer: "ct-ubnd-xa", basis: "NĐ 91/2017 Điều 43; Luật 2022 Điều 80 khoản 3" },
      { issuer: "ct-ubnd-huyen", to: DISTRICT_END, basis: "Luật 2022 Điều 80 khoản 2" },
      { issuer: "thu-truong-don-vi", basis: "Luật 2022 Điều 80 khoản 1, 4" },
    ],
    aliases: ["LĐTT", "Cá nhân lao động tiên tiến", "Cá nhân LĐTT", "CN LĐTT"],
  }),
  title({
    id: "cstt",
    name: "Chiến sĩ tiên tiến",
    en: "Advanced Soldier",
    recipients: ["individual"],
    level: "unit",
    grants: [{ issuer: "thu-truong-don-vi", basis: "Luật 2022 Điều 24" }],
    aliases: ["CSTT"],
  }),
  title({
    id: "cstdcs",
    name: "Chiến sĩ thi đua cơ sở",
    en: "Grassroots Emulation Fighter",
    recipients: ["individual"],
    level: "unit",
    // NĐ 91/2017 Điều 43: the commune only *proposes* CSTĐCS to the district; NĐ 129/2025 gives it
    // to the commune from 01/7/2025.
    grants: districtThenCommune("NĐ 91/2017 Điều 43"),
    // "CSTĐ" alone is read as CSTĐCS: in the sub-unit lists this tool reads it is the base title.
    aliases: ["CSTĐCS", "CSTĐ cơ sở", "CSTĐ"],
  }),
  title({
    id: "cstd-tinh",
    name: "Chiến sĩ thi đua cấp tỉnh",
    en: "Provincial Emulation Fighter",
    recipients: ["individual"],
    level: "ministry-province",
    grants: [
      { issuer: "ct-ubnd-tinh", basis: "Luật 2022 Điều 79" },
      { issuer: "bo-nganh", basis: "Luật 2022 Điều 79" },
    ],
    aliases: [
      "Chiến sĩ thi đua cấp bộ, ngành, tỉnh",
      "Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương",
      "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh",
      "Chiến sĩ thi đua tỉnh",
      "Chiến sĩ thi đua cấp bộ",
      "CSTĐ cấp tỉnh",
      "CSTĐ tỉnh",
      "CSTĐ cấp bộ",
    ],
    unconfirmed: "Điều 79 Luật 2022 (thẩm quyền Chủ tịch UBND tỉnh) chưa đối chiếu nguyên văn",
  }),
  title({
    id: "cstdtq",
    name: "Chiến sĩ thi đua toàn quốc",
    en: "National Emulation Fighter",
    recipients: ["individual"],
    level: "state",
    grants: [{ issuer: "thu-tuong", basis: "Luật 2022 Điều 78" }],
    aliases: ["CSTĐTQ"],
  }),
  // --- danh hiệu thi đua, tập thể
  title({
    id: "tt-ldtt",
    name: "Tập thể lao động tiên tiến",
    en: "Advanced Labour Collective",
    recipients: ["collective"],
    level: "unit",
    grants: districtThenCommune("Luật 2003 Điều 28"),
    aliases: ["TTLĐTT", "Tập thể LĐTT"],
    // The seed report and the corpus total it as the collectives of "Lao động tiên tiến".
    reportAs: "ldtt",
  }),
  title({
    id: "tt-ldxs",
    name: "Tập thể lao động xuất sắc",
    en: "Excellent Labour Collective",
    recipients: ["collective"],
    level: "ministry-province",
    grants: [
      { issuer: "ct-ubnd-tinh", basis: "Luật 2022 Điều 27, 79" },
      { issuer: "bo-nganh", basis: "Luật 2022 Điều 27, 79" },
    ],
    aliases: ["TTLĐXS", "Tập thể LĐXS", "LĐXS"],
  }),
  title({
    id: "dvtt",
    name: "Đơn vị tiên tiến",
    en: "Advanced Unit",
    recipients: ["collective"],
    level: "unit",
    grants: [{ issuer: "thu-truong-don-vi", basis: "Luật 2022 Điều 28" }],
    aliases: ["ĐVTT"],
  }),
  title({
    id: "dvqt",
    name: "Đơn vị quyết thắng",
    en: "Determined-to-Win Unit",
    recipients: ["collective"],
    level: "ministry-province",
    grants: [{ issuer: "bo-nganh", basis: "Luật 2022 Điều 27" }],
    aliases: ["ĐVQT"],
  }),
  title({
    id: "co-thi-dua-cp",
    name: "Cờ thi đua của Chính phủ",
    en: "Government Emulation Flag",
    recipients: ["collective"],
    level: "state",
    grants: [{ issuer: "chinh-phu", basis: "Luật 2022 Điều 25, 78" }],
    aliases: ["CTĐCP", "Cờ thi đua Chính phủ"],
  }),
  title({
    id: "co-thi-dua-tinh",
    name: "Cờ thi đua của UBND tỉnh",
    fullName: "Cờ thi đua của Ủy ban nhân dân tỉnh",
    en: "Provincial Emulation Flag",
    recipients: ["collective"],
    level: "ministry-province",
    grants: [{ issuer: "ct-ubnd-tinh", basis: "Luật 2022 Điều 26, 79" }],
    aliases: ["Cờ thi đua tỉnh", "Cờ thi đua cấp tỉnh", "Cờ thi đua của Chủ tịch UBND tỉnh", "Cờ TĐ tỉnh"],
  }),
  title({
    id: "thon-van-hoa",
    name: "Thôn, tổ dân phố văn hóa",
    en: "Cultured Village / Residential Group",
    recipients: ["collective"],
    level: "district",
    grants: [
      { issuer: "ct-ubnd-huyen", to: DISTRICT_END, basis: "Luật 2022 Điều 80 khoản 2" },
      { issuer: "ct-ubnd-xa", from: COMMUNE_TIER_START, basis: "Nghị định 129/2025/NĐ-CP" },
    ],
    aliases: ["Thôn văn hóa", "Bản văn hóa", "Tổ dân phố văn hóa", "Khối văn hóa", "Làng văn hóa", "Khối, bản văn hóa", "Bản, khối văn hóa"],
  }),
  title({
    id: "xa-tieu-bieu",
    name: "Xã, phường, thị trấn tiêu biểu",
    en: "Model Commune",
    recipients: ["collective"],
    level: "ministry-province",
    grants: [{ issuer: "ct-ubnd-tinh", basis: "NĐ 86/2023/NĐ-CP" }],
    aliases: ["Xã tiêu biểu"],
    unconfirmed: "thẩm quyền tặng (Chủ tịch UBND tỉnh) chưa xác nhận",
  }),
  // --- danh hiệu thi đua, hộ gia đình
  title({
    id: "gdvh",
    name: "Gia đình văn hóa",
    en: "Cultured Family",
    recipients: ["household"],
    level: "commune",
    grants: [{ issuer: "ct-ubnd-xa", basis: "Luật 2022 Điều 80 khoản 3; NĐ 86/2023/NĐ-CP" }],
    aliases: ["GĐVH", "Hộ gia đình văn hóa"],
  }),
  // --- hình thức khen thưởng
  form({
    id: "bk-ttg",
    name: "Bằng khen của Thủ tướng Chính phủ",
    en: "Prime Minister's Certificate of Merit",
    recipients: ALL_KINDS,
    level: "state",
    issuer: "thu-tuong",
    grants: [{ issuer: "thu-tuong", basis: "Luật 2022 Điều 78 khoản 2" }],
    aliases: ["BKTTg", "BK TTCP", "BK TTg", "BK Thủ tướng", "Bằng khen Thủ tướng"],
  }),
  form({
    id: "bk-bo",
    name: "Bằng khen của Bộ, ban, ngành, đoàn thể Trung ương",
    en: "Ministry Certificate of Merit",
    recipients: ALL_KINDS,
    level: "ministry-province",
    issuer: "bo-nganh",
    grants: [{ issuer: "bo-nganh", basis: "Luật 2022 Điều 74, 79" }],
    aliases: ["Bằng khen của Bộ trưởng", "Bằng khen cấp bộ", "BK Bộ"],
  }),
  form({
    id: "bk-ct-ubnd-tinh",
    name: "Bằng khen của Chủ tịch UBND tỉnh",
    fullName: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    en: "Provincial Chairman's Certificate of Merit",
    recipients: ALL_KINDS,
    level: "ministry-province",
    issuer: "ct-ubnd-tinh",
    grants: [{ issuer: "ct-ubnd-tinh", basis: "Luật 2022 Điều 74, 79" }],
    aliases: ["BK CT UBND tỉnh", "BK UBND tỉnh", "BK tỉnh", "Bằng khen UBND tỉnh", "Bằng khen tỉnh", "BK", "Bằng khen"],
  }),
  form({
    id: "gk-ct-ubnd-huyen",
    name: "Giấy khen của Chủ tịch UBND huyện",
    fullName: "Giấy khen của Chủ tịch Ủy ban nhân dân huyện",
    en: "District Chairman's Certificate of Merit",
    recipients: ALL_KINDS,
    level: "district",
    issuer: "ct-ubnd-huyen",
    valid: { to: DISTRICT_END, basis: "Nghị định 129/2025/NĐ-CP: cấp huyện kết thúc hoạt động từ 01/7/2025" },
    grants: [{ issuer: "ct-ubnd-huyen", to: DISTRICT_END, basis: "Luật 2022 Điều 80 khoản 2" }],
    // The seed report writes both "Chủ tịch UBND huyện tặng Giấy khen" and "UBND huyện tặng giấy
    // khen": legally the issuer is the Chủ tịch (Điều 80), so both are this entry.
    aliases: ["GK CT UBND huyện", "GK UBND huyện", "GK huyện", "GK CT huyện", "Giấy khen UBND huyện", "Giấy khen huyện", "Giấy khen của Chủ tịch UBND cấp huyện"],
  }),
  form({
    id: "gk-ct-ubnd-xa",
    name: "Giấy khen của Chủ tịch UBND xã",
    fullName: "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
    en: "Commune Chairman's Certificate of Merit",
    recipients: ALL_KINDS,
    level: "commune",
    issuer: "ct-ubnd-xa",
    grants: [{ issuer: "ct-ubnd-xa", basis: "Luật 2022 Điều 80 khoản 3" }],
    aliases: [
      "GK CT UBND xã",
      "GK UBND xã",
      "GK xã",
      "Giấy khen UBND xã",
      "Giấy khen của Chủ tịch UBND cấp xã",
      "Giấy khen của Chủ tịch UBND thị trấn",
      "Giấy khen của Chủ tịch UBND phường",
      // special zones (đặc khu) are commune-level local government since 01/7/2025 (NĐ 129/2025)
      "Giấy khen của Chủ tịch UBND đặc khu",
      "GK CT UBND phường",
      "GK UBND phường",
      "GK phường",
      "GK CT UBND thị trấn",
      "GK UBND thị trấn",
      "GK CT UBND đặc khu",
    ],
  }),
  form({
    id: "gk-giam-doc-so",
    name: "Giấy khen của Giám đốc Sở",
    en: "Provincial Department Director's Certificate of Merit",
    recipients: ALL_KINDS,
    level: "ministry-province",
    issuer: "giam-doc-so",
    grants: [{ issuer: "giam-doc-so", basis: "Luật 2022 Điều 80 khoản 1" }],
    aliases: ["GK Sở", "Giấy khen Sở", "Giấy khen của Thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh", "Giấy khen của Giám đốc Sở"],
  }),
  form({
    id: "gk-thu-truong",
    name: "Giấy khen của Thủ trưởng cơ quan, đơn vị",
    en: "Agency Head's Certificate of Merit",
    recipients: ALL_KINDS,
    level: "unit",
    issuer: "thu-truong-don-vi",
    grants: [{ issuer: "thu-truong-don-vi", basis: "Luật 2022 Điều 80 khoản 1, 4" }],
    aliases: ["Giấy khen của Thủ trưởng đơn vị", "Giấy khen của Thủ trưởng cơ quan", "GK Thủ trưởng đơn vị"],
  }),
  form({
    id: "gk",
    name: "Giấy khen",
    en: "Certificate of Merit (issuer not stated)",
    recipients: ALL_KINDS,
    level: "unit",
    grants: [],
    aliases: ["GK"],
  }),
  ...(["Ba", "Nhì", "Nhất"] as const).map((hang, i) =>
    form({
      id: `hcld-${3 - i}`,
      name: `Huân chương Lao động hạng ${hang}`,
      en: `Labour Order, ${["third", "second", "first"][i]} class`,
      recipients: ["collective", "individual"],
      level: "state",
      grants: [{ issuer: "thu-tuong", basis: "Luật 2022 (đề nghị Thủ tướng, Chủ tịch nước quyết định)" }],
      aliases: [`HCLĐ hạng ${hang}`, `HCLĐ hạng ${["III", "II", "I"][i]}`, `Huân chương Lao động hạng ${["III", "II", "I"][i]}`],
    }),
  ),
  form({
    id: "knc",
    name: "Kỷ niệm chương",
    en: "Commemorative Medal",
    recipients: ["individual"],
    level: "ministry-province",
    grants: [],
    aliases: ["KNC", "Huy hiệu"],
  }),
];

const BY_ID = new Map(AWARDS.map((a) => [a.id, a]));

export function awardById(id: string): AwardEntry | undefined {
  return BY_ID.get(id);
}

// ---------------------------------------------------------------------------------------------
// Keys

/**
 * Remove a place name written after an administrative word: "Bằng khen của Chủ tịch UBND tỉnh
 * Điện Biên" -> "... tỉnh". The place is the run of capitalised words that follows; lower-case
 * words ("huyện tặng") are kept.
 */
function dropPlaceNames(text: string): string {
  const words = text.split(" ");
  const out: string[] = [];
  let dropping = false;
  for (const w of words) {
    if (dropping && /^\p{Lu}/u.test(w)) continue;
    dropping = PLACE_WORDS.has(w.toLowerCase());
    out.push(w);
  }
  return out.join(" ");
}
const PLACE_WORDS = new Set(["tỉnh", "huyện", "xã", "phường", "quận", "trấn", "thị xã", "khu"]);

function rawTokens(text: string, sensitive: boolean): string[] {
  let t = collapseSpaces(nfc(text).replace(/["“”„‘’'«»`]/g, " "));
  t = dropPlaceNames(t);
  // "Giám đốc Sở Nội vụ", "Giám đốc Sở Giáo dục và Đào tạo": the department's name is not part of
  // the award (its words are not all capitalised, so dropPlaceNames cannot tell where it ends)
  t = t.replace(/(gi[áa]m đ[ốo]c s[ởo])\s+.+$/iu, "$1");
  // punctuation separates words; "/" and "&" stay (they belong to abbreviations like "GD&ĐT")
  t = t.replace(/[,.;:()\[\]\-–—_!?*]+/g, " ");
  const key = sensitive ? nameKey(t) : headerKey(t);
  return key.split(" ").filter(Boolean);
}

/** Phrase folding applied to both keys, in order. "" drops the phrase. */
const FOLDS: [string, string][] = [
  ["ủy ban nhân dân", "ubnd"],
  ["chủ tịch", "ct"],
  ["thủ tướng chính phủ", "ttg"],
  ["thủ tướng", "ttg"],
  ["ttcp", "ttg"],
  ["chiến sỹ", "chiến sĩ"],
  ["cấp cơ sở", "cơ sở"],
  ["giấy khen", "gk"],
  ["bằng khen", "bk"],
  ["danh hiệu", ""],
  ["của", ""],
  ["do", ""],
  ["tặng", ""],
  ["lao động tiên tiến", "lđtt"],
  ["lao động xuất sắc", "lđxs"],
  ["tập thể lđtt", "ttlđtt"],
  ["tập thể lđxs", "ttlđxs"],
  ["chiến sĩ thi đua cơ sở", "cstđcs"],
  ["chiến sĩ thi đua toàn quốc", "cstđtq"],
  ["gia đình văn hóa", "gđvh"],
];

type FoldRule = { from: string[]; to: string[] };
const foldRules = (sensitive: boolean): FoldRule[] =>
  FOLDS.map(([from, to]) => ({ from: rawTokens(from, sensitive), to: to ? rawTokens(to, sensitive) : [] }));
const SENSITIVE_FOLDS = foldRules(true);
const FREE_FOLDS = foldRules(false);

function applyFolds(tokens: string[], rules: FoldRule[]): string[] {
  let cur = tokens;
  for (const r of rules) {
    const n = r.from.length;
    if (n === 0) continue;
    let hit = false;
    const out: string[] = [];
    for (let i = 0; i < cur.length; ) {
      let match = i + n <= cur.length;
      for (let k = 0; match && k < n; k++) if (cur[i + k] !== r.from[k]) match = false;
      if (match) {
        out.push(...r.to);
        i += n;
        hit = true;
      } else out.push(cur[i++]);
    }
    if (hit) cur = out;
  }
  return cur;
}

/** Diacritic-sensitive award key ("Giấy khen cuả Chủ tịch Uỷ ban nhân dân huyện" = "GK CT UBND huyện"). */
export function awardKey(text: string): string {
  return applyFolds(rawTokens(text, true), SENSITIVE_FOLDS).join(" ");
}

/** Diacritics-free award key, trusted only for text typed without any diacritics. */
export function awardLooseKey(text: string): string {
  return applyFolds(rawTokens(text, false), FREE_FOLDS).join(" ");
}

function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036f\u0111\u0110]/.test(text.normalize("NFD"));
}

interface Indexed {
  sensitive: Map<string, AwardEntry>;
  loose: Map<string, AwardEntry>;
  issuerSensitive: { tokens: string[]; issuer: IssuerCode }[];
  issuerLoose: { tokens: string[]; issuer: IssuerCode }[];
  /** plain (unfolded, diacritics-free) spellings for suggestions */
  plain: { key: string; award: AwardEntry }[];
}

function buildIndex(): Indexed {
  const sensitive = new Map<string, AwardEntry>();
  const loose = new Map<string, AwardEntry>();
  const plain: Indexed["plain"] = [];
  for (const a of AWARDS) {
    for (const s of [a.name, a.fullName, ...a.aliases]) {
      if (!s) continue;
      const sk = awardKey(s);
      const lk = awardLooseKey(s);
      // first entry wins: the catalogue order puts the more specific meaning first
      if (!sensitive.has(sk)) sensitive.set(sk, a);
      if (!loose.has(lk)) loose.set(lk, a);
      const pk = headerKey(s);
      if (pk.length >= 5) plain.push({ key: pk, award: a });
    }
  }
  const issuerSensitive: Indexed["issuerSensitive"] = [];
  const issuerLoose: Indexed["issuerLoose"] = [];
  for (const [code, info] of Object.entries(ISSUERS) as [IssuerCode, (typeof ISSUERS)[IssuerCode]][]) {
    for (const s of info.aliases) {
      issuerSensitive.push({ tokens: awardKey(s).split(" "), issuer: code });
      issuerLoose.push({ tokens: awardLooseKey(s).split(" "), issuer: code });
    }
  }
  // longest issuer phrase first, so "ct ubnd huyện" wins over "ubnd huyện"
  issuerSensitive.sort((a, b) => b.tokens.length - a.tokens.length);
  issuerLoose.sort((a, b) => b.tokens.length - a.tokens.length);
  return { sensitive, loose, issuerSensitive, issuerLoose, plain };
}

let INDEX: Indexed | undefined;
const index = () => (INDEX ??= buildIndex());

// ---------------------------------------------------------------------------------------------
// Matching

export type AwardMatch =
  | {
      kind: "known";
      award: AwardEntry;
      /** the text is the catalogue's own spelling (up to tone placement, case, spacing) */
      exact: boolean;
      /** an issuer the text names after a title ("CSTĐCS của Chủ tịch UBND xã") */
      issuer?: IssuerCode;
    }
  | { kind: "unknown"; text: string; suggestion?: AwardEntry; distance?: number };

function lookup(
  key: string,
  map: Map<string, AwardEntry>,
  issuers: { tokens: string[]; issuer: IssuerCode }[],
): { award: AwardEntry; issuer?: IssuerCode } | undefined {
  const direct = map.get(key);
  if (direct) return { award: direct };
  // "<title> <issuer>": a title followed by who granted it
  const tokens = key.split(" ");
  for (const iss of issuers) {
    const n = iss.tokens.length;
    if (tokens.length <= n) continue;
    let ends = true;
    for (let k = 0; k < n && ends; k++) if (tokens[tokens.length - n + k] !== iss.tokens[k]) ends = false;
    if (!ends) continue;
    const head = map.get(tokens.slice(0, tokens.length - n).join(" "));
    if (head && head.category === "title") return { award: head, issuer: iss.issuer };
  }
  return undefined;
}

const MATCH_CACHE = new Map<string, AwardMatch>();

/** Recognise an award text (see the module comment for the acceptance policy). */
export function matchAward(text: string): AwardMatch {
  const cached = MATCH_CACHE.get(text);
  if (cached) return cached;
  const result = computeMatch(text);
  if (MATCH_CACHE.size > 50_000) MATCH_CACHE.clear();
  MATCH_CACHE.set(text, result);
  return result;
}

function computeMatch(text: string): AwardMatch {
  const idx = index();
  const trimmed = collapseSpaces(text ?? "");
  if (!trimmed) return { kind: "unknown", text: trimmed };
  const sk = awardKey(trimmed);
  const hit = lookup(sk, idx.sensitive, idx.issuerSensitive);
  if (hit) {
    const nk = nameKey(trimmed);
    const exact = nk === nameKey(hit.award.name) || (!!hit.award.fullName && nk === nameKey(hit.award.fullName));
    return { kind: "known", award: hit.award, exact, ...(hit.issuer ? { issuer: hit.issuer } : {}) };
  }
  const lk = awardLooseKey(trimmed);
  const looseHit = lookup(lk, idx.loose, idx.issuerLoose);
  if (looseHit) {
    if (!hasDiacritics(trimmed) || diacriticsAgree(trimmed, looseHit.award)) {
      return { kind: "known", award: looseHit.award, exact: false, ...(looseHit.issuer ? { issuer: looseHit.issuer } : {}) };
    }
    // Diacritics present but different from every accepted spelling: a misspelling.
    return { kind: "unknown", text: trimmed, suggestion: looseHit.award, distance: diacriticDistance(trimmed, looseHit.award) };
  }
  return suggest(trimmed);
}

/**
 * Text with *some* accents dropped ("Giấy khen cua Chu tich UBND huyen") is fine as long as every
 * accent that is written is right. Word by word against a spelling with the same bare letters when
 * there is one ("Lao động tiến tiến" fails on "tiến" ≠ "tiên"); else every accented word must be a
 * word of some accepted spelling.
 */
function diacriticsAgree(text: string, award: AwardEntry): boolean {
  const t = rawTokens(text, true);
  const tl = rawTokens(text, false);
  const spellings = [award.name, award.fullName, ...award.aliases].filter((s): s is string => !!s);
  let sameShape = false;
  for (const s of spellings) {
    const sl = rawTokens(s, false);
    if (sl.length !== tl.length || sl.some((w, i) => w !== tl[i])) continue;
    sameShape = true;
    const ss = rawTokens(s, true);
    if (t.every((w, i) => !hasDiacritics(w) || w === ss[i])) return true;
  }
  if (sameShape) return false;
  const words = new Set<string>();
  for (const s of [...spellings, ...FOLDS.map(([from]) => from), ...Object.values(ISSUERS).flatMap((i) => i.aliases)])
    for (const w of rawTokens(s, true)) words.add(w);
  return t.every((w) => !hasDiacritics(w) || words.has(w));
}

/** How many letters differ from the nearest accepted spelling of the award (for the message). */
function diacriticDistance(text: string, award: AwardEntry): number {
  const t = nameKey(text);
  let best = Infinity;
  for (const s of [award.name, award.fullName, ...award.aliases]) {
    if (!s) continue;
    best = Math.min(best, levenshtein(t, nameKey(s), Infinity));
  }
  return best;
}

function suggest(text: string): AwardMatch {
  const key = headerKey(text);
  const limit = Math.max(TDKT_CONFIG.awardSuggestionMaxDistance, Math.floor(key.length * TDKT_CONFIG.awardSuggestionMaxRatio));
  let best: { award: AwardEntry; d: number } | undefined;
  for (const p of index().plain) {
    if (Math.abs(p.key.length - key.length) > limit) continue;
    const d = levenshtein(key, p.key, best ? Math.min(best.d, limit) : limit);
    if (d <= limit && (!best || d < best.d)) best = { award: p.award, d };
  }
  return best ? { kind: "unknown", text, suggestion: best.award, distance: best.d } : { kind: "unknown", text };
}

/** Edit distance with an early exit once every path exceeds `max`. */
export function levenshtein(a: string, b: string, max: number): number {
  const A = Array.from(a);
  const B = Array.from(b);
  let prev = Array.from({ length: B.length + 1 }, (_, i) => i);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= B.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return rowMin;
    prev = cur;
  }
  return prev[B.length];
}

/** The award id a record is meant to be counted under: known, else the suggestion, else none. */
export function intendedAward(text: string): AwardEntry | undefined {
  const m = matchAward(text);
  return m.kind === "known" ? m.award : m.suggestion;
}

/** Is `isoDate` inside [from, to] (open ends allowed)? */
export function inRange(isoDate: string, range: { from?: string; to?: string }): boolean {
  return (!range.from || isoDate >= range.from) && (!range.to || isoDate <= range.to);
}
