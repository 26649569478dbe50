/**
 * The small pieces consolidation is built on, each at its edges (issue 16): how an award's name
 * splits into form and issuer and where it ranks, a campaign's first letter inside a sentence, the
 * keys that make the same section or indicator written differently one line, the commonest
 * spelling, word overlap, and the catalogue seen as AwardInfo.
 */
import { awardNaming, awardRank, lowerFirst } from "../../../src/core/consolidate/award-names";
import { catalogueAwardInfo, catalogueIntendedAwardId } from "../../../src/core/consolidate/catalogue-lookup";
import { consolidatedIndicatorName, measureKey, mostCommon, sectionKey, splitIndicator, wordSimilarity } from "../../../src/core/consolidate/figure-keys";
import { nameKey } from "../../../src/core/text/normalize";

describe("awardNaming", () => {
  it("a form of award splits at its first \"của\" into the form and the issuer", () => {
    expect(awardNaming("Giấy khen của Chủ tịch UBND huyện")).toEqual({ form: "Giấy khen", issuer: "Chủ tịch UBND huyện", category: "form" });
    expect(awardNaming("  Bằng khen của Chủ tịch của UBND tỉnh  ")).toEqual({ form: "Bằng khen", issuer: "Chủ tịch của UBND tỉnh", category: "form" });
    expect(awardNaming("Kỷ niệm chương của Bộ Nội vụ")).toEqual({ form: "Kỷ niệm chương", issuer: "Bộ Nội vụ", category: "form" });
    // the spaces around "của", however many, belong to neither part
    expect(awardNaming("Giấy khen  của  Chủ tịch UBND xã")).toEqual({ form: "Giấy khen", issuer: "Chủ tịch UBND xã", category: "form" });
  });

  it("the catalogue's issuer wins over the name's; its category wins over the first words", () => {
    expect(awardNaming("Bằng khen của Chủ tịch UBND tỉnh", { issuer: "Chủ tịch UBND tỉnh Điện Biên" })).toEqual({ form: "Bằng khen", issuer: "Chủ tịch UBND tỉnh Điện Biên", category: "form" });
    expect(awardNaming("Giấy khen của Chủ tịch UBND huyện", { category: "title" })).toEqual({ form: "Giấy khen của Chủ tịch UBND huyện", issuer: undefined, category: "title" });
    expect(awardNaming("Cờ thi đua của UBND tỉnh", { category: "form" })).toEqual({ form: "Cờ thi đua", issuer: "UBND tỉnh", category: "form" });
  });

  it("a title, or a form with no \"của\", is its whole (trimmed) name", () => {
    expect(awardNaming(" Lao động tiên tiến ")).toEqual({ form: "Lao động tiên tiến", issuer: undefined, category: "title" });
    // a title that happens to contain "của" is not split
    expect(awardNaming("Cờ thi đua của UBND tỉnh")).toEqual({ form: "Cờ thi đua của UBND tỉnh", issuer: undefined, category: "title" });
    expect(awardNaming("Huân chương Lao động hạng Ba")).toEqual({ form: "Huân chương Lao động hạng Ba", issuer: undefined, category: "form" });
    expect(awardNaming("Huân chương Lao động hạng Ba", { issuer: "Chủ tịch nước" })).toEqual({ form: "Huân chương Lao động hạng Ba", issuer: "Chủ tịch nước", category: "form" });
  });
});

describe("awardRank", () => {
  it("titles before forms; within each, the higher level first", () => {
    const titles = ["Chiến sĩ thi đua toàn quốc", "Chiến sĩ thi đua cấp Bộ", "Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến", "Gia đình văn hóa"];
    expect(titles.map((t) => awardRank(t))).toEqual([2, 3, 4, 6, 7, 8]);
    const forms = [
      "Bằng khen của Thủ tướng Chính phủ",
      "Bằng khen của Bộ trưởng Bộ Tài chính",
      "Bằng khen của Chủ tịch UBND tỉnh",
      "Giấy khen của Chủ tịch UBND huyện",
      "Giấy khen của Chủ tịch UBND xã",
      "Giấy khen của Giám đốc công ty",
    ];
    expect(forms.map((t) => awardRank(t))).toEqual([102, 103, 104, 105, 106, 108]);
    expect(awardRank("Huân chương Lao động hạng Ba", { issuer: "Chủ tịch nước" })).toBe(101);
  });

  it("the highest level named wins, counting the catalogue's issuer", () => {
    expect(awardRank("Bằng khen của Chủ tịch UBND tỉnh", { issuer: "Bộ trưởng Bộ Công an" })).toBe(103);
    expect(awardRank("Giấy khen của Chủ tịch UBND xã", { issuer: "Chủ tịch UBND huyện" })).toBe(105);
  });

  it("levels are whole words: \"bo\" inside another word, \"xa\" inside \"xanh\" are no level", () => {
    expect(awardRank("Giấy khen của Hội Bóng đá")).toBe(108);
    expect(awardRank("Giấy khen của Đội Thanh niên xung kích xanh")).toBe(108);
  });

  it("a rank given by the catalogue is taken as it is, 0 included", () => {
    expect(awardRank("Giấy khen của Chủ tịch UBND huyện", { rank: 0 })).toBe(0);
    expect(awardRank("Lao động tiên tiến", { rank: 42 })).toBe(42);
  });
});

