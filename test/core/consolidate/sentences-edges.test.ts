/**
 * Section IV sentences (src/core/consolidate/sentences.ts buildSentences) at their edges, sentence
 * by sentence in full (issue 16): which campaigns get a sentence of their own (the user's, or those
 * whose award is not the commonest one, counted over all their rows), the label of the chuyên đề /
 * đột xuất line from the occasions that have rows, awards merged by id or by written name, the
 * issuer taken from the catalogue, how a campaign is phrased, the order of campaigns and of awards,
 * and lines with nothing to count left out.
 */
import type { AwardTotal } from "../../../src/core/report";
import type { AwardInfo } from "../../../src/core/consolidate";
import { buildSentences, featuredCampaignKeys } from "../../../src/core/consolidate/sentences";
import { nameKey } from "../../../src/core/text/normalize";
import { lookup } from "./fixtures";

const GK = "Giấy khen của Chủ tịch UBND huyện";
const BK = "Bằng khen của Chủ tịch UBND tỉnh";

function total(award: string, occasion: AwardTotal["occasion"], counts: [number, number, number], extra: Partial<AwardTotal> = {}): AwardTotal {
  const [collectives, individuals, households] = counts;
  return { award, occasion, collectives, individuals, households, sources: [], ...extra };
}
const gk = (occasion: AwardTotal["occasion"], counts: [number, number, number], campaign?: string) => total(GK, occasion, counts, { awardId: "gk-huyen", ...(campaign ? { campaign } : {}) });
const bk = (occasion: AwardTotal["occasion"], counts: [number, number, number], campaign?: string) => total(BK, occasion, counts, { awardId: "bk-tinh", ...(campaign ? { campaign } : {}) });
const texts = (totals: AwardTotal[], options: Partial<Parameters<typeof buildSentences>[1]> = {}) =>
  buildSentences(totals, { lang: "vi", awardInfo: lookup, ...options }).map((s) => `${s.level}${s.text}`);

describe("the chuyên đề / đột xuất line", () => {
  it("one award left: its counts only, rows of one award merged; labelled by the occasions present", () => {
    expect(texts([gk("thematic", [2, 0, 0]), gk("adhoc", [0, 3, 0])])).toEqual(["0Chuyên đề, đột xuất: 02 tập thể, 03 cá nhân."]);
    expect(texts([gk("adhoc", [0, 3, 0]), gk("adhoc", [1, 0, 0])])).toEqual(["0Đột xuất: 01 tập thể, 03 cá nhân."]);
    expect(texts([gk("thematic", [0, 3, 0])])).toEqual(["0Chuyên đề: 03 cá nhân."]);
    expect(texts([gk("thematic", [0, 3, 0]), gk("adhoc", [0, 0, 2])], { lang: "en" })).toEqual(["0Thematic and ad hoc: 03 individuals, 02 households."]);
    expect(texts([gk("adhoc", [0, 1, 0])], { lang: "en" })).toEqual(["0Ad hoc: 01 individual."]);
    expect(texts([gk("thematic", [0, 1, 0])], { lang: "en" })).toEqual(["0Thematic: 01 individual."]);
  });

  it("an occasion whose rows count nothing does not name the line", () => {
    expect(texts([gk("thematic", [0, 0, 0]), gk("adhoc", [0, 3, 0])])).toEqual(["0Đột xuất: 03 cá nhân."]);
    expect(texts([gk("adhoc", [0, 0, 0]), gk("thematic", [0, 3, 0])])).toEqual(["0Chuyên đề: 03 cá nhân."]);
  });

  it("several awards: each named with its counts, higher rank first, joined by \";\"", () => {
    expect(texts([gk("thematic", [0, 12, 0]), bk("adhoc", [0, 1, 0])])).toEqual([
      "0Chuyên đề, đột xuất: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 12 cá nhân.",
    ]);
  });

  it("an award with nothing to count is no line, and nothing at all is no sentence", () => {
    expect(texts([gk("thematic", [0, 0, 0]), bk("adhoc", [0, 1, 0])])).toEqual(["0Đột xuất: 01 cá nhân."]);
    expect(texts([gk("thematic", [0, 0, 0])])).toEqual([]);
    expect(texts([])).toEqual([]);
  });
});

