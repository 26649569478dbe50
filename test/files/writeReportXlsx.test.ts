import ExcelJS from "exceljs";
import { writeReportXlsx, safeSheetName } from "../../src/files/writeReportXlsx";
import { printFit } from "../../src/core/report-plan";
import { readWorkbook } from "../../src/files/readWorkbook";
import { cellAt, parseA1, rangeA1, type Grid } from "../../src/core/grid";
import type { ReportModel, ReportTable } from "../../src/core/report";


function at(g: Grid, address: string) {
  const p = parseA1(address)!;
  return cellAt(g, p.row, p.col);
}

const awardsTable: ReportTable = {
  id: "awards",
  title: "1. Kết quả khen thưởng",
  header: [
    ["STT", "Hình thức khen thưởng", "Số lượng", null, "Ghi chú"],
    ["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "Ghi chú"],
  ],
  rows: [
    [1, "Giấy khen của Chủ tịch UBND huyện", 16, 466, "Năm học 2020-2021"],
    [2, "Lao động tiên tiến", 56, 1762, null],
    [null, "Cộng", 72, 2228, null],
  ],
  formats: ["#,##0", "text", "#,##0", "#,##0", "text"],
  widths: [6, 44, 12, 12, 20],
  boldRows: [2],
  note: "Số liệu tổng hợp từ 23 tệp.",
};

const figuresTable: ReportTable = {
  id: "figures",
  title: "2. Một số chỉ tiêu",
  header: [["Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Ngày"]],
  rows: [
    ["Sản lượng thủy sản nuôi trồng", 427, 187.25, 0.438, 44217],
    ['=HYPERLINK("http://x")', null, 11120.3, null, "31/06/2021"],
  ],
  formats: ["text", "#,##0", "#,##0.0", "0.0%", "dd/mm/yyyy"],
  widths: [40, 12, 12, 10, 14],
};

function model(): ReportModel {
  return {
    title: "Báo cáo tổng hợp",
    awards: [],
    figures: [],
    sentences: [],
    issues: [],
    lang: "vi",
    sheets: [
      { name: "Tổng hợp", title: ["UBND HUYỆN MẪU SƠN", "BÁO CÁO TỔNG HỢP THI ĐUA, KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2024"], tables: [awardsTable, figuresTable] },
      { name: "Kiểm tra: lỗi [06/2024] trong các tệp đơn vị gửi", title: [], tables: [figuresTable] },
      { name: "tổng hợp", title: ["Trùng tên"], tables: [] },
    ],
  };
}

describe("writeReportXlsx", () => {
  let bytes: Uint8Array;
  let grids: Grid[];
  beforeAll(async () => {
    bytes = await writeReportXlsx(model());
    const read = readWorkbook(bytes, "bao-cao.xlsx");
    expect(read.error).toBeUndefined();
    grids = read.grids;
  });

  test("sheet names are cleaned, at most 31 characters and unique", () => {
    expect(grids.map((g) => g.sheet)).toEqual(["Tổng hợp", "Kiểm tra lỗi 06-2024 trong các", "tổng hợp (2)"]);
    for (const g of grids) expect([...g.sheet].length).toBeLessThanOrEqual(31);
  });

  test("title lines merged across the table; tables with title, two-row header merges, body values", () => {
    const g = grids[0];
    expect(at(g, "A1")).toMatchObject({ t: "s", v: "UBND HUYỆN MẪU SƠN" });
    const merges = g.merges.map(rangeA1);
    expect(merges).toEqual(expect.arrayContaining(["A1:E1", "A2:E2", "A4:E4"]));
    expect(at(g, "A4")!.v).toBe("1. Kết quả khen thưởng");
    // header rows 5-6: STT, Hình thức, Ghi chú merge vertically; "Số lượng" over Tập thể / Cá nhân
    expect(merges).toEqual(expect.arrayContaining(["A5:A6", "B5:B6", "C5:D5", "E5:E6"]));
    expect(merges).not.toContain("C5:C6");
    expect([at(g, "C5")!.v, at(g, "C6")!.v, at(g, "D6")!.v]).toEqual(["Số lượng", "Tập thể", "Cá nhân"]);
    expect(at(g, "B7")).toEqual({ t: "s", v: "Giấy khen của Chủ tịch UBND huyện", z: "@" });
    expect(at(g, "D8")).toMatchObject({ t: "n", v: 1762, z: "#,##0", w: "1,762" });
    expect(at(g, "A9")).toBeUndefined();
    expect(at(g, "A10")!.v).toBe("Số liệu tổng hợp từ 23 tệp.");
    expect(merges).toContain("A10:E10");
  });

  test("per-column number formats: decimals, percent fraction, date serial; text stays text", () => {
    const g = grids[0];
    // second table starts after a blank row: title 12, header 13, rows 14-15
    expect(at(g, "A12")!.v).toBe("2. Một số chỉ tiêu");
    expect(at(g, "C14")).toMatchObject({ v: 187.25, z: "#,##0.0" });
    expect(at(g, "D14")).toMatchObject({ v: 0.438, z: "0.0%", w: "43.8%" });
    expect(at(g, "E14")).toMatchObject({ v: 44217, z: "dd/mm/yyyy", w: "21/01/2021" });
    expect(at(g, "E15")).toMatchObject({ t: "s", v: "31/06/2021" });
  });

  test("text from sources is never a formula: '=HYPERLINK(...)' comes back as text", () => {
    for (const g of grids.slice(0, 2)) {
      const c = g.cells.flat().find((x) => x && String(x.v).startsWith("=HYPERLINK"));
      expect(c).toEqual({ t: "s", v: '=HYPERLINK("http://x")', z: "@" });
      expect(g.cells.flat().some((x) => x?.f !== undefined)).toBe(false);
    }
  });

  test("styles: Times New Roman 13, bold header and total row, borders, frozen panes and header rows repeated on one-table sheets, A4 fit to width, page numbers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    for (const addr of ["A1", "C5", "B7", "C9", "A10", "E14"]) {
      expect({ addr, font: ws.getCell(addr).font?.name, size: ws.getCell(addr).font?.size }).toEqual({ addr, font: "Times New Roman", size: 13 });
    }
    expect(ws.getCell("C5").font?.bold).toBe(true);
    expect(ws.getCell("C9").font?.bold).toBe(true);
    expect(ws.getCell("C8").font?.bold).toBeFalsy();
    expect(ws.getCell("B7").border?.left?.style).toBe("thin");
    expect(ws.getCell("D6").border?.bottom?.style).toBe("thin");
    expect(ws.getColumn(2).width).toBe(44);
    // two tables on a sheet: neither header is frozen nor repeated (it would stand over the other table)
    expect((ws.views ?? [])[0]?.state).not.toBe("frozen");
    expect(ws.pageSetup.printTitlesRow).toBeUndefined();
    // one table: frozen below its header (row 1 its title, row 2 its header), the header repeated
    expect(wb.worksheets[1].views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(wb.worksheets[1].pageSetup.printTitlesRow).toBe("2:2");
    // A4, as wide as the columns need (landscape beyond a portrait page), fitted to the width
    const widths = ws.columns.map((c) => c.width ?? 12);
    const plan = printFit(widths);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: plan.orientation });
    expect(ws.pageSetup).toMatchObject(plan.fit ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: plan.scale });
    expect(ws.headerFooter.oddFooter).toMatch(/&P/);
  });
});

describe("helpers", () => {
  test("safeSheetName removes forbidden characters and makes names unique", () => {
    const taken = new Set<string>();
    expect(safeSheetName("Nguồn", taken)).toBe("Nguồn");
    expect(safeSheetName("NGUỒN", taken)).toBe("NGUỒN (2)");
    expect(safeSheetName("[]:*?/\\", taken)).toBe("Tổng hợp");
    expect(safeSheetName("Tổng hợp: 6T/2021", taken)).toBe("Tổng hợp 6T-2021");
    expect(safeSheetName("'Tổng hợp'", taken)).toBe("Tổng hợp (2)");
    expect(safeSheetName("x".repeat(40), taken)).toBe("x".repeat(31));
    expect(safeSheetName("x".repeat(40), taken)).toBe("x".repeat(27) + " (2)");
  });
});
