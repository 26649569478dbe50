/**
 * recipient-kind-mismatch, branch by branch (issue 16): a row of no known kind, the user's
 * decision, an award's allowed recipients (several, or a blank name), a section against a Phân
 * loại column (error or warning, with or without a position); each message in full and the cell.
 */
import type { AwardRecord } from "../../../src/core/model";
import { recipientKindMismatch } from "../../../src/core/rules/recipient-kind-mismatch";
import { contextOf, sheetOf } from "./ruleTester";

const GK = "Giấy khen Chủ tịch UBND huyện";
const run = (a: Partial<AwardRecord> & { name: string; awardText: string }) =>
  recipientKindMismatch.check(contextOf({ name: "", sheets: [sheetOf("a.xlsx", "DS", undefined, 12).award(a)] }));

describe("recipient-kind-mismatch: a row of no known kind", () => {
  it("a name that does not plainly say its kind is a warning, totalled apart", () => {
    expect(run({ name: "Hoa ban nở", kind: undefined, kindSource: undefined, awardText: GK })).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "B12",
        severity: "warning",
        message: {
          vi: 'Không xác định được "Hoa ban nở" là tập thể hay cá nhân; dòng được tổng hợp riêng ở mục "Chưa xác định đối tượng". Ghi rõ mục TẬP THỂ / CÁ NHÂN hoặc cột Phân loại, hoặc chọn đối tượng (ô chọn trong Kiểm tra, --award-map).',
          en: 'Cannot tell whether "Hoa ban nở" is a collective or an individual; the row is totalled apart ("Chưa xác định đối tượng"). Put it under TẬP THỂ / CÁ NHÂN, fill a Phân loại column, or choose the kind (the picker in Kiểm tra, --award-map).',
        },
      },
    ]);
  });

  it("settled without a kind: by the award's only recipient kind, by a person's or a collective's name; a row without a name says nothing", () => {
    expect(run({ name: "Hoa ban nở", kind: undefined, awardText: "Lao động tiên tiến" })).toEqual([]);
    expect(run({ name: "Lò Văn Minh", kind: undefined, awardText: GK })).toEqual([]);
    expect(run({ name: "Khu Phố Mới", kind: undefined, awardText: GK })).toEqual([]);
    expect(run({ name: "", kind: undefined, awardText: GK })).toEqual([]);
  });
});

describe("recipient-kind-mismatch: the user's decision", () => {
  it("is shown as information, and the award's recipients are still checked", () => {
    expect(run({ name: "Khu Phố Mới", kind: "collective", kindSource: "user", awardText: GK })).toEqual([
      { file: "a.xlsx", sheet: "DS", cell: "B12", severity: "info", message: { vi: 'Người dùng đã xác định "Khu Phố Mới" là tập thể.', en: 'The user settled "Khu Phố Mới" as collective.' } },
    ]);
    const both = run({ name: "Khu Phố Mới", kind: "household", kindSource: "user", awardText: "Lao động tiên tiến" });
    expect(both.map((i) => [i.cell, i.severity, i.message.en])).toEqual([
      ["B12", "info", 'The user settled "Khu Phố Mới" as household.'],
      ["D12", undefined, '"Lao động tiên tiến" is for individual recipients only, but "Khu Phố Mới" is listed as household. Correct the award or the recipient kind.'],
    ]);
  });

  it("a user's decision is not judged against the name", () => {
    expect(run({ name: "Cầm Văn Xiêng", kind: "collective", kindSource: "user", awardText: GK }).map((i) => i.severity)).toEqual(["info"]);
  });
});

describe("recipient-kind-mismatch: the award's recipients", () => {
  it("an award for several kinds names them all; a blank name is said to be blank", () => {
    expect(run({ name: "", kind: "household", kindSource: "column", awardText: "Huân chương Lao động hạng Ba" })).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "D12",
        message: {
          vi: '"Huân chương Lao động hạng Ba" chỉ dành cho tập thể, cá nhân, nhưng "(trống)" được ghi là hộ gia đình. Sửa lại danh hiệu hoặc đối tượng.',
          en: '"Huân chương Lao động hạng Ba" is for collective, individual recipients only, but "(blank)" is listed as household. Correct the award or the recipient kind.',
        },
      },
    ]);
  });

  it("a wrong kind for the award is the only issue of the row, even when the name disagrees with the section", () => {
    const issues = run({ name: "Cầm Văn Xiêng", kind: "collective", kindSource: "section", awardText: "Lao động tiên tiến" });
    expect(issues.map((i) => i.cell)).toEqual(["D12"]);
  });
});

