/**
 * Sector figures across units (src/core/consolidate/figures.ts) at the edges of each decision
 * (issue 16): the loose match of an indicator one unit sent (same name with ĐVT missing, a similar
 * name: Dice ≥ 0.8 anywhere, ≥ 0.6 at the same place in the section; never a different ĐVT, another
 * section or the unit itself), which candidate wins, the percent of plan (no plan, a plan of 0),
 * a parent's value from its sub-rows (stated or summed, the note kept, sub-rows in another ĐVT left
 * out), headings, and where a new indicator is placed.
 */
import { consolidateFigures } from "../../../src/core/consolidate";
import type { ParsedFile } from "../../../src/core/rules/rule";
import { figureRows, parsedFile, sheet, type FigSpec } from "./fixtures";

const KT = "I. KINH TẾ";
const XH = "II. XÃ HỘI";

function unit(name: string, specs: FigSpec[]): ParsedFile {
  const file = `${name}.xlsx`;
  return parsedFile(file, name, [sheet(file, "Chỉ tiêu", { figures: figureRows(file, "Chỉ tiêu", name, specs) })]);
}
const lines = (files: ParsedFile[], parentTotals?: "children" | "stated") =>
  consolidateFigures(files, parentTotals).totals.map((t) => `${t.indicator}|${t.measure}|${t.plan}|${t.actual}|${t.percentOfPlan}${t.unmatched ? "|unmatched" : ""}${t.parent ? `|< ${t.parent}` : ""}`);

describe("loose match of an indicator only one unit sent", () => {
  it("the same name with the ĐVT left blank by one unit is one indicator", () => {
    expect(lines([unit("Xã A", [[KT, "1", "Trồng rừng", "ha", 10, 8]]), unit("Xã B", [[KT, "1", "Trồng rừng", "", 5, 4]])])).toEqual(["Trồng rừng|ha|15|12|80"]);
    expect(lines([unit("Xã A", [[KT, "1", "Trồng rừng", "", 10, 8]]), unit("Xã B", [[KT, "1", "Trồng rừng", "ha", 5, 4]])])).toEqual(["Trồng rừng|ha|15|12|80"]);
  });

  it("another ĐVT, or another section, is another indicator", () => {
    expect(lines([unit("Xã A", [[KT, "1", "Trồng rừng", "ha", 10, 8]]), unit("Xã B", [[KT, "1", "Trồng rừng", "cây", 500, 400]])])).toEqual([
      "Trồng rừng|ha|10|8|80|unmatched",
      "Trồng rừng|cây|500|400|80|unmatched",
    ]);
    expect(lines([unit("Xã A", [[KT, "1", "Trồng rừng", "ha", 10, 8]]), unit("Xã B", [[XH, "1", "Trồng rừng", "", 5, 4]])])).toEqual([
      "Trồng rừng|ha|10|8|80|unmatched",
      "Trồng rừng||5|4|80|unmatched",
    ]);
  });

  it("a similar name: 4 words of 5 shared (Dice 0.8) match anywhere in the section; 0.6 only at the same place", () => {
    const filler: FigSpec = [KT, "1", "Diện tích lúa", "ha", 100, 90];
    // Dice 0.8, at another place (B has a row before it)
    expect(lines([unit("Xã A", [[KT, "1", "Sản lượng cà phê nhân khô", "tấn", 10, 5]]), unit("Xã B", [filler, [KT, "2", "Sản lượng cà phê nhân tươi", "tấn", 10, 5]])])).toEqual([
      "Sản lượng cà phê nhân khô|tấn|20|10|50",
      "Diện tích lúa|ha|100|90|90|unmatched",
    ]);
    // Dice 0.6 (3 of 5 words): at the same place it matches, elsewhere not
    expect(lines([unit("Xã A", [[KT, "1", "Sản lượng cà phê nhân khô", "tấn", 10, 5]]), unit("Xã B", [[KT, "1", "Sản lượng cà phê chè tươi", "tấn", 10, 5]])])).toEqual([
      "Sản lượng cà phê nhân khô|tấn|20|10|50",
    ]);
    expect(lines([unit("Xã A", [[KT, "1", "Sản lượng cà phê nhân khô", "tấn", 10, 5]]), unit("Xã B", [filler, [KT, "2", "Sản lượng cà phê chè tươi", "tấn", 10, 5]])])).toEqual([
      "Sản lượng cà phê nhân khô|tấn|10|5|50|unmatched",
      "Diện tích lúa|ha|100|90|90|unmatched",
      "Sản lượng cà phê chè tươi|tấn|10|5|50|unmatched",
    ]);
    // Dice 4/7 < 0.6 at the same place: no match
    expect(lines([unit("Xã A", [[KT, "1", "Sản lượng cà phê", "tấn", 10, 5]]), unit("Xã B", [[KT, "1", "Sản lượng chè búp tươi", "tấn", 10, 5]])])).toEqual([
      "Sản lượng cà phê|tấn|10|5|50|unmatched",
      "Sản lượng chè búp tươi|tấn|10|5|50|unmatched",
    ]);
  });

  it("the best candidate wins: a similar name at the same place before a closer name elsewhere", () => {
    // B's "nhân khô" (2nd row of its section) could join A's "nhân tươi" (Dice 0.8, 1st row: score 0.8)
    // or A's "chè tươi" (Dice 0.6 at the same place: score 1.1); the better one comes second
    const b = unit("Xã B", [
      [KT, "1", "Diện tích lúa", "ha", 100, 90],
      [KT, "2", "Sản lượng cà phê nhân khô", "tấn", 10, 5],
    ]);
    const a = unit("Xã A", [
      [KT, "1", "Sản lượng cà phê nhân tươi", "tấn", 1, 1],
      [KT, "2", "Sản lượng cà phê chè tươi", "tấn", 4, 2],
    ]);
    expect(lines([b, a])).toEqual([
      "Diện tích lúa|ha|100|90|90|unmatched",
      "Sản lượng cà phê nhân khô|tấn|14|7|50",
      "Sản lượng cà phê nhân tươi|tấn|1|1|100|unmatched",
    ]);
  });

  it("rows are matched in the order met: the first unmatched row takes its best candidate", () => {
    const a = unit("Xã A", [
      [KT, "1", "Sản lượng cà phê nhân khô", "tấn", 10, 5],
      [KT, "2", "Sản lượng cà phê nhân tươi", "", 1, 1],
    ]);
    const b = unit("Xã B", [[KT, "1", "Sản lượng cà phê nhân tươi", "tấn", 4, 2]]);
    expect(lines([a, b])).toEqual(["Sản lượng cà phê nhân khô|tấn|14|7|50", "Sản lượng cà phê nhân tươi||1|1|100|unmatched"]);
  });

  it("one unit's rows never match each other, and with one unit nothing is unmatched", () => {
    const a = unit("Xã A", [
      [KT, "1", "Trồng rừng", "ha", 10, 8],
      [KT, "2", "Trồng rừng", "", 1, 1],
    ]);
    expect(lines([a])).toEqual(["Trồng rừng|ha|10|8|80", "Trồng rừng||1|1|100"]);
  });
});

