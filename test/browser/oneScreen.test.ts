/**
 * The pane at 320 × 600 px, as a new user meets it in chromium (the Excel double holding an empty
 * workbook): nothing chosen → a message and no report; the 24 files of the reference corpus, two
 * different files sharing one name, and one file added twice; the one primary action stays on
 * screen with no horizontal scroll; the period guessed from the titles is shown before the first
 * click and gives the same problems as the engine (and the CLI) on the same files, on the first
 * click and the second; an issue in a picked file shows its row. Each state is checked with
 * axe-core and photographed at 320 and 450 px into docs/ (the README shows them).
 */
import * as fs from "node:fs";
import type * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { CHROMIUM, DIST, ROOT, ensureBuild, launch, openPane, serve } from "./harness";

const SAMPLES = path.resolve(ROOT, "../shared/samples");
/**
 * The README's pictures: written into docs/screens when missing or when UPDATE_SCREENSHOTS is set
 * (so that test runs leave git clean), otherwise into test-output/screens.
 */
const DOCS_SCREENS = path.join(ROOT, "docs/screens");
const DOCS = !fs.existsSync(DOCS_SCREENS) || process.env.UPDATE_SCREENSHOTS ? DOCS_SCREENS : path.join(ROOT, "test-output/screens");
const haveChromium = fs.existsSync(CHROMIUM);
const haveSamples = fs.existsSync(SAMPLES);
const run = haveChromium && haveSamples ? describe : describe.skip;
if (!haveChromium) console.warn(`one-screen browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);
if (!haveSamples) console.warn(`one-screen browser test skipped: ${SAMPLES} is absent`);

const SAMPLE_FILES = haveSamples ? fs.readdirSync(SAMPLES).filter((f) => /\.(xlsx|xls|ods|csv)$/i.test(f)) : [];

/** The report sheets the double holds (those the add-in marked). */
function reportSheets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const model = (window as unknown as { __tdktModel: { sheets: { name: string; customProperties: Map<string, string> }[] } }).__tdktModel;
    return model.sheets.filter((s) => s.customProperties.get("tdkt") === "report").map((s) => s.name);
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  // evaluated through the devtools protocol: the pane's CSP (rightly) refuses inline scripts
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

run("the pane at 320 × 600 px", () => {
  let server: http.Server;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let offline: string[];
  let tmp: string;
  const pageErrors: string[] = [];
  let expected: { issues: number; period?: { from: string; to: string } };

  /** docs/screens/<state>-<width>.png at 320 and 450 px, each one screen high */
  const shoot = async (state: string) => {
    fs.mkdirSync(DOCS, { recursive: true });
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 600 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(DOCS, `${state}-${width}.png`) });
    }
    await page.setViewportSize({ width: 320, height: 600 });
  };
  const issuesShown = () => page.locator('[data-testid="issue-list"] > li').count();
  const settled = () => page.getByRole("button", { name: "Tổng hợp", exact: true }).and(page.locator(":enabled")).waitFor({ timeout: 120_000 });

  beforeAll(async () => {
    ensureBuild();
    // what the engine (and the CLI, which calls it the same way) finds on the 24 files, period guessed
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readInput } = require("../../src/cli/readInput") as typeof import("../../src/cli/readInput");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { analyze } = require("../../src/core/engine") as typeof import("../../src/core/engine");
    const analysis = analyze(SAMPLE_FILES.map((f) => ({ ...readInput(path.join(SAMPLES, f)), file: f })), { ratioLimit: 0.15 });
    expected = { issues: analysis.issues.length, period: analysis.periodGuessed ? analysis.period : undefined };

    // two units answering with the same file name: another unit's file (from samples/demo) under a name already used
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-same-name-"));
    fs.mkdirSync(path.join(tmp, "khac"));
    fs.copyFileSync(path.join(ROOT, "samples/demo/01-xa-tan-lap.xlsx"), path.join(tmp, "khac", "02-xa-quai-cang.xlsx"));

    server = await serve(DIST);
    ({ context, profile, offline } = await launch({ width: 320, height: 600 }));
    page = context.pages()[0] ?? (await context.newPage());
    await openPane(page, (server.address() as AddressInfo).port, { file: "Tổng hợp 6 tháng.xlsx", grids: [] }, pageErrors);
  }, 900_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((r) => server?.close(r));
    for (const d of [profile, tmp]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  test("empty: one primary action; with nothing chosen it says so and writes no report", async () => {
    await page.getByRole("heading", { name: "Tổng hợp TĐKT" }).waitFor({ timeout: 60_000 });
    // keyboard: the first Tab reaches the primary action, the next ones the check and the file picker
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Tổng hợp");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Kiểm tra");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Chọn tệp…");
    await shoot("1-trong");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByText("Không có gì để tổng hợp: chưa chọn tệp hay sheet nào. Hãy chọn tệp của các đơn vị trước.").waitFor();
    expect(await reportSheets(page)).toEqual([]);
    expect(await page.getByText(/Không có vấn đề nào/).count()).toBe(0);
  }, 60_000);

  test("24 files, two with one name, one twice: all kept by content, the action on screen, no horizontal scroll", async () => {
    await page.locator('[data-testid="files-input"]').setInputFiles(SAMPLE_FILES.map((f) => path.join(SAMPLES, f)));
    await page.locator('[data-testid="file-list"] > li').nth(SAMPLE_FILES.length - 1).waitFor({ timeout: 60_000 });
    // the same file again (kept once, the user told) and another file with a name already listed
    await page.locator('[data-testid="files-input"]').setInputFiles([path.join(SAMPLES, "05-xa-chieng-sinh.xlsx"), path.join(tmp, "khac", "02-xa-quai-cang.xlsx")]);
    await page.getByText("Hai tệp khác nhau cùng tên “02-xa-quai-cang.xlsx”: giữ cả hai; tệp sau được ghi là “02-xa-quai-cang (2).xlsx”.").waitFor();
    await page.getByText("“05-xa-chieng-sinh.xlsx” đã có trong danh sách (cùng nội dung với “05-xa-chieng-sinh.xlsx”): chỉ giữ một.").waitFor();
    const listed = await page.locator('[data-testid="file-list"] > li').evaluateAll((els) => els.map((e) => e.getAttribute("data-file")));
    expect(listed).toHaveLength(SAMPLE_FILES.length + 1);
    expect(listed.filter((f) => f === "05-xa-chieng-sinh.xlsx")).toHaveLength(1);
    // both same-name files are listed, each with the unit its title names
    await page.locator('li[data-file="02-xa-quai-cang (2).xlsx"] summary').getByText("Xã Tân Lập").waitFor({ timeout: 60_000 });
    const unitOf = (f: string) => page.locator(`li[data-file="${f}"] summary`).textContent();
    expect(await unitOf("02-xa-quai-cang.xlsx")).toContain("Xã Quài Cang");
    expect(await unitOf("02-xa-quai-cang (2).xlsx")).toContain("Xã Tân Lập");

    // the primary action is on screen, one primary button, no horizontal scroll
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const primary = page.getByRole("button", { name: "Tổng hợp", exact: true });
    const box = (await primary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    expect(await page.getByTestId("run-state").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // colours read in one pass (two reads could straddle a colour transition of the focused button)
    const colours = await page.getByRole("button").evaluateAll((bs) => bs.map((b) => [b.textContent?.trim() ?? "", getComputedStyle(b).backgroundColor] as const));
    const primaryColour = colours.find(([name]) => name === "Tổng hợp")![1];
    expect(colours.filter(([, c]) => c === primaryColour).map(([name]) => name)).toEqual(["Tổng hợp"]);

    // the period guessed from the titles is shown, dd/mm/yyyy, before any click
    expect(expected.period).toBeDefined();
    const vi = (iso: string) => iso.split("-").reverse().join("/");
    await page.getByTestId("period-guess").waitFor({ timeout: 60_000 });
    expect(await page.getByRole("textbox", { name: /Kỳ báo cáo từ ngày/ }).inputValue()).toBe(vi(expected.period!.from));
    expect(await page.getByRole("textbox", { name: /đến ngày/ }).inputValue()).toBe(vi(expected.period!.to));
    await shoot("2-da-chon-tep");
    expect(await axeViolations(page)).toEqual([]);
  }, 180_000);

  test("the first click applies the guessed period: the same problems as the engine, and as a second click", async () => {
    // the extra same-name file out, so the pane checks exactly the 24 files the engine did
    await page.locator('li[data-file="02-xa-quai-cang (2).xlsx"] summary').click();
    await page.getByRole("button", { name: "Bỏ 02-xa-quai-cang (2).xlsx" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText(/^Tìm thấy \d+ vấn đề trong \d+ nguồn\.$/).waitFor({ timeout: 120_000 });
    expect(await issuesShown()).toBe(expected.issues);
    await shoot("3-da-kiem-tra");

    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByText(/^Đã ghi báo cáo vào sheet “Tổng hợp”\.$/).waitFor({ timeout: 120_000 });
    await settled();
    expect(await issuesShown()).toBe(expected.issues);
    expect(await reportSheets(page)).toContain("Tổng hợp");
    // the report carries the guessed period
    const periodLine = await page.evaluate(() => {
      const model = (window as unknown as { __tdktModel: { sheet(n: string): { get(r: number, c: number): { v: string | number | boolean } | undefined } } }).__tdktModel;
      return String(model.sheet("Tổng hợp").get(1, 0)?.v ?? "");
    });
    const vi = (iso: string) => iso.split("-").reverse().join("/");
    expect(periodLine).toContain(vi(expected.period!.from));
    await shoot("4-da-ghi-bao-cao");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByText(/^Đã ghi báo cáo vào sheet “Tổng hợp”\.$/).waitFor({ timeout: 120_000 });
    await settled();
    expect(await issuesShown()).toBe(expected.issues);
  }, 300_000);

  test("an issue in a picked file shows its row, the cell marked, and where to open it", async () => {
    const button = page.getByRole("button", { name: /^Xem dòng: .*02-xa-quai-cang\.xlsx › .+ › [A-Z]+\d+\)$/ }).first();
    await button.click();
    const row = page.getByTestId("row-view");
    await row.waitFor();
    expect(await row.locator('tr[data-marked="true"]').count()).toBe(1);
    expect(await row.textContent()).toMatch(/Để sửa, mở tệp 02-xa-quai-cang\.xlsx, sheet .+, ô [A-Z]+\d+\./);
    await row.scrollIntoViewIfNeeded();
    fs.mkdirSync(DOCS, { recursive: true });
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 600 });
      await row.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(DOCS, `5-xem-dong-${width}.png`) });
    }
    await page.setViewportSize({ width: 320, height: 600 });
    expect(await axeViolations(page)).toEqual([]);

    expect(pageErrors).toEqual([]);
    expect(offline).toEqual([]);
  }, 120_000);
});
