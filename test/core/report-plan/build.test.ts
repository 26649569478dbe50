import type { Range } from "../../../src/core/grid";
import type { ReportModel, ReportSheet, ReportTable } from "../../../src/core/report";
import {
  cleanSheetName,
  dataSheetPlan,
  headerMerges,
  headerValues,
  planReport,
  planSheet,
  printFit,
  uniqueSheetName,
  type SheetPlan,
} from "../../../src/core/report-plan";

const awards: ReportTable = {
  id: "awards",
  title: "I. Kết quả khen thưởng",
  header: [
    ["STT", "Hình thức", "Số lượng", null, "Ghi chú"],
    ["", "Hình thức", "Tập thể", "Cá nhân", ""],
  ],
  rows: [
    [1, "Giấy khen", 16, 466, "Năm học 2020-2021"],
    [null, "Cộng", 16, null, null],
  ],
  formats: ["#,##0", "text", "#,##0", "#,##0", "text"],
  widths: [5, 30, 10, 10, 20],
  boldRows: [1],
  note: "Số liệu từ 3 tệp.",
};
const sentences: ReportTable = { id: "s", title: "", header: [], rows: [["Năm 2024, toàn huyện khen thưởng 16 tập thể và 466 cá nhân. ".repeat(4)]], formats: ["text"], widths: [] };

function sheet(tables: ReportTable[], title = ["UBND HUYỆN MẪU SƠN", "BÁO CÁO"]): ReportSheet {
  return { name: "Tổng hợp", title, tables };
}

/** the value and format the plan gives a cell */
function cell(plan: SheetPlan, r: number, c: number): { v: string | number; z: string } | undefined {
  const b = plan.blocks.find((x) => x.row <= r && r < x.row + x.values.length && x.col <= c && c < x.col + x.values[0].length);
  return b && { v: b.values[r - b.row][c - b.col], z: b.formats[r - b.row][c - b.col] };
}
const covers = (ranges: Range[], r: number, c: number) => ranges.some((x) => x.r0 <= r && r <= x.r1 && x.c0 <= c && c <= x.c1);

describe("sheet names Excel accepts", () => {
  test("slashes become dashes, other forbidden characters go, spaces collapse, 31 characters at most", () => {
    expect(cleanSheetName("Tổng hợp: 6T/2021")).toBe("Tổng hợp 6T-2021");
    expect(cleanSheetName("Kiểm tra [lỗi]  *?\\")).toBe("Kiểm tra lỗi -");
    expect(cleanSheetName("'Nguồn'")).toBe("Nguồn");
    expect(cleanSheetName("[]:*?")).toBe("Tổng hợp");
    expect(cleanSheetName("[]:*?", "en")).toBe("Summary");
    const long = cleanSheetName("Tổng hợp khen thưởng 6 tháng đầu năm 2021");
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).toBe(long.trim());
  });
  test("unique ignoring case, with (n) inside 31 characters; never Excel's own History", () => {
    expect(uniqueSheetName("NGUỒN", new Set(["nguồn"]))).toBe("NGUỒN (2)");
    expect(uniqueSheetName("Nguồn", new Set(["nguồn", "nguồn (2)"]))).toBe("Nguồn (3)");
    expect(uniqueSheetName("x".repeat(40), new Set(["x".repeat(31)]))).toBe("x".repeat(27) + " (2)");
    expect(uniqueSheetName("History", new Set())).toBe("History (2)");
  });
  test("planReport makes the report's names unique and gives an empty report one sheet", () => {
    const model = (sheets: ReportSheet[]): ReportModel => ({ title: "Báo cáo", awards: [], figures: [], sentences: [], issues: [], sheets, lang: "vi" });
    expect(planReport(model([sheet([awards]), { ...sheet([awards]), name: "TỔNG HỢP" }])).sheets.map((s) => s.name)).toEqual(["Tổng hợp", "TỔNG HỢP (2)"]);
    expect(planReport(model([])).sheets.map((s) => s.name)).toEqual(["Báo cáo"]);
  });
});

describe("headers", () => {
  test("null merges across; '' or the same text under a cell merges down; a cell merged across never merges down", () => {
    expect(headerMerges(awards.header, 3)).toEqual([
      { r0: 3, c0: 0, r1: 4, c1: 0 },
      { r0: 3, c0: 1, r1: 4, c1: 1 },
      { r0: 3, c0: 2, r1: 3, c1: 3 },
      { r0: 3, c0: 4, r1: 4, c1: 4 },
    ]);
    expect(headerMerges([["STT", "Năm", null], ["STT", "", "TH"]], 0)).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 0 },
      { r0: 0, c0: 1, r1: 0, c1: 2 },
    ]);
    // an empty top cell is not a label: nothing merges into it
    expect(headerMerges([["", "A"], ["", "B"]], 0)).toEqual([]);
  });
  test("three header rows merge down through both", () => {
    expect(headerMerges([["STT", "Chỉ tiêu", null], ["", "KH", "TH"], ["", "", "6 tháng"]], 0)).toEqual([
      { r0: 0, c0: 0, r1: 2, c1: 0 },
      { r0: 0, c0: 1, r1: 0, c1: 2 },
      { r0: 1, c0: 1, r1: 2, c1: 1 },
    ]);
  });
  test("a covered cell shows nothing, so both writers write the label once", () => {
    expect(headerValues([["STT", "Số lượng", null], ["STT", "Tập thể", "Cá nhân"]], 3)).toEqual([
      ["STT", "Số lượng", ""],
      ["", "Tập thể", "Cá nhân"],
    ]);
  });
});

