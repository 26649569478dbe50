import { findUnitIn, sameUnit, unitKey, unitKeyAscii, unitWordsOfFileName } from "../../../src/core/domain/unitIdentity";

/** Pairs a district's Phòng Nội vụ reads as one unit. */
const SAME: [string, string, string][] = [
  ["case", "XÃ QUÀI NƯA", "Xã Quài Nưa"],
  ["spacing", "  Xã   Quài  Nưa ", "Xã Quài Nưa"],
  ["NFD input", "Xã Quài Nưa".normalize("NFD"), "Xã Quài Nưa"],
  ["old tone placement", "Xã Thuỷ Hoà", "Xã Thủy Hòa"],
  ["UBND before a commune", "UBND xã Quài Nưa", "Xã Quài Nưa"],
  ["Ủy ban nhân dân before a commune", "Ủy ban nhân dân xã Quài Nưa", "xã Quài Nưa"],
  ["Uỷ (old placement) ban nhân dân", "Uỷ ban nhân dân thị trấn Tuần Giáo", "Thị trấn Tuần Giáo"],
  ["district name implied", "Trung tâm Y tế huyện Tuần Giáo", "Trung tâm Y tế huyện"],
  ["district word implied", "Trung tâm Y tế huyện", "Trung tâm Y tế"],
  ["district in capitals", "CÔNG AN HUYỆN TUẦN GIÁO", "Công an huyện"],
  ["district name in lower case", "Công an huyện tuần giáo", "Công an huyện"],
  ["TTYT", "TTYT huyện Tuần Giáo", "Trung tâm Y tế huyện"],
  ["TT before a service", "TT Y tế huyện", "Trung tâm Y tế"],
  ["TT. before a place", "TT. Tuần Giáo", "Thị trấn Tuần Giáo"],
  ["TT before a place", "UBND TT Mường Ảng", "Thị trấn Mường Ảng"],
  ["THCS", "Trường THCS Quài Tở", "Trường Trung học cơ sở Quài Tở"],
  ["THPT", "Trường THPT Tuần Giáo", "Trường Trung học phổ thông Tuần Giáo"],
  ["Trường TH", "Trường TH số 1 Quài Nưa", "Trường Tiểu học số 1 Quài Nưa"],
  ["Trường MN", "Trường MN Hoa Ban", "Trường Mầm non Hoa Ban"],
  ["PTDTBT", "Trường PTDTBT THCS Pú Xi", "Trường Phổ thông dân tộc bán trú Trung học cơ sở Pú Xi"],
  ["GD&ĐT", "Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo huyện"],
  ["GD & ĐT spaced", "Phòng GD & ĐT huyện Tuần Giáo", "Phòng Giáo dục và Đào tạo"],
  ["GDĐT", "Phòng GDĐT", "Phòng Giáo dục và Đào tạo"],
  ["LĐTB&XH", "Phòng LĐTB&XH", "Phòng Lao động - Thương binh và Xã hội"],
  ["CHQS", "Ban CHQS huyện", "Ban Chỉ huy Quân sự huyện Tuần Giáo"],
  ["VP HĐND và UBND", "VP HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"],
  ["VP HĐND-UBND", "VP HĐND-UBND", "Văn phòng HĐND và UBND huyện"],
  ["MTTQ", "Ủy ban MTTQ huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện".replace(" Việt Nam", "")],
  ["province name dropped", "Công an tỉnh Điện Biên", "Công an tỉnh"],
  ["trailing full stop", "Xã Quài Nưa.", "Xã Quài Nưa"],
];

