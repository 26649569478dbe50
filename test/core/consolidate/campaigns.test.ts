import { collectAwards, consolidate, totalAwards } from "../../../src/core/consolidate";
import type { AwardRecord } from "../../../src/core/model";
import { ELECTION, awardRows, lookup, parsedFile, sheet } from "./fixtures";

const withDecision = (rows: AwardRecord[], decisionNumber: string) => rows.map((r) => ({ ...r, decisionNumber }));

describe("campaign of a decision", () => {
  // the commune's note names the campaign; the district office's list only says "Chuyên đề"
  const commune = parsedFile("01.xlsx", "Thị trấn Tuần Giáo", [
    sheet("01.xlsx", "DS", { awards: withDecision(awardRows(2, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: ELECTION }), "QĐ số 705/QĐ-UBND") }),
  ]);
  const office = parsedFile("21.xlsx", "Văn phòng HĐND và UBND huyện", [
    sheet("21.xlsx", "DS", {
      awards: [
        ...withDecision(awardRows(3, { awardId: "gk-huyen", kind: "collective", occasion: "thematic" }), "705/QĐ-UBND"),
        ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "collective", occasion: "thematic" }), "QĐ 705"),
        ...withDecision(awardRows(2, { awardId: "bk-tinh", kind: "individual", occasion: "thematic" }), "398/QĐ-UBND"),
        ...withDecision(awardRows(4, { awardId: "gk-huyen", kind: "individual", occasion: "thematic" }), "541/QĐ-UBND"),
      ],
    }),
  ]);

  it("applies a campaign named in one file to the same decision in the others, even typed loosely", () => {
    const totals = totalAwards(collectAwards([commune, office], lookup));
    const election = totals.find((t) => t.campaign === ELECTION && t.awardId === "gk-huyen")!;
    expect([election.collectives, election.individuals]).toEqual([4, 2]);
    const other = totals.find((t) => !t.campaign && t.awardId === "gk-huyen")!;
    expect([other.collectives, other.individuals]).toEqual([0, 4]);
  });

  it("takes the campaign of a decision no file names from the options", () => {
    const model = consolidate([commune, office], {
      lang: "vi",
      awardInfo: lookup,
      issues: [],
      ledger: [],
      decisionCampaigns: { "398/QĐ-UBND": "Phòng, chống dịch Covid-19" },
    });
    expect(model.sentences).toContain("Khen thưởng thành tích xuất sắc trong công tác phòng, chống dịch Covid-19: Chủ tịch UBND tỉnh tặng Bằng khen cho 02 cá nhân.");
    // the election campaign has only the commonest award here, so it joins the summary line
    expect(model.sentences).toContain("Chuyên đề: 04 tập thể, 06 cá nhân.");
  });

  it("does not guess between two decisions that share a number", () => {
    const a = parsedFile("a.xlsx", "Xã A", [
      sheet("a.xlsx", "DS", {
        awards: [
          ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: ELECTION }), "12/QĐ-UBND"),
          ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: "Phòng, chống dịch Covid-19" }), "12/QĐ-CT"),
          ...withDecision(awardRows(1, { awardId: "gk-huyen", kind: "individual", occasion: "thematic" }), "QĐ 12"),
        ],
      }),
    ]);
    const totals = totalAwards(collectAwards([a], lookup));
    expect(totals.find((t) => !t.campaign)?.individuals).toBe(1);
  });
});
