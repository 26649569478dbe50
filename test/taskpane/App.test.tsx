/**
 * @jest-environment jsdom
 *
 * The pane in jsdom, wired to the real gateway over the Excel double and to the engine in-process:
 * sheets listed, check run, issues shown and clickable to their cell, errors shown (never swallowed),
 * a unit file's annotated copy downloaded ("Gửi lại đơn vị"), a unit's resubmitted file replacing its
 * old one ("Cập nhật đơn vị gửi lại").
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { webcrypto } from "node:crypto";
import ExcelJS from "exceljs";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { createEngineService } from "../../src/taskpane/engineService";
import { workbookHost, type WorkbookHost } from "../../src/taskpane/workbookHost";
import { gridFromRows } from "../../src/core/grid";
import { contextFor, runFor, workbookFromGrids, type WorkbookModel } from "../excel/excelDouble";
import { readReportData, type ExcelRunner } from "../../src/excel/gateway";
import { wrap } from "../../src/excel/errors";
import { reportDataFromCells } from "../../src/core/submissions/dataSheet";

// Fluent UI v9 measures with ResizeObserver, which jsdom lacks (microsoft/fluentui#30077)
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;
// jsdom's File has no arrayBuffer() in some versions
if (typeof File !== "undefined" && !File.prototype.arrayBuffer) {
  File.prototype.arrayBuffer = function (this: File) {
    return new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(this);
    });
  };
}

// the pane hashes contributions with Web Crypto, as browsers do; jsdom has neither it nor TextEncoder
const g = globalThis as unknown as { crypto?: { subtle?: unknown }; TextEncoder?: unknown; TextDecoder?: unknown };
if (!g.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;

/** Object URLs and <a download> clicks, recorded (jsdom has no URL.createObjectURL and cannot download). */
const blobs = new Map<string, Blob>();
const downloads: { name: string; href: string }[] = [];
URL.createObjectURL = (b: Blob) => {
  const url = `blob:tdkt/${blobs.size + 1}`;
  blobs.set(url, b);
  return url;
};
URL.revokeObjectURL = (url: string) => void blobs.delete(url);
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  downloads.push({ name: this.download, href: this.href });
};

function blobBytes(b: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(b);
  });
}

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const haveSamples = fs.existsSync(SAMPLES);
if (!haveSamples) console.warn(`pane corpus tests skipped: ${SAMPLES} not found`);

function sampleFile(name: string, as = name): File {
  return new File([fs.readFileSync(path.join(SAMPLES, name))], as);
}

/**
 * Fires events in act's async form (the callback returns a promise), so the reads they start settle
 * before the test goes on; the events themselves are synchronous.
 */
function actAsync(fire: () => void): Promise<void> {
  return act(() => {
    fire();
    return Promise.resolve();
  });
}

const listedFiles = () => [...document.querySelectorAll('[data-testid="file-list"] > li')].map((li) => li.getAttribute("data-file"));

async function pickFiles(testId: string, files: File[]) {
  const input = document.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  await actAsync(() => {
    fireEvent.change(input, { target: { files } });
  });
  // the pane fingerprints the files' content before listing them
  if (testId === "files-input") await waitFor(() => expect(listedFiles()).toEqual(expect.arrayContaining(files.map((f) => f.name))));
}

/**
 * The report's "II. Khen thưởng theo đơn vị" table as written into the double:
 * unit -> "award|Tập thể" / "award|Cá nhân" -> count.
 */
function byUnit(model: WorkbookModel, sheet: string): Map<string, Record<string, number>> {
  const s = model.sheet(sheet);
  const text = (r: number, c: number) => String(s.get(r, c)?.v ?? "");
  let h = 0;
  while (!(text(h, 0) === "STT" && text(h, 1) === "Đơn vị")) if (++h > 500) throw new Error("no by-unit table");
  let last = 2;
  while (text(h + 1, last + 1) === "Tập thể" || text(h + 1, last + 1) === "Cá nhân") last++;
  const out = new Map<string, Record<string, number>>();
  for (let r = h + 2; text(r, 1) !== "Tổng cộng"; r++) {
    const counts: Record<string, number> = {};
    let award = "";
    for (let c = 2; c <= last; c++) {
      award = text(h, c) || award;
      const n = s.get(r, c)?.v;
      if (typeof n === "number" && n > 0) counts[`${award}|${text(h + 1, c)}`] = n;
    }
    out.set(text(r, 1), counts);
  }
  return out;
}

