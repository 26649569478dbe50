/**
 * The shape of the award catalogue (../shared/reference/award-catalogue-law.md): every danh hiệu
 * thi đua and hình thức khen thưởng with its family, class, recipients, issuer per legal period,
 * the article establishing it and how sure the reference is of it. The data lives in data-*.ts,
 * one file per family group; this file holds only the types, the issuers and the builders.
 */
import type { Localized, RecipientKind } from "../../model";

/**
 * Legal periods (award-catalogue-law.md §0). P0 before Luật 2003 took effect; P1 Luật 2003 with
 * NĐ 91/2017; P2 Luật 2022 with NĐ 98/2023; P3 from 01/7/2025 (NĐ 152/2025, NĐ 129/2025: no district).
 */
export type Period = "P0" | "P1" | "P2" | "P3";
export const PERIODS: Record<Period, { from?: string; to?: string; law: string }> = {
  P0: { to: "2004-06-30", law: "trước Luật Thi đua, Khen thưởng 2003" },
  P1: { from: "2004-07-01", to: "2023-12-31", law: "Luật 15/2003/QH11 (sửa đổi 2005, 2013), NĐ 91/2017/NĐ-CP" },
  P2: { from: "2024-01-01", to: "2025-06-30", law: "Luật 06/2022/QH15, NĐ 98/2023/NĐ-CP, TT 01/2024/TT-BNV" },
  P3: { from: "2025-07-01", law: "Luật 06/2022/QH15, NĐ 152/2025/NĐ-CP, NĐ 129/2025/NĐ-CP, TT 15/2025/TT-BNV" },
};
export const PERIOD_ORDER: Period[] = ["P0", "P1", "P2", "P3"];


/** Confidence labels of the reference: only [C] and [C-sec] facts may produce an error. */
export type Confidence = "C" | "C-sec" | "I" | "UNCONFIRMED";

/**
 * The family of an award: matching never crosses families (Huân chương ≠ Huy chương ≠ Kỷ niệm
 * chương). "danh-hieu" are the emulation titles; "vinh-du" the State honorary titles.
 */
export type Family =
  | "danh-hieu"
  | "huan-chuong"
  | "huy-chuong"
  | "vinh-du"
  | "giai-thuong"
  | "ky-niem-chuong"
  | "huy-hieu"
  | "bang-khen"
  | "giay-khen"
  | "khac";

export const FAMILY_NAMES: Record<Family, Localized> = {
  "danh-hieu": { vi: "Danh hiệu thi đua", en: "Emulation titles" },
  "huan-chuong": { vi: "Huân chương", en: "Orders" },
  "huy-chuong": { vi: "Huy chương", en: "Medals" },
  "vinh-du": { vi: "Danh hiệu vinh dự nhà nước", en: "State honorary titles" },
  "giai-thuong": { vi: "Giải thưởng", en: "Prizes" },
  "ky-niem-chuong": { vi: "Kỷ niệm chương", en: "Commemorative medals" },
  "huy-hieu": { vi: "Huy hiệu", en: "Badges" },
  "bang-khen": { vi: "Bằng khen", en: "Certificates of merit (Bằng khen)" },
  "giay-khen": { vi: "Giấy khen", en: "Certificates of merit (Giấy khen)" },
  khac: { vi: "Hình thức khác, lịch sử hoặc ngoài Luật Thi đua, khen thưởng", en: "Historical forms and forms outside the TĐKT law" },
};

/** Who signs the decision. Codes are stable; labels are in ISSUERS. */
export type IssuerCode =
  | "chu-tich-nuoc"
  | "chinh-phu"
  | "thu-tuong"
  | "bo-nganh"
  | "ct-ubnd-tinh"
  | "giam-doc-so"
  | "ct-ubnd-huyen"
  | "ct-ubnd-xa"
  | "thu-truong-don-vi"
  | "doanh-nghiep"
  | "quan-doi-cong-an"
  | "tinh-uy"
  | "huyen-uy";

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
  family: Family;
  /** hạng Nhất = 1, Nhì = 2, Ba = 3 */
  class?: 1 | 2 | 3;
  recipients: RecipientKind[];
  level: AwardLevel;
  /** the issuer that a form's name itself states (Giấy khen *của Chủ tịch UBND huyện*) */
  issuer?: IssuerCode;
  /** the legal periods in which the award exists */
  periods: Period[];
  /** when the award itself exists, from `periods` unless stated (a district award ends with the district tier) */
  valid: { from?: string; to?: string; basis: string };
  /** who may grant it, by date (award-catalogue-law.md "Granted by P1/P2/P3") */
  grants: Grant[];
  /** the establishing article(s) */
  article: string;
  /** the reference's confidence label; [I] and UNCONFIRMED facts never produce an error */
  confidence: Confidence;
  /** row of the reference it comes from ("A3", "B1", "B6", "C") */
  source: string;
  /** spellings and abbreviations seen in practice, beyond what the key folding covers */
  aliases: string[];
  /** codes of production TĐKT systems (award-catalogue-law.md §2: "LĐTTCX", "CTĐCP") */
  codes?: string[];
  /** the award under which it is totalled ("Tập thể lao động tiên tiến" -> "ldtt") */
  reportAs: string;
  /** where the reference marks a fact as inferred or unconfirmed: said in every warning */
  unconfirmed?: string;
  /** not a form of Luật Thi đua, khen thưởng (Party commendation, ưu đãi người có công): why */
  outsideLaw?: string;
}