describe("merging and naming awards", () => {
  it("totals with no catalogue id merge by their written name's key", () => {
    const a = total("Giấy khen của Giám đốc Sở Y tế", "regular", [1, 0, 0]);
    const b = total("GIẤY KHEN CỦA GIÁM ĐỐC SỞ Y TẾ", "regular", [0, 2, 0]);
    expect(texts([a, b])).toEqual(["0Khen thưởng thường xuyên:", "1Giám đốc Sở Y tế tặng Giấy khen: 01 tập thể, 02 cá nhân."]);
  });

  it("the issuer: the total's own, else the catalogue's, else the name's", () => {
    const awardInfo = (id: string): AwardInfo | undefined => (id === "bk-x" ? { id, name: "Bằng khen", issuer: "Chủ tịch UBND tỉnh Điện Biên" } : undefined);
    expect(texts([total("Bằng khen", "regular", [0, 1, 0], { awardId: "bk-x" })], { awardInfo })).toEqual(["0Khen thưởng thường xuyên:", "1Chủ tịch UBND tỉnh Điện Biên tặng Bằng khen: 01 cá nhân."]);
    expect(texts([total("Bằng khen", "regular", [0, 1, 0], { awardId: "bk-x", issuer: "Bộ trưởng Bộ Công an" })], { awardInfo })).toEqual(["0Khen thưởng thường xuyên:", "1Bộ trưởng Bộ Công an tặng Bằng khen: 01 cá nhân."]);
    expect(texts([total(BK, "regular", [0, 1, 0], { awardId: "bk-x" })], { awardInfo: undefined })).toEqual(["0Khen thưởng thường xuyên:", "1Chủ tịch UBND tỉnh tặng Bằng khen: 01 cá nhân."]);
  });

  it("a title is \"Danh hiệu X\" unless its name says so; a form with no issuer is its name", () => {
    const rows = [
      total("Danh hiệu Gia đình văn hóa", "regular", [0, 0, 1]),
      total("Huân chương Lao động hạng Ba", "regular", [0, 1, 0]),
      total("Lao động tiên tiến", "regular", [0, 9, 0], { awardId: "ldtt" }),
    ];
    expect(texts(rows)).toEqual([
      "0Khen thưởng thường xuyên:",
      "1Danh hiệu Lao động tiên tiến: 09 cá nhân;",
      "1Danh hiệu Gia đình văn hóa: 01 hộ gia đình;",
      "1Huân chương Lao động hạng Ba: 01 cá nhân.",
    ]);
    expect(texts(rows, { lang: "en" })).toEqual([
      "0Regular awards:",
      "1Title Lao động tiên tiến: 09 individuals;",
      "1Danh hiệu Gia đình văn hóa: 01 household;",
      "1Huân chương Lao động hạng Ba: 01 individual.",
    ]);
  });
});

