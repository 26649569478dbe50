import fc from "fast-check";
import type { Cell } from "../../../src/core/grid";
import { formatNumberEn, formatNumberVi, isPlaceholderText, parseNumberText, readNumberCell } from "../../../src/core/values/numbers";

const FC = { seed: 20210630, numRuns: 400 };

describe("parseNumberText", () => {
  test.each([
    // [text, value, ambiguous]
    ["1.762", 1762, true], // seed report: "1.762 cá nhân"
    ["2.439", 2439, true],
    ["11.120,3", 11120.3, false],
    ["1.120,3", 1120.3, false], // 02-xa-quai-cang E10
    ["85,125", 85.125, true],
    ["5,125", 5.125, true], // 07-xa-toa-tinh: 5,125 tấn gạo
    ["43,8", 43.8, false],
    ["43.8", 43.8, false],
    ["97,18", 97.18, false],
    ["0,125", 0.125, false],
    ["0.125", 0.125, false],
    ["1 762", 1762, false],
    ["1\u00a0762", 1762, false],
    ["13\u202f879", 13879, false],
    ["1 234 567,5", 1234567.5, false],
    ["+12", 12, false],
    ["-12", -12, false],
    ["\u2212 7,5", -7.5, false],
    ["(123)", -123, false],
    ["(1.234,5)", -1234.5, false],
    ["  42  ", 42, false],
    ["03", 3, false], // "03 tập thể"
    ["1.234.567", 1234567, false],
    ["1,234,567", 1234567, false],
    ["1,234.5", 1234.5, false],
    ["1.234.567,89", 1234567.89, false],
    ["1762.50", 1762.5, false],
    ["0", 0, false],
    ["-0", 0, false],
  ])("%j -> %d (ambiguous %s)", (text, value, ambiguous) => {
    const r = parseNumberText(text);
    expect(r).not.toBeNull();
    expect(r!.value).toBe(value);
    expect(r!.ambiguous).toBe(ambiguous);
  });

  test("decimals written", () => {
    expect(parseNumberText("43,8")!.decimals).toBe(1);
    expect(parseNumberText("11.120,30")!.decimals).toBe(2);
    expect(parseNumberText("1.762")!.decimals).toBe(0);
    expect(parseNumberText("5,125")!.decimals).toBe(3);
  });

  test("en preference flips only the ambiguous forms", () => {
    expect(parseNumberText("1,762", { prefer: "en" })).toMatchObject({ value: 1762, ambiguous: true });
    expect(parseNumberText("1.762", { prefer: "en" })).toMatchObject({ value: 1.762, ambiguous: true });
    expect(parseNumberText("11.120,3", { prefer: "en" })!.value).toBe(11120.3);
    expect(parseNumberText("43,8", { prefer: "en" })!.value).toBe(43.8);
  });

  test.each(["Không", "x", "X", "", "   ", "-", "–", "12a", "1/2", "1..2", "5,", "1.2.3", "1,23,4", "12 3", "1.234,5.6", "(-5)", "1e5", "NaN", "Infinity", "1,234,5.6"])(
    "%j is not a number",
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );

  test("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const r = parseNumberText(s);
        return r === null || Number.isFinite(r.value);
      }),
      FC,
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-+( ]?[0-9., \u00a0]{0,12}\)?$/), (s) => {
        const r = parseNumberText(s);
        return r === null || Number.isFinite(r.value);
      }),
      FC,
    );
  });
});

