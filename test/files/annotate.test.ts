/**
 * Annotated copies on the sample corpus: every planted problem's cell carries a note in the copy of
 * its file, the copy opens first on "Kết quả kiểm tra", the unit's files are never changed, and
 * LibreOffice opens a copy (when installed).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { annotateWorkbook, annotatedName, marksOf, RESULT_SHEET } from "../../src/files/annotate";
import { gridFromRows } from "../../src/core/grid";
import type { Issue } from "../../src/core/model";

const SAMPLES = resolve(__dirname, "../../../shared/samples");
const HAVE_SAMPLES = existsSync(join(SAMPLES, "answers.json"));
const PERIOD = "2021-01-01..2021-06-30";

function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return "";
  if (typeof n === "string") return n;
  return ((n as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join("");
}

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

describe("annotatedName", () => {
  it("drops the extension and adds ' - kiem tra.xlsx'", () => {
    expect(annotatedName("../samples/02-xa-quai-cang.xlsx")).toBe("02-xa-quai-cang - kiem tra.xlsx");
    expect(annotatedName("C:\\DonVi\\22-cong-an-huyen.xls")).toBe("22-cong-an-huyen - kiem tra.xlsx");
    expect(annotatedName("23-ban-chqs-huyen.csv")).toBe("23-ban-chqs-huyen - kiem tra.xlsx");
  });
});

describe("marksOf", () => {
  const issue: Issue = {
    rule: "award-duplicate",
    severity: "warning",
    file: "a.xlsx",
    sheet: "DS",
    cell: "B12",
    message: { vi: "trùng", en: "duplicate" },
    related: ["a.xlsx | DS!B5", "b.xlsx | DS!B7", "DS!C3"],
  };
  it("marks the cell and related cells of the same file only", () => {
    expect(marksOf(issue, "a.xlsx").map((m) => `${m.sheet}!${m.cell}`)).toEqual(["DS!B12", "DS!B5", "DS!C3"]);
  });
  it("a file-level issue marks no cell", () => {
    expect(marksOf({ ...issue, cell: undefined, related: undefined }, "a.xlsx")).toEqual([]);
  });
});

describe("annotateWorkbook on a rebuilt (CSV-like) grid", () => {
  it("rebuilds an .xlsx from the Grid, keeps values and merges, marks the cell and says it was rebuilt", async () => {
    const grid = gridFromRows(
      [
        ["DANH SÁCH KHEN THƯỞNG", null, null],
        ["STT", "Họ và tên", "Hình thức khen thưởng"],
        [1, "=Lò Văn Hặc", "Giấy khen của Chủ tịch UBND huyện"],
        [2, "Quàng Thị Thủy", "Lao đông tiến tiến"],
      ],
      { file: "don-vi.csv", sheet: "don-vi", merges: ["A1:C1"] },
    );
    const issue: Issue = {
      rule: "award-unknown",
      severity: "warning",
      file: "don-vi.csv",
      sheet: "don-vi",
      cell: "C4",
      message: { vi: '"Lao đông tiến tiến" không có trong danh mục', en: "unknown award" },
    };
    const copy = await annotateWorkbook(new TextEncoder().encode("x"), "don-vi.csv", [issue], { grids: [grid] });
    expect(copy.rebuilt).toBe(true);
    expect(copy.fileName).toBe("don-vi - kiem tra.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copy.bytes.slice().buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([RESULT_SHEET, "don-vi"]);
    const ws = wb.getWorksheet("don-vi")!;
    // text beginning with "=" stays text
    expect(ws.getCell("B3").value).toBe("=Lò Văn Hặc");
    expect(ws.getCell("A1").isMerged && ws.getCell("C1").isMerged).toBe(true);
    expect(noteText(ws.getCell("C4"))).toContain("Lao đông tiến tiến");
    expect(noteText(ws.getCell("C4"))).toContain("Cách sửa:");
    expect((ws.getCell("C4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect(noteText(ws.getCell("C3"))).toBe("");
    const result = wb.getWorksheet(RESULT_SHEET)!;
    const texts: string[] = [];
    result.eachRow((row) => row.eachCell((c) => texts.push(String(c.text))));
    expect(texts.some((t) => t.includes("dựng lại dạng .xlsx"))).toBe(true);
    expect(texts).toContain("award-unknown");
    // an English copy: the same sheet first, under its English name, with English notes
    const en = new ExcelJS.Workbook();
    await en.xlsx.load((await annotateWorkbook(new TextEncoder().encode("x"), "don-vi.csv", [issue], { grids: [grid], lang: "en" })).bytes.slice().buffer);
    expect(en.worksheets.map((w) => w.name)).toEqual(["Check results", "don-vi"]);
    expect(noteText(en.getWorksheet("don-vi")!.getCell("C4"))).toContain("unknown award");
  });
});

const corpus = HAVE_SAMPLES ? describe : describe.skip;
if (!HAVE_SAMPLES) console.warn(`annotate corpus tests skipped: ${SAMPLES} not found`);

corpus("tdkt annotate on ../shared/samples", () => {
  let out: string;
  const before = new Map<string, string>();
  let stdout = "";
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "tdkt-annotate-"));
    for (const f of readdirSync(SAMPLES)) before.set(f, sha(join(SAMPLES, f)));
    const code = await run(["annotate", SAMPLES, "--period", PERIOD, "--out", join(out, "copies"), "--json"], (s) => (stdout += s), (s) => process.stderr.write(s));
    expect(code).toBe(0);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("never changes the unit files", () => {
    for (const [f, hash] of before) expect(`${f} ${sha(join(SAMPLES, f))}`).toBe(`${f} ${hash}`);
  });

  it("writes one copy per file with problems, none for the clean files", () => {
    const answers = JSON.parse(readFileSync(join(SAMPLES, "answers.json"), "utf8"));
    const written = readdirSync(join(out, "copies")).sort();
    for (const p of answers.planted) expect(written).toContain(annotatedName(p.file));
    for (const clean of answers.clean_files as string[]) expect(written).not.toContain(annotatedName(clean));
    const json = JSON.parse(stdout);
    expect(json.copies.find((c: { file: string }) => c.file.endsWith("22-cong-an-huyen.xls")).rebuilt).toBe(true);
    expect(json.copies.find((c: { file: string }) => c.file.endsWith("02-xa-quai-cang.xlsx")).rebuilt).toBe(false);
  });

  it("puts a note on every planted cell, and lists every planted problem in 'Kết quả kiểm tra'", async () => {
    const answers = JSON.parse(readFileSync(join(SAMPLES, "answers.json"), "utf8"));
    const books = new Map<string, ExcelJS.Workbook>();
    const missing: string[] = [];
    let checked = 0;
    for (const p of answers.planted as { id: string; rule: string; file: string; sheet: string | null; cells: string[] }[]) {
      let wb = books.get(p.file);
      if (!wb) {
        wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(join(out, "copies", annotatedName(p.file)));
        books.set(p.file, wb);
      }
      expect(wb.worksheets[0].name).toBe(RESULT_SHEET);
      const codes: string[] = [];
      wb.worksheets[0].eachRow((row) => codes.push(String(row.getCell(4).text)));
      expect(codes).toContain(p.rule);
      for (const cell of p.cells) {
        const note = noteText(wb.getWorksheet(p.sheet!)!.getCell(cell));
        checked++;
        if (!note || !/Cách sửa:/.test(note)) missing.push(`${p.id} ${p.file} ${p.sheet}!${cell}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it("keeps the unit's layout in an .xlsx copy: same sheets after the result sheet, same values and merges", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(join(SAMPLES, "12-xa-muong-mun.xlsx"));
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(out, "copies", "12-xa-muong-mun - kiem tra.xlsx"));
    expect(copy.worksheets.map((w) => w.name)).toEqual([RESULT_SHEET, ...original.worksheets.map((w) => w.name)]);
    for (const ws of original.worksheets) {
      const other = copy.getWorksheet(ws.name)!;
      expect(other.model.merges).toEqual(ws.model.merges);
      ws.eachRow((row, r) => row.eachCell((c, col) => expect(other.getCell(r, col).value).toEqual(c.value)));
      ws.columns.forEach((col, i) => expect(other.getColumn(i + 1).width).toBe(col.width));
    }
    // the marked cell: the typed total 5632 (P05) keeps its value and gets the note
    expect(copy.getWorksheet("Chỉ tiêu KT-XH")!.getCell("E11").value).toBe(5632);
  });

  it("opens in LibreOffice, which reads a note on every planted cell (converted with a private profile)", async () => {
    if (!hasSoffice()) {
      console.warn("LibreOffice (soffice) not installed: open test skipped");
      return;
    }
    const answers = JSON.parse(readFileSync(join(SAMPLES, "answers.json"), "utf8"));
    const planted = answers.planted as { id: string; file: string; sheet: string | null; cells: string[] }[];
    const copies = [...new Set(planted.map((p) => join(out, "copies", annotatedName(p.file))))];
    const profile = `-env:UserInstallation=file://${join(out, "lo-profile")}`;
    // PDF: the copy renders; xlsx re-saved by LibreOffice: what it read, notes included
    execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", join(out, "pdf"), copies[0]], { stdio: "ignore", timeout: 110_000 });
    const pdf = join(out, "pdf", basename(copies[0]).replace(/\.xlsx$/, ".pdf"));
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe("%PDF");
    execFileSync("soffice", [profile, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(out, "lo"), ...copies], { stdio: "ignore", timeout: 110_000 });
    const missing: string[] = [];
    for (const p of planted) {
      if (!p.cells.length) continue;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, "lo", annotatedName(p.file)));
      expect(wb.worksheets[0].name).toBe(RESULT_SHEET);
      for (const cell of p.cells) if (!noteText(wb.getWorksheet(p.sheet!)!.getCell(cell)).includes("Cách sửa")) missing.push(`${p.id} ${p.sheet}!${cell}`);
    }
    expect(missing).toEqual([]);
  });
});