describe("campaign sentences", () => {
  const ELECTION = "Bầu cử đại biểu Quốc hội khóa XV";
  const COVID = "Phòng, chống dịch Covid-19";

  it("a featured campaign: every award of it in one sentence, the campaign phrased as \"công tác ...\"", () => {
    expect(texts([bk("thematic", [1, 1, 0], COVID), gk("thematic", [0, 4, 0], COVID)], { featuredCampaigns: [COVID] })).toEqual([
      "0Khen thưởng thành tích xuất sắc trong công tác phòng, chống dịch Covid-19: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể, 01 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 04 cá nhân.",
    ]);
    expect(texts([bk("thematic", [1, 0, 0], COVID)], { featuredCampaigns: [COVID], lang: "en" })).toEqual([
      "0Commendation for outstanding achievement in Phòng, chống dịch Covid-19: Bằng khen of the Chủ tịch UBND tỉnh for 01 collective.",
    ]);
  });

  it("a campaign written with \"Chuyên đề:\" / \"Đột xuất:\", or already a \"phong trào\" / \"công tác\" / \"cuộc vận động\"", () => {
    const one = (campaign: string, lang: "vi" | "en" = "vi") => texts([bk("thematic", [1, 0, 0], campaign)], { featuredCampaigns: [campaign], lang })[0];
    expect(one("Chuyên đề: Phòng, chống dịch")).toBe("0Khen thưởng thành tích xuất sắc trong công tác phòng, chống dịch: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể.");
    expect(one("đột xuất:ứng phó mưa lũ")).toBe("0Khen thưởng thành tích xuất sắc trong công tác ứng phó mưa lũ: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể.");
    expect(one("Đột xuất: Ứng phó mưa lũ", "en")).toBe("0Commendation for outstanding achievement in Ứng phó mưa lũ: Bằng khen of the Chủ tịch UBND tỉnh for 01 collective.");
    expect(one("Phong trào thi đua Dân vận khéo")).toBe("0Khen thưởng thành tích xuất sắc trong phong trào thi đua Dân vận khéo: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể.");
    expect(one("Công tác dân vận")).toBe("0Khen thưởng thành tích xuất sắc trong công tác dân vận: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể.");
    expect(one("Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam")).toBe(
      "0Khen thưởng thành tích xuất sắc trong cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể.",
    );
    // "Phongtrào" is not the word "phong trào"
    expect(one("Phongtrào ABC")).toBe("0Khen thưởng thành tích xuất sắc trong công tác phongtrào ABC: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể.");
  });

  it("featured campaigns come in the given order, the others after them in the order met; one campaign written two ways is one", () => {
    const rows = [gk("thematic", [1, 0, 0], ELECTION), bk("thematic", [0, 1, 0], "Chống hạn"), bk("thematic", [0, 2, 0], COVID), bk("thematic", [0, 1, 0], COVID.toUpperCase())];
    const featured = [ELECTION, COVID, "Chống hạn"];
    const campaignsOf = (t: string[]) => t.map((x) => /trong (.*?): /.exec(x)?.[1]);
    expect(campaignsOf(texts(rows, { featuredCampaigns: featured, campaignOrder: [COVID] }))).toEqual(["công tác phòng, chống dịch Covid-19", "công tác bầu cử đại biểu Quốc hội khóa XV", "công tác chống hạn"]);
    expect(texts(rows, { featuredCampaigns: featured, campaignOrder: [COVID] })[0]).toBe(
      "0Khen thưởng thành tích xuất sắc trong công tác phòng, chống dịch Covid-19: Chủ tịch UBND tỉnh tặng Bằng khen cho 03 cá nhân.",
    );
    expect(campaignsOf(texts(rows, { featuredCampaigns: featured, campaignOrder: ["Chống hạn", ELECTION] }))).toEqual(["công tác chống hạn", "công tác bầu cử đại biểu Quốc hội khóa XV", "công tác phòng, chống dịch Covid-19"]);
    expect(campaignsOf(texts(rows, { featuredCampaigns: featured }))).toEqual(["công tác bầu cử đại biểu Quốc hội khóa XV", "công tác chống hạn", "công tác phòng, chống dịch Covid-19"]);
  });

  it("a featured campaign whose rows count nothing has no sentence", () => {
    expect(texts([bk("thematic", [0, 0, 0], COVID), gk("adhoc", [0, 2, 0])], { featuredCampaigns: [COVID] })).toEqual(["0Đột xuất: 02 cá nhân."]);
  });

  it("no campaign featured when the user names none: all go to the chuyên đề line", () => {
    expect(texts([bk("thematic", [0, 1, 0], COVID), gk("thematic", [0, 2, 0], ELECTION)], { featuredCampaigns: [] })).toEqual([
      "0Chuyên đề: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 02 cá nhân.",
    ]);
  });
});

