/**
 * Award totals (src/core/consolidate/awards.ts) at their edges (issue 16): which award a row
 * counts under (its id, the award its text means, the award it reports as, a ministry named in
 * the row), the unsettled lines and their order, the occasion and campaign a row inherits from its
 * decision (the majority of the rows that name one, a number typed loosely, the user's), the
 * sender, rows the user excluded, and the order of the totals. The "Chưa xác định" texts are
 * checked through consolidate(), as the report shows them.
 */
import { collectAwards, consolidate, totalAwards } from "../../../src/core/consolidate";
import { decisionKey, occasionOf, resolveAward, senderOf } from "../../../src/core/consolidate/awards";
import type { AwardInfo } from "../../../src/core/consolidate";
import type { AwardRecord } from "../../../src/core/model";
import { nameKey } from "../../../src/core/text/normalize";
import { CATALOGUE, awardRows, lookup, parsedFile, sheet } from "./fixtures";

const withDecision = (rows: AwardRecord[], decisionNumber: string, extra: Partial<AwardRecord> = {}) => rows.map((r) => ({ ...r, decisionNumber, ...extra }));
const file = (awards: AwardRecord[], sender: string | undefined = "Xã A") => parsedFile("a.xlsx", sender, [sheet("a.xlsx", "DS", { awards })]);
const plain = (totals: ReturnType<typeof totalAwards>) => totals.map((t) => [t.award, t.occasion, t.campaign ?? "", t.collectives, t.individuals, t.households]);

describe("resolveAward", () => {
  it("the id given, else the award the text means; the award it reports as", () => {
    expect(resolveAward({ awardId: "gk-huyen", awardText: "x" }, lookup)).toMatchObject({ key: "gk-huyen", name: CATALOGUE["gk-huyen"].name, awardId: "gk-huyen", issuer: "Chủ tịch UBND huyện" });
    expect(resolveAward({ awardText: "GK huyện" }, lookup, (t) => (t === "GK huyện" ? "gk-huyen" : undefined))).toMatchObject({ key: "gk-huyen", awardId: "gk-huyen" });
    const tt = resolveAward({ awardId: "ttldtt", awardText: "" }, lookup);
    expect(tt).toMatchObject({ key: "ldtt", name: "Lao động tiên tiến", awardId: "ldtt", own: CATALOGUE.ttldtt });
    expect("unresolved" in tt).toBe(false);
    // reportAs naming an id the catalogue lacks: counted as itself
    const broken = (id: string): AwardInfo | undefined => (id === "a" ? { id: "a", name: "Danh hiệu A", reportAs: "missing" } : undefined);
    expect(resolveAward({ awardId: "a", awardText: "" }, broken)).toMatchObject({ key: "a", name: "Danh hiệu A" });
  });

  it("a ministry named in the row: the form totalled apart per ministry, named by it; not for an award reported as another", () => {
    const info = (id: string): AwardInfo | undefined => (id === "bk-bo" ? { id, name: "Bằng khen của Bộ, ban, ngành, đoàn thể Trung ương" } : id === "tt" ? { id, name: "Tập thể X", reportAs: "ldtt" } : lookup(id));
    expect(resolveAward({ awardId: "bk-bo", awardText: "", awardDetail: "Bộ Công an" }, info)).toMatchObject({ key: "bk-bo|" + nameKey("Bộ Công an"), name: "Bằng khen của Bộ Công an", issuer: "Bộ Công an", awardId: "bk-bo" });
    expect(resolveAward({ awardId: "bk-bo", awardText: "", awardDetail: "BỘ CÔNG AN" }, info).key).toBe(resolveAward({ awardId: "bk-bo", awardText: "", awardDetail: "Bộ Công an" }, info).key);
    expect(resolveAward({ awardId: "tt", awardText: "", awardDetail: "Bộ Công an" }, info)).toMatchObject({ key: "ldtt", name: "Lao động tiên tiến" });
  });

  it("nothing the catalogue resolves: a line of its own, after every known award, under the text as written", () => {
    const r = resolveAward({ awardText: "  Bằng   khen " }, lookup, () => undefined);
    expect(r).toMatchObject({ unresolved: true, writtenAs: "Bằng khen", rank: 10_000 });
    expect(r.key).toBe(resolveAward({ awardText: "BẰNG KHEN" }, lookup).key);
    expect(r.key).not.toBe(resolveAward({ awardText: "Giấy khen" }, lookup).key);
    // an id the catalogue does not know, with no text: the id is what was written
    expect(resolveAward({ awardId: "khong-co", awardText: "" }, lookup)).toMatchObject({ unresolved: true, writtenAs: "khong-co" });
    expect(resolveAward({ awardText: "" }, lookup, () => "gk-huyen")).toMatchObject({ unresolved: true, writtenAs: "" });
  });
});

