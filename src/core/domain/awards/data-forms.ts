/**
 * Tables B6 (Bằng khen) and B7 (Giấy khen) of award-catalogue-law.md, one entry per issuer level.
 * The issuer is part of the award: a Giấy khen of a thị xã is not one of a xã, a Bằng khen of the
 * Tỉnh ủy is not one of the UBND tỉnh. Forms the law does not know (Bằng khen of a district
 * chairman, Giấy khen of the provincial chairman) have no entry on purpose: they stay unknown.
 */
import { P2_END } from "./data-titles";
import { ALL_KINDS, form, type AwardEntry, type IssuerCode } from "./types";

const NOW = ["P1", "P2", "P3"] as const;

interface GkInput {
  id: string;
  name: string;
  fullName?: string;
  en: string;
  issuer: IssuerCode;
  level: AwardEntry["level"];
  aliases: string[];
  to?: string;
  basis: string;
  confidence?: AwardEntry["confidence"];
  unconfirmed?: string;
}

function giayKhen(e: GkInput): AwardEntry {
  return form({
    id: e.id,
    name: e.name,
    ...(e.fullName ? { fullName: e.fullName } : {}),
    en: e.en,
    family: "giay-khen",
    recipients: ALL_KINDS,
    level: e.level,
    issuer: e.issuer,
    periods: e.to ? ["P1", "P2"] : [...NOW],
    ...(e.to ? { valid: { to: e.to, basis: "NĐ 129/2025/NĐ-CP: cấp huyện kết thúc hoạt động từ 01/7/2025" } } : {}),
    grants: [{ issuer: e.issuer, ...(e.to ? { to: e.to } : {}), basis: e.basis }],
    article: "Luật 2003 Điều 80; Luật 2022 Điều 80",
    source: "B7",
    aliases: e.aliases,
    ...(e.confidence ? { confidence: e.confidence } : {}),
    ...(e.unconfirmed ? { unconfirmed: e.unconfirmed } : {}),
  });
}

/** The district-level Giấy khen, one entry per kind of district (huyện, quận, thị xã, thành phố): they are different issuers. */
const districtGk = (id: string, place: string, en: string, extra: string[] = []): AwardEntry =>
  giayKhen({
    id,
    name: `Giấy khen của Chủ tịch UBND ${place}`,
    fullName: `Giấy khen của Chủ tịch Ủy ban nhân dân ${place}`,
    en: `${en} Chairman's Certificate of Merit (to 30/6/2025)`,
    issuer: "ct-ubnd-huyen",
    level: "district",
    to: P2_END,
    basis: "Luật 2003 Điều 80 k1; Luật 2022 Điều 80 k2",
    aliases: [
      `GK CT UBND ${place}`,
      `GK UBND ${place}`,
      `GK CT ${place}`,
      `GK ${place}`,
      `Giấy khen UBND ${place}`,
      `Giấy khen ${place}`,
      `UBND ${place} tặng giấy khen`,
      `Chủ tịch UBND ${place} tặng giấy khen`,
      ...extra,
    ],
  });

