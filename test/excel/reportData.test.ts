/**
 * The units' data sheet through the gateway, on the Excel double: written very hidden and marked,
 * read back identical, in few syncs and under the payload limits, replaced on a re-run, never
 * offered as a source, and never written over a user's sheet of the same name.
 */
import { gridFromRows } from "../../src/core/grid";
import { REPORT_DATA_SHEET } from "../../src/core/records/readFile";
import type { ReportData } from "../../src/core/submissions/contributions";
import { dataSheetCells, reportDataFromCells } from "../../src/core/submissions/dataSheet";
import { CREATED_MARK, DATA_SHEET_NAME, ExcelOperationError, listSheets, readReportData, writeReport, writeReportData } from "../../src/excel/gateway";
import { contextFor, PAYLOAD_LIMIT, SheetModel, workbookFromGrids, type WorkbookModel } from "./excelDouble";

/** A small ReportData with the texts that go wrong when a cell is not Text: "=", "-", leading zeros. */
function sampleData(name = "Lò Văn Mới"): ReportData {
  return {
    version: 1,
    period: { from: "2021-01-01", to: "2021-06-30" },
    registry: [{ name: "Xã Mường Mùn" }, { name: "Xã Quài Cang" }],
    decisionCampaigns: { "398/QĐ-UBND": "Phòng, chống dịch Covid-19" },
    contributions: [
      {
        sender: "UBND xã Mường Mùn",
        fileName: "12-xa-muong-mun.xlsx",
        hash: "0".repeat(64),
        receivedOn: "2021-07-02",
        parsed: { file: "12-xa-muong-mun.xlsx", ledger: { file: "12-xa-muong-mun.xlsx", sheets: [] }, sheets: [], findings: [{ rule: "x", data: { text: `=SUM(A1) -12 0123 ${name}` } }] },
      },
    ],
  };
}

function userBook(): WorkbookModel {
  return workbookFromGrids([gridFromRows([["STT", "Họ và tên"], [1, "Bùi Thị Tuyết Linh"]], { sheet: "Danh sách" })], "Tổng hợp 6 tháng.xlsx");
}

test("the gateway's sheet name is the one the reader knows (a workbook holding it is never read as a unit's)", () => {
  expect(DATA_SHEET_NAME).toBe(REPORT_DATA_SHEET);
});

test("written very hidden, marked, as Text, in 4 syncs (sheets, marks, values, commit); read back identical in 2 syncs", async () => {
  const model = userBook();
  const cells = dataSheetCells(sampleData());
  const ctx = contextFor(model);
  const result = await writeReportData(ctx, cells);
  expect(result).toEqual({ replaced: false, syncs: 4, chunks: 1 });
  expect(ctx.syncCount).toBe(4);

  const sheet = model.sheet("_tdkt_data");
  expect(sheet.visibility).toBe("VeryHidden");
  expect(sheet.customProperties.get(CREATED_MARK.key)).toBe(CREATED_MARK.value);
  expect(sheet.get(0, 0)).toMatchObject({ v: "tdkt-report-data v1", z: "@" });
  // the count stays the text "1", not the number: the whole column is Text
  expect(sheet.get(1, 0)).toMatchObject({ v: "1", z: "@" });
  expect(sheet.get(2, 0)?.f).toBeUndefined();

  const readCtx = contextFor(model);
  const back = await readReportData(readCtx);
  expect(readCtx.syncCount).toBe(2);
  expect(back).toEqual(cells);
  expect(reportDataFromCells(back!)).toEqual(sampleData());
  // the user's sheet is untouched and stays the active one
  expect(model.sheet("Danh sách").valuesOf("A1:B2")).toEqual([["STT", "Họ và tên"], [1, "Bùi Thị Tuyết Linh"]]);
});

test("no data sheet: null after 1 sync", async () => {
  const ctx = contextFor(userBook());
  expect(await readReportData(ctx)).toBeNull();
  expect(ctx.syncCount).toBe(1);
});

test("a re-run replaces the data sheet (one sheet, the new data)", async () => {
  const model = userBook();
  await writeReportData(contextFor(model), dataSheetCells(sampleData("Lò Văn Mới")));
  const ctx = contextFor(model);
  const result = await writeReportData(ctx, dataSheetCells(sampleData("Quàng Minh Hặc")));
  expect(result).toEqual({ replaced: true, syncs: 4, chunks: 1 });
  expect(model.sheets.filter((s) => s.name === "_tdkt_data")).toHaveLength(1);
  const back = reportDataFromCells((await readReportData(contextFor(model)))!);
  expect(JSON.stringify(back)).toContain("Quàng Minh Hặc");
  expect(JSON.stringify(back)).not.toContain("Lò Văn Mới");
});

