/**
 * Which columns are a table's values, by its kind (detect.ts valueColumns): a row whose value
 * cells are all empty may be a note or a section, a row with a value is data whatever its text
 * says. Also which row ends a table (the next table's title starts after it), the kinds a table
 * is given in turn, and the parts a table carries only when its header has them.
 */
import { type Cell, gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";

type Row = (string | number | null | Cell)[];
const tables = (rows: Row[], opts: { sheet?: string; merges?: string[] } = {}) => detectTables(gridFromRows(rows, opts));
const kinds = (rows: Row[], index = 0) => tables(rows)[index].body.map((b) => b.kind);

describe("a text that reads like a note is data when the row has a value", () => {
  test("figures: the plan, the actual and the unit of measure are values", () => {
    const header: Row = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"];
    expect(tables([header, [1, "Dân số", "người", 10, 12]])[0].kind).toBe("figures");
    expect(kinds([header, [1, "Dân số", "người", 10, 12], [null, "* Trong đó nữ", null, null, 6], [null, "* Số liệu ước tính"]])).toEqual(["item", "item", "note"]);
    expect(kinds([header, [1, "Dân số", "người", 10, 12], [null, "* Trong đó nữ", null, 5]])).toEqual(["item", "item"]);
    expect(kinds([header, [1, "Dân số", "người", 10, 12], [null, "* Trong đó nữ", "người"]])).toEqual(["item", "item"]);
  });

  test("an award summary: its counts are values", () => {
    const header: Row = ["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"];
    expect(tables([header, [1, "Giấy khen", 2, 5]])[0].kind).toBe("award-summary");
    expect(kinds([header, [1, "Giấy khen", 2, 5], [null, "* Đã trừ trùng", null, 3], [null, "* Số liệu đến 30/6"]])).toEqual(["item", "item", "note"]);
  });

  test("an award list with two award columns: the second is a value too", () => {
    const header: Row = ["STT", "Họ và tên", "Danh hiệu thi đua", "Hình thức khen thưởng"];
    expect(kinds([header, [1, "Lò Văn An", "Lao động tiên tiến", null], [null, "* Tập thể lớp 5A", null, "Giấy khen"], [null, "* Ghi chú cuối"]])).toEqual(["item", "item", "note"]);
  });
});

describe("the row a table ends on", () => {
  const award: Row = ["STT", "Họ và tên", "Hình thức khen thưởng"];
  const figures: Row = ["STT", "Chỉ tiêu", "Thực hiện"];

  test.each([
    ["an item", [1, "Lò Văn An", "Giấy khen"]],
    ["a total", [null, "Cộng", 1]],
  ])("after %s, the lines before the next header are the next table's title", (_, last) => {
    const t = tables([award, [1, "Lò Văn An", "Giấy khen"], last, ["KẾT QUẢ KINH TẾ"], figures, [1, "Dân số", 10]]);
    expect(t[1].titleLines).toEqual(["KẾT QUẢ KINH TẾ"]);
    expect(t[0].body.map((b) => b.kind)).not.toContain("section");
  });

  test("a section line after the last data row is the next table's title, never a section of the first", () => {
    const t = tables([award, [1, "Lò Văn An", "Giấy khen"], ["II. KINH TẾ"], figures, [1, "Dân số", 10]]);
    expect(t[0].body.map((b) => [b.row, b.kind])).toEqual([
      [1, "item"],
      [2, "note"],
    ]);
    // only the section lines become the title's: a blank line stays blank
    expect(kinds([award, [1, "Lò Văn An", "Giấy khen"], [], ["II. KINH TẾ"], figures, [1, "Dân số", 10]])).toEqual(["item", "blank", "note"]);
    // a section between two items stays a section
    expect(tables([award, ["I", "KHỐI XÃ"], [1, "Lò Văn An", "Giấy khen"], figures, [1, "Dân số", 10]])[0].body[0].kind).toBe("section");
  });

  test("a table whose body is only its numbering row: the next title starts after it", () => {
    const t = tables([award, ["(1)", "(2)", "(3)"], ["KẾT QUẢ"], figures, [1, "Dân số", 10]]);
    expect(t[1].titleLines).toEqual(["KẾT QUẢ"]);
  });
});

describe("what a table carries only when its header has it", () => {
  test("a second award column, a code column", () => {
    const two = tables([["STT", "Họ và tên", "Danh hiệu thi đua", "Hình thức khen thưởng"], [1, "Lò Văn An", "Lao động tiên tiến", null]])[0];
    expect(two.awardColumns).toEqual([2, 3]);
    const one = tables([["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Lò Văn An", "Giấy khen"]])[0];
    expect(one).not.toHaveProperty("awardColumns");
    expect(one).not.toHaveProperty("codeColumns");
    const coded = tables([["STT", "Họ và tên", "Mã hình thức khen thưởng"], [1, "Lò Văn An", "GK01"]])[0];
    expect(coded.codeColumns).toEqual([{ col: 2, role: "award" }]);
  });
});

describe("rows beside the name column", () => {
  test("a note line with a mark in the STT column is a note: the text read is the first outside STT", () => {
    expect(kinds([["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Lò Văn An", "Giấy khen"], ["-", "Ghi chú: danh sách tạm tính"]])).toEqual(["item", "note"]);
  });

  test("a section's text is its cells outside STT, joined by a space", () => {
    const t = tables([["STT", "Họ và tên", "Hình thức khen thưởng", "Ghi chú"], ["I", "KHỐI ĐẢNG", null, "(2 người)"], [1, "Lò Văn An", "Giấy khen"]])[0];
    expect(t.body[0]).toEqual({ row: 1, kind: "section", sectionText: "KHỐI ĐẢNG (2 người)" });
  });
});

describe("lists that are no unit's data", () => {
  test("look-up lists side by side are of no kind, even when one of them is headed like an award list", () => {
    const t = tables([["STT", "Họ và tên", "Hình thức khen thưởng", null, "STT", "Mã số", "Danh hiệu thi đua"], [1, "Lò Văn An", "Giấy khen", null, 1, "DH01", "Lao động tiên tiến"]])[0];
    expect(t.kind).toBe("other");
  });

  test("under an instruction only the items become examples: blank, note and signature rows keep their kinds", () => {
    const rows: Row[] = [["HƯỚNG DẪN NHẬP DANH SÁCH"], ["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Lò Văn An", "Giấy khen"], [], [null, "Ghi chú: nhập từ dòng 3"], [null, "NGƯỜI LẬP BIỂU"]];
    expect(kinds(rows)).toEqual(["example", "blank", "note", "signature"]);
  });
});

describe("the signature block", () => {
  const header: Row = ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Số QĐ"];
  const item = (n: number, name: string): Row => [n, name, "Chuyên viên", "Lao động tiên tiến", "12/QĐ-UBND"];

  test("a form line starts the block even beside a job title and a name", () => {
    expect(kinds([header, item(1, "Lò Văn An"), [null, "NGƯỜI LẬP BIỂU", null, "GIÁM ĐỐC", "Lò Văn Bình"]])).toEqual(["item", "signature"]);
  });

  test("a numbered row with values after it is data, and the block is over: a note after it is a note", () => {
    expect(kinds([header, item(1, "Lò Văn An"), [null, "NGƯỜI LẬP BIỂU"], item(2, "Cà Văn Chung"), [null, "Ghi chú: danh sách bổ sung"]])).toEqual(["item", "signature", "item", "note"]);
  });
});

describe("the row of column numbers", () => {
  const header: Row = ["STT", "Họ và tên", "Hình thức khen thưởng"];

  test("three numbers, or two in brackets (past 9 too), number the columns", () => {
    expect(kinds([header, ["1", "2", "3"], [1, "Lò Văn An", "Giấy khen"]])).toEqual(["numbering", "item"]);
    expect(kinds([header, ["(10)", "(11)"], [1, "Lò Văn An", "Giấy khen"]])).toEqual(["numbering", "item"]);
    expect(kinds([header, ["(1)", "(2)=(1)x10"], [1, "Lò Văn An", "Giấy khen"]])).toEqual(["numbering", "item"]);
  });

  test("not column numbers: one bracketed number alone, a formula beside a number, a text ending in a capital, a row with an award", () => {
    expect(kinds([header, [1, "Lò Văn An", "Giấy khen"], ["(5)"]])).not.toContain("numbering");
    expect(kinds([header, ["1", "(4)=(2)x(3)"], [1, "Lò Văn An", "Giấy khen"]])).not.toContain("numbering");
    expect(kinds([["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"], ["1", "2", "3", "QĐ A"], [1, "Lò Văn An", "Giấy khen"]])[0]).toBe("item");
    expect(kinds([header, ["(1)", null, "Giấy khen"]])).toEqual(["item"]);
  });
});

describe("columns read from their contents", () => {
  test("a blank header cell in the middle takes its role; the table still ends at its last header cell", () => {
    const t = tables([
      ["STT", "Họ và tên", null, "Số QĐ", "Ghi chú"],
      [1, "Lò Văn An", "Lao động tiên tiến", "12/QĐ-UBND", null],
      [2, "Cà Văn Chung", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND", null],
      [3, "Lò Thị Dung", "Lao động tiên tiến", "12/QĐ-UBND", null],
    ])[0];
    expect(t.columns.award).toBe(2);
    expect(t.lastCol).toBe(4);
  });

  test("two rows are enough to read a column, the table's last row among them", () => {
    const t = tables([["STT", "Họ và tên", null, "Số QĐ"], [1, "Lò Văn An", "Lao động tiên tiến", "12/QĐ-UBND"], [2, "Cà Văn Chung", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"]])[0];
    expect(t.columns.award).toBe(2);
  });
});

describe("names alone after the list's last row (edges)", () => {
  const header: Row = ["STT", "Họ và tên", "Hình thức khen thưởng", "Ghi chú"];

  test("a list with no full row yet: every name alone is a recipient", () => {
    expect(kinds([header, [null, "Lê Thanh Hải"], [null, "Cà Văn Chung"], [null, "Lò Thị Dung"]])).toEqual(["item", "item", "item"]);
  });

  test("a name typed with spaces around it is still a name", () => {
    expect(kinds([header, [1, "Lò Văn An", "Giấy khen"], [null, "  Lê Thanh Hải  "]])).toEqual(["item", "item"]);
  });

  test("headings stay headings: numbered by a letter, a Roman or a two-digit number, or with more than the name", () => {
    const rows: Row[] = [header, [1, "Lò Văn An", "Giấy khen"], [null, "A. UBND xã A"], [null, "b) Trường Tiểu học Quài Cang"], [null, "IV. UBND xã B"], [null, "12. Phòng Y tế"], ["III", "Phòng Tài chính", null, "(3 người)"]];
    expect(kinds(rows)).toEqual(["item", "section", "section", "section", "section", "section"]);
  });
});
