import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makeDemoSamples } from "../../scripts/make-samples";
import { DEMO_PLANTED } from "../../scripts/samples-data";
import { readWorkbook } from "../../src/files/readWorkbook";
import { cellAt, cellText, parseA1, rangeA1, type Grid } from "../../src/core/grid";

const DEMO = path.resolve(__dirname, "../../samples/demo");

function grids(file: string): Grid[] {
  const r = readWorkbook(new Uint8Array(fs.readFileSync(path.join(DEMO, file))), file);
  expect(r.error).toBeUndefined();
  return r.grids;
}
function at(file: string, sheet: string, address: string) {
  const g = grids(file).find((x) => x.sheet === sheet);
  if (!g) throw new Error(`${file} has no sheet "${sheet}"`);
  const p = parseA1(address)!;
  return cellAt(g, p.row, p.col);
}

describe("samples/demo (npm run samples)", () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = fs.mkdtempSync(path.join(os.tmpdir(), "demo-samples-"));
    await makeDemoSamples(fresh);
  });
  afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

  test("the committed files are exactly what the generator writes (deterministic, up to date)", () => {
    const made = fs.readdirSync(fresh).sort();
    expect(made).toEqual(expect.arrayContaining(["01-xa-tan-lap.xlsx", "06-van-phong-hdnd-ubnd.csv", "danh-muc-don-vi.xlsx", "README.md"]));
    for (const f of made) {
      const committed = fs.readFileSync(path.join(DEMO, f));
      expect({ f, same: Buffer.compare(committed, fs.readFileSync(path.join(fresh, f))) === 0 }).toEqual({ f, same: true });
    }
  });

  test("unit workbooks have the corpus styles: title block, merged title, sections, signature", () => {
    const [list, figures, summary] = grids("01-xa-tan-lap.xlsx");
    expect([list.sheet, figures.sheet, summary.sheet]).toEqual(["Danh sách", "Chỉ tiêu KT-XH", "Tổng hợp"]);
    expect(cellText(list.cells[0][0])).toBe("UBND HUYỆN MẪU SƠN");
    expect(cellText(list.cells[0][2])).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(list.merges.map(rangeA1)).toEqual(expect.arrayContaining(["A5:F5", "B9:F9"]));
    expect(cellText(list.cells[8][0]) + "|" + cellText(list.cells[8][1])).toBe("A|TẬP THỂ");
    expect(list.cells.flat().some((c) => cellText(c) === "NGƯỜI LẬP BIỂU")).toBe(true);
    // summary "Cộng" is a live SUM
    expect(at("01-xa-tan-lap.xlsx", "Tổng hợp", "B9")).toMatchObject({ t: "s", v: "Cộng" });
    expect(at("01-xa-tan-lap.xlsx", "Tổng hợp", "D9")).toMatchObject({ t: "n", v: 4, f: "SUM(D8:D8)" });
  });

  test("figures layout B: merged year over KH/TH/%, percent as a fraction, SUM over children", () => {
    const g = grids("02-xa-hoa-binh.xlsx").find((x) => x.sheet === "KT-XH 6 tháng")!;
    expect(g.merges.map(rangeA1)).toEqual(expect.arrayContaining(["C8:E8", "A8:A9"]));
    expect(at("02-xa-hoa-binh.xlsx", "KT-XH 6 tháng", "D12")).toMatchObject({ v: 2652, f: "SUM(D13:D16)" });
    expect(at("02-xa-hoa-binh.xlsx", "KT-XH 6 tháng", "E20")).toMatchObject({ v: 0.444, z: "0.0%" });
    expect(at("02-xa-hoa-binh.xlsx", "DS khen thưởng", "F12")).toMatchObject({ t: "n", z: "dd/mm/yyyy", w: "10/05/2024" });
  });

  test("each planted problem sits at the cell the README names", () => {
    const text = (p: (typeof DEMO_PLANTED)[number]) => cellText(at(p.file, p.sheet, p.cell));
    const byId = Object.fromEntries(DEMO_PLANTED.map((p) => [p.id, p]));
    expect(at("01-xa-tan-lap.xlsx", "Chỉ tiêu KT-XH", "E11")!.v).toBe(3215);
    expect([12, 13, 14, 15].reduce((a, r) => a + Number(at("01-xa-tan-lap.xlsx", "Chỉ tiêu KT-XH", `E${r}`)!.v), 0)).toBe(3205);
    expect(text(byId.D02)).toBe("31/06/2024");
    expect(text(byId.D03)).toBe("Trần Thị Bích Ngọc");
    expect(text(byId.D04)).toBe("48.0");
    expect(text(byId.D05)).toBe("15/12/2023");
    expect(at(byId.D06.file, byId.D06.sheet, byId.D06.cell)!.v).toBe(5);
    expect(at(byId.D07.file, byId.D07.sheet, byId.D07.cell)).toMatchObject({ v: 9 });
    expect(at(byId.D07.file, byId.D07.sheet, byId.D07.cell)!.f).toBeUndefined();
    expect(text(byId.D08)).toBe("Hoàng văn Thuỷ");
    expect(text(byId.D09)).toBe("UBND xã Sơn Hà");
    const readme = fs.readFileSync(path.join(DEMO, "README.md"), "utf8");
    for (const p of DEMO_PLANTED) expect(readme).toContain(`| ${p.id} | ${p.rule} |`);
  });

  test("names are the project's own: no unit of the Tuần Giáo corpus", () => {
    for (const f of fs.readdirSync(DEMO).filter((x) => x !== "README.md")) {
      for (const g of grids(f)) for (const c of g.cells.flat()) expect(cellText(c)).not.toMatch(/Tuần Giáo|Quài|Chiềng|Mường/);
    }
  });
});
