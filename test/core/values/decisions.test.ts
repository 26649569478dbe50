import fc from "fast-check";
import { decisionNumberKey, isValidDecisionNumber, parseDecisionRef } from "../../../src/core/values/decisions";

const FC = { seed: 20210630, numRuns: 400 };
const date = (iso: string) => ({ kind: "date", iso });

describe("parseDecisionRef", () => {
  test.each([
    ["705/QĐ-UBND ngày 24/5/2021", "705/QĐ-UBND", "2021-05-24"],
    ["QĐ số 705/QĐ-UBND ngày 24/05/2021", "705/QĐ-UBND", "2021-05-24"],
    ["Số 463/QĐ-UBND ngày 02/04/2021", "463/QĐ-UBND", "2021-04-02"],
    ["Số: 463/QĐ-UBND ngày 02/04/2021", "463/QĐ-UBND", "2021-04-02"],
    ["705/QĐ-UBND, 24/5/2021", "705/QĐ-UBND", "2021-05-24"],
    ["705/QĐ-UBND; 24/5/2021", "705/QĐ-UBND", "2021-05-24"],
    ["705/QĐ-UBND (24/5/2021)", "705/QĐ-UBND", "2021-05-24"],
    ["705/QĐ-UBND\n24/5/2021", "705/QĐ-UBND", "2021-05-24"],
    ["Quyết định số 1015/QĐ-UBND ngày 18/6/2021", "1015/QĐ-UBND", "2021-06-18"],
    ["1960/2021/QĐ-UBND ngày 5/3/2021", "1960/2021/QĐ-UBND", "2021-03-05"],
    ["705/QĐ-UBND ngày 05 tháng 3 năm 2021", "705/QĐ-UBND", "2021-03-05"],
    ["705 / QĐ - UBND ngày 24-5-2021", "705 / QĐ - UBND", "2021-05-24"],
    ["Số 1168/BNV-BTĐKT ngày 06/02/2026", "1168/BNV-BTĐKT", "2026-02-06"],
    // text decoded from TCVN3 (as NFD in some tools) reads the same
    ["QÐ so\u0302\u0301 705/Q\u0110-UBND nga\u0300y 24/5/2021".normalize("NFD"), "705/QĐ-UBND", "2021-05-24"],
  ])("%j", (text, number, iso) => {
    const r = parseDecisionRef(text);
    expect(r.number?.normalize("NFC")).toBe(number);
    expect(r.date).toEqual(date(iso));
    expect(r.raw).toBe(text);
  });

  test("P11: 'QĐ 705' kept as written, without a date", () => {
    expect(parseDecisionRef("QĐ 705")).toEqual({ number: "QĐ 705", raw: "QĐ 705" });
    expect(parseDecisionRef("QĐ 705 ngày 24/5/2021")).toEqual({ number: "QĐ 705", date: date("2021-05-24"), raw: "QĐ 705 ngày 24/5/2021" });
  });
  test("only a number, only a date", () => {
    expect(parseDecisionRef("705/QĐ-UBND")).toEqual({ number: "705/QĐ-UBND", raw: "705/QĐ-UBND" });
    expect(parseDecisionRef("24/5/2021")).toEqual({ date: date("2021-05-24"), raw: "24/5/2021" });
    expect(parseDecisionRef("")).toEqual({ raw: "" });
  });
  test("an impossible date is reported, not dropped", () => {
    expect(parseDecisionRef("712/QĐ-UBND ngày 31/6/2021")).toEqual({
      number: "712/QĐ-UBND",
      date: { kind: "invalid", text: "31/6/2021", reason: "no-such-day" },
      raw: "712/QĐ-UBND ngày 31/6/2021",
    });
    expect(parseDecisionRef("712/QĐ-UBND ngày 24/5").date).toEqual({ kind: "invalid", text: "24/5", reason: "unreadable" });
  });
  test("never throws", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseDecisionRef(s);
        return r.raw === s;
      }),
      FC,
    );
    fc.assert(
      fc.property(fc.stringMatching(/^(Số |QĐ số )?[0-9]{1,4}\/(QĐ|KH)-[A-Z]{2,5}( ngày [0-9]{1,2}\/[0-9]{1,2}\/20[0-9]{2})?$/), (s) => {
        const r = parseDecisionRef(s);
        return r.number !== undefined && isValidDecisionNumber(r.number);
      }),
      FC,
    );
  });
});

describe("isValidDecisionNumber", () => {
  test.each([
    "705/QĐ-UBND",
    "705/QD-UBND",
    "705 / QĐ - UBND",
    "705/qđ-ubnd",
    "1960/2021/QĐ-UBND",
    "229/UBND-NV", // công văn
    "1168/BNV-BTĐKT",
    "5376/TTr-UBND",
    "43/HD-SNV",
    "25/KH-UBND",
    "98/2023/NĐ-CP",
    "05/VBHN-VPQH",
    "06/2022/QH15",
    "705/QĐ–UBND", // en dash from Word autocorrect
  ])("%j is valid", (n) => {
    expect(isValidDecisionNumber(n)).toBe(true);
  });
  test.each(["QĐ 705", "705", "705/UBND", "", "QĐ-UBND", "705/QĐ-", "705/QĐ UBND", "24/5/2021", "705/QĐ-UBND ngày 24/5/2021"])("%j is not valid", (n) => {
    expect(isValidDecisionNumber(n)).toBe(false);
  });
});

describe("decisionNumberKey", () => {
  test("spacing, case and diacritics do not matter", () => {
    expect(decisionNumberKey("705 / QĐ - UBND")).toBe(decisionNumberKey("705/QD-UBND"));
    expect(decisionNumberKey("705/qđ-ubnd")).toBe(decisionNumberKey("705/QĐ-UBND"));
    expect(decisionNumberKey("705/QĐ-UBND")).not.toBe(decisionNumberKey("706/QĐ-UBND"));
  });
});
