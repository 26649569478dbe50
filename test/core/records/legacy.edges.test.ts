/**
 * Legacy text (TCVN3, VNI) decoded in place before tables are looked for (records/legacy.ts):
 * once for the whole file, per sheet, or per column, and what each decoding reports.
 */
import { type Cell, gridFromRows, type Grid } from "../../../src/core/grid";
import { decodeLegacyTexts } from "../../../src/core/records/legacy";
import { encodeTcvn3, encodeVni } from "../../../src/core/text/legacy";

const WORDS = ["Nguyễn Văn An", "Lao động tiên tiến", "Giấy khen của Chủ tịch", "Trường Tiểu học Hoa Ban", "Chiến sĩ thi đua cơ sở"];
const sheet = (name: string, texts: (string | null)[][]): Grid => gridFromRows(texts, { sheet: name });
const tcvn3 = (name: string) => sheet(name, WORDS.map((w) => [encodeTcvn3(w)]));

describe("legacy text", () => {
  test("every sheet with text in one encoding: one decoding for the file, each cell decoded, its display too", () => {
    const a = tcvn3("A");
    const withDisplay: Cell = { t: "s", v: encodeTcvn3("Hội đồng thi đua"), w: encodeTcvn3("Hội đồng thi đua") };
    const b = sheet("B", [[withDisplay as unknown as string], ["STT"]]);
    const numbers = gridFromRows([[1, 2]], { sheet: "C" });
    const out = decodeLegacyTexts([a, b, numbers]);
    expect(out).toEqual([{ encoding: "tcvn3", cells: 6, sample: `"${encodeTcvn3("Nguyễn Văn An")}" → "Nguyễn Văn An"` }]);
    expect(a.cells.map((r) => r[0]?.v)).toEqual(WORDS);
    expect(b.cells[0][0]).toMatchObject({ v: "Hội đồng thi đua", w: "Hội đồng thi đua" });
    expect(b.cells[1][0]).toMatchObject({ v: "STT" });
    expect(b.cells[1][0]).not.toHaveProperty("w");
  });

  test("the sample is the first decoded text that is not plain ASCII and shorter than 60 characters", () => {
    const long = "Nguyễn Văn An ".repeat(5).trim();
    const g = sheet("A", [[encodeTcvn3(long)], ...WORDS.map((w) => [encodeTcvn3(w)])]);
    expect(decodeLegacyTexts([g])[0].sample).toBe(`"${encodeTcvn3("Nguyễn Văn An")}" → "Nguyễn Văn An"`);
  });

  test("one legacy sheet among Unicode sheets: decoded and named alone; sheets of two encodings each named", () => {
    const uni = sheet("U", WORDS.map((w) => [w]));
    const out = decodeLegacyTexts([tcvn3("T"), uni]);
    expect(out).toEqual([{ encoding: "tcvn3", cells: 5, sample: expect.any(String), scope: "sheet", sheet: "T" }]);
    expect(uni.cells.map((r) => r[0]?.v)).toEqual(WORDS);
    const vni = sheet("V", WORDS.map((w) => [encodeVni(w)]));
    expect(decodeLegacyTexts([tcvn3("T"), vni]).map((d) => [d.encoding, d.scope, d.sheet])).toEqual([
      ["tcvn3", "sheet", "T"],
      ["vni", "sheet", "V"],
    ]);
    expect(vni.cells.map((r) => r[0]?.v)).toEqual(WORDS);
  });

  test("a legacy column in a Unicode sheet: decoded and named by its letter; a column of two texts is not judged", () => {
    const rows = (n: number) =>
      Array.from({ length: 8 }, (_, i) => [`Ghi chú về người số ${i} đạt thành tích xuất sắc`, `Đơn vị công tác thứ ${i}`, i < n ? encodeTcvn3(WORDS[i % 5]) : null]);
    const g = sheet("DS", rows(4));
    const out = decodeLegacyTexts([g]);
    expect(out).toEqual([{ encoding: "tcvn3", cells: 4, sample: expect.any(String), scope: "column", sheet: "DS", column: "C" }]);
    expect(g.cells.slice(0, 4).map((r) => r[2]?.v)).toEqual(WORDS.slice(0, 4));
    expect(decodeLegacyTexts([sheet("DS", rows(2))])).toEqual([]);
  });

  test("Unicode and numbers only: nothing", () => {
    expect(decodeLegacyTexts([sheet("U", WORDS.map((w) => [w])), gridFromRows([[1]], { sheet: "N" })])).toEqual([]);
    expect(decodeLegacyTexts([])).toEqual([]);
  });
});