export const ISSUERS: Record<IssuerCode, { name: Localized; aliases: string[] }> = {
  "chu-tich-nuoc": { name: { vi: "Chủ tịch nước", en: "the State President" }, aliases: ["Chủ tịch nước", "CTN"] },
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
    aliases: ["Chủ tịch UBND huyện", "UBND huyện", "Chủ tịch UBND cấp huyện", "Chủ tịch UBND quận", "Chủ tịch UBND thị xã", "Chủ tịch UBND thành phố thuộc tỉnh"],
  },
  "ct-ubnd-xa": {
    name: { vi: "Chủ tịch UBND xã", en: "the Chairman of the Commune People's Committee" },
    aliases: ["Chủ tịch UBND xã", "UBND xã", "Chủ tịch UBND cấp xã", "Chủ tịch UBND thị trấn", "Chủ tịch UBND phường", "Chủ tịch UBND đặc khu"],
  },
  "thu-truong-don-vi": {
    name: { vi: "Thủ trưởng cơ quan, đơn vị", en: "the head of an agency or unit" },
    aliases: ["Thủ trưởng cơ quan, đơn vị", "Thủ trưởng đơn vị", "Thủ trưởng cơ quan", "Hiệu trưởng"],
  },
  "doanh-nghiep": {
    name: { vi: "Giám đốc doanh nghiệp, hợp tác xã", en: "the director of an enterprise or cooperative" },
    aliases: ["Giám đốc doanh nghiệp", "Tổng giám đốc", "Giám đốc hợp tác xã", "Chủ tịch HĐQT", "Chủ tịch HĐTV"],
  },
  "quan-doi-cong-an": {
    name: { vi: "Thủ trưởng trong Quân đội, Công an", en: "a commander in the army or police" },
    aliases: ["Chỉ huy trưởng", "Thủ trưởng đơn vị quân đội"],
  },
  "tinh-uy": { name: { vi: "Ban Thường vụ Tỉnh ủy", en: "the Provincial Party Committee" }, aliases: ["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy"] },
  "huyen-uy": { name: { vi: "Ban Thường vụ Huyện ủy", en: "the District Party Committee" }, aliases: ["Huyện ủy", "Ban Thường vụ Huyện ủy", "BTV Huyện ủy"] },
};

/** Is `isoDate` inside [from, to] (open ends allowed)? */
export function inRange(isoDate: string, range: { from?: string; to?: string }): boolean {
  return (!range.from || isoDate >= range.from) && (!range.to || isoDate <= range.to);
}

/** What a data file gives; the builder fills category, reportAs, valid and the defaults. */
export type EntryInput = Omit<AwardEntry, "category" | "reportAs" | "valid" | "aliases" | "confidence"> & {
  reportAs?: string;
  valid?: AwardEntry["valid"];
  aliases?: string[];
  confidence?: Confidence;
};

function validOf(periods: Period[], basis: string): AwardEntry["valid"] {
  const sorted = PERIOD_ORDER.filter((p) => periods.includes(p));
  const from = PERIODS[sorted[0]]?.from;
  const to = PERIODS[sorted[sorted.length - 1]]?.to;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}), basis };
}

const build = (category: AwardEntry["category"]) => (e: EntryInput): AwardEntry => ({
  category,
  reportAs: e.id,
  aliases: [],
  confidence: "C",
  ...e,
  valid: e.valid ?? validOf(e.periods, e.article),
});
export const title = build("title");
export const form = build("form");

export const ALL_KINDS: RecipientKind[] = ["collective", "individual", "household"];
export const CLASS_NAMES = ["Nhất", "Nhì", "Ba"] as const;
