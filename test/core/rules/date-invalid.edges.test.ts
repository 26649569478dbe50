/**
 * date-invalid, edge by edge (issue 16): the reason given for each impossible date (month, days of
 * the month, two-digit years, separators), the edges of months and days in an ISO date, findings
 * of a sheet and of a file, and one issue per cell when the reader and the record both say it.
 */
import { dateInvalid } from "../../../src/core/rules/date-invalid";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

const GK = "Giấy khen Chủ tịch UBND huyện";
const run = (...sheets: SheetBuilder[]) => dateInvalid.check(contextOf({ name: "", sheets }));
/** the message for a finding of the reader with this text */
const said = (text: string) => run(sheetOf("a.xlsx", "DS").finding({ rule: "date-invalid", cell: "F5", data: { text } }))[0].message;
const full = (text: string, why?: { vi: string; en: string }) => ({
  vi: `Ngày quyết định "${text}" không có thật${why ? ` (${why.vi})` : ""}. Ghi lại đúng ngày theo quyết định (dd/mm/yyyy).`,
  en: `Decision date "${text}" does not exist${why ? ` (${why.en})` : ""}. Write the decision's real date (dd/mm/yyyy).`,
});
/** the issues for a record whose decisionDate is `iso` */
const record = (iso: string) => run(sheetOf("a.xlsx", "DS", undefined, 9).award({ name: "Lò Văn A", awardText: GK, decisionDate: iso }));

describe("date-invalid: why a date does not exist", () => {
  it("a month past 12, or 0", () => {
    expect(said("15/13/2021")).toEqual(full("15/13/2021", { vi: "không có tháng 13", en: "there is no month 13" }));
    expect(said("15/0/2021")).toEqual(full("15/0/2021", { vi: "không có tháng 0", en: "there is no month 0" }));
  });

  it("a day past the month's last, or 0; February by the year", () => {
    expect(said("31/6/2021")).toEqual(full("31/6/2021", { vi: "tháng 6/2021 chỉ có 30 ngày", en: "month 6/2021 has only 30 days" }));
    expect(said("0/5/2021")).toEqual(full("0/5/2021", { vi: "tháng 5/2021 chỉ có 31 ngày", en: "month 5/2021 has only 31 days" }));
    expect(said("29/2/2023")).toEqual(full("29/2/2023", { vi: "tháng 2/2023 chỉ có 28 ngày", en: "month 2/2023 has only 28 days" }));
    expect(said("30/2/2024")).toEqual(full("30/2/2024", { vi: "tháng 2/2024 chỉ có 29 ngày", en: "month 2/2024 has only 29 days" }));
  });

  it("a two-digit year is read in the 2000s; dots, dashes and spaces separate too", () => {
    expect(said("29/2/23").vi).toBe(full("29/2/23", { vi: "tháng 2/2023 chỉ có 28 ngày", en: "" }).vi);
    expect(said("31.4.2021").en).toBe(full("31.4.2021", { vi: "", en: "month 4/2021 has only 30 days" }).en);
    expect(said("31 - 4 - 2021").en).toBe(full("31 - 4 - 2021", { vi: "", en: "month 4/2021 has only 30 days" }).en);
  });

  it("no reason when the text is a real day, or not a d/m/y text at all", () => {
    expect(said("29/2/2024")).toEqual(full("29/2/2024"));
    expect(said("31/12/2021")).toEqual(full("31/12/2021"));
    expect(said("1/1/2021")).toEqual(full("1/1/2021"));
    expect(said("ngày ba mươi")).toEqual(full("ngày ba mươi"));
  });

  it("a finding without a text quotes nothing", () => {
    expect(run(sheetOf("a.xlsx", "DS").finding({ rule: "date-invalid", cell: "F5", data: {} }))[0].message).toEqual(full(""));
  });
});

