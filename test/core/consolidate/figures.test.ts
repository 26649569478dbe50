import { consolidate, consolidateFigures, sectionKey, splitIndicator } from "../../../src/core/consolidate";
import { nfc } from "../../../src/core/text/normalize";
import { figureRows, lookup, parsedFile, sheet, type FigSpec } from "./fixtures";

const KT = "KINH TẾ";
const VH = "VĂN HÓA - XÃ HỘI";

const town: FigSpec[] = [
  [KT, "2", "Tổng đàn gia súc", "con", null, 2270],
  [KT, "-", "Trâu", "con", null, 555, 0],
  [KT, "-", "Bò", "con", null, 392, 0],
  [KT, "-", "Lợn", "con", null, 1115, 0],
  [KT, "-", "Dê", "con", null, 208, 0],
  [KT, "3", "Nuôi trồng thủy sản", "", null, null],
  [KT, "-", "Diện tích nuôi trồng thủy sản", "ha", 7, 9, 5],
  [KT, "4", "Trồng rừng phòng hộ", "ha", null, null],
  [VH, "7", "Giải quyết việc làm", "lao động", 81, 36],
  [VH, "8", "Lượt khám bệnh tại trạm y tế thị trấn", "lượt", null, 3179],
];
// old tone placement, "LĨNH VỰC" in the section titles, a different column order is the reader's business
const quaiNua: FigSpec[] = [
  ["LĨNH VỰC KINH TẾ", "2", "Tổng đàn gia súc", "con", null, 4488],
  ["LĨNH VỰC KINH TẾ", "-", "Trâu", "con", null, 1054, 0],
  ["LĨNH VỰC KINH TẾ", "-", "Bò", "con", null, 856, 0],
  ["LĨNH VỰC KINH TẾ", "-", "Lợn", "con", null, 2087, 0],
  ["LĨNH VỰC KINH TẾ", "-", "Dê", "con", null, 491, 0],
  ["LĨNH VỰC KINH TẾ", "3", "Nuôi trồng thuỷ sản", "", null, null],
  ["LĨNH VỰC KINH TẾ", "-", "Diện tích nuôi trồng thuỷ sản", "ha", 12, 13, 5],
  ["LĨNH VỰC KINH TẾ", "4", "Trồng rừng phòng hộ", "ha", null, 2.5],
  ["LĨNH VỰC VĂN HOÁ - XÃ HỘI", "7", "Giải quyết việc làm", "lao động", 58, 29],
  ["LĨNH VỰC VĂN HOÁ - XÃ HỘI", "8", "Lượt khám bệnh tại trạm y tế xã", "lượt", null, 1684],
  ["LĨNH VỰC VĂN HOÁ - XÃ HỘI", "9", "Số người hiến máu tình nguyện", "người", null, 40],
];
// a typed total that does not add up (5632 for 5623), the text in decomposed Unicode (NFD)
const muongMun: FigSpec[] = [
  [KT, "2", "Tổng đàn gia súc", "con", null, 5632],
  [KT, "-", "Trâu", "con", null, 1000, 0],
  [KT, "-", "Bò", "con", null, 1623, 0],
  [KT, "-", "Lợn", "con", null, 2500, 0],
  [KT, "-", "Dê", "con", null, 500, 0],
  [VH.normalize("NFD"), "8", "Lượt khám bệnh tại trạm y tế xã".normalize("NFD"), "lượt", null, 1000],
];

function files() {
  const mk = (file: string, sheetName: string, sender: string, specs: FigSpec[]) =>
    parsedFile(file, sender, [sheet(file, sheetName, { figures: figureRows(file, sheetName, sender, specs) })]);
  return [
    mk("01-thi-tran-tuan-giao.xlsx", "Chỉ tiêu KT-XH", "Thị trấn Tuần Giáo", town),
    mk("03-xa-quai-nua.xlsx", "KT-XH 6 tháng", "Xã Quài Nưa", quaiNua),
    mk("12-xa-muong-mun.xlsx", "Chỉ tiêu KT-XH", "Xã Mường Mùn", muongMun),
  ];
}

describe("figure keys", () => {
  it("match section titles with or without 'Lĩnh vực', numbering and tone placement", () => {
    expect(sectionKey("LĨNH VỰC VĂN HOÁ - XÃ HỘI")).toBe(sectionKey("Văn hóa – Xã hội"));
    expect(sectionKey("I. KINH TẾ")).toBe(sectionKey("Lĩnh vực kinh tế"));
    expect(sectionKey("KINH TẾ")).not.toBe(sectionKey("VĂN HÓA - XÃ HỘI"));
  });

  it("drop a trailing locality word from the indicator key only", () => {
    const a = splitIndicator("Lượt khám bệnh tại trạm y tế thị trấn");
    const b = splitIndicator("Lượt khám bệnh tại trạm y tế xã");
    const c = splitIndicator("- Lượt khám bệnh tại trạm y tế xã, thị trấn");
    expect(a.key).toBe(b.key);
    expect(c.key).toBe(b.key);
    expect(c.localities).toEqual(["xã", "thị trấn"]);
    expect(splitIndicator("Diện tích nuôi trồng thuỷ sản").key).toBe(splitIndicator("Diện tích nuôi trồng thủy sản").key);
    expect(splitIndicator("Xã").localities).toEqual([]);
  });
});

