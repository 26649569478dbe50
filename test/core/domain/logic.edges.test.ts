/**
 * Edges of the domain's small decisions (issue 16, mutation testing): recipient kinds from a word
 * or a name, the occasion and campaign of a note, the legal framework of a date, the areas a text
 * names. Each case sits on one side of a comparison or enters one branch the broader tests skip.
 */
import { areaMentions, areasIn } from "../../../src/core/domain/areas";
import { frameworkOn, LEGAL_FRAMEWORKS } from "../../../src/core/domain/config";
import { nameKey } from "../../../src/core/text/normalize";
import { campaignOnDate, parseOccasion } from "../../../src/core/domain/occasion";
import {
  looksLikeCollectiveName,
  looksLikePersonJob,
  looksLikePersonName,
  parseRecipientKind,
  settledKind,
  workplaceIn,
} from "../../../src/core/domain/recipientKind";

describe("parseRecipientKind: section markers and whole words", () => {
  it.each([
    ["A. TT", "collective"], // a-d marker, then a short word that only counts whole
    ["IV. CN", "individual"], // roman marker
    ["12. HGĐ", "household"], // numbered marker
    ["Hộ", "household"],
    ["Đơn vị", "collective"],
    ["Danh sách cá nhân", "individual"], // a long kind word inside a section title
    ["Cá nhân xuất sắc", "individual"],
    ["Thành viên gia đình", "household"],
  ])("%s -> %s", (text, kind) => expect(parseRecipientKind(text)).toBe(kind));

  it.each([
    "E. TT", // "e" is no section marker, so "e tt" is not the word "tt"
    "Danh sách TT", // a word of three letters or fewer counts only as the whole text
    "Danh sách HGĐ",
    "Tập thểx", // a kind word must end at a space or the end
    "A.",
    "",
  ])("%j has no kind", (text) => expect(parseRecipientKind(text)).toBeUndefined());

  it("no text, no kind", () => expect(parseRecipientKind(undefined)).toBeUndefined());
});

describe("looksLikePersonName: the shape of a person's name", () => {
  it.each(["Lò Văn", "Nguyễn Thị Minh Khai Hoa", "Nguyễn thị An", "Công Anh"])("%s is a person's name", (name) =>
    expect(looksLikePersonName(name)).toBe(true),
  );
  it.each([
    "Hùng", // one word
    "Nguyễn Thị Minh Khai Hoa Lan", // six words
    "Nguyễn Văn 2", // a word that is not letters
    "Nguyễn Văn-An",
    "nguyễn Văn An", // lower case first word
    "Nguyễn Văn an", // lower case last word
    "Nguyễn minh An", // a lower case middle that is not văn / thị / đức / thế
    "Công An", // an organisation word, whole
    "",
  ])("%j is not", (name) => expect(looksLikePersonName(name)).toBe(false));
  it("no name is no person", () => expect(looksLikePersonName(undefined)).toBe(false));
  it("asked again, the answer is the same (remembered per text)", () => {
    expect(looksLikePersonName("Lò Văn Hùng")).toBe(true);
    expect(looksLikePersonName("Lò Văn Hùng")).toBe(true);
    expect(looksLikePersonName("Tổ 1 Bản Co")).toBe(false);
    expect(looksLikePersonName("Tổ 1 Bản Co")).toBe(false);
  });
});

describe("looksLikeCollectiveName: organisation words, numbers, brackets, spaced dashes", () => {
  it.each(["Anh - Em", "Anh – Em", "Xyz (cũ)", "Abc 12"])("%s is a collective", (name) => expect(looksLikeCollectiveName(name)).toBe(true));
  it.each(["Anh-Em", "Lan", "", "Lò Văn Hùng"])("%j is not", (name) => expect(looksLikeCollectiveName(name)).toBe(false));
  it("no name is no collective", () => expect(looksLikeCollectiveName(undefined)).toBe(false));
});

describe("looksLikePersonJob: a job word, whole or followed by a space or a comma", () => {
  it.each(["Phó", "Phó Chủ tịch UBND", "Trưởng, phụ trách bản", "trưởng thôn"])("%s is a job", (p) => expect(looksLikePersonJob(p)).toBe(true));
  it.each(["Phóng viên", "Trưởngban", "", "Bản Co"])("%j is not", (p) => expect(looksLikePersonJob(p)).toBe(false));
  it("no position is no job", () => expect(looksLikePersonJob(undefined)).toBe(false));
});

describe("workplaceIn: the workplace a position names", () => {
  it.each([
    ["Giáo viên Trường Tiểu học số 1", "Trường Tiểu học số 1"],
    ["Công chức Văn hóa - Xã hội xã Quài Cang", "xã Quài Cang"], // "Xã hội" is no workplace: "hội" is lower case
    ["Chủ tịch UBND xã", "UBND xã"], // UBND needs no proper name after it
    ["Phó Chủ tịch Ủy ban nhân dân xã", "Ủy ban nhân dân xã"], // nor does it written in full
    ["Nhân viên trạm 3", "trạm 3"], // a number names the place too
  ])("%s -> %s", (position, workplace) => expect(workplaceIn(position)).toBe(workplace));
  it.each(["Giáo viên trường", "Chủ tịch UBND", "Giáo viên", "Giáo viên trường làng"])("%j names none", (position) =>
    expect(workplaceIn(position)).toBeUndefined(),
  );
  it("no position, no workplace", () => expect(workplaceIn(undefined)).toBeUndefined());
});

