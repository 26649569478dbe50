/**
 * The parts of percent.ts that issue 16's mutation run found untested: text inside a format code
 * between the decimal mark and its digits, a "%" that is not at the end of the display text, the
 * precision the unit stored (a value with more decimals than it shows) and the sign of a rounded 0.
 */
import { decimalsFromFormat, isPercentFormat, percentMatches, readPercentCell, roundTo } from "../../../src/core/values/percent";

describe("decimalsFromFormat skips every non-digit part, wherever it stands", () => {
  test.each([
    ['0."ab"00', 2],
    ["0.\\a00", 2],
    ["0.[ab]00", 2],
    ["0._)00", 2],
    ["0.*-00", 2],
  ])("%j shows %d decimals", (z, d) => {
    expect(decimalsFromFormat(z)).toBe(d);
  });
  test("a quoted text of several characters holding % is not a percent format", () => {
    expect(isPercentFormat('0.0" %"')).toBe(false);
    expect(isPercentFormat('0.0" %" ')).toBe(false);
  });
});

describe("readPercentCell: a % sign only at the end of the display text", () => {
  test("a display text that begins with % is neither a fraction nor a source of decimals", () => {
    expect(readPercentCell({ t: "n", v: 43.8, w: "%43.80" })).toEqual({ kind: "number", percent: 43.8, decimals: 1, style: "number" });
  });
  test("a trailing % with spaces on both sides gives the decimals shown", () => {
    expect(readPercentCell({ t: "n", v: 0.438, w: "43.80 % " })).toEqual({ kind: "number", percent: 43.8, decimals: 2, style: "fraction" });
  });
  test("a text with a space inside the number is not read as a percent", () => {
    expect(readPercentCell({ t: "s", v: "43, 8%" })).toEqual({ kind: "text", text: "43, 8%" });
  });
});

describe("percentMatches at the precision the unit stored", () => {
  // 1,25 stored (2 decimals), shown with 1: it shows 1,3; 1,245 / 100 is 1,245
  test("a stored value half a stored unit from the ratio agrees, even when its rounding does not", () => {
    expect(percentMatches(1.25, 1.245, 100, 1)).toBe(true);
  });
  test("more than half a stored unit away does not", () => {
    expect(percentMatches(1.25, 1.235, 100, 1)).toBe(false);
    expect(percentMatches(1.25, 1.2449, 100, 1)).toBe(false);
  });
  test("a value with 6 decimals or more is a computed one: only its rounding counts", () => {
    // 1,2500002 shows 1,3 at one decimal; the ratio 1,2499999 is 0,05 from it, and 3e-7 from the value
    expect(percentMatches(1.2500002, 1.2499999, 100, 1)).toBe(false);
    expect(percentMatches(1.25002, 1.24999, 100, 1)).toBe(false);
  });
  test("a zero plan cannot be checked, whatever is stated", () => {
    expect(percentMatches(0, 0, 0, 1)).toBe(false);
    expect(percentMatches(Infinity, 5, 0, 1)).toBe(false);
    expect(percentMatches(100, 5, 0, 1, { allowTruncation: true })).toBe(false);
    expect(percentMatches(Infinity, Infinity, 1, 0, { allowTruncation: true })).toBe(false);
  });
});

describe("roundTo", () => {
  test("0 and a value that rounds to 0 from above stay +0 (a shown -0 would be wrong)", () => {
    expect(Object.is(roundTo(0, 1), 0)).toBe(true);
    expect(Object.is(roundTo(0.01, 1), 0)).toBe(true);
  });
});
