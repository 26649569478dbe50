import fc from "fast-check";
import type { Cell } from "../../../src/core/grid";
import { decimalsFromFormat, isPercentFormat, parsePercentText, percentMatches, readPercentCell, roundTo } from "../../../src/core/values/percent";

const FC = { seed: 20210630, numRuns: 300 };

describe("decimalsFromFormat", () => {
  test.each([
    ["0.0%", 1],
    ["0%", 0],
    ["0.00%", 2],
    ["#,##0", 0],
    ["#,##0.0", 1],
    ["#,##0.00_);(#,##0.00)", 2],
    ['0.0" %"', 1],
    ["[Red]0.0%", 1],
  ])("%j -> %d", (z, d) => {
    expect(decimalsFromFormat(z)).toBe(d);
  });
  test.each([undefined, "General", "@", ""])("%j -> null (infer from the value)", (z) => {
    expect(decimalsFromFormat(z)).toBeNull();
  });
});

describe("readPercentCell", () => {
  test("number style: 43.8 in a #,##0.0 cell (figures-A)", () => {
    expect(readPercentCell({ t: "n", v: 43.8, z: "#,##0.0" })).toEqual({ kind: "number", percent: 43.8, decimals: 1, style: "number" });
  });
  test("fraction style: 0.438 with 0.0% (figures-B)", () => {
    expect(readPercentCell({ t: "n", v: 0.438, z: "0.0%" })).toEqual({ kind: "number", percent: 43.8, decimals: 1, style: "fraction" });
  });
  test("P04: 0.837 stored as a fraction reads 83.7", () => {
    expect(readPercentCell({ t: "n", v: 0.837, z: "0.0%" })).toMatchObject({ percent: 83.7, decimals: 1 });
  });
  test("fraction known only from the display text", () => {
    expect(readPercentCell({ t: "n", v: 0.5172413793, w: "51.7%" })).toMatchObject({ style: "fraction", decimals: 1 });
  });
  test("General number: decimals inferred, at most 2", () => {
    expect(readPercentCell({ t: "n", v: 128.57142857 })).toEqual({ kind: "number", percent: 128.57142857, decimals: 2, style: "number" });
    expect(readPercentCell({ t: "n", v: 100 })).toMatchObject({ decimals: 0 });
    expect(readPercentCell({ t: "n", v: 97.1 })).toMatchObject({ decimals: 1 });
  });
  test.each([
    ["43,8%", 43.8, 1],
    ["43.8 %", 43.8, 1],
    ["43,8", 43.8, 1],
    ["100%", 100, 0],
    ["97,18 %", 97.18, 2],
  ])("text %j -> %d with %d decimals", (text, percent, decimals) => {
    expect(readPercentCell({ t: "s", v: text })).toEqual({ kind: "number", percent, decimals, style: "text" });
  });
  test("empty, error, text", () => {
    expect(readPercentCell(undefined)).toEqual({ kind: "empty" });
    expect(readPercentCell({ t: "s", v: "-" })).toEqual({ kind: "empty" });
    expect(readPercentCell({ t: "e", v: "#DIV/0!" })).toEqual({ kind: "error", error: "#DIV/0!" });
    expect(readPercentCell({ t: "s", v: "Vượt KH" })).toEqual({ kind: "text", text: "Vượt KH" });
  });
  test("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.constantFrom("0.0%", "#,##0", "General", "@", '0.0"%"')), (v, z) => {
        const cell: Cell = { t: "s", v, z: z ?? undefined };
        readPercentCell(cell);
        return true;
      }),
      FC,
    );
  });
});