/** Pairs that must stay two units. */
const DIFFERENT: [string, string, string][] = [
  ["two communes", "Xã Quài Nưa", "Xã Quài Cang"],
  ["two communes differing by one diacritic", "Xã Mường Lạn", "Xã Mường Lan"],
  ["commune and its Party committee", "Đảng ủy xã Quài Nưa", "UBND xã Quài Nưa"],
  ["a bare name is not guessed to be the commune", "Quài Nưa", "Xã Quài Nưa"],
  ["commune and town of one name", "Xã Tuần Giáo", "Thị trấn Tuần Giáo"],
  ["province and district police", "Công an tỉnh", "Công an huyện"],
  ["Huyện ủy keeps its word", "Văn phòng Huyện ủy", "Văn phòng"],
  ["Huyện đoàn is not the district", "Huyện đoàn Tuần Giáo", "Huyện"],
  ["district unit and commune unit", "Hội Cựu chiến binh huyện", "Hội Cựu chiến binh xã Quài Nưa"],
  ["two schools", "Trường THCS Quài Tở", "Trường Tiểu học Quài Tở"],
  ["two numbered schools", "Trường TH số 1 Quài Nưa", "Trường TH số 2 Quài Nưa"],
  ["TT centre and TT town", "TT Y tế", "TT Tuần Giáo"],
];

describe("unit identity", () => {
  test.each(SAME)("same unit: %s (%s = %s)", (_why, a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
    expect(sameUnit(a, b)).toBe(true);
  });
  test.each(DIFFERENT)("different units: %s (%s ≠ %s)", (_why, a, b) => {
    expect(unitKey(a)).not.toBe(unitKey(b));
    expect(sameUnit(a, b)).toBe(false);
  });
  test("no name is no unit", () => {
    expect(unitKey("")).toBe("");
    expect(unitKey(undefined)).toBe("");
    expect(sameUnit("", "")).toBe(false);
    expect(sameUnit(undefined, "Xã Quài Nưa")).toBe(false);
  });
  test.each([
    ["23-ban-chqs-huyen.csv", "Ban Chỉ huy Quân sự huyện"],
    ["ma14-ban-chqs-huyen.csv", "Ban Chỉ huy Quân sự huyện"],
    ["21-vp-hdnd-ubnd.xlsx", "Văn phòng HĐND và UBND huyện"],
    ["20-phong-gddt.xlsx", "Phòng Giáo dục và Đào tạo"],
    ["ma15-trung-tam-y-te.xlsx", "Trung tâm Y tế huyện"],
    ["folder/03_xa-quai-nua.xls", "Xã Quài Nưa"],
  ])("a file name names its unit without diacritics: %s = %s", (file, unit) => {
    expect(unitKeyAscii(unitWordsOfFileName(file))).toBe(unitKeyAscii(unit));
  });
  test("a file name of another commune does not match", () => {
    expect(unitKeyAscii(unitWordsOfFileName("02-xa-quai-cang.xlsx"))).not.toBe(unitKeyAscii("Xã Quài Nưa"));
  });
});

/** A district's registry, as the title lines of its units' files name them. */
const REGISTRY = [
  { name: "Xã Quài Nưa" },
  { name: "Xã Mường Lan" },
  { name: "Thị trấn Tuần Giáo" },
  { name: "Công an huyện" },
  { name: "Trung tâm Y tế huyện" },
  { name: "Ban Chỉ huy Quân sự huyện" },
  { name: "Văn phòng Huyện ủy Tuần Giáo" },
  { name: "Hội Cựu chiến binh huyện" },
  { name: "Phòng Giáo dục và Đào tạo" },
];
const found = (text: string, mode: "equal" | "prefix" | "contains") => findUnitIn(text, REGISTRY, mode)?.name;

