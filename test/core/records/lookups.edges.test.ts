/**
 * Look-up lists and code columns at their edges (records/lookups.ts, codes.ts): what a code looks
 * like, how far a list is read, which sheet is a list by its contents, which list a column's codes
 * come from, and what each code cell reads as (with its finding and the ledger's counts).
 */
import { gridFromRows, type Grid } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";
import { codeText, isCodeListSheet, listForCodes, listsOfSheet, looksLikeCode, type LookupList } from "../../../src/core/records/lookups";
import { tableCodes } from "../../../src/core/records/codes";

const sheet = (rows: (string | number | null)[][], name = "DM"): Grid => gridFromRows(rows, { sheet: name });
const list = (sheetName: string, entries: [string, string][]): LookupList => ({ sheet: sheetName, title: "", entries: new Map(entries) });

describe("codes", () => {
  test.each([
    ["HT01", true],
    ["CANHAN", true],
    ["9", true],
    ["A.1-2_X", true],
    [" HT01 ", true],
    ["ht01", false],
    ["-HT", false],
    ["HT 01", false],
    ["", false],
    ["A".repeat(24), true],
    ["A".repeat(25), false],
  ])("%j looks like a code: %s", (text, yes) => expect(looksLikeCode(text)).toBe(yes));

  test("a code cell's text: a whole number as its digits, anything else as displayed", () => {
    const g = gridFromRows([[{ t: "n", v: 1650360184, w: "1.650.360.184" }, { t: "n", v: 1.5, w: "1,5" }, " HT01 ", null, "  "]]);
    expect([0, 1, 2, 3, 4].map((c) => codeText(g, 0, c))).toEqual(["1650360184", "1,5", "HT01", "", ""]);
  });
});

describe("lists of a look-up sheet", () => {
  test("the name column is right of the code, else left; STT and code headers are no name", () => {
    expect(listsOfSheet(sheet([["Mã", "Tên"], ["A1", "Một"]])).map((l) => [l.title, [...l.entries]])).toEqual([["Tên", [["A1", "Một"]]]]);
    expect(listsOfSheet(sheet([["Tên", "Mã", "STT"], ["Một", "A1", 1]])).map((l) => [l.title, [...l.entries]])).toEqual([["Tên", [["A1", "Một"]]]]);
    expect(listsOfSheet(sheet([["STT", "Mã", "Mã số"], [1, "A1", "B1"]]))).toEqual([]);
    expect(listsOfSheet(sheet([["Mã", 5], ["A1", "Một"]]))).toEqual([]);
  });

  test("a list is read down to its first blank code or the next list's header; a code without a name is left out", () => {
    const lists = listsOfSheet(
      sheet([
        ["Mã", "Hình thức"],
        ["A1", "Một"],
        ["A2", null],
        ["A3", "Ba"],
        ["Mã số", "Danh hiệu"],
        ["B1", "Bốn"],
        [null, "Năm"],
        ["B2", "Sáu"],
      ]),
    );
    expect(lists.map((l) => [l.sheet, l.title, [...l.entries]])).toEqual([
      [
        "DM",
        "Hình thức",
        [
          ["A1", "Một"],
          ["A3", "Ba"],
        ],
      ],
      ["DM", "Danh hiệu", [["B1", "Bốn"]]],
    ]);
  });

  test("a header with no entry under it gives no list", () => {
    expect(listsOfSheet(sheet([["Mã", "Tên"], [null, "x"]]))).toEqual([]);
  });
});