describe("percentMatches", () => {
  test.each([
    // stated, actual, plan, decimals, expected
    [51.7, 30, 58, 1, true], // 30/58 = 51.72
    [83.7, 30, 58, 1, false], // P04
    [44.4, 36, 81, 1, true], // 44.44
    [128.6, 9, 7, 1, true], // 128.57
    [128.5, 9, 7, 1, false],
    [52, 30, 58, 0, true],
    [51.72, 30, 58, 2, true],
    [51.73, 30, 58, 2, false],
    [51.724137, 30, 58, 1, true], // a fraction cell holding more than it shows
    [100, 58, 58, 0, true],
    [12.5, 1, 8, 0, true], // 12.5 -> 13 or 12 at a tie: either passes
    [13, 1, 8, 0, true],
    [12, 1, 8, 0, true],
    [50, 1, 0, 1, false], // no plan: cannot check
    [43.8, 43.84, 100, 1, true], // 43,8 written for 43,84: what was written agrees
    [98.95, 1345.7, 1360, 1, true], // stored 0.9895 shown "99,0%": 98,948 agrees at the stored precision
    [98.95, 1340, 1360, 1, false], // 98,53: no precision makes it agree
    [117.7, 772, 707, 1, false], // typed at the displayed precision: compared there
  ])("stated %d for %d/%d at %d decimals -> %s", (stated, actual, plan, d, ok) => {
    expect(percentMatches(stated, actual, plan, d)).toBe(ok);
  });
  test("truncation only when allowed", () => {
    expect(percentMatches(66.6, 2, 3, 1)).toBe(false);
    expect(percentMatches(66.6, 2, 3, 1, { allowTruncation: true })).toBe(true);
    expect(percentMatches(66.5, 2, 3, 1, { allowTruncation: true })).toBe(false);
  });
  test("the rounded ratio always matches itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 3 }), (a, p, d) =>
        percentMatches(roundTo((a / p) * 100, d), a, p, d),
      ),
      FC,
    );
  });
  test("a value off by one unit or more never matches", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 2 }), (a, p, d) => {
        const right = roundTo((a / p) * 100, d);
        return !percentMatches(right + 2 * 10 ** -d, a, p, d) && !percentMatches(right - 2 * 10 ** -d, a, p, d);
      }),
      FC,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Format codes, display texts, edges of the comparison (mutation testing, issue 16)

describe("decimalsFromFormat / isPercentFormat: the parts of a format code", () => {
  test.each([
    ['0.00" ha"', 2],
    ["\\#0.0", 1],
    ["#,##0.00;[Red]-#,##0.000", 2],
    ["_(* #,##0.0_);_(* (#,##0.0)", 1],
    ["0.#", 0],
    ["0.0#", 1],
    ["0.?0", 1],
    [".00", 2],
    ["0", 0],
    ["0.00 %", 2],
  ])("%j shows %d decimals", (z, d) => {
    expect(decimalsFromFormat(z)).toBe(d);
  });
  test.each(['"Tỷ lệ"', "GENERAL", " General ", " @ ", "dd/mm/yyyy"])("%j shows no digits of its own", (z) => {
    expect(decimalsFromFormat(z)).toBeNull();
  });
  test("a percent format has a % outside quotes, escapes and the second section", () => {
    expect(["0.0%", "[Red]0%", "#,##0.0 %"].map(isPercentFormat)).toEqual([true, true, true]);
    expect([undefined, "", '0.0"%"', "0.0\\%", "0.0;0.0%", "#,##0.0"].map(isPercentFormat)).toEqual([false, false, false, false, false, false]);
  });
});

describe("roundTo", () => {
  test("half away from zero, robust to binary noise", () => {
    expect([roundTo(1.005, 2), roundTo(-1.005, 2), roundTo(2.5, 0), roundTo(-2.5, 0), roundTo(1.23456, 3), roundTo(-0.4, 0)]).toEqual([1.01, -1.01, 3, -3, 1.235, -0]);
  });
  test("non-finite values pass through", () => {
    expect(roundTo(Infinity, 1)).toBe(Infinity);
    expect(roundTo(-Infinity, 1)).toBe(-Infinity);
    expect(roundTo(NaN, 1)).toBeNaN();
  });
});

