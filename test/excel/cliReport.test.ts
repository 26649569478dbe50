/**
 * A report made by the CLI (`tdkt consolidate`: the session's report file, on samples/demo), opened
 * in Excel (the double, loaded from the bytes' Grids, the data sheet very hidden as exceljs writes
 * it): the pane knows its report sheets for the add-in's own from the list kept in the data
 * (ReportData.reportSheets) — never ticked as sources, replaced by a re-run — while a user's sheet
 * that merely has a report sheet's name is left alone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ReportData } from "../../src/core/submissions/contributions";
import { dataSheetCells, isRecordedReportSheet, reportDataFromCells } from "../../src/core/submissions/dataSheet";
import { createSession } from "../../src/app/session";
import { CREATED_MARK, listSheets, readReportData, writeReport, writeReportData } from "../../src/excel/gateway";
import { readReportData as readBytesData } from "../../src/files/reportData";
import { readWorkbook } from "../../src/files/readWorkbook";
import { createEngineService } from "../../src/taskpane/engineService";
import { contextFor, SheetModel, workbookFromGrids, type WorkbookModel } from "./excelDouble";

const DEMO = resolve(__dirname, "../../samples/demo");
const DEMO_FILES = readdirSync(DEMO).filter((f) => /\.(xlsx|xls|csv)$/i.test(f));
const REPORT_SHEETS = ["Tổng hợp", "Theo đơn vị", "Số liệu", "Câu báo cáo", "Kiểm tra", "Số lỗi theo loại", "Sổ dòng", "Nguồn", "Nguồn số liệu", "Đơn vị gửi"];
/** the report sheets other than "Tổng hợp" */
const OTHER_SHEETS = REPORT_SHEETS.slice(1);

let cliBytes: Uint8Array;

beforeAll(async () => {
  const session = createSession();
  session.addFiles(DEMO_FILES.map((f) => ({ name: join(DEMO, f), bytes: readFileSync(join(DEMO, f)) })));
  await session.check();
  cliBytes = await session.reportFile(await session.report({ lang: "vi" }));
});

/** The CLI's report as Excel would hold it once opened: every sheet, the data sheet very hidden. */
function openedInExcel(): WorkbookModel {
  const read = readWorkbook(cliBytes, "tong-hop-6-thang.xlsx");
  const model = workbookFromGrids(read.grids, "tong-hop-6-thang.xlsx");
  model.sheet("_tdkt_data").visibility = "VeryHidden";
  return model;
}

/** A user's own sheet: a title of their own in A1. */
function userSheet(name: string, title: string): SheetModel {
  const sheet = new SheetModel(name);
  sheet.cell(0, 0).v = title;
  sheet.cell(2, 0).v = "STT";
  sheet.cell(2, 1).v = "Họ và tên";
  sheet.cell(3, 0).v = 1;
  sheet.cell(3, 1).v = "Bùi Thị Tuyết Linh";
  return sheet;
}

/** The pane's flow on the same demo files: check, build the report, write it and then the data. */
async function paneRewrite(model: WorkbookModel) {
  const engine = createEngineService();
  const bytes = (f: string) => {
    const b = readFileSync(join(DEMO, f));
    return { name: f, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) };
  };
  await engine.check({ files: DEMO_FILES.map(bytes) });
  const report = await engine.report({ lang: "vi" });
  const written = await writeReport(contextFor(model), report);
  const data = await engine.reportData(written.reportSheets);
  await writeReportData(contextFor(model), data.cells);
  return written;
}

async function keptData(model: WorkbookModel): Promise<ReportData | null> {
  const cells = await readReportData(contextFor(model));
  return cells ? reportDataFromCells(cells) : null;
}

test("the CLI's data names the report sheets it wrote, with their title and period cells", async () => {
  const data = (await readBytesData(cliBytes))!;
  expect(data.reportSheets).toEqual([
    ...["Tổng hợp", "Theo đơn vị", "Số liệu", "Câu báo cáo"].map((name) => ({ name, top: ["TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", "Từ 01/01/2024 đến 30/06/2024"] })),
    ...["Kiểm tra", "Số lỗi theo loại", "Sổ dòng"].map((name) => ({ name, top: ["KẾT QUẢ KIỂM TRA CÁC TỆP", "Từ 01/01/2024 đến 30/06/2024"] })),
    ...["Nguồn", "Nguồn số liệu"].map((name) => ({ name, top: ["NGUỒN SỐ LIỆU ĐÃ ĐỌC", "Từ 01/01/2024 đến 30/06/2024"] })),
    { name: "Đơn vị gửi", top: ["TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ", ""] },
  ]);
  // the data sheet is not among them, and every file's part is there (the registry's too)
  // every unit file is a contribution; the registry file read among them is not
  expect(data.contributions.map((c) => c.fileName)).toEqual(DEMO_FILES.filter((f) => !f.startsWith("danh-muc")));
});

