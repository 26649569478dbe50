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
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import type { Grid } from "../../src/core/grid";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const SAMPLES = path.resolve(ROOT, "../shared/samples");
const CHROMIUM = "/usr/bin/chromium";
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

/** Newest modification time under a folder (to tell whether dist/ is older than the sources). */
function newest(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

function ensureBuild(): void {
  const built = path.join(DIST, "taskpane.html");
  const sources = Math.max(newest(path.join(ROOT, "src")), newest(path.join(ROOT, "webpack.config.js")), newest(path.join(ROOT, "manifest.xml")));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function pageDoubleScript(): string {
  // esbuild comes with tsx; it bundles the same double the gateway tests use
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const out = esbuild.buildSync({ entryPoints: [path.join(__dirname, "pageDouble.ts")], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020" });
  return out.outputFiles[0].text;
}

run("the task pane in chromium", () => {
  let server: http.Server;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const offline: string[] = [];
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
    profile = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-chromium-"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    context = await chromium.launchPersistentContext(path.join(profile, "user-data"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, "config"), XDG_CACHE_HOME: path.join(profile, "cache"), HOME: profile },
      viewport: { width: 420, height: 1100 },
      acceptDownloads: true,
      locale: "vi-VN",
    });
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1") return route.continue();
      // office.js and the files it loads next to itself, from the npm copy of the CDN
      const m = /^\/lib\/1\/hosted\/(.+)$/.exec(url.pathname);
      if (url.hostname === "appsforoffice.microsoft.com" && m) {
        const local = path.join(OFFICE_JS, path.normalize(m[1]));
        if (local.startsWith(OFFICE_JS) && fs.existsSync(local)) return route.fulfill({ path: local, contentType: "text/javascript" });
      }
      offline.push(url.href);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // a blocked script or worker shows up only on the console
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) pageErrors.push(m.text());
    });
    await page.addInitScript({ content: `window.__TDKT_SEED__ = ${JSON.stringify({ file: WORKBOOK_FILE, grids: workbookGrids })};` });
    await page.addInitScript({ content: pageDoubleScript() });
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  }, 240_000);

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
    for (const f of PICKED) await page.getByText(f, { exact: true }).waitFor();

    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText(/Tìm thấy \d+ vấn đề|Không có vấn đề nào/).waitFor({ timeout: 60_000 });
    const shown = await page.locator('[data-testid="issue-list"] > li').count();
    expect(expected.issues).toBeGreaterThan(0);
    expect(shown).toBe(expected.issues);
    const shownRules = new Set(await page.locator('[data-testid="issue-list"] > li').evaluateAll((els) => els.map((e) => e.getAttribute("data-rule"))));
    expect(shownRules).toEqual(expected.rules);
    await expect(page.getByText(`Tìm thấy ${expected.issues} vấn đề trong 3 nguồn.`)).resolves;

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
    expect(await page.locator('ul[aria-label="Tệp của đơn vị (.xlsx, .xls, .ods, .csv)"] > li').allTextContents()).toEqual([
      expect.stringMatching(/^02-xa-quai-cang\.xlsx/),
      expect.stringMatching(/^23-ban-chqs-huyen\.csv/),
    ]);

    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, "pane.png"), fullPage: true });
    // the README's picture: written when missing or asked for, so test runs leave git clean
    const docsShot = path.join(ROOT, "docs/pane.png");
    if (!fs.existsSync(docsShot) || process.env.UPDATE_SCREENSHOTS) {
      fs.mkdirSync(path.dirname(docsShot), { recursive: true });
      fs.copyFileSync(path.join(OUT, "pane.png"), docsShot);
    }

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
