/**
 * The pane's data sheet cells (src/core/submissions/dataSheet.ts) and the CLI's embedded data
 * (src/files/reportData.ts, exceljs) are one format: a CLI-made report opened in Excel works in the
 * pane, and a report the pane wrote, saved by Excel, works with `tdkt resubmit`.
 */
import ExcelJS from "exceljs";
import { gridFromRows } from "../../src/core/grid";
import { analyze } from "../../src/core/engine";
import { chunkText, dataSheetCells, dataSheetLength, DataSheetVersionError, reportDataFromCells } from "../../src/core/submissions/dataSheet";
import { embedReportData, readReportData, reportDataFromAnalysis } from "../../src/files/reportData";
import type { ReportData } from "../../src/core/submissions/contributions";

/** Two units' award lists, read by the real engine. */
async function realData(): Promise<ReportData> {
  const list = (sender: string, names: string[]) =>
    gridFromRows(
      [
        [`UBND ${sender}`],
        ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"],
        [],
        ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số quyết định"],
        ...names.map((n, i) => [i + 1, n, "Công chức", "Giấy khen của Chủ tịch UBND huyện", "398/QĐ-UBND"]),
      ],
      { sheet: "Danh sách", file: `${sender}.xlsx` },
    );
  const a = list("xã Mường Mùn", ["Lò Văn Mới", "Bùi Thị Tuyết Linh"]);
  const b = list("xã Quài Cang", ["Quàng Minh Hặc"]);
  const analysis = analyze([{ file: a.file, grids: [a] }, { file: b.file, grids: [b] }], {});
  const data = await reportDataFromAnalysis(analysis, "2021-07-02");
  return { ...data, decisionCampaigns: { "398/QĐ-UBND": "Phòng, chống dịch Covid-19" } };
}

async function emptyReportBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Tổng hợp").getCell("A1").value = "TỔNG HỢP";
  return new Uint8Array((await wb.xlsx.writeBuffer()));
}

/** Column A of the data sheet in .xlsx bytes, as exceljs gives it. */
async function columnA(bytes: Uint8Array): Promise<{ values: unknown[]; state: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("_tdkt_data")!;
  const values: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) values.push(ws.getCell(r, 1).value);
  return { values, state: ws.state };
}

test("chunks never split a surrogate pair and join back to the text", () => {
  const text = "Khen thưởng 🏅".repeat(5000);
  const chunks = chunkText(text, 1001);
  expect(chunks.join("")).toBe(text);
  expect(chunks.every((c) => c.length <= 1001 && !/[\ud800-\udbff]$/.test(c))).toBe(true);
  expect(chunkText("")).toEqual([""]);
});

test("a CLI-made report: its column A gives the same ReportData to the pane", async () => {
  const data = await realData();
  expect(data.contributions.flatMap((c) => c.parsed.sheets.flatMap((s) => s.awards.map((a) => a.name)))).toEqual(["Lò Văn Mới", "Bùi Thị Tuyết Linh", "Quàng Minh Hặc"]);
  const bytes = await embedReportData(await emptyReportBytes(), data);
  const { values, state } = await columnA(bytes);
  expect(state).toBe("veryHidden");
  // cell for cell the same column: the CLI writes dataSheetCells, as the pane does
  expect(values).toEqual(dataSheetCells(data));
  expect(dataSheetLength(values)).toBe(values.length);
  expect(reportDataFromCells(values)).toEqual(await readReportData(bytes));
  expect(reportDataFromCells(values)).toEqual(data);
});

test("a report the pane wrote, saved by Excel: the CLI reads the same ReportData", async () => {
  const data = await realData();
  // small chunks, so the JSON spans many cells
  const cells = dataSheetCells(data, 500);
  expect(cells.length).toBeGreaterThan(5);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Tổng hợp").getCell("A1").value = "TỔNG HỢP";
  const ws = wb.addWorksheet("_tdkt_data", { state: "veryHidden" });
  cells.forEach((c, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.numFmt = "@";
    cell.value = c;
  });
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()));
  expect(await readReportData(bytes)).toEqual(data);
});

test("not a data sheet: null; another format version: a clear error", () => {
  expect(reportDataFromCells(["Ghi chú riêng", "3"])).toBeNull();
  expect(dataSheetLength(["Ghi chú riêng", "3"])).toBeNull();
  expect(() => reportDataFromCells(["tdkt-report-data v2", "1", "{}"])).toThrow(DataSheetVersionError);
  // Excel may give a re-saved cell back as rich text: its runs joined are the same characters
  const data = { version: 1, registry: [], contributions: [] };
  const json = JSON.stringify(data);
  expect(reportDataFromCells(["tdkt-report-data v1", 1, { richText: [{ text: json.slice(0, 10) }, { text: json.slice(10) }] }])).toEqual(data);
});
