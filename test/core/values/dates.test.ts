import fc from "fast-check";
import type { Cell } from "../../../src/core/grid";
import { daysInMonth, formatDateVi, isDateFormat, isoToSerial, parseDateText, readDateCell, serialToIso } from "../../../src/core/values/dates";

const FC = { seed: 20210630, numRuns: 400 };

describe("isDateFormat", () => {
  test.each(["dd/mm/yyyy", "d/m/yy", "yyyy-mm-dd", "[$-42A]dd/mm/yyyy", "mm/dd/yyyy", "d-mmm-yy", "dd/mm/yyyy hh:mm", "DD/MM/YYYY"])("%j is a date", (z) => {
    expect(isDateFormat(z)).toBe(true);
  });
  test.each([undefined, "#,##0", "0.0%", "@", "General", "hh:mm", '0" ngày"', "#,##0.00"])("%j is not a date", (z) => {
    expect(isDateFormat(z)).toBe(false);
  });
});

describe("Excel serials", () => {
  test.each([
    [44340, "2021-05-24"],
    [44197, "2021-01-01"],
    [44377, "2021-06-30"],
    [32874, "1990-01-01"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"], // Excel's phantom leap day
    [61, "1900-03-01"],
    [36526, "2000-01-01"],
    [44340.75, "2021-05-24"], // time of day dropped
  ])("%d <-> %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(Math.floor(serial));
  });
  test("isoToSerial rejects what is not a date", () => {
    expect(isoToSerial("2021-02-29")).toBeNull();
    expect(isoToSerial("24/05/2021")).toBeNull();
  });
  test("round trip over 1900..2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 73415 }), (n) => isoToSerial(serialToIso(n)) === n),
      FC,
    );
  });
});

describe("parseDateText", () => {
  test.each([
    ["24/5/2021", "2021-05-24"],
    ["24/05/2021", "2021-05-24"],
    ["24-5-2021", "2021-05-24"],
    ["24.5.2021", "2021-05-24"],
    ["24 / 5 / 2021", "2021-05-24"],
    ["ngày 05 tháng 3 năm 2021", "2021-03-05"],
    ["Ngày 15 tháng 6 năm 2022", "2022-06-15"],
    ["NGÀY 15 THÁNG 6 NĂM 2022", "2022-06-15"],
    ["ngay 5 thang 3 nam 2021", "2021-03-05"],
    ["nga\u0300y 05 tha\u0301ng 3 na\u0306m 2021", "2021-03-05"], // NFD text
    ["ngày 5/3/2021", "2021-03-05"],
    ["05/3/21", "2021-03-05"],
    ["12/3/78", "1978-03-12"],
    ["2021-05-24", "2021-05-24"],
    ["2021-05-24T00:00:00", "2021-05-24"],
    ["29/2/2020", "2020-02-29"],
    ["5/3/2021", "2021-03-05"], // day first, never May 3
    ["18/12/2020.", "2020-12-18"],
  ])("%j -> %s", (text, iso) => {
    expect(parseDateText(text)).toEqual({ kind: "date", iso });
  });
  test.each([
    ["31/6/2021", "no-such-day"], // P02
    ["29/2/2021", "no-such-day"],
    ["32/1/2021", "no-such-day"],
    ["0/1/2021", "no-such-day"],
    ["13/13/2021", "bad-month"],
    ["5/24/2021", "bad-month"], // US order is not read
    ["ngày 31 tháng 4 năm 2021", "no-such-day"],
    ["24/5", "unreadable"],
    ["24/5/202", "unreadable"],
    ["1.762", "unreadable"],
    ["44340", "unreadable"],
  ])("%j -> invalid %s", (text, reason) => {
    expect(parseDateText(text)).toEqual({ kind: "invalid", text, reason });
  });
  test.each(["", "  ", "-", "Không", "x"])("%j -> none", (text) => {
    expect(parseDateText(text)).toEqual({ kind: "none" });
  });
  test("never throws, and a date is always a real day", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseDateText(s);
        return r.kind !== "date" || isoToSerial(r.iso) !== null;
      }),
      FC,
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}$/), (s) => {
        const r = parseDateText(s);
        return r.kind !== "none";
      }),
      FC,
    );
  });
  test("formatDateVi then parseDateText round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 32874, max: 73415 }), (n) => {
        const iso = serialToIso(n);
        const r = parseDateText(formatDateVi(iso));
        return r.kind === "date" && r.iso === iso;
      }),
      FC,
    );
  });
});

