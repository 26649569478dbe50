/**
 * The row account (core/records/rowAccount.ts) and where it is shown: each reason on its own
 * rows, the warnings it makes, the CLI JSON, the report's Kiểm tra sheet.
 */
import { resolve } from "node:path";
import { analyze } from "../../../src/core/engine";
import { buildReport } from "../../../src/core/report-build";
import { gridFromRows } from "../../../src/core/grid";
import { rowRuns } from "../../../src/core/records/rowAccount";
import { run } from "../../../src/cli/main";

const HEADER = ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Số, ngày quyết định"];
const analyse = (rows: (string | number | null)[][], sheet = "DS") => analyze([{ file: "don-vi.xlsx", grids: [gridFromRows(rows, { file: "don-vi.xlsx", sheet })] }], {});

describe("one sheet's account", () => {
  test("title, header, numbering, section, records, total, note and signature each counted under their reason", () => {
    const a = analyse([
      ["UBND XÃ NÀ TẤU"],
      ["DANH SÁCH KHEN THƯỞNG NĂM 2023"],
      HEADER,
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      ["A", "TẬP THỂ"],
      [1, "Bản Nà Pen", null, "Giấy khen của Chủ tịch UBND huyện", "12/QĐ-UBND ngày 01/12/2023"],
      ["B", "CÁ NHÂN"],
      [1, "Lò Văn Ánh", "Trưởng bản", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"],
      [null, "Cộng: 02"],
      [null, "Ghi chú: danh sách đã được Hội đồng thông qua"],
      [],
      [null, "NGƯỜI LẬP BIỂU", null, "TM. ỦY BAN NHÂN DÂN"],
    ]);
    expect(a.ledger[0].rowAccounts).toEqual([
      { sheet: "DS", rowsWithData: 11, records: 2, structural: { title: 2, header: 1, numbering: 1, section: 2, subtotal: 1, note: 1, signature: 1 }, notRead: {} },
    ]);
    expect(a.issues.filter((i) => i.rule === "rows-not-read")).toEqual([]);
  });

  test("a sheet with rows and no table is a warning with the count and the reason", () => {
    const a = analyse([["Họ và tên", "Năm sinh", "Quê quán", "Dân tộc", "Tôn giáo"], ["Lò Văn Ánh", 1980, "Nà Tấu", "Thái", "Không"], ["Cà Thị Dung", 1985, "Nà Tấu", "Thái", "Không"]], "CANHAN");
    expect(a.ledger[0].rowAccounts![0].notRead).toEqual({ "no-table": [1, 2, 3] });
    const w = a.issues.filter((i) => i.rule === "sheet-no-table");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: "warning", sheet: "CANHAN" });
    expect(w[0].message.en).toBe("Sheet 'CANHAN': 3 rows with data not read: no column recognised as the award. The sheet is not counted.");
    expect(w[0].message.vi).toContain("3 dòng có dữ liệu không được đọc: không có cột nào được nhận là hình thức khen thưởng");
  });

  test("the rows of a table of unknown kind are a warning naming them", () => {
    const a = analyse([["STT", "Họ và tên", "Chức vụ", "Ghi chú"], [1, "Lò Văn Ánh", "Trưởng bản", null], [2, "Cà Thị Dung", "Y tá", null]]);
    expect(a.ledger[0].rowAccounts![0]).toMatchObject({ records: 0, structural: { header: 1 }, notRead: { "unknown-table": [2, 3] } });
    expect(a.issues.filter((i) => i.rule === "rows-not-read").map((i) => [i.severity, i.cell])).toEqual([["warning", "A2"]]);
  });

  test("numbered rows with values after a signature line are read again as data (nothing absorbed)", () => {
    const a = analyse([
      HEADER,
      [1, "Lò Văn Ánh", "Trưởng bản", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"],
      [null, "TM. ỦY BAN NHÂN DÂN"],
      [2, "Cà Thị Dung", "Y tá", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"],
      [3, "Quàng Văn Pọm", "Công an viên", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"],
    ]);
    expect(a.ledger[0].rowAccounts![0]).toMatchObject({ rowsWithData: 5, records: 3, structural: { header: 1, signature: 1 }, notRead: {} });
    expect(a.files[0].sheets[0].awards.map((r) => r.name)).toEqual(["Lò Văn Ánh", "Cà Thị Dung", "Quàng Văn Pọm"]);
  });

  test("unnumbered data rows in the signature block are a warning naming the rows", () => {
    const a = analyse([
      HEADER,
      [1, "Lò Văn Ánh", "Trưởng bản", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"],
      [null, "TM. ỦY BAN NHÂN DÂN"],
      [null, "Cà Thị Dung", "Y tá", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"],
      [null, "Quàng Văn Pọm", "Công an viên", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"],
    ]);
    const acc = a.ledger[0].rowAccounts![0];
    expect(acc).toMatchObject({ rowsWithData: 5, records: 1, structural: { header: 1, signature: 1 }, notRead: { "in-signature": [4, 5] } });
    const w = a.issues.filter((i) => i.rule === "rows-not-read");
    expect(w.map((i) => [i.severity, i.cell, i.message.en])).toEqual([["warning", "A4", "2 rows with data not read (row like a data row in or after the signature block): rows 4–5."]]);
  });

  test("a row with data outside the table's columns is reported", () => {
    const a = analyse([HEADER, [1, "Lò Văn Ánh", "Trưởng bản", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"], [null, null, null, null, null, null, null, "ghi tay: còn 2 người"]]);
    expect(a.ledger[0].rowAccounts![0].notRead).toEqual({ "outside-columns": [3] });
  });

  test("rows as short runs", () => {
    expect(rowRuns([5, 7, 8, 9, 12])).toBe("5, 7–9, 12");
    expect(rowRuns([1, 3, 5, 7, 9, 11, 13, 15, 17, 19], 3)).toBe("1, 3, 5, …");
  });
});

describe("where the account is shown", () => {
  const DEMO = resolve(__dirname, "../../../samples/demo");
  async function cli(argv: string[]) {
    const out: string[] = [];
    const code = await run(argv, (s) => out.push(s), () => undefined);
    return { code, out: out.join("\n") };
  }

  test("check --json: each file has rowAccount per sheet, the old fields unchanged", async () => {
    const { out } = await cli(["check", DEMO, "--json"]);
    const j = JSON.parse(out);
    expect(Array.isArray(j.issues)).toBe(true);
    for (const f of j.files.filter((x: { error?: string }) => !x.error)) {
      for (const s of f.sheets) expect(Object.keys(s).sort()).toEqual(["header", "kind", "rowsRead", "rowsSkipped", "sheet"]);
      for (const a of f.rowAccount) {
        const notRead = Object.values(a.notRead as Record<string, number[]>).reduce((n, rs) => n + rs.length, 0);
        expect(a.records + a.structuralRows + a.notReadRows).toBe(a.rowsWithData);
        expect(a.notReadRows).toBe(notRead);
      }
    }
    expect(j.files.flatMap((f: { rowAccount: { records: number }[] }) => f.rowAccount).reduce((n: number, a: { records: number }) => n + a.records, 0)).toBeGreaterThan(0);
  });

  test("the report's row account table (its own sheet, Sổ dòng), one row per sheet with data", () => {
    const a = analyse([HEADER, [1, "Lò Văn Ánh", "Trưởng bản", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023"], [null, null, null, null, null, null, null, "ghi tay"]]);
    const report = buildReport(a, { lang: "vi" });
    const table = report.sheets.flatMap((s) => s.tables).find((t) => t.id === "row-account")!;
    expect(table.rows).toEqual([["don-vi.xlsx", "DS", 3, 1, 1, 1, "dòng tiêu đề bảng: 1; dữ liệu nằm ngoài các cột của bảng: 1 (dòng 3)"]]);
  });

  test("a column no role took is listed (JSON and Sổ dòng), and the table is read all the same", async () => {
    const a = analyse([[...HEADER, "Cột phụ"], [1, "Lò Văn Ánh", "Trưởng bản", "Lao động tiên tiến", "13/QĐ-UBND ngày 02/12/2023", "x1"]]);
    expect(a.files[0].sheets[0].awards).toHaveLength(1);
    expect(a.ledger[0].rowAccounts![0].unreadColumns).toEqual([{ column: "F", header: "Cột phụ" }]);
    const table = buildReport(a, { lang: "en" }).sheets.flatMap((s) => s.tables).find((t) => t.id === "row-account")!;
    expect(table.rows[0][6]).toBe('table header: 1; Columns not used: F "Cột phụ"');
    const { out } = await cli(["check", resolve(__dirname, "../../real-files/bao-cao-cung-lao-dong.xlsx"), "--json"]);
    const sheets = JSON.parse(out).files[0].rowAccount as { sheet: string; unreadColumns?: unknown }[];
    // the form's columns are all used: no list where there is nothing to say
    expect(sheets.find((s) => s.sheet === "Mẫu BC Xã")!.unreadColumns).toBeUndefined();
  });
});