describe("percent of plan and sums", () => {
  it("recomputed from the sums to one decimal; none without a plan, with a plan of 0, or without an actual", () => {
    expect(lines([unit("Xã A", [[KT, "1", "A b", "ha", 3, 1]]), unit("Xã B", [[KT, "1", "A b", "ha", 0, 1]])])).toEqual(["A b|ha|3|2|66.7"]);
    expect(lines([unit("Xã A", [[KT, "1", "A b", "ha", 0, 1]])])).toEqual(["A b|ha|0|1|null"]);
    expect(lines([unit("Xã A", [[KT, "1", "A b", "ha", null, 1]])])).toEqual(["A b|ha|null|1|null"]);
    expect(lines([unit("Xã A", [[KT, "1", "A b", "ha", 4, null]])])).toEqual(["A b|ha|4|null|null"]);
    expect(lines([unit("Xã A", [[KT, "1", "A b", "ha", 0.1, 0.2]]), unit("Xã B", [[KT, "1", "A b", "ha", 0.2, 0.1]])])).toEqual(["A b|ha|0.3|0.3|100"]);
  });

  it("a contribution points at the plan or actual cell, or the row's cell when the column has none", () => {
    const a = unit("Xã A", [[KT, "1", "A b", "ha", 3, 1]]);
    a.sheets[0].figures[0].cells = { indicator: "B10", actual: "E10" };
    const t = consolidateFigures([a]).totals[0];
    expect([t.contributions.plan.map((c) => [c.sender, c.ref.cell, c.value]), t.contributions.actual.map((c) => [c.sender, c.ref.cell, c.value])]).toEqual([[["Xã A", "B10", 3]], [["Xã A", "E10", 1]]]);
  });
});