/** The sheets a report holds, one table each, and the submission ledger. */
const REPORT_SHEETS = ["Tổng hợp", "Theo đơn vị", "Số liệu", "Câu báo cáo", "Kiểm tra", "Số lỗi theo loại", "Sổ dòng", "Nguồn", "Nguồn số liệu", "Đơn vị gửi"];

const GK = "Giấy khen của Chủ tịch UBND huyện";
const BK = "Bằng khen của Chủ tịch UBND tỉnh";

/** Xã Mường Mùn sends its list again: one award changed, one row deleted, one row added. */
async function editedMuongMun(): Promise<File> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(SAMPLES, "12-xa-muong-mun.xlsx")) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Danh sách")!;
  ws.getCell("D17").value = BK; // Bùi Thị Tuyết Linh
  for (let r = 13; r <= 17; r++) for (const col of "ABCDEF") ws.getCell(`${col}${r}`).value = ws.getCell(`${col}${r + 1}`).value; // Quàng Minh Hặc goes
  for (let r = 13; r <= 17; r++) ws.getCell(`A${r}`).value = r - 11;
  [7, "Lò Văn Mới", "Công an viên bản Hua Sát", GK, "463/QĐ-UBND ngày 2/4/2021", "Đột xuất"].forEach((v, i) => (ws.getCell(`${"ABCDEF"[i]}18`).value = v));
  return new File([new Uint8Array((await wb.xlsx.writeBuffer()))], "12-xa-muong-mun (gui lai).xlsx");
}

/** Every text cell of a sheet, top down (the report's sentences are among them). */
function sheetTexts(model: WorkbookModel, sheet: string): string[] {
  return [...model.sheet(sheet).cells.values()].map((c) => c.v).filter((v): v is string => typeof v === "string");
}

/** The units' data the workbook keeps, read through the gateway as the pane reads it. */
async function keptData(model: WorkbookModel) {
  const cells = await readReportData(contextFor(model));
  return cells ? reportDataFromCells(cells) : null;
}

function renderPane(host: WorkbookHost, lang: "vi" | "en" = "vi") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} engine={createEngineService()} lang={lang} />
    </FluentProvider>,
  );
}

test("lists the workbook's sheets, leaves the add-in's own report sheets unchecked", async () => {
  const model = workbookFromGrids([gridFromRows([["STT", "Họ và tên"]], { sheet: "Danh sách" }), gridFromRows([["x"]], { sheet: "Tổng hợp" })], "Tuần Giáo.xlsx");
  model.sheets[1].customProperties.set("tdkt", "report");
  renderPane(workbookHost(runFor(model)));
  const list = await screen.findByRole("checkbox", { name: "Danh sách" });
  expect((list as HTMLInputElement).checked).toBe(true);
  const own = screen.getByRole("checkbox", { name: /^Tổng hợp \(sheet tổng hợp do tiện ích tạo/ });
  expect((own as HTMLInputElement).checked).toBe(false);
  expect(screen.getByRole("heading", { name: "Nguồn" })).toBeTruthy();
  // one primary action, the rest secondary
  const primary = screen.getAllByRole("button").filter((b) => /primary/i.test(b.className) || b.getAttribute("data-appearance") === "primary");
  expect(screen.getByRole("button", { name: "Tổng hợp" })).toHaveProperty("disabled", false);
  expect(primary.length).toBeLessThanOrEqual(1);
});

test("outside Excel the pane says so, in English when Office runs in English", async () => {
  renderPane(workbookHost(null), "en");
  expect(await screen.findByText(/Not running inside Excel/)).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Sources" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(await screen.findByText("Nothing to consolidate: no file or sheet is chosen. Choose the units' files first.")).toBeTruthy();
});

test("an Excel error is shown with its operation, not swallowed", async () => {
  // the gateway's own wrapping: the one error type, shown in the pane's language
  const failing: ExcelRunner = () => wrap("listSheets", () => Promise.reject(new Error("boom")));
  renderPane(workbookHost(failing));
  expect(await screen.findByText("Lỗi: Excel báo lỗi khi đọc danh sách sheet: boom")).toBeTruthy();
});

(fs.existsSync(SAMPLES) ? test : test.skip)("checks the workbook's sheets and a picked file; an issue click selects its cell", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readWorkbook } = require("../../src/files/readWorkbook") as typeof import("../../src/files/readWorkbook");
  const name = "02-xa-quai-cang.xlsx";
  const book = readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, name))), name);
  const model = workbookFromGrids(book.grids, name);
  renderPane(workbookHost(runFor(model)));
  await screen.findByRole("checkbox", { name: /^Biểu chỉ tiêu/ });

  const csv = fs.readFileSync(path.join(SAMPLES, "23-ban-chqs-huyen.csv"));
  await pickFiles("files-input", [new File([csv], "23-ban-chqs-huyen.csv", { type: "text/csv" })]);

  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/Tìm thấy \d+ vấn đề trong 2 nguồn\./, undefined, { timeout: 20_000 });
  const issue = screen.getByRole("button", { name: /Ô E10 ghi số dạng chữ.*Đến 02-xa-quai-cang\.xlsx › Biểu chỉ tiêu › E10/ });
  await actAsync(() => {
    fireEvent.click(issue);
  });
  await waitFor(() => expect(model.selection).toEqual({ sheet: "Biểu chỉ tiêu", address: "E10" }));
  expect(model.activeSheet?.name).toBe("Biểu chỉ tiêu");

  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await screen.findByText(/Đã ghi báo cáo vào sheet “Tổng hợp \(2\)”\./, undefined, { timeout: 20_000 });
  expect(model.sheet("Tổng hợp (2)").customProperties.get("tdkt")).toBe("report");
}, 60_000);

