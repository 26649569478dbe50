import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makeCorpus } from "../../bench/corpus";
import { benchRead } from "../../bench/read";
import { readWorkbook } from "../../src/files/readWorkbook";
import { cellText } from "../../src/core/grid";

describe("bench corpus generator and reading benchmark", () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), "bench-corpus-"));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  test("the same seed writes the same bytes; each unit has its award rows, figures and summary", async () => {
    const [a, b] = [tmp(), tmp()];
    const files = await makeCorpus(a, { files: 3, rows: 40 });
    await makeCorpus(b, { files: 3, rows: 40 });
    expect(files.map((f) => path.basename(f))).toEqual(["01-don-vi-mau.xlsx", "02-don-vi-mau.xlsx", "03-don-vi-mau.xlsx"]);
    for (const f of files) expect(Buffer.compare(fs.readFileSync(f), fs.readFileSync(path.join(b, path.basename(f))))).toBe(0);

    // unit 1: layout A (section rows), unit 2: layout B (one row per award, kind column)
    const a1 = readWorkbook(new Uint8Array(fs.readFileSync(files[0])), "01.xlsx");
    expect(a1.grids.map((g) => g.sheet)).toEqual(["Danh sách", "Chỉ tiêu KT-XH", "Tổng hợp"]);
    const b2 = readWorkbook(new Uint8Array(fs.readFileSync(files[1])), "02.xlsx").grids[0];
    const kinds = b2.cells.map((r) => cellText(r?.[6])).filter((t) => t === "Tập thể" || t === "Cá nhân");
    expect(kinds).toHaveLength(40);
    expect(kinds.filter((k) => k === "Tập thể")).toHaveLength(4);
  });

  test("benchRead counts files, cells and errors, and reports memory", async () => {
    const d = tmp();
    await makeCorpus(d, { files: 2, rows: 30 });
    fs.writeFileSync(path.join(d, "rong.xlsx"), new Uint8Array(0));
    const r = benchRead([d]);
    expect(r.files).toBe(3);
    expect(r.errors).toBe(1);
    expect(r.cells).toBeGreaterThan(2 * 30 * 6);
    expect(r.peakRssMb).toBeGreaterThan(0);
  });
});
