/**
 * Decision references at their edges (mutation testing, issue 16): the filler words removed around
 * a number that has no symbol shape, "ngày" without a readable date, a date before the number, and
 * the exact comparison key.
 */
import { decisionNumberKey, isValidDecisionNumber, parseDecisionRef } from "../../../src/core/values/decisions";

const date = (iso: string) => ({ kind: "date", iso });

describe("parseDecisionRef: a number without a symbol shape keeps what is written, without fillers", () => {
  test.each([
    ["Số: 705", "705"],
    ["số 705", "705"],
    ["QĐ số 705", "705"],
    ["QĐ số: 705", "705"],
    ["Quyết định số 12", "12"],
    ["quyet dinh so 12", "12"],
    ["(QĐ 705)", "QĐ 705"],
    ["- QĐ 705 -", "QĐ 705"],
    ["QĐ 705,", "QĐ 705"],
    ["QĐ 705 ngày", "QĐ 705"],
    ["QĐ 705 ngày:", "QĐ 705"],
  ])("%j -> %j, no date", (text, number) => {
    expect(parseDecisionRef(text)).toEqual({ number, raw: text });
  });

  test("fillers alone are no number", () => {
    expect(parseDecisionRef("Số:")).toEqual({ raw: "Số:" });
    expect(parseDecisionRef("( - )")).toEqual({ raw: "( - )" });
    expect(parseDecisionRef("ngày")).toEqual({ raw: "ngày" });
  });
});

describe("parseDecisionRef: the date", () => {
  test("'ngày' followed by digits that are no date is an unreadable date; without digits, no date", () => {
    expect(parseDecisionRef("QĐ 705 ngày 24/5")).toEqual({ number: "QĐ 705", date: { kind: "invalid", text: "24/5", reason: "unreadable" }, raw: "QĐ 705 ngày 24/5" });
    expect(parseDecisionRef("QĐ 705 ngày: 5")).toEqual({ number: "QĐ 705", date: { kind: "invalid", text: "5", reason: "unreadable" }, raw: "QĐ 705 ngày: 5" });
    expect(parseDecisionRef("705/QĐ-UBND ngày ...")).toEqual({ number: "705/QĐ-UBND", raw: "705/QĐ-UBND ngày ..." });
    expect(parseDecisionRef("705/QĐ-UBND (ngày chưa rõ)")).toEqual({ number: "705/QĐ-UBND", raw: "705/QĐ-UBND (ngày chưa rõ)" });
  });
  test("a date written before the number, in words or in digits", () => {
    expect(parseDecisionRef("ngày 05 tháng 3 năm 2021, 705/QĐ-UBND")).toEqual({ number: "705/QĐ-UBND", date: date("2021-03-05"), raw: "ngày 05 tháng 3 năm 2021, 705/QĐ-UBND" });
    expect(parseDecisionRef("24/5/2021 - QĐ 705")).toEqual({ number: "QĐ 705", date: date("2021-05-24"), raw: "24/5/2021 - QĐ 705" });
  });
  test("a date in words wins over digits elsewhere; a two-digit year is read", () => {
    expect(parseDecisionRef("QĐ 12 ngày 5 tháng 3 năm 2021").date).toEqual(date("2021-03-05"));
    expect(parseDecisionRef("705/QĐ-UBND ngày 24.5.21").date).toEqual(date("2021-05-24"));
  });
  test("the year segment of a symbol is not a date", () => {
    expect(parseDecisionRef("31/2020/QĐ-UBND")).toEqual({ number: "31/2020/QĐ-UBND", raw: "31/2020/QĐ-UBND" });
  });
  test("a value that is not a string is read as its text", () => {
    expect(parseDecisionRef(705 as unknown as string)).toEqual({ number: "705", raw: "705" });
    expect(parseDecisionRef(undefined as unknown as string)).toEqual({ raw: "" });
  });
});

describe("decision symbols", () => {
  test("the key: upper case, no spaces, no diacritics, one kind of dash, no leading zeros", () => {
    expect(decisionNumberKey(" 0705 / qđ – ubnd ")).toBe("705/QD-UBND");
    expect(decisionNumberKey("705/QĐ\u2014UBND")).toBe("705/QD-UBND");
    expect(decisionNumberKey("705/QĐ\u2212UBND")).toBe("705/QD-UBND");
    expect(decisionNumberKey("705\u00a0/QĐ-UBND\u200b")).toBe("705/QD-UBND");
    expect(decisionNumberKey("0/QĐ-UBND")).toBe("0/QD-UBND");
    expect(decisionNumberKey("1960/2021/QĐ-UBND")).toBe("1960/2021/QD-UBND");
  });
  test("validity: the number has 1 to 5 digits, the type 1 to 8 letters, a year has 4 digits", () => {
    expect(isValidDecisionNumber("12345/QĐ-UBND")).toBe(true);
    expect(isValidDecisionNumber("123456/QĐ-UBND")).toBe(false);
    expect(isValidDecisionNumber("1/ABCDEFGH-UBND")).toBe(true);
    expect(isValidDecisionNumber("1/ABCDEFGHI-UBND")).toBe(false);
    expect(isValidDecisionNumber("1/21/QĐ-UBND")).toBe(false);
    expect(isValidDecisionNumber("1/QĐ-UBND-VP")).toBe(true);
    expect(isValidDecisionNumber("1/QĐ-UBND-")).toBe(false);
    expect(isValidDecisionNumber("6/2022/QH1")).toBe(true);
    expect(isValidDecisionNumber("6/2022/QH123")).toBe(false);
    expect(isValidDecisionNumber("6/QH15")).toBe(false);
    expect(isValidDecisionNumber(705 as unknown as string)).toBe(false);
  });
});
