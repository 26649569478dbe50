/**
 * The figures, summary, registry and MATRIX readers (records/figures.ts, summaries.ts,
 * registry.ts, matrix.ts): each value read or reported at its cell, parents and children, the
 * rows skipped and why, and where a MATRIX mark's kind comes from.
 */
import { type Cell, gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";
import { readFigures } from "../../../src/core/records/figures";
import { readSummaries } from "../../../src/core/records/summaries";
import { readRegistry } from "../../../src/core/records/registry";
import { readMatrixAwards } from "../../../src/core/records/matrix";

const ctx = { file: "x.xlsx", sheet: "S", sender: "Xã A" };
type Row = (string | number | null | Cell)[];
const table = (rows: Row[], merges?: string[]) => {
  const g = gridFromRows(rows, { merges });
  return { g, t: detectTables(g)[0] };
};

describe("figures", () => {
  const HEADER: Row = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ %"];
  const figures = (rows: Row[]) => {
    const { g, t } = table([HEADER, ...rows]);
    return readFigures(g, t, ctx);
  };

  test("a number typed with a separator is read and reported; a plain number text is read silently", () => {
    const { records, findings } = figures([
      [1, "Lúa", "ha", "1.234.567", "5,125", null],
      [2, "Ngô", "ha", "12", 10, null],
    ]);
    expect(records.map((r) => [r.plan, r.actual])).toEqual([
      [1234567, 5.125],
      [12, 10],
    ]);
    expect(findings).toEqual([
      { rule: "number-as-text", cell: "D2", data: { text: "1.234.567", value: 1234567, ambiguous: 0 } },
      // one separator before three digits: thousands or decimals, so it is marked ambiguous
      { rule: "number-as-text", cell: "E2", data: { text: "5,125", value: 5.125, ambiguous: 1 } },
    ]);
  });

  test("an error value or a text in a value column is reported at its cell with the column's header", () => {
    const { records, findings } = figures([[1, "Lúa", "ha", { t: "e", v: "#DIV/0!" }, "chưa có", { t: "e", v: "#VALUE!" }], [2, "Ngô", "ha", 1, 2, "khoảng 50"]]);
    expect(records.map((r) => [r.plan, r.actual, r.percent])).toEqual([
      [null, null, null],
      [1, 2, null],
    ]);
    expect(findings).toEqual([
      { rule: "formula-error", cell: "D2", data: { value: "#DIV/0!", column: "Kế hoạch" } },
      { rule: "value-not-number", cell: "E2", data: { text: "chưa có", column: "Thực hiện" } },
      { rule: "formula-error", cell: "F2", data: { value: "#VALUE!", column: "Tỷ lệ %" } },
      { rule: "value-not-number", cell: "F3", data: { text: "khoảng 50", column: "Tỷ lệ %" } },
    ]);
  });

  test("a percent cell gives its percent and its decimals; a table without a percent column has none", () => {
    const { records } = figures([[1, "Lúa", "ha", 100, 99, { t: "n", v: 0.995, z: "0.0%" }]]);
    expect(records[0]).toMatchObject({ percent: 99.5, percentDecimals: 1 });
    const { g, t } = table([["STT", "Chỉ tiêu", "Thực hiện"], [1, "Lúa", 5]]);
    expect(readFigures(g, t, ctx).records[0]).toMatchObject({ plan: null, actual: 5, percent: null, percentDecimals: undefined, measure: "" });
  });

  test("children: a mark in the STT column or before the indicator; the first row is a top row whatever its mark; a section starts again", () => {
    const { records } = figures([
      ["-", "Trâu", "con", null, 1, null],
      [1, "Tổng đàn gia súc", "con", null, 10, null],
      ["-", "Trâu", "con", null, 3, null],
      ["+", "Bò", "con", null, 4, null],
      ["a", "Lợn", "con", null, 2, null],
      ["b)", "Dê", "con", null, 1, null],
      [null, "- Gà", "con", null, 1, null],
      [null, "• Vịt", "con", null, 1, null],
      [2, "Diện tích", "ha", null, 5, null],
      ["II", "XÃ HỘI"],
      ["-", "Hộ nghèo", "hộ", null, 7, null],
      ["ab", "Hộ cận nghèo", "hộ", null, 8, null],
    ]);
    expect(records.map((r) => [r.indicator, r.parent, r.hasChildren, r.section])).toEqual([
      ["Trâu", undefined, undefined, ""],
      ["Tổng đàn gia súc", undefined, true, ""],
      ["Trâu", 1, undefined, ""],
      ["Bò", 1, undefined, ""],
      ["Lợn", 1, undefined, ""],
      ["Dê", 1, undefined, ""],
      ["Gà", 1, undefined, ""],
      ["Vịt", 1, undefined, ""],
      ["Diện tích", undefined, undefined, ""],
      ["Hộ nghèo", undefined, undefined, "XÃ HỘI"],
      ["Hộ cận nghèo", undefined, undefined, "XÃ HỘI"],
    ]);
  });

  test("a mark before the indicator is dropped from its name: '-', 'a)', '* '", () => {
    const { records } = figures([
      [1, "Cây trồng", "con", null, 1, null],
      [null, "a) Lúa", "ha", null, 1, null],
      [null, "*Ngô", "ha", null, 1, null],
    ]);
    expect(records.map((r) => [r.indicator, r.parent])).toEqual([
      ["Cây trồng", undefined],
      ["Lúa", undefined],
      ["Ngô", undefined],
    ]);
  });

  test("a dash inside an indicator, a mark after an STT number: no child; a section's text trimmed; a spaced mark dropped", () => {
    const { records } = figures([
      [1, "Tổng đàn gia súc", "con", null, 3, null],
      [2, "Tỷ lệ hộ nghèo - cận nghèo", "%", null, 3, null],
      ["2*", "Hộ nghèo", "hộ", null, 7, null],
      ["III", "  VĂN HÓA  "],
      [null, "-   Nhà văn hóa  ", "nhà", null, 2, null],
    ]);
    expect(records.map((r) => [r.indicator, r.parent, r.section])).toEqual([
      ["Tổng đàn gia súc", undefined, ""],
      ["Tỷ lệ hộ nghèo - cận nghèo", undefined, ""],
      ["Hộ nghèo", undefined, ""],
      ["Nhà văn hóa", undefined, "VĂN HÓA"],
    ]);
  });

  test("a row without an indicator: an error when it has figures, skipped when it has none", () => {
    const { records, findings, skipped } = figures([[1, null, "ha", 5, null, null], [2, null, "ha", null, null, 50], [3, "Lúa", "ha", 1, 1, null]]);
    expect(records.map((r) => r.indicator)).toEqual(["", "Lúa"]);
    expect(findings).toEqual([{ rule: "value-required", cell: "B2", data: { column: "Chỉ tiêu", what: "indicator" } }]);
    expect(skipped).toEqual([{ row: 3, kind: "item", reason: { vi: "dòng không có chỉ tiêu", en: "row without an indicator" } }]);
  });

  test("formulas are kept by role; the record's cells and reference are the row's", () => {
    const { records } = figures([[1, "Lúa", "ha", { t: "n", v: 10, f: "SUM(D3:D4)" }, 9, { t: "n", v: 90, f: "E2/D2*100" }], [2, "Ngô", "ha", 1, { t: "n", v: 2, f: "1+1" }, null], [3, "Khoai", "ha", 1, 2, 3]]);
    expect(records.map((r) => r.formulas)).toEqual([{ plan: "SUM(D3:D4)", percent: "E2/D2*100" }, { actual: "1+1" }, undefined]);
    expect(records[0]).toMatchObject({ ref: { file: "x.xlsx", sheet: "S", cell: "B2", row: 2 }, sender: "Xã A", stt: "1", measure: "ha", cells: { stt: "A2", indicator: "B2", measure: "C2", plan: "D2", actual: "E2", percent: "F2" } });
  });

  test("rows that are not items are skipped with their kind; blank rows are not listed", () => {
    const { skipped } = figures([["I", "KINH TẾ"], [1, "Lúa", "ha", 1, 1, null], [], [null, "Cộng", null, 1, 1, null], [null, "Ghi chú: ước tính"]]);
    expect(skipped.map((s) => [s.row, s.kind])).toEqual([
      [2, "section"],
      [5, "subtotal"],
      [6, "note"],
    ]);
  });
});

describe("figures transposed and by unit", () => {
  test("each figure line read at the indicator's column; errors and texts reported with the line's label", () => {
    const { g, t } = table([
      ["Chỉ tiêu", "Lúa", "Ngô"],
      ["Đơn vị tính", "ha", "tấn"],
      ["Kế hoạch", { t: "e", v: "#REF!" }, "1.500"],
      ["Thực hiện", "chưa có", { t: "n", v: 1400, f: "SUM(X1:X2)" }],
      ["Tỷ lệ %", { t: "e", v: "#DIV/0!" }, "khoảng"],
    ]);
    const { records, findings } = readFigures(g, t, ctx);
    expect(records.map((r) => [r.indicator, r.measure, r.plan, r.actual, r.percent, r.formulas])).toEqual([
      ["Lúa", "ha", null, null, null, undefined],
      ["Ngô", "tấn", 1500, 1400, null, { actual: "SUM(X1:X2)" }],
    ]);
    expect(records[1].cells).toEqual({ indicator: "C1", measure: "C2", plan: "C3", actual: "C4", percent: "C5" });
    expect(findings).toEqual([
      { rule: "formula-error", cell: "B3", data: { value: "#REF!", column: "Kế hoạch" } },
      { rule: "value-not-number", cell: "B4", data: { text: "chưa có", column: "Thực hiện" } },
      { rule: "formula-error", cell: "B5", data: { value: "#DIV/0!", column: "Tỷ lệ %" } },
      { rule: "number-as-text", cell: "C3", data: { text: "1.500", value: 1500, ambiguous: 1 } },
      { rule: "value-not-number", cell: "C5", data: { text: "khoảng", column: "Tỷ lệ %" } },
    ]);
  });

  test("without a measure line the measure is blank; the plan line holds the record without an actual line; a percent gives its decimals", () => {
    const { g, t } = table([["Chỉ tiêu", "Lúa", "- Nếp"], ["Kế hoạch", 100, 40], ["Tỷ lệ %", { t: "n", v: 0.5, z: "0%" }, 1]]);
    const { records, skipped } = readFigures(g, t, ctx);
    expect(records.map((r) => [r.indicator, r.measure, r.plan, r.actual, r.percent, r.percentDecimals, r.ref.cell, r.parent])).toEqual([
      ["Lúa", "", 100, null, 50, 0, "B2", undefined],
      ["Nếp", "", 40, null, 1, expect.anything(), "C2", 0],
    ]);
    expect(records[0].hasChildren).toBe(true);
    expect(skipped.map((s) => [s.row, s.kind])).toEqual([[3, "values"]]);
  });

  test("units across: each unit's rows, skipped rows listed once", () => {
    const { g, t } = table([["STT", "Chỉ tiêu", "ĐVT", "Xã A", "Xã B"], ["I", "KINH TẾ"], [1, "Lúa", "ha", 1, 2], ["-", "Nếp", "ha", 1, 1]]);
    const { records, skipped } = readFigures(g, t, ctx);
    expect(records.map((r) => [r.sender, r.indicator, r.actual, r.parent])).toEqual([
      ["Xã A", "Lúa", 1, undefined],
      ["Xã A", "Nếp", 1, 0],
      ["Xã B", "Lúa", 2, undefined],
      ["Xã B", "Nếp", 1, 2],
    ]);
    expect(skipped.map((s) => [s.row, s.kind])).toEqual([[2, "section"]]);
  });
});

describe("summaries", () => {
  const HEADER: Row = ["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"];

  test("counts as numbers or text, the total row flagged and not matched, errors and texts at their cells", () => {
    const { g, t } = table([HEADER, [1, "Lao động tiên tiến", "12,5", "1.762"], [2, "Giấy khen", { t: "e", v: "#N/A" }, "nhiều"], ["(1)", "(2)", "(3)", "(4)"], [null, "Cộng", 2, 1762]]);
    const { records, findings, skipped } = readSummaries(g, t, ctx);
    expect(records.map((r) => [r.awardText, r.collectives, r.individuals, r.households, r.isTotal, !!r.awardId])).toEqual([
      ["Lao động tiên tiến", 12.5, 1762, undefined, false, true],
      ["Giấy khen", null, null, undefined, false, false],
      ["Cộng", 2, 1762, undefined, true, false],
    ]);
    expect(findings).toEqual([
      { rule: "number-as-text", cell: "C2", data: { text: "12,5", value: 12.5, ambiguous: 0 } },
      // thousands or decimals: ambiguous
      { rule: "number-as-text", cell: "D2", data: { text: "1.762", value: 1762, ambiguous: 1 } },
      { rule: "formula-error", cell: "C3", data: { value: "#N/A", column: "Tập thể" } },
      { rule: "value-not-number", cell: "D3", data: { text: "nhiều", column: "Cá nhân" } },
    ]);
    expect(skipped.map((s) => [s.row, s.kind])).toEqual([[4, "numbering"]]);
    expect(records[0]).toMatchObject({ ref: { cell: "B2", row: 2 }, sender: "Xã A", cells: { stt: "A2", award: "B2", collectives: "C2", individuals: "D2" } });
  });

  test("a households column is read; section rows are skipped", () => {
    const { g, t } = table([["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "Hộ gia đình"], ["I", "CẤP HUYỆN"], [1, "Giấy khen", 1, 2, 3], [2, null, 1, 2, 3]]);
    const { records, skipped } = readSummaries(g, t, ctx);
    expect(records.map((r) => [r.awardText, r.households, r.awardId])).toEqual([
      ["Giấy khen", 3, undefined],
      ["", 3, undefined],
    ]);
    expect(skipped.map((s) => [s.row, s.kind])).toEqual([[2, "section"]]);
  });
});

describe("registry", () => {
  test("a school by the list's header or by the unit's type; rows without a name are not units", () => {
    const { g, t } = table([["STT", "Tên đơn vị", "Loại"], [1, "Trường A", "Tiểu học"], [2, "Xã B", "Xã"], [3, null, "Xã"], [4, "Phòng C", null]]);
    expect(readRegistry(g, t)).toEqual([{ name: "Trường A", type: "Tiểu học", school: true }, { name: "Xã B", type: "Xã" }, { name: "Phòng C", type: undefined }]);
    const byLevel = table([["STT", "Tên đơn vị", "Cấp học"], [1, "Trường A", "Xã"]]);
    expect(readRegistry(byLevel.g, byLevel.t)).toEqual([{ name: "Trường A", type: "Xã", school: true }]);
    const byName = table([["STT", "Tên trường", "Loại"], [1, "Điểm bản X", "Xã"]]);
    expect(readRegistry(byName.g, byName.t)).toEqual([{ name: "Điểm bản X", type: "Xã", school: true }]);
  });
});

describe("MATRIX award rows", () => {
  const HEADER: Row = ["STT", "Họ và tên", "Tập thể/Cá nhân", "Chức vụ", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Ghi chú"];

  test("one record per mark; written 'no's, blanks and error cells are not marks; a row with none is skipped", () => {
    const { g, t } = table([
      HEADER,
      [1, "A Văn An", null, "Giáo viên", "x", "X", "n1"],
      [2, "B Văn An", null, null, "0", "-", null],
      [3, "C Văn An", null, null, "không", "k", null],
      [4, "D Văn An", null, null, "–", { t: "e", v: "#N/A" }, null],
      [5, "E Văn An", null, null, "✓", null, null],
      [6, "G Văn An", null, null, "—", " ", null],
      [7, "H Văn An", null, null, "Không đạt", "Chưa xét", null],
    ]);
    const { records, findings, skipped } = readMatrixAwards(g, t, ctx);
    expect(records.map((r) => [r.name, r.awardText, r.cells.award, r.position, r.note])).toEqual([
      ["A Văn An", "Lao động tiên tiến", "E2", "Giáo viên", "n1"],
      ["A Văn An", "Chiến sĩ thi đua cơ sở", "F2", "Giáo viên", "n1"],
      ["E Văn An", "Lao động tiên tiến", "E6", undefined, undefined],
    ]);
    expect(skipped.map((s) => s.row)).toEqual([3, 4, 5, 7, 8]);
    expect(skipped[0]).toEqual({ row: 3, kind: "item", reason: { vi: "dòng không đánh dấu danh hiệu nào", en: "row with no award marked" } });
    expect(findings).toEqual([{ rule: "formula-error", cell: "F5", data: { value: "#N/A", column: "Chiến sĩ thi đua cơ sở" } }]);
  });

  test("the kind: the kind column, then a section, then the award's only kind; a blank name is an error", () => {
    const { g, t } = table([
      HEADER,
      [1, "Tổ A", "Tập thể", null, "x", null, null],
      [2, "B Văn An", null, null, "x", null, null],
      ["I", "TẬP THỂ"],
      [3, "Tổ C", null, null, "x", "x", null],
      ["II", "Khối ba"],
      [4, null, null, null, "x", null, null],
    ]);
    const { records, findings } = readMatrixAwards(g, t, ctx, { occasion: "regular", campaign: "Năm học 2024 - 2025" });
    expect(records.map((r) => [r.name, r.awardText, r.kind, r.kindSource])).toEqual([
      ["Tổ A", "Lao động tiên tiến", "collective", "column"],
      ["B Văn An", "Lao động tiên tiến", "individual", "award"],
      ["Tổ C", "Lao động tiên tiến", "collective", "section"],
      ["Tổ C", "Chiến sĩ thi đua cơ sở", "collective", "section"],
      // a section naming no kind leaves the kind as it was
      ["", "Lao động tiên tiến", "collective", "section"],
    ]);
    expect(records[0]).toMatchObject({ occasion: "regular", campaign: "Năm học 2024 - 2025", ref: { cell: "B2" }, awardId: "ldtt", suggestedAwardId: undefined });
    expect(findings).toEqual([{ rule: "value-required", cell: "B7", data: { column: "Họ và tên", what: "name" } }]);
  });

  test("a title the catalogue cannot settle has no kind and no id; the header's group gives the kind first", () => {
    const { g, t } = table(
      [
        ["STT", "Họ và tên", "Đơn vị", "Cá nhân", null],
        [null, null, null, "Bằng khen", "Chiến sĩ thi đua cơ sở"],
        [1, "A Văn An", "Trường X", "x", "x"],
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:E1"],
    );
    const { records } = readMatrixAwards(g, t, ctx);
    expect(records.map((r) => [r.awardText, r.kind, r.kindSource, r.awardId, r.unit])).toEqual([
      ["Bằng khen", "individual", "column", undefined, "Trường X"],
      ["Chiến sĩ thi đua cơ sở", "individual", "column", "cstdcs", "Trường X"],
    ]);
    const plain = table([["STT", "Họ và tên", "Bằng khen", "Cờ thi đua"], [1, "A Văn An", "x", "x"]]);
    expect(readMatrixAwards(plain.g, plain.t, ctx).records.map((r) => [r.kind, r.kindSource, r.awardId])).toEqual([
      [undefined, "unknown", undefined],
      [undefined, "unknown", undefined],
    ]);
  });
});
