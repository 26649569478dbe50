import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { readWorkbook, MAX_FILE_BYTES } from "../../src/files/readWorkbook";
import { cellAt, cellText, parseA1, rangeA1, type Grid } from "../../src/core/grid";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const haveSamples = fs.existsSync(SAMPLES);
if (!haveSamples) console.warn(`readWorkbook: ${SAMPLES} is absent; the sample-corpus tests are skipped.`);
const withSamples = haveSamples ? describe : describe.skip;

function read(file: string) {
  return readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, file))), file);
}
function sheet(file: string, name: string): Grid {
  const g = read(file).grids.find((x) => x.sheet === name);
  if (!g) throw new Error(`${file} has no sheet ${name}`);
  return g;
}
function at(g: Grid, address: string) {
  const p = parseA1(address)!;
  return cellAt(g, p.row, p.col);
}

withSamples("readWorkbook on the sample corpus", () => {
  test("every sample file reads without error, in its own format", () => {
    const files = fs.readdirSync(SAMPLES).filter((f) => /\.(xlsx|xls|ods|csv)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(24);
    for (const f of files) {
      const r = read(f);
      expect({ f, error: r.error }).toEqual({ f, error: undefined });
      expect(r.grids.length).toBeGreaterThan(0);
      expect(r.format).toBe(path.extname(f).slice(1));
    }
  });

  test("sheet names are kept with their Vietnamese letters", () => {
    expect(read("03-xa-quai-nua.xlsx").grids.map((g) => g.sheet)).toEqual(["DS khen thưởng", "KT-XH 6 tháng", "Tổng hợp"]);
    expect(read("13-xa-pu-xi.ods").grids.map((g) => g.sheet)).toEqual(["DS khen thưởng", "Chỉ tiêu KT-XH", "Tổng hợp"]);
    expect(read("16-xa-muong-khong.xls").grids.map((g) => g.sheet)).toEqual(["Danh sach", "Chi tieu KTXH", "Tong hop"]);
  });

  test("merges: the merged 'Năm 2021' header C8:E8", () => {
    const g = sheet("03-xa-quai-nua.xlsx", "KT-XH 6 tháng");
    expect(g.merges.map(rangeA1)).toContain("C8:E8");
    expect(cellText(at(g, "C8"))).toBe("Năm 2021");
  });

  test("number formats: percent fractions keep 0.0%, General becomes no format", () => {
    const g = sheet("03-xa-quai-nua.xlsx", "KT-XH 6 tháng");
    const percents = g.cells.flat().filter((c) => c && c.z === "0.0%");
    expect(percents.length).toBeGreaterThan(0);
    for (const c of percents) expect(c!.t).toBe("n");
    expect(at(g, "B12")).toEqual({ t: "s", v: "Tổng đàn gia súc" });
  });

  test("formulas: Tổng đàn gia súc is a live SUM with its cached value", () => {
    const g = sheet("03-xa-quai-nua.xlsx", "KT-XH 6 tháng");
    const total = at(g, "D12")!;
    expect(total.f).toBe("SUM(D13:D16)");
    expect(total.v).toBe(1054 + 856 + 2087 + 491);
    expect(total.z).toBe("#,##0");
  });

  test("a #REF! formula is an error cell with its text", () => {
    const c = at(sheet("14-xa-mun-chung.xlsx", "Chỉ tiêu KT-XH"), "D12")!;
    expect(c.t).toBe("e");
    expect(c.v).toBe("#REF!");
    expect(c.f).toContain("#REF!");
  });

  test("hidden rows are reported and still read", () => {
    const g = read("05-xa-chieng-sinh.xlsx").grids[0];
    expect(g.hiddenRows).toEqual([15, 16]);
    expect(cellText(at(g, "B16"))).not.toBe("");
    expect(read("04-xa-quai-to.xlsx").grids[0].hiddenRows).toBeUndefined();
  });

  test("real date cells stay Excel serials with their date format", () => {
    const c = at(read("04-xa-quai-to.xlsx").grids[0], "F9")!;
    expect(c).toMatchObject({ t: "n", v: 44217, z: "dd/mm/yyyy", w: "21/01/2021" });
  });

  test("TCVN3 .xls text comes through byte for byte (one Latin-1 char a byte)", () => {
    const g = read("16-xa-muong-khong.xls").grids[0];
    expect(cellText(at(g, "A1"))).toBe("UBND HUYÖN TUÇN GI¸O");
  });

  test("CSV: the sheet is named after the file, Vietnamese text intact, dates stay text", () => {
    const r = readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, "23-ban-chqs-huyen.csv"))), "C:\\Nhan\\23-ban-chqs-huyen.csv");
    expect(r.format).toBe("csv");
    expect(r.grids).toHaveLength(1);
    const g = r.grids[0];
    expect(g.sheet).toBe("23-ban-chqs-huyen");
    expect(g.file).toBe("C:\\Nhan\\23-ban-chqs-huyen.csv");
    expect(cellText(at(g, "B3"))).toBe("Tên tập thể, cá nhân");
    expect(at(g, "A4")).toEqual({ t: "n", v: 1, w: "1" });
    expect(at(g, "F4")).toEqual({ t: "s", v: "26/02/2021" });
    expect(g.colCount).toBe(8);
  });

  test("the registry reads both sheets", () => {
    const r = read("danh-muc-don-vi.xlsx");
    expect(r.grids.map((g) => g.sheet)).toEqual(["Danh mục đơn vị", "Trường học"]);
  });

  test("a .xlsx renamed .xls is still read as xlsx", () => {
    const r = readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, "03-xa-quai-nua.xlsx"))), "03.xls");
    expect(r.error).toBeUndefined();
    expect(r.format).toBe("xlsx");
  });
});