describe("lowerFirst", () => {
  it("lower-cases the first letter of a campaign inside a sentence", () => {
    expect(lowerFirst("Phòng, chống dịch Covid-19")).toBe("phòng, chống dịch Covid-19");
    expect(lowerFirst("  Đại hội Đảng  ")).toBe("đại hội Đảng");
    expect(lowerFirst("Ab")).toBe("ab");
  });

  it("leaves an acronym, a single letter and an empty text as they are", () => {
    expect(lowerFirst("UBND huyện phát động")).toBe("UBND huyện phát động");
    expect(lowerFirst("ĐH Đảng")).toBe("ĐH Đảng");
    expect(lowerFirst("A")).toBe("A");
    expect(lowerFirst(" ")).toBe("");
    // a digit after the first letter is no acronym
    expect(lowerFirst("A1 thi đua")).toBe("a1 thi đua");
  });
});

describe("sectionKey", () => {
  it("ignores numbering, filler words, dashes, case and tone placement", () => {
    const k = sectionKey("KINH TẾ");
    for (const s of ["12. Kinh tế", "I. KINH TẾ", "1- Kinh tế", "2) kinh tế", "A: Kinh tế", "IV KINH TẾ", "LĨNH VỰC KINH TẾ", "II. Về kinh tế", "Khối kinh tế", "  Kinh   tế  "]) expect([s, sectionKey(s)]).toEqual([s, k]);
    expect(sectionKey("II. VĂN HÓA - XÃ HỘI")).toBe(sectionKey("Văn hoá–xã hội"));
    expect(sectionKey("Văn hóa – Xã hội")).toBe(sectionKey("VĂN HÓA-XÃ HỘI"));
  });

  it("keeps apart what differs, and a word that only starts like a number or a filler", () => {
    expect(sectionKey("Kinh tế")).not.toBe(sectionKey("Văn hóa - Xã hội"));
    // "Chính trị" starts with "c" (a roman numeral) but has no separator and space after it
    expect(sectionKey("Chính trị")).toBe(nameKey("chính trị"));
    expect(sectionKey("Nhóm trẻ")).not.toBe(sectionKey("Nhómtrẻ"));
    // a dash separates words
    expect(sectionKey("Văn hóa-Xã hội")).not.toBe(sectionKey("Văn hóaXã hội"));
  });

  it("a filler word met twice is dropped twice", () => {
    expect(sectionKey("Về kinh tế và về xã hội")).toBe(sectionKey("Kinh tế và xã hội"));
  });
});