describe("settledKind: the signals in order", () => {
  it("the listed kind first, then an award with one kind, then the name's shape", () => {
    expect(settledKind({ kind: "household", name: "Lò Văn Hùng" }, ["individual"])).toBe("household");
    expect(settledKind({ name: "Lò Văn Hùng" }, ["collective"])).toBe("collective");
    expect(settledKind({ name: "Lò Văn Hùng" }, ["collective", "individual"])).toBe("individual");
    expect(settledKind({ name: "Lò Văn Hùng" }, [])).toBe("individual");
    expect(settledKind({ name: "Trường Tiểu học số 1" }, undefined)).toBe("collective");
  });
  it("nothing settles a name that is neither shape", () => {
    expect(settledKind({ name: "Xyz" }, ["collective", "individual"])).toBeUndefined();
    expect(settledKind({}, undefined)).toBeUndefined();
  });
});

describe("parseOccasion: every occasion word, the school year, the campaigns", () => {
  const ELECTION = "Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp";
  it.each([
    ["Đột xuất, chuyên đề", { occasion: "adhoc" }], // the first written wins, whatever the table's order
    ["Hàng năm", { occasion: "regular" }],
    ["Công trạng", { occasion: "regular" }],
    ["Tổng kết năm", { occasion: "regular" }],
    ["Theo đợt", { occasion: "thematic" }],
    ["Năm học", { occasion: "regular" }], // no years: no campaign at all
    ["Năm học 2020/2021", { occasion: "regular", campaign: "Năm học 2020 - 2021" }],
    ["Đột xuất năm học 2020-2021", { occasion: "adhoc", campaign: "Năm học 2020 - 2021" }],
    ["Thường xuyên, Covid", { occasion: "regular", campaign: "Phòng, chống dịch Covid-19" }],
    ["Covid, bầu cử", { occasion: "thematic", campaign: "Phòng, chống dịch Covid-19" }], // the first campaign of the table
    ["Bầu cử", { occasion: "thematic", campaign: ELECTION }],
    ["Toàn dân đoàn kết", { occasion: "thematic", campaign: 'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"' }],
    ["Năm học 2020-2021, nông thôn mới", { occasion: "regular", campaign: 'Phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới"' }],
    ["Khen thưởng", {}],
    ["", {}],
  ])("%j", (text, want) => expect(parseOccasion(text)).toStrictEqual(want));
  it("no text, nothing", () => expect(parseOccasion(undefined)).toStrictEqual({}));
});

describe("campaignOnDate: the election's khóa from its year, I to XX", () => {
  const election = parseOccasion("Bầu cử").campaign;
  it("the first and the last khóa the table names", () => {
    expect(campaignOnDate(election, "1951-01-01")).toBe("Bầu cử đại biểu Quốc hội khóa I và đại biểu HĐND các cấp nhiệm kỳ 1951 - 1956");
    expect(campaignOnDate(election, "2046-05-01")).toBe("Bầu cử đại biểu Quốc hội khóa XX và đại biểu HĐND các cấp nhiệm kỳ 2046 - 2051");
  });
  it("a year before the first or after the last keeps the generic name", () => {
    expect(campaignOnDate(election, "1946-01-01")).toBe(election);
    expect(campaignOnDate(election, "2051-05-01")).toBe(election);
  });
  it("no campaign stays none", () => expect(campaignOnDate(undefined, "2021-05-24")).toBeUndefined());
});

describe("frameworkOn and the table of frameworks", () => {
  it("the frameworks follow each other day by day, the first open before and the last open after", () => {
    const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(LEGAL_FRAMEWORKS[0].from).toBeUndefined();
    expect(LEGAL_FRAMEWORKS[LEGAL_FRAMEWORKS.length - 1].to).toBeUndefined();
    for (let i = 1; i < LEGAL_FRAMEWORKS.length; i++) expect(LEGAL_FRAMEWORKS[i].from).toBe(dayAfter(LEGAL_FRAMEWORKS[i - 1].to!));
  });
  it("every date has the framework whose dates hold it", () => {
    for (const d of ["1990-01-01", "2023-12-31", "2024-01-01", "2025-06-30", "2025-07-01", "2099-12-31"]) {
      const f = frameworkOn(d);
      expect([f.from === undefined || d >= f.from, f.to === undefined || d <= f.to]).toEqual([true, true]);
    }
    expect(frameworkOn("2099-12-31").id).toBe("2025");
    expect(frameworkOn("1990-01-01").id).toBe("2017");
  });
});

describe("areaMentions: what is shown and what is compared", () => {
  it("an area in brackets is shown without the bracket", () => {
    expect(areaMentions("Trung tâm (huyện Tủa Chùa)")).toEqual([{ written: "huyện Tủa Chùa", key: areasIn("huyện Tủa Chùa")[0] }]);
  });
  it("spaces are collapsed in what is shown, and the key is the name's alone", () => {
    expect(areaMentions("Hạt Kiểm lâm huyện   Tủa  Chùa giao")).toEqual([{ written: "huyện Tủa Chùa", key: nameKey("Tủa Chùa") }]);
  });
  it("several areas, each with its level word", () => {
    expect(areaMentions("UBND Thị xã Mường Lay, Thành phố Điện Biên Phủ").map((a) => a.written)).toEqual(["Thị xã Mường Lay", "Thành phố Điện Biên Phủ"]);
  });
  it("no text, no area", () => {
    expect(areaMentions(undefined)).toEqual([]);
    expect(areaMentions("")).toEqual([]);
  });
});
