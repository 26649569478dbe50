/**
 * The resubmission diff (src/core/submissions/diff.ts) field by field and in its order: which cell
 * each changed field points at (a table may have one "Chức vụ, đơn vị" column, or one "Quyết định"
 * column for number and date), an empty number shown as "", figure rows matched by section and
 * indicator whatever their order, a recipient with several removed rows left unpaired, and the
 * order of the lists (award rows before figure rows, then by sheet and row). The texts are checked
 * through formatUnitDiff, as the user reads them.
 */
import type { AwardRecord, FigureRow } from "../../../src/core/model";
import type { ParsedFile } from "../../../src/core/rules/rule";
import { diffContribution, fieldText, type FieldChange, type RowRef } from "../../../src/core/submissions/diff";
import { formatUnitDiff } from "../../../src/core/submissions/format";

const GK = "Giấy khen của Chủ tịch UBND huyện";
const BK = "Bằng khen của Chủ tịch UBND tỉnh";

function award(row: number, name: string, extra: Partial<AwardRecord> = {}, sheet = "DS"): AwardRecord {
  return {
    ref: { file: "xa.xlsx", sheet, cell: `B${row}`, row },
    name,
    kind: "individual",
    kindSource: "section",
    awardText: GK,
    cells: { name: `B${row}`, award: `D${row}` },
    ...extra,
  };
}

function figure(row: number, section: string, indicator: string, values: Partial<FigureRow> = {}): FigureRow {
  return {
    ref: { file: "xa.xlsx", sheet: "Chỉ tiêu", cell: `B${row}`, row },
    section,
    stt: "1",
    indicator,
    measure: "ha",
    plan: 10,
    actual: 8,
    percent: 80,
    cells: { indicator: `B${row}`, plan: `D${row}`, actual: `E${row}`, percent: `F${row}` },
    ...values,
  };
}

function file(awards: AwardRecord[], figures: FigureRow[] = []): ParsedFile {
  return {
    file: "xa.xlsx",
    ledger: { file: "xa.xlsx", sender: "Xã Quài Cang", sheets: [] },
    sheets: [
      { file: "xa.xlsx", sheet: "DS", kind: "awards", awards, figures: [], summaries: [], findings: [] },
      { file: "xa.xlsx", sheet: "Chỉ tiêu", kind: "figures", awards: [], figures, summaries: [], findings: [] },
    ],
    findings: [],
  };
}

const place = (r: RowRef) => `${r.sheet}!${r.cell}`;
/** a change as the Vietnamese text shows it: field, before, after, cell */
const shown = ({ field, before, after, cell }: FieldChange) => ({ field, before: fieldText(before, "vi"), after: fieldText(after, "vi"), cell });

