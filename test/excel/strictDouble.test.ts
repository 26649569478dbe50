/**
 * The pane's Excel work on the strict double, at and beyond each documented limit (each limit's
 * documentation page is written beside it in test/excel/double/*.ts):
 *  - a report and its very hidden data sheet written a second and a third time;
 *  - a failure injected at every sync of the write leaves the workbook exactly as before;
 *  - a protected structure or sheet gets a clear message and nothing half written;
 *  - delayForCellEdit: a run waits for the user's cell edit instead of failing;
 *  - a 60,000-row unit list read in blocks under 4 MB; a sheet with 1,000 merged areas read.
 */
import { gridFromRows } from "../../src/core/grid";
import type { ReportModel, ReportSheet } from "../../src/core/report";
import { dataSheetCells } from "../../src/core/submissions/dataSheet";
import type { ReportData } from "../../src/core/submissions/contributions";
import { ExcelOperationError, listSheets, readReportData, readSheetsWithWarnings, writeReport } from "../../src/excel/gateway";
import { ALL_CAPABILITIES } from "../../src/excel/requirements";
import { contextFor, ExcelDoubleError, runFor, SheetModel, workbookFromGrids, type WorkbookModel } from "./excelDouble";

const sheet = (title: string): ReportSheet => ({
  name: "Tổng hợp",
  title: ["ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO", title],
  tables: [
    {
      id: "awards",
      title: "",
      header: [["STT", "Hình thức khen thưởng", "Số lượng"]],
      rows: [
        [1, "Giấy khen của Chủ tịch UBND huyện", 99],
        [2, "Lao động tiên tiến", 56],
      ],
      formats: ["#,##0", "text", "#,##0"],
      widths: [6, 40, 10],
    },
    { id: "sentences", title: "", header: [], rows: [["Năm 2021, toàn huyện khen thưởng 155 tập thể và 2.425 cá nhân, tăng so với cùng kỳ năm trước. ".repeat(3)]], formats: ["text"], widths: [] },
  ],
});
const report = (title: string): ReportModel => ({ title: "Báo cáo", awards: [], figures: [], sentences: [], issues: [], sheets: [sheet(title)], lang: "vi" });

function reportData(note: string, reportSheets?: ReportData["reportSheets"]): ReportData {
  return {
    version: 1,
    period: { from: "2021-01-01", to: "2021-06-30" },
    registry: [{ name: note }],
    decisionCampaigns: {},
    contributions: [],
    ...(reportSheets ? { reportSheets } : {}),
  };
}
const data = (note: string) => dataSheetCells(reportData(note));

function userBook(): WorkbookModel {
  return workbookFromGrids([gridFromRows([["Danh sách của tôi"]], { sheet: "Sheet1" })], "Báo cáo.xlsx");
}

async function writeWithData(model: WorkbookModel, title: string, cells = data(title)) {
  return runFor(model)((ctx) => writeReport(ctx, report(title), { data: () => cells }));
}

