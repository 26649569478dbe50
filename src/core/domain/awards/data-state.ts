/**
 * Tables B1–B5 and C of award-catalogue-law.md: the State's orders (Huân chương), medals (Huy
 * chương), honorary titles, prizes, commemorative medals and badges, and the historical forms real
 * databases still hold. All are decided by the Chủ tịch nước (Luật 2003 Điều 77, Luật 2022 Điều 77)
 * except where a row says otherwise; the Thủ tướng only proposes them (Luật 2022 Điều 83 k2).
 */
import type { RecipientKind } from "../../model";
import { CLASS_NAMES, form, type AwardEntry, type Confidence, type Family, type Period } from "./types";

const CTN = [{ issuer: "chu-tich-nuoc" as const, basis: "Luật 2003 Điều 77; Luật 2022 Điều 77" }];
const NOW: Period[] = ["P1", "P2", "P3"];

interface StateInput {
  id: string;
  name: string;
  en: string;
  family: Family;
  recipients: RecipientKind[];
  article: string;
  source: string;
  periods?: Period[];
  confidence?: Confidence;
  aliases?: string[];
  /** abbreviations written before the class ("HCLĐ" -> "HCLĐ hạng Nhất") */
  abbreviations?: string[];
  unconfirmed?: string;
  outsideLaw?: string;
  grants?: AwardEntry["grants"];
}

function one(e: StateInput): AwardEntry {
  return form({
    id: e.id,
    name: e.name,
    en: e.en,
    family: e.family,
    recipients: e.recipients,
    level: "state",
    periods: e.periods ?? NOW,
    grants: e.grants ?? CTN,
    article: e.article,
    source: e.source,
    aliases: [...(e.aliases ?? []), ...(e.abbreviations ?? [])],
    ...(e.confidence ? { confidence: e.confidence } : {}),
    ...(e.unconfirmed ? { unconfirmed: e.unconfirmed } : {}),
    ...(e.outsideLaw ? { outsideLaw: e.outsideLaw } : {}),
  });
}

/** One entry per class (hạng Nhất, Nhì, Ba); `classes` 2 for the two-class historical medals. */
function classed(e: StateInput, classes: 2 | 3 = 3): AwardEntry[] {
  const out: AwardEntry[] = [];
  for (let i = 0; i < classes; i++) {
    const hang = CLASS_NAMES[i];
    const n = (i + 1) as 1 | 2 | 3;
    out.push({
      ...one({
        ...e,
        id: `${e.id}-${n}`,
        name: `${e.name} hạng ${hang}`,
        en: `${e.en}, ${["first", "second", "third"][i]} class`,
        aliases: [...(e.aliases ?? []), ...(e.abbreviations ?? [])].map((a) => `${a} hạng ${hang}`),
        abbreviations: [],
      }),
      class: n,
    });
  }
  return out;
}

const BOTH: RecipientKind[] = ["collective", "individual"];
const ONE: RecipientKind[] = ["individual"];
const ORDERS = "Luật 2003 Điều 33; Luật 2022 Điều 33 k2";