describe("readWorkbook on bytes made here", () => {
  const enc = new TextEncoder();

  test("zero bytes: an error naming the file, in Vietnamese and English, no throw", () => {
    const r = readWorkbook(new Uint8Array(0), "bao-cao/xa-tan-lap.xlsx");
    expect(r.grids).toEqual([]);
    expect(r.error?.message.vi).toContain('"xa-tan-lap.xlsx" rỗng');
    expect(r.error?.message.en).toContain('"xa-tan-lap.xlsx" is empty');
  });

  test("random garbage named .xlsx: unknown format", () => {
    let seed = 7;
    const bytes = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
    const r = readWorkbook(bytes, "rac.xlsx");
    expect(r.format).toBe("unknown");
    expect(r.grids).toEqual([]);
    expect(r.error?.message.vi).toContain("không phải bảng tính");
  });

  function smallXlsx(): Uint8Array {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["STT", "Họ và tên"], [1, "Nguyễn Văn An"]]), "Danh sách");
    return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
  }

  test("a whole small xlsx reads; truncated halves give a 'damaged' error", () => {
    const full = smallXlsx();
    const ok = readWorkbook(full, "a.xlsx");
    expect(ok.error).toBeUndefined();
    expect(cellText(ok.grids[0].cells[1][1])).toBe("Nguyễn Văn An");
    for (const n of [200, Math.floor(full.length / 2), full.length - 30]) {
      const r = readWorkbook(full.subarray(0, n), "xa-hoa-binh.xlsx");
      expect(r.grids).toEqual([]);
      expect(r.format).toBe("xlsx");
      expect(r.error?.message.vi).toMatch(/^Tệp "xa-hoa-binh.xlsx" bị hỏng/);
      expect(r.error?.message.en).toMatch(/damaged/);
    }
  });

  test("a password-protected workbook (encrypted OOXML container) gives the password message", () => {
    const CFB = (XLSX as unknown as { CFB: any }).CFB;
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, "/EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
    CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(64));
    const bytes = new Uint8Array(CFB.write(cfb, { type: "array" }));
    const r = readWorkbook(bytes, "mat-khau.xlsx");
    expect(r.grids).toEqual([]);
    expect(r.error?.message.vi).toContain("mật khẩu");
    expect(r.error?.message.en).toContain("password-protected");
  });

  test("a file over the size limit is refused before parsing", () => {
    const r = readWorkbook(new Uint8Array(MAX_FILE_BYTES + 1), "qua-lon.xlsx");
    expect(r.error?.message.en).toContain("too large");
  });

  test("CSV with BOM and semicolons: BOM dropped, Vietnamese numbers stay text, integers are numbers", () => {
    const text = "\uFEFFSTT;Chỉ tiêu;Thực hiện\r\n1;Hộ nghèo;1.762\r\n2;\"Diện tích; lúa\";11.120,3\r\n3;Mã;0012\r\n";
    const r = readWorkbook(enc.encode(text), "chi-tieu.csv");
    const g = r.grids[0];
    expect(g.sheet).toBe("chi-tieu");
    expect(at(g, "A1")).toEqual({ t: "s", v: "STT" });
    expect(at(g, "C2")).toEqual({ t: "s", v: "1.762" });
    expect(at(g, "B3")).toEqual({ t: "s", v: "Diện tích; lúa" });
    expect(at(g, "C3")).toEqual({ t: "s", v: "11.120,3" });
    expect(at(g, "C4")).toEqual({ t: "s", v: "0012" });
    expect(at(g, "A4")).toEqual({ t: "n", v: 3, w: "3" });
    expect([g.rowCount, g.colCount]).toEqual([4, 3]);
  });

  test("CSV saved by Excel on Vietnamese Windows (code page 1258) is decoded, not garbled", () => {
    // "Việt" in cp1258: V i ê + combining dot below (0xF2) t
    const bytes = new Uint8Array([0x53, 0x54, 0x54, 0x2c, 0x54, 0xEA, 0x6e, 0x0a, 0x31, 0x2c, 0x56, 0x69, 0xEA, 0xF2, 0x74, 0x0a]);
    const g = readWorkbook(bytes, "cp1258.csv").grids[0];
    expect(at(g, "B1")).toEqual({ t: "s", v: "Tên" });
    expect(at(g, "B2")).toEqual({ t: "s", v: "Việt" });
  });

  test("CSV with tabs and a quoted newline", () => {
    const g = readWorkbook(enc.encode('STT\tGhi chú\n1\t"dòng 1\ndòng 2"\n'), "x.csv").grids[0];
    expect(at(g, "B2")).toEqual({ t: "s", v: "dòng 1\ndòng 2" });
  });
});
