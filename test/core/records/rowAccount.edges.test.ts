/**
 * The row account (records/rowAccount.ts) without the CLI: each reason a row can be given, the
 * edges of the counts that decide between two reasons, the columns no role took, the short list
 * of rows, why a sheet gave no table, and the warning each reason not read becomes.
 */
import { type Cell, gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";
import { accountSheet, holdsData, notReadFindings, reasonText, rowRuns, rowsWithData, unreadColumns, whyNoTable } from "../../../src/core/records/rowAccount";

type Row = (string | number | null | Cell)[];
const HEADER: Row = ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Số QĐ"];
const item = (n: number, name = "Nguyễn Văn An"): Row => [n, name, "Chuyên viên", "Lao động tiên tiến", "12/QĐ-UBND"];

/** the account of a sheet whose item rows all became records (or those listed) */
function account(rows: Row[], opts: { records?: number[]; registry?: boolean; merges?: string[] } = {}) {
  const g = gridFromRows(rows, { merges: opts.merges });
  const tables = detectTables(g);
  const outcomes = tables.map((table) => ({
    table,
    recordRows: new Set(opts.records ?? table.body.filter((b) => b.kind === "item").map((b) => b.row)),
    ...(opts.registry ? { registry: true } : {}),
  }));
  return accountSheet(g, outcomes);
}

describe("which cells hold data", () => {
  test("an error a formula gives is nothing typed; a typed error or any value is", () => {
    expect(holdsData(undefined)).toBe(false);
    expect(holdsData({ t: "s", v: "  " })).toBe(false);
    expect(holdsData({ t: "e", v: "#N/A", f: "VLOOKUP(A1,B:C,2,0)" })).toBe(false);
    expect(holdsData({ t: "e", v: "#N/A" })).toBe(true);
    expect(holdsData({ t: "n", v: 0 })).toBe(true);
    expect(rowsWithData(gridFromRows([["a"], [], [null, { t: "e", v: "#N/A", f: "X()" }], [null, 0]]))).toEqual([0, 3]);
  });
});

describe("one sheet's account", () => {
  test("a forced reason puts every row with data under it, read", () => {
    const g = gridFromRows([["a"], [], ["b", "c"]]);
    expect(accountSheet(g, [], "own-report")).toEqual({ sheet: "Sheet1", rowsWithData: 2, records: 0, structural: { "own-report": 2 }, notRead: {} });
  });

  test("no table: every row with data is not read, by 1-based row", () => {
    expect(accountSheet(gridFromRows([[], ["a"], ["b"]]), [])).toEqual({ sheet: "Sheet1", rowsWithData: 2, records: 0, structural: {}, notRead: { "no-table": [2, 3] } });
  });

  test("a line of two cells above the header is the title; of three or more it is data whose header was not recognised", () => {
    const a = account([["UBND HUYỆN A", "CỘNG HÒA"], ["x", "y", "z"], HEADER, item(1)]);
    expect(a).toEqual({ sheet: "Sheet1", rowsWithData: 4, records: 1, structural: { title: 1, header: 1 }, notRead: { "above-header": [2] } });
  });

  test("each body kind under its reason; items not read by the table's kind", () => {
    const rows: Row[] = [HEADER, ["(1)", "(2)", "(3)", "(4)", "(5)"], ["I", "KHỐI ĐẢNG"], item(1), item(2), [null, "Ghi chú: tạm tính"], [null, "Cộng", null, null, 2], [null, "NGƯỜI LẬP BIỂU"], [null, "Lò Văn Bình"]];
    expect(account(rows, { records: [3] })).toEqual({
      sheet: "Sheet1",
      rowsWithData: 9,
      records: 1,
      structural: { header: 1, numbering: 1, section: 1, note: 1, subtotal: 1, signature: 2 },
      notRead: { "item-not-read": [5] },
    });
    // a registry's rows are its units
    expect(account([["STT", "Tên đơn vị", "Loại"], [1, "Xã A", "Xã"]], { registry: true, records: [] }).structural).toEqual({ header: 1, registry: 1 });
    // a table of unknown kind
    expect(account([["STT", "Họ và tên", "Ghi chú"], [1, "Nguyễn Văn An", "x"]], { records: [] }).notRead).toEqual({ "unknown-table": [2] });
  });

  test("a blank row inside the table with data outside its columns; after the signature it is the signature's", () => {
    const rows: Row[] = [HEADER, item(1), [null, null, null, null, null, null, null, "ngoài"], item(2), [null, "NGƯỜI LẬP BIỂU"], [null, null, null, null, null, null, null, "Lò Văn Bình"]];
    expect(account(rows)).toMatchObject({ records: 2, structural: { header: 1, signature: 2 }, notRead: { "outside-columns": [3] } });
  });

  test("a row filling four of the table's columns in the signature block is data the layout missed, and so is every row after it", () => {
    const four: Row = [null, "Lò Văn Bình", "Giám đốc", "CHỦ TỊCH", "x"];
    const three: Row = [null, "Lò Văn Bình", "Giám đốc", "CHỦ TỊCH"];
    const tail: Row[] = [[null, "KT. GIÁM ĐỐC"], [], [null, "Cà Văn Chung"]];
    expect(account([HEADER, item(1), [null, "NGƯỜI LẬP BIỂU"], four, ...tail])).toMatchObject({ records: 1, structural: { header: 1, signature: 1 }, notRead: { "in-signature": [4, 5, 7] } });
    expect(account([HEADER, item(1), [null, "NGƯỜI LẬP BIỂU"], three, ...tail])).toMatchObject({ records: 1, structural: { header: 1, signature: 4 }, notRead: {} });
  });

  test("the cells counted are the table's own columns: a fourth cell outside them does not count", () => {
    const rows: Row[] = [HEADER, item(1), [null, "NGƯỜI LẬP BIỂU"], [null, "Lò Văn Bình", "Giám đốc", "CHỦ TỊCH", null, "x"]];
    expect(account(rows).notRead).toEqual({});
  });

  test("two tables: the second's title block starts after the first one's last body row", () => {
    const rows: Row[] = [HEADER, item(1), [], ["DANH SÁCH 2"], ["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"], [1, "Lò Văn Bình", "Lao động tiên tiến", "1/QĐ"]];
    expect(account(rows)).toEqual({ sheet: "Sheet1", rowsWithData: 5, records: 2, structural: { header: 2, note: 1 }, notRead: {} });
  });

  test("a row below every table's body is outside the columns", () => {
    const g = gridFromRows([HEADER, item(1), item(2), item(3)]);
    const [t] = detectTables(g);
    const cut = { ...t, body: t.body.slice(0, 1) };
    expect(accountSheet(g, [{ table: cut, recordRows: new Set([1]) }]).notRead).toEqual({ "outside-columns": [3, 4] });
  });

  test("the columns no role took are listed; none, no list", () => {
    expect(account([[...HEADER, "Giới tính"], [...item(1), "Nam"]]).unreadColumns).toEqual([{ column: "F", header: "Giới tính" }]);
    expect(account([HEADER, item(1)])).not.toHaveProperty("unreadColumns");
    // a registry's columns are not listed
    expect(account([["STT", "Tên đơn vị", "Loại", "Ghi chú 1", "Mã số"], [1, "Xã A", "Xã", null, "X1"]], { registry: true })).not.toHaveProperty("unreadColumns");
  });
});

describe("columns no role took", () => {
  test("sorted by column, trimmed, blank headers left out; second award columns and MATRIX columns are used", () => {
    const base = detectTables(gridFromRows([HEADER, item(1)]))[0];
    const table = {
      ...base,
      headerTexts: { 0: "STT", 1: "Họ và tên", 2: "Chức vụ", 3: "Hình thức khen thưởng", 4: "Số QĐ", 12: " Mã số ", 9: "Giới tính", 10: "  ", 11: "Danh hiệu", 7: "LĐTT" },
      awardColumns: [3, 11],
      matrix: [{ col: 7, awardText: "Lao động tiên tiến" }],
    };
    expect(unreadColumns(table)).toEqual([
      { column: "J", header: "Giới tính" },
      { column: "M", header: "Mã số" },
    ]);
  });

  test("a cross-tab's unit columns are read; its period columns are not; a transposed table lists none", () => {
    const units = detectTables(gridFromRows([["STT", "Chỉ tiêu", "ĐVT", "Xã A", "Xã B", "Tổng số"], [1, "Lúa", "ha", 1, 2, 3]]))[0];
    expect(unreadColumns(units)).toEqual([{ column: "F", header: "Tổng số" }]);
    const periods = detectTables(gridFromRows([["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"], [1, "Lúa", "ha", 1, 2]]))[0];
    expect(unreadColumns(periods)).toEqual([
      { column: "D", header: "Năm 2023" },
      { column: "E", header: "Năm 2024" },
    ]);
    const transposed = detectTables(gridFromRows([["Chỉ tiêu", "Lúa", "Ngô"], ["Thực hiện", 1, 2], ["Ghi chú", "x", "y"]]))[0];
    expect(transposed.transposed).toBeDefined();
    expect(unreadColumns({ ...transposed, headerTexts: { ...transposed.headerTexts, 5: "Khác" } })).toEqual([]);
  });
});

describe("rows as short runs", () => {
  test.each([
    [[], 8, ""],
    [[5], 8, "5"],
    [[12, 5, 8, 7, 9], 8, "5, 7–9, 12"],
    [[1, 2], 8, "1–2"],
    [[1, 3, 5], 3, "1, 3, 5"],
    [[1, 3, 5, 7], 3, "1, 3, 5, …"],
  ])("%j (at most %i runs) -> %s", (rows, max, out) => expect(rowRuns(rows, max)).toBe(out));

  test("eight runs by default", () => {
    expect(rowRuns([1, 3, 5, 7, 9, 11, 13, 15])).toBe("1, 3, 5, 7, 9, 11, 13, 15");
    expect(rowRuns([1, 3, 5, 7, 9, 11, 13, 15, 17])).toBe("1, 3, 5, 7, 9, 11, 13, 15, …");
  });
});

describe("why a sheet gave no table", () => {
  test.each([
    [["STT", "Họ và tên", "Ghi chú"], "no column recognised as the award", "không có cột nào được nhận là hình thức khen thưởng"],
    [["Họ đệm", "Tên", "Ghi chú"], "no column recognised as the award", "không có cột nào được nhận là hình thức khen thưởng"],
    [["STT", "Hình thức khen thưởng", "Ghi chú"], "no column recognised as the recipient's name", "không có cột nào được nhận là họ và tên / tên tập thể"],
    [["STT", "Chỉ tiêu", "ĐVT"], "no column recognised as the actual figure", "không có cột nào được nhận là số thực hiện"],
    [["STT", "Thực hiện", "ĐVT"], "no column recognised as the indicator", "không có cột nào được nhận là chỉ tiêu"],
    [["STT", "Kế hoạch", "ĐVT"], "no column recognised as the indicator", "không có cột nào được nhận là chỉ tiêu"],
    [["Nội dung báo cáo"], "no column header row recognised (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, ...)", "không nhận ra dòng tiêu đề cột (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, ...)"],
  ])("%j: %s", (header, en, vi) => expect(whyNoTable(gridFromRows([header]))).toEqual({ vi, en }));

  test("a figures header with its actual or plan, or an award list with both, names nothing missing", () => {
    const none = "no column header row recognised (STT, Họ và tên, Hình thức khen thưởng, Chỉ tiêu, ...)";
    expect(whyNoTable(gridFromRows([["Chỉ tiêu", "Thực hiện"]])).en).toBe(none);
    expect(whyNoTable(gridFromRows([["Chỉ tiêu", "Kế hoạch"]])).en).toBe(none);
    expect(whyNoTable(gridFromRows([["Họ và tên", "Hình thức khen thưởng"]])).en).toBe(none);
  });

  test("the row naming the most roles is read, among the first 60, text cells only", () => {
    const filler = (n: number): Row[] => Array.from({ length: n }, () => ["x"]);
    expect(whyNoTable(gridFromRows([["Hình thức khen thưởng"], ["STT", "Họ và tên"]])).en).toBe("no column recognised as the award");
    expect(whyNoTable(gridFromRows([["STT", "Họ và tên"], ["Hình thức khen thưởng"]])).en).toBe("no column recognised as the award");
    expect(whyNoTable(gridFromRows([...filler(59), ["STT", "Họ và tên"]])).en).toBe("no column recognised as the award");
    expect(whyNoTable(gridFromRows([...filler(60), ["STT", "Họ và tên"]])).en).toMatch(/^no column header row/);
    expect(whyNoTable(gridFromRows([[{ t: "n", v: 1, w: "Họ và tên" }, "Ghi chú"]])).en).toMatch(/^no column header row/);
  });
});

describe("the warnings of rows not read", () => {
  test("one per reason, at the first row in the table's first column, with the count, the rows and the reason in both languages", () => {
    const findings = notReadFindings({ sheet: "S", rowsWithData: 9, records: 0, structural: {}, notRead: { "item-not-read": [9, 7, 8], "above-header": [2], "no-table": [3], "outside-columns": [] } }, 2);
    expect(findings).toEqual([
      { rule: "rows-not-read", cell: "C7", data: { count: 3, rows: "7–9", reasonVi: "dòng không đọc được thành bản ghi", reasonEn: "row not read into a record" } },
      { rule: "rows-not-read", cell: "C2", data: { count: 1, rows: "2", reasonVi: "dòng có nhiều ô dữ liệu nằm trên dòng tiêu đề bảng", reasonEn: "row with several filled cells above the table's header" } },
    ]);
    expect(notReadFindings({ sheet: "S", rowsWithData: 1, records: 0, structural: {}, notRead: { "in-signature": [4] } })[0].cell).toBe("A4");
  });

  test("a reason's name: structural, not read, or the code itself", () => {
    expect(reasonText("signature")).toEqual({ vi: "khối chữ ký", en: "signature block" });
    expect(reasonText("in-signature")).toEqual({ vi: "dòng giống dòng dữ liệu nằm trong hoặc sau khối chữ ký", en: "row like a data row in or after the signature block" });
    expect(reasonText("later-kind")).toEqual({ vi: "later-kind", en: "later-kind" });
  });
});

describe("edges the mutation run found unwatched", () => {
  test("a formula with a value is data; only a formula's error is nothing typed", () => {
    expect(holdsData({ t: "n", v: 5, f: "SUM(A1:A2)" })).toBe(true);
    expect(holdsData({ t: "s", v: "Xã A", f: "VLOOKUP(A1,B:C,2,0)" })).toBe(true);
    expect(rowsWithData(gridFromRows([[{ t: "n", v: 0, f: "B1*2" }], [{ t: "e", v: "#REF!", f: "B1" }]]))).toEqual([0]);
  });

  test("in a table that starts in column B, a cell in column A is not one of its four", () => {
    const shift = (rows: Row[]): Row[] => rows.map((r) => [null, ...r]);
    const three: Row = ["ngoài", null, "Lò Văn Bình", "Giám đốc", "CHỦ TỊCH"];
    const rows: Row[] = [...shift([HEADER, item(1), [null, "NGƯỜI LẬP BIỂU"]]), three];
    expect(account(rows).notRead).toEqual({});
  });

  test("a registry's section and total rows keep their own reasons", () => {
    const rows: Row[] = [["STT", "Tên đơn vị", "Loại"], ["I", "KHỐI XÃ"], [1, "Xã A", "Xã"], [null, "Cộng", 1]];
    expect(account(rows, { registry: true, records: [] }).structural).toEqual({ header: 1, section: 1, registry: 1, subtotal: 1 });
  });

  test("a row missing from the grid (a hole) holds nothing", () => {
    const cells: Cell[][] = [];
    cells[2] = [{ t: "s", v: "a" }];
    expect(rowsWithData({ file: "f", sheet: "S", rowCount: 3, colCount: 1, cells, merges: [] })).toEqual([2]);
  });

  test("the columns no role took come in column order", () => {
    const rows: Row[] = [[...HEADER, "Giới tính", "Dân tộc", "Quê quán"], [...item(1), "Nam", "Thái", "Điện Biên"]];
    expect(account(rows).unreadColumns?.map((u) => u.column)).toEqual(["F", "G", "H"]);
  });

  test("of two rows naming as many roles, the first is the one read", () => {
    expect(whyNoTable(gridFromRows([["Họ và tên"], ["Chỉ tiêu"]])).en).toBe("no column recognised as the award");
    expect(whyNoTable(gridFromRows([["Chỉ tiêu"], ["Họ và tên"]])).en).toBe("no column recognised as the actual figure");
    // a header cell padded with spaces (past the 80 characters a header may have) is still read
    expect(whyNoTable(gridFromRows([["Họ và tên" + " ".repeat(80)]])).en).toBe("no column recognised as the award");
  });
});
