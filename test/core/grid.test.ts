/**
 * Cell addresses: a1 writes an address as Excel does, whether the text is one shared with earlier
 * calls (every file of a run asks for its "B12") or one made afresh (past the shared columns, a
 * negative or fractional index, or once the shared texts are full).
 */
import { a1, colLetters, parseA1 } from "../../src/core/grid";

/** The address as Excel writes it, from its definition (letters base 26 without zero, row + 1). */
function excel(row: number, col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

describe("a1", () => {
  it("writes Excel's address for every column and the rows around a page of a list", () => {
    for (const col of [0, 1, 25, 26, 27, 51, 52, 701, 702, 703, 16_383]) for (const row of [0, 1, 9, 10, 99, 999, 65_535, 1_048_575]) expect(a1(row, col)).toBe(excel(row, col));
  });

  it("asked again, says the same (a shared text is never another cell's)", () => {
    const first = [a1(11, 1), a1(1, 11), a1(0, 0), a1(16_383, 1)];
    expect([a1(11, 1), a1(1, 11), a1(0, 0), a1(16_383, 1)]).toEqual(first);
    expect(first).toEqual(["B12", "L2", "A1", "B16384"]);
  });

  it("past Excel's last column: its own address, never that of the next row's first columns", () => {
    expect(a1(0, 16_384)).toBe("XFE1");
    expect(a1(0, 16_385)).toBe("XFF1");
    expect(a1(1, 0)).toBe("A2");
    expect(a1(0, 16_384)).not.toBe(a1(1, 0));
  });

  it("round-trips through parseA1 and colLetters", () => {
    for (const [row, col] of [
      [0, 0],
      [14, 5],
      [1_000, 27],
    ])
      expect(parseA1(a1(row, col))).toEqual({ row, col });
    expect(a1(4, 30)).toBe(`${colLetters(30)}5`);
  });

  it("once it keeps no more (past 262,144 addresses), still writes each one right", () => {
    let wrong = 0;
    const letters = Array.from({ length: 1_000 }, (_, col) => colLetters(col));
    expect(letters.slice(0, 3).concat(letters[26], letters[702 % 1_000])).toEqual(["A", "B", "C", "AA", "AAA"]);
    for (let row = 0; row < 300; row++) for (let col = 0; col < 1_000; col++) if (a1(row, col) !== letters[col] + (row + 1)) wrong++;
    // these were never asked: made afresh now
    for (let col = 1_000; col < 1_100; col++) if (a1(5_000, col) !== excel(5_000, col)) wrong++;
    expect(wrong).toBe(0);
  });
});