describe("a sheet that is one code list by its contents", () => {
  test("with a numbering column first, numbered 1, 2, 3 …", () => {
    const rows = (n2: number) => [["STT", "Mã", "Tên"], [1, "A1", "Một"], [n2, "A2", "Hai"]];
    expect(isCodeListSheet(sheet(rows(2)))).toBe(true);
    expect(isCodeListSheet(sheet(rows(3)))).toBe(false);
    expect(isCodeListSheet(sheet([["STT", "Mã", "Tên"], [1, "A1", "Một"], ["2", "A2", "Hai"]]))).toBe(false);
  });

  test("every row fills the same two columns; codes unique; names are text", () => {
    expect(isCodeListSheet(sheet([["Mã", "Tên"], ["A1", "Một"], ["A2", "Hai"]]))).toBe(true);
    expect(isCodeListSheet(sheet([["Mã", "Tên"], ["A1", "Một"], ["A2", "Hai", "x"]]))).toBe(false);
    expect(isCodeListSheet(sheet([["Mã", "Tên"], ["A1", "Một"], ["A1", "Hai"]]))).toBe(false);
    expect(isCodeListSheet(sheet([["Mã", "Tên"], ["A1", "Một"], ["A2", 2]]))).toBe(false);
    expect(isCodeListSheet(sheet([["Mã", "Tên"], ["A1", "Một"], ["A2", "HAI"]]))).toBe(false);
    expect(isCodeListSheet(sheet([["Mã", "Tên"], ["A1", "Một"], [null, "Hai", "A2"]]))).toBe(false);
    // without a code header, a list of letter codes still is one; number codes are not
    expect(isCodeListSheet(sheet([["Tên", "Loại"], ["Một", "A1"], ["Hai", "A2"]]))).toBe(false);
    expect(isCodeListSheet(sheet([["Một", "A1"], ["Hai", "A2"], ["Ba", "A3"]]))).toBe(true);
    expect(isCodeListSheet(sheet([["Một", 1], ["Hai", 2], ["Ba", 3]]))).toBe(false);
  });

  test("two rows or fewer: only a headerless pair", () => {
    expect(isCodeListSheet(sheet([["Một", "A1"], ["Hai", "A2"]]))).toBe(true);
    expect(isCodeListSheet(sheet([["Một", "A1"]]))).toBe(false);
    expect(isCodeListSheet(sheet([["Một", "A1"], ["Hai", "A2", "x"]]))).toBe(false);
    expect(isCodeListSheet(sheet([["Một", "A1"], [null, "Hai", "A2"]]))).toBe(false);
  });
});

describe("which list a column's codes come from", () => {
  test("the list holding the most of them, the first on a tie; none holding any: none", () => {
    const a = list("A", [["1", "x"], ["2", "y"]]);
    const b = list("B", [["2", "z"], ["3", "w"], ["4", "v"]]);
    expect(listForCodes({ lists: [a, b] }, ["3", "4", "2"])).toBe(b);
    expect(listForCodes({ lists: [a, b] }, ["2"])).toBe(a);
    expect(listForCodes({ lists: [b, a] }, ["2"])).toBe(b);
    expect(listForCodes({ lists: [a, b] }, ["1", "01", "001", "3"])).toBe(a);
    expect(listForCodes({ lists: [a, b] }, ["9"])).toBeUndefined();
  });
});