(haveSamples ? test : test.skip)("Gửi lại đơn vị: a picked file's annotated copy is downloaded; the workbook's sheets are not annotated", async () => {
  const model = workbookFromGrids([gridFromRows([["Ghi chú của phòng Nội vụ"]], { sheet: "Ghi chú" })], "Tổng hợp 6 tháng.xlsx");
  renderPane(workbookHost(runFor(model)));
  await screen.findByRole("checkbox", { name: /^Ghi chú/ });
  await pickFiles("files-input", [sampleFile("02-xa-quai-cang.xlsx"), sampleFile("23-ban-chqs-huyen.csv")]);

  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/Tìm thấy \d+ vấn đề trong 3 nguồn\./, undefined, { timeout: 20_000 });
  expect(screen.getByText("Các sheet của sổ làm việc này không được đánh dấu: sổ làm việc của bạn không bao giờ bị sửa.")).toBeTruthy();
  // one button per picked file with problems; none for the workbook
  const list = screen.getByTestId("return-list");
  expect(list.textContent).toMatch(/02-xa-quai-cang\.xlsx: \d+ vấn đề/);
  expect(list.textContent).not.toMatch(/Tổng hợp 6 tháng/);
  const button = screen.getByRole("button", { name: "Tải bản ghi chú: 02-xa-quai-cang.xlsx" });

  downloads.length = 0;
  fireEvent.click(button);
  await screen.findByText(/Đã tạo “02-xa-quai-cang - kiem tra\.xlsx” \(đánh dấu \d+ vấn đề\)\./, undefined, { timeout: 20_000 });
  expect(downloads).toHaveLength(1);
  expect(downloads[0].name).toBe("02-xa-quai-cang - kiem tra.xlsx");
  const link = screen.getByRole("link", { name: "Lưu lại “02-xa-quai-cang - kiem tra.xlsx”" });
  expect(link.getAttribute("download")).toBe("02-xa-quai-cang - kiem tra.xlsx");
  expect(link.getAttribute("href")).toBe(downloads[0].href);

  const bytes = await blobBytes(blobs.get(downloads[0].href)!);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  const ordered = [...wb.worksheets].sort((a, b) => (a as unknown as { orderNo: number }).orderNo - (b as unknown as { orderNo: number }).orderNo);
  expect(ordered[0].name).toBe("Kết quả kiểm tra");
  // the unit's own sheets are kept, and the text-number cell the check found carries its note
  expect(wb.getWorksheet("Biểu chỉ tiêu")!.getCell("E10").note).toBeTruthy();
  expect(JSON.stringify(wb.getWorksheet("Biểu chỉ tiêu")!.getCell("E10").note)).toMatch(/ghi số dạng chữ/);
  // the user's workbook was not touched
  expect(model.sheets.map((s) => s.name)).toEqual(["Ghi chú"]);
}, 60_000);

