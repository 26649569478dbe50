/**
 * The report on paper: the CLI's report of samples/demo and of both reference corpora, printed to
 * PDF by LibreOffice. Every table starts its own pages, in the orientation its sheet asks for
 * (landscape where the table is wide), and no text is printed under 11 pt.
 *
 * Skips with a message when soffice is absent (CI installs libreoffice-calc), and skips a reference
 * corpus when ../shared is absent. One soffice run converts the three reports.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { collectFiles } from "../../src/cli/files";
import { createSession } from "../../src/app/session";
import { pdfPages, type PdfPage } from "./pdfFacts";

const ROOT = resolve(__dirname, "../..");
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const CORPORA = [
  { name: "demo", dir: join(ROOT, "samples/demo") },
  { name: "samples", dir: resolve(ROOT, "../shared/samples") },
  { name: "samples-2022", dir: resolve(ROOT, "../shared/samples-2022") },
].filter((c) => {
  if (existsSync(c.dir)) return true;
  console.warn(`report PDF test: ${c.dir} is absent, its report is not printed`);
  return false;
});
if (!SOFFICE) console.warn("report PDF test skipped: soffice is not installed (apt-get install libreoffice-calc)");

const run = SOFFICE ? describe : describe.skip;

run("the report printed by LibreOffice", () => {
  let dir: string;
  const printed = new Map<string, { pages: PdfPage[]; sheets: { name: string; orientation: string }[] }>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tdkt-pdf-"));
    const books: string[] = [];
    const sheets = new Map<string, { name: string; orientation: string }[]>();
    for (const c of CORPORA) {
      const session = createSession();
      session.addFiles(collectFiles([c.dir]).map((f) => ({ name: f, bytes: readFileSync(f) })));
      await session.check();
      const bytes = await session.reportFile(await session.report({ lang: "vi" }));
      const path = join(dir, `${c.name}.xlsx`);
      writeFileSync(path, bytes);
      books.push(path);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      sheets.set(
        c.name,
        wb.worksheets.filter((ws) => ws.state === "visible").map((ws) => ({ name: ws.name, orientation: ws.pageSetup.orientation ?? "portrait" })),
      );
    }
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...books], { stdio: "pipe", timeout: 540_000 });
    for (const c of CORPORA) printed.set(c.name, { pages: pdfPages(readFileSync(join(dir, `${c.name}.pdf`))), sheets: sheets.get(c.name)! });
  }, 600_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  for (const c of CORPORA) {
    describe(c.name, () => {
      test("every sheet (one table each) starts its own pages, in its own orientation", () => {
        const { pages, sheets } = printed.get(c.name)!;
        expect(sheets.length).toBeGreaterThanOrEqual(8);
        expect(pages.length).toBeGreaterThanOrEqual(sheets.length);
        // the pages, in order, are each sheet's pages in turn: one or more pages of its orientation
        const letters = pages.map((p) => (p.width > p.height ? "L" : "P")).join("");
        const pattern = new RegExp(`^${sheets.map((s) => (s.orientation === "landscape" ? "L+" : "P+")).join("")}$`);
        expect({ letters, sheets: sheets.map((s) => `${s.name}:${s.orientation}`) }).toEqual({ letters: expect.stringMatching(pattern), sheets: expect.any(Array) });
        // the wide tables are landscape
        const orientation = Object.fromEntries(sheets.map((s) => [s.name, s.orientation]));
        expect(orientation["Tổng hợp"]).toBe("landscape");
        expect(orientation["Kiểm tra"]).toBe("landscape");
        expect(orientation["Số lỗi theo loại"]).toBe("portrait");
      });

      test("every page has text, none under 11 pt", () => {
        const { pages } = printed.get(c.name)!;
        for (const [i, p] of pages.entries()) {
          expect({ page: i + 1, texts: p.fontSizes.length > 0 }).toEqual({ page: i + 1, texts: true });
          expect({ page: i + 1, smallest: Math.min(...p.fontSizes) }).toEqual({ page: i + 1, smallest: expect.any(Number) });
          expect(Math.min(...p.fontSizes)).toBeGreaterThanOrEqual(10.95);
        }
      });
    });
  }
});
