/** localize formats each language when it is first read, once, and reads as plain data everywhere. */
import * as format from "../../../src/core/i18n/format";
import { localize } from "../../../src/core/i18n/messages";

const TEMPLATE = { vi: "{count} tệp, {n:number} dòng", en: "{count} {count:plural:file|files}, {n:number} rows" };

test("neither language is formatted until read; each once", () => {
  const spy = jest.spyOn(format, "formatTemplate");
  try {
    const m = localize(TEMPLATE, { count: 2, n: 1234.5 });
    expect(spy).not.toHaveBeenCalled();
    expect(m.vi).toBe("2 tệp, 1.234,5 dòng");
    expect(m.vi).toBe("2 tệp, 1.234,5 dòng");
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenLastCalledWith(TEMPLATE.vi, { count: 2, n: 1234.5 }, "vi");
    expect(m.en).toBe("2 files, 1,234.5 rows");
    expect(spy).toHaveBeenCalledTimes(2);
  } finally {
    spy.mockRestore();
  }
});

test("a lazy message reads as plain data: keys, JSON, spreading, a structured clone", () => {
  const m = localize(TEMPLATE, { count: 1, n: 3 });
  const plain = { vi: "1 tệp, 3 dòng", en: "1 file, 3 rows" };
  expect(Object.keys(m)).toEqual(["vi", "en"]);
  expect(JSON.parse(JSON.stringify(m))).toEqual(plain);
  expect({ ...m }).toEqual(plain);
  expect(structuredClone(m)).toEqual(plain);
  expect(m).toEqual(plain);
});

test("no parameters: the template's text in each language", () => {
  expect({ ...localize({ vi: "Xin chào", en: "Hello" }) }).toEqual({ vi: "Xin chào", en: "Hello" });
});
