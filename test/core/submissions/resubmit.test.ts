/**
 * Resubmission on the sample corpus: consolidate, then Xã Mường Mùn sends its file again with three
 * edits (one award changed, one row deleted, one row added). Only that unit's totals move, by exactly
 * the edits, and the diff lists the three edits.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../../src/cli/main";
import type { ReportData } from "../../../src/core/submissions/contributions";
import { awardTotals } from "../../../src/core/submissions/diff";
import { readReportData } from "../../../src/files/reportData";

const SAMPLES = resolve(__dirname, "../../../../shared/samples");
const HAVE_SAMPLES = existsSync(join(SAMPLES, "answers.json"));
const PERIOD = "2021-01-01..2021-06-30";
const UNIT = "Xã Mường Mùn";
const GK = "Giấy khen của Chủ tịch UBND huyện";
const BK = "Bằng khen của Chủ tịch UBND tỉnh";
/** a campaign given on the command line: the re-run must remember it */
const COVID = "398/QĐ-UBND=Phòng, chống dịch Covid-19";

const corpus = HAVE_SAMPLES ? describe : describe.skip;
if (!HAVE_SAMPLES) console.warn(`resubmit corpus tests skipped: ${SAMPLES} not found`);

/** Per unit: "award|kind" -> rows counted. */
function totalsByUnit(data: ReportData): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const c of data.contributions) {
    const t: Record<string, number> = {};
    for (const [k, v] of awardTotals([c.parsed])) t[k] = v.after;
    out.set(c.sender ?? c.fileName, t);
  }
  return out;
}

function reportTotals(json: { awards: { award: string; collectives: number; individuals: number }[] }): Record<string, number> {
  const t: Record<string, number> = {};
  for (const a of json.awards) {
    t[`${a.award}|individual`] = (t[`${a.award}|individual`] ?? 0) + a.individuals;
    t[`${a.award}|collective`] = (t[`${a.award}|collective`] ?? 0) + a.collectives;
  }
  return t;
}

