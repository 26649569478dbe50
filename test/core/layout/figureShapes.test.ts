/**
 * Headers one to three rows deep and figures in the shapes units draw them: group cells over
 * sub-columns, period sub-columns under "Thực hiện", transposed figures, a "Số lượng" form, and
 * the columns no role took listed in the row account.
 */
import { gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";
import { accountSheet } from "../../../src/core/records/rowAccount";
import { readFigures } from "../../../src/core/records/figures";

const ctx = { file: "x.xlsx", sheet: "S", sender: "UBND xã Tân Lập" };

describe("headers over three rows", () => {
  const rows = [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Kết quả", null, null, "Mã chỉ tiêu"],
    [null, null, null, null, "Thực hiện", null, "So sánh %", null],
    [null, null, null, null, "6 tháng", "Cả năm", null, null],
    [1, "Diện tích lúa", "ha", 100, 48, 99, 99, "CT01"],
    [2, "Sản lượng", "tấn", 500, 260, 510, 102, "CT02"],
  ];
  // "Kết quả" over E:G; "Thực hiện" over E:F; STT, Chỉ tiêu, ĐVT, KH, mã merged down all three rows
  const merges = ["A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:G3", "E4:F4", "G4:G5", "H3:H5"];

  test("the header is three rows; the year's figure is the actual, the half-year's is listed as not used", () => {
    const grid = gridFromRows(rows, { merges });
    const [t] = detectTables(grid);
    expect(t).toMatchObject({ kind: "figures", headerTop: 2, headerBottom: 4 });
    // "Cả năm" (F) is compared with the year's plan; "6 tháng" (E) takes no role
    expect(t.columns).toMatchObject({ stt: 0, indicator: 1, measure: 2, plan: 3, actual: 5, percent: 6 });
    const read = readFigures(grid, t, ctx);
    expect(read.records.map((r) => [r.indicator, r.plan, r.actual, r.percent])).toEqual([
      ["Diện tích lúa", 100, 99, 99],
      ["Sản lượng", 500, 510, 102],
    ]);
    const recordRows = new Set(read.records.map((r) => r.ref.row - 1));
    const account = accountSheet(grid, [{ table: t, recordRows }]);
    expect(account).toMatchObject({ rowsWithData: 6, records: 2, structural: { title: 1, header: 3 }, notRead: {} });
    // the columns no role took are named, by letter and header text
    expect(account.unreadColumns).toEqual([
      { column: "E", header: "Kết quả / Thực hiện / 6 tháng" },
      { column: "H", header: "Mã chỉ tiêu" },
    ]);
  });

  test("the same header without merges (a CSV) is not taken three rows deep on a guess", () => {
    const grid = gridFromRows(rows);
    const [t] = detectTables(grid);
    expect(t.headerBottom).toBe(2);
  });

  test("a data row under a one-row header is never taken for a header row", () => {
    const grid = gridFromRows([
      ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Số, ngày QĐ"],
      [null, "Nguyễn Văn An", "Chuyên viên", "Lao động tiên tiến", "12/QĐ-UBND ngày 01/12/2024"],
    ]);
    const [t] = detectTables(grid);
    expect(t.headerBottom).toBe(0);
    expect(t.body.map((b) => b.kind)).toEqual(["item"]);
  });
});

describe("figures transposed: indicators across, figure lines down", () => {
  const rows = [
    ["UBND XÃ TÂN LẬP"],
    ["CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024"],
    ["Chỉ tiêu", "Diện tích lúa", "Sản lượng", "- Thóc"],
    ["Đơn vị tính", "ha", "tấn", "tấn"],
    ["Kế hoạch năm 2024", 100, 500, 400],
    ["Thực hiện năm 2024", 99, 510, 405],
    ["Tỷ lệ %", 99, 102, 101.3],
    [],
    [null, "NGƯỜI LẬP BIỂU", null, "TM. ỦY BAN NHÂN DÂN"],
  ];

  test("one record per indicator column; the measure is the indicator's, never the sender", () => {
    const grid = gridFromRows(rows);
    const [t] = detectTables(grid);
    expect(t.kind).toBe("figures");
    expect(t.transposed).toMatchObject({ labelCol: 0, indicatorRow: 2, lines: { measure: 3, plan: 4, actual: 5, percent: 6 }, itemCols: [1, 2, 3] });
    const read = readFigures(grid, t, ctx);
    expect(read.records.map((r) => [r.indicator, r.measure, r.plan, r.actual, r.percent, r.ref.cell])).toEqual([
      ["Diện tích lúa", "ha", 100, 99, 99, "B6"],
      ["Sản lượng", "tấn", 500, 510, 102, "C6"],
      ["Thóc", "tấn", 400, 405, 101.3, "D6"],
    ]);
    // "- Thóc" is a part of the indicator before it
    expect(read.records[2].parent).toBe(1);
    expect(read.records[2].sender).toBe("UBND xã Tân Lập");
    const account = accountSheet(grid, [{ table: t, recordRows: new Set(read.records.map((r) => r.ref.row - 1)) }]);
    expect(account).toMatchObject({ rowsWithData: 8, records: 1, structural: { title: 2, header: 1, values: 3, signature: 1 }, notRead: {} });
  });

  test("a row of names beside 'Chỉ tiêu' with no plan or actual line under it is not a transposed table", () => {
    const grid = gridFromRows([
      ["Chỉ tiêu", "Diện tích lúa", "Sản lượng"],
      ["Ghi chú", "x", "y"],
    ]);
    expect(detectTables(grid)).toEqual([]);
  });
});

describe("an indicator form: TT | Chỉ tiêu | Đơn vị | Số lượng | Ghi chú", () => {
  test("'Số lượng' is the value column and 'Đơn vị' the unit of measure", () => {
    const grid = gridFromRows([
      ["TT", "Chỉ tiêu", "Đơn vị", "Số lượng", "Ghi chú"],
      ["A", "B", "C", "D", "E"],
      [1, "Số người có việc làm", "Người", 1520, null],
    ]);
    const [t] = detectTables(grid);
    expect(t).toMatchObject({ kind: "figures", columns: { stt: 0, indicator: 1, measure: 2, actual: 3, note: 4 } });
    expect(t.columns.unit).toBeUndefined();
    expect(t.body.map((b) => b.kind)).toEqual(["numbering", "item"]);
    expect(readFigures(grid, t, ctx).records[0]).toMatchObject({ indicator: "Số người có việc làm", measure: "Người", actual: 1520 });
  });

  test("in an award list 'Đơn vị' stays the recipient's workplace", () => {
    const grid = gridFromRows([
      ["STT", "Họ và tên", "Đơn vị", "Hình thức khen thưởng"],
      [1, "Nguyễn Văn An", "Trường Tiểu học", "Lao động tiên tiến"],
    ]);
    expect(detectTables(grid)[0].columns).toMatchObject({ name: 1, unit: 2, award: 3 });
  });
});

describe("figures as a cross-tab", () => {
  const title = [["UBND HUYỆN MẪU SƠN"], ["BÁO CÁO CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024"], []];

  test("units across: one figure per unit and indicator, the unit named by its column; the total column listed, not counted", () => {
    const grid = gridFromRows([
      ...title,
      ["STT", "Chỉ tiêu", "ĐVT", "Xã Tân Lập", "Xã Hồng Phong", "Thị trấn Mẫu Sơn", "Tổng số"],
      [1, "Diện tích lúa", "ha", 100, 80, 20, 200],
      ["-", "Lúa chiêm", "ha", 60, 50, 10, 120],
    ]);
    const [t] = detectTables(grid);
    expect(t).toMatchObject({ kind: "figures", crossTab: { axis: "units" } });
    const read = readFigures(grid, t, ctx);
    expect(read.records.map((r) => [r.sender, r.indicator, r.measure, r.actual, r.cells.actual])).toEqual([
      ["Xã Tân Lập", "Diện tích lúa", "ha", 100, "D5"],
      ["Xã Tân Lập", "Lúa chiêm", "ha", 60, "D6"],
      ["Xã Hồng Phong", "Diện tích lúa", "ha", 80, "E5"],
      ["Xã Hồng Phong", "Lúa chiêm", "ha", 50, "E6"],
      ["Thị trấn Mẫu Sơn", "Diện tích lúa", "ha", 20, "F5"],
      ["Thị trấn Mẫu Sơn", "Lúa chiêm", "ha", 10, "F6"],
    ]);
    // each unit's part points at its own parent
    expect(read.records[3].parent).toBe(2);
    const account = accountSheet(grid, [{ table: t, recordRows: new Set(read.records.map((r) => r.ref.row - 1)) }]);
    expect(account).toMatchObject({ records: 2, notRead: {}, unreadColumns: [{ column: "G", header: "Tổng số" }] });
  });

  test("periods across: the column of the year the title states is the actual, the others are listed", () => {
    const grid = gridFromRows([
      ...title,
      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "Năm 2024"],
      [1, "Diện tích lúa", "ha", 180, 190, 200],
    ]);
    const [t] = detectTables(grid);
    expect(t).toMatchObject({ kind: "figures", columns: { indicator: 1, actual: 5 } });
    expect(readFigures(grid, t, ctx).records[0]).toMatchObject({ indicator: "Diện tích lúa", actual: 200, plan: null });
    const account = accountSheet(grid, [{ table: t, recordRows: new Set([5]) }]);
    expect(account.unreadColumns).toEqual([
      { column: "D", header: "Năm 2022" },
      { column: "E", header: "Năm 2023" },
    ]);
  });

  test("periods across with no column of the title's year: not counted on a guess, every row reported", () => {
    const grid = gridFromRows([
      ["BÁO CÁO CHỈ TIÊU KINH TẾ - XÃ HỘI"],
      ["STT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III"],
      [1, "Diện tích lúa", "ha", 50, 60, 70],
      [2, "Sản lượng", "tấn", 250, 300, 350],
    ]);
    const [t] = detectTables(grid);
    expect(t).toMatchObject({ kind: "other", crossTab: { axis: "periods" } });
    const account = accountSheet(grid, [{ table: t, recordRows: new Set() }]);
    expect(account.notRead).toEqual({ "cross-tab-unclear": [3, 4] });
  });
});

describe("one figure in several years' columns", () => {
  const header = ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2023", "Kế hoạch năm 2024", "Thực hiện năm 2024"];
  const row = [1, "Diện tích lúa", "ha", 190, 210, 200];

  test("the title's year is read, last year's column is listed as not used", () => {
    const grid = gridFromRows([["BÁO CÁO CHỈ TIÊU NĂM 2024"], header, row]);
    const [t] = detectTables(grid);
    expect(t).toMatchObject({ kind: "figures", columns: { plan: 4, actual: 5 } });
    expect(readFigures(grid, t, ctx).records[0]).toMatchObject({ plan: 210, actual: 200 });
  });

  test("with no year in the title: unclear, every row reported, nothing counted", () => {
    const grid = gridFromRows([["BÁO CÁO CHỈ TIÊU KINH TẾ - XÃ HỘI"], header, row]);
    const [t] = detectTables(grid);
    expect(t.kind).toBe("other");
    expect(accountSheet(grid, [{ table: t, recordRows: new Set() }]).notRead).toEqual({ "cross-tab-unclear": [3] });
  });
});
