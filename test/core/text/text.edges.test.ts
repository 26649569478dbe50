/**
 * Survivors of the text folder's mutation run (issue 16), each pinned by the behaviour it changes:
 * capital-letter guesses of the TCVN3 decoder at their boundaries, font names anchored at their
 * start and end, Unicode text left alone by decodeLegacy, a word no legacy reading settles, and
 * the tone and punctuation rules of the name keys.
 */
import { decodeLegacy, decodeTcvn3, isTcvn3CapitalFont, legacyEncodingOfFont, legacyEvidence } from "../../../src/core/text/legacy";
import { canonicalTones, nameKey, stripDiacritics } from "../../../src/core/text/normalize";

describe("decodeTcvn3, font unknown: which cells and words are capitals", () => {
  it("two ASCII capitals in a cell, none lower case, make it a capital cell", () => {
    expect(decodeTcvn3("H¸ N")).toBe("HÁ N");
  });
  it("one lower-case ASCII letter, a or z included, keeps the cell as typed", () => {
    expect(decodeTcvn3("C¸ a")).toBe("Cá a");
    expect(decodeTcvn3("C¸ z")).toBe("Cá z");
  });
  it("a word of two capitals, A and Z included, with a decoded letter is a capital word", () => {
    expect(decodeTcvn3("HUÖ vµ")).toBe("HUỆ và");
    expect(decodeTcvn3("NAÖ vµ")).toBe("NAỆ và");
    expect(decodeTcvn3("ZUÖ vµ")).toBe("ZUỆ và");
  });
  it("a capital word with no TCVN3 byte is left as it is", () => {
    expect(decodeTcvn3("UBω x")).toBe("UBω x");
  });
});

describe("fonts: the name's start and end", () => {
  it.each(["Arial VNI-Times", "ArialVnTime", "Arial.vntime"])("%j is no legacy font", (font) => expect(legacyEncodingOfFont(font)).toBeNull());
  it("H must end the name of a capital font", () => {
    expect(isTcvn3CapitalFont(".VnHelve")).toBe(false);
  });
});

describe("decodeLegacy and legacyEvidence: Unicode text stays Unicode", () => {
  it("a cell retyped in Unicode is returned unchanged, whatever the file's encoding", () => {
    expect(decodeLegacy("Cộng hòa xã", "tcvn3")).toBe("Cộng hòa xã");
    expect(decodeLegacy("Cộng hòa xã", "vni")).toBe("Cộng hòa xã");
  });
  it("a Latin-1 word that is Vietnamese as it is and in one legacy reading counts for nothing", () => {
    // "mèo" as it is and in VNI; TCVN3 reads "mốo"
    expect(legacyEvidence("mèo")).toEqual({ tcvn3: 0, vni: 0, unicode: 0 });
  });
});

describe("normalize: tones and punctuation", () => {
  it("stripDiacritics maps a lower-case đ too", () => {
    expect(stripDiacritics("đi đâu")).toBe("di dau");
  });
  it("a tone written before a shaped vowel moves onto it", () => {
    expect(canonicalTones("thủơ")).toBe("thuở");
    expect(nameKey("thủơ")).toBe(nameKey("thuở"));
  });
  it("the u of qu and the i of gi are consonants only there", () => {
    expect(canonicalTones("qòa")).toBe("qòa");
    expect(canonicalTones("goị")).toBe("gọi");
  });
  it("the key keeps a punctuation mark and drops the spaces on either side, one or none", () => {
    expect([nameKey("a, b"), nameKey("a ,b"), nameKey("a , b")]).toEqual(["a,b", "a,b", "a,b"]);
  });
});
