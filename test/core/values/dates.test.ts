import fc from "fast-check";
import type { Cell } from "../../../src/core/grid";
import { formatDateVi, isDateFormat, isoToSerial, parseDateText, readDateCell, serialToIso } from "../../../src/core/values/dates";

const FC = { seed: 20210630, numRuns: 400 };

describe("isDateFormat", () => {
  test.each(["dd/mm/yyyy", "d/m/yy", "yyyy-mm-dd", "[$-42A]dd/mm/yyyy", "mm/dd/yyyy", "d-mmm-yy", "dd/mm/yyyy hh:mm", "DD/MM/YYYY"])("%j is a date", (z) => {
    expect(isDateFormat(z)).toBe(true);
  });
  test.each([undefined, "#,##0", "0.0%", "@", "General", "hh:mm", '0" ngày"', "#,##0.00"])("%j is not a date", (z) => {
    expect(isDateFormat(z as string | undefined)).toBe(false);
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