export const FORMS: AwardEntry[] = [
  // --- B6 Bằng khen
  form({
    id: "bk-ttg",
    name: "Bằng khen của Thủ tướng Chính phủ",
    en: "Prime Minister's Certificate of Merit",
    family: "bang-khen",
    recipients: ALL_KINDS,
    level: "state",
    issuer: "thu-tuong",
    periods: [...NOW],
    grants: [{ issuer: "thu-tuong", basis: "Luật 2003 Điều 78; Luật 2022 Điều 78 k2" }],
    article: "Luật 2003 Điều 78; Luật 2022 Điều 78 k2; NĐ 91/2017 Điều 38",
    source: "B6",
    aliases: ["BK TTCP", "BK TTg", "BK Thủ tướng", "Bằng khen Thủ tướng"],
    codes: ["BKTTg"],
  }),
  form({
    id: "bk-bo",
    name: "Bằng khen của Bộ, ban, ngành, đoàn thể Trung ương",
    en: "Ministry / Central Body Certificate of Merit",
    family: "bang-khen",
    recipients: ALL_KINDS,
    level: "ministry-province",
    issuer: "bo-nganh",
    periods: [...NOW],
    grants: [{ issuer: "bo-nganh", basis: "Luật 2003 Điều 79; Luật 2022 Điều 79" }],
    article: "Luật 2003 Điều 79; Luật 2022 Điều 72–74, 79",
    source: "B6",
    aliases: [
      "Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương",
      "Bằng khen của Bộ trưởng",
      "Bằng khen cấp bộ",
      "Bằng khen của Bộ",
      "BK Bộ",
      "Bằng khen của Tổng Liên đoàn Lao động Việt Nam",
      "Bằng khen của Ban Chấp hành Trung ương Đoàn",
      // the reference's "Ban Chấp hành Trung ương Đoàn …", with the Đoàn's own name
      "Bằng khen của Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
      "Bằng khen của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
    ],
    unconfirmed: "số điều của Luật 2022 (trừ Điều 74) là suy luận [I]",
  }),
  form({
    id: "bk-ct-ubnd-tinh",
    name: "Bằng khen của Chủ tịch UBND tỉnh",
    fullName: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    en: "Provincial Chairman's Certificate of Merit",
    family: "bang-khen",
    recipients: ALL_KINDS,
    level: "ministry-province",
    issuer: "ct-ubnd-tinh",
    periods: [...NOW],
    grants: [{ issuer: "ct-ubnd-tinh", basis: "Luật 2003 Điều 79; Luật 2022 Điều 74, 79" }],
    article: "Luật 2003 Điều 79; Luật 2022 Điều 72–74, 79",
    source: "B6",
    aliases: ["BK CT UBND tỉnh", "BK UBND tỉnh", "BK tỉnh", "Bằng khen UBND tỉnh", "Bằng khen tỉnh", "Bằng khen của UBND tỉnh", "Bằng khen của Chủ tịch UBND cấp tỉnh"],
  }),
  form({
    id: "bk-tinh-uy",
    name: "Bằng khen của Ban Thường vụ Tỉnh ủy",
    en: "Provincial Party Committee Certificate of Merit",
    family: "bang-khen",
    recipients: ALL_KINDS,
    level: "ministry-province",
    issuer: "tinh-uy",
    periods: [...NOW],
    grants: [{ issuer: "tinh-uy", basis: "quy định của Đảng" }],
    article: "quy định của Đảng (ngoài Luật Thi đua, khen thưởng)",
    source: "B6",
    confidence: "I",
    aliases: ["Bằng khen của Tỉnh ủy", "Bằng khen Tỉnh ủy", "BK Tỉnh ủy", "Bằng khen của BTV Tỉnh ủy"],
    outsideLaw: "khen thưởng của Đảng, không gộp với Bằng khen của Chủ tịch UBND tỉnh",
  }),
  form({
    id: "bk-huyen-uy",
    name: "Bằng khen của Ban Thường vụ Huyện ủy",
    en: "District Party Committee Certificate of Merit",
    family: "bang-khen",
    recipients: ALL_KINDS,
    level: "district",
    issuer: "huyen-uy",
    periods: [...NOW],
    grants: [{ issuer: "huyen-uy", basis: "quy định của Đảng" }],
    article: "quy định của Đảng (ngoài Luật Thi đua, khen thưởng)",
    source: "B6",
    confidence: "I",
    aliases: ["Bằng khen của Huyện ủy", "Bằng khen Huyện ủy", "BK Huyện ủy"],
    outsideLaw: "khen thưởng của Đảng, ngoài Luật Thi đua, khen thưởng",
  }),
  // --- B7 Giấy khen
  giayKhen({
    id: "gk-thu-truong",
    name: "Giấy khen của Thủ trưởng cơ quan, đơn vị",
    en: "Agency Head's Certificate of Merit",
    issuer: "thu-truong-don-vi",
    level: "unit",
    basis: "Luật 2003 Điều 80 k1; Luật 2022 Điều 80 k1",
    aliases: [
      "Giấy khen của Thủ trưởng cơ quan, đơn vị thuộc bộ, ngành, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
      "Giấy khen của Thủ trưởng đơn vị",
      "Giấy khen của Thủ trưởng cơ quan",
      "GK Thủ trưởng đơn vị",
      "Giấy khen của Hiệu trưởng",
      "Giấy khen của Giám đốc Trung tâm",
      "Giấy khen của Viện trưởng",
    ],
  }),
  giayKhen({
    id: "gk-giam-doc-so",
    name: "Giấy khen của Giám đốc Sở",
    en: "Provincial Department Director's Certificate of Merit",
    issuer: "giam-doc-so",
    level: "ministry-province",
    basis: "Luật 2003 Điều 80 k1; Luật 2022 Điều 80 k1",
    aliases: [
      "Giấy khen của Thủ trưởng cơ quan chuyên môn và tương đương thuộc Ủy ban nhân dân cấp tỉnh",
      "Giấy khen của Thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh",
      "GK Sở",
      "GK Giám đốc Sở",
      "Giấy khen Sở",
    ],
  }),
  districtGk("gk-ct-ubnd-huyen", "huyện", "District", ["Giấy khen của Chủ tịch UBND cấp huyện", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện"]),
  districtGk("gk-ct-ubnd-quan", "quận", "Urban District"),
  districtGk("gk-ct-ubnd-thi-xa", "thị xã", "Town"),
  districtGk("gk-ct-ubnd-thanh-pho", "thành phố", "Provincial City"),
  giayKhen({
    id: "gk-ct-ubnd-xa",
    name: "Giấy khen của Chủ tịch UBND xã",
    fullName: "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
    en: "Commune Chairman's Certificate of Merit",
    issuer: "ct-ubnd-xa",
    level: "commune",
    basis: "Luật 2003 Điều 80; Luật 2022 Điều 80 k3",
    aliases: [
      "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
      "GK CT UBND xã",
      "GK UBND xã",
      "GK xã",
      "Giấy khen UBND xã",
      "Giấy khen của Chủ tịch UBND cấp xã",
      // a phường, thị trấn and (from 01/7/2025) đặc khu are commune-level (NĐ 129/2025)
      ...["phường", "thị trấn", "đặc khu"].flatMap((p) => [`Giấy khen của Chủ tịch UBND ${p}`, `GK CT UBND ${p}`, `GK UBND ${p}`, `GK ${p}`]),
    ],
  }),
  giayKhen({
    id: "gk-doanh-nghiep",
    name: "Giấy khen của Giám đốc doanh nghiệp, hợp tác xã",
    en: "Enterprise / Cooperative Director's Certificate of Merit",
    issuer: "doanh-nghiep",
    level: "unit",
    basis: "Luật 2003 Điều 80 k1; Luật 2022 Điều 80 k4",
    aliases: ["Giấy khen của Tổng giám đốc", "Giấy khen của Giám đốc doanh nghiệp", "Giấy khen của Giám đốc hợp tác xã", "Giấy khen của Chủ tịch HĐQT", "Giấy khen của Chủ tịch HĐTV"],
  }),
  giayKhen({
    id: "gk-quan-doi",
    name: "Giấy khen của Thủ trưởng trong Quân đội, Công an",
    en: "Army / Police Commander's Certificate of Merit",
    issuer: "quan-doi-cong-an",
    level: "unit",
    basis: "Luật 2022 Điều 80 k5",
    confidence: "I",
    aliases: ["Giấy khen của Chỉ huy trưởng"],
    unconfirmed: "thẩm quyền trong Quân đội, Công an theo quy định riêng [I]",
  }),
];
