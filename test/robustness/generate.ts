/**
 * Files made for the robustness suite, generated in memory by the project's own writers (SheetJS's
 * writer, the safety suite's zip writer): every format a unit may send that the reader must read or
 * name, and the cases of the reading limits and the per-file budget. Node only; never imported by src/.
 */
import * as XLSX from "@e965/xlsx";
import { awardRows, rowXml, sheetXml, xlsxPackage } from "../safety/badInputs";
import { zip } from "../safety/zip";

type Rows = (string | number)[][];

/** An award list in plain ASCII (the BIFF2–4 writer of SheetJS keeps one byte per character). */
export const ASCII_ROWS: Rows = [
  ["DANH SACH KHEN THUONG"],
  ["STT", "Ho va ten", "Hinh thuc khen thuong"],
  [1, "Nguyen Van An", "Giay khen"],
  [2, "Lo Thi Binh", "Giay khen"],
];

/** Workbook bytes in any format SheetJS writes (BIFF2/3/4/5/8, xlsb, flat ODS, ODS, XML 2003...). */
export function workbookAs(bookType: XLSX.BookType, rows: Rows = awardRows(), sheet = "DS khen thưởng"): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  const out = XLSX.write(wb, { type: "array", bookType, compression: true }) as ArrayBuffer | string;
  return typeof out === "string" ? new TextEncoder().encode(out) : new Uint8Array(out);
}

/**
 * What Gnumeric writes (and Excel, for formatted whole columns): a dimension of A1:XFD1048576 for
 * a sheet of a title and a header-and-rows table, plus three formatted but empty rows at the sheet's
 * very end, each with 16,384 styled empty cells (calamine's issue 174 has exactly that shape).
 */
export function declaredWholeSheet(): Uint8Array {
  const rows = awardRows();
  const stubs = (r: number) => {
    let cells = "";
    for (let c = 0; c < 16384; c++) cells += `<c r="${colName(c)}${r}" s="0"/>`;
    return `<row r="${r}" spans="1:16384">${cells}</row>`;
  };
  const body = rows.map((r, i) => rowXml(i, r)).join("") + [1048574, 1048575, 1048576].map(stubs).join("");
  const xml = sheetXml(body).replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>');
  return xlsxPackage(xml);
}

/** A sheet whose data really passes the row limit (100,050 short rows), yet within the budget. */
export function rowsJustOverLimit(): Uint8Array {
  const parts: string[] = [];
  for (let r = 0; r < 100_050; r++) parts.push(`<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`);
  return xlsxPackage(sheetXml(parts.join("")));
}

/** A small package whose shared strings unpack to ~20 MB: over the per-file budget, not a zip bomb. */
export function sharedStringsFlood(): Uint8Array {
  const n = 600_000;
  let sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}" uniqueCount="${n}">`;
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`<si><t>Nguyễn Văn ${i}</t></si>`);
  sst += items.join("") + "</sst>";
  return xlsxPackage(sheetXml(rowXml(0, ["STT"])), { extra: [{ name: "xl/sharedStrings.xml", data: sst }] });
}

/** An .ods saved with a password: content.xml encrypted, the manifest naming the encryption. */
export function protectedOds(): Uint8Array {
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4096"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>' +
    "</manifest:manifest>";
  const scrambled = new Uint8Array(4096);
  let seed = 17;
  for (let i = 0; i < scrambled.length; i++) scrambled[i] = seed = (seed * 1103515245 + 12345) & 0xff;
  return zip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 },
    { name: "content.xml", data: scrambled, method: 0 },
    { name: "META-INF/manifest.xml", data: manifest },
  ]);
}

/** An ODS whose one cell is repeated 999,999,999 × 999,999,999 times (calamine's issue 594, with styles). */
export function odsRepeatBomb(): Uint8Array {
  const content =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row table:number-rows-repeated="999999999"><table:table-cell table:number-columns-repeated="999999999" office:value-type="string"><text:p>X</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>';
  return zip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 },
    { name: "content.xml", data: content },
    { name: "styles.xml", data: '<?xml version="1.0"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
    { name: "META-INF/manifest.xml", data: '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
  ]);
}

/** An OLE container holding one stream (a Word document's "WordDocument", a workbook's "Workbook"...). */
export function oleWith(stream: string, data: Uint8Array = new Uint8Array(600)): Uint8Array {
  const CFB = (XLSX as unknown as { CFB: any }).CFB;
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, `/${stream}`, data);
  return new Uint8Array(CFB.write(cfb, { type: "array" }));
}

/** A .docx-shaped package (what a unit sends when it attaches the cover letter instead). */
export function wordPackage(): Uint8Array {
  return zip([
    { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: "word/document.xml", data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
  ]);
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