describe("formatNumberVi / formatNumberEn", () => {
  test.each([
    [1762, undefined, "1.762", "1,762"],
    [11120.3, undefined, "11.120,3", "11,120.3"],
    [1234567.891, 2, "1.234.567,89", "1,234,567.89"],
    [43.8, 1, "43,8", "43.8"],
    [0.5, 0, "1", "1"],
    [-1762, undefined, "-1.762", "-1,762"],
    [-0.04, 1, "0,0", "0.0"],
    [999, undefined, "999", "999"],
    [0, undefined, "0", "0"],
  ])("%d (%s decimals) -> %j / %j", (n, d, vi, en) => {
    expect(formatNumberVi(n, d)).toBe(vi);
    expect(formatNumberEn(n, d)).toBe(en);
  });

  test("very large numbers are written in full", () => {
    expect(formatNumberVi(1e21)).toBe("1.000.000.000.000.000.000.000");
  });

  test("formatting in Vietnamese then parsing round-trips (fixed decimals)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (int, k) => {
        const n = int / 10 ** k;
        const r = parseNumberText(formatNumberVi(n, k));
        return r !== null && r.value === n;
      }),
      FC,
    );
  });

  test("formatting in Vietnamese then parsing round-trips (shortest form)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }), (n) => {
        fc.pre(Math.abs(n) === 0 || Math.abs(n) >= 1e-6);
        const r = parseNumberText(formatNumberVi(n));
        return r !== null && r.value === (n === 0 ? 0 : n);
      }),
      FC,
    );
  });

  test("English formatting round-trips with the en preference", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (int, k) => {
        const n = int / 10 ** k;
        const r = parseNumberText(formatNumberEn(n, k), { prefer: "en" });
        return r !== null && r.value === n;
      }),
      FC,
    );
  });
});