describe("readDateCell", () => {
  test("a real date cell (04-xa-quai-to 'Ngày QĐ')", () => {
    expect(readDateCell({ t: "n", v: 44340, z: "dd/mm/yyyy" })).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(readDateCell({ t: "n", v: 44340, z: "[$-42A]dd/mm/yyyy" })).toEqual({ kind: "date", iso: "2021-05-24" });
  });
  test("text cells are parsed", () => {
    expect(readDateCell({ t: "s", v: "24/5/2021" })).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(readDateCell({ t: "s", v: "31/6/2021" })).toEqual({ kind: "invalid", text: "31/6/2021", reason: "no-such-day" });
  });
  test("a bare serial is a date only when allowed", () => {
    const bare: Cell = { t: "n", v: 44340 };
    expect(readDateCell(bare)).toEqual({ kind: "invalid", text: "44340", reason: "unreadable" });
    expect(readDateCell(bare, { allowBareSerial: true })).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(readDateCell({ t: "n", v: 1762 }, { allowBareSerial: true }).kind).toBe("invalid");
  });
  test("display text is used when the format is unknown", () => {
    expect(readDateCell({ t: "n", v: 44340, w: "24/05/2021" })).toEqual({ kind: "date", iso: "2021-05-24" });
  });
  test("empty and error", () => {
    expect(readDateCell(undefined)).toEqual({ kind: "none" });
    expect(readDateCell({ t: "e", v: "#VALUE!" })).toEqual({ kind: "invalid", text: "#VALUE!", reason: "unreadable" });
  });
});

describe("formatDateVi", () => {
  test("pads day and month", () => {
    expect(formatDateVi("2021-05-24")).toBe("24/05/2021");
    expect(formatDateVi("2021-03-05")).toBe("05/03/2021");
    expect(formatDateVi("not a date")).toBe("not a date");
  });
});

// ---------------------------------------------------------------------------------------------
// Edges: format codes, two-digit years, bare serial range, display texts (mutation testing, issue 16)

