/**
 * Real files from public repositories of a production TĐKT system (see README.md here for where
 * each comes from): import templates with their look-up sheets, an instruction sheet with example
 * rows, proposal lists exported by the system, and a labour-statistics report form. Each is read
 * from its bytes by the product's reader; for every file no row is lost in silence, and what is
 * read correctly today is asserted exactly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type Analysis, type WorkbookInput } from "../../src/core/engine";
import { readWorkbook } from "../../src/files/readWorkbook";
import { silentLosses } from "../metamorphic/noSilentLoss";

const DIR = __dirname;
const FILES = readdirSync(DIR).filter((f) => /\.(xlsx|xls|ods|csv)$/.test(f)).sort();

function load(name: string): WorkbookInput {
  const r = readWorkbook(new Uint8Array(readFileSync(join(DIR, name))), name);
  return { file: r.file, grids: r.grids, error: r.error, warnings: r.warnings };
}
function check(name: string): { input: WorkbookInput; a: Analysis } {
  const input = load(name);
  return { input, a: analyze([input], {}) };
}
const warningsOf = (a: Analysis, sheet: string) => a.issues.filter((i) => i.sheet === sheet && i.severity === "warning" && (i.rule === "rows-not-read" || i.rule === "sheet-no-table"));

test("at least five real files, each described in the README", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(5);
  const readme = readFileSync(join(DIR, "README.md"), "utf8");
  for (const f of FILES) expect(readme).toContain(f);
});

describe.each(FILES)("%s", (name) => {
  test("is read, and every row with data is a record, a named row or a warning naming it", () => {
    const { input, a } = check(name);
    expect(input.error).toBeUndefined();
    expect(silentLosses([input], a)).toEqual([]);
  });
});

test("an exported proposal list: 4 recipients read, a 'Giám đốc' among them, the kind from the TAPTHE/CANHAN/HOGIADINH codes, the missing awards are errors, the look-up sheet named and not counted", () => {
  const { a } = check("de-nghi-khen-thuong-ma-phan-loai.xlsx");
  const awards = a.files[0].sheets.flatMap((s) => s.awards);
  expect(awards.map((r) => r.name)).toEqual(["UBND Tỉnh Quảng Bình", "UBND Thành phố Đồng Hới", "Trần Mạnh Hải", "Gia đình ông Lê Văn Hải"]);
  expect(awards[2]).toMatchObject({ position: "Giám đốc", unit: "Sở Y tế" });
  // "Phân loại khen thưởng" holds the system's codes: TAPTHE, CANHAN, HOGIADINH set the kind
  expect(awards.map((r) => [r.kind, r.kindSource])).toEqual([
    ["collective", "column"],
    ["collective", "column"],
    ["individual", "column"],
    ["household", "column"],
  ]);
  const sheet = a.ledger[0].sheets.find((s) => s.sheet === "DANHSACH")!;
  expect(sheet.codes).toEqual([expect.objectContaining({ column: "C", role: "recipientKind", resolved: 4, notFound: 0 })]);
  // the system exported the list before the award was chosen: each row says so at its cell
  expect(a.issues.filter((i) => i.rule === "value-required").map((i) => i.cell)).toEqual(["H4", "H5", "H6", "H7"]);
  // no title names a unit: none is invented
  expect(a.ledger[0].sender).toBeUndefined();
  const account = a.ledger[0].rowAccounts!.find((x) => x.sheet === "DANHSACH")!;
  expect(account).toMatchObject({ rowsWithData: 6, records: 4, structural: { title: 1, header: 1 }, notRead: {} });
  // the DANHMUC sheet's three code lists side by side are look-up entries: named, never awards
  const lookup = a.ledger[0].rowAccounts!.find((x) => x.sheet === "DANHMUC")!;
  // a look-up sheet's rows, its own header line included, are look-up entries: named, never awards
  expect(lookup).toMatchObject({ rowsWithData: 20, records: 0, structural: { lookup: 20 }, notRead: {} });
});

test("an empty import template: nothing counted; its header with code columns is an award table without rows (a warning, never info), the look-up sheet is named", () => {
  const { a } = check("mau-import-ca-nhan.xlsx");
  expect(a.files[0].sheets.flatMap((s) => [...s.awards, ...s.figures, ...s.summaries])).toEqual([]);
  const sheet = a.ledger[0].sheets.find((s) => s.sheet === "DANHSACH")!;
  // "Mã hình thức khen thưởng" stands for the award: the codes would be read through DANHMUC
  expect(sheet).toMatchObject({ kind: "awards", columns: { name: "B", award: "J" } });
  expect(a.issues.filter((i) => i.sheet === "DANHSACH").map((i) => `${i.rule}/${i.severity}`)).toEqual(["table-empty/warning"]);
  expect(a.ledger[0].rowAccounts!.find((x) => x.sheet === "DANHMUC")!.structural).toEqual({ lookup: 20 });
  expect(a.issues.filter((i) => i.rule === "sheet-no-table" && i.severity === "info")).toEqual([]);
});

test("a template whose blank rows hold only look-up formulas (#N/A): those rows hold no data, and its header is an award table", () => {
  const { a } = check("mau-tdkt-huong-dan.xlsx");
  // 'file nhận' spans 553 rows of VLOOKUP formulas over empty input: only its header holds data
  expect(a.ledger[0].rowAccounts!.find((x) => x.sheet === "file nhận")).toMatchObject({ rowsWithData: 1, records: 0, structural: { header: 1 }, notRead: {} });
  expect(a.ledger[0].sheets.find((s) => s.sheet === "file nhận")).toMatchObject({ kind: "awards", columns: { name: "C", recipientKind: "F", award: "G" } });
  expect(a.issues.filter((i) => i.rule === "formula-error" || i.rule === "value-required")).toEqual([]);
});

test("two-column look-up sheets (code and name, with or without a header) are classified as look-ups, not warned about", () => {
  const { a } = check("mau-tdkt-huong-dan.xlsx");
  for (const sheet of ["HTKT", "PLDT", "LVHD", "phan loai kt"]) {
    expect(a.ledger[0].sheets.find((s) => s.sheet === sheet)).toMatchObject({ sheetClass: "lookup" });
    const account = a.ledger[0].rowAccounts!.find((x) => x.sheet === sheet)!;
    expect(account).toMatchObject({ records: 0, structural: { lookup: account.rowsWithData }, notRead: {} });
    expect(a.issues.filter((i) => i.sheet === sheet)).toEqual([]);
  }
});

test("an instruction sheet's example rows are named as examples and never counted", () => {
  const { a } = check("mau-tdkt-huong-dan.xlsx");
  expect(a.files[0].sheets.flatMap((s) => s.awards)).toEqual([]);
  expect(a.ledger[0].rowAccounts!.find((x) => x.sheet === "Hướng dẫn")).toMatchObject({ rowsWithData: 6, records: 0, structural: { example: 6 }, notRead: {} });
  expect(a.issues.filter((i) => i.rule === "table-empty" && i.sheet === "Hướng dẫn")).toEqual([]);
});

test("proposal lists with code columns and names alone on their rows: the recipients are read, each missing award an error at its cell", () => {
  for (const [name, names, cells] of [
    ["to-trinh-tap-the.xlsx", ["UBND Xã", "UBND Huyện", "UBND Tỉnh"], ["D4", "D5", "D6"]],
    ["de-nghi-ca-nhan.xlsx", ["Hoàng Văn Anh", "Trần Thị Hà"], ["J4", "J5"]],
    // no STT, nothing else filled: recipients, not section headings
    ["danh-sach-quyet-dinh.xlsx", ["Lê Thanh Hải", "Trần Thị Hà"], ["G4", "G5"]],
  ] as const) {
    const { a } = check(name);
    expect(a.files[0].sheets.flatMap((s) => s.awards).map((r) => r.name)).toEqual(names);
    expect(warningsOf(a, "DANHSACH")).toEqual([]);
    expect(a.issues.filter((i) => i.rule === "value-required").map((i) => i.cell)).toEqual(cells);
    const account = a.ledger[0].rowAccounts!.find((x) => x.sheet === "DANHSACH")!;
    expect(account).toMatchObject({ records: names.length, structural: { title: 1, header: 1 }, notRead: {} });
  }
});

test("a labour report form (TT | Chỉ tiêu | Đơn vị | Số lượng | Ghi chú, column letters under it): an indicator table whose 'Đơn vị' is the unit of measure", () => {
  const { a } = check("bao-cao-cung-lao-dong.xlsx");
  for (const sheet of ["Mẫu BC Xã", "Mẫu BC Huyện"]) {
    const ledger = a.ledger[0].sheets.find((s) => s.sheet === sheet)!;
    // "Số lượng" is the value column; "Đơn vị" beside "Chỉ tiêu" is the unit of measure, not a workplace
    expect(ledger).toMatchObject({ kind: "figures", columns: { stt: "A", indicator: "B", measure: "C", actual: "D", note: "E" } });
    const figures = a.files[0].sheets.filter((s) => s.sheet === sheet).flatMap((s) => s.figures);
    expect(figures).toHaveLength(48);
    expect(figures[0]).toMatchObject({ section: "I. THÔNG TIN CUNG LAO ĐỘNG", stt: "1", indicator: "Số người từ 15 tuổi trở lên", measure: "Người", actual: null });
    // the form was sent blank: every indicator is there, none has a value, and no measure is a unit's name
    expect(new Set(figures.map((f) => f.measure))).toEqual(new Set(["Người", ""]));
    expect(figures.every((f) => f.actual === null && f.plan === null)).toBe(true);
    // the letters A–E are the column-numbering row; "Ngày … tháng … năm" and the signer close the form
    const account = a.ledger[0].rowAccounts!.find((x) => x.sheet === sheet)!;
    expect(account).toMatchObject({ records: 48, notRead: {} });
    expect(account.structural).toMatchObject({ header: 1, numbering: 1, signature: 2 });
    expect(a.issues.filter((i) => i.sheet === sheet && i.severity !== "info")).toEqual([]);
  }
  // the report's subject line ("VỀ THÔNG TIN CUNG LAO ĐỘNG NĂM 2022") names no sender
  expect(a.ledger[0].sender).toBeUndefined();
});
