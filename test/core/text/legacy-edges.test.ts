/**
 * Legacy-encoding detection at its edges (mutation testing, issue 16): the evidence counted word by
 * word, each comparison that turns evidence into an encoding on both sides of its boundary, the
 * font names, and the capital-letter guesses of the TCVN3 decoder.
 */
import {
  decodeLegacy,
  decodeTcvn3,
  encodingOfEvidence,
  isPlausibleVietnameseWord,
  isTcvn3CapitalFont,
  legacyEncodingOfFont,
  legacyEvidence,
  legacyEvidenceOf,
  looksLikeTcvn3,
  looksLikeVni,
} from "../../../src/core/text/legacy";

describe("legacyEvidence: one count per word, by which reading makes Vietnamese", () => {
  it("a TCVN3 word, a VNI word, a Unicode word", () => {
    expect(legacyEvidence("GiÊy")).toEqual({ tcvn3: 1, vni: 0, unicode: 0 });
    expect(legacyEvidence("Nguyeãn Vaên")).toEqual({ tcvn3: 0, vni: 2, unicode: 0 });
    expect(legacyEvidence("Nguyễn GiÊy")).toEqual({ tcvn3: 1, vni: 0, unicode: 1 });
  });
  it("a Latin-1 word that is Vietnamese as it is and in no legacy reading counts as Unicode", () => {
    expect(legacyEvidence("bòong")).toEqual({ tcvn3: 0, vni: 0, unicode: 1 });
  });
  it("a word that reads as Vietnamese both as it is and decoded counts for nothing", () => {
    expect(legacyEvidence("Lò Mí")).toEqual({ tcvn3: 0, vni: 0, unicode: 0 });
  });
  it("ASCII words, digits and ASCII punctuation separate words and count for nothing", () => {
    expect(legacyEvidence("UBND huyÖn")).toEqual({ tcvn3: 1, vni: 0, unicode: 0 });
    expect(legacyEvidence("¸,µ;12(cña)")).toEqual({ tcvn3: 3, vni: 0, unicode: 0 });
    expect(legacyEvidence("Nguyen Van A 705/QD")).toEqual({ tcvn3: 0, vni: 0, unicode: 0 });
    expect(legacyEvidence("")).toEqual({ tcvn3: 0, vni: 0, unicode: 0 });
  });
});

describe("legacyEvidenceOf: summed over texts, fonts weigh half a word", () => {
  it("a legacy font adds 0,5 to its encoding for a Latin-1 text without Unicode Vietnamese", () => {
    expect(legacyEvidenceOf(["Lò Mí"], [".VnTime"])).toEqual({ tcvn3: 0.5, vni: 0, unicode: 0 });
    expect(legacyEvidenceOf(["Lò Mí"], ["VNI-Times"])).toEqual({ tcvn3: 0, vni: 0.5, unicode: 0 });
    expect(legacyEvidenceOf(["Lò Mí"], ["Arial"])).toEqual({ tcvn3: 0, vni: 0, unicode: 0 });
    expect(legacyEvidenceOf(["Lò Mí"])).toEqual({ tcvn3: 0, vni: 0, unicode: 0 });
  });
  it("the font weighs nothing for ASCII text, Unicode text or an empty cell", () => {
    expect(legacyEvidenceOf(["UBND", "Nguyễn", ""], [".VnTime", ".VnTime", ".VnTime"])).toEqual({ tcvn3: 0, vni: 0, unicode: 1 });
  });
  it("sums every field over the texts", () => {
    expect(legacyEvidenceOf(["GiÊy khen", "Nguyeãn", "Nguyễn Thủy"])).toEqual({ tcvn3: 1, vni: 1, unicode: 2 });
  });
});

describe("encodingOfEvidence: at least one word, more than Unicode, more than the other encoding", () => {
  it.each([
    [{ tcvn3: 1, vni: 0, unicode: 0 }, "tcvn3"],
    [{ tcvn3: 0.5, vni: 0, unicode: 0 }, null],
    [{ tcvn3: 1, vni: 0, unicode: 1 }, null],
    [{ tcvn3: 2, vni: 0, unicode: 1 }, "tcvn3"],
    [{ tcvn3: 1, vni: 1, unicode: 0 }, null],
    [{ tcvn3: 2, vni: 1, unicode: 0 }, "tcvn3"],
    [{ tcvn3: 0, vni: 1, unicode: 0 }, "vni"],
    [{ tcvn3: 1, vni: 2, unicode: 0 }, "vni"],
    [{ tcvn3: 0, vni: 1, unicode: 1 }, null],
    [{ tcvn3: 0, vni: 0.5, unicode: 0 }, null],
    [{ tcvn3: 0, vni: 0, unicode: 0 }, null],
  ] as const)("%j -> %s", (evidence, encoding) => {
    expect(encodingOfEvidence({ ...evidence })).toBe(encoding);
  });
});