describe("the unsettled lines in the report", () => {
  it("an unknown award and an award whose kind nothing settles: each on its own line, named in the report's language, after the known ones", () => {
    // "abc": neither a person's nor a collective's name, and Giấy khen goes to both
    const ambiguous = (r: AwardRecord) => ({ ...r, name: "abc" });
    const rows = [
      ...awardRows(1, { awardText: "Bằng khen" }).map(ambiguous),
      ...awardRows(2, { awardId: "gk-huyen" }).map(ambiguous),
      ...awardRows(1, { awardId: "ldtt", kind: "individual" }),
      ...awardRows(1, { awardText: "Bằng khen", kind: "collective" }),
    ];
    const vi = consolidate([file(rows)], { lang: "vi", awardInfo: lookup, issues: [], ledger: [] });
    expect(vi.awards.map((a) => [a.award, a.unresolved ?? false, a.writtenAs ?? "", a.collectives, a.individuals])).toEqual([
      ["Lao động tiên tiến", false, "", 0, 1],
      ["Chưa xác định: Bằng khen", true, "Bằng khen", 1, 1],
      [`Chưa xác định đối tượng (tập thể/cá nhân): ${CATALOGUE["gk-huyen"].name}`, true, CATALOGUE["gk-huyen"].name, 0, 2],
    ]);
    const en = consolidate([file(rows)], { lang: "en", awardInfo: lookup, issues: [], ledger: [] });
    expect(en.awards.slice(1).map((a) => a.award)).toEqual(["Not settled: Bằng khen", `Recipient kind not settled (collective/individual): ${CATALOGUE["gk-huyen"].name}`]);
  });

  it("unsettled lines in alphabetical (Vietnamese) order", () => {
    const rows = [...awardRows(1, { awardText: "Giấy khen", kind: "individual" }), ...awardRows(1, { awardText: "Bằng khen", kind: "individual" })];
    expect(totalAwards(collectAwards([file(rows)], lookup)).map((t) => t.writtenAs)).toEqual(["Bằng khen", "Giấy khen"]);
  });
});

describe("collectAwards", () => {
  it("rows the user excluded (\"không tính\") are not counted", () => {
    const rows = awardRows(3, { awardId: "gk-huyen", kind: "individual" });
    rows[1].awardExcluded = true;
    expect(collectAwards([file(rows)], lookup).map((c) => c.record.ref.row)).toEqual([rows[0].ref.row, rows[2].ref.row]);
  });

  it("the sender: the row's, else the file's, else the file name, spaces tidied", () => {
    const rows = [...awardRows(1, { awardId: "ldtt", kind: "individual", sender: "Trường  TH A" }), ...awardRows(1, { awardId: "ldtt", kind: "individual" })];
    expect(collectAwards([file(rows, "Xã  A")], lookup).map((c) => c.sender)).toEqual(["Trường TH A", "Xã A"]);
    expect(collectAwards([parsedFile("b.xlsx", undefined, [sheet("b.xlsx", "DS", { awards: rows.slice(1) })])], lookup).map((c) => c.sender)).toEqual(["b.xlsx"]);
    expect(senderOf({ sender: "" }, file([], "Xã B"))).toBe("Xã B");
  });

  it("rows with the same text but another id or ministry are resolved apart", () => {
    const info = (id: string): AwardInfo | undefined => (id === "bk-bo" ? { id, name: "Bằng khen của Bộ, ngành", kinds: ["individual"] } : lookup(id));
    const rows = [
      { ...awardRows(1, { awardId: "bk-bo", awardText: "Bằng khen", kind: "individual" })[0], awardDetail: "Bộ Công an" },
      { ...awardRows(1, { awardId: "bk-bo", awardText: "Bằng khen", kind: "individual" })[0], awardDetail: "Bộ Y tế" },
      { ...awardRows(1, { awardId: "bk-tinh", kind: "individual" })[0], awardText: "Bằng khen" },
      { ...awardRows(1, { kind: "individual" })[0], awardText: "Bằng khen" },
    ];
    expect(collectAwards([file(rows)], info).map((c) => c.award.name)).toEqual(["Bằng khen của Bộ Công an", "Bằng khen của Bộ Y tế", CATALOGUE["bk-tinh"].name, "Chưa xác định: Bằng khen"]);
  });

  it("occasion: the row's, else its decision's, else chuyên đề for a row with a campaign, else thường xuyên", () => {
    const rows = [
      ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "adhoc", campaign: "Chống lũ" }), "10/QĐ-UBND"),
      ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual" }), "10/QĐ-UBND"),
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual", campaign: "Bầu cử" }),
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual" }),
      ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "regular" }), "10/QĐ-UBND"),
    ];
    expect(collectAwards([file(rows)], lookup).map((c) => [c.occasion, c.campaign ?? ""])).toEqual([
      ["adhoc", "Chống lũ"],
      ["adhoc", "Chống lũ"],
      ["thematic", "Bầu cử"],
      ["regular", ""],
      ["regular", "Chống lũ"],
    ]);
    expect([occasionOf(rows[2]), occasionOf(rows[3]), occasionOf(rows[0])]).toEqual(["thematic", "regular", "adhoc"]);
  });

  it("a decision named with two campaigns takes the one most of its rows name; a row without a number neither votes nor inherits", () => {
    const rows = [
      ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "Chống dịch" }), "7/QĐ-UBND"),
      ...withDecision(awardRows(2, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "Bầu cử" }), "7/QĐ-UBND"),
      ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "BẦU CỬ" }), "7/QĐ-UBND"),
      ...awardRows(3, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "Chống dịch" }),
      ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic" }), "QĐ số 7/QĐ-UBND"),
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic" }),
    ];
    expect(collectAwards([file(rows)], lookup).map((c) => c.campaign ?? "")).toEqual(["Chống dịch", "Bầu cử", "Bầu cử", "BẦU CỬ", "Chống dịch", "Chống dịch", "Chống dịch", "Bầu cử", ""]);
  });

  it("the user's campaign for a decision makes its rows chuyên đề; a campaign's spaces are tidied", () => {
    const rows = [...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual" }), "QĐ 15"), ...awardRows(1, { awardId: "gk-huyen", kind: "individual", campaign: " Bầu   cử " })];
    expect(collectAwards([file(rows)], lookup, undefined, { "15/QĐ-UBND": "Phòng, chống dịch" }).map((c) => [c.occasion, c.campaign])).toEqual([
      ["thematic", "Phòng, chống dịch"],
      ["thematic", "Bầu cử"],
    ]);
  });
});

