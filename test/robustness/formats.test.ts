/**
 * Issue 17 on generated files: sizes from the data, every format SheetJS reads, refused formats and
 * encryption named, the per-file budget, and SheetJS's console kept off stderr.
 */
import type * as XLSX from "@e965/xlsx";
import { analyze } from "../../src/core/engine";
import { MAX_CELL_DATA_BYTES, MAX_ROWS, readWorkbook } from "../../src/files/readWorkbook";
import { awardRows, GOOD_FILE, GOOD_NAMES, goodWorkbook, rowXml, sheetXml, xlsxPackage } from "../safety/badInputs";
import { ASCII_ROWS, declaredWholeSheet, odsRepeatBomb, oleWith, PDF_BYTES, protectedOds, rowsJustOverLimit, sharedStringsFlood, wordPackage, workbookAs } from "./generate";

const texts = (r: ReturnType<typeof readWorkbook>) => r.grids.flatMap((g) => g.cells.flatMap((row) => row.filter(Boolean).map((c) => String(c!.v))));
const namesOf = (bytes: Uint8Array, file: string) => {
  const a = analyze([{ ...readWorkbook(bytes, file), file }, { file: GOOD_FILE, grids: readWorkbook(goodWorkbook(), GOOD_FILE).grids }]);
  return a.files.find((f) => f.file === file)!.sheets.flatMap((s) => s.awards.map((r) => r.name));
};

describe("sizes come from the cells, never from the declared dimension", () => {
  test("a dimension of A1:XFD1048576 over a short award list (and formatted empty rows at the sheet's end) is read, sized by its data", () => {
    const r = readWorkbook(declaredWholeSheet(), "gnumeric.xlsx");
    expect(r.error).toBeUndefined();
    expect(r.grids.map((g) => [g.rowCount, g.colCount])).toEqual([[awardRows().length, 5]]);
    expect(namesOf(declaredWholeSheet(), "gnumeric.xlsx")).toEqual(GOOD_NAMES);
  });

  test("a sheet whose data really holds 100,050 rows is refused by the row limit, naming file and sheet", () => {
    const r = readWorkbook(rowsJustOverLimit(), "dai.xlsx");
    expect(r.grids).toEqual([]);
    expect(r.error?.message.vi).toBe(`Tệp "dai.xlsx", sheet "DS khen thưởng" có hơn ${MAX_ROWS.toLocaleString("vi-VN")} dòng, vượt giới hạn đọc: có lẽ không phải danh sách khen thưởng; hãy tách tệp hoặc xóa các dòng thừa.`);
    expect(r.error?.message.en).toMatch(/^File "dai\.xlsx", sheet "DS khen thưởng" has more than 100,000 rows/);
  });
});

describe("every format SheetJS reads is read", () => {
  test.each([
    ["biff2", "excel2.xls"],
    ["biff3", "excel3.xls"],
    ["biff4", "excel4.xls"],
    ["biff5", "excel95.xls"],
  ])("%s (%s): the bare or OLE-wrapped BIFF stream is read as .xls, its values there", (bookType, file) => {
    const r = readWorkbook(workbookAs(bookType as XLSX.BookType, ASCII_ROWS, "DS"), file);
    expect([r.error, r.warnings, r.format]).toEqual([undefined, undefined, "xls"]);
    expect(texts(r)).toEqual(["DANH SACH KHEN THUONG", "STT", "Ho va ten", "Hinh thuc khen thuong", "1", "Nguyen Van An", "Giay khen", "2", "Lo Thi Binh", "Giay khen"]);
  });

  test.each([
    ["xlsb", "xa.xlsb", "xlsb"],
    ["fods", "xa.fods", "ods"],
    ["ods", "xa.ods", "ods"],
    ["biff8", "xa.xls", "xls"],
    ["xlml", "xa.xml", "xls"],
  ] as const)("%s (%s): read as %s, the award list's names found", (bookType, file, format) => {
    const bytes = workbookAs(bookType);
    const r = readWorkbook(bytes, file);
    expect([r.error, r.warnings, r.format]).toEqual([undefined, undefined, format]);
    expect(namesOf(bytes, file)).toEqual(GOOD_NAMES);
  });

  test("a .xlsb under a .xlsx name is read, with the misnamed warning naming its real format", () => {
    const r = readWorkbook(workbookAs("xlsb"), "xa.xlsx");
    expect(r.format).toBe("xlsb");
    expect(r.warnings?.map((w) => w.en)).toEqual(['File "xa.xlsx" is named .xlsx but is really an Excel binary .xlsb workbook: it was read as what it is; open it in Excel and save it as .xlsx.']);
  });
});

