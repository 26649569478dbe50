import { consolidate, formatCount, formatCounts, formatNumber } from "../../../src/core/consolidate";
import type { ParsedFile } from "../../../src/core/rules/rule";
import { COVID, ELECTION, SCHOOL_YEAR, awardRows, lookup, parsedFile, sheet } from "./fixtures";

/** The awards of the seed's Section IV (6 tháng đầu năm 2021, huyện Tuần Giáo), as lists. */
function sectionIvFiles(): ParsedFile[] {
  const vp = parsedFile("21-vp-hdnd-ubnd.xlsx", "Văn phòng HĐND và UBND huyện", [
    sheet("21-vp-hdnd-ubnd.xlsx", "DS khen thưởng", {
      awards: [
        // the election list comes first in the file, but Covid-19 was decided earlier
        ...awardRows(3, { awardId: "bk-tinh", kind: "collective", occasion: "thematic", campaign: ELECTION, decisionDate: "2021-06-18" }),
        ...awardRows(3, { awardId: "bk-tinh", kind: "individual", occasion: "thematic", campaign: ELECTION, decisionDate: "2021-06-18" }),
        ...awardRows(1, { awardId: "bk-tinh", kind: "collective", occasion: "thematic", campaign: COVID, decisionDate: "2021-03-12" }),
        ...awardRows(1, { awardId: "bk-tinh", kind: "individual", occasion: "thematic", campaign: COVID, decisionDate: "2021-03-12" }),
        ...awardRows(44, { awardId: "gk-huyen", kind: "collective", occasion: "thematic", campaign: ELECTION, decisionDate: "2021-05-24" }),
        ...awardRows(74, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: ELECTION, decisionDate: "2021-05-24" }),
        ...awardRows(22, { awardId: "gk-huyen", kind: "collective", occasion: "thematic", campaign: "Phong trào thi đua \"Cả nước chung sức xây dựng nông thôn mới\"" }),
        ...awardRows(70, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "Phong trào thi đua \"Cả nước chung sức xây dựng nông thôn mới\"" }),
        ...awardRows(17, { awardId: "gk-huyen", kind: "collective", occasion: "adhoc", campaign: "Đột xuất: ứng phó mưa lũ" }),
        ...awardRows(53, { awardId: "gk-huyen", kind: "individual", occasion: "adhoc" }),
      ],
    }),
  ]);
  const gd = parsedFile("20-phong-gddt.xlsx", "Phòng Giáo dục và Đào tạo", [
    sheet("20-phong-gddt.xlsx", "DS khen thưởng năm học", {
      awards: [
        ...awardRows(50, { awardId: "ttldtt", kind: "collective", occasion: "regular", campaign: SCHOOL_YEAR }),
        ...awardRows(6, { awardId: "ttldtt", occasion: "regular", campaign: SCHOOL_YEAR }),
        ...awardRows(16, { awardId: "gk-huyen", kind: "collective", occasion: "regular", campaign: SCHOOL_YEAR }),
        ...awardRows(1762, { awardId: "ldtt", kind: "individual", occasion: "regular", campaign: SCHOOL_YEAR }),
        ...awardRows(466, { awardId: "gk-huyen", kind: "individual", occasion: "regular", campaign: SCHOOL_YEAR }),
        ...awardRows(211, { awardId: "cstdcs", kind: "individual", occasion: "regular", campaign: SCHOOL_YEAR }),
      ],
    }),
  ]);
  return [vp, gd];
}

