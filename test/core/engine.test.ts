import { gridFromRows } from "../../src/core/grid";
import { analyze } from "../../src/core/engine";
import { errorOf } from "../../src/core/errors";
import { READ } from "../../src/core/i18n/read";

const goodList = () =>
  gridFromRows(
    [
      ["UBND HUYỆN MẪU SƠN"],
      ["UBND XÃ TÂN LẬP"],
      [],
      ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Số, ngày quyết định"],
      [1, "Nguyễn Văn An", "Công chức", "Giấy khen của Chủ tịch UBND huyện", "12/QĐ-UBND ngày 2/3/2025"],
    ],
    { file: "tan-lap.xlsx", sheet: "Danh sách" },
  );

describe("analyze", () => {
  test("an unreadable file is reported and the others go on", () => {
    const a = analyze([
      { file: "hong.xlsx", grids: [], error: errorOf(READ, "file-unreadable", "corrupt", { file: "hong.xlsx" }, { file: "hong.xlsx", detail: "damaged" }).toPlain() },
      { file: "tan-lap.xlsx", grids: [goodList()] },
    ]);
    expect(a.ledger[0].error?.message.vi).toContain("hong.xlsx");
    expect(a.issues.find((i) => i.rule === "file-unreadable")).toMatchObject({ file: "hong.xlsx", severity: "error" });
    expect(a.files[1].sheets[0].awards.map((r) => r.name)).toEqual(["Nguyễn Văn An"]);
    expect(a.ledger[1].sender).toBe("Xã Tân Lập");
  });

  test("the reader's warnings become issues naming the file", () => {
    const a = analyze([{ file: "tan-lap.xls", grids: [goodList()], warnings: [{ vi: "Tệp tan-lap.xls thực ra là .xlsx", en: "tan-lap.xls is really .xlsx" }] }]);
    expect(a.issues.find((i) => i.rule === "file-read-warning")).toMatchObject({ file: "tan-lap.xls", severity: "warning", message: { vi: "Tệp tan-lap.xls thực ra là .xlsx" } });
  });

  test("a sheet with data but no table, and a table without rows, are said, not skipped silently", () => {
    const notes = gridFromRows([["BÁO CÁO"], ["Trong 6 tháng đầu năm, đơn vị đã ..."]], { sheet: "Thuyết minh" });
    const empty = gridFromRows([["STT", "Họ và tên", "Hình thức khen thưởng", "Số, ngày QĐ"]], { sheet: "Mẫu" });
    const blank = gridFromRows([], { sheet: "Trống" });
    const a = analyze([{ file: "x.xlsx", grids: [notes, empty, blank] }]);
    expect(a.issues.filter((i) => i.rule === "sheet-no-table").map((i) => i.sheet)).toEqual(["Thuyết minh"]);
    expect(a.issues.find((i) => i.rule === "table-empty")).toMatchObject({ sheet: "Mẫu", cell: "A1", severity: "warning" });
    expect(a.ledger[0].sheets.map((s) => s.kind)).toEqual(["other", "awards", "other"]);
  });

  test("a report made by this tool is not read again as a unit's file", () => {
    const report = [goodList(), gridFromRows([["tdkt-report-data v1"]], { sheet: "_tdkt_data" })];
    const a = analyze([{ file: "bao-cao.xlsx", grids: report }]);
    expect(a.files[0].sheets.flatMap((s) => s.awards)).toEqual([]);
    expect(a.issues.find((i) => i.rule === "file-read-warning")?.message.vi).toContain("không đọc lại");
  });

  test("TCVN3 text is decoded before tables are looked for, and reported once per file", () => {
    const tcvn3 = gridFromRows(
      [
        ["STT", "Hä vµ tªn", "Chøc vô", "H×nh thøc khen th­ëng", "Sè, ngµy quyÕt ®Þnh"],
        [1, "NguyÔn V¨n An", "C«ng chøc", "GiÊy khen cña Chñ tÞch UBND huyÖn", "12/Q§-UBND ngµy 2/3/2025"],
      ],
      { file: "cu.xls" },
    );
    const a = analyze([{ file: "cu.xls", grids: [tcvn3] }]);
    expect(a.files[0].sheets[0].awards[0]).toMatchObject({ name: "Nguyễn Văn An", decisionNumber: "12/QĐ-UBND", decisionDate: "2025-03-02" });
    expect(a.issues.filter((i) => i.rule === "text-legacy-encoding")).toHaveLength(1);
  });
});