describe("readNumberCell", () => {
  const s = (v: string): Cell => ({ t: "s", v });
  test("kinds", () => {
    expect(readNumberCell(undefined)).toEqual({ kind: "empty" });
    expect(readNumberCell(s("  "))).toEqual({ kind: "empty" });
    expect(readNumberCell(s("-"))).toEqual({ kind: "empty", placeholder: "-" });
    expect(readNumberCell(s("–"))).toEqual({ kind: "empty", placeholder: "–" });
    expect(readNumberCell({ t: "n", v: 1762, z: "#,##0" })).toEqual({ kind: "number", value: 1762, fromText: false, ambiguous: false });
    expect(readNumberCell(s("1.762"))).toEqual({ kind: "number", value: 1762, fromText: true, ambiguous: true });
    expect(readNumberCell(s("1.120,3"))).toEqual({ kind: "number", value: 1120.3, fromText: true, ambiguous: false });
    expect(readNumberCell({ t: "e", v: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
    // P07: "Không" typed in a figures cell
    expect(readNumberCell(s("Không"))).toEqual({ kind: "text", text: "Không" });
    expect(readNumberCell(s("x"))).toEqual({ kind: "text", text: "x" });
    expect(readNumberCell({ t: "b", v: true })).toEqual({ kind: "text", text: "TRUE" });
  });
});

// ---------------------------------------------------------------------------------------------
// Branches and edges the table above does not reach (mutation testing, issue 16)

describe("parseNumberText: every form, with its decimals and ambiguity", () => {
  test.each([
    // [text, value, decimals, ambiguous]
    [",5", 0.5, 1, false],
    [".5", 0.5, 1, false],
    [",50", 0.5, 2, false],
    [".125", 0.125, 3, false],
    ["-,5", -0.5, 1, false],
    ["1 762,5", 1762.5, 1, false],
    ["1 762.25", 1762.25, 2, false],
    ["1 762", 1762, 0, false],
    ["1\u200b762", 1762, 0, false],
    ["1\t762", 1762, 0, false],
    ["( 5 )", -5, 0, false],
    ["+ 12,5", 12.5, 1, false],
    ["\u20137", -7, 0, false],
    ["42", 42, 0, false],
    ["1.234,56", 1234.56, 2, false],
    ["1,234.5", 1234.5, 1, false],
    ["1.234.567", 1234567, 0, false],
    ["1234.567", 1234.567, 3, false],
    ["1,2345", 1.2345, 4, false],
    ["12,34", 12.34, 2, false],
    ["1.762", 1762, 0, true],
    ["999.999", 999999, 0, true],
  ])("%j -> %d, %d decimals, ambiguous %s", (text, value, decimals, ambiguous) => {
    expect(parseNumberText(text)).toEqual({ value, decimals, ambiguous });
  });

  test("the en preference reads an ambiguous group as decimals, with their count", () => {
    expect(parseNumberText("1.762", { prefer: "en" })).toEqual({ value: 1.762, decimals: 3, ambiguous: true });
    expect(parseNumberText("1,762", { prefer: "en" })).toEqual({ value: 1762, decimals: 0, ambiguous: true });
    expect(parseNumberText("5,125", { prefer: "vi" })).toEqual({ value: 5.125, decimals: 3, ambiguous: true });
  });

  test.each([
    "1.234,", // both separators, trailing one
    "1,234.",
    ".",
    ",",
    "+",
    "( )",
    ",5,3",
    "1.23.456",
    "12,34.5",
    "1234 567",
    "1 7.6.2",
    "1 762,5,3",
    "1_000",
    "(5",
    "5)",
    "9".repeat(400), // not finite
  ])("%j is not a number", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  test("a value that is not a string is not a number", () => {
    expect(parseNumberText(5 as unknown as string)).toBeNull();
    expect(parseNumberText(undefined as unknown as string)).toBeNull();
  });
});

describe("readNumberCell: every kind of cell", () => {
  const s = (v: string): Cell => ({ t: "s", v });
  test("numbers stored as such, or as text in a number cell", () => {
    expect(readNumberCell({ t: "n", v: "12" as unknown as number })).toEqual({ kind: "number", value: 12, fromText: false, ambiguous: false });
    expect(readNumberCell({ t: "n", v: "abc" as unknown as number })).toEqual({ kind: "text", text: "abc" });
  });
  test("booleans show their display text, else TRUE/FALSE", () => {
    expect(readNumberCell({ t: "b", v: false })).toEqual({ kind: "text", text: "FALSE" });
    expect(readNumberCell({ t: "b", v: true, w: "ĐÚNG" })).toEqual({ kind: "text", text: "ĐÚNG" });
  });
  test("placeholders are empty, with what was written; longer runs are text", () => {
    expect(readNumberCell(s(" … "))).toEqual({ kind: "empty", placeholder: "…" });
    expect(readNumberCell(s("..."))).toEqual({ kind: "empty", placeholder: "..." });
    expect(readNumberCell(s("\u200b"))).toEqual({ kind: "empty" });
    expect(readNumberCell(s("----"))).toEqual({ kind: "text", text: "----" });
    expect(readNumberCell(s("...."))).toEqual({ kind: "text", text: "...." });
  });
  test("text keeps its original form; the reading preference is passed on", () => {
    expect(readNumberCell(s(" Không có "))).toEqual({ kind: "text", text: " Không có " });
    expect(readNumberCell(s("1.762"), { prefer: "en" })).toEqual({ kind: "number", value: 1.762, fromText: true, ambiguous: true });
    expect(readNumberCell(s("1\u00a0762 "))).toEqual({ kind: "number", value: 1762, fromText: true, ambiguous: false });
  });
  test("isPlaceholderText trims and knows dashes, two or three dots and the ellipsis", () => {
    expect(["  -  ", "--", "—", "\u2212", "..", "…"].map(isPlaceholderText)).toEqual([true, true, true, true, true, true]);
    expect(["x", "0", ".", "....", "----", "-5"].map(isPlaceholderText)).toEqual([false, false, false, false, false, false]);
  });
});

describe("formatNumberVi / formatNumberEn: edges", () => {
  test("decimals are clamped to 0..20 and truncated to whole places", () => {
    expect(formatNumberVi(1.5, -1)).toBe("2");
    expect(formatNumberVi(1.23, 1.9)).toBe("1,2");
    expect(formatNumberVi(1, 25)).toBe("1," + "0".repeat(20));
  });
  test("very small numbers are written out in full, with their sign", () => {
    expect(formatNumberVi(1e-7)).toBe("0,0000001");
    expect(formatNumberEn(-1e-7)).toBe("-0.0000001");
    expect(formatNumberVi(-1e21)).toBe("-1.000.000.000.000.000.000.000");
  });
  test("non-finite numbers are written as JavaScript does; -0 has no sign", () => {
    expect(formatNumberVi(Infinity)).toBe("Infinity");
    expect(formatNumberEn(NaN)).toBe("NaN");
    expect(formatNumberVi(-0)).toBe("0");
    expect(formatNumberVi(-0.4, 0)).toBe("0");
    expect(formatNumberVi(-0.6, 0)).toBe("-1");
  });
  test("groups of three from the right, in the integer part only", () => {
    expect(formatNumberVi(1234.5678)).toBe("1.234,5678");
    expect(formatNumberEn(123456)).toBe("123,456");
    expect(formatNumberVi(12345678.25, 2)).toBe("12.345.678,25");
  });
});