describe("looksLikeTcvn3 / looksLikeVni: one text", () => {
  it("needs a word, and more of them than Unicode words", () => {
    expect(looksLikeTcvn3("GiÊy")).toBe(true);
    expect(looksLikeTcvn3("Nguyễn GiÊy")).toBe(false); // 1 against 1
    expect(looksLikeTcvn3("Lò Mí")).toBe(false); // no evidence at all
    expect(looksLikeVni("Nguyeãn")).toBe(true);
    expect(looksLikeVni("Nguyễn Nguyeãn")).toBe(false);
    expect(looksLikeVni("Lò Mí")).toBe(false);
  });
  it("TCVN3 wins a tie with VNI, VNI must beat TCVN3", () => {
    expect(looksLikeTcvn3("GiÊy Nguyeãn")).toBe(true);
    expect(looksLikeVni("GiÊy Nguyeãn")).toBe(false);
    expect(looksLikeTcvn3("GiÊy Nguyeãn Vaên")).toBe(false);
    expect(looksLikeVni("GiÊy Nguyeãn Vaên")).toBe(true);
  });
});

describe("isPlausibleVietnameseWord: edges", () => {
  it("an all-capital word of 2 to 6 letters without a tone is an abbreviation", () => {
    expect(isPlausibleVietnameseWord("BCDFGH")).toBe(true);
    expect(isPlausibleVietnameseWord("BC")).toBe(true);
    expect(isPlausibleVietnameseWord("BCDFGHK")).toBe(false);
    expect(isPlausibleVietnameseWord("B")).toBe(false);
    expect(isPlausibleVietnameseWord("BÁC")).toBe(true); // a syllable in capitals
    expect(isPlausibleVietnameseWord("BCĐ́")).toBe(false); // a tone: not an abbreviation, not a syllable
  });
  it("one tone at most; capitalised or all one case", () => {
    expect(isPlausibleVietnameseWord("hoà")).toBe(true);
    expect(isPlausibleVietnameseWord("hòà")).toBe(false);
    expect(isPlausibleVietnameseWord("nGuyễn")).toBe(false);
    expect(isPlausibleVietnameseWord("Nguyễn")).toBe(true);
    expect(isPlausibleVietnameseWord("x1")).toBe(false);
  });
});

describe("fonts", () => {
  it.each([
    ["VNI-Times", "vni"],
    ["vni_helve", "vni"],
    [" VNI Times ", "vni"],
    ["VNITimes", null],
    [".VnTime", "tcvn3"],
    ["VnTime", "tcvn3"],
    [".vntime", "tcvn3"],
    ["Vntime", null],
    ["  .VnArialH  ", "tcvn3"],
    ["", null],
    ["Arial", null],
  ] as const)("%j -> %s", (font, encoding) => {
    expect(legacyEncodingOfFont(font)).toBe(encoding);
  });
  it("a capital font is a TCVN3 font whose name ends in H", () => {
    expect(isTcvn3CapitalFont(".VnTimeH ")).toBe(true);
    expect(isTcvn3CapitalFont(".VnTimeh")).toBe(false);
    expect(isTcvn3CapitalFont("VNI-TimesH")).toBe(false);
    expect(isTcvn3CapitalFont(undefined)).toBe(false);
  });
});

describe("decodeTcvn3 and decodeLegacy: capitals", () => {
  it("font unknown: a cell of ASCII capitals only (two at least) is upper-cased", () => {
    expect(decodeTcvn3("C¸ NH¢N")).toBe("CÁ NHÂN");
    expect(decodeTcvn3("H¸")).toBe("Há"); // one capital: a capitalised word
    expect(decodeTcvn3("A¸ b")).toBe("Aá b");
  });
  it("font unknown: a word of two ASCII capitals or more with a decoded letter is upper-cased, alone", () => {
    expect(decodeTcvn3("HUYÖN vµ")).toBe("HUYỆN và");
    expect(decodeTcvn3("UB huyÖn")).toBe("UB huyện");
    expect(decodeTcvn3("Tù do")).toBe("Tự do");
    expect(decodeTcvn3("HUYÖN")).toBe("HUYỆN");
  });
  it("decodeLegacy takes capitals from a capital font only", () => {
    expect(decodeLegacy("huyÖn", "tcvn3", ".VnTimeH")).toBe("HUYỆN");
    expect(decodeLegacy("huyÖn", "tcvn3", ".VnTime")).toBe("huyện");
    expect(decodeLegacy("UBND huyÖn", "tcvn3")).toBe("UBND huyện");
    expect(decodeLegacy("Nguyeãn", "vni", ".VnTimeH")).toBe("Nguyễn");
  });
});