/** The pane shows the three edits of editedMuongMun() for that unit only, with its totals before → after. */
function expectMuongMunDiff(): void {
  const diff = screen.getByRole("region", { name: "Thay đổi của Xã Mường Mùn" });
  expect(screen.getAllByTestId("unit-diff")).toHaveLength(1);
  expect(diff.textContent).toContain("Xã Mường Mùn: 12-xa-muong-mun (gui lai).xlsx thay cho 12-xa-muong-mun.xlsx");
  for (const badge of ["Thêm 1 dòng", "Bớt 1 dòng", "Sửa 1 dòng"]) expect(diff.textContent).toContain(badge);
  expect(diff.textContent).toMatch(/\+ Lò Văn Mới/);
  expect(diff.textContent).toMatch(/- Quàng Minh Hặc/);
  expect(diff.textContent).toMatch(/~ Bùi Thị Tuyết Linh/);
  expect(diff.textContent).toContain(`${BK}, cá nhân: 0 → 1 (+1)`);
  expect(diff.textContent).toContain(`${GK}, cá nhân: 7 → 6 (-1)`);
}

(haveSamples ? test : test.skip)("Cập nhật đơn vị gửi lại: the unit's new file replaces its old one, the pane shows what changed and only its totals move", async () => {
  const model = workbookFromGrids([gridFromRows([["Ghi chú của phòng Nội vụ"]], { sheet: "Ghi chú" })], "Tổng hợp 6 tháng.xlsx");
  renderPane(workbookHost(runFor(model)));
  fireEvent.click(await screen.findByRole("checkbox", { name: /^Ghi chú/ })); // only the units' files
  await pickFiles("files-input", ["12-xa-muong-mun.xlsx", "02-xa-quai-cang.xlsx", "23-ban-chqs-huyen.csv"].map((f) => sampleFile(f)));
  const resubmit = screen.getByRole("button", { name: "Cập nhật đơn vị gửi lại" });
  expect(resubmit).toHaveProperty("disabled", true);

  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/Tìm thấy \d+ vấn đề trong 3 nguồn\./, undefined, { timeout: 20_000 });
  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await screen.findByText("Đã ghi báo cáo vào sheet “Tổng hợp”.", undefined, { timeout: 20_000 });
  const before = byUnit(model, "Theo đơn vị");
  expect(before.get("Xã Mường Mùn")).toEqual({ [`${GK}|Tập thể`]: 1, [`${GK}|Cá nhân`]: 7 });

  const edited = await editedMuongMun();

  expect(resubmit).toHaveProperty("disabled", false);
  await pickFiles("resubmit-input", [edited]);
  await screen.findByText("Đã cập nhật 1 đơn vị gửi lại.", undefined, { timeout: 30_000 });
  await screen.findByText("Đã ghi báo cáo vào sheet “Tổng hợp”.", undefined, { timeout: 20_000 });

  // what changed, for that unit only
  expectMuongMunDiff();

  // the new file took the old one's place in the list
  expect(listedFiles()).toContain("12-xa-muong-mun (gui lai).xlsx");
  expect(listedFiles()).not.toContain("12-xa-muong-mun.xlsx");

  // the report sheet was rewritten in place; only that unit's totals moved
  const after = byUnit(model, "Theo đơn vị");
  expect(model.sheets.filter((s) => s.name.startsWith("Tổng hợp"))).toHaveLength(1);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [unit, counts] of before) if (unit !== "Xã Mường Mùn") expect({ unit, counts: after.get(unit) }).toEqual({ unit, counts });
  expect(after.get("Xã Mường Mùn")).toEqual({ [`${GK}|Tập thể`]: 1, [`${GK}|Cá nhân`]: 6, [`${BK}|Cá nhân`]: 1 });
  // and the submission ledger says who sent again
  const ledger = model.sheet("Đơn vị gửi");
  const rows = [...Array(40).keys()].map((r) => ledger.valuesOf(`A${r + 1}:F${r + 1}`)[0].map(String));
  expect(rows.find((r) => r[1].startsWith("Xã Mường Mùn"))?.[2]).toMatch(/^Gửi lại ngày \d{2}\/\d{2}\/\d{4}/);
  expect(rows.find((r) => r[1].startsWith("Xã Quài Cang"))?.[2]).toMatch(/^Đã gửi/);
}, 90_000);