describe("figures consolidated across units", () => {
  const result = consolidateFigures(files());
  const byName = (n: string) => result.totals.find((t) => t.indicator === n);

  it("sums matched indicators and recomputes the percent from the sums", () => {
    const jobs = byName("Giải quyết việc làm")!;
    expect(jobs).toMatchObject({ section: "KINH TẾ".length ? VH : "", measure: "lao động", plan: 139, actual: 65, percentOfPlan: 46.8 });
    expect(jobs.unmatched).toBeUndefined();
    const fish = byName("Diện tích nuôi trồng thủy sản")!;
    expect(fish).toMatchObject({ section: KT, plan: 19, actual: 22, percentOfPlan: 115.8 });
    expect(fish.parent).toBeUndefined(); // its parent is a heading without figures
  });

  it("folds locality variants into one indicator named for all of them", () => {
    const visits = result.totals.filter((t) => /trạm y tế/.test(t.indicator));
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ indicator: "Lượt khám bệnh tại trạm y tế xã, thị trấn", actual: 5863, plan: null, percentOfPlan: null });
    expect(visits[0].contributions.actual.map((c) => [c.sender, c.ref.file, c.ref.sheet, c.ref.cell, c.value])).toEqual([
      ["Thị trấn Tuần Giáo", "01-thi-tran-tuan-giao.xlsx", "Chỉ tiêu KT-XH", "E19", 3179],
      ["Xã Quài Nưa", "03-xa-quai-nua.xlsx", "KT-XH 6 tháng", "E19", 1684],
      ["Xã Mường Mùn", "12-xa-muong-mun.xlsx", "Chỉ tiêu KT-XH", "E15", 1000],
    ]);
  });

  it("keeps sub-rows under their parent and totals a parent as the sum of its sub-rows", () => {
    const herd = byName("Tổng đàn gia súc")!;
    expect(herd.actual).toBe(2270 + 4488 + 5623);
    expect(byName("Trâu")).toMatchObject({ parent: "Tổng đàn gia súc", actual: 2609 });
    const note = result.details.find((d) => d.indicator === "Tổng đàn gia súc" && d.contribution.sender === "Xã Mường Mùn");
    expect(note).toMatchObject({ stated: 5632, contribution: { value: 5623 } });
    const stated = consolidateFigures(files(), "stated").totals.find((t) => t.indicator === "Tổng đàn gia súc")!;
    expect(stated.actual).toBe(2270 + 4488 + 5632);
  });

  it("keeps an indicator with no number as null, and lists one that matches nothing", () => {
    const forest = byName("Trồng rừng phòng hộ")!;
    expect(forest).toMatchObject({ plan: null, actual: 2.5, percentOfPlan: null });
    expect(forest.unmatched).toBeUndefined();
    expect(byName("Số người hiến máu tình nguyện")).toMatchObject({ actual: 40, unmatched: true });
  });

  it("uses the modern spelling most units wrote, in NFC", () => {
    expect(result.totals.map((t) => t.section)).toContain(VH);
    expect(result.totals.every((t) => t.indicator === nfc(t.indicator))).toBe(true);
    expect(result.totals.map((t) => t.indicator)).toEqual([
      "Tổng đàn gia súc",
      "Trâu",
      "Bò",
      "Lợn",
      "Dê",
      "Diện tích nuôi trồng thủy sản",
      "Trồng rừng phòng hộ",
      "Giải quyết việc làm",
      "Lượt khám bệnh tại trạm y tế xã, thị trấn",
      "Số người hiến máu tình nguyện",
    ]);
  });

  it("matches a reworded indicator at the same place in its section", () => {
    const a: FigSpec[] = [[VH, "1", "Cấp thẻ BHYT cho người nghèo, cận nghèo", "thẻ", null, 100], [VH, "2", "Số hộ nghèo", "hộ", null, 5]];
    const b: FigSpec[] = [[VH, "1", "Cấp thẻ BHYT cho người nghèo và cận nghèo", "thẻ", null, 50], [VH, "2", "Số hộ nghèo", "hộ", null, 7]];
    const fs = [
      parsedFile("a.xlsx", "Xã A", [sheet("a.xlsx", "S", { figures: figureRows("a.xlsx", "S", "Xã A", a) })]),
      parsedFile("b.xlsx", "Xã B", [sheet("b.xlsx", "S", { figures: figureRows("b.xlsx", "S", "Xã B", b) })]),
    ];
    const totals = consolidateFigures(fs).totals;
    expect(totals.map((t) => [t.indicator, t.actual, t.unmatched ?? false])).toEqual([
      ["Cấp thẻ BHYT cho người nghèo, cận nghèo", 150, false],
      ["Số hộ nghèo", 12, false],
    ]);
  });

  it("lays out table III with sections, indented sub-rows and unit counts", () => {
    const fs = files();
    const model = consolidate(fs, { lang: "vi", awardInfo: lookup, issues: [], ledger: fs.map((f) => f.ledger) });
    const t = model.sheets.flatMap((s) => s.tables).find((x) => x.id === "figures")!;
    expect(t.header[0]).toEqual(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Số đơn vị báo cáo"]);
    expect(t.rows[0]).toEqual(["I", KT, null, null, null, null, null]);
    expect(t.rows[1]).toEqual(["1", "Tổng đàn gia súc", "con", null, 12381, null, 3]);
    expect(t.rows[2]).toEqual(["-", "- Trâu", "con", null, 2609, null, 3]);
    expect(t.rows[6]).toEqual(["2", "Nuôi trồng thủy sản", null, null, null, null, 2]);
    expect(t.boldRows).toEqual([0, 9]);
    const sources = model.sheets.flatMap((s) => s.tables).find((x) => x.id === "figure-sources")!;
    expect(sources.rows).toContainEqual(["Tổng đàn gia súc", "Thực hiện", "Xã Mường Mùn", "12-xa-muong-mun.xlsx", "Chỉ tiêu KT-XH", "E10", 5623, "Tổng các dòng con (ô ghi 5.632)"]);
  });
});