describe("date-invalid: ISO dates on records", () => {
  it("the edges of months and days", () => {
    for (const ok of ["2021-01-01", "2021-12-31", "2021-04-30", "2024-02-29", "2021-02-28"]) expect(record(ok)).toEqual([]);
    const bad: [string, string][] = [
      ["2021-13-01", "there is no month 13"],
      ["2021-00-10", "there is no month 0"],
      ["2021-04-31", "month 4/2021 has only 30 days"],
      ["2021-04-00", "month 4/2021 has only 30 days"],
      ["2021-02-29", "month 2/2021 has only 28 days"],
      // read as y-m-d, never as d/m/y ("29/02/2031")
      ["2029-02-31", "month 2/2029 has only 28 days"],
    ];
    for (const [iso, why] of bad) expect(record(iso)).toEqual([{ file: "a.xlsx", sheet: "DS", cell: "F9", message: { vi: expect.any(String), en: full(iso, { vi: "", en: why }).en } }]);
    expect(record("2021-04-31")[0].message.vi).toBe(full("2021-04-31", { vi: "tháng 4/2021 chỉ có 30 ngày", en: "" }).vi);
  });

  it("a date not in y-m-d form is not a date either; a d/m/y one is explained as such", () => {
    expect(record("2021-1-5")[0].message).toEqual(full("2021-1-5"));
    expect(record("31/04/2021")[0].message.en).toBe(full("31/04/2021", { vi: "", en: "month 4/2021 has only 30 days" }).en);
  });

  it("no date is no issue", () => {
    expect(run(sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK }))).toEqual([]);
  });

  it("flags the date cell, else the decision cell", () => {
    const s = sheetOf("a.xlsx", "DS", undefined, 9).award({ name: "Lò Văn A", awardText: GK, decisionDate: "2021-02-30", cells: { decision: "E9" } });
    expect(run(s).map((i) => i.cell)).toEqual(["E9"]);
  });
});

describe("date-invalid: findings and records together", () => {
  it("the reader's finding and the record at the same cell make one issue; at another cell or sheet, two", () => {
    const same = sheetOf("a.xlsx", "DS", undefined, 9)
      .award({ name: "Lò Văn A", awardText: GK, decisionDate: "2021-06-31" })
      .finding({ rule: "date-invalid", cell: "F9", data: { text: "31/6/2021" } });
    expect(run(same).map((i) => `${i.sheet}!${i.cell} ${i.message.en}`)).toEqual([
      `DS!F9 ${full("31/6/2021", { vi: "", en: "month 6/2021 has only 30 days" }).en}`,
    ]);
    const other = sheetOf("a.xlsx", "DS", undefined, 9)
      .award({ name: "Lò Văn A", awardText: GK, decisionDate: "2021-06-31" })
      .finding({ rule: "date-invalid", cell: "F10", data: { text: "31/6/2021" } });
    expect(run(other).map((i) => i.cell)).toEqual(["F10", "F9"]);
    const otherSheet = [
      sheetOf("a.xlsx", "DS 2").finding({ rule: "date-invalid", cell: "F9", data: { text: "31/6/2021" } }),
      sheetOf("a.xlsx", "DS", undefined, 9).award({ name: "Lò Văn A", awardText: GK, decisionDate: "2021-06-31" }),
    ];
    expect(run(...otherSheet).map((i) => `${i.sheet}!${i.cell}`)).toEqual(["DS 2!F9", "DS!F9"]);
    const otherFile = [
      sheetOf("b.xlsx", "DS").finding({ rule: "date-invalid", cell: "F9", data: { text: "31/6/2021" } }),
      sheetOf("a.xlsx", "DS", undefined, 9).award({ name: "Lò Văn A", awardText: GK, decisionDate: "2021-06-31" }),
    ];
    expect(run(...otherFile).map((i) => `${i.file}!${i.cell}`)).toEqual(["b.xlsx!F9", "a.xlsx!F9"]);
  });

  it("a file-level finding names the file and its cell, no sheet; other rules' file findings are not taken", () => {
    const s = sheetOf("a.xlsx", "DS");
    s.fileFindings = [
      { rule: "date-invalid", cell: "F3", data: { text: "31/4/2021" } },
      { rule: "value-required", cell: "F4", data: { text: "x" } },
    ];
    const issues = run(s);
    expect(issues).toEqual([{ file: "a.xlsx", cell: "F3", message: full("31/4/2021", { vi: "tháng 4/2021 chỉ có 30 ngày", en: "month 4/2021 has only 30 days" }) }]);
    expect("sheet" in issues[0]).toBe(false);
  });
});
