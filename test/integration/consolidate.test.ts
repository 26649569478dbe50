/**
 * Issue "consolidation" acceptance on the reference corpus: the totals of answers.json "expected",
 * the seed report's Section IV figures in the sentences, and the written .xlsx read back (by our
 * reader, and by LibreOffice where installed) with the same numbers.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALL_RULES, buildReport } from "../../src/core/engine";
import { nameKey } from "../../src/core/text/normalize";
import { readWorkbook } from "../../src/files/readWorkbook";
import { writeReportXlsx } from "../../src/files/writeReportXlsx";
import { cellText } from "../../src/core/grid";
import { analyzeCorpus, answers, describeWithSamples } from "./corpus";

const OCC: Record<string, string> = { "thường xuyên": "regular", "chuyên đề": "thematic", "đột xuất": "adhoc" };

describeWithSamples("consolidating the reference corpus", () => {
  const a = answers();
  const analysis = analyzeCorpus();
  const report = buildReport(analysis, { lang: "vi" });

  test("award totals by award and occasion equal answers.json expected.awards", () => {
    const got = new Map<string, [number, number]>();
    for (const t of report.awards) {
      const key = `${nameKey(t.award)}|${t.occasion}`;
      const g = got.get(key) ?? [0, 0];
      got.set(key, [g[0] + t.collectives, g[1] + t.individuals]);
    }
    for (const e of a.expected.awards) {
      const key = `${nameKey(e.award)}|${OCC[e.occasion]}`;
      expect({ key, counts: got.get(key) }).toEqual({ key, counts: [e.collectives, e.individuals] });
      got.delete(key);
    }
    expect([...got.entries()].filter(([, [c, i]]) => c + i > 0)).toEqual([]);
  });

  test("figures equal answers.json expected.figures (plan, actual, % of plan recomputed)", () => {
    for (const e of a.expected.figures) {
      const f = report.figures.find((x) => nameKey(x.indicator) === nameKey(e.indicator) && nameKey(x.measure) === nameKey(e.unit));
      expect({ indicator: e.indicator, found: !!f }).toEqual({ indicator: e.indicator, found: true });
      expect({ indicator: e.indicator, plan: f!.plan, actual: f!.actual, pct: f!.percentOfPlan }).toEqual({
        indicator: e.indicator,
        plan: e.plan,
        actual: e.actual,
        pct: e.percentOfPlan,
      });
      // provenance: the contributions (unit, file, sheet, cell) add up to the total, one per unit at most
      const sum = f!.contributions.actual.reduce((n, c) => n + c.value, 0);
      if (e.actual !== null) expect(Math.abs(sum - e.actual)).toBeLessThan(1e-6);
      expect(f!.contributions.actual.length).toBeGreaterThan(0);
      expect(f!.contributions.actual.length).toBeLessThanOrEqual(e.units);
      expect(new Set(f!.contributions.actual.map((c) => c.sender)).size).toBe(f!.contributions.actual.length);
    }
  });

  test("the seed report's Section IV figures appear in the sentences", () => {
    const text = report.sentences.join("\n");
    expect(text).toContain("Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể, 03 cá nhân");
    expect(text).toContain("Chủ tịch UBND huyện tặng Giấy khen cho 44 tập thể, 74 cá nhân"); // seed 73 + the planted duplicate
    expect(text).toContain("39 tập thể, 123 cá nhân");
    expect(text).toContain("Chiến sĩ thi đua cơ sở: 211 cá nhân");
    expect(text).toContain("Lao động tiên tiến: 56 tập thể, 1.762 cá nhân");
    expect(text).toContain("16 tập thể, 466 cá nhân"); // seed 465 + the planted duplicate
  });

  test("with the Covid-19 decision named, the sentences are the seed's Section IV, line by line", () => {
    const named = buildReport(analysis, { lang: "vi", decisionCampaigns: { "398/QĐ-UBND": "Phòng, chống dịch Covid-19" } });
    expect(named.sentences).toEqual([
      "Khen thưởng thành tích xuất sắc trong công tác phòng, chống dịch Covid-19: Chủ tịch UBND tỉnh tặng Bằng khen cho 01 tập thể, 01 cá nhân.",
      // seed: "... 44 tập thể 73 cá nhân" — the list holds one planted duplicate more
      "Khen thưởng thành tích xuất sắc trong công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026: Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể, 03 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 44 tập thể, 74 cá nhân.",
      "Chuyên đề, đột xuất: 39 tập thể, 123 cá nhân.",
      "Khen thưởng năm học 2020 - 2021:",
      "Danh hiệu Chiến sĩ thi đua cơ sở: 211 cá nhân;",
      "Danh hiệu Lao động tiên tiến: 56 tập thể, 1.762 cá nhân;",
      // seed: 465 — one planted duplicate more
      "Chủ tịch UBND huyện tặng Giấy khen: 16 tập thể, 466 cá nhân.",
    ]);
  });

  describe("the written .xlsx", () => {
    let dir: string;
    let path: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "tdkt-report-"));
      path = join(dir, "tong-hop.xlsx");
      writeFileSync(path, await writeReportXlsx(report));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const expectNumbersIn = (rows: string[][]) => {
      const flat = rows.map((r) => r.join("|"));
      for (const e of a.expected.awardsByAward) {
        const row = flat.find((l) => nameKey(l).includes(nameKey(e.award)) && /tổng|cộng/i.test(l) === false);
        expect({ award: e.award, row: !!row }).toEqual({ award: e.award, row: true });
      }
      for (const f of a.expected.figures) {
        const row = rows.find((r) => r.some((c) => nameKey(c).replace(/^-\s*/, "") === nameKey(f.indicator)));
        expect({ indicator: f.indicator, row: !!row }).toEqual({ indicator: f.indicator, row: true });
        const nums = row!.map((c) => Number(String(c).replace(/,/g, ""))).filter((n) => Number.isFinite(n));
        expect({ indicator: f.indicator, hasActual: nums.some((n) => Math.abs(n - f.actual) < 1e-6) }).toEqual({ indicator: f.indicator, hasActual: true });
      }
    };

    test("read back by our own reader with the same numbers", () => {
      const read = readWorkbook(readFileSync(path), path);
      expect(read.error).toBeUndefined();
      expect(read.grids.map((g) => g.sheet)).toEqual(expect.arrayContaining(["Tổng hợp", "Kiểm tra", "Nguồn"]));
      // one table per sheet: the awards on "Tổng hợp", the figures on "Số liệu"
      const sheets = read.grids.filter((g) => g.sheet === "Tổng hợp" || g.sheet === "Số liệu");
      expect(sheets).toHaveLength(2);
      expectNumbersIn(sheets.flatMap((sheet) => sheet.cells.map((r) => (r ?? []).map((c) => (c ? (c.t === "n" ? String(c.v) : cellText(c)) : "")))));
      // every issue is listed in "Kiểm tra"
      const check = read.grids.find((g) => g.sheet === "Kiểm tra")!;
      const rows = check.cells.map((r) => (r ?? []).map((c) => cellText(c)));
      // the kind of problem in words (the rule's title), never its code
      const title = (code: string) => ALL_RULES.find((r) => r.meta.id === code)!.meta.title.vi;
      const missing = analysis.issues.filter((i) => !rows.some((r) => r.includes(title(i.rule)) && (!i.cell || r.includes(i.cell)) && r.some((c) => c.startsWith(i.message.vi))));
      expect(rows.flat().some((c) => analysis.issues.some((i) => c === i.rule))).toBe(false);
      expect(missing.map((i) => `${i.rule} ${i.cell}`)).toEqual([]);
    });

    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
    (soffice ? test : test.skip)("converted by LibreOffice to CSV with the same numbers" + (soffice ? "" : " (SKIPPED: soffice not installed)"), () => {
      const outDir = join(dir, "csv");
      execFileSync(
        soffice!,
        [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", outDir, path],
        { stdio: "pipe", timeout: 120000 },
      );
      // one CSV per sheet: the awards ("Tổng hợp", the first) and the figures ("Số liệu", the third)
      const sheetOf = (f: string) => { try { return decodeURIComponent(f).normalize("NFC"); } catch { return f.normalize("NFC"); } };
      const files = readdirSync(outDir).filter((f) => /-(Tổng hợp|Số liệu)\.csv$/.test(sheetOf(f)));
      expect(files).toHaveLength(2);
      const rows = files.flatMap((f) => readFileSync(join(outDir, f), "utf8").split(/\r?\n/).map((l) => parseCsvLine(l)));
      expectNumbersIn(rows);
    });
  });
});

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      }
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    }
    else cur += ch;
  }
  out.push(cur);
  return out;
}
