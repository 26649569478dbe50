/**
 * The gateway against the Excel double: round trips, sync counts, payload chunking, text safety and
 * the promise that a re-run never touches a sheet the user made.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { gridFromRows, type Grid } from "../../src/core/grid";
import type { ReportModel, ReportSheet } from "../../src/core/report";
import {
  activateSheet,
  checkRequirements,
  CREATED_MARK,
  ExcelOperationError,
  headerMerges,
  listSheets,
  parseAreas,
  readSheets,
  selectCell,
  uniqueSheetName,
  writeReport,
} from "../../src/excel/gateway";
import { contextFor, ExcelDoubleError, SheetModel, workbookFromGrids, type WorkbookModel } from "./excelDouble";

function report(sheets: ReportSheet[]): ReportModel {
  return { title: "Báo cáo", awards: [], figures: [], sentences: [], issues: [], sheets, lang: "vi" };
}

const awardSheet = (name = "Tổng hợp"): ReportSheet => ({
  name,
  title: ["ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO", "TỔNG HỢP KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2021"],
  tables: [
    {
      id: "awards",
      title: "Biểu 1. Khen thưởng",
      header: [
        ["STT", "Hình thức khen thưởng", "Số lượng", null],
        ["", "", "Tập thể", "Cá nhân"],
      ],
      rows: [
        [1, "Giấy khen của Chủ tịch UBND huyện", 99, 663],
        [2, "Lao động tiên tiến", 56, 1762],
        [null, "Cộng", 155, 2425],
      ],
      formats: ["#,##0", "text", "#,##0", "#,##0"],
      widths: [6, 40, 10, 10],
      boldRows: [2],
      note: "Nguồn: 23 đơn vị",
    },
  ],
});

function userSheet(name: string, value: string): Grid {
  return gridFromRows([[value]], { sheet: name });
}

describe("reading sheets", () => {
  test("reads 50 sheets in at most 3 syncs (find them, sizes and merged areas, cells)", async () => {
    const grids = Array.from({ length: 50 }, (_, i) =>
      gridFromRows(
        [
          ["STT", "Họ và tên", "Hình thức"],
          [1, `Nguyễn Văn ${i}`, "Giấy khen"],
        ],
        { sheet: `Xã ${i + 1}` },
      ),
    );
    const ctx = contextFor(workbookFromGrids(grids));
    const read = await readSheets(ctx, grids.map((g) => g.sheet));
    expect(ctx.syncCount).toBeLessThanOrEqual(3);
    expect(read).toHaveLength(50);
    expect(read[49].cells[1][1]).toMatchObject({ t: "s", v: "Nguyễn Văn 49" });
  });

  test("round trip of values, dates, errors, formulas, formats and merges (table starting at B3)", async () => {
    const grid: Grid = {
      file: "Book1.xlsx",
      sheet: "Khen thưởng",
      rowCount: 5,
      colCount: 5,
      cells: [
        [],
        [],
        [undefined, { t: "s", v: "DANH SÁCH KHEN THƯỞNG" }],
        [undefined, { t: "s", v: "Họ và tên" }, { t: "s", v: "Ngày QĐ" }, { t: "s", v: "Số" }, { t: "s", v: "Tỷ lệ" }],
        [
          undefined,
          { t: "s", v: "Lò Văn Thuỷ" },
          { t: "n", v: 44340, z: "dd/mm/yyyy", w: "24/05/2021" },
          { t: "e", v: "#REF!" },
          { t: "n", v: 0.438, z: "0.0%", w: "43.8%", f: "D5/100" },
        ],
      ],
      merges: [{ r0: 2, c0: 1, r1: 2, c1: 4 }],
    };
    const ctx = contextFor(workbookFromGrids([grid]));
    const [read] = await readSheets(ctx, ["Khen thưởng"], { file: "Book1.xlsx" });
    expect(read.cells[2][1]).toEqual({ t: "s", v: "DANH SÁCH KHEN THƯỞNG", font: "Calibri" });
    expect(read.cells[0]).toBeUndefined();
    expect(read.cells[4][0]).toBeUndefined();
    expect(read.cells[4][2]).toEqual({ t: "n", v: 44340, z: "dd/mm/yyyy", w: "24/05/2021", font: "Calibri" });
    expect(read.cells[4][3]).toMatchObject({ t: "e", v: "#REF!" });
    expect(read.cells[4][4]).toMatchObject({ t: "n", v: 0.438, z: "0.0%", f: "D5/100" });
    expect(read.merges).toEqual([{ r0: 2, c0: 1, r1: 2, c1: 4 }]);
    expect(read.rowCount).toBe(5);
    expect(read.colCount).toBe(5);
  });

  test("an empty sheet gives an empty grid (used range is a null object)", async () => {
    const model = workbookFromGrids([gridFromRows([["x"]], { sheet: "Có dữ liệu" })]);
    model.sheets.push(new SheetModel("Trống"));
    const ctx = contextFor(model);
    const [, empty] = await readSheets(ctx, ["Có dữ liệu", "Trống"]);
    expect(empty.cells).toEqual([]);
    expect(empty.rowCount).toBe(0);
  });

  test("huge sheets are read in batches that stay under the response limit", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [i + 1, `Nguyễn Thị Hồng Nhung ${i}`, "Giấy khen của Chủ tịch UBND huyện", "705/QĐ-UBND"]);
    const grids = [0, 1, 2].map((k) => gridFromRows(rows, { sheet: `DS ${k}` }));
    const ctx = contextFor(workbookFromGrids(grids), { request: 5 * 1024 * 1024, response: 2 * 1024 * 1024 });
    const read = await readSheets(ctx, ["DS 0", "DS 1", "DS 2"], { maxBlockBytes: 1_500_000 });
    expect(Math.max(...ctx.syncs.map((s) => s.responseBytes))).toBeLessThan(2 * 1024 * 1024);
    expect(read[2].cells[3999][1]).toMatchObject({ t: "s", v: "Nguyễn Thị Hồng Nhung 3999" });
  });

  test("listSheets: names, visibility and the add-in's own sheets in two syncs", async () => {
    const model = workbookFromGrids([userSheet("Tổng hợp", "a"), userSheet("Ẩn", "b"), userSheet("Tổng hợp (2)", "c")], "Tuần Giáo.xlsx");
    model.sheets[1].visibility = "Hidden";
    model.sheets[2].customProperties.set("tdkt", "report");
    const ctx = contextFor(model);
    const list = await listSheets(ctx);
    expect(ctx.syncCount).toBe(2);
    expect(list).toEqual({
      workbook: "Tuần Giáo.xlsx",
      sheets: [
        { name: "Tổng hợp", visibility: "Visible", createdByAddin: false },
        { name: "Ẩn", visibility: "Hidden", createdByAddin: false },
        { name: "Tổng hợp (2)", visibility: "Visible", createdByAddin: true },
      ],
    });
  });

  test("parseAreas reads Excel's multi-area address, even with a comma in the sheet name", () => {
    expect(parseAreas("'Xã A, B'!A1:D1,'Xã A, B'!$B$3:$B$4")).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 3 },
      { r0: 2, c0: 1, r1: 3, c1: 1 },
    ]);
  });
});

describe("the double behaves like Excel", () => {
  test("reading a property before sync throws PropertyNotLoaded", async () => {
    const ctx = contextFor(workbookFromGrids([userSheet("Sheet1", "x")]));
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    expect(() => range.values).toThrow(/not available/);
    range.load("values");
    expect(() => range.values).toThrow(ExcelDoubleError);
    await ctx.sync();
    expect(range.values).toEqual([["x"]]);
    expect(() => range.numberFormat).toThrow(/numberFormat/);
  });

  test("a string starting with = becomes a formula unless the cell is Text (@)", async () => {
    const model = workbookFromGrids([userSheet("Sheet1", "x")]);
    const ctx = contextFor(model);
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A2").values = [["=SUM(1)"]];
    sheet.getRange("A3").numberFormat = [["@"]];
    sheet.getRange("A3").values = [["=SUM(1)"]];
    await ctx.sync();
    expect(model.sheet("Sheet1").get(1, 0)?.f).toBe("=SUM(1)");
    expect(model.sheet("Sheet1").get(2, 0)).toMatchObject({ v: "=SUM(1)", z: "@" });
    expect(model.sheet("Sheet1").get(2, 0)?.f).toBeUndefined();
  });

  test("duplicate, too long and forbidden sheet names throw at sync", async () => {
    const ctx = contextFor(workbookFromGrids([userSheet("Tổng hợp", "x")]));
    ctx.workbook.worksheets.add("TỔNG HỢP");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    ctx.workbook.worksheets.add("Báo cáo thi đua khen thưởng 6 tháng đầu năm");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ctx.workbook.worksheets.add("6T/2021");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("writing the report", () => {
  test("writes titles, 2-row header, body, formats and layout in at most 4 syncs + 1 per chunk", async () => {
    const model = workbookFromGrids([userSheet("Sheet1", "dữ liệu của người dùng")]);
    const ctx = contextFor(model);
    const result = await writeReport(ctx, report([awardSheet()]));
    expect(result.sheets).toEqual(["Tổng hợp"]);
    expect(ctx.syncCount).toBeLessThanOrEqual(4 + result.chunks);
    const s = model.sheet("Tổng hợp");
    expect(s.valuesOf("A1:A2")).toEqual([["ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"], ["TỔNG HỢP KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2021"]]);
    expect(s.valuesOf("A4:D9")).toEqual([
      ["Biểu 1. Khen thưởng", "", "", ""],
      ["STT", "Hình thức khen thưởng", "Số lượng", ""],
      ["", "", "Tập thể", "Cá nhân"],
      [1, "Giấy khen của Chủ tịch UBND huyện", 99, 663],
      [2, "Lao động tiên tiến", 56, 1762],
      ["", "Cộng", 155, 2425],
    ]);
    expect(s.get(7, 3)?.z).toBe("#,##0");
    expect(s.get(7, 1)?.z).toBe("@");
    expect(s.get(9, 0)?.v).toBe("Nguồn: 23 đơn vị");
    // merges: 2 title lines, table title, "Số lượng" across, STT and "Hình thức" down
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { r0: 0, c0: 0, r1: 0, c1: 3 },
        { r0: 3, c0: 0, r1: 3, c1: 3 },
        { r0: 4, c0: 2, r1: 4, c1: 3 },
        { r0: 4, c0: 0, r1: 5, c1: 0 },
        { r0: 4, c0: 1, r1: 5, c1: 1 },
      ]),
    );
    expect(s.get(6, 1)?.font).toMatchObject({ name: "Times New Roman", size: 13 });
    expect(s.get(8, 1)?.font?.bold).toBe(true); // the "Cộng" row
    expect(s.get(6, 1)?.font?.bold).toBeFalsy();
    expect(s.borders.filter((b) => b.style === "Continuous")).toHaveLength(6);
    expect(s.columnWidths.get(1)).toBe(280);
    expect(s.frozenRows).toBe(6);
    expect(s.pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
    expect(s.customProperties.get(CREATED_MARK.key)).toBe(CREATED_MARK.value);
    expect(model.activeSheet).toBe(s);
    expect(model.sheet("Sheet1").get(0, 0)?.v).toBe("dữ liệu của người dùng");
    // the first data sync ran with calculation and screen updating suspended
    expect(ctx.syncs[2]).toMatchObject({ suspendedCalculation: true, suspendedScreen: true });
  });

  test("text from a source stays text: =HYPERLINK, +84, - Trồng lúa, 0123", async () => {
    const model = workbookFromGrids([userSheet("Sheet1", "x")]);
    const tricky = ['=HYPERLINK("http://x.vn","Bấm")', "+84 912 345 678", "- Trồng lúa", "0123", "@admin", "=1+1"];
    const sheet: ReportSheet = {
      name: "Kiểm tra",
      title: [],
      tables: [{ id: "t", title: "", header: [["Nội dung", "Số"]], rows: tricky.map((t, i) => [t, i]), formats: ["text", "#,##0"], widths: [30, 8] }],
    };
    await writeReport(contextFor(model), report([sheet]));
    const s = model.sheet("Kiểm tra");
    tricky.forEach((t, i) => {
      const cell = s.get(1 + i, 0)!;
      expect(cell.v).toBe(t);
      expect(cell.f).toBeUndefined();
    });
  });

  test("a big report is chunked so that every request stays under 5 MB", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      i + 1,
      `Nguyễn Thị Hồng Nhung số ${i}`,
      "Giáo viên Trường Tiểu học Quài Cang, huyện Tuần Giáo",
      "Giấy khen của Chủ tịch UBND huyện",
      "705/QĐ-UBND ngày 24/5/2021",
    ]);
    const sheet: ReportSheet = {
      name: "Danh sách",
      title: ["DANH SÁCH KHEN THƯỞNG"],
      tables: [{ id: "list", title: "", header: [["STT", "Họ và tên", "Đơn vị", "Hình thức", "Quyết định"]], rows, formats: ["#,##0", "text", "text", "text", "text"], widths: [5, 30, 40, 30, 25] }],
    };
    const model = workbookFromGrids([userSheet("Sheet1", "x")]);
    const ctx = contextFor(model);
    let progressCalls = 0;
    const result = await writeReport(ctx, report([sheet]), { onProgress: () => progressCalls++ });
    expect(result.chunks).toBeGreaterThan(3);
    expect(ctx.syncCount).toBeLessThanOrEqual(4 + result.chunks);
    expect(Math.max(...ctx.syncs.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(progressCalls).toBe(result.chunks);
    const s = model.sheet("Danh sách");
    expect(s.get(2 + 60_000, 1)?.v).toBe("Nguyễn Thị Hồng Nhung số 59999");
    expect(s.get(3, 0)?.v).toBe(1);
    expect(s.get(2, 1)?.v).toBe("Họ và tên");
  });

  test("without chunking the same write would be refused by the 5 MB limit", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [`Nguyễn Thị Hồng Nhung số ${i}`, "Giáo viên Trường Tiểu học Quài Cang, huyện Tuần Giáo"]);
    const sheet: ReportSheet = { name: "DS", title: [], tables: [{ id: "x", title: "", header: [["Họ và tên", "Đơn vị"]], rows, formats: ["text", "text"], widths: [30, 40] }] };
    const ctx = contextFor(workbookFromGrids([userSheet("Sheet1", "x")]));
    await expect(writeReport(ctx, report([sheet]), { maxChunkBytes: 50_000_000 })).rejects.toMatchObject({
      name: "ExcelOperationError",
      code: "RequestPayloadSizeLimitExceeded",
    });
  });

  test("a re-run replaces only the add-in's sheets, never a user's sheet named Tổng hợp", async () => {
    const model = workbookFromGrids([userSheet("Tổng hợp", "bảng của người dùng")]);
    const first = await writeReport(contextFor(model), report([awardSheet()]));
    expect(first.sheets).toEqual(["Tổng hợp (2)"]);
    expect(model.sheet("Tổng hợp").get(0, 0)?.v).toBe("bảng của người dùng");

    const second = await writeReport(contextFor(model), report([awardSheet()]));
    expect(second.sheets).toEqual(["Tổng hợp (2)"]);
    expect(second.replaced).toEqual(["Tổng hợp (2)"]);
    expect(model.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Tổng hợp (2)"]);
    expect(model.sheet("Tổng hợp").get(0, 0)?.v).toBe("bảng của người dùng");
    expect(model.sheet("Tổng hợp").customProperties.size).toBe(0);
  });

  test("the add-in's own sheet is replaced even when it is the only sheet left", async () => {
    const model = workbookFromGrids([]);
    model.sheets.push(new SheetModel("Tổng hợp"));
    model.sheets[0].customProperties.set("tdkt", "report");
    const result = await writeReport(contextFor(model), report([awardSheet()]));
    expect(result.sheets).toEqual(["Tổng hợp"]);
    expect(model.sheets).toHaveLength(1);
    expect(model.sheets[0].get(0, 0)?.v).toBe("ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO");
  });

  test("sheet names are cleaned and kept to 31 characters with the (n) suffix", () => {
    const taken = new Set(["tổng hợp 6t-2021"]);
    expect(uniqueSheetName("Tổng hợp 6T/2021", taken)).toBe("Tổng hợp 6T-2021 (2)");
    const long = "Tổng hợp khen thưởng 6 tháng đầu năm 2021";
    const first = uniqueSheetName(long, new Set());
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, new Set([first.toLocaleLowerCase("vi")]));
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });

  test("header merges: null merges across, an empty cell under a label merges down", () => {
    expect(headerMerges([["STT", "Năm 2021", null, null], ["", "KH", "TH", "%"]], 7)).toEqual([
      { r0: 7, c0: 0, r1: 8, c1: 0 },
      { r0: 7, c0: 1, r1: 7, c1: 3 },
    ]);
  });
});

describe("navigation and errors", () => {
  test("selectCell activates the sheet and selects the cell", async () => {
    const model = workbookFromGrids([userSheet("Sheet1", "x"), userSheet("Xã Quài Cang", "y")]);
    await selectCell(contextFor(model), "Xã Quài Cang", "C12");
    expect(model.activeSheet?.name).toBe("Xã Quài Cang");
    expect(model.selection).toEqual({ sheet: "Xã Quài Cang", address: "C12" });
    await activateSheet(contextFor(model), "Sheet1");
    expect(model.activeSheet?.name).toBe("Sheet1");
  });

  test("an Office error is wrapped with the operation's name in Vietnamese and English, never swallowed", async () => {
    const model = workbookFromGrids([userSheet("Sheet1", "x")]);
    const error = await selectCell(contextFor(model), "Không có", "A1").catch((e) => e);
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect(error.code).toBe("ItemNotFound");
    expect(error.localized.vi).toMatch(/^Excel báo lỗi khi chọn ô/);
    expect(error.localized.en).toMatch(/^Excel reported an error while selecting the cell/);
  });

  test("checkRequirements: too old an Excel gets a clear message; outside Office nothing is checked", () => {
    const office = (supported: boolean) => ({ context: { requirements: { isSetSupported: () => supported } } }) as unknown as typeof Office;
    expect(checkRequirements(office(true))).toEqual({ ok: true, checked: true, missing: [] });
    const old = checkRequirements(office(false));
    expect(old.ok).toBe(false);
    expect(old.message?.vi).toContain("ExcelApi 1.7");
    expect(old.message?.en).toContain("too old");
    expect(checkRequirements({ context: {} })).toMatchObject({ ok: true, checked: false });
    expect(checkRequirements(undefined)).toMatchObject({ ok: true, checked: false });
  });
});

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const haveSamples = fs.existsSync(SAMPLES);
(haveSamples ? describe : describe.skip)("sample workbooks through the double", () => {
  if (!haveSamples) console.warn(`skipped: ${SAMPLES} is absent`);
  test("each sample's sheets read back from the double equal the file's grids", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readWorkbook } = require("../../src/files/readWorkbook") as typeof import("../../src/files/readWorkbook");
    const files = ["01-thi-tran-tuan-giao.xlsx", "03-xa-quai-nua.xlsx", "06-xa-chieng-dong.xls", "13-xa-pu-xi.ods"];
    for (const f of files) {
      const book = readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, f))), f);
      expect(book.error).toBeUndefined();
      const model: WorkbookModel = workbookFromGrids(book.grids, f);
      const ctx = contextFor(model);
      const read = await readSheets(ctx, book.grids.map((g) => g.sheet), { file: f });
      expect(ctx.syncCount).toBe(3);
      read.forEach((g, i) => {
        const src = book.grids[i];
        expect(g.merges).toEqual(expect.arrayContaining(src.merges));
        for (let r = 0; r < src.cells.length; r++) {
          for (let c = 0; c < (src.cells[r]?.length ?? 0); c++) {
            const a = src.cells[r]?.[c];
            if (!a || a.v === "") continue;
            expect(g.cells[r]?.[c]?.v).toEqual(a.v);
            expect(g.cells[r]?.[c]?.f).toEqual(a.f);
          }
        }
      });
    }
  });
});