describe("a registry unit named in a text (findUnitIn)", () => {
  test.each([
    ["capitals", "XÃ QUÀI NƯA", "Xã Quài Nưa"],
    ["UBND xã", "UBND XÃ QUÀI NƯA", "Xã Quài Nưa"],
    ["Ủy ban nhân dân xã, decomposed Unicode (NFD)", "ỦY BAN NHÂN DÂN XÃ QUÀI NƯA".normalize("NFD"), "Xã Quài Nưa"],
    ["TT Y tế with the district's name", "TT Y TẾ HUYỆN TUẦN GIÁO", "Trung tâm Y tế huyện"],
    ["TT before a place", "UBND TT TUẦN GIÁO", "Thị trấn Tuần Giáo"],
    ["an abbreviation the list spells out", "BAN CHQS HUYỆN", "Ban Chỉ huy Quân sự huyện"],
    ["initials of the unit's own words", "HỘI CCB HUYỆN", "Hội Cựu chiến binh huyện"],
    ["GD&ĐT", "PHÒNG GD&ĐT", "Phòng Giáo dục và Đào tạo"],
    ["a file name's words, no diacritics", "ban chqs huyen", "Ban Chỉ huy Quân sự huyện"],
  ])("equal: %s (%s -> %s)", (_why, text, unit) => {
    expect(found(text, "equal")).toBe(unit);
  });

  test("equal is sameUnit for a name the abbreviation list spells out; initials only against a registry", () => {
    for (const [text, unit] of [["UBND XÃ QUÀI NƯA", "Xã Quài Nưa"], ["TT Y TẾ HUYỆN TUẦN GIÁO", "Trung tâm Y tế huyện"], ["PHÒNG GD&ĐT", "Phòng Giáo dục và Đào tạo"]]) {
      expect(sameUnit(text, unit)).toBe(true);
    }
    expect(sameUnit("HỘI CCB HUYỆN", "Hội Cựu chiến binh huyện")).toBe(false);
  });

  test("prefix: a title line cut one word short of the unit", () => {
    expect(found("VĂN PHÒNG HUYỆN ỦY TUẦN", "prefix")).toBe("Văn phòng Huyện ủy Tuần Giáo");
    expect(found("VĂN PHÒNG HUYỆN ỦY TUẦN", "equal")).toBeUndefined();
    // two words missing are too many (even where initials "TG" would fill them), two words too few
    expect(found("VĂN PHÒNG HUYỆN ỦY", "prefix")).toBeUndefined();
    expect(findUnitIn("VĂN PHÒNG", [{ name: "Văn phòng Đảng ủy" }], "prefix")).toBeUndefined();
  });

  test("contains: a unit named inside a longer title", () => {
    expect(found("DANH SÁCH KHEN THƯỞNG BAN CHQS HUYỆN MẪU SƠN NĂM 2025", "contains")).toBe("Ban Chỉ huy Quân sự huyện");
    expect(found("BÁO CÁO CỦA UBND XÃ QUÀI NƯA", "contains")).toBe("Xã Quài Nưa");
    expect(found("BÁO CÁO CỦA UBND XÃ QUÀI NƯA", "equal")).toBeUndefined();
    // inside a text, "Công an huyện" keeps its district word: a commune's police is not it
    expect(found("DANH SÁCH KHEN THƯỞNG CÔNG AN XÃ QUÀI CANG", "contains")).toBeUndefined();
    expect(found("DANH SÁCH KHEN THƯỞNG CÔNG AN HUYỆN", "contains")).toBe("Công an huyện");
  });

  test("the longest unit named wins", () => {
    const units = [{ name: "Xã Quài Nưa" }, { name: "Trường Tiểu học Xã Quài Nưa" }];
    expect(findUnitIn("DANH SÁCH TRƯỜNG TH XÃ QUÀI NƯA", units, "contains")?.name).toBe("Trường Tiểu học Xã Quài Nưa");
  });

  test.each([
    ["a commune one diacritic away", "UBND XÃ MƯỜNG LẠN", "equal"],
    ["a commune one diacritic away, inside a title", "DANH SÁCH KHEN THƯỞNG XÃ MƯỜNG LẠN", "contains"],
    ["another commune", "UBND XÃ QUÀI CANG", "equal"],
    ["the commune's Party committee", "ĐẢNG ỦY XÃ QUÀI NƯA", "equal"],
    ["a bare place name", "QUÀI NƯA", "equal"],
    ["a word that only starts like the unit", "DANH SÁCH XÃ QUÀI NƯAN", "contains"],
  ] as const)("no match: %s (%s)", (_why, text, mode) => {
    expect(found(text, mode)).toBeUndefined();
  });

  test("nothing is found in an empty text or an empty registry", () => {
    expect(found("", "contains")).toBeUndefined();
    expect(findUnitIn("XÃ QUÀI NƯA", [], "equal")).toBeUndefined();
    expect(findUnitIn("XÃ QUÀI NƯA", [{ name: "" }], "contains")).toBeUndefined();
  });
});