corpus("tdkt resubmit on ../shared/samples", () => {
  let dir: string;
  let before: ReportData;
  let after: ReportData;
  let firstJson: any;
  let resubmitJson: any;
  let resubmitText = "";
  let unchangedJson: any;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tdkt-resubmit-"));
    let s = "";
    const quiet = () => undefined;
    await run(["consolidate", SAMPLES, "--period", PERIOD, "--campaign", COVID, "--out", join(dir, "bao-cao.xlsx"), "--json"], (x) => (s += x), quiet);
    firstJson = JSON.parse(s);

    // the unit's edited file: rows 12..18 are its individuals (A: STT 1..7, B: name, C: position, D: award)
    const edited = join(dir, "12-xa-muong-mun (gui lai).xlsx");
    copyFileSync(join(SAMPLES, "12-xa-muong-mun.xlsx"), edited);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(edited);
    const ws = wb.getWorksheet("Danh sách")!;
    // 1. Bùi Thị Tuyết Linh (row 17): Giấy khen huyện -> Bằng khen tỉnh
    ws.getCell("D17").value = BK;
    // 2. delete Quàng Minh Hặc (row 13): the rows below move up one
    for (let r = 13; r <= 17; r++) for (const col of ["A", "B", "C", "D", "E", "F"]) ws.getCell(`${col}${r}`).value = ws.getCell(`${col}${r + 1}`).value;
    for (let r = 13; r <= 17; r++) ws.getCell(`A${r}`).value = r - 11;
    // 3. add Lò Văn Mới in the freed last row
    const added = [7, "Lò Văn Mới", "Công an viên bản Hua Sát", GK, "463/QĐ-UBND ngày 2/4/2021", "Đột xuất"];
    ["A", "B", "C", "D", "E", "F"].forEach((col, i) => (ws.getCell(`${col}18`).value = added[i]));
    await wb.xlsx.writeFile(edited);

    let out = "";
    await run(["resubmit", join(dir, "bao-cao.xlsx"), edited, "--period", PERIOD, "--out", join(dir, "bao-cao-moi.xlsx"), "--json"], (x) => (out += x), quiet);
    resubmitJson = JSON.parse(out);
    await run(["resubmit", join(dir, "bao-cao.xlsx"), edited, "--period", PERIOD, "--out", join(dir, "bao-cao-moi-2.xlsx")], (x) => (resubmitText += x), quiet);
    let same = "";
    await run(["resubmit", join(dir, "bao-cao.xlsx"), join(SAMPLES, "12-xa-muong-mun.xlsx"), "--period", PERIOD, "--out", join(dir, "bao-cao-y-nguyen.xlsx"), "--json"], (x) => (same += x), quiet);
    unchangedJson = JSON.parse(same);
    before = (await readReportData(readFileSync(join(dir, "bao-cao.xlsx"))))!;
    after = (await readReportData(readFileSync(join(dir, "bao-cao-moi.xlsx"))))!;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the consolidated report carries every file's contribution", () => {
    // 23 unit files; the registry file among the inputs is no unit's contribution
    expect(before.contributions).toHaveLength(23);
    expect(before.contributions.some((c) => c.fileName.startsWith("danh-muc"))).toBe(false);
    expect(before.contributions.find((c) => c.sender === UNIT)?.fileName).toBe("12-xa-muong-mun.xlsx");
    expect(before.registry.length).toBeGreaterThan(40);
  });

  it("re-running from the embedded data with the unit's same file gives the same report and an empty diff", () => {
    expect(firstJson.awards.some((a: { campaign?: string }) => a.campaign === "Phòng, chống dịch Covid-19")).toBe(true);
    expect(unchangedJson.awards).toEqual(firstJson.awards);
    expect(unchangedJson.sentences).toEqual(firstJson.sentences);
    expect(unchangedJson.units[0]).toMatchObject({ unit: UNIT, added: [], removed: [], changed: [], totals: [] });
  });

  it("changes exactly that unit's totals, by the three edits", () => {
    const a = totalsByUnit(before);
    const b = totalsByUnit(after);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [unit, t] of a) if (unit !== UNIT) expect({ unit, t: b.get(unit) }).toEqual({ unit, t });
    expect(a.get(UNIT)).toEqual({ [`${GK}|collective`]: 1, [`${GK}|individual`]: 7 });
    expect(b.get(UNIT)).toEqual({ [`${GK}|collective`]: 1, [`${GK}|individual`]: 6, [`${BK}|individual`]: 1 });
    // the district totals move by the same amounts
    const r0 = reportTotals(firstJson);
    const r1 = reportTotals(resubmitJson);
    const delta: Record<string, number> = {};
    for (const k of new Set([...Object.keys(r0), ...Object.keys(r1)])) if ((r1[k] ?? 0) !== (r0[k] ?? 0)) delta[k] = (r1[k] ?? 0) - (r0[k] ?? 0);
    expect(delta).toEqual({ [`${GK}|individual`]: -1, [`${BK}|individual`]: 1 });
  });

  it("the diff lists the three edits and the totals before -> after", () => {
    const [unit] = resubmitJson.units;
    expect(resubmitJson.units).toHaveLength(1);
    expect(unit.unit).toBe(UNIT);
    expect(unit.replacedFile).toBe("12-xa-muong-mun.xlsx");
    expect(unit.added.map((r: any) => [r.label, r.detail, r.cell])).toEqual([["Lò Văn Mới", GK, "B18"]]);
    expect(unit.removed.map((r: any) => [r.label, r.detail, r.cell])).toEqual([["Quàng Minh Hặc", GK, "B13"]]);
    expect(unit.changed).toHaveLength(1);
    expect(unit.changed[0].after.label).toBe("Bùi Thị Tuyết Linh");
    expect(unit.changed[0].fields).toEqual([{ field: "award", label: "Hình thức khen thưởng", before: GK, after: BK, cell: "D16" }]);
    expect(unit.totals).toEqual([
      { award: BK, kind: "individual", before: 0, after: 1 },
      { award: GK, kind: "individual", before: 7, after: 6 },
    ]);
    expect(resubmitText).toContain("Xã Mường Mùn");
    expect(resubmitText).toContain("+ Lò Văn Mới");
    expect(resubmitText).toContain("- Quàng Minh Hặc");
    expect(resubmitText).toContain(`"${GK}" → "${BK}"`);
    expect(resubmitText).toContain("7 → 6 (-1)");
  });

  it("marks the unit as sent again in the data and in the submission ledger sheet", async () => {
    const c = after.contributions.find((x) => x.sender === UNIT)!;
    expect(c.resubmittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.history?.[0].fileName).toBe("12-xa-muong-mun.xlsx");
    expect(c.hash).not.toBe(before.contributions.find((x) => x.sender === UNIT)!.hash);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "bao-cao-moi.xlsx"));
    const ledger = wb.getWorksheet("Đơn vị gửi")!;
    const rows: Record<string, string> = {};
    ledger.eachRow((row) => (rows[String(row.getCell(2).text)] = String(row.getCell(3).text)));
    const [y, m, d] = c.resubmittedOn!.split("-");
    // its figures still carry the planted total-mismatch (P05)
    expect(rows[UNIT]).toBe(`Gửi lại ngày ${d}/${m}/${y}, có lỗi`);
    expect(rows["Xã Quài Tở"]).toBe("Đã gửi");
    expect(rows["Xã Ta Ma"]).toBe("Đã gửi, có lỗi");
    expect(rows["Phòng Nội vụ"]).toBe("Chưa gửi");
    expect(wb.getWorksheet("_tdkt_data")!.state).toBe("veryHidden");
  });
});