test("never listed as a source; the report sheets and the user's sheets still are", async () => {
  const model = userBook();
  await writeReport(contextFor(model), {
    title: "Báo cáo",
    awards: [],
    figures: [],
    sentences: [],
    issues: [],
    lang: "vi",
    sheets: [{ name: "Tổng hợp", title: ["TỔNG HỢP"], tables: [] }],
  });
  await writeReportData(contextFor(model), dataSheetCells(sampleData()));
  const listed = await listSheets(contextFor(model));
  expect(listed.sheets.map((s) => [s.name, s.createdByAddin])).toEqual([
    ["Danh sách", false],
    ["Tổng hợp", true],
  ]);
});

test("a user's sheet named “_tdkt_data” is never overwritten, never read as data, and stays listed", async () => {
  const model = userBook();
  const mine = new SheetModel("_tdkt_data");
  mine.cells.set(mine.key(0, 0), { v: "Ghi chú riêng của chuyên viên" });
  model.sheets.push(mine);

  const ctx = contextFor(model);
  const failure = await writeReportData(ctx, dataSheetCells(sampleData())).catch((e) => e);
  expect(failure).toBeInstanceOf(ExcelOperationError);
  expect(failure.code).toBe("DataSheetNameTaken");
  expect(failure.localized.vi).toContain("không do tiện ích tạo");
  expect(model.sheets).toContain(mine);
  expect(mine.valuesOf("A1:A2")).toEqual([["Ghi chú riêng của chuyên viên"], [""]]);
  expect(mine.customProperties.size).toBe(0);
  expect(mine.visibility).toBe("Visible");

  expect(await readReportData(contextFor(model))).toBeNull();
  expect((await listSheets(contextFor(model))).sheets.map((s) => s.name)).toEqual(["Danh sách", "_tdkt_data"]);
});

test("a CLI-made data sheet (very hidden, unmarked: exceljs cannot set Excel's sheet properties) is read, unlisted, and replaced", async () => {
  const model = userBook();
  const cli = new SheetModel("_tdkt_data");
  cli.visibility = "VeryHidden";
  const cells = dataSheetCells(sampleData());
  // the CLI writes the count as a number
  cells.forEach((c, r) => cli.cells.set(cli.key(r, 0), { v: r === 1 ? Number(c) : c }));
  model.sheets.push(cli);

  expect(reportDataFromCells((await readReportData(contextFor(model)))!)).toEqual(sampleData());
  expect((await listSheets(contextFor(model))).sheets.map((s) => s.name)).toEqual(["Danh sách"]);
  const result = await writeReportData(contextFor(model), dataSheetCells(sampleData("Quàng Minh Hặc")));
  expect(result.replaced).toBe(true);
  expect(model.sheets).not.toContain(cli);
  expect(model.sheet("_tdkt_data").customProperties.get("tdkt")).toBe("report");
});

test("large data: each write request and each read response stays under 5 MB; read back identical", async () => {
  const model = userBook();
  // 200 chunks of 30,000 characters, Vietnamese letters and quotes (escaped in JSON) included
  const piece = "Bằng khen của Chủ tịch UBND tỉnh \"Đột xuất\"; ".repeat(700).slice(0, 30_000);
  const cells = ["tdkt-report-data v1", "200", ...Array.from({ length: 200 }, (_, i) => `${i}:${piece}`.slice(0, 30_000))];
  const ctx = contextFor(model);
  const result = await writeReportData(ctx, cells);
  expect(result.chunks).toBeGreaterThan(1);
  expect(result.syncs).toBe(3 + result.chunks);
  expect(Math.max(...ctx.syncs.map((s) => s.requestBytes))).toBeLessThan(PAYLOAD_LIMIT);

  const readCtx = contextFor(model);
  const back = await readReportData(readCtx);
  expect(back).toEqual(cells);
  // 202 rows at 80 a sync: the first sync finds the sheet, then 3 batches
  expect(readCtx.syncCount).toBe(4);
  expect(Math.max(...readCtx.syncs.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
});

test("only the data sheet is hidden: the user's sheet stays visible", async () => {
  const model = userBook();
  await writeReportData(contextFor(model), dataSheetCells(sampleData()));
  expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["Danh sách", "Visible"],
    ["_tdkt_data", "VeryHidden"],
  ]);
});
