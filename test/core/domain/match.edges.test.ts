/**
 * Edges of award matching (issue 16, mutation testing): each path of matchAward (sensitive key,
 * title + issuer, partial, loose key, wrong accents, code, suggestion) with the whole answer it
 * gives, the suggestion's limit on both sides, the issuer look-ups, settle's fall-backs and the
 * counting policies of intendedAward.
 */
import { intendedAward, issuerOf, issuerOfDecision, levenshtein, matchAward, settle, signature, type AwardMatch } from "../../../src/core/domain/awards";
import { sameLines } from "../../../src/core/domain/awards/keys";
import { AWARDS, parseLocalCatalogue, useCatalogue, type AwardEntry } from "../../../src/core/domain/awards";

/** the match with entries as their ids and candidates as their ids, for whole-answer comparisons */
const brief = (m: AwardMatch) => JSON.parse(JSON.stringify(m, (k, v) => ((k === "award" || k === "suggestion") && v ? v.id : k === "candidates" ? v.map((a: { id: string }) => a.id) : v)));

describe("matchAward: each path, with the whole answer", () => {
  it("the catalogue's own spelling is exact; another spelling of it is not", () => {
    expect(brief(matchAward("Huân chương Lao động hạng Nhì"))).toEqual({ kind: "known", award: "hcld-2", exact: true });
    expect(brief(matchAward("Huân chương Lao động hạng 2"))).toEqual({ kind: "known", award: "hcld-2", exact: false });
  });
  it("a title followed by its issuer names the issuer, with or without accents", () => {
    expect(brief(matchAward("CSTĐCS của Chủ tịch UBND xã"))).toEqual({ kind: "known", award: "cstdcs", exact: false, issuer: "ct-ubnd-xa" });
    expect(brief(matchAward("Lao dong tien tien cua Chu tich UBND xa"))).toEqual({ kind: "known", award: "ldtt", exact: false, issuer: "ct-ubnd-xa" });
  });
  it("an issuer alone, or a title with an unknown tail, is no award", () => {
    expect(brief(matchAward("Chủ tịch UBND xã"))).toEqual({ kind: "unknown", text: "Chủ tịch UBND xã" });
    expect(brief(matchAward("Kỷ niệm chương Chủ tịch nước"))).toEqual({ kind: "unknown", text: "Kỷ niệm chương Chủ tịch nước" });
  });
  it("text typed without any accent is read through the loose key, never exact", () => {
    expect(brief(matchAward("Lao dong tien tien"))).toEqual({ kind: "known", award: "ldtt", exact: false });
  });
  it("some accents dropped is fine when every accent written is right", () => {
    expect(brief(matchAward("Giấy khen cua Chu tich UBND huyen"))).toEqual({ kind: "known", award: "gk-ct-ubnd-huyen", exact: false });
  });
  it("a wrong accent is a misspelling: suggested, with the letters that differ, a slip when no line is crossed", () => {
    // "đông" lacks the dot below of "động" (1), "tiến" has an accent "tiên" lacks (1)
    expect(brief(matchAward("Lao đông tiến tiến"))).toEqual({ kind: "unknown", text: "Lao đông tiến tiến", suggestion: "ldtt", distance: 2, slip: true });
  });
  it("a bare name without accents is incomplete too, with its candidates", () => {
    expect(brief(matchAward("Huan chuong lao dong"))).toEqual({
      kind: "unknown",
      text: "Huan chuong lao dong",
      incomplete: { family: "huan-chuong", needs: "class", candidates: ["hcld-1", "hcld-2", "hcld-3"] },
    });
    expect(brief(matchAward("Bang khen"))).toMatchObject({ kind: "unknown", incomplete: { family: "bang-khen", needs: "issuer" } });
  });
  it("a code no look-up resolves gets no suggestion", () => {
    expect(brief(matchAward("HT09"))).toEqual({ kind: "unknown", text: "HT09" });
    expect(brief(matchAward("1650360184"))).toEqual({ kind: "unknown", text: "1650360184" });
  });
  it("blank text is unknown, trimmed", () => {
    expect(brief(matchAward("  "))).toEqual({ kind: "unknown", text: "" });
  });
});

describe("suggestions: at most 4 edits for a short text", () => {
  it("4 edits away is suggested, 5 is not", () => {
    expect(brief(matchAward("Lao dong tiqq tiqq"))).toEqual({ kind: "unknown", text: "Lao dong tiqq tiqq", suggestion: "ldtt", distance: 4, slip: true });
    expect(brief(matchAward("Lao dong tqqq tiqq"))).toEqual({ kind: "unknown", text: "Lao dong tqqq tiqq" });
  });
  it("one letter too many is a slip of distance 1", () => {
    expect(brief(matchAward("Lao động tiên tiếnn"))).toEqual({ kind: "unknown", text: "Lao động tiên tiếnn", suggestion: "ldtt", distance: 1, slip: true });
  });
  it("nothing near, nothing suggested", () => {
    expect(brief(matchAward("xyzxyzxyz abc"))).toEqual({ kind: "unknown", text: "xyzxyzxyz abc" });
  });
});