export const STATE_AWARDS: AwardEntry[] = [
  // --- B1 Huân chương (10 orders, 5 with classes; no hạng Tư)
  one({ id: "hc-sao-vang", name: "Huân chương Sao vàng", en: "Gold Star Order", family: "huan-chuong", recipients: BOTH, article: ORDERS, source: "B1" }),
  one({ id: "hc-ho-chi-minh", name: "Huân chương Hồ Chí Minh", en: "Ho Chi Minh Order", family: "huan-chuong", recipients: BOTH, article: ORDERS, source: "B1" }),
  ...classed({ id: "hcdl", name: "Huân chương Độc lập", en: "Independence Order", family: "huan-chuong", recipients: BOTH, article: ORDERS, source: "B1", abbreviations: ["HCĐL"] }),
  ...classed({ id: "hcqc", name: "Huân chương Quân công", en: "Military Exploit Order", family: "huan-chuong", recipients: BOTH, article: ORDERS, source: "B1", abbreviations: ["HCQC"] }),
  ...classed({ id: "hcld", name: "Huân chương Lao động", en: "Labour Order", family: "huan-chuong", recipients: BOTH, article: ORDERS, source: "B1", abbreviations: ["HCLĐ"] }),
  ...classed({ id: "hcbvtq", name: "Huân chương Bảo vệ Tổ quốc", en: "Fatherland Defence Order", family: "huan-chuong", recipients: BOTH, article: ORDERS, source: "B1", abbreviations: ["HCBVTQ"] }),
  ...classed({ id: "hccc", name: "Huân chương Chiến công", en: "Feat of Arms Order", family: "huan-chuong", recipients: BOTH, article: ORDERS, source: "B1", abbreviations: ["HCCC"] }),
  one({ id: "hc-dai-doan-ket", name: "Huân chương Đại đoàn kết dân tộc", en: "Great National Unity Order", family: "huan-chuong", recipients: ONE, article: ORDERS, source: "B1", unconfirmed: "người nhận (chỉ cá nhân?) là suy luận [I]" }),
  one({ id: "hc-dung-cam", name: "Huân chương Dũng cảm", en: "Bravery Order", family: "huan-chuong", recipients: ONE, article: ORDERS, source: "B1", unconfirmed: "người nhận (chỉ cá nhân?) là suy luận [I]" }),
  one({ id: "hc-huu-nghi", name: "Huân chương Hữu nghị", en: "Friendship Order", family: "huan-chuong", recipients: BOTH, article: ORDERS, source: "B1" }),
  // --- B2 Huy chương
  one({ id: "hcg-quan-ky", name: "Huy chương Quân kỳ quyết thắng", en: "Determined-to-Win Army Flag Medal", family: "huy-chuong", recipients: ONE, article: "NQ 572-NQ/HĐNN7 (1984); Luật 2022 Điều 54", source: "B2" }),
  one({ id: "hcg-vi-an-ninh", name: "Huy chương Vì an ninh Tổ quốc", en: "For the Fatherland's Security Medal", family: "huy-chuong", recipients: ONE, article: "Luật 2003 Điều 53; Luật 2022 Điều 54", source: "B2" }),
  ...classed({ id: "hcg-csvv", name: "Huy chương Chiến sĩ vẻ vang", en: "Glorious Fighter Medal", family: "huy-chuong", recipients: ONE, article: "Luật 2013 k28 Điều 1; Luật 2022 Điều 54", source: "B2" }),
  one({ id: "hcg-huu-nghi", name: "Huy chương Hữu nghị", en: "Friendship Medal", family: "huy-chuong", recipients: ONE, article: "Luật 2003 Điều 53; Luật 2022 Điều 54", source: "B2" }),
  one({
    id: "hcg-tnxp",
    name: "Huy chương Thanh niên xung phong vẻ vang",
    en: "Glorious Youth Volunteer Medal",
    family: "huy-chuong",
    recipients: ONE,
    article: "Luật 2022 Điều 96 k2",
    source: "B2",
    aliases: ["Huy chương TNXP vẻ vang"],
    unconfirmed: "có trong giai đoạn 2004–2023 hay không chưa xác nhận",
  }),
  // --- B3 Danh hiệu vinh dự nhà nước (Luật 2022 Điều 59 k2; Luật 2005 Điều 58)
  ...(
    [
      ["tinh-anh-hung", "Tỉnh Anh hùng", "Hero Province", ["collective"], []],
      ["thanh-pho-anh-hung", "Thành phố Anh hùng", "Hero City", ["collective"], []],
      ["ba-me-vnah", "Bà mẹ Việt Nam anh hùng", "Heroic Vietnamese Mother", ONE, ["BMVNAH"]],
      ["ahllvtnd", "Anh hùng Lực lượng vũ trang nhân dân", "Hero of the People's Armed Forces", BOTH, ["AHLLVTND", "Anh hùng LLVTND"]],
      ["ahld", "Anh hùng Lao động", "Labour Hero", BOTH, ["AHLĐ"]],
      ["ngnd", "Nhà giáo nhân dân", "People's Teacher", ONE, ["NGND"]],
      ["ngut", "Nhà giáo ưu tú", "Meritorious Teacher", ONE, ["NGƯT"]],
      ["ttnd", "Thầy thuốc nhân dân", "People's Physician", ONE, ["TTND"]],
      ["ttut", "Thầy thuốc ưu tú", "Meritorious Physician", ONE, ["TTƯT"]],
      ["nsnd", "Nghệ sĩ nhân dân", "People's Artist", ONE, ["NSND"]],
      ["nsut", "Nghệ sĩ ưu tú", "Meritorious Artist", ONE, ["NSƯT"]],
      ["nnnd", "Nghệ nhân nhân dân", "People's Artisan", ONE, ["NNND"]],
      ["nnut", "Nghệ nhân ưu tú", "Meritorious Artisan", ONE, ["NNƯT"]],
    ] as [string, string, string, RecipientKind[], string[]][]
  ).map(([id, name, en, recipients, abbreviations]) =>
    one({ id, name, en, family: "vinh-du", recipients, article: "Luật 2005 Điều 58; Luật 2022 Điều 59 k2", source: "B3", abbreviations }),
  ),
  // --- B4 Giải thưởng
  one({ id: "giai-hcm", name: "Giải thưởng Hồ Chí Minh", en: "Ho Chi Minh Prize", family: "giai-thuong", recipients: BOTH, article: "Luật 2003 Điều 8; Luật 2022 Điều 9", source: "B4", unconfirmed: "người nhận (tác giả cá nhân hoặc tập thể) là suy luận [I]" }),
  one({ id: "giai-nha-nuoc", name: "Giải thưởng Nhà nước", en: "State Prize", family: "giai-thuong", recipients: BOTH, article: "Luật 2003 Điều 8; Luật 2022 Điều 9", source: "B4", unconfirmed: "người nhận (tác giả cá nhân hoặc tập thể) là suy luận [I]" }),
  // --- B5 Kỷ niệm chương, Huy hiệu
  form({
    id: "knc",
    name: "Kỷ niệm chương",
    en: "Commemorative Medal (of a ministry or central body)",
    family: "ky-niem-chuong",
    recipients: ONE,
    level: "ministry-province",
    issuer: "bo-nganh",
    periods: NOW,
    grants: [{ issuer: "bo-nganh", basis: "Luật 2003 Điều 8; Luật 2022 Điều 9, 79" }],
    article: "Luật 2003 Điều 8; Luật 2022 Điều 9",
    source: "B5",
    aliases: ["Kỷ niệm chương Vì sự nghiệp"],
    codes: ["KNC"],
    unconfirmed: "lời văn thẩm quyền là suy luận [I]",
  }),
  one({
    id: "knc-tu-day",
    name: "Kỷ niệm chương Chiến sĩ cách mạng bị địch bắt tù đày",
    en: "Commemorative Medal for Imprisoned Revolutionary Fighters",
    family: "ky-niem-chuong",
    recipients: ONE,
    periods: ["P0", "P1", "P2", "P3"],
    grants: [{ issuer: "thu-tuong", basis: "thực tiễn (award-catalogue-law.md B5)" }],
    article: "award-catalogue-law.md B5",
    source: "B5",
  }),
  form({
    id: "huy-hieu-tinh",
    name: "Huy hiệu của tỉnh",
    en: "Provincial Badge (to 2023)",
    family: "huy-hieu",
    recipients: ONE,
    level: "ministry-province",
    issuer: "ct-ubnd-tinh",
    periods: ["P1"],
    grants: [{ issuer: "ct-ubnd-tinh", to: "2023-12-31", basis: "Luật 2003 Điều 8" }],
    article: "Luật 2003 Điều 8; bỏ theo Luật 2022 Điều 9",
    source: "B5",
    confidence: "C-sec",
    aliases: ["Huy hiệu tỉnh", "Huy hiệu"],
  }),
  // --- Table C: historical forms still found in databases (P0; resistance awards may still be decided under Luật 2022 Điều 96 k1)
  ...classed({ id: "hc-khang-chien", name: "Huân chương Kháng chiến", en: "Resistance Order", family: "huan-chuong", recipients: BOTH, periods: ["P0"], article: "Sắc lệnh 216-SL (1948), 43-SL (1950); Luật 2022 Điều 96 k1", source: "C", aliases: ["Huân chương Kháng chiến chống Pháp"], abbreviations: ["HCKC"] }),
  ...classed({ id: "hc-khang-chien-my", name: "Huân chương Kháng chiến chống Mỹ, cứu nước", en: "Anti-US Resistance Order", family: "huan-chuong", recipients: BOTH, periods: ["P0"], article: "văn bản lập chưa xác nhận; Luật 2022 Điều 96 k1", source: "C", confidence: "I", aliases: ["Huân chương Kháng chiến chống Mỹ"] }),
  ...classed({ id: "hcg-khang-chien", name: "Huy chương Kháng chiến", en: "Resistance Medal", family: "huy-chuong", recipients: ONE, periods: ["P0"], article: "Luật 2022 Điều 96 k1", source: "C", confidence: "I", aliases: ["Huy chương Kháng chiến chống Pháp"] }, 2),
  ...classed({ id: "hcg-khang-chien-my", name: "Huy chương Kháng chiến chống Mỹ, cứu nước", en: "Anti-US Resistance Medal", family: "huy-chuong", recipients: ONE, periods: ["P0"], article: "Luật 2022 Điều 96 k1", source: "C", confidence: "I", aliases: ["Huy chương Kháng chiến chống Mỹ"] }, 2),
  ...classed({ id: "hc-chien-thang", name: "Huân chương Chiến thắng", en: "Victory Order", family: "huan-chuong", recipients: BOTH, periods: ["P0"], article: "Sắc lệnh 54/SL (1958)", source: "C" }),
  ...classed({ id: "hcg-chien-thang", name: "Huy chương Chiến thắng", en: "Victory Medal", family: "huy-chuong", recipients: ONE, periods: ["P0"], article: "Sắc lệnh 54/SL (1958)", source: "C", grants: [{ issuer: "thu-tuong", basis: "Sắc lệnh 54/SL (1958)" }] }, 2),
  ...classed({ id: "hc-csvv", name: "Huân chương Chiến sĩ vẻ vang", en: "Glorious Fighter Order (to 2004)", family: "huan-chuong", recipients: ONE, periods: ["P0"], article: "NQ 12/HĐNN8 (1987); thay bằng Huy chương Chiến sĩ vẻ vang từ 01/7/2004", source: "C" }),
  one({ id: "hc-thanh-dong", name: "Huân chương Thành đồng", en: "Bronze Citadel Order", family: "huan-chuong", recipients: BOTH, periods: ["P0"], article: "trước 01/7/2004", source: "C", confidence: "I" }),
  one({ id: "hc-quan-cong-giai-phong", name: "Huân chương Quân công giải phóng", en: "Liberation Military Exploit Order", family: "huan-chuong", recipients: BOTH, periods: ["P0"], article: "trước 01/7/2004", source: "C", confidence: "I" }),
  one({ id: "hc-chien-cong-giai-phong", name: "Huân chương Chiến công giải phóng", en: "Liberation Feat of Arms Order", family: "huan-chuong", recipients: BOTH, periods: ["P0"], article: "trước 01/7/2004", source: "C", confidence: "I" }),
  one({ id: "hc-quyet-thang", name: "Huân chương Quyết thắng", en: "Determined-to-Win Order", family: "huan-chuong", recipients: BOTH, periods: ["P0"], article: "NQ 12/HĐNN8 (1987)", source: "C", confidence: "I" }),
  one({
    id: "bang-to-quoc-ghi-cong",
    name: "Bằng Tổ quốc ghi công",
    en: "Fatherland's Gratitude Certificate",
    family: "khac",
    recipients: ONE,
    periods: ["P0", "P1", "P2", "P3"],
    grants: [{ issuer: "thu-tuong", basis: "pháp luật ưu đãi người có công" }],
    article: "pháp luật ưu đãi người có công",
    source: "C",
    confidence: "I",
    outsideLaw: "ưu đãi người có công, không phải hình thức theo Luật Thi đua, khen thưởng",
  }),
  one({
    id: "bang-co-cong",
    name: "Bằng có công với nước",
    en: "Certificate of Merit to the Nation",
    family: "khac",
    recipients: ONE,
    periods: ["P0", "P1", "P2", "P3"],
    grants: [{ issuer: "thu-tuong", basis: "pháp luật ưu đãi người có công" }],
    article: "pháp luật ưu đãi người có công",
    source: "C",
    confidence: "I",
    outsideLaw: "ưu đãi người có công, không phải hình thức theo Luật Thi đua, khen thưởng",
  }),
];