describe("splitIndicator and consolidatedIndicatorName", () => {
  it("cuts the locality words off the end of an indicator, in canonical order", () => {
    expect(splitIndicator("Số lượt khám tại trạm y tế xã")).toEqual({ base: "Số lượt khám tại trạm y tế", localities: ["xã"], key: nameKey("Số lượt khám tại trạm y tế") });
    expect(splitIndicator("- Số lượt khám tại trạm y tế thị trấn, xã")).toEqual({ base: "Số lượt khám tại trạm y tế", localities: ["xã", "thị trấn"], key: nameKey("Số lượt khám tại trạm y tế") });
    expect(splitIndicator("+ Thu ngân sách xã và phường")).toEqual({ base: "Thu ngân sách", localities: ["xã", "phường"], key: nameKey("Thu ngân sách") });
  });

  it("keeps at least two words of a name: \"Xã\" or \"Trạm xã\" is the name itself", () => {
    expect(splitIndicator("Xã")).toEqual({ base: "Xã", localities: [], key: nameKey("Xã") });
    expect(splitIndicator("Trạm xã")).toEqual({ base: "Trạm xã", localities: [], key: nameKey("Trạm xã") });
    expect(splitIndicator("Diện tích lúa")).toEqual({ base: "Diện tích lúa", localities: [], key: nameKey("Diện tích lúa") });
  });

  it("a leading bullet is dropped, with or without a space after it; a dash inside the name is kept", () => {
    expect(splitIndicator("- Diện tích lúa").base).toBe("Diện tích lúa");
    expect(splitIndicator("-Diện tích lúa").base).toBe("Diện tích lúa");
    expect(splitIndicator("• Diện tích lúa").base).toBe("Diện tích lúa");
    expect(splitIndicator("Thu - chi ngân sách").base).toBe("Thu - chi ngân sách");
  });

  it("only the locality words at the end count, not the same words earlier in the name", () => {
    expect(splitIndicator("Số xã đạt chuẩn văn hóa, thị trấn")).toEqual({ base: "Số xã đạt chuẩn văn hóa", localities: ["thị trấn"], key: nameKey("Số xã đạt chuẩn văn hóa") });
  });

  it("the consolidated name: the commonest base with every locality met", () => {
    expect(consolidatedIndicatorName(["Số lượt khám tại trạm y tế xã", "Số lượt khám tại trạm y tế thị trấn", "Số lượt khám tại trạm y tế xã"])).toBe("Số lượt khám tại trạm y tế xã, thị trấn");
    expect(consolidatedIndicatorName(["Diện tích lúa", "diện tích lúa", "Diện tích lúa"])).toBe("Diện tích lúa");
  });
});

describe("measureKey, mostCommon, wordSimilarity", () => {
  it("measureKey ignores spacing, case and tone placement", () => {
    expect(measureKey("  Hộ  ")).toBe(measureKey("hộ"));
    expect(measureKey("Hoà")).toBe(measureKey("hòa"));
    expect(measureKey("ha")).not.toBe(measureKey("hộ"));
  });

  it("mostCommon: the most frequent spelling (by key), ties to the shorter, then to the first met", () => {
    expect(mostCommon(["Hecta", "ha", "Ha", "hecta", "HECTA"])).toBe("Hecta");
    expect(mostCommon(["abc", "ab"])).toBe("ab");
    expect(mostCommon(["ab", "cd"])).toBe("ab");
    expect(mostCommon(["cd", "ab"])).toBe("cd");
    expect(mostCommon(["x", "long name", "long name"])).toBe("long name");
    expect(mostCommon([])).toBe("");
  });

  it("wordSimilarity: Dice coefficient on words, each word used once", () => {
    expect(wordSimilarity("a b c", "a b d")).toBeCloseTo(2 / 3, 10);
    expect(wordSimilarity("a a", "a")).toBeCloseTo(2 / 3, 10);
    expect(wordSimilarity("a, b", "b/a")).toBe(1);
    expect(wordSimilarity("a", "b")).toBe(0);
    expect(wordSimilarity("", "a")).toBe(0);
    expect(wordSimilarity("a", " ")).toBe(0);
    expect(wordSimilarity("", "")).toBe(0);
    // separators at either end make no empty word
    expect(wordSimilarity("(a) b", "a b")).toBe(1);
    expect(wordSimilarity("a b", "b (a)")).toBe(1);
  });
});

describe("catalogueAwardInfo", () => {
  it("an award the catalogue has: its id, name, issuer's name, category and kinds", () => {
    const id = catalogueIntendedAwardId("Giấy khen của Chủ tịch UBND huyện")!;
    expect(id).toBeTruthy();
    const info = catalogueAwardInfo(id)!;
    expect(info).toMatchObject({ id, name: "Giấy khen của Chủ tịch UBND huyện", category: "form" });
    expect(info.issuer).toBeTruthy();
    expect(info.kinds?.length).toBeGreaterThan(0);
    expect("reportAs" in info).toBe(false);
  });

  it("an award counted as another carries reportAs; one with no issuer has no issuer key", () => {
    expect(catalogueAwardInfo("tt-ldtt")).toEqual({ id: "tt-ldtt", name: "Tập thể lao động tiên tiến", reportAs: "ldtt", category: "title", kinds: ["collective"] });
    // ldtt reports as itself: no reportAs
    const ldtt = catalogueAwardInfo("ldtt")!;
    expect(["reportAs" in ldtt, "issuer" in ldtt, ldtt.name]).toEqual([false, false, "Lao động tiên tiến"]);
  });

  it("an id or a text the catalogue does not know", () => {
    expect(catalogueAwardInfo("khong-co")).toBeUndefined();
    expect(catalogueIntendedAwardId("xyz")).toBeUndefined();
  });
});