describe("Section IV sentences", () => {
  it("reproduce the seed's style: campaigns, then chuyên đề/đột xuất, then năm học award by award", () => {
    const files = sectionIvFiles();
    const model = consolidate(files, { lang: "vi", awardInfo: lookup, issues: [], ledger: files.map((f) => f.ledger) });
    expect(model.sentences).toEqual([
      "Khen thưởng thành tích xuất sắc trong công tác phòng, chống dịch Covid-19: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể, 01 cá nhân.",
      "Khen thưởng thành tích xuất sắc trong công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026: Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể, 03 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 44 tập thể, 74 cá nhân.",
      "Chuyên đề, đột xuất: 39 tập thể, 123 cá nhân.",
      "Khen thưởng năm học 2020 - 2021:",
      "Danh hiệu Chiến sĩ thi đua cơ sở: 211 cá nhân;",
      "Danh hiệu Lao động tiên tiến: 56 tập thể, 1.762 cá nhân;",
      "Chủ tịch UBND huyện tặng Giấy khen: 16 tập thể, 466 cá nhân.",
    ]);
    const table = model.sheets.flatMap((s) => s.tables).find((t) => t.id === "sentences")!;
    expect(table.rows[0][0]).toMatch(/^- Khen thưởng thành tích xuất sắc/);
    expect(table.rows[4][0]).toBe("+ Danh hiệu Chiến sĩ thi đua cơ sở: 211 cá nhân;");
  });

  it("writes English with the Vietnamese domain words kept", () => {
    const files = sectionIvFiles();
    const model = consolidate(files, { lang: "en", awardInfo: lookup, issues: [], ledger: [] });
    expect(model.sentences[0]).toBe("Commendation for outstanding achievement in Phòng, chống dịch Covid-19: Bằng khen of the Chủ tịch UBND tỉnh for 01 collective, 01 individual.");
    expect(model.sentences[2]).toBe("Thematic and ad hoc: 39 collectives, 123 individuals.");
    expect(model.sentences[5]).toBe("Title Lao động tiên tiến: 56 collectives, 1,762 individuals;");
    expect(model.sentences[6]).toBe("Giấy khen of the Chủ tịch UBND huyện: 16 collectives, 466 individuals.");
  });

  it("names each award in the chuyên đề line when several remain, and honours chosen campaigns", () => {
    const f = parsedFile("a.xlsx", "Xã Ta Ma", [
      sheet("a.xlsx", "DS", {
        awards: [
          ...awardRows(2, { awardId: "gk-huyen", kind: "collective", occasion: "thematic", campaign: ELECTION }),
          ...awardRows(1, { awardId: "bk-tinh", kind: "individual", occasion: "adhoc" }),
          ...awardRows(12, { awardId: "gk-huyen", kind: "individual", occasion: "thematic" }),
        ],
      }),
    ]);
    const model = consolidate([f], { lang: "vi", awardInfo: lookup, issues: [], ledger: [], featuredCampaigns: [ELECTION] });
    expect(model.sentences).toEqual([
      `Khen thưởng thành tích xuất sắc trong công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026: Chủ tịch UBND huyện tặng Giấy khen cho 02 tập thể.`,
      "Chuyên đề, đột xuất: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 12 cá nhân.",
    ]);
  });

  it("says 'Khen thưởng thường xuyên' when the regular awards name no school year", () => {
    const f = parsedFile("a.xlsx", "Xã Ta Ma", [
      sheet("a.xlsx", "DS", { awards: [...awardRows(9, { awardId: "ldtt", kind: "individual" }), ...awardRows(1, { awardText: "Danh hiệu Gia đình văn hóa", kind: "household" })] }),
    ]);
    const awardInfo = (id: string) => (id === "gdvh" ? { id, name: "Gia đình văn hóa", category: "title" as const } : lookup(id));
    const intendedAwardId = (t: string) => (/gia đình văn hóa/i.test(t) ? "gdvh" : undefined);
    const model = consolidate([f], { lang: "vi", awardInfo, intendedAwardId, issues: [], ledger: [] });
    expect(model.sentences).toEqual(["Khen thưởng thường xuyên:", "Danh hiệu Lao động tiên tiến: 09 cá nhân;", "Danh hiệu Gia đình văn hóa: 01 hộ gia đình."]);
  });

  it("keeps an unsettled award out of every sentence (its line is apart in the table)", () => {
    const f = parsedFile("a.xlsx", "Xã Ta Ma", [
      sheet("a.xlsx", "DS", { awards: [...awardRows(9, { awardId: "ldtt", kind: "individual" }), ...awardRows(2, { awardText: "Bằng khen", kind: "individual" })] }),
    ]);
    const model = consolidate([f], { lang: "vi", awardInfo: lookup, issues: [], ledger: [] });
    expect(model.sentences.join(" ")).not.toContain("Bằng khen");
    expect(model.awards.find((a) => a.unresolved)).toMatchObject({ award: "Chưa xác định: Bằng khen", writtenAs: "Bằng khen", individuals: 2 });
  });
});

describe("count formatting", () => {
  it("pads counts under 10 and groups thousands with '.'", () => {
    expect(formatCount(3, "vi")).toBe("03");
    expect(formatCount(0, "vi")).toBe("00");
    expect(formatCount(44, "vi")).toBe("44");
    expect(formatCount(1762, "vi")).toBe("1.762");
    expect(formatCount(1762, "en")).toBe("1,762");
    expect(formatNumber(11120.3, "vi")).toBe("11.120,3");
    expect(formatNumber(1234567, "vi")).toBe("1.234.567");
  });

  it("leaves zero counts out", () => {
    expect(formatCounts({ collectives: 0, individuals: 211, households: 0 }, "vi")).toBe("211 cá nhân");
    expect(formatCounts({ collectives: 1, individuals: 0, households: 2 }, "en")).toBe("01 collective, 02 households");
    expect(formatCounts({ collectives: 0, individuals: 0, households: 0 }, "vi")).toBe("");
  });
});
