/**
 * What records/readFile.ts itself writes into a finding or a ledger line, checked in full: the
 * words it picks from the catalogue (which column is missing, which role a column was read as),
 * the own-report warning, the ledger line of each sheet it does not read, and the conditions on
 * the edge (a title naming a decision but no award, a MATRIX table, a blank row in a table of
 * unknown kind). The mutation run of issue 16 showed these parts unchecked.
 */
import { type Cell, gridFromRows, type Grid } from "../../../src/core/grid";
import { readFile, REPORT_DATA_SHEET } from "../../../src/core/records/readFile";

type Row = (string | number | null | Cell)[];
const grid = (sheet: string, rows: Row[]): Grid => gridFromRows(rows, { sheet });
const read = (grids: Grid[], registry: { name: string }[] = []) => readFile({ file: "in/don-vi.xlsx", grids }, registry);

describe("the findings' computed parts", () => {
  test("our own report: the warning says so in both languages; every sheet's ledger line is empty", () => {
    const { parsed, ledger } = read([grid("Báo cáo", [["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "A Văn An", "Lao động tiên tiến"]]), grid(REPORT_DATA_SHEET, [["x"]])]);
    expect(parsed.findings).toHaveLength(1);
    const { vi, en } = parsed.findings[0].data as { vi: string; en: string };
    expect(vi).toMatch(/báo cáo/i);
    expect(en).toMatch(/report/i);
    expect(ledger.sheets).toEqual([
      { sheet: "Báo cáo", kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [] },
      { sheet: REPORT_DATA_SHEET, kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [] },
    ]);
  });

  test("a missing award column is named in both languages, at the header's first cell", () => {
    const { parsed } = read([grid("DS", [[null, "DANH SÁCH KHEN THƯỞNG"], [null, "STT", "Họ và tên", "Chức vụ", "Số QĐ"], [null, 1, "Nguyễn Văn An", "Chuyên viên", "1/QĐ"]])]);
    expect(parsed.sheets[0].findings).toEqual([{ rule: "header-missing", cell: "B2", data: { header: "B2:E2", missingVi: "Hình thức khen thưởng", missingEn: "award" } }]);
  });

  test("a missing actual column is named in both languages", () => {
    const { parsed } = read([grid("SL", [["STT", "Chỉ tiêu", "Kế hoạch"], [1, "Lúa", 5]])]);
    expect(parsed.sheets[0].findings).toEqual([{ rule: "header-missing", cell: "A1", data: { header: "A1:C1", missingVi: "Thực hiện", missingEn: "actual figure" } }]);
  });

  test("a title that names a decision but no award is no decision's annex: the award column is still missing", () => {
    const { parsed } = read([grid("DS", [["DANH SÁCH KÈM THEO QUYẾT ĐỊNH SỐ 415/QĐ-UBND NGÀY 20/8/2025"], ["STT", "Họ và tên", "Chức vụ"], [1, "Nguyễn Văn An", "Chuyên viên"]])]);
    expect(parsed.sheets[0].kind).toBe("awards");
    expect(parsed.sheets[0].findings.filter((f) => f.rule === "header-missing")).toEqual([{ rule: "header-missing", cell: "A2", data: { header: "A2:C2", missingVi: "Hình thức khen thưởng", missingEn: "award" } }]);
  });

  test("a MATRIX table names its awards in the header: no award column is missing", () => {
    const { parsed } = read([grid("DS", [["STT", "Họ và tên", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"], [1, "A Văn An", "x", null]])]);
    expect(parsed.sheets[0].kind).toBe("awards");
    expect(parsed.sheets[0].awards.map((r) => r.awardText)).toEqual(["Lao động tiên tiến"]);
    expect(parsed.sheets[0].findings).toEqual([]);
  });

  test("each column read from its contents is said with the role it was given, in both languages", () => {
    const rows: Row[] = [
      ["STT", "Họ và tên", "Hình thức khen thưởng", "Cột 4", null],
      [1, "Nguyễn Văn An", "Lao động tiên tiến", "10/QĐ-UBND", "20/5/2025"],
      [2, "Lò Văn Bình", "Lao động tiên tiến", "11/QĐ-UBND", "21/5/2025"],
    ];
    const { findings } = read([grid("DS", rows)]).parsed.sheets[0];
    expect(findings).toEqual([
      { rule: "header-missing", cell: "D1", data: { header: "A1:E1", column: "D", headerText: "Cột 4", inferredVi: "Số QĐ", inferredEn: "decision number" } },
      { rule: "header-missing", cell: "E1", data: { header: "A1:E1", column: "E", headerText: "", inferredVi: "Ngày QĐ", inferredEn: "decision date" } },
    ]);
  });

  test("a sheet with data and no table says why in both languages", () => {
    const { parsed } = read([grid("Ghi chép", [["Nội dung"], ["Họ và tên", "Ghi chú"]])]);
    expect(parsed.sheets[0].findings).toEqual([
      { rule: "sheet-no-table", data: { sheet: "Ghi chép", rows: 2, whyVi: "không có cột nào được nhận là hình thức khen thưởng", whyEn: "no column recognised as the award" } },
    ]);
  });

  test("a table of unknown kind skips its rows with data, not its blank rows", () => {
    const { ledger } = read([grid("Khac", [["STT", "Họ và tên", "Ghi chú"], [1, "A", "x"], [], [2, "B", "y"]])]);
    expect(ledger.sheets[0].skipped.map((s) => [s.row, s.kind])).toEqual([
      [2, "item"],
      [4, "item"],
    ]);
    expect(ledger.sheets[0].rowsSkipped).toBe(2);
  });
});

describe("the sender and the sheets that name none", () => {
  const registry = [{ name: "Xã Tân Lập" }];
  const HEADER: Row = ["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"];

  test("an instruction sheet's title names nobody, even over a table with no example row", () => {
    const { ledger } = readFile({ file: "x.xlsx", grids: [grid("Hướng dẫn", [["UBND XÃ TÂN LẬP"], HEADER])] }, registry);
    expect(ledger.sender).toBeUndefined();
  });

  test("a registry's title names nobody, in a sheet of any name", () => {
    const { ledger } = readFile({ file: "x.xlsx", grids: [grid("Don vi", [["UBND XÃ TÂN LẬP"], ["STT", "Tên đơn vị", "Loại"], [1, "Xã Hồng Phong", "Xã"]])] }, registry);
    expect(ledger.sheets[0].kind).toBe("registry");
    expect(ledger.sender).toBeUndefined();
  });

  test("an example table names nobody though some of its rows are no examples; it is not empty by design", () => {
    const { ledger, parsed } = readFile({ file: "x.xlsx", grids: [grid("Mau", [["UBND XÃ TÂN LẬP"], ["HƯỚNG DẪN NHẬP"], HEADER, ["(1)", "(2)", "(3)", "(4)"], [1, "Nguyễn Văn An", "Lao động tiên tiến", "1/QĐ"]])] }, registry);
    expect(ledger.sender).toBeUndefined();
    expect(parsed.sheets[0].findings).toEqual([]);
  });

  test("an instruction sheet holding an award table is not read, its rows are examples", () => {
    const { ledger, parsed } = read([grid("Hướng dẫn", [HEADER, [1, "Nguyễn Văn An", "Lao động tiên tiến", "1/QĐ"]])]);
    expect(ledger.sheets[0]).toMatchObject({ sheet: "Hướng dẫn", kind: "other", sheetClass: "instructions", rowsRead: 0, rowsSkipped: 2 });
    expect(parsed.sheets).toEqual([]);
  });
});

describe("look-up lists side by side in a sheet of any name", () => {
  test("resolve the codes of another sheet's table", () => {
    const { parsed } = read([
      grid("DS", [["STT", "Họ và tên", "Mã hình thức khen thưởng"], [1, "A Văn An", "HT02"]]),
      grid("Sheet2", [["STT", "Mã số", "Hình thức khen thưởng", null, "STT", "Mã số", "Danh hiệu thi đua"], [1, "HT01", "Giấy khen", null, 1, "DH01", "Lao động tiên tiến"], [2, "HT02", "Bằng khen", null, 2, "DH02", "Chiến sĩ thi đua cơ sở"]]),
    ]);
    expect(parsed.sheets[0].awards[0].awardText).toBe("Bằng khen");
  });
});

test("a numbering row of a table of unknown kind is skipped as numbering, not as a row of an unknown table", () => {
  const { ledger } = read([grid("Khac", [["STT", "Họ và tên", "Ghi chú"], [1, "A", "x"], ["(1)", "(2)", "(3)"]])]);
  expect(ledger.sheets[0].skipped[1]).toEqual({ row: 3, kind: "numbering", reason: { vi: expect.any(String), en: expect.any(String) } });
  expect(ledger.sheets[0].skipped[1].reason.en).not.toBe("table of unknown kind");
});
