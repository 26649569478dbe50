import { campaignOnDate, parseOccasion } from "../../../src/core/domain/occasion";
import { looksLikeCollectiveName, looksLikePersonJob, looksLikePersonName, parseRecipientKind } from "../../../src/core/domain/recipientKind";

describe("parseOccasion", () => {
  it.each([
    ["Thường xuyên", { occasion: "regular" }],
    ["Chuyên đề", { occasion: "thematic" }],
    ["Đột xuất", { occasion: "adhoc" }],
    ["Chuyên đề, đột xuất", { occasion: "thematic" }],
    ["Năm học 2020 - 2021", { occasion: "regular", campaign: "Năm học 2020 - 2021" }],
    ["Covid", { occasion: "thematic", campaign: "Phòng, chống dịch Covid-19" }],
    ["", {}],
  ])("%s", (text, want) => expect(parseOccasion(text)).toEqual(want));
  it("names the election and new-countryside campaigns", () => {
    expect(parseOccasion("Chuyên đề bầu cử")).toMatchObject({ occasion: "thematic", campaign: expect.stringContaining("Bầu cử") });
    expect(parseOccasion("Chuyên đề NTM")).toMatchObject({ occasion: "thematic", campaign: expect.stringContaining("nông thôn mới") });
    expect(parseOccasion("CHUYEN DE BAU CU").campaign).toContain("Bầu cử");
  });
});

describe("parseRecipientKind", () => {
  it.each([
    ["Tập thể", "collective"],
    ["TT", "collective"],
    ["A. TẬP THỂ", "collective"],
    ["Cá nhân", "individual"],
    ["CN", "individual"],
    ["II. Cá nhân", "individual"],
    ["Hộ gia đình", "household"],
    ["HGĐ", "household"],
    ["Ghi chú", undefined],
  ])("%s -> %s", (t, k) => expect(parseRecipientKind(t)).toBe(k));
});

describe("name shapes", () => {
  it.each(["Điêu Thị Thúy", "Lường văn Thuỷ", "ĐIÊU THỊ THÚY", "Nguyễn Văn Hội", "Mùa A Sình"])("person: %s", (n) => {
    expect(looksLikePersonName(n)).toBe(true);
    expect(looksLikeCollectiveName(n)).toBe(false);
  });
  it.each([
    "Tổ bầu cử số 2 (Khối Sơn Thủy)",
    "Công an thị trấn Tuần Giáo",
    "Trường Mầm non 20/7",
    "Ban Chỉ huy Quân sự xã Quài Nưa",
    "Bản Lồng",
    "Đội An ninh",
    "Đồn Công an Mùn Chung",
    "Ủy ban nhân dân xã Quài Cang",
    "Hội Nông dân huyện",
  ])("collective: %s", (n) => {
    expect(looksLikePersonName(n)).toBe(false);
    expect(looksLikeCollectiveName(n)).toBe(true);
  });
  it("tells a person's job from a unit", () => {
    expect(looksLikePersonJob("Công chức Văn hóa - Xã hội xã Quài Cang")).toBe(true);
    expect(looksLikePersonJob("Đại úy, cán bộ Đồn Công an Mùn Chung")).toBe(true);
    expect(looksLikePersonJob("UBND xã Quài Cang")).toBe(false);
    expect(looksLikePersonJob("Huyện Tuần Giáo")).toBe(false);
  });
});

describe("campaignOnDate", () => {
  const election = parseOccasion("Chuyên đề bầu cử").campaign;
  test("an election award names its khóa and nhiệm kỳ from the decision's year", () => {
    expect(campaignOnDate(election, "2021-05-24")).toBe("Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026");
    expect(campaignOnDate(election, "2026-04-01")).toBe("Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031");
  });
  test("outside an election year, or without a date, the generic name stays", () => {
    expect(campaignOnDate(election, "2022-03-01")).toBe(election);
    expect(campaignOnDate(election, undefined)).toBe(election);
    expect(campaignOnDate("Phòng, chống dịch Covid-19", "2021-05-24")).toBe("Phòng, chống dịch Covid-19");
  });
});
