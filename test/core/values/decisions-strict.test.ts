/**
 * parseDecisionRef's answer has only the parts it found (no `number: undefined`, no
 * `date: undefined`): JSON and the data sheet write every key they get. And the text around a date
 * is cut at the date's both ends, with the spacing of the cell collapsed (issue 16's survivors of
 * src/core/values/decisions.ts).
 */
import { decisionNumberKey, parseDecisionRef } from "../../../src/core/values/decisions";

const date = (iso: string) => ({ kind: "date", iso });

describe("parseDecisionRef keeps only the parts it found", () => {
  test("a number alone: no date key", () => {
    expect(parseDecisionRef("QĐ 705")).toStrictEqual({ raw: "QĐ 705", number: "QĐ 705" });
  });
  test("a date alone: no number key", () => {
    expect(parseDecisionRef("ngày 24/05/2021")).toStrictEqual({ raw: "ngày 24/05/2021", date: date("2021-05-24") });
  });
  test("nothing found: the raw text alone", () => {
    expect(parseDecisionRef("ngày")).toStrictEqual({ raw: "ngày" });
    expect(parseDecisionRef("Số:")).toStrictEqual({ raw: "Số:" });
  });
});

describe("parseDecisionRef cuts a date out at both its ends", () => {
  test.each([
    ["Quyết định số 705 ngày 24 tháng 5 năm 2021", "705", "2021-05-24"],
    ["QĐ 705 ngày 24/05/2021", "QĐ 705", "2021-05-24"],
    ["QĐ 705 ngày: 24/05/2021", "QĐ 705", "2021-05-24"],
    ["QĐ 705, ngày 24/05/2021", "QĐ 705", "2021-05-24"],
    ["QĐ 705 (24/05/2021)", "QĐ 705", "2021-05-24"],
  ])("%j -> number %j, date %s", (text, number, iso) => {
    expect(parseDecisionRef(text)).toStrictEqual({ raw: text, number, date: date(iso) });
  });
  test("runs of spaces (also no-break and zero-width) inside a number without a symbol shape are one space", () => {
    expect(parseDecisionRef("QĐ   705").number).toBe("QĐ 705");
    expect(parseDecisionRef("QĐ\u00a0\u00a0705").number).toBe("QĐ 705");
  });
});

describe("parseDecisionRef: the ends of the parts (issue 16, second run)", () => {
  test("an unreadable date after 'ngày' is kept without the spaces around it", () => {
    expect(parseDecisionRef("QĐ 705 ngày:   24/5  ")).toStrictEqual({ raw: "QĐ 705 ngày:   24/5  ", number: "QĐ 705", date: { kind: "invalid", text: "24/5", reason: "unreadable" } });
  });
  test("a 'ngày' inside the text before the date is kept, only a trailing one is filler", () => {
    expect(parseDecisionRef("QĐ 705 ngày ký 24/05/2021")).toStrictEqual({ raw: "QĐ 705 ngày ký 24/05/2021", number: "QĐ 705 ngày ký", date: date("2021-05-24") });
  });
  test("a run of several punctuation marks after the number is cut whole", () => {
    expect(parseDecisionRef("QĐ 705 ,;")).toStrictEqual({ raw: "QĐ 705 ,;", number: "QĐ 705" });
    expect(parseDecisionRef("Số: 705 - ;")).toStrictEqual({ raw: "Số: 705 - ;", number: "705" });
  });
  test("a text of spaces, or not a string at all, has no part", () => {
    expect(parseDecisionRef("  \u00a0 ")).toStrictEqual({ raw: "  \u00a0 " });
    expect(parseDecisionRef(undefined as unknown as string)).toStrictEqual({ raw: "" });
    expect(parseDecisionRef(705 as unknown as string)).toStrictEqual({ raw: "705", number: "705" });
  });
});

describe("decisionNumberKey", () => {
  test("every leading zero of the number is dropped", () => {
    expect(decisionNumberKey("00705/QĐ-UBND")).toBe("705/QD-UBND");
    expect(decisionNumberKey("000/QĐ-UBND")).toBe("0/QD-UBND");
  });
});