test("opened in Excel: the report sheets are the add-in's (not sources), the data sheet is not listed, in 2 syncs", async () => {
  const model = openedInExcel();
  model.sheets.push(userSheet("Danh sách", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"));
  const ctx = contextFor(model);
  const list = await listSheets(ctx);
  expect(ctx.syncCount).toBe(2);
  expect(list.sheets).toEqual([
    ...REPORT_SHEETS.map((name) => ({ name, visibility: "Visible", createdByAddin: true })),
    { name: "Danh sách", visibility: "Visible", createdByAddin: false },
  ]);
});

test("a pane re-run replaces the CLI's report sheets (no “Tổng hợp (2)”) and records its own", async () => {
  const model = openedInExcel();
  const written = await paneRewrite(model);
  expect(written.sheets).toEqual(REPORT_SHEETS);
  expect(written.replaced.sort()).toEqual([...REPORT_SHEETS].sort());
  expect(model.sheets.map((s) => s.name).sort()).toEqual([...REPORT_SHEETS, "_tdkt_data"].sort());
  for (const name of REPORT_SHEETS) expect(model.sheet(name).customProperties.get(CREATED_MARK.key)).toBe(CREATED_MARK.value);
  // the data now names the pane's sheets, with what the pane wrote at their top
  const data = (await keptData(model))!;
  expect(data.reportSheets?.map((m) => m.name)).toEqual(REPORT_SHEETS);
  for (const mark of data.reportSheets!) {
    expect(mark.top).toEqual([0, 1].map((r) => String(model.sheet(mark.name).get(r, 0)?.v ?? "")));
  }
  // and a second run replaces them again, still without "(2)"
  const again = await paneRewrite(model);
  expect(again.sheets).toEqual(REPORT_SHEETS);
});

test("a user's sheet called “Tổng hợp” (another first row) stays the user's: a source, left alone, the report goes beside it", async () => {
  const model = openedInExcel();
  // the user deleted the CLI's sheet and made their own of that name
  const at = model.sheets.findIndex((s) => s.name === "Tổng hợp");
  model.sheets[at] = userSheet("Tổng hợp", "BẢNG TỔNG HỢP ĐIỂM THI ĐUA CỦA CHI BỘ");
  const before = JSON.stringify([...model.sheets[at].cells]);

  const list = await listSheets(contextFor(model));
  expect(list.sheets.find((s) => s.name === "Tổng hợp")?.createdByAddin).toBe(false);
  expect(list.sheets.filter((s) => s.createdByAddin).map((s) => s.name)).toEqual(OTHER_SHEETS);

  const written = await paneRewrite(model);
  expect(written.sheets).toEqual(["Tổng hợp (2)", ...OTHER_SHEETS]);
  expect(written.replaced.sort()).toEqual([...OTHER_SHEETS].sort());
  expect(JSON.stringify([...model.sheet("Tổng hợp").cells])).toBe(before);
  expect(model.sheet("Tổng hợp").customProperties.has(CREATED_MARK.key)).toBe(false);
  // the data now records "Tổng hợp (2)", never the user's sheet
  expect((await keptData(model))?.reportSheets?.map((m) => m.name)).toEqual(written.sheets);
  expect((await listSheets(contextFor(model))).sheets.find((s) => s.name === "Tổng hợp")?.createdByAddin).toBe(false);
});

test("the same title over another period line is not the recorded sheet either", async () => {
  const model = openedInExcel();
  model.sheet("Tổng hợp").cell(1, 0).v = "Từ 01/07/2024 đến 31/12/2024";
  const list = await listSheets(contextFor(model));
  expect(list.sheets.find((s) => s.name === "Tổng hợp")?.createdByAddin).toBe(false);
  expect(list.sheets.find((s) => s.name === "Kiểm tra")?.createdByAddin).toBe(true);
});

test("a sheet marked tdkt with another value is not the add-in's, even when listed with matching cells", async () => {
  const model = openedInExcel();
  model.sheet("Nguồn").customProperties.set(CREATED_MARK.key, "user-notes");
  const list = await listSheets(contextFor(model));
  expect(list.sheets.find((s) => s.name === "Nguồn")?.createdByAddin).toBe(false);
});

test("no list without the add-in's data sheet: a visible, unmarked _tdkt_data proves nothing", async () => {
  const model = openedInExcel();
  model.sheet("_tdkt_data").visibility = "Visible";
  const list = await listSheets(contextFor(model));
  expect(list.sheets.filter((s) => s.createdByAddin)).toEqual([]);
  // listed as the user's sheet it may be, and a re-run writes beside the report sheets
  expect(list.sheets.map((s) => s.name)).toContain("_tdkt_data");
});

test("older data without reportSheets still reads; its sheets are then simply the user's", async () => {
  const model = openedInExcel();
  const data = (await keptData(model))!;
  const { reportSheets: _dropped, ...older } = data;
  const sheet = model.sheet("_tdkt_data");
  sheet.cells.clear();
  dataSheetCells(older).forEach((c, r) => (sheet.cell(r, 0).v = c));
  const back = (await keptData(model))!;
  expect(back.reportSheets).toBeUndefined();
  expect(back.contributions).toHaveLength(data.contributions.length);
  const list = await listSheets(contextFor(model));
  expect(list.sheets.filter((s) => s.createdByAddin)).toEqual([]);
});

test("isRecordedReportSheet: names as Excel compares them, cells exactly, an empty title never", () => {
  const data = { reportSheets: [{ name: "Tổng hợp", top: ["TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", ""] }, { name: "Trống", top: ["", ""] }] };
  expect(isRecordedReportSheet(data, "TỔNG HỢP", ["TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", ""])).toBe(true);
  // the same letters decomposed (NFD), as some tools save them
  expect(isRecordedReportSheet(data, "Tổng hợp".normalize("NFD"), ["TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG".normalize("NFD"), null])).toBe(true);
  expect(isRecordedReportSheet(data, "Tổng hợp", ["TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", "Từ 01/01/2024"])).toBe(false);
  expect(isRecordedReportSheet(data, "Tổng hợp", ["Tổng hợp kết quả thi đua, khen thưởng", ""])).toBe(false);
  expect(isRecordedReportSheet(data, "Kiểm tra", ["TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", ""])).toBe(false);
  // an empty sheet of a recorded name with an empty title: nothing to prove it is the tool's
  expect(isRecordedReportSheet(data, "Trống", ["", ""])).toBe(false);
  expect(isRecordedReportSheet({}, "Tổng hợp", ["TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", ""])).toBe(false);
});