describe("a report and its data, written again and again", () => {
  test("a second and a third report replace the first (the very hidden data sheet is made hidden, then deleted)", async () => {
    const model = userBook();
    for (const title of ["Lần 1", "Lần 2", "Lần 3"]) {
      const result = await writeWithData(model, title);
      expect(result.dataWritten).toBe(true);
      expect(result.sheets).toEqual(["Tổng hợp"]);
    }
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      ["Tổng hợp", "Visible"],
      ["_tdkt_data", "VeryHidden"],
    ]);
    expect(model.sheet("Tổng hợp").valuesOf("A2")).toEqual([["Lần 3"]]);
    expect(await runFor(model)((ctx) => readReportData(ctx))).toEqual(data("Lần 3"));
    expect((await runFor(model)((ctx) => listSheets(ctx))).sheets.map((s) => s.name)).toEqual(["Sheet1", "Tổng hợp"]);
  });

  test("a failure at any sync of the write leaves the workbook exactly as before", async () => {
    const model = userBook();
    await writeWithData(model, "Lần 1");
    const before = model.snapshot();
    const start = model.syncCount;
    const probe = userBook();
    await writeWithData(probe, "Lần 1");
    const s0 = probe.syncCount;
    await writeWithData(probe, "Lần 2");
    const syncsOfWrite = probe.syncCount - s0;
    expect(syncsOfWrite).toBeGreaterThanOrEqual(5);
    // every sync but Excel.run's closing one (nothing is left to apply then: the write is done)
    for (let k = 1; k < syncsOfWrite; k++) {
      const book = userBook();
      await writeWithData(book, "Lần 1");
      const was = book.snapshot();
      const from = book.syncCount;
      book.failSync = (n) => n === from + k;
      await expect(writeWithData(book, "Lần 2")).rejects.toThrow();
      book.failSync = undefined;
      expect(book.snapshot()).toEqual(was);
    }
    expect(model.snapshot()).toEqual(before);
    expect(model.syncCount).toBe(start);
  });

  test("a renamed report sheet is still the add-in's; the user's copy of it is kept", async () => {
    const model = userBook();
    await writeWithData(model, "Lần 1");
    const original = model.sheet("Tổng hợp");
    original.name = "Báo cáo tháng 6";
    const copy = new SheetModel("Báo cáo tháng 6 (2)");
    copy.cells = new Map(original.cells);
    copy.customProperties = new Map(original.customProperties);
    model.sheets.push(copy);
    // renamed only: still ours (listed as the add-in's, not a source)
    const listed = (await runFor(model)((ctx) => listSheets(ctx))).sheets;
    expect(listed.find((s) => s.name === "Báo cáo tháng 6")?.createdByAddin).toBe(false);
    expect(listed.find((s) => s.name === "Báo cáo tháng 6 (2)")?.createdByAddin).toBe(false);
    // renamed and copied: neither proves itself, both stay (the safe side)
    await writeWithData(model, "Lần 2");
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Báo cáo tháng 6", "Báo cáo tháng 6 (2)", "Tổng hợp", "_tdkt_data"]);
  });

  test("a copy of the report sheet (same marks, another name) is the user's: kept on the next write", async () => {
    const model = userBook();
    await writeWithData(model, "Lần 1");
    const original = model.sheet("Tổng hợp");
    const copy = new SheetModel("Tổng hợp (2)");
    copy.cells = new Map(original.cells);
    copy.customProperties = new Map(original.customProperties);
    model.sheets.push(copy);
    const listed = (await runFor(model)((ctx) => listSheets(ctx))).sheets;
    expect(listed.map((s) => [s.name, s.createdByAddin])).toEqual([
      ["Sheet1", false],
      ["Tổng hợp", true],
      ["Tổng hợp (2)", false],
    ]);
    await writeWithData(model, "Lần 2");
    expect(model.sheet("Tổng hợp (2)").valuesOf("A2")).toEqual([["Lần 1"]]);
    expect(model.sheet("Tổng hợp").valuesOf("A2")).toEqual([["Lần 2"]]);
  });

  test("without worksheet custom properties (ExcelApi < 1.12) the data's list of report sheets proves them", async () => {
    const model = userBook();
    const caps = { ...ALL_CAPABILITIES, marks: false, pageLayout: false };
    for (const title of ["Lần 1", "Lần 2"]) {
      await runFor(model)(async (ctx) => {
        let marks: unknown;
        const r = await writeReport(ctx, report(title), { caps, data: (sheets) => ((marks = sheets), dataSheetCells(reportData(title, sheets))) });
        expect(marks).toEqual(r.reportSheets);
      });
    }
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Tổng hợp", "_tdkt_data"]);
    expect(model.sheet("Tổng hợp").customProperties.size).toBe(0);
    expect(model.sheet("Tổng hợp").pageLayout).toEqual({});
  });
});

describe("writes that respect the user", () => {
  test("a protected workbook structure: a clear message in both languages, nothing written", async () => {
    const model = userBook();
    await writeWithData(model, "Lần 1");
    model.structureProtected = true;
    const was = model.snapshot();
    const error = await writeWithData(model, "Lần 2").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelOperationError);
    expect((error as ExcelOperationError).code).toBe("AccessDenied");
    expect((error as ExcelOperationError).localized.vi).toContain("bảo vệ");
    expect((error as ExcelOperationError).localized.en).toContain("protected");
    expect(model.snapshot()).toEqual(was);
  });

  test("a protected sheet refuses cell writes (AccessDenied); the report goes into new sheets, so it is written", async () => {
    const model = userBook();
    await writeWithData(model, "Lần 1");
    model.sheet("Sheet1").protected = true;
    await expect(
      runFor(model)(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    model.sheet("Tổng hợp").protected = true;
    await writeWithData(model, "Lần 2");
    expect(model.sheet("Tổng hợp").valuesOf("A2")).toEqual([["Lần 2"]]);
  });

  test("while the user edits a cell: a run without delayForCellEdit fails, the product's run waits", async () => {
    const model = userBook();
    model.startCellEdit();
    await expect(runFor(model, {})((ctx) => listSheets(ctx))).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waiting = writeWithData(model, "Lần 1");
    let done = false;
    void waiting.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    model.endCellEdit();
    await waiting;
    expect(model.sheet("Tổng hợp").valuesOf("A2")).toEqual([["Lần 1"]]);
  });

  test("report text wraps; print setup: A4, fit to one page wide, print titles", async () => {
    const model = userBook();
    await writeWithData(model, "Lần 1");
    expect(model.sheet("Tổng hợp").rowHeights.size).toBeGreaterThan(0);
    const oneTable: ReportModel = { ...report("Lần 2"), sheets: [{ ...sheet("Lần 2"), tables: [sheet("Lần 2").tables[0]] }] };
    await runFor(model)((ctx) => writeReport(ctx, oneTable));
    const s = model.sheet("Tổng hợp");
    expect(s.get(4, 1)?.wrapText).toBe(true);
    expect(s.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { r0: 3, r1: 3 } });
  });
});