describe("readPercentCell: where the decimals come from", () => {
  test("a General value is written with as few decimals as it needs, at most 2", () => {
    expect(readPercentCell({ t: "n", v: 97.18 })).toMatchObject({ decimals: 2 });
    expect(readPercentCell({ t: "n", v: 97.185 })).toMatchObject({ decimals: 2 });
    expect(readPercentCell({ t: "n", v: 97.2000000001 })).toMatchObject({ decimals: 1 });
    expect(readPercentCell({ t: "n", v: 97.20001 })).toMatchObject({ decimals: 2 });
  });
  test("the format wins over the display text; the display text over the value", () => {
    expect(readPercentCell({ t: "n", v: 0.5172413793, z: "0.0%", w: "51.72%" })).toEqual({ kind: "number", percent: 51.72413793, decimals: 1, style: "fraction" });
    expect(readPercentCell({ t: "n", v: 0.5172413793, w: "51.72 % " })).toEqual({ kind: "number", percent: 51.72413793, decimals: 2, style: "fraction" });
    expect(readPercentCell({ t: "n", v: 0.51, w: "51%" })).toEqual({ kind: "number", percent: 51, decimals: 0, style: "fraction" });
    expect(readPercentCell({ t: "n", v: 12.5, w: "12,50" })).toEqual({ kind: "number", percent: 12.5, decimals: 2, style: "number" });
  });
  test("an unreadable or ambiguous display text leaves the decimals to the value", () => {
    expect(readPercentCell({ t: "n", v: 0.4383333, w: "x%" })).toEqual({ kind: "number", percent: 43.83333, decimals: 2, style: "fraction" });
    expect(readPercentCell({ t: "n", v: 1.5, w: "1,500" })).toEqual({ kind: "number", percent: 1.5, decimals: 1, style: "number" });
  });
  test("other kinds of cell", () => {
    expect(readPercentCell({ t: "b", v: true })).toEqual({ kind: "text", text: "true" });
    expect(readPercentCell({ t: "b", v: true, w: "TRUE" })).toEqual({ kind: "text", text: "TRUE" });
    expect(readPercentCell({ t: "n", v: "43.8" as unknown as number })).toEqual({ kind: "number", percent: 43.8, decimals: 1, style: "number" });
    expect(readPercentCell({ t: "n", v: "abc" as unknown as number })).toEqual({ kind: "text", text: "abc" });
    expect(readPercentCell({ t: "s", v: " \u200b " })).toEqual({ kind: "empty" });
    expect(readPercentCell({ t: "s", v: "…" })).toEqual({ kind: "empty" });
    expect(readPercentCell({ t: "s", v: " x% " })).toEqual({ kind: "text", text: " x% " });
    expect(readPercentCell({ t: "s", v: "%" })).toEqual({ kind: "text", text: "%" });
  });
  test("parsePercentText strips one trailing % only", () => {
    expect(parsePercentText("43,8 %")).toEqual({ percent: 43.8, decimals: 1 });
    expect(parsePercentText("43,8%%")).toBeNull();
    expect(parsePercentText("%43,8")).toBeNull();
  });
});

describe("percentMatches: edges", () => {
  test("exactly half a unit away passes, on both sides; more does not", () => {
    // 103 / 200 = 51,5%
    expect(percentMatches(52, 103, 200, 0)).toBe(true);
    expect(percentMatches(51, 103, 200, 0)).toBe(true);
    expect(percentMatches(53, 103, 200, 0)).toBe(false);
    expect(percentMatches(50, 103, 200, 0)).toBe(false);
  });
  test("the stated value is rounded to the decimals shown before comparing", () => {
    // 51,76 shows as 51,8 at one decimal: 0,08 from 51,72
    expect(percentMatches(51.76, 30, 58, 1)).toBe(false);
    expect(percentMatches(51.74, 30, 58, 1)).toBe(true);
  });
  test("decimals are clamped to 0..10 and cut to whole places", () => {
    expect(percentMatches(52, 30, 58, -1)).toBe(true);
    expect(percentMatches(51.7, 30, 58, 1.9)).toBe(true);
    expect(percentMatches(51.72, 30, 58, 1.9)).toBe(true);
    expect(percentMatches(51.7241379, 30, 58, 7.2)).toBe(true);
    expect(percentMatches(51.72413793103, 30, 58, 30)).toBe(true);
  });
  test("a non-finite stated value, actual or plan cannot be checked", () => {
    expect(percentMatches(NaN, 30, 58, 1)).toBe(false);
    expect(percentMatches(51.7, Infinity, 58, 1)).toBe(false);
    expect(percentMatches(0, 30, Infinity, 1)).toBe(false);
  });
  test("truncation is measured without binary noise (57/100 is 57, not 56,99…)", () => {
    expect(percentMatches(56, 57, 100, 0, { allowTruncation: true })).toBe(false);
    expect(percentMatches(57, 57, 100, 0, { allowTruncation: true })).toBe(true);
    expect(percentMatches(66, 2, 3, 0, { allowTruncation: true })).toBe(true);
    expect(percentMatches(66, 2, 3, 0)).toBe(false);
  });
});