describe("recipient-kind-mismatch: section or column against the name", () => {
  it("a person under TẬP THỂ with a position: the position is quoted", () => {
    expect(run({ name: "Điêu Thị Thúy", position: "Công chức Văn hóa - Xã hội", unit: undefined, kind: "collective", kindSource: "section", awardText: GK })[0].message).toEqual({
      vi: '"Điêu Thị Thúy" (Công chức Văn hóa - Xã hội) là tên một cá nhân nhưng nằm trong mục TẬP THỂ. Chuyển sang mục CÁ NHÂN nếu đúng là cá nhân.',
      en: '"Điêu Thị Thúy" (Công chức Văn hóa - Xã hội) is a person\'s name but is listed under TẬP THỂ (collectives). Move it to CÁ NHÂN (individuals) if it is a person.',
    });
  });

  it("a person under TẬP THỂ without a position: no parentheses; the unit stands for a missing position", () => {
    const [alone] = run({ name: "Cầm Văn Xiêng", position: undefined, unit: undefined, kind: "collective", kindSource: "section", awardText: GK });
    expect(alone).toEqual({
      file: "a.xlsx",
      sheet: "DS",
      cell: "B12",
      message: {
        vi: '"Cầm Văn Xiêng" là tên một cá nhân nhưng nằm trong mục TẬP THỂ. Chuyển sang mục CÁ NHÂN nếu đúng là cá nhân.',
        en: '"Cầm Văn Xiêng" is a person\'s name but is listed under TẬP THỂ (collectives). Move it to CÁ NHÂN (individuals) if it is a person.',
      },
    });
    // a unit beside the name (no job in it): under a section, not plainly a person
    expect(run({ name: "Cầm Văn Xiêng", position: undefined, unit: "Bản Xá Nhè", kind: "collective", kindSource: "section", awardText: GK })).toEqual([]);
    // the unit read as the position: a person's job there makes it plain
    expect(run({ name: "Cầm Văn Xiêng", position: undefined, unit: "Giáo viên", kind: "collective", kindSource: "section", awardText: GK }).map((i) => i.message.en)).toEqual([
      '"Cầm Văn Xiêng" (Giáo viên) is a person\'s name but is listed under TẬP THỂ (collectives). Move it to CÁ NHÂN (individuals) if it is a person.',
    ]);
  });

  it("a Phân loại column saying Tập thể for a person is a warning worded for the column, even with a unit beside", () => {
    expect(run({ name: "Cà Văn Duẩn", position: undefined, unit: "Hạt Kiểm lâm huyện", kind: "collective", kindSource: "column", awardText: GK })).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "B12",
        severity: "warning",
        message: {
          vi: '"Cà Văn Duẩn" (Hạt Kiểm lâm huyện) là tên một cá nhân nhưng được ghi là "Tập thể". Sửa thành "Cá nhân" nếu đúng là cá nhân.',
          en: '"Cà Văn Duẩn" (Hạt Kiểm lâm huyện) is a person\'s name but is marked "Tập thể" (collective). Change it to "Cá nhân" if it is a person.',
        },
      },
    ]);
  });

  it("a collective under CÁ NHÂN: an error from a section, a warning from a column", () => {
    const row = (kindSource: AwardRecord["kindSource"]) => run({ name: "Hội Liên hiệp Phụ nữ xã Pú Xi", position: undefined, unit: undefined, kind: "individual", kindSource, awardText: GK });
    const message = {
      vi: '"Hội Liên hiệp Phụ nữ xã Pú Xi" là tên một tập thể nhưng nằm trong mục CÁ NHÂN. Chuyển sang mục TẬP THỂ.',
      en: '"Hội Liên hiệp Phụ nữ xã Pú Xi" is a collective\'s name but is listed under CÁ NHÂN (individuals). Move it to TẬP THỂ (collectives).',
    };
    expect(row("section")).toEqual([{ file: "a.xlsx", sheet: "DS", cell: "B12", message }]);
    expect(row("column")).toEqual([{ file: "a.xlsx", sheet: "DS", cell: "B12", severity: "warning", message }]);
    // a kind read from elsewhere (the award, the title) is not judged against the name
    expect(row("award")).toEqual([]);
  });

  it("against a column, a number in a collective-looking name is not enough; from a section it is", () => {
    const row = (kindSource: AwardRecord["kindSource"]) => run({ name: "Tổ 3 (Bản Cang)", position: undefined, unit: undefined, kind: "individual", kindSource, awardText: GK });
    expect(row("column")).toEqual([]);
    expect(row("section")).toHaveLength(1);
  });

  it("a person's job beside a collective-looking name under CÁ NHÂN is a person", () => {
    expect(run({ name: "Tổ 3 (Bản Cang)", position: "Giáo viên", kind: "individual", kindSource: "section", awardText: GK })).toEqual([]);
  });
});