(haveSamples ? test : test.skip)("days later, a fresh pane finds the units' data in the workbook: one unit resubmits, only its totals move", async () => {
  const model = workbookFromGrids([gridFromRows([["Ghi chú của phòng Nội vụ"]], { sheet: "Ghi chú" })], "Tổng hợp 6 tháng.xlsx");
  // the first visit: three units' files checked and consolidated
  const first = renderPane(workbookHost(runFor(model)));
  fireEvent.click(await screen.findByRole("checkbox", { name: /^Ghi chú/ }));
  await pickFiles("files-input", ["12-xa-muong-mun.xlsx", "02-xa-quai-cang.xlsx", "23-ban-chqs-huyen.csv"].map((f) => sampleFile(f)));
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/Tìm thấy \d+ vấn đề trong 3 nguồn\./, undefined, { timeout: 20_000 });
  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await screen.findByText("Đã ghi báo cáo vào sheet “Tổng hợp”.", undefined, { timeout: 20_000 });
  const before = byUnit(model, "Theo đơn vị");
  expect(before.get("Xã Mường Mùn")).toEqual({ [`${GK}|Tập thể`]: 1, [`${GK}|Cá nhân`]: 7 });
  const data = model.sheet("_tdkt_data");
  expect(data.visibility).toBe("VeryHidden");
  const sheetsBefore = model.sheets.map((s) => s.name).sort();
  expect(sheetsBefore).toEqual(expect.arrayContaining(["Ghi chú", "Tổng hợp", "Theo đơn vị", "Đơn vị gửi", "_tdkt_data"]));
  expect((await keptData(model))?.contributions.map((c) => c.fileName)).toEqual(["12-xa-muong-mun.xlsx", "02-xa-quai-cang.xlsx", "23-ban-chqs-huyen.csv"]);
  first.unmount();

  // Excel closed and opened again: a new pane and a new engine, nothing picked, nothing in memory
  renderPane(workbookHost(runFor(model)));
  await screen.findByText(/^Sổ làm việc này giữ dữ liệu của 3 đơn vị/, undefined, { timeout: 20_000 });
  const pickedList = () => screen.queryByRole("list", { name: "Tệp của đơn vị (.xlsx, .xls, .ods, .csv)" });
  expect(pickedList()).toBeNull();
  // the data sheet is not offered as a source
  expect(screen.queryByRole("checkbox", { name: /_tdkt_data/ })).toBeNull();
  const resubmit = screen.getByRole("button", { name: "Cập nhật đơn vị gửi lại" });
  await waitFor(() => expect(resubmit).toHaveProperty("disabled", false));

  await pickFiles("resubmit-input", [await editedMuongMun()]);
  await screen.findByText("Đã cập nhật 1 đơn vị gửi lại.", undefined, { timeout: 30_000 });
  await screen.findByText("Đã ghi báo cáo vào sheet “Tổng hợp”.", undefined, { timeout: 20_000 });

  expectMuongMunDiff();

  // the report and the ledger were rewritten in place; only that unit's totals moved
  expect(model.sheets.map((s) => s.name).sort()).toEqual(sheetsBefore);
  const after = byUnit(model, "Theo đơn vị");
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [unit, counts] of before) if (unit !== "Xã Mường Mùn") expect({ unit, counts: after.get(unit) }).toEqual({ unit, counts });
  expect(after.get("Xã Mường Mùn")).toEqual({ [`${GK}|Tập thể`]: 1, [`${GK}|Cá nhân`]: 6, [`${BK}|Cá nhân`]: 1 });
  const ledger = model.sheet("Đơn vị gửi");
  const rows = [...Array(40).keys()].map((r) => ledger.valuesOf(`A${r + 1}:F${r + 1}`)[0].map(String));
  expect(rows.find((r) => r[1].startsWith("Xã Mường Mùn"))?.[2]).toMatch(/^Gửi lại ngày \d{2}\/\d{2}\/\d{4}/);
  expect(rows.find((r) => r[1].startsWith("Xã Quài Cang"))?.[2]).toMatch(/^Đã gửi/);

  // the data sheet now holds the new file in the old one's place, and remembers the old one
  const kept = (await keptData(model))!;
  expect(kept.contributions.map((c) => c.fileName)).toEqual(["12-xa-muong-mun (gui lai).xlsx", "02-xa-quai-cang.xlsx", "23-ban-chqs-huyen.csv"]);
  expect(kept.contributions[0].history?.map((h) => h.fileName)).toEqual(["12-xa-muong-mun.xlsx"]);
  expect(kept.contributions[0].resubmittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // the list of picked files was left alone (the other units' files were never picked again)
  expect(pickedList()).toBeNull();
}, 120_000);