describe("what is not read is named, and encryption is said", () => {
  test.each([
    ["thu.pdf.xlsx", PDF_BYTES, "một tệp PDF", "a PDF document"],
    ["cong-van.xlsx", wordPackage(), "một văn bản Word", "a Word document"],
    ["cong-van.xls", oleWith("WordDocument"), "một văn bản Word", "a Word document"],
    ["anh.xlsx", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "một tệp ảnh", "a picture"],
    ["lotus.xls", workbookAs("wk1" as XLSX.BookType, ASCII_ROWS), "một bảng tính Lotus 1-2-3", "a Lotus 1-2-3 spreadsheet"],
    ["sylk.xls", workbookAs("sylk", ASCII_ROWS), "một tệp SYLK", "a SYLK file"],
    ["dbase.xls", workbookAs("dbf", ASCII_ROWS), "một bảng dữ liệu dBASE \\(\\.dbf\\)", "a dBASE table \\(\\.dbf\\)"],
  ])("%s is refused as what it is, naming the file", (file, bytes, vi, en) => {
    const r = readWorkbook(bytes, file);
    expect(r.grids).toEqual([]);
    expect(r.error?.message.vi).toMatch(new RegExp(`^Tệp "${file.replace(/\./g, "\\.")}" là ${vi}, không phải bảng tính`));
    expect(r.error?.message.en).toMatch(new RegExp(`^File "${file.replace(/\./g, "\\.")}" is ${en}, not an Excel`));
  });

  test("a password-protected .ods is not called damaged: ask for the password or an unprotected copy (LibreOffice's way to remove it)", () => {
    const r = readWorkbook(protectedOds(), "xa-mat-khau.ods");
    expect(r.grids).toEqual([]);
    expect(r.error?.message.vi).toMatch(/^Tệp "xa-mat-khau\.ods" được đặt mật khẩu \(mã hóa\) nên không đọc được, tệp không hỏng: hãy xin đơn vị mật khẩu hoặc một bản không đặt mật khẩu; nếu biết mật khẩu, mở bằng LibreOffice/);
    expect(r.error?.message.en).toMatch(/^File "xa-mat-khau\.ods" is password-protected \(encrypted\) and cannot be read; it is not damaged: ask the unit for the password or an unprotected copy; if you know the password, open it in LibreOffice/);
  });

  test("an encrypted .xlsx (OLE EncryptedPackage) is said to be password-protected, with Excel's way to remove it", () => {
    const r = readWorkbook(oleWith("EncryptedPackage"), "xa.xlsx");
    expect(r.error?.message.en).toMatch(/^File "xa\.xlsx" is password-protected \(encrypted\).*ask the unit for the password or an unprotected copy; if you know the password, open it in Excel/);
  });
});

describe("the per-file budget", () => {
  test("shared strings unpacking to ~20 MB from a small package: refused before parsing, naming the part; the good file read", () => {
    const bytes = sharedStringsFlood();
    expect(bytes.length).toBeLessThan(MAX_CELL_DATA_BYTES / 4);
    const r = readWorkbook(bytes, "sst.xlsx");
    expect(r.grids).toEqual([]);
    expect(r.error?.message.vi).toMatch(/^Tệp "sst\.xlsx" có \d+\.\d MB dữ liệu ô cần đọc \(nhiều nhất ở phần xl\/sharedStrings\.xml\), vượt ngân sách đọc một tệp \(16\.0 MB/);
    expect(r.error?.message.en).toMatch(/^File "sst\.xlsx" holds \d+\.\d MB of cell data to parse \(most in part xl\/sharedStrings\.xml\)/);
    expect(namesOf(goodWorkbook(), GOOD_FILE)).toEqual(GOOD_NAMES);
  });

  test("an ODS cell repeated 999,999,999 × 999,999,999 times is refused by the cell limit before SheetJS expands it", () => {
    const r = readWorkbook(odsRepeatBomb(), "lap.ods");
    expect(r.grids).toEqual([]);
    expect(r.error?.message.en).toMatch(/^File "lap\.ods" has more than 5,000,000 filled cells/);
  });

  test("a cell longer than Excel allows (32,767 characters) is refused, naming sheet and cell", () => {
    // SheetJS's writer refuses such a cell, so the sheet XML is written by hand
    const r = readWorkbook(xlsxPackage(sheetXml(rowXml(0, ["STT", "Họ và tên"]) + rowXml(1, [1, "x".repeat(40_000)]))), "dai.xlsx");
    expect(r.error?.message.en).toMatch(/^File "dai\.xlsx", sheet "DS khen thưởng", cell B2 holds 40,000 characters, more than Excel allows \(32,767\)/);
  });
});

test("SheetJS's own console output (here: ODS number formats it approximates) never reaches the console", () => {
  const spies = (["error", "warn", "log"] as const).map((k) => jest.spyOn(console, k).mockImplementation(() => undefined));
  try {
    const ods =
      '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:styles><number:number-style style:name="N1"><number:number/></number:number-style><number:number-style style:name="N2"><number:number/><style:map style:condition="value()&gt;0" style:apply-style-name="N1"/></number:number-style></office:styles><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>Nguyễn Văn An</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>';
    const r = readWorkbook(new TextEncoder().encode(ods), "xa.fods");
    expect(texts(r)).toEqual(["Nguyễn Văn An"]);
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  } finally {
    for (const s of spies) s.mockRestore();
  }
});