describe("parents and their sub-rows", () => {
  const parentRows = (stated: number | null, childMeasure = "ha"): FigSpec[] => [
    [KT, "1", "Diện tích cây lâu năm", "ha", stated, stated],
    [KT, "-", "Cà phê", childMeasure, 2, 3, 0],
    [KT, "-", "Chè", "", 4, null, 0],
  ];

  it("by default a parent is the sum of its sub-rows; a stated value that differs is noted in the details", () => {
    const r = consolidateFigures([unit("Xã A", parentRows(7))]);
    expect(r.totals.map((t) => [t.indicator, t.plan, t.actual, t.parent ?? ""])).toEqual([
      ["Diện tích cây lâu năm", 6, 3, ""],
      ["Cà phê", 2, 3, "Diện tích cây lâu năm"],
      ["Chè", 4, null, "Diện tích cây lâu năm"],
    ]);
    expect(r.details.filter((d) => d.indicator === "Diện tích cây lâu năm").map((d) => [d.column, d.contribution.value, d.stated])).toEqual([
      ["plan", 6, 7],
      ["actual", 3, 7],
    ]);
    // a parent with no value of its own: noted as such; one equal to its sub-rows: no note
    const blank = consolidateFigures([unit("Xã A", parentRows(null))]);
    expect(blank.details.filter((d) => d.indicator === "Diện tích cây lâu năm").map((d) => [d.column, d.contribution.value, d.stated])).toEqual([
      ["plan", 6, null],
      ["actual", 3, null],
    ]);
    const same = consolidateFigures([unit("Xã A", [[KT, "1", "Diện tích cây lâu năm", "ha", 6, 3], ...parentRows(0).slice(1)])]);
    expect(same.details.filter((d) => d.indicator === "Diện tích cây lâu năm").map((d) => "stated" in d)).toEqual([false, false]);
  });

  it("with parentTotals \"stated\" a parent keeps its own value, and takes the sub-rows' sum only when it has none", () => {
    expect(lines([unit("Xã A", parentRows(7))], "stated")[0]).toBe("Diện tích cây lâu năm|ha|7|7|100");
    expect(lines([unit("Xã A", parentRows(null))], "stated")[0]).toBe("Diện tích cây lâu năm|ha|6|3|50");
  });

  it("sub-rows in another ĐVT do not add up to the parent", () => {
    expect(lines([unit("Xã A", parentRows(7, "tấn"))])[0]).toBe("Diện tích cây lâu năm|ha|4|7|175");
  });

  it("a heading (sub-rows, no ĐVT, no numbers) is no total, and its sub-rows name no parent", () => {
    const r = consolidateFigures([
      unit("Xã A", [
        [KT, "1", "Nuôi trồng thủy sản", "", null, null],
        [KT, "-", "Diện tích", "ha", 2, 3, 0],
        [KT, "-", "Sản lượng", "tấn", 4, 5, 0],
      ]),
    ]);
    expect(r.totals.map((t) => [t.indicator, t.parent ?? ""])).toEqual([
      ["Diện tích", ""],
      ["Sản lượng", ""],
    ]);
    expect(r.groups.map((g) => g.heading)).toEqual([true, false, false]);
  });

  it("a row marked as having sub-rows, with none read and nothing of its own, is a heading too", () => {
    const a = unit("Xã A", [[KT, "1", "Nuôi trồng thủy sản", "", null, null]]);
    a.sheets[0].figures[0].hasChildren = true;
    expect(consolidateFigures([a]).totals).toEqual([]);
    const b = unit("Xã A", [[KT, "1", "Nuôi trồng thủy sản", "", null, null]]);
    expect(consolidateFigures([b]).totals.map((t) => t.indicator)).toEqual(["Nuôi trồng thủy sản"]);
  });
});

describe("order", () => {
  it("a new indicator goes right after the one it follows in its unit's sheet; sections in the order first met", () => {
    const a = unit("Xã A", [
      [KT, "1", "Trồng rừng", "ha", 1, 1],
      [XH, "1", "Trường đạt chuẩn", "trường", 1, 1],
    ]);
    const b = unit("Xã B", [
      [KT, "1", "Trồng rừng", "ha", 1, 1],
      [KT, "2", "Khoanh nuôi rừng", "ha", 1, 1],
      [XH, "1", "Trường đạt chuẩn", "trường", 1, 1],
    ]);
    expect(consolidateFigures([a, b]).totals.map((t) => t.indicator)).toEqual(["Trồng rừng", "Khoanh nuôi rừng", "Trường đạt chuẩn"]);
    // a unit whose first row is new goes to the end; then every section's rows are brought together
    const x = unit("Xã X", [[XH, "1", "Trường đạt chuẩn", "trường", 1, 1]]);
    const c = unit("Xã C", [
      [KT, "1", "Trồng rừng", "ha", 1, 1],
      [XH, "2", "Nhà văn hóa", "nhà", 1, 1],
    ]);
    expect(consolidateFigures([x, c]).totals.map((t) => t.indicator)).toEqual(["Trường đạt chuẩn", "Nhà văn hóa", "Trồng rừng"]);
  });

  it("the ĐVT most units wrote, blanks not counted", () => {
    const t = consolidateFigures([unit("Xã A", [[KT, "1", "A b", "", 1, 1]]), unit("Xã B", [[KT, "1", "A b", "Ha", 1, 1]]), unit("Xã C", [[KT, "1", "A b", "ha", 1, 1]])]).totals;
    expect(t.map((x) => [x.measure, x.plan])).toEqual([["Ha", 3]]);
  });
});