describe("levenshtein", () => {
  it("the distance when it is within the limit", () => {
    expect([levenshtein("abc", "abd", 5), levenshtein("kitten", "sitting", 5), levenshtein("", "abc", 5), levenshtein("abc", "abc", 0)]).toEqual([1, 3, 3, 0]);
  });
  it("beyond the limit, some value above it (the search stops early)", () => {
    expect(levenshtein("kitten", "sitting", 1)).toBeGreaterThan(1);
    expect(levenshtein("abc", "", 0)).toBeGreaterThan(0);
  });
});

describe("issuerOf and issuerOfDecision", () => {
  it("an issuer ending the text, with accents or with none at all", () => {
    expect(issuerOf("Chủ tịch UBND huyện Tuần Giáo")).toBe("ct-ubnd-huyen");
    expect(issuerOf("chu tich ubnd huyen")).toBe("ct-ubnd-huyen");
  });
  it("text with some accents is not read through the loose key", () => {
    expect(issuerOf("Chủ tich UBND huyen")).toBeUndefined();
  });
  it("blank or unknown text names no issuer", () => {
    expect([issuerOf(""), issuerOf("  "), issuerOf("xyz")]).toEqual([undefined, undefined, undefined]);
  });
  it("the decision's authority: TTg and CTN settle the level, others do not", () => {
    expect([issuerOfDecision("12/QĐ-TTg"), issuerOfDecision("12/QĐ-CTN"), issuerOfDecision("12/QĐ-UBND"), issuerOfDecision(undefined), issuerOfDecision("12")]).toEqual([
      "thu-tuong",
      "chu-tich-nuoc",
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("signature and sameLines", () => {
  it("family, class and level as the words say them", () => {
    expect(signature("Huân chương Lao động hạng II")).toEqual({ family: "huan chuong", klass: "nhi" });
    expect(signature("BK của Chủ tịch UBND tỉnh")).toEqual({ family: "bang khen", level: "tinh" });
    expect(signature("GK hạng 3 thị xã")).toEqual({ family: "giay khen", klass: "ba", level: "thi xa" });
    expect(signature("xyz hạng tư")).toEqual({ klass: "tu" });
    expect(signature("Lao động tiên tiến")).toEqual({});
  });
  it("two signatures agree only on every line", () => {
    expect(sameLines({ family: "bang khen", level: "tinh" }, { family: "bang khen", level: "tinh" })).toBe(true);
    expect(sameLines({ family: "bang khen", level: "tinh" }, { family: "giay khen", level: "tinh" })).toBe(false);
    expect(sameLines({ family: "huan chuong", klass: "nhi" }, { family: "huan chuong", klass: "ba" })).toBe(false);
    expect(sameLines({ family: "bang khen", level: "tinh" }, { family: "bang khen", level: "huyen" })).toBe(false);
    expect(sameLines({ family: "bang khen" }, { family: "bang khen", level: "huyen" })).toBe(false);
  });
});

describe("settle: the fall-backs", () => {
  it("a known match, or one that needs a class, is returned as it is", () => {
    const known = matchAward("Lao động tiên tiến");
    expect(settle(known, { issuerText: "Chủ tịch nước" })).toBe(known);
    const order = matchAward("Huân chương");
    expect(settle(order, { issuerText: "Chủ tịch nước" })).toBe(order);
  });
  it("an unreadable Cấp khen gives way to the decision's authority", () => {
    expect(brief(settle(matchAward("CSTĐ"), { issuerText: "xyz", decisionNumber: "1/QĐ-TTg" }))).toEqual({
      kind: "known",
      award: "cstdtq",
      exact: false,
      issuer: "thu-tuong",
      settledBy: "issuer",
    });
  });
  it("read together, the name and the Cấp khen settle a form", () => {
    expect(brief(settle(matchAward("Giấy khen"), { issuerText: "Chủ tịch UBND thị xã" }))).toEqual({ kind: "known", award: "gk-ct-ubnd-thi-xa", exact: false, settledBy: "issuer" });
    expect(brief(settle(matchAward("Cờ thi đua"), { issuerText: "Chủ tịch UBND tỉnh" }))).toEqual({ kind: "known", award: "co-thi-dua-tinh", exact: false, settledBy: "issuer" });
  });
  it("an issuer that grants none of the candidates, or not on that date, settles nothing", () => {
    const bk = matchAward("Bằng khen");
    expect(settle(bk, { issuerText: "Chủ tịch nước" })).toBe(bk);
    const cstd = matchAward("CSTĐ");
    // the district tier granted CSTĐCS until 30/6/2025
    expect(settle(cstd, { issuerText: "Chủ tịch UBND huyện", date: "2026-01-01" })).toBe(cstd);
    expect(brief(settle(cstd, { issuerText: "Chủ tịch UBND huyện", date: "2025-06-30" }))).toMatchObject({ kind: "known", award: "cstdcs" });
    expect(settle(matchAward("Cờ thi đua"), { decisionNumber: "1/QĐ-TTg" }).kind).toBe("unknown");
  });
});

describe("intendedAward: the counting policies", () => {
  it("a known award whatever the policy", () => {
    for (const policy of ["none", "slips", "all"] as const) expect(intendedAward("LĐTT", policy)?.id).toBe("ldtt");
  });
  it("a slip counts under slips and all, not none", () => {
    expect(["none", "slips", "all"].map((p) => intendedAward("Lao đông tiến tiến", p as "none")?.id)).toEqual([undefined, "ldtt", "ldtt"]);
  });
  it("a suggestion across a line counts only under all", () => {
    expect(["none", "slips", "all"].map((p) => intendedAward("Bằng khen cuả Chủ tịch UBND huyện", p as "none")?.id)).toEqual([undefined, undefined, "gk-ct-ubnd-huyen"]);
  });
  it("a bare name never counts", () => {
    expect(intendedAward("Bằng khen", "all")).toBeUndefined();
  });
});

describe("matchAward: bare names, the catalogue's order, codes and the suggestion's limit", () => {
  const incomplete = (text: string) => {
    const m = matchAward(text);
    if (m.kind !== "unknown" || !m.incomplete) throw new Error(`${text}: not incomplete`);
    return m.incomplete;
  };

  test.each([
    ["BK", "bang-khen", "issuer", (a: AwardEntry) => a.family === "bang-khen"],
    ["GK", "giay-khen", "issuer", (a: AwardEntry) => a.family === "giay-khen"],
    ["Cờ TĐ", "danh-hieu", "issuer", (a: AwardEntry) => a.id.startsWith("co-thi-dua")],
    ["HC", "huan-chuong", "class", (a: AwardEntry) => a.family === "huan-chuong"],
    ["Huy chương", "huy-chuong", "class", (a: AwardEntry) => a.family === "huy-chuong"],
  ] as const)("%s is incomplete: its family, what it needs, and only that family's entries as candidates", (text, family, needs, isCandidate) => {
    const m = incomplete(text);
    expect([m.family, m.needs]).toEqual([family, needs]);
    expect(m.candidates.length).toBeGreaterThan(1);
    expect(m.candidates.every(isCandidate)).toBe(true);
    expect(m.candidates).toEqual(AWARDS.filter(isCandidate));
  });

  test("'CSTĐ cấp' needs the level: the three Chiến sĩ thi đua", () => {
    expect(brief(matchAward("CSTĐ cấp"))).toEqual({ kind: "unknown", text: "CSTĐ cấp", incomplete: { family: "danh-hieu", needs: "level", candidates: ["cstdcs", "cstd-tinh", "cstdtq"] } });
  });

  test("a province's own entry cannot take a built-in spelling: the first entry keeps it, with or without accents", () => {
    try {
      useCatalogue(parseLocalCatalogue([{ id: "ldtt-tinh", name: "Lao động tiên tiến cấp tỉnh", aliases: ["Lao động tiên tiến"], family: "danh-hieu", recipients: ["individual"] }]));
      expect(brief(matchAward("Lao động tiên tiến")).award).toBe("ldtt");
      expect(brief(matchAward("Lao dong tien tien")).award).toBe("ldtt");
      expect(brief(matchAward("Lao động tiên tiến cấp tỉnh")).award).toBe("ldtt-tinh");
    } finally {
      useCatalogue([]);
    }
  });

  test("a digit at one end of a name does not make it a code: the name is still suggested", () => {
    expect(brief(matchAward("Lao động tiên tiến 2"))).toMatchObject({ kind: "unknown", suggestion: "ldtt", distance: 2 });
    expect(brief(matchAward("1 Lao động tiên tiến"))).toMatchObject({ kind: "unknown", suggestion: "ldtt", distance: 2 });
  });

  test("a long text's limit is a quarter of its length, and a length difference at the limit is still compared", () => {
    // 27 letters: limit 6; 5 edits away
    expect(brief(matchAward("Chiến sĩ thi đua cơ sởxxxxx"))).toMatchObject({ suggestion: "cstdcs", distance: 5 });
    // 24 letters: limit 6; 6 letters longer than "lao dong tien tien", 6 edits away
    expect(brief(matchAward("Lao động tiên tiến xxxxx"))).toMatchObject({ suggestion: "ldtt", distance: 6 });
  });

  test("an issuer alone, or an empty text, names no award and no issuer", () => {
    expect(matchAward("Chủ tịch UBND huyện")).toMatchObject({ kind: "unknown" });
    expect(issuerOf("")).toBeUndefined();
    expect(issuerOf("   ")).toBeUndefined();
  });
});

describe("matchAward: exact spellings and accents in a title with its issuer", () => {
  test("the full name is exact too; an alias of an entry that has a full name is not", () => {
    expect(matchAward("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")).toMatchObject({ kind: "known", exact: true });
    expect(matchAward("BK CT UBND tỉnh")).toMatchObject({ kind: "known", exact: false });
  });

  test("a title and its issuer with some accents dropped: every accent written is a word of some spelling, so it is read", () => {
    expect(brief(matchAward("Lao động tiên tiến Chủ tịch UBND huyen"))).toEqual({ kind: "known", award: "ldtt", exact: false, issuer: "ct-ubnd-huyen" });
  });
});
