/**
 * What each body row of a table is (detect.ts classifyBody) and how tables are put together
 * (findTables): one test per decision, on both of its sides. The award list below has the
 * columns STT | Họ và tên | Chức vụ | Hình thức khen thưởng | Số QĐ (A..E): its value columns are
 * the award and the decision (and the position, which a signature line may fill).
 */
import { type Cell, gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";

type Row = (string | number | null | Cell)[];
const HEADER: Row = ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Số QĐ"];
const item = (n: number | string, name = "Nguyễn Văn An"): Row => [n, name, "Chuyên viên", "Lao động tiên tiến", "12/QĐ-UBND"];

/** [grid row, kind] of the body of the sheet's first table (or of table `index`) */
function kinds(rows: Row[], opts: { merges?: string[]; sheet?: string } = {}, index = 0): [number, string][] {
  return detectTables(gridFromRows(rows, opts))[index].body.map((b) => [b.row, b.kind]);
}

describe("blank rows", () => {
  test("only the table's columns and one column either side count", () => {
    const shifted: Row = [null, null, ...HEADER];
    const rows: Row[] = [
      shifted,
      [null, null, 1, "Nguyễn Văn An", "Chuyên viên", "Lao động tiên tiến", "12/QĐ-UBND"],
      ["ghi bên lề"], // column A: two left of the table
      [null, "Khối văn phòng"], // column B: just left of it
      [null, null, 2, "Lò Văn Bình", "Chuyên viên", "Lao động tiên tiến", "12/QĐ-UBND"],
      [null, null, null, null, null, null, null, null, "x"], // column I: two right of it
      [null, null, null, null, null, null, null, "Khối trường học"], // column H: just right of it
      [null, null, 3, "Cà Văn Chung", "Chuyên viên", "Lao động tiên tiến", "12/QĐ-UBND"],
    ];
    expect(kinds(rows)).toEqual([
      [1, "item"],
      [2, "blank"],
      [3, "section"],
      [4, "item"],
      [5, "blank"],
      [6, "section"],
      [7, "item"],
    ]);
  });

  test("a template's row of look-up formulas over empty input (#N/A) is blank; a typed error or a typed value beside it is not", () => {
    const na = (f?: string): Cell => (f ? { t: "e", v: "#N/A", f } : { t: "e", v: "#N/A" });
    const rows: Row[] = [HEADER, item(1), [null, null, null, na("VLOOKUP(B3,DM!A:B,2,0)"), na("VLOOKUP(B3,DM!A:C,3,0)")], [null, null, null, na()], [null, "Lò Văn Bình", null, na("VLOOKUP(B5,DM!A:B,2,0)")], item(4)];
    expect(kinds(rows)).toEqual([
      [1, "item"],
      [2, "blank"],
      [3, "item"],
      [4, "item"],
      [5, "item"],
    ]);
  });
});

describe("the signature block", () => {
  test("a form line starts it; after it, only a numbered row with its own values is data again", () => {
    const rows: Row[] = [
      HEADER,
      item(1),
      [null, "NGƯỜI LẬP BIỂU", null, "TM. ỦY BAN NHÂN DÂN"],
      item(3, "Lê Văn Cường"), // numbered, with an award: the list typed on
      [null, "Giám đốc"], // a job title alone on its row starts the block again
      item("4.", "Lò Văn Dũng"), // "4." is a number too
      [null, "KT. GIÁM ĐỐC"],
      ["5a", "Lò Văn Én", null, "Lao động tiên tiến"], // "5a" is no number
      ["6", "Lò Văn Phong", "Chuyên viên"], // numbered, but no award or decision: a position is no value of its own
      ["7)", "Lò Văn Giang", null, "CHỦ TỊCH"], // the signer's title under the award column is no award
      [8, "Lò Văn Hải", null, null, "15/QĐ-UBND"], // a decision is a value of its own
    ];
    expect(kinds(rows)).toEqual([
      [1, "item"],
      [2, "signature"],
      [3, "item"],
      [4, "signature"],
      [5, "item"],
      [6, "signature"],
      [7, "signature"],
      [8, "signature"],
      [9, "signature"],
      [10, "item"],
    ]);
  });

  test("a job title on a recipient's row, or beside an award, is data; on a row of its own it signs", () => {
    const rows: Row[] = [
      HEADER,
      item(1),
      [null, "Nguyễn Văn An", "Giám đốc", "Lao động tiên tiến", "12/QĐ-UBND"],
      [null, "Giám đốc", null, "Lao động tiên tiến"],
      [null, null, "Giám đốc"],
      [null, "Lò Văn Bình"],
    ];
    expect(kinds(rows)).toEqual([
      [1, "item"],
      [2, "item"],
      [3, "item"],
      [4, "signature"],
      [5, "signature"],
    ]);
  });

  test("titles alone across a row sign it, the signer's title under the award column included", () => {
    expect(kinds([HEADER, item(1), [null, "Giám đốc", null, "CHỦ TỊCH"], [null, "Lò Văn Bình", null, "Cà Văn Chung"]])).toEqual([
      [1, "item"],
      [2, "signature"],
      [3, "signature"],
    ]);
  });

  test("a numbered row is never a signature line, whatever its text", () => {
    expect(kinds([HEADER, item(1), [2, "TM. Ủy ban nhân dân", null, "Lao động tiên tiến"]])).toEqual([
      [1, "item"],
      [2, "item"],
    ]);
  });
});

describe("column-numbering rows", () => {
  const under = (row: Row) => kinds([HEADER, row, item(1)])[0][1];

  test.each([
    [["(1)", "(2)"], "numbering"], // numbers in brackets: two are enough
    [["1", "2"], "item"], // two bare numbers may be a row: STT 1 named "2"
    [["1", "2", "3", "4", "5"], "numbering"],
    [["(1)", null, "(3)", "(4)", "(5)"], "numbering"], // the name column left blank
    [["A", "B", "C", "D", "E"], "numbering"], // column letters, in order
    [["1", "B", "3"], "item"], // a letter in the name column among numbers: not a numbering row
    [["A", "C", "B"], "item"], // letters out of order
    [["A", "A", "B"], "item"],
    [["(1)", "Nguyễn Văn An"], "item"],
  ] as [Row, string][])("%j is %s", (row, kind) => expect(under(row)).toBe(kind));

  test("numbers typed as numbers in the STT column are a data row", () => {
    expect(under([1, "2", "3", "4", "5"])).toBe("item");
    expect(under(["1", 2, 3, 4, 5])).toBe("numbering");
  });

  test("a numbering row of a table without a name column", () => {
    const rows: Row[] = [["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"], ["1", "B", "3", "4"], [1, "Lao động tiên tiến", 2, 3]];
    // the award column is the text column here: "B" is no column number
    expect(kinds(rows)[0]).toEqual([1, "item"]);
    expect(kinds([rows[0], ["(1)", "(2)", "(3)", "(4)"], rows[2]])[0]).toEqual([1, "numbering"]);
  });
});

describe("example, total, note rows", () => {
  test("an example marker in the first or second cell of the row", () => {
    const rows: Row[] = [HEADER, ["VD:", "Nguyễn Văn A", "Chuyên viên", "Lao động tiên tiến"], [1, "Ví dụ: Lò Văn B", null, "Lao động tiên tiến"], [2, "Lò Văn C", "Ví dụ", "Lao động tiên tiến"], item(3)];
    expect(kinds(rows)).toEqual([
      [1, "example"],
      [2, "example"],
      [3, "item"],
      [4, "item"],
    ]);
  });

  test("a total in the name column, in the first text, or in the STT column", () => {
    const rows: Row[] = [
      HEADER,
      item(1),
      [null, "Tổng cộng", null, null, 5],
      [null, null, "Tổng số", "Lao động tiên tiến"], // no name: the first text says it
      ["Cộng", "toàn xã", null, null, 5], // the STT cell says it
      [2, "Nguyễn Văn An", "Tổng số", "Lao động tiên tiến"], // a name: the position cell is not read for it
    ];
    expect(kinds(rows)).toEqual([
      [1, "item"],
      [2, "subtotal"],
      [3, "subtotal"],
      [4, "subtotal"],
      [5, "item"],
    ]);
  });

  test("the place-and-date line over the signatures is a note, not a recipient", () => {
    expect(kinds([HEADER, item(1), [null, "Tân Lập, ngày 20 tháng 6 năm 2025"], [null, "NGƯỜI LẬP BIỂU"]])).toEqual([
      [1, "item"],
      [2, "note"],
      [3, "signature"],
    ]);
  });

  test("a note has no number and no value", () => {
    const rows: Row[] = [HEADER, item(1), [null, "Ghi chú: số liệu tạm tính"], ["2", "Ghi chú: số liệu tạm tính"], [null, "* Đề nghị bổ sung", null, "Lao động tiên tiến"], item(4)];
    expect(kinds(rows)).toEqual([
      [1, "item"],
      [2, "note"],
      [3, "item"],
      [4, "item"],
      [5, "item"],
    ]);
  });
});

describe("sections", () => {
  test("a numbered heading merged across at least three columns of an award list is a section", () => {
    const rows: Row[] = [HEADER, ["1", "Trường Tiểu học Tân Lập"], item(1), ["2", "Trường Mầm non Hoa Ban"], item(1), ["3", "Trường THCS Tân Lập", null, null, null, "x"], item(1)];
    const found = detectTables(gridFromRows(rows, { merges: ["B2:D2", "B4:C4", "B6:D6"] }))[0].body;
    expect(found.map((b) => [b.row, b.kind])).toEqual([
      [1, "section"],
      [2, "item"],
      [3, "item"], // merged over two columns only
      [4, "item"],
      [5, "item"], // a third text on the row
      [6, "item"],
    ]);
    expect(found[0].sectionText).toBe("Trường Tiểu học Tân Lập");
  });

  test("in a figures table a numbered heading is an indicator even when merged across", () => {
    const rows: Row[] = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"], ["1", "Nông nghiệp"], [2, "Diện tích lúa", "ha", 10, 9]];
    expect(kinds(rows, { merges: ["B2:E2"] })).toEqual([
      [1, "item"],
      [2, "item"],
    ]);
  });

  test("an unnumbered heading: a marker in the STT column, or one text alone", () => {
    const rows: Row[] = [
      HEADER,
      ["I", "KHỐI ĐẢNG"],
      item(1),
      ["Khối trường học"], // a text longer than a marker in the STT column
      item(2),
      ["Abc"], // three letters in the STT column: no marker, no heading
      item(3),
      ["Phần II"],
      item(4),
      [null, "Khối A", null, null, null, "x"], // two texts, no marker
      item(5),
    ];
    const body = detectTables(gridFromRows(rows))[0].body;
    expect(body.map((b) => [b.row, b.kind, b.sectionText])).toEqual([
      [1, "section", "KHỐI ĐẢNG"],
      [2, "item", undefined],
      [3, "section", "Khối trường học"],
      [4, "item", undefined],
      [5, "item", undefined],
      [6, "item", undefined],
      [7, "section", "Phần II"],
      [8, "item", undefined],
      [9, "item", undefined],
      [10, "item", undefined],
    ]);
  });
});

describe("names alone after the list's last row", () => {
  test("are recipients whose other cells are not filled yet; kind headings, numbered headings and the signature block are not", () => {
    const rows: Row[] = [
      HEADER,
      [null, "Phòng Nội vụ"], // before the last item: a heading
      item(1),
      [null, "Lê Thanh Hải"],
      [null, "UBND Huyện Tân Lập"],
      [null, "Tập thể"],
      [null, "2. Phòng Tài chính"],
      ["Khối trường học"], // a heading from the STT column: its text is not the name cell's
      [null, "Mùa xuân"], // no person's or body's name
      [null, "NGƯỜI LẬP BIỂU"],
      [null, "Lò Văn Bình"],
    ];
    expect(kinds(rows)).toEqual([
      [1, "section"],
      [2, "item"],
      [3, "item"],
      [4, "item"],
      [5, "section"],
      [6, "section"],
      [7, "section"],
      [8, "section"],
      [9, "signature"],
      [10, "signature"],
    ]);
  });

  test("only under the sheet's last table, and only in an award list", () => {
    const rows: Row[] = [HEADER, item(1), [null, "Lê Thanh Hải"], [], ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"], [1, "Diện tích lúa", "ha", 10], [null, "Lê Thanh Hải"]];
    const [awards, figures] = detectTables(gridFromRows(rows));
    expect(awards.body.map((b) => b.kind)).toEqual(["item", "note", "blank"]);
    expect(figures.body.map((b) => b.kind)).toEqual(["item", "section"]);
  });
});

describe("tables in a sheet", () => {
  test("lines between one table's last row and the next header are the next table's title, not sections", () => {
    const rows: Row[] = [HEADER, item(1), [null, "Cộng", null, null, 1], [null, "II. CÁ NHÂN"], [], ["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"], [1, "Lò Văn Bình", "Lao động tiên tiến", "12/QĐ-UBND"]];
    const [first, second] = detectTables(gridFromRows(rows));
    expect(first.body.map((b) => [b.row, b.kind])).toEqual([
      [1, "item"],
      [2, "subtotal"],
      [3, "note"],
      [4, "blank"],
    ]);
    expect(second.titleLines).toEqual(["II. CÁ NHÂN"]);
  });

  test("a table with no data row: the next title starts under its header", () => {
    const rows: Row[] = [HEADER, [null, "Danh sách tập thể"], ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"], [1, "Diện tích lúa", "ha", 10]];
    const [first, second] = detectTables(gridFromRows(rows));
    expect(first.body.map((b) => b.kind)).toEqual(["note"]);
    expect(second.titleLines).toEqual(["Danh sách tập thể"]);
  });

  test("the title block of the first table is every text above its header", () => {
    const [t] = detectTables(gridFromRows([["UBND HUYỆN A", null, "CỘNG HÒA"], [], ["DANH SÁCH"], HEADER, item(1)]));
    expect(t.titleLines).toEqual(["UBND HUYỆN A", "CỘNG HÒA", "DANH SÁCH"]);
  });

  test("a header repeated over two rows is two header rows", () => {
    const top: Row = ["STT", "Họ và tên", "Quyết định", null, "Hình thức khen thưởng"];
    const sub: Row = [null, null, "Số", "Ngày", null];
    const rows: Row[] = [top, sub, [1, "Nguyễn Văn An", "12/QĐ-UBND", "01/02/2025", "Lao động tiên tiến"], top, sub, [2, "Lò Văn Bình", "12/QĐ-UBND", "01/02/2025", "Lao động tiên tiến"]];
    const merges = ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "A4:A5", "B4:B5", "C4:D4", "E4:E5"];
    const tables = detectTables(gridFromRows(rows, { merges }));
    expect(tables).toHaveLength(1);
    expect(tables[0].columns).toEqual({ stt: 0, name: 1, decisionNumber: 2, decisionDate: 3, award: 4 });
    expect(tables[0].body.map((b) => [b.row, b.kind])).toEqual([
      [2, "item"],
      [3, "header"],
      [4, "header"],
      [5, "item"],
    ]);
  });

  test("tables are found once per grid", () => {
    const g = gridFromRows([HEADER, item(1)]);
    expect(detectTables(g)).toBe(detectTables(g));
  });
});

describe("what kind a table is beyond its header", () => {
  test("a list attached to a decision: names and workplaces, the award in the title", () => {
    const header: Row = ["STT", "Họ và tên", "Chức vụ"];
    const kind = (title: string, h = header) => detectTables(gridFromRows([[title], h, [1, "Nguyễn Văn An", "Chuyên viên"]]))[0].kind;
    expect(kind("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN")).toBe("awards");
    expect(kind("(Kèm theo Quyết định số 415/QĐ-UBND ngày 20/8/2025)")).toBe("awards");
    expect(kind("DANH SÁCH CÁN BỘ")).toBe("other");
    expect(kind("DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN", ["STT", "Họ và tên", "Ghi chú"])).toBe("other");
    expect(kind("DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN", ["STT", "Họ và tên", "Trường"])).toBe("awards");
    expect(kind("DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN", ["STT", "Họ và tên", "Đơn vị"])).toBe("awards");
    expect(kind("DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN", ["STT", "Họ đệm", "Tên", "Chức vụ, đơn vị công tác"])).toBe("awards");
  });

  test("look-up lists side by side (two STT columns and a blank one between) are look-up entries, never data", () => {
    const rows: Row[] = [
      ["STT", "Mã số", "Hình thức khen thưởng", null, "STT", "Mã số", "Danh hiệu thi đua"],
      [1, "HT01", "Giấy khen", null, 1, "DH01", "Lao động tiên tiến"],
    ];
    const [t] = detectTables(gridFromRows(rows));
    expect(t.kind).toBe("other");
    expect(t.body.map((b) => b.kind)).toEqual(["lookup"]);
    // side by side without the blank column: one table of unknown kind, its rows items
    const joined = detectTables(gridFromRows(rows.map((r) => r.filter((_, c) => c !== 3))))[0];
    expect(joined.body.map((b) => b.kind)).toEqual(["item"]);
    // one STT column and a blank one: no look-up
    const one = detectTables(gridFromRows([["STT", "Mã số", "Hình thức khen thưởng", null, "Danh hiệu thi đua"], [1, "HT01", "Giấy khen", null, "x"]]))[0];
    expect(one.body.map((b) => b.kind)).toEqual(["item"]);
  });

  test("a look-up list's columns are not read from their contents", () => {
    const rows: Row[] = [
      ["STT", "Mã số", "Hình thức khen thưởng", null, "STT", "Mã số", "Danh hiệu thi đua", null],
      [1, "HT01", "Giấy khen", null, 1, "DH01", "Lao động tiên tiến", "Nguyễn Văn An"],
      [2, "HT02", "Bằng khen", null, 2, "DH02", "Chiến sĩ thi đua cơ sở", "Lò Văn Bình"],
    ];
    expect(detectTables(gridFromRows(rows))[0]).not.toHaveProperty("inferred");
  });

  test.each([
    ["a sheet named as instructions", "Hướng dẫn nhập", "DANH SÁCH KHEN THƯỞNG", "example"],
    ["a title that opens with one", "Sheet1", "HƯỚNG DẪN NHẬP DANH SÁCH", "example"],
    ["a title 'VD'", "Sheet1", "VD", "example"],
    ["a title citing a guidance document", "Sheet1", "Theo Hướng dẫn số 12/HD-SNV", "item"],
    ["a sheet whose name only starts like one", "Sheet1", "Vdx", "item"],
  ])("%s (sheet %s, title %s): its rows are %s", (_what, sheet, title, kind) => {
    expect(kinds([[title], HEADER, item(1)], { sheet })).toEqual([[2, kind]]);
  });
});

describe("columns read from their contents", () => {
  const names = ["Nguyễn Văn An", "Lò Văn Bình", "Cà Văn Chung"];

  test("a blank header cell over decision numbers, just right of the header, is the decision number", () => {
    const rows: Row[] = [["STT", "Họ và tên", "Hình thức khen thưởng"], ...names.map((n, i) => [i + 1, n, "Lao động tiên tiến", `${i + 10}/QĐ-UBND`])];
    const [t] = detectTables(gridFromRows(rows));
    expect(t.inferred).toEqual([{ col: 3, role: "decisionNumber", headerText: "" }]);
    expect(t.columns.decisionNumber).toBe(3);
    expect(t.lastCol).toBe(3);
    expect(t.kind).toBe("awards");
  });

  test("two columns right of the header is too far", () => {
    const rows: Row[] = [["STT", "Họ và tên", "Hình thức khen thưởng"], ...names.map((n, i) => [i + 1, n, "Lao động tiên tiến", null, `${i + 10}/QĐ-UBND`])];
    const [t] = detectTables(gridFromRows(rows));
    expect(t).not.toHaveProperty("inferred");
    expect(t.lastCol).toBe(2);
  });

  test("an unknown header text is kept; a header the engine knows and does not use is never read as another role", () => {
    const rows = (h: string): Row[] => [["STT", "Họ và tên", h, "Số QĐ"], ...names.map((n, i) => [i + 1, n, "Lao động tiên tiến", `${i + 10}/QĐ-UBND`])];
    expect(detectTables(gridFromRows(rows("Cột 3")))[0].inferred).toEqual([{ col: 2, role: "award", headerText: "Cột 3" }]);
    expect(detectTables(gridFromRows(rows("Thành tích")))[0]).not.toHaveProperty("inferred");
  });

  test("only the first 60 rows under the header are sampled", () => {
    const body = (filled: number[]): Row[] =>
      Array.from({ length: 62 }, (_, i) => [i + 1, names[i % 3], "Lao động tiên tiến", filled.includes(i + 1) ? `${i + 10}/QĐ-UBND` : null]);
    const header: Row = ["STT", "Họ và tên", "Hình thức khen thưởng", "Cột 4"];
    // rows 59 and 60 are within the first 60: their decision numbers tell
    expect(detectTables(gridFromRows([header, ...body([59, 60])]))[0].inferred).toEqual([{ col: 3, role: "decisionNumber", headerText: "Cột 4" }]);
    // rows 60 and 61: one of them only is sampled, and one cell says nothing
    expect(detectTables(gridFromRows([header, ...body([60, 61])]))[0]).not.toHaveProperty("inferred");
  });

  test("the next table's rows are not sampled", () => {
    const rows: Row[] = [
      ["STT", "Họ và tên", "Hình thức khen thưởng", null],
      [1, "Nguyễn Văn An", "Lao động tiên tiến", null],
      ["STT", "Họ và tên", "Số QĐ", "Ghi chú"],
      [1, "Lò Văn Bình", "10/QĐ-UBND", "a"],
      [2, "Cà Văn Chung", "11/QĐ-UBND", "b"],
    ];
    const [first] = detectTables(gridFromRows(rows));
    expect(first).not.toHaveProperty("inferred");
  });
});

describe("figures by year and across", () => {
  test("units across make a figures table; a header of units without 'Chỉ tiêu' is no cross-tab", () => {
    const [t] = detectTables(gridFromRows([["STT", "Chỉ tiêu", "ĐVT", "Xã Tân Lập", "Xã Hồng Phong"], [1, "Diện tích lúa", "ha", 100, 80]]));
    expect(t.kind).toBe("figures");
    expect(t.crossTab?.columns.map((c) => c.col)).toEqual([3, 4]);
    expect(t).not.toHaveProperty("inferred");
  });

  test("periods across with the title's year chosen: the actual, a figures table", () => {
    const [t] = detectTables(gridFromRows([["BÁO CÁO NĂM 2024"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"], [1, "Diện tích lúa", "ha", 100, 80]]));
    expect(t.kind).toBe("figures");
    expect(t.crossTab).toMatchObject({ axis: "periods", chosen: 4 });
    expect(t.columns.actual).toBe(4);
  });

  test("a plan column picked by the title's year; the actual column alone stands", () => {
    const [t] = detectTables(gridFromRows([["BÁO CÁO NĂM 2024"], ["STT", "Chỉ tiêu", "Kế hoạch năm 2023", "Kế hoạch năm 2024", "Thực hiện"], [1, "Diện tích lúa", 100, 90, 80]]));
    expect(t.kind).toBe("figures");
    expect(t.columns).toMatchObject({ plan: 3, actual: 4 });
    expect(t).not.toHaveProperty("crossTab");
  });
});

describe("figures drawn the other way round", () => {
  test("each line under the label column: the record line an item, other known lines values, an unknown line an item; the rest as any table's tail", () => {
    const rows: Row[] = [
      ["Chỉ tiêu", "Diện tích lúa", "Sản lượng"],
      ["Kế hoạch", 100, 500],
      ["Thực hiện cùng kỳ", 90, 450],
      ["Thực hiện", 99, 510],
      [],
      ["Ghi chú: số liệu ước"],
      [null, "NGƯỜI LẬP BIỂU"],
    ];
    const [t] = detectTables(gridFromRows(rows));
    expect(t).toMatchObject({ kind: "figures", headerTop: 0, headerBottom: 0, firstCol: 0, lastCol: 2, columns: { indicator: 0 }, headerTexts: { 0: "Chỉ tiêu", 1: "Diện tích lúa", 2: "Sản lượng" } });
    expect(t.body.map((b) => [b.row, b.kind])).toEqual([
      [1, "values"],
      [2, "item"],
      [3, "item"],
      [4, "blank"],
      [5, "note"],
      [6, "signature"],
    ]);
  });

  test("the plan line holds the records when there is no actual line; the title is every text above", () => {
    const [t] = detectTables(gridFromRows([["UBND XÃ A"], ["Chỉ tiêu", "Diện tích lúa", "Sản lượng"], ["Đơn vị tính", "ha", "tấn"], ["Kế hoạch", 100, 500]]));
    expect(t.titleLines).toEqual(["UBND XÃ A"]);
    expect(t.body.map((b) => [b.row, b.kind])).toEqual([
      [2, "values"],
      [3, "item"],
    ]);
  });
});
