/**
 * The built task pane in Debian's chromium, offline: the production bundle served from 127.0.0.1,
 * office.js served from node_modules for its CDN URL, an Excel double injected into the page with
 * sample sheets as "this workbook", and two sample files picked through the file input. The test
 * clicks "Kiểm tra" and "Tổng hợp" as a user would, checks the pane shows what the engine finds and
 * that the report sheet was written, downloads one picked file's annotated copy ("Tải bản ghi chú",
 * made by exceljs's browser build in the worker), and that the page asked nothing of the network.
 *
 * Without /usr/bin/chromium it fails in CI (CI installs it) and skips locally with a message.
 */
import * as fs from "node:fs";
import type * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import type { Grid } from "../../src/core/grid";
import { CHROMIUM, DIST, ROOT, ensureBuild, launch, openPane, serve } from "./harness";

const SAMPLES = path.resolve(ROOT, "../shared/samples");
const OUT = path.join(ROOT, "test-output");

const WORKBOOK_FILE = "01-thi-tran-tuan-giao.xlsx";
const PICKED = ["02-xa-quai-cang.xlsx", "23-ban-chqs-huyen.csv"];

const haveChromium = fs.existsSync(CHROMIUM);
const haveSamples = fs.existsSync(SAMPLES);
if (!haveChromium && process.env.CI) {
  test("chromium is installed in CI", () => {
    throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium)`);
  });
}
const run = haveChromium && haveSamples ? describe : describe.skip;
if (!haveChromium && !process.env.CI) console.warn(`browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);
if (!haveSamples) console.warn(`browser test skipped: ${SAMPLES} is absent`);

run("the task pane in chromium", () => {
  let server: http.Server;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let offline: string[] = [];
  const pageErrors: string[] = [];
  let workbookGrids: Grid[];
  let readWorkbook: typeof import("../../src/files/readWorkbook").readWorkbook;
  let expected: { issues: number; rules: Set<string> };

  beforeAll(async () => {
    ensureBuild();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ({ readWorkbook } = require("../../src/files/readWorkbook") as typeof import("../../src/files/readWorkbook"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { analyze } = require("../../src/core/engine") as typeof import("../../src/core/engine");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readSheets } = require("../../src/excel/gateway") as typeof import("../../src/excel/gateway");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { contextFor, workbookFromGrids } = require("../excel/excelDouble") as typeof import("../excel/excelDouble");
    const read = (f: string) => readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, f))), f);
    workbookGrids = read(WORKBOOK_FILE).grids;

    // What the engine finds on the same inputs, reading the workbook through the same gateway
    const viaGateway = await readSheets(contextFor(workbookFromGrids(workbookGrids, WORKBOOK_FILE)), workbookGrids.map((g) => g.sheet), { file: WORKBOOK_FILE });
    const analysis = analyze([{ file: WORKBOOK_FILE, grids: viaGateway }, ...PICKED.map((f) => ({ file: f, grids: read(f).grids }))], { ratioLimit: 0.15 });
    expected = { issues: analysis.issues.length, rules: new Set(analysis.issues.map((i) => i.rule)) };

    server = await serve(DIST);
    const port = (server.address() as AddressInfo).port;
    ({ context, profile, offline } = await launch({ width: 420, height: 1100 }));
    page = context.pages()[0] ?? (await context.newPage());
    await openPane(page, port, { file: WORKBOOK_FILE, grids: workbookGrids }, pageErrors);
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => server?.close(r));
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  test("lists the workbook's sheets, checks, shows the issues and writes the report", async () => {
    await page.getByRole("heading", { name: "Tổng hợp TĐKT" }).waitFor({ timeout: 30_000 });
    // sheets of "this workbook" come from the double, through the gateway
    for (const g of workbookGrids) await page.getByRole("checkbox", { name: new RegExp(`^${g.sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).waitFor();

    await page.locator('[data-testid="files-input"]').setInputFiles(PICKED.map((f) => path.join(SAMPLES, f)));
    for (const f of PICKED) await page.locator(`li[data-file="${f}"]`).waitFor();

    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText(/Tìm thấy \d+ vấn đề|Không có vấn đề nào/).waitFor({ timeout: 60_000 });
    const shown = await page.locator('[data-testid="issue-list"] > li').count();
    expect(expected.issues).toBeGreaterThan(0);
    expect(shown).toBe(expected.issues);
    const shownRules = new Set(await page.locator('[data-testid="issue-list"] > li').evaluateAll((els) => els.map((e) => e.getAttribute("data-rule"))));
    expect(shownRules).toEqual(expected.rules);
    await page.getByText(`Tìm thấy ${expected.issues} vấn đề trong 3 nguồn.`).waitFor();

    // "Gửi lại đơn vị": the annotated copy of a picked file arrives as a download, made on the machine
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: `Tải bản ghi chú: ${PICKED[0]}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("02-xa-quai-cang - kiem tra.xlsx");
    const saved = path.join(profile, download.suggestedFilename());
    await download.saveAs(saved);
    const copy = readWorkbook(new Uint8Array(fs.readFileSync(saved)), download.suggestedFilename());
    expect(copy.error).toBeUndefined();
    expect(copy.grids[0].sheet).toBe("Kết quả kiểm tra");
    // the unit's own sheets follow, and the problems listed are this file's
    expect(copy.grids.slice(1).map((g) => g.sheet)).toEqual(readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, PICKED[0]))), PICKED[0]).grids.map((g) => g.sheet));
    expect(JSON.stringify(copy.grids[0].cells)).toContain(PICKED[0]);
    await page.getByText(/Đã tạo “02-xa-quai-cang - kiem tra\.xlsx”/).waitFor();

    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByText(/Đã ghi báo cáo vào sheet/).waitFor({ timeout: 60_000 });
    const sheets = await page.evaluate(() => {
      const model = (window as unknown as { __tdktModel: import("../excel/excelDouble").WorkbookModel }).__tdktModel;
      return model.sheets.map((s) => ({
        name: s.name,
        mark: s.customProperties.get("tdkt") ?? null,
        visibility: s.visibility,
        cells: s.cells.size,
        font: s.get(0, 0)?.font?.name ?? null,
      }));
    });
    const written = sheets.filter((s) => s.mark === "report" && s.visibility === "Visible");
    // the units' data, kept in a very hidden sheet so a unit can resubmit days later
    expect(sheets.filter((s) => s.mark === "report" && s.visibility !== "Visible")).toEqual([
      expect.objectContaining({ name: "_tdkt_data", visibility: "VeryHidden", cells: expect.any(Number) }),
    ]);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((s) => s.cells > 0 && s.font === "Times New Roman")).toBe(true);
    // with the submission ledger, as the CLI's consolidate writes it
    expect(written.map((s) => s.name)).toContain("Đơn vị gửi");
    // the user's own sheets are all still there, unmarked
    expect(sheets.filter((s) => s.mark === null).map((s) => s.name)).toEqual(workbookGrids.map((g) => g.sheet));
    await page.getByRole("button", { name: new RegExp(`^Mở “${written[0].name.replace(/[()]/g, "\\$&")}”`) }).waitFor();

    // "Cập nhật đơn vị gửi lại" through the worker: the same unit's file sent again unchanged
    // replaces its old one, nothing counted moves, and the report is rewritten over the add-in's sheets
    await page.locator('[data-testid="resubmit-input"]').setInputFiles(path.join(SAMPLES, PICKED[0]));
    await page.getByText("Đã cập nhật 1 đơn vị gửi lại.").waitFor({ timeout: 60_000 });
    await page.getByText(/Đã ghi báo cáo vào sheet/).waitFor({ timeout: 60_000 });
    const diff = page.getByRole("region", { name: "Thay đổi của Xã Quài Cang" });
    await expect(diff.textContent()).resolves.toContain("Không có thay đổi nào về số liệu.");
    const rewritten = await page.evaluate(() => {
      const model = (window as unknown as { __tdktModel: import("../excel/excelDouble").WorkbookModel }).__tdktModel;
      return model.sheets.filter((s) => s.customProperties.get("tdkt") === "report").map((s) => s.name);
    });
    expect(rewritten.sort()).toEqual([...written.map((s) => s.name), "_tdkt_data"].sort());
    // settled (no work running) before the picture is taken
    await page.getByRole("button", { name: "Cập nhật đơn vị gửi lại" }).and(page.locator(":enabled")).waitFor({ timeout: 30_000 });
    // the new file took the old one's place in the list
    expect(await page.locator('[data-testid="file-list"] > li').evaluateAll((els) => els.map((e) => e.getAttribute("data-file")))).toEqual(["02-xa-quai-cang.xlsx", "23-ban-chqs-huyen.csv"]);

    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "pane.png"), fullPage: true });

    // Excel closed and the workbook opened again: a new pane and a new worker, nothing picked. The
    // pane finds the units' data in the workbook and a unit's file sent again replaces its part.
    await page.reload();
    await page.getByText(/^Sổ làm việc này giữ dữ liệu của 3 đơn vị/).waitFor({ timeout: 60_000 });
    expect(await page.locator('ul[aria-label="Tệp của đơn vị (.xlsx, .xls, .ods, .csv)"]').count()).toBe(0);
    await page.getByRole("button", { name: "Cập nhật đơn vị gửi lại" }).and(page.locator(":enabled")).waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="resubmit-input"]').setInputFiles(path.join(SAMPLES, PICKED[0]));
    await page.getByText("Đã cập nhật 1 đơn vị gửi lại.").waitFor({ timeout: 60_000 });
    await page.getByText(/Đã ghi báo cáo vào sheet/).waitFor({ timeout: 60_000 });
    await expect(page.getByRole("region", { name: "Thay đổi của Xã Quài Cang" }).textContent()).resolves.toContain("Không có thay đổi nào về số liệu.");
    const reopened = await page.evaluate(() => {
      const model = (window as unknown as { __tdktModel: import("../excel/excelDouble").WorkbookModel }).__tdktModel;
      return model.sheets.map((s) => s.name);
    });
    expect(reopened.sort()).toEqual(sheets.map((s) => s.name).sort());

    // the heavy work ran in the Web Worker, not on the pane's thread
    expect(page.workers().length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    expect(offline).toEqual([]);
  }, 180_000);
});