describe("code cells read through the lists", () => {
  const award = (header: string, rows: (string | number | null)[][], lists: LookupList[] = [], last = "Đơn vị") => {
    const g = gridFromRows([["STT", "Họ và tên", header, last], ...rows]);
    const table = detectTables(g)[0];
    const codes = tableCodes(g, table, { lists });
    return { codes, read: (row: number, col = 2) => codes.read(col, row, String(g.cells[row]?.[col]?.v ?? "")) };
  };
  const dm = list("DM", [["LD", "Lao động tiên tiến"], ["CS", "Chiến sĩ thi đua cơ sở"]]);

  test("a declared code column: names for its codes, an issue at the cell for a code no list has; names as written", () => {
    const { codes, read } = award("Mã hình thức khen thưởng", [[1, "A", "LD", null], [2, "B", "XX9", null], [3, "C", "Giấy khen", null], [4, "D", "", null]], [dm]);
    expect(read(1)).toEqual({ text: "Lao động tiên tiến" });
    expect(read(2)).toEqual({ text: "XX9", finding: { rule: "code-unknown", cell: "C3", data: { code: "XX9", column: "Mã hình thức khen thưởng", lookup: "DM" } } });
    expect(read(3)).toEqual({ text: "Giấy khen" });
    expect(read(4)).toEqual({ text: "" });
    expect(codes.read(undefined, 1, "LD")).toEqual({ text: "LD" });
    expect(codes.read(3, 1, "LD")).toEqual({ text: "LD" });
    expect(codes.ledger()).toEqual([{ column: "C", role: "award", lookup: "DM", list: "", resolved: 1, notFound: 1 }]);
  });

  test("a declared column whose codes no list holds: one issue at its header, its count growing; a unit code reads as nothing", () => {
    const { codes, read } = award("Mã đơn vị", [[1, "A", "BL01", "Lao động tiên tiến"], [2, "B", "BL02", "Lao động tiên tiến"], [3, "C", "BL03", "Lao động tiên tiến"]], [], "Hình thức khen thưởng");
    const first = read(1);
    expect(first).toEqual({ text: "", finding: { rule: "code-unknown", cell: "C1", data: { code: "BL01", column: "Mã đơn vị", lookup: "", count: 1 } } });
    expect(read(2)).toEqual({ text: "" });
    expect(read(3)).toEqual({ text: "" });
    expect(first.finding?.data.count).toBe(3);
    expect(codes.ledger()).toEqual([{ column: "C", role: "unit", resolved: 0, notFound: 3 }]);
  });

  test("an undeclared column is read through a list only when a list holds its codes; a code-like word no list has stays as written", () => {
    const named = award("Hình thức khen thưởng", [[1, "A", "LD", null], [2, "B", "LĐTT", null], [3, "C", "ZZ", null]], [dm]);
    expect(named.read(1)).toEqual({ text: "Lao động tiên tiến" });
    expect(named.read(3)).toEqual({ text: "ZZ" });
    expect(named.codes.ledger()).toEqual([{ column: "C", role: "award", lookup: "DM", list: "", resolved: 1, notFound: 0 }]);
    const none = award("Hình thức khen thưởng", [[1, "A", "Lao động tiên tiến", null], [2, "B", "ZZ", null]], [dm]);
    expect(none.read(2)).toEqual({ text: "ZZ" });
    expect(none.codes.ledger()).toEqual([]);
  });

  test("the built-in codes of a production system, after the workbook's lists; its issues name no sheet", () => {
    const { codes, read } = award("Mã hình thức khen thưởng", [[1, "A", 1647933042, null], [2, "B", 1234567890, null]]);
    expect(read(1)).toEqual({ text: "Lao động tiên tiến" });
    expect(read(2)).toEqual({ text: "1234567890", finding: { rule: "code-unknown", cell: "C3", data: { code: "1234567890", column: "Mã hình thức khen thưởng", lookup: "" } } });
    expect(codes.ledger()[0]).toMatchObject({ builtIn: true, resolved: 1, notFound: 1 });
    expect(codes.ledger()[0]).not.toHaveProperty("lookup");
  });

  test("a declared column never read keeps its ledger line; an undeclared one with a list but no read has none", () => {
    const { codes } = award("Mã hình thức khen thưởng", [[1, "A", "LD", null]], [dm]);
    expect(codes.ledger()).toEqual([{ column: "C", role: "award", lookup: "DM", list: "", resolved: 0, notFound: 0 }]);
    const undeclared = award("Hình thức khen thưởng", [[1, "A", "LD", null]], [dm]);
    expect(undeclared.codes.ledger()).toEqual([]);
  });

  test("a number code is looked up by its digits, not by the text the cell displays", () => {
    const { codes } = award("Mã hình thức khen thưởng", [[1, "A", 1647933042, null]]);
    expect(codes.read(2, 1, "1.647.933.042")).toEqual({ text: "Lao động tiên tiến" });
  });

  test("only the list's rows choose its list: codes in a total row do not", () => {
    const other = list("KHAC", [["X1", "x"], ["X2", "y"]]);
    const { read } = award("Hình thức khen thưởng", [[1, "A", "LD", null], [null, "Cộng", "X1", null], [null, "Tổng cộng", "X2", null]], [dm, other]);
    expect(read(1)).toEqual({ text: "Lao động tiên tiến" });
  });

  test("a declared code column holding names only keeps its ledger line", () => {
    const { codes } = award("Mã hình thức khen thưởng", [[1, "A", "Lao động tiên tiến", null]], [dm]);
    expect(codes.ledger()).toEqual([{ column: "C", role: "award", resolved: 0, notFound: 0 }]);
  });

  test("kind columns and the unit column are code columns too", () => {
    const g = gridFromRows([["STT", "Họ và tên", "Phân loại khen thưởng", "Đơn vị", "Hình thức khen thưởng"], [1, "A", "CANHAN", "D1", "Lao động tiên tiến"]]);
    const codes = tableCodes(g, detectTables(g)[0], { lists: [list("DV", [["D1", "Xã A"]])] });
    expect(codes.read(2, 1, "CANHAN")).toEqual({ text: "Cá nhân" });
    expect(codes.read(3, 1, "D1")).toEqual({ text: "Xã A" });
    expect(codes.ledger().map((l) => [l.column, l.role, l.lookup, l.builtIn])).toEqual([
      ["D", "unit", "DV", undefined],
      ["C", "recipientKind", undefined, true],
    ]);
  });
});

