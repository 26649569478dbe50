/**
 * Property-based tests (fast-check, fixed seed, bounded runs) for what the other suites do not
 * cover: table detection and the engine on random grids, the reader on random and mutated bytes,
 * the counting inflater against zlib, and CSV round trips. They never throw; what should round-trip
 * does.
 */
import fc from "fast-check";
import { deflateRawSync } from "node:zlib";
import { analyze } from "../../src/core/engine";
import { gridFromRows } from "../../src/core/grid";
import { detectTables } from "../../src/core/layout/detect";
import { parseDecisionRef } from "../../src/core/values/decisions";
import { decodeCsv, parseCsv } from "../../src/files/csv";
import { inflatedSize } from "../../src/files/inflateSize";
import { readWorkbook } from "../../src/files/readWorkbook";
import { awardRows, csvOf, encodeCp1258, HEADER, xlsxFromRows } from "./badInputs";

const seed = 20240628;
const FC = { seed, numRuns: 150 };

/** Cell values a unit's sheet holds: Vietnamese words, header words, numbers, decision refs, blanks. */
const cellValue = fc.oneof(
  fc.constantFrom(...HEADER, "Cộng", "A. TẬP THỂ", "I.", "Giấy khen", "Lao động tiên tiến", "705/QĐ-UBND ngày 24/5/2021", "1.762", "11.120,3", "#REF!", "=SUM(A1)", "", "Nguyễn Văn An"),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 5000 }),
  fc.constant(null),
);
const grid = fc.array(fc.array(cellValue, { maxLength: 9 }), { maxLength: 25 });

test("detectTables never throws on random grids, and every table lies inside its grid", () => {
  fc.assert(
    fc.property(grid, (rows) => {
      const g = gridFromRows(rows);
      for (const t of detectTables(g)) {
        if (t.headerTop < 0 || t.headerBottom >= Math.max(1, g.rowCount) || t.firstCol > t.lastCol) return false;
      }
      return true;
    }),
    FC,
  );
});

test("analyze never throws on random grids, and lists every file in its ledger", () => {
  fc.assert(
    fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (sheets) => {
      const inputs = sheets.map((rows, i) => ({ file: `f${i}.xlsx`, grids: [gridFromRows(rows, { file: `f${i}.xlsx` })] }));
      const a = analyze(inputs);
      return a.ledger.map((l) => l.file).join() === inputs.map((x) => x.file).join();
    }),
    { seed, numRuns: 80 },
  );
});

test("parseDecisionRef never throws on text around decision numbers (random prefixes, control characters)", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("705/QĐ-UBND", "Số 12/KH-UBND ngày 31/6/2021", ""), fc.string({ maxLength: 20 }), (a, ref, b) => {
      const r = parseDecisionRef(a + ref + b);
      return r.raw === a + ref + b;
    }),
    FC,
  );
});

test("readWorkbook never throws on random bytes under any workbook name", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom("x.xlsx", "x.xls", "x.ods", "x.csv", "x"), (bytes, name) => {
      const r = readWorkbook(bytes, name);
      return Array.isArray(r.grids) && (r.error === undefined || (r.grids.length === 0 && r.error.message.vi.includes(`"${name}"`)));
    }),
    FC,
  );
});

test("readWorkbook never throws on a real .xlsx with bytes flipped or cut, and never returns control characters", () => {
  const base = xlsxFromRows(awardRows());
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(base.length), (flips, cut) => {
      const b = base.slice(0, Math.max(1, cut));
      for (const [i, v] of flips) if (i < b.length) b[i] = v;
      const r = readWorkbook(b, "dot-bien.xlsx");
      if (r.error) return r.grids.length === 0;
      // eslint-disable-next-line no-control-regex -- the property is that no control character is left
      return r.grids.every((g) => g.cells.every((row) => (row ?? []).every((c) => !c || c.t !== "s" || !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(String(c.v)))));
    }),
    { seed, numRuns: 200 },
  );
});

test("the counting inflater agrees with zlib on the size and first bytes of any data", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 3 }), (raw, level, repeat) => {
      const data = new Uint8Array(raw.length * (repeat + 1));
      for (let k = 0; k <= repeat; k++) data.set(raw, k * raw.length);
      const packed = deflateRawSync(data, { level });
      const r = inflatedSize(packed, 0, Infinity, 64);
      return r.kind === "ok" && r.size === data.length && Buffer.from(r.prefix).equals(Buffer.from(data.subarray(0, 64)));
    }),
    FC,
  );
});

test("the counting inflater never throws on random bytes, and stops at its limit", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(1000), (bytes, limit) => {
      const r = inflatedSize(bytes, 0, limit);
      return r.kind === "bad" || (r.kind === "over" ? r.size > limit : r.size <= limit);
    }),
    FC,
  );
});

/** Fields as people type them: Vietnamese, quotes, delimiters, line breaks. */
const field = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('Nguyễn "Út" An', "a,b", "a;b", "dòng 1\ndòng 2", "11.120,3", " "));

test("CSV: rows written with quoting read back identical (comma-delimited)", () => {
  fc.assert(
    fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
      // a row that is one empty field is written as an empty line, which reads back as [""]: same
      const text = csvOf(rows);
      return JSON.stringify(parseCsv(text, ",")) === JSON.stringify(rows.map((r) => r.map(String)));
    }),
    FC,
  );
});

test("CSV: Vietnamese words saved in code page 1258 decode back to the same NFC text", () => {
  // real syllables: the decoder chooses between code page 1258 and TCVN3 by which makes Vietnamese
  const syllables = (
    "Nguyễn Văn An Lò Thị Bình Quàng Cường Đặng Hữu Phước Trần Quốc Việt Giấy khen Bằng Chủ tịch Ủy ban nhân dân " +
    "huyện xã tỉnh Lao động tiên tiến Chiến sĩ thi đua cơ sở Tập thể hoàn thành xuất sắc nhiệm vụ Trường Mầm non " +
    "Tiểu học Trung học Phòng Giáo dục Đào tạo Công chức văn hóa hội Thủy Thuỷ Hòa Hoà Khỏe Quyết định ngày tháng năm"
  ).split(" ");
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 12 }), fc.constantFrom(",", ";", "\n"), (words, sep) => {
      const text = words.join(sep) + "\n";
      const d = decodeCsv(encodeCp1258(text));
      // ASCII-only text is valid UTF-8 and comes back as it is
      return d.text === text.normalize("NFC") && (d.encoding === "windows-1258" || /^\p{ASCII}*$/u.test(text));
    }),
    FC,
  );
});