describe("a sheet laid out", () => {
  const plan = planSheet(sheet([awards]));
  test("title lines merged across the sheet, bold and centred, then a blank row, the table title, its header", () => {
    expect(cell(plan, 0, 0)).toEqual({ v: "UBND HUYỆN MẪU SƠN", z: "@" });
    expect(plan.style.merges).toEqual(expect.arrayContaining([{ r0: 0, c0: 0, r1: 0, c1: 4 }, { r0: 1, c0: 0, r1: 1, c1: 4 }, { r0: 3, c0: 0, r1: 3, c1: 4 }]));
    expect(covers(plan.style.bold, 1, 0) && covers(plan.style.centered, 1, 0)).toBe(true);
    expect(cell(plan, 2, 0)).toBeUndefined();
    expect(cell(plan, 3, 0)?.v).toBe("I. Kết quả khen thưởng");
    expect([cell(plan, 4, 2)?.v, cell(plan, 5, 2)?.v, cell(plan, 5, 0)?.v]).toEqual(["Số lượng", "Tập thể", ""]);
  });
  test("texts are Text; numbers take their column's format; an empty cell its column's (General in a text column)", () => {
    expect(cell(plan, 6, 1)).toEqual({ v: "Giấy khen", z: "@" });
    expect(cell(plan, 6, 3)).toEqual({ v: 466, z: "#,##0" });
    expect(cell(plan, 7, 3)).toEqual({ v: "", z: "#,##0" });
    expect(cell(plan, 7, 4)).toEqual({ v: "", z: "General" });
  });
  test("bold total row, bordered header and body, italic note merged across", () => {
    expect(covers(plan.style.bold, 7, 3) && !covers(plan.style.bold, 6, 3)).toBe(true);
    expect(covers(plan.style.bordered, 4, 0) && covers(plan.style.bordered, 7, 4) && !covers(plan.style.bordered, 8, 0)).toBe(true);
    expect(cell(plan, 8, 0)?.v).toBe("Số liệu từ 3 tệp.");
    expect(covers(plan.style.italic, 8, 0)).toBe(true);
    expect(plan.style.merges).toContainEqual({ r0: 8, c0: 0, r1: 8, c1: 4 });
    expect(plan.style.lastRow).toBe(8);
  });
  test("one table: frozen below its header, the header repeated on every printed page", () => {
    expect(plan.style.freezeRows).toBe(6);
    expect(plan.style.print?.titleRows).toEqual({ r0: 4, r1: 5 });
    expect(plan.style.print?.breaksAfter).toEqual([]);
  });
  test("two tables: nothing frozen or repeated, the second starts a new page", () => {
    const two = planSheet(sheet([awards, awards]));
    expect(two.style.freezeRows).toBeUndefined();
    expect(two.style.print?.titleRows).toBeUndefined();
    expect(two.style.print?.breaksAfter).toEqual([9]);
    expect(cell(two, 10, 0)?.v).toBe("I. Kết quả khen thưởng");
  });
  test("widths: the widest any table asks, 12 where none asks; a one-column table spans the sheet and asks none", () => {
    const mixed = planSheet(sheet([awards, { ...awards, widths: [8, 10] }, sentences]));
    expect(mixed.style.widths).toEqual([8, 30, 10, 10, 20]);
    expect(planSheet(sheet([{ ...awards, widths: [] }])).style.widths).toEqual([12, 12, 12, 12, 12]);
    // title lines 0-1, a blank row, two tables of 6 rows each followed by a blank row
    const top = 3 + 7 + 7;
    expect(cell(mixed, top, 0)?.v).toMatch(/^Năm 2024/);
    expect(mixed.style.merges).toContainEqual({ r0: top, c0: 0, r1: top, c1: 4 });
    // the long sentence wraps over several lines: its row is made taller
    expect(mixed.style.heights.find((h) => h.row === top)?.points).toBeGreaterThan(17);
  });
});

describe("print", () => {
  test("narrow tables print portrait at full size; wider ones landscape, fitted while the text stays at 11 pt or more", () => {
    expect(printFit([6, 40, 12, 10])).toEqual({ orientation: "portrait", fit: true, scale: 100 });
    const wide = printFit([5, 32, 18, 12, 24, 9, 9, 10]);
    expect(wide).toMatchObject({ orientation: "landscape", fit: true });
    expect(13 * (wide.scale / 100)).toBeGreaterThanOrEqual(11);
  });
  test("a table too wide to fit at 11 pt prints over several pages at 85 %, STT and name repeated", () => {
    expect(printFit([5, 30, ...Array<number>(30).fill(8), 14])).toEqual({ orientation: "landscape", fit: false, scale: 85 });
    const wide = planSheet(sheet([{ ...awards, header: [], widths: [5, 30, ...Array<number>(30).fill(8), 14] }]));
    expect(wide.style.print?.titleColumns).toEqual({ c0: 0, c1: 1 });
  });
  test("page numbers in both languages; the Quốc hiệu over the first page of a Vietnamese report only", () => {
    const vi = planSheet(sheet([awards]), "vi").style.print!;
    const en = planSheet(sheet([awards]), "en").style.print!;
    expect([vi.footer, en.footer].every((f) => f.includes("&P"))).toBe(true);
    expect(vi.firstHeader).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(en.firstHeader).toBeUndefined();
  });
});

test("the data sheet: column A as Text, no layout, no print setup", () => {
  const data = dataSheetPlan(["TDKT v1", "1", '{"a":1}']);
  expect(data.name).toBe("_tdkt_data");
  expect(data.blocks).toEqual([{ row: 0, col: 0, values: [["TDKT v1"], ["1"], ['{"a":1}']], formats: [["@"], ["@"], ["@"]] }]);
  expect(data.style.print).toBeUndefined();
  expect(dataSheetPlan([]).blocks).toEqual([]);
});