describe("dates: edges", () => {
  test("a date format is judged on its first section, without quoted, escaped or bracketed parts", () => {
    expect(['"dd"0', "\\d0", "[$-dd]0", "0;dd/mm/yyyy", "mm", "hh:mm:ss"].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
    expect(["mmm", "yyyy", "d", "GENERAL dd"].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(isDateFormat(" General ")).toBe(false);
  });

  test("days in a month, leap years included", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2000, 2), daysInMonth(1900, 2), daysInMonth(2021, 2), daysInMonth(2021, 4), daysInMonth(2021, 12)]).toEqual([29, 29, 28, 28, 30, 31]);
  });

  test("isoToSerial refuses impossible months and days, and keeps Excel's phantom 29/02/1900", () => {
    expect(["2021-13-01", "2021-00-10", "2021-04-31", "2021-04-00", "2021-4-01"].map(isoToSerial)).toEqual([null, null, null, null, null]);
    expect(isoToSerial("1900-02-29")).toBe(60);
    expect(isoToSerial("1900-02-28")).toBe(59);
    expect(isoToSerial("1900-03-01")).toBe(61);
  });

  test("two-digit years: 00-29 are 20xx, 30-99 are 19xx; other lengths are unreadable", () => {
    expect(parseDateText("1/1/29")).toEqual({ kind: "date", iso: "2029-01-01" });
    expect(parseDateText("1/1/30")).toEqual({ kind: "date", iso: "1930-01-01" });
    expect(parseDateText("1/1/00")).toEqual({ kind: "date", iso: "2000-01-01" });
    expect(parseDateText("1/1/5")).toEqual({ kind: "invalid", text: "1/1/5", reason: "unreadable" });
    expect(parseDateText("ngày 05 tháng 3 năm 21")).toEqual({ kind: "date", iso: "2021-03-05" });
  });

  test("month 0 is a bad month; day 0 or past the month's end is no such day", () => {
    expect(parseDateText("1/0/2021")).toEqual({ kind: "invalid", text: "1/0/2021", reason: "bad-month" });
    expect(parseDateText("31/12/2021")).toEqual({ kind: "date", iso: "2021-12-31" });
    expect(parseDateText("1/12/2021")).toEqual({ kind: "date", iso: "2021-12-01" });
    expect(parseDateText("2021-02-30")).toEqual({ kind: "invalid", text: "2021-02-30", reason: "no-such-day" });
  });

  test("more written forms", () => {
    expect(parseDateText("ngày: 5/3/2021")).toEqual({ kind: "date", iso: "2021-03-05" });
    expect(parseDateText("5/3/2021;")).toEqual({ kind: "date", iso: "2021-03-05" });
    expect(parseDateText("5/3/2021 ,.")).toEqual({ kind: "date", iso: "2021-03-05" });
    expect(parseDateText("05 tháng 3, 2021")).toEqual({ kind: "date", iso: "2021-03-05" });
    expect(parseDateText("2021-5-4")).toEqual({ kind: "date", iso: "2021-05-04" });
    expect(parseDateText("2021-05-24 07:30")).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(parseDateText("2021-05-24T07:30:00.000Z")).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(parseDateText(" 24/5/2021\u00a0")).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(parseDateText("tháng 3 năm 2021")).toEqual({ kind: "invalid", text: "tháng 3 năm 2021", reason: "unreadable" });
    expect(parseDateText("…")).toEqual({ kind: "none" });
    expect(parseDateText(44340 as unknown as string)).toEqual({ kind: "none" });
  });

  test("readDateCell: booleans and errors are unreadable, shown as displayed", () => {
    expect(readDateCell({ t: "b", v: true })).toEqual({ kind: "invalid", text: "true", reason: "unreadable" });
    expect(readDateCell({ t: "e", v: 42, w: "#N/A" })).toEqual({ kind: "invalid", text: "#N/A", reason: "unreadable" });
  });

  test("readDateCell: a date-formatted number from serial 1; a time alone is not a date", () => {
    expect(readDateCell({ t: "n", v: 1, z: "dd/mm/yyyy" })).toEqual({ kind: "date", iso: "1900-01-01" });
    expect(readDateCell({ t: "n", v: 0.5, z: "dd/mm/yyyy", w: "00/01/1900" })).toEqual({ kind: "invalid", text: "00/01/1900", reason: "unreadable" });
    expect(readDateCell({ t: "n", v: "44340" as unknown as number, z: "dd/mm/yyyy" })).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(readDateCell({ t: "n", v: "abc" as unknown as number, z: "dd/mm/yyyy" })).toEqual({ kind: "invalid", text: "abc", reason: "unreadable" });
  });

  test("readDateCell: a bare serial is a date from 01/01/1990 to the end of 31/12/2100 only", () => {
    const at = (v: number) => readDateCell({ t: "n", v }, { allowBareSerial: true });
    expect(at(32874)).toEqual({ kind: "date", iso: "1990-01-01" });
    expect(at(32873).kind).toBe("invalid");
    expect(at(73415)).toEqual({ kind: "date", iso: "2100-12-31" });
    expect(at(73415.9)).toEqual({ kind: "date", iso: "2100-12-31" });
    expect(at(73416)).toEqual({ kind: "invalid", text: "73416", reason: "unreadable" });
  });

  test("readDateCell: a display text is used only when it looks like a date and is one", () => {
    expect(readDateCell({ t: "n", v: 44340, w: "24.05.2021" })).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(readDateCell({ t: "n", v: 44340, w: "24 - 05 - 2021" })).toEqual({ kind: "date", iso: "2021-05-24" });
    expect(readDateCell({ t: "n", v: 44340, w: "44340" })).toEqual({ kind: "invalid", text: "44340", reason: "unreadable" });
    expect(readDateCell({ t: "n", v: 44340, w: "31/6/2021" })).toEqual({ kind: "invalid", text: "31/6/2021", reason: "unreadable" });
    expect(readDateCell({ t: "n", v: 44340, w: "ngày 24 tháng 5 năm 2021" })).toEqual({ kind: "invalid", text: "ngày 24 tháng 5 năm 2021", reason: "unreadable" });
  });

  test("formatDateVi reads only the leading ISO date", () => {
    expect(formatDateVi("2021-05-24T07:30")).toBe("24/05/2021");
    expect(formatDateVi("x2021-05-24")).toBe("x2021-05-24");
    expect(formatDateVi("2021-5-24")).toBe("2021-5-24");
  });
});

describe("parseDateText: one answer per distinct text, shared and unchangeable", () => {
  it("the same text read again gives the same answer, whatever was read between", () => {
    const texts = ["24/05/2021", "31/6/2021", "ngày 05 tháng 3 năm 2021", "", "x", "24/5"];
    const first = texts.map((t) => ({ ...parseDateText(t) }));
    for (let i = 0; i < 3; i++) expect(texts.map((t) => ({ ...parseDateText(t) }))).toEqual(first);
    expect(first[0]).toEqual({ kind: "date", iso: "2021-05-24" });
  });

  it("a caller cannot change the answer another caller gets", () => {
    const a = parseDateText("01/02/2003") as { iso?: string };
    expect(() => {
      a.iso = "1999-01-01";
    }).toThrow(TypeError);
    expect(parseDateText("01/02/2003")).toEqual({ kind: "date", iso: "2003-02-01" });
  });
});