describe("edges the mutation run found unwatched", () => {
  test("only an all-digit code loses its leading zeros", async () => {
    const { codeKey } = await import("../../../src/core/records/lookups");
    expect(codeKey("0007")).toBe("7");
    expect(codeKey("00A1")).toBe("00A1");
    expect(codeKey("01A")).toBe("01A");
    expect(codeKey(" ht 01 ")).toBe("HT01");
  });

  test("a list read down stops at a row missing from the grid (a hole), as at a blank code", () => {
    const g = sheet([["Mã số", "Hình thức khen thưởng"], ["HT01", "Giấy khen"]]);
    g.cells[3] = [{ t: "s", v: "HT02" }, { t: "s", v: "Bằng khen" }];
    g.rowCount = 4;
    expect([...listsOfSheet(g)[0].entries]).toEqual([["HT01", "Giấy khen"]]);
  });

  test("a headerless list has no title", () => {
    expect(listsOfSheet(sheet([["CANHAN", "Cá nhân"], ["TAPTHE", "Tập thể"]]))).toEqual([{ sheet: "DM", title: "", entries: new Map([["CANHAN", "Cá nhân"], ["TAPTHE", "Tập thể"]]) }]);
  });

  test("empty cells beside a list do not make it a third column", () => {
    const g = sheet([["CANHAN", "Cá nhân"], ["TAPTHE", "Tập thể"], ["HOGD", "Hộ gia đình"]]);
    g.cells[0][2] = { t: "s", v: "  " };
    g.cells[2][2] = { t: "s", v: "" };
    expect(isCodeListSheet(g)).toBe(true);
  });

  test("a headed two-column list; a headerless list of names and numbers is figures, not codes", () => {
    expect(isCodeListSheet(sheet([["Mã số", "Hình thức khen thưởng"], ["1", "Giấy khen"], ["2", "Bằng khen"]]))).toBe(true);
    expect(isCodeListSheet(sheet([["Dân số", 1200], ["Số hộ", 300], ["Số xã", 15]]))).toBe(false);
  });

  test("an STT column first must number the rows 1, 2, 3 …", () => {
    const rows = (n: (number | string)[]) => sheet([["STT", "Mã số", "Hình thức khen thưởng"], [n[0], "HT01", "Giấy khen"], [n[1], "HT02", "Bằng khen"], [n[2], "HT03", "Cờ thi đua"]]);
    expect(isCodeListSheet(rows([1, 2, 3]))).toBe(true);
    expect(isCodeListSheet(rows([1, 3, 4]))).toBe(false);
  });
});