describe("legacy text: edges the mutation run found unwatched", () => {
  const uniRow = (i: number) => [`Ghi chú về người số ${i} đạt thành tích xuất sắc`, `Đơn vị công tác thứ ${i}`];
  /** a Unicode sheet of 8 rows whose column C holds `n` TCVN3 texts (rows 0..n-1) */
  const withColumn = (n: number) => sheet("DS", Array.from({ length: 8 }, (_, i) => [...uniRow(i), i < n ? encodeTcvn3(WORDS[i % 5]) : null]));

  test("a column of exactly three legacy texts is judged (and decoded)", () => {
    expect(decodeLegacyTexts([withColumn(3)]).map((d) => [d.scope, d.column, d.cells])).toEqual([["column", "C", 3]]);
  });

  test("legacy columns are named in column order, whichever appears first", () => {
    const rows = Array.from({ length: 8 }, (_, i) => [...uniRow(i), i >= 4 ? encodeTcvn3(WORDS[i % 5]) : null, i < 4 ? encodeTcvn3(WORDS[(i + 1) % 5]) : null]);
    expect(decodeLegacyTexts([sheet("DS", rows)]).map((d) => d.column)).toEqual(["C", "D"]);
  });

  test("rows missing from the grid (holes) are passed over, in the sheet pass and in the column pass", () => {
    const legacy = tcvn3("T");
    legacy.cells[7] = [{ t: "s", v: encodeTcvn3("Nguyễn Văn Bình") }];
    expect(decodeLegacyTexts([legacy])[0].cells).toBe(6);
    const uni = withColumn(4);
    uni.cells[10] = [{ t: "s", v: "Ghi chú" }];
    expect(decodeLegacyTexts([uni])[0].cells).toBe(4);
  });

  test("a decoded cell without a display text is given none", () => {
    const g = tcvn3("T");
    decodeLegacyTexts([g]);
    expect(g.cells[0][0]).not.toHaveProperty("w");
  });

  test("the sample: a text with no ASCII letter at all counts; a text of 60 characters does not", () => {
    const g = sheet("A", [[encodeTcvn3("Đ")], ...WORDS.map((w) => [encodeTcvn3(w)])]);
    expect(decodeLegacyTexts([g])[0].sample).toBe(`"${encodeTcvn3("Đ")}" → "Đ"`);
    const sixty = ("Nguyễn Văn An " + "x".repeat(60)).slice(0, 60);
    expect(encodeTcvn3(sixty)).toHaveLength(60);
    const h = sheet("A", [[encodeTcvn3(sixty)], ...WORDS.map((w) => [encodeTcvn3(w)])]);
    expect(decodeLegacyTexts([h])[0].sample).toBe(`"${encodeTcvn3("Nguyễn Văn An")}" → "Nguyễn Văn An"`);
  });

  test("a sheet is judged on its first 1,500 texts; a column on its first 200", () => {
    // legacy text after the first 1,500 texts, however much, is not looked at
    const late = sheet("L", [...Array.from({ length: 1500 }, (_, i) => [`${i}`]), ...Array.from({ length: 3000 }, (_, i) => [encodeTcvn3(WORDS[i % 5])])]);
    expect(decodeLegacyTexts([late])).toEqual([]);
    // the limit holds inside a row too: a wide row crossing it adds no more
    const wide = sheet("W", [...Array.from({ length: 1499 }, (_, i) => [`${i}`]), ["Người lập biểu", ...Array.from({ length: 3000 }, (_, i) => encodeTcvn3(WORDS[i % 5]))]]);
    expect(decodeLegacyTexts([wide])).toEqual([]);
    // a column whose first 200 texts are Unicode stays Unicode, whatever follows
    const rows = Array.from({ length: 1000 }, (_, i) => [...uniRow(i), i < 5 ? encodeTcvn3(WORDS[i % 5]) : i < 200 ? `Người số ${i}` : encodeTcvn3(WORDS[i % 5])]);
    const out = decodeLegacyTexts([sheet("C", rows)]);
    expect(out).toEqual([]);
  });
});