describe("reads that fit", () => {
  test("a 60,000-row unit list: blocks under 4 MB of UTF-8, syncs = 2 + 1 per block", async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [i + 1, `Nguyễn Thị Hồng Nhung ${i}`, "Giấy khen của Chủ tịch UBND huyện Tuần Giáo", "705/QĐ-UBND", 2021]);
    const model = workbookFromGrids([gridFromRows(rows, { sheet: "Danh sách" })]);
    const ctx = contextFor(model);
    const read = await readSheetsWithWarnings(ctx, ["Danh sách"]);
    expect(read.grids[0].cells[59_999][1]).toMatchObject({ v: "Nguyễn Thị Hồng Nhung 59999" });
    const responses = ctx.syncs.map((s) => s.responseBytes);
    expect(Math.max(...responses)).toBeLessThanOrEqual(4 * 1024 * 1024);
    const total = responses.reduce((a, b) => a + b, 0);
    const blocks = ctx.syncs.length - 2; // minus finding the sheet, and its size with its merged areas
    // every block but the first (sized on a guess) and the last (what is left) is near 4 MB
    expect(blocks).toBeLessThanOrEqual(Math.ceil(total / 4_000_000) + 2);
    console.log(`60,000 rows: ${(total / 1e6).toFixed(1)} MB in ${blocks} blocks, ${ctx.syncCount} syncs`);
  });

  test("1,000 merged areas: read in pieces under 512; a row with more is read without merges and said so", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`Đơn vị ${i}`, "", `x${i}`]);
    const model = workbookFromGrids([gridFromRows(rows, { sheet: "Gộp" })]);
    const s = model.sheet("Gộp");
    for (let i = 0; i < 1000; i++) s.merges.push({ r0: i * 2, c0: 0, r1: i * 2, c1: 1 });
    const ctx = contextFor(model);
    const read = await readSheetsWithWarnings(ctx, ["Gộp"]);
    expect(read.grids[0].merges).toHaveLength(1000);
    expect(read.warnings).toEqual([]);
    // one row with 600 areas: impossible to ask, said so
    const wide = new SheetModel("Rộng");
    for (let c = 0; c < 1200; c++) wide.cell(0, c).v = `c${c}`;
    for (let k = 0; k < 600; k++) wide.merges.push({ r0: 0, c0: k * 2, r1: 0, c1: k * 2 + 1 });
    model.sheets.push(wide);
    const again = await readSheetsWithWarnings(contextFor(model), ["Gộp", "Rộng"]);
    expect(again.grids[0].merges).toHaveLength(1000);
    expect(again.grids[1].merges).toHaveLength(0);
    expect(again.warnings[0].vi).toContain("512");
  });

  test("without getMergedAreasOrNullObject (ExcelApi < 1.13): no merges, one warning", async () => {
    const model = workbookFromGrids([gridFromRows([["a", ""]], { sheet: "S" })]);
    model.sheet("S").merges.push({ r0: 0, c0: 0, r1: 0, c1: 1 });
    const read = await readSheetsWithWarnings(contextFor(model), ["S"], { caps: { ...ALL_CAPABILITIES, mergedAreas: false } });
    expect(read.grids[0].merges).toEqual([]);
    expect(read.warnings).toHaveLength(1);
  });

  test("a sheet renamed or deleted since the list was shown: said, the others read", async () => {
    const model = workbookFromGrids([gridFromRows([["a"]], { sheet: "Còn" })]);
    const read = await readSheetsWithWarnings(contextFor(model), ["Đã xóa", "Còn"]);
    expect(read.grids.map((g) => g.sheet)).toEqual(["Còn"]);
    expect(read.warnings[0].vi).toContain("Đã xóa");
  });

  test("the double refuses what Excel refuses: > 512 merged areas in one ask, a read over 5,000,000 cells", async () => {
    const model = workbookFromGrids([gridFromRows([["a"]], { sheet: "S" })]);
    for (let i = 0; i < 513; i++) model.sheet("S").merges.push({ r0: i, c0: 0, r1: i, c1: 1 });
    const ctx = contextFor(model);
    const areas = ctx.workbook.worksheets.getItem("S").getRange("A1:B600").getMergedAreasOrNullObject();
    areas.load("address");
    await expect(ctx.sync()).rejects.toBeInstanceOf(ExcelDoubleError);
    const big = ctx.workbook.worksheets.getItem("S").getRange("A1:E1000001");
    big.load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});