describe("the cell each changed field points at", () => {
  const filled: Partial<AwardRecord> = {
    position: "Chủ tịch",
    unit: "UBND xã",
    occasion: "thematic",
    decisionNumber: "12/QĐ-UBND",
    decisionDate: "2021-06-01",
    note: "truy tặng",
  };

  it("each field's own column, when the table has one (before that: empty fields, shown as \"\")", () => {
    const cells = { name: "B10", award: "D10", position: "C10", positionUnit: "E10", unit: "F10", school: "G10", occasion: "L10", decisionNumber: "H10", decision: "I10", decisionDate: "J10", note: "K10" };
    const d = diffContribution([file([award(10, "Lò Văn Thủy")])], [file([award(10, "Lò Văn Thủy", { ...filled, cells })])]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed.map((c) => c.fields.map(shown))).toEqual([
      [
        { field: "position", before: "", after: "Chủ tịch", cell: "C10" },
        { field: "unit", before: "", after: "UBND xã", cell: "F10" },
        { field: "occasion", before: "thường xuyên", after: "chuyên đề", cell: "L10" },
        { field: "decisionNumber", before: "", after: "12/QĐ-UBND", cell: "H10" },
        { field: "decisionDate", before: "", after: "2021-06-01", cell: "J10" },
        { field: "note", before: "", after: "truy tặng", cell: "K10" },
      ],
    ]);
    expect(formatUnitDiff("Xã Quài Cang", "xa.xlsx", d, "vi").split("\n")).toEqual([
      "Xã Quài Cang: tệp mới xa.xlsx",
      "  Sửa 1 dòng:",
      "    ~ Lò Văn Thủy (DS!B10)",
      '        Chức vụ [C10]: "" → "Chủ tịch"',
      '        Đơn vị [F10]: "" → "UBND xã"',
      '        Loại khen thưởng [L10]: "thường xuyên" → "chuyên đề"',
      '        Số quyết định [H10]: "" → "12/QĐ-UBND"',
      '        Ngày quyết định [J10]: "" → "2021-06-01"',
      '        Ghi chú [K10]: "" → "truy tặng"',
    ]);
    expect(formatUnitDiff("Xã Quài Cang", "xa.xlsx", d, "en").split("\n").slice(3)).toEqual([
      '        Position [C10]: "" → "Chủ tịch"',
      '        Unit [F10]: "" → "UBND xã"',
      '        Occasion [L10]: "regular" → "thematic"',
      '        Decision number [H10]: "" → "12/QĐ-UBND"',
      '        Decision date [J10]: "" → "2021-06-01"',
      '        Note [K10]: "" → "truy tặng"',
    ]);
  });

  it("the shared columns when the table has no own one: \"Chức vụ, đơn vị\", a school column, one \"Quyết định\" column", () => {
    const shared = { name: "B10", award: "D10", positionUnit: "E10", school: "G10", decision: "I10" };
    const d = diffContribution([file([award(10, "Lò Văn Thủy", { ...filled, occasion: undefined, note: "truy tặng" })])], [file([award(10, "Lò Văn Thủy", { ...filled, occasion: undefined, position: "Phó Chủ tịch", unit: "Trường TH A", decisionNumber: "13/QĐ-UBND", decisionDate: "2021-06-02", note: undefined, cells: shared })])]);
    expect(d.changed[0].fields.map(shown)).toEqual([
      { field: "position", before: "Chủ tịch", after: "Phó Chủ tịch", cell: "E10" },
      { field: "unit", before: "UBND xã", after: "Trường TH A", cell: "G10" },
      { field: "decisionNumber", before: "12/QĐ-UBND", after: "13/QĐ-UBND", cell: "I10" },
      { field: "decisionDate", before: "2021-06-01", after: "2021-06-02", cell: "I10" },
      // the note was emptied: "" after, and no note column to point at
      { field: "note", before: "truy tặng", after: "", cell: undefined },
    ]);
  });

  it("the unit falls back to the combined \"Chức vụ, đơn vị\" column when there is no unit or school column", () => {
    const d = diffContribution([file([award(10, "Lò Văn Thủy")])], [file([award(10, "Lò Văn Thủy", { unit: "UBND xã", cells: { name: "B10", award: "D10", positionUnit: "E10" } })])]);
    expect(d.changed[0].fields.map(({ field, cell }) => [field, cell])).toEqual([["unit", "E10"]]);
  });
});

