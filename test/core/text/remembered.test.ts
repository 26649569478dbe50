/** remembered: one answer per distinct text, kept in the caller's map, bounded. */
import { remembered } from "../../../src/core/text/remembered";

describe("remembered", () => {
  it("asks once per distinct text, and gives the answer again (null too, which means none)", () => {
    const memo = new Map<string, number | null>();
    const asked: string[] = [];
    const answer = (t: string) => {
      asked.push(t);
      return t === "none" ? null : t.length;
    };
    expect(["ab", "abc", "ab", "none", "none", "abc"].map((t) => remembered(memo, t, answer))).toEqual([2, 3, 2, null, null, 3]);
    expect(asked).toEqual(["ab", "abc", "none"]);
  });

  it("holds at most `limit` texts: past it the map starts again, and every answer stays right", () => {
    const memo = new Map<string, string>();
    const answers = Array.from({ length: 10 }, (_, i) => remembered(memo, `t${i}`, (t) => t.toUpperCase(), 4));
    expect(answers).toEqual(Array.from({ length: 10 }, (_, i) => `T${i}`));
    expect(memo.size).toBeLessThanOrEqual(4);
    expect(memo.size).toBeGreaterThan(0);
    expect(remembered(memo, "t9", () => "asked again", 4)).toBe("T9");
  });

  it("the default bound keeps 200,000 texts", () => {
    const memo = new Map<string, number>();
    for (let i = 0; i < 200_000; i++) remembered(memo, String(i), () => i);
    expect(memo.size).toBe(200_000);
    remembered(memo, "one more", () => -1);
    expect(memo.size).toBe(1);
  });
});
