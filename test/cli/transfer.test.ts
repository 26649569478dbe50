/**
 * The reading threads hand their results over packed (src/cli/transfer.ts): what is unpacked must
 * be the very data that was packed, down to key order, undefined values, array holes and -0, or the
 * output of many threads would differ from that of one.
 */
import { resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { prepareInput, recogniseInput } from "../../src/core/engine";
import { readInput } from "../../src/cli/readInput";
import { NotPlainData, pack, unpack } from "../../src/cli/transfer";

const roundTrip = <T>(x: T): T => unpack(pack(x)) as T;

test("plain data comes back equal, keys in the same order", () => {
  const value = {
    b: 1,
    a: "text",
    2: "an integer-like key",
    nested: { list: [1, "x", true, false, null, { deep: [[]] }], empty: {} },
    missing: undefined,
    unicode: "Nguyễn Thị Hồng — Giấy khen",
  };
  const back = roundTrip(value);
  expect(back).toStrictEqual(value);
  expect(JSON.stringify(back)).toBe(JSON.stringify(value));
  expect(Object.keys(back)).toEqual(Object.keys(value));
  expect("missing" in back).toBe(true);
});

test("cell references travel as numbers and come back as the same strings; any other text stays text", () => {
  const cells = ["A1", "B12", "Z9", "AA10", "XFD1048576", "ZZZ4294967295"];
  const notCells = ["A4294967296", "AAAA1", "a1", "A01", "A0", "A", "1", "B12 ", " B12", "Đ1", "B1.5", "", "A-1"];
  const packed = pack([...cells, ...notCells]);
  // the references are not in the table of strings; the rest are, each once
  expect(packed.strings.filter((s) => cells.includes(s))).toEqual([]);
  expect(notCells.every((s) => packed.strings.includes(s))).toBe(true);
  expect(unpack(packed)).toStrictEqual([...cells, ...notCells]);
  // a record's cells, keys and all
  const record = { ref: { file: "a.xlsx", sheet: "DS", row: 12, cell: "B12" }, cells: { name: "B12", award: "AB12" } };
  expect(roundTrip(record)).toStrictEqual(record);
});

test("numbers keep their exact value: -0, NaN, infinities, fractions, large integers", () => {
  const numbers = [-0, 0, NaN, Infinity, -Infinity, 0.1 + 0.2, 2 ** 53 + 2, -1.5e-300, 45000.75];
  const back = roundTrip(numbers);
  back.forEach((n, i) => expect(Object.is(n, numbers[i])).toBe(true));
});

test("array holes stay holes, undefined items stay items", () => {
  // eslint-disable-next-line no-sparse-arrays -- the hole is the point
  const sparse = [1, , undefined, 3];
  const back = roundTrip(sparse);
  expect(back).toStrictEqual(sparse);
  expect(1 in back).toBe(false);
  expect(2 in back).toBe(true);
});

test("a key named __proto__ is data, not a prototype", () => {
  const value = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as Record<string, unknown>;
  const back = roundTrip(value);
  expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  expect(Object.keys(back)).toEqual(["__proto__", "x"]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test("keys of any text come back as they were: quotes, backslashes, line breaks, code, integer-like keys", () => {
  const value = {
    'say "hi"': 1,
    "back\\slash": 2,
    "line\nbreak\u2028sep": 3,
    "}; globalThis.hacked = true; ({": 4,
    "${x}`": 5,
    constructor: 6,
    "10": 7,
    "-1": 8,
    "": 9,
    "Họ và tên": 10,
  };
  const back = roundTrip([value, value]);
  expect(back).toStrictEqual([value, value]);
  expect(back.map((o) => Object.keys(o))).toEqual([Object.keys(value), Object.keys(value)]);
  expect((globalThis as { hacked?: boolean }).hacked).toBeUndefined();
});

test("objects of one shape and of many shapes, nested, each read in its own key order", () => {
  const shapes = Array.from({ length: 30 }, (_, i) => Object.fromEntries(Array.from({ length: (i % 7) + 1 }, (_, k) => [`k${(k * 7 + i) % 11}`, k === 0 ? { inner: i, list: [i, { z: -0 }] } : `${i}:${k}`])));
  expect(roundTrip(shapes)).toStrictEqual(shapes);
});

test("each distinct string is sent once, however often it repeats", () => {
  const file = "C:/Báo cáo/xã Quài Nưa.xlsx";
  const records = Array.from({ length: 1000 }, (_, i) => ({ ref: { file, row: i + 1 }, award: i % 2 ? "Lao động tiên tiến" : "Giấy khen" }));
  const packed = pack(records);
  // the keys (ref, file, row, award) and the three distinct values
  expect(packed.strings.length).toBe(7);
  expect(packed.shapes.length).toBeLessThan(8);
  expect(roundTrip(records)).toStrictEqual(records);
});

test("anything but plain data is refused (the pool then posts it as it is)", () => {
  expect(() => pack({ at: new Date(0) })).toThrow(NotPlainData);
  expect(() => pack([new Map()])).toThrow(NotPlainData);
  expect(() => pack({ f: () => 1 })).toThrow(NotPlainData);
});

test("a real file's result crosses as the structured clone would copy it", () => {
  const prepared = prepareInput(readInput(resolve(__dirname, "../../samples/demo/05-phong-gddt.xlsx")));
  const result = recogniseInput(prepared, prepared.registryUnits);
  expect(result.parsed.sheets.length).toBeGreaterThan(0);
  const cloned = deserialize(serialize(result)) as unknown;
  const back = roundTrip(result);
  expect(back).toStrictEqual(cloned);
  expect(JSON.stringify(back)).toBe(JSON.stringify(result));
});