describe("decisionKey", () => {
  it("\"QĐ số 705/QĐ-UBND\", \"Số 705/QĐ-UBND\" and \"705/QĐ-UBND\" are one decision; none is \"\"", () => {
    expect(decisionKey("QĐ số 705/QĐ-UBND")).toBe(decisionKey("705/QĐ-UBND"));
    expect(decisionKey("Số 705/QĐ-UBND")).toBe(decisionKey("705/qđ-ubnd"));
    expect(decisionKey("705/QĐ-UBND")).not.toBe(decisionKey("706/QĐ-UBND"));
    expect(decisionKey("")).toBe("");
    expect(decisionKey(undefined)).toBe("");
  });
});

describe("totalAwards", () => {
  it("one total per award, occasion and campaign, with its sources; issuer and id only when known", () => {
    const rows = [
      ...awardRows(2, { awardId: "gk-huyen", kind: "collective", occasion: "thematic", campaign: "Bầu cử" }),
      ...awardRows(1, { awardId: "gk-huyen", kind: "household", occasion: "thematic", campaign: "bầu cử" }),
      ...awardRows(1, { awardId: "ldtt", kind: "individual" }),
    ];
    const totals = totalAwards(collectAwards([file(rows)], lookup));
    expect(totals.map((t) => ({ ...t, sources: t.sources.map((s) => s.row) }))).toEqual([
      { award: "Lao động tiên tiến", awardId: "ldtt", occasion: "regular", collectives: 0, individuals: 1, households: 0, sources: [rows[3].ref.row] },
      { award: CATALOGUE["gk-huyen"].name, awardId: "gk-huyen", issuer: "Chủ tịch UBND huyện", occasion: "thematic", campaign: "Bầu cử", collectives: 2, individuals: 0, households: 1, sources: rows.slice(0, 3).map((r) => r.ref.row) },
    ]);
  });

  it("order: occasion, then rank, then name, then the campaign's earliest decision, then first met", () => {
    const rows = [
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "adhoc" }),
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "C" }),
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "B", decisionDate: "2021-05-01" }),
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "A", decisionDate: "2021-06-01" }),
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "A", decisionDate: "2021-04-01" }),
      ...awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "D" }),
      ...awardRows(1, { awardId: "bk-tinh", kind: "individual", occasion: "thematic" }),
      ...awardRows(1, { awardId: "cstdcs", kind: "individual" }),
      ...awardRows(1, { awardId: "ldtt", kind: "individual" }),
    ];
    expect(totalAwards(collectAwards([file(rows)], lookup)).map((t) => `${t.occasion}:${t.awardId}:${t.campaign ?? ""}`)).toEqual([
      "regular:cstdcs:",
      "regular:ldtt:",
      "thematic:bk-tinh:",
      "thematic:gk-huyen:A",
      "thematic:gk-huyen:B",
      "thematic:gk-huyen:C",
      "thematic:gk-huyen:D",
      "adhoc:gk-huyen:",
    ]);
  });

  it("counts each kind in its column", () => {
    const rows = [...awardRows(1, { awardId: "gk-huyen", kind: "collective" }), ...awardRows(2, { awardId: "gk-huyen", kind: "individual" }), ...awardRows(3, { awardId: "gk-huyen", kind: "household" })];
    expect(plain(totalAwards(collectAwards([file(rows)], lookup)))).toEqual([[CATALOGUE["gk-huyen"].name, "regular", "", 1, 2, 3]]);
  });
});