describe("featuredCampaignKeys", () => {
  it("the user's campaigns, by name key", () => {
    expect(featuredCampaignKeys([], ["Phòng, Chống dịch"])).toEqual(new Set([nameKey("phòng, chống dịch")]));
  });

  it("otherwise the campaigns with an award other than the commonest, counted over all its rows and kinds", () => {
    // Giấy khen: 3 + 3 (two campaigns) = 6 > Bằng khen's 5: only the Bằng khen campaign stands out
    const rows = [gk("thematic", [1, 1, 1], "Chiến dịch A"), gk("adhoc", [0, 3, 0], "Chiến dịch C"), bk("thematic", [0, 5, 0], "Chiến dịch B"), bk("adhoc", [0, 0, 0])];
    expect(featuredCampaignKeys(rows)).toEqual(new Set([nameKey("Chiến dịch B")]));
    // more Bằng khen than Giấy khen: the Giấy khen campaigns stand out
    const more = [gk("thematic", [0, 3, 0], "Chiến dịch A"), gk("thematic", [0, 3, 0], "Chiến dịch C"), bk("thematic", [0, 7, 0], "Chiến dịch B")];
    expect(featuredCampaignKeys(more)).toEqual(new Set([nameKey("Chiến dịch A"), nameKey("Chiến dịch C")]));
    // awards with no id are told apart by their written name
    const named = [total("Giấy khen của Giám đốc Sở", "thematic", [0, 9, 0]), total("Bằng khen của Bộ", "thematic", [0, 1, 0], { campaign: "Chiến dịch D" })];
    expect(featuredCampaignKeys(named)).toEqual(new Set([nameKey("Chiến dịch D")]));
    expect(featuredCampaignKeys([])).toEqual(new Set());
  });

  it("drives buildSentences when no campaigns are given", () => {
    const rows = [gk("thematic", [0, 30, 0], "Chiến dịch A"), bk("thematic", [0, 1, 0], "Chiến dịch B")];
    expect(texts(rows)).toEqual([
      "0Khen thưởng thành tích xuất sắc trong công tác chiến dịch B: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 cá nhân.",
      "0Chuyên đề: 30 cá nhân.",
    ]);
  });
});

describe("regular awards", () => {
  it("awards with no campaign first, then each named campaign; items end with \";\" and the last with \".\"", () => {
    const rows = [
      total("Lao động tiên tiến", "regular", [0, 5, 0], { awardId: "ldtt", campaign: "Năm học 2020 - 2021" }),
      gk("regular", [2, 0, 0]),
      total("Chiến sĩ thi đua cơ sở", "regular", [0, 1, 0], { awardId: "cstdcs", campaign: "Năm học 2020 - 2021" }),
      gk("regular", [0, 0, 0], "Năm 2021"),
    ];
    expect(texts(rows)).toEqual([
      "0Khen thưởng thường xuyên:",
      "1Chủ tịch UBND huyện tặng Giấy khen: 02 tập thể.",
      "0Khen thưởng năm học 2020 - 2021:",
      "1Danh hiệu Chiến sĩ thi đua cơ sở: 01 cá nhân;",
      "1Danh hiệu Lao động tiên tiến: 05 cá nhân.",
    ]);
    expect(texts(rows, { lang: "en" }).slice(2, 3)).toEqual(["0Regular awards, Năm học 2020 - 2021:"]);
  });

  it("campaigns in the given order; regular and special awards each in their own part", () => {
    const rows = [
      total("Lao động tiên tiến", "regular", [0, 5, 0], { awardId: "ldtt", campaign: "Năm 2020" }),
      total("Lao động tiên tiến", "regular", [0, 6, 0], { awardId: "ldtt", campaign: "Năm 2021" }),
      gk("adhoc", [0, 1, 0]),
    ];
    expect(texts(rows, { campaignOrder: ["Năm 2021", "Năm 2020"] })).toEqual([
      "0Đột xuất: 01 cá nhân.",
      "0Khen thưởng năm 2021:",
      "1Danh hiệu Lao động tiên tiến: 06 cá nhân.",
      "0Khen thưởng năm 2020:",
      "1Danh hiệu Lao động tiên tiến: 05 cá nhân.",
    ]);
  });
});