(haveSamples ? test : test.skip)("Thiết lập: a campaign named by decision number changes the report's sentence, and a later pane keeps it", async () => {
  const model = workbookFromGrids([gridFromRows([["Ghi chú của phòng Nội vụ"]], { sheet: "Ghi chú" })], "Tổng hợp 6 tháng.xlsx");
  const first = renderPane(workbookHost(runFor(model)));
  fireEvent.click(await screen.findByRole("checkbox", { name: /^Ghi chú/ }));
  await pickFiles("files-input", ["21-vp-hdnd-ubnd.xlsx", "12-xa-muong-mun.xlsx"].map((f) => sampleFile(f)));
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/Tìm thấy \d+ vấn đề trong 2 nguồn\./, undefined, { timeout: 20_000 });
  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await screen.findByText("Đã ghi báo cáo vào sheet “Tổng hợp”.", undefined, { timeout: 20_000 });
  const covid = /phòng, chống dịch Covid-19/;
  expect(sheetTexts(model, "Câu báo cáo").some((v) => covid.test(v))).toBe(false);

  // name the decision: the button adds a row and moves the focus into it
  expect(screen.getByText("Chưa đặt tên đợt nào: tên đợt lấy từ ghi chú trong tệp của đơn vị.")).toBeTruthy();
  await actAsync(() => {
    fireEvent.click(screen.getByRole("button", { name: "Thêm đợt" }));
  });
  const number = screen.getByRole("textbox", { name: "Số quyết định, đợt 1" });
  await waitFor(() => expect(document.activeElement).toBe(number));
  fireEvent.change(number, { target: { value: "398/QĐ-UBND" } });
  // half a row is said to be unused, not silently dropped
  expect(screen.getByText("Đợt 1 thiếu số quyết định hoặc tên đợt: chưa được dùng.")).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: "Tên đợt, đợt 1" }), { target: { value: "Phòng, chống dịch Covid-19" } });
  expect(screen.queryByText(/thiếu số quyết định/)).toBeNull();

  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await waitFor(() => expect(sheetTexts(model, "Câu báo cáo").some((v) => covid.test(v))).toBe(true), { timeout: 20_000 });
  const sentence = sheetTexts(model, "Câu báo cáo").find((v) => covid.test(v))!;
  expect(sentence).toMatch(/^- Khen thưởng thành tích xuất sắc trong công tác phòng, chống dịch Covid-19: /);
  expect((await keptData(model))?.decisionCampaigns).toEqual({ "398/QĐ-UBND": "Phòng, chống dịch Covid-19" });
  first.unmount();

  // a later pane shows the name kept with the report, and a resubmission keeps the sentence
  renderPane(workbookHost(runFor(model)));
  await waitFor(() => expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Tên đợt, đợt 1" }).value).toBe("Phòng, chống dịch Covid-19"));
  expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Số quyết định, đợt 1" }).value).toBe("398/QĐ-UBND");
  await pickFiles("resubmit-input", [await editedMuongMun()]);
  await screen.findByText("Đã cập nhật 1 đơn vị gửi lại.", undefined, { timeout: 30_000 });
  await screen.findByText("Đã ghi báo cáo vào sheet “Tổng hợp”.", undefined, { timeout: 20_000 });
  expect(sheetTexts(model, "Câu báo cáo")).toContain(sentence);

  // removing the row (keyboard users land on "Thêm đợt") takes the name out of the next report
  await actAsync(() => {
    fireEvent.click(screen.getByRole("button", { name: "Bỏ đợt 1" }));
  });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Thêm đợt" })));
  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await waitFor(() => expect(sheetTexts(model, "Câu báo cáo").some((v) => covid.test(v))).toBe(false), { timeout: 20_000 });
  expect((await keptData(model))?.decisionCampaigns).toBeUndefined();
}, 120_000);