describe("figure rows", () => {
  it("an empty plan is \"\" (not \"null\"), the cell is the new file's", () => {
    const d = diffContribution([file([], [figure(20, "I. KINH TẾ", "Trồng rừng", { plan: null })])], [file([], [figure(21, "I. KINH TẾ", "Trồng rừng", { plan: 12, percent: null })])]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0].fields.map(shown)).toEqual([
      { field: "plan", before: "", after: "12", cell: "D21" },
      { field: "percent", before: "80", after: "", cell: "F21" },
    ]);
    expect(formatUnitDiff("Xã A", "a.xlsx", d, "vi").split("\n").slice(1)).toEqual([
      "  Sửa 1 dòng:",
      "    ~ Trồng rừng (Chỉ tiêu!B21)",
      '        Kế hoạch [D21]: "" → "12"',
      '        Tỷ lệ (%) [F21]: "80" → ""',
    ]);
  });

  it("figure rows are matched by section and indicator, not by position: reordered rows are no change", () => {
    const before = [figure(20, "I. KINH TẾ", "Trồng rừng", { actual: 8 }), figure(21, "II. VĂN HÓA - XÃ HỘI", "Trường đạt chuẩn", { actual: 3, measure: "trường" })];
    const after = [figure(20, "II. VĂN HÓA - XÃ HỘI", "Trường đạt chuẩn", { actual: 3, measure: "trường" }), figure(21, "I. KINH TẾ", "Trồng rừng", { actual: 8 })];
    expect(diffContribution([file([], before)], [file([], after)])).toEqual({ added: [], removed: [], changed: [], totals: [] });
  });
});

describe("pairing a removed and an added row of one recipient", () => {
  it("only one removed row and one added row make an award change; two removed rows stay removed", () => {
    const before = [award(10, "Lò Văn Thủy"), award(11, "Lò Văn Thủy", { awardText: BK })];
    const after = [award(10, "Lò Văn Thủy", { awardText: "Lao động tiên tiến" })];
    const d = diffContribution([file(before)], [file(after)]);
    expect(d.changed).toEqual([]);
    expect(d.removed.map((r) => [r.detail, r.row])).toEqual([
      [GK, 10],
      [BK, 11],
    ]);
    expect(d.added.map((r) => [r.detail, r.row])).toEqual([["Lao động tiên tiến", 10]]);
  });
});

describe("order of the lists", () => {
  // rows given out of order (row 10, 14, 12) on two sheets, and a figure on a sheet whose name sorts first
  const awards = [award(10, "Lò Văn A"), award(14, "Lò Văn B"), award(12, "Lò Văn C"), award(5, "Lò Văn D", {}, "DS 2")];
  const figures = [figure(20, "I. KINH TẾ", "Trồng rừng")];

  it("added rows: award rows first, then by sheet and row; figure rows last though their sheet sorts first", () => {
    const d = diffContribution([], [file(awards, figures)]);
    expect(d.added.map(place)).toEqual(["DS!B10", "DS!B12", "DS!B14", "DS 2!B5", "Chỉ tiêu!B20"]);
    expect(d.removed).toEqual([]);
  });

  it("removed rows in the same order", () => {
    const d = diffContribution([file(awards, figures)], []);
    expect(d.removed.map(place)).toEqual(["DS!B10", "DS!B12", "DS!B14", "DS 2!B5", "Chỉ tiêu!B20"]);
    expect(d.added).toEqual([]);
  });

  it("totals in Vietnamese alphabetical order: Ư after every U", () => {
    const rows = [award(10, "Lò Văn A", { awardText: "Ưu qxz" }), award(11, "Lò Văn B", { awardText: "Uy qxz" })];
    const names = diffContribution([], [file(rows)]).totals.map((t) => t.award);
    expect(names).toHaveLength(2);
    expect(names[0]).toContain("Uy qxz");
    expect(names[1]).toContain("Ưu qxz");
  });

  it("totals: by award name (Vietnamese order), then collective, individual, household", () => {
    const rows = [
      award(10, "Lò Văn A", { awardText: BK }),
      award(11, "Bản Na Sang", { kind: "household", awardText: GK }),
      award(12, "Lò Văn C", { awardText: GK }),
      award(13, "Tổ dân phố 1", { kind: "collective", awardText: GK }),
    ];
    const d = diffContribution([file(rows.slice(0, 1))], [file(rows.slice(1))]);
    expect(d.totals).toEqual([
      { award: BK, kind: "individual", before: 1, after: 0 },
      { award: GK, kind: "collective", before: 0, after: 1 },
      { award: GK, kind: "individual", before: 0, after: 1 },
      { award: GK, kind: "household", before: 0, after: 1 },
    ]);
  });
});
