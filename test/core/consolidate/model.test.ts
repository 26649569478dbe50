/**
 * consolidate() as a whole (src/core/consolidate/index.ts), issue 16: the title block (the user's
 * title or the default, the period line only with a period), the period kept in the model, the
 * unsettled lines kept out of the sentences, and the campaigns' sentences ordered by their
 * earliest decision (a campaign with no dated decision after the dated ones, then first met).
 */
import { consolidate } from "../../../src/core/consolidate";
import { awardRows, lookup, parsedFile, sheet } from "./fixtures";

const model = (awards: ReturnType<typeof awardRows>, extra: Partial<Parameters<typeof consolidate>[1]> = {}) =>
  consolidate([parsedFile("a.xlsx", "Xã A", [sheet("a.xlsx", "DS", { awards })])], { lang: "vi", awardInfo: lookup, issues: [], ledger: [], ...extra });

describe("consolidate", () => {
  it("the title block: the default title alone without a period; with one, the period line under it", () => {
    const bare = model([]);
    expect(bare.title).toBe("TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG");
    expect("period" in bare).toBe(false);
    expect(bare.sheets[0].title).toEqual(["TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG"]);
    const dated = model([], { period: { from: "2021-01-01", to: "2021-06-30" }, title: "BÁO CÁO 6 THÁNG", lang: "en" });
    expect([dated.title, dated.period, dated.sheets[0].title, dated.lang]).toEqual(["BÁO CÁO 6 THÁNG", { from: "2021-01-01", to: "2021-06-30" }, ["BÁO CÁO 6 THÁNG", "From 01/01/2021 to 30/06/2021"], "en"]);
    expect(dated.sheets[4].title).toEqual(["CHECK RESULTS FOR THE FILES", "From 01/01/2021 to 30/06/2021"]);
  });

  it("campaign sentences by each campaign's earliest decision; undated campaigns after, in the order met", () => {
    const c = (campaign: string, decisionDate?: string) => awardRows(1, { awardId: "bk-tinh", kind: "individual", occasion: "thematic", campaign, ...(decisionDate ? { decisionDate } : {}) });
    const awards = [...c("Chiến dịch E"), ...c("Chiến dịch B", "2021-05-01"), ...c("Chiến dịch D"), ...c("Chiến dịch A", "2021-06-01"), ...c("Chiến dịch A", "2021-03-01"), ...c("Chiến dịch C", "2021-04-01")];
    const m = model(awards, { featuredCampaigns: ["Chiến dịch A", "Chiến dịch B", "Chiến dịch C", "Chiến dịch D", "Chiến dịch E"] });
    expect(m.sentences.map((s) => /trong công tác (.*?):/.exec(s)?.[1])).toEqual(["chiến dịch A", "chiến dịch C", "chiến dịch B", "chiến dịch E", "chiến dịch D"]);
  });

  it("the awards, the figures and the issues are the model's; unsettled lines are in the awards, never in a sentence", () => {
    const awards = [...awardRows(2, { awardId: "ldtt", kind: "individual" }), ...awardRows(1, { awardText: "Giấy khen lạ", kind: "individual" })];
    const issues = [{ rule: "x", severity: "info" as const, file: "a.xlsx", message: { vi: "a", en: "a" } }];
    const m = model(awards, { issues });
    expect(m.awards.map((a) => [a.award, a.individuals])).toEqual([
      ["Lao động tiên tiến", 2],
      ["Chưa xác định: Giấy khen lạ", 1],
    ]);
    expect(m.sentences).toEqual(["Khen thưởng thường xuyên:", "Danh hiệu Lao động tiên tiến: 02 cá nhân."]);
    expect(m.issues).toBe(issues);
    expect(m.figures).toEqual([]);
  });
});