test("the campaign editor in English: labelled inputs, add and remove by button", async () => {
  renderPane(workbookHost(null), "en");
  expect(screen.getByText("No campaign named: campaigns come from the notes in the units' files.")).toBeTruthy();
  await actAsync(() => {
    fireEvent.click(screen.getByRole("button", { name: "Add a campaign" }));
    fireEvent.click(screen.getByRole("button", { name: "Add a campaign" }));
  });
  expect(screen.getAllByRole("textbox", { name: /^Số quyết định, campaign [12]$/ })).toHaveLength(2);
  fireEvent.change(screen.getByRole("textbox", { name: "Số quyết định, campaign 2" }), { target: { value: "705/QĐ-UBND" } });
  expect(screen.getByText("Campaign 2 lacks a decision number or a name: not used yet.")).toBeTruthy();
  // removing the first row: the second becomes the first and takes the focus
  await actAsync(() => {
    fireEvent.click(screen.getByRole("button", { name: "Remove campaign 1" }));
  });
  const left = screen.getByRole<HTMLInputElement>("textbox", { name: "Số quyết định, campaign 1" });
  expect(left.value).toBe("705/QĐ-UBND");
  await waitFor(() => expect(document.activeElement).toBe(left));
});

test("a user's own sheet named “_tdkt_data” is left alone: the report is written, the pane says why the data is not", async () => {
  const list = gridFromRows(
    [
      ["UBND XÃ QUÀI CANG"],
      ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"],
      [],
      ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng"],
      [1, "Lò Văn Mới", "Công an viên bản Hua Sát", "Giấy khen của Chủ tịch UBND huyện"],
    ],
    { sheet: "Danh sách" },
  );
  const model = workbookFromGrids([list, gridFromRows([["Ghi chú riêng"]], { sheet: "_tdkt_data" })], "Quài Cang.xlsx");
  renderPane(workbookHost(runFor(model)));
  // a user's sheet of that name is listed like any other; only the list is read here
  fireEvent.click(await screen.findByRole("checkbox", { name: /^_tdkt_data/ }));
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText(/Tìm thấy \d+ vấn đề trong 1 nguồn\.|Không có vấn đề nào\./, undefined, { timeout: 20_000 });
  fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await screen.findByText(/không do tiện ích tạo, nên dữ liệu các đơn vị không được ghi/, undefined, { timeout: 20_000 });
  expect(screen.getByText("Đã ghi báo cáo vào sheet “Tổng hợp”.")).toBeTruthy();
  expect(model.sheet("_tdkt_data").valuesOf("A1:A2")).toEqual([["Ghi chú riêng"], [""]]);
  expect(model.sheet("_tdkt_data").customProperties.size).toBe(0);
});

test("a report made by the CLI, opened in Excel: its sheets are not ticked as sources, and a unit's resubmission rewrites them in place", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readWorkbook } = require("../../src/files/readWorkbook") as typeof import("../../src/files/readWorkbook");
  const { createSession } = await import("../../src/app/session");
  const demo = path.resolve(__dirname, "../../samples/demo");
  const names = fs.readdirSync(demo).filter((f) => /\.(xlsx|xls|csv)$/i.test(f));
  const session = createSession();
  session.addFiles(names.map((f) => ({ name: path.join(demo, f), bytes: fs.readFileSync(path.join(demo, f)) })));
  await session.check();
  const bytes = await session.reportFile(await session.report({ lang: "vi" }));
  const model = workbookFromGrids(readWorkbook(bytes, "tong-hop.xlsx").grids, "tong-hop.xlsx");
  model.sheet("_tdkt_data").visibility = "VeryHidden";
  const sheetsBefore = model.sheets.map((s) => s.name).sort();

  renderPane(workbookHost(runFor(model)));
  await screen.findByText(/^Sổ làm việc này giữ dữ liệu của 6 đơn vị/, undefined, { timeout: 20_000 });
  for (const name of REPORT_SHEETS) {
    const box = screen.getByRole("checkbox", { name: new RegExp(`^${name} \\(sheet tổng hợp do tiện ích tạo`) });
    expect((box as HTMLInputElement).checked).toBe(false);
  }

  const again = new File([fs.readFileSync(path.join(demo, "02-xa-hoa-binh.xlsx"))], "02-xa-hoa-binh (gui lai).xlsx");
  const resubmit = screen.getByRole("button", { name: "Cập nhật đơn vị gửi lại" });
  await waitFor(() => expect(resubmit).toHaveProperty("disabled", false));
  await pickFiles("resubmit-input", [again]);
  await screen.findByText("Đã ghi báo cáo vào sheet “Tổng hợp”.", undefined, { timeout: 30_000 });
  // replaced, not doubled: no "Tổng hợp (2)" beside the CLI's sheets
  expect(model.sheets.map((s) => s.name).sort()).toEqual(sheetsBefore);
  expect((await keptData(model))?.reportSheets?.map((m) => m.name)).toEqual(REPORT_SHEETS);
}, 60_000);
