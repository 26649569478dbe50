/**
 * Which kind of spreadsheet file some bytes are, from their first bytes (and the name only where the
 * bytes cannot tell, as for CSV). A file renamed .xls that is really .xlsx is still read right.
 *
 * What SheetJS reads and a unit may send is read: .xlsx/.xlsm, .xlsb, .xls (BIFF8, BIFF5 of Excel
 * 5.0/95 in an OLE container, and the bare BIFF2–4 streams of Excel 2.x–4.0), .ods and flat .fods,
 * XML Spreadsheet 2003 / HTML saved as .xls, and CSV. What it is when it is none of these (a PDF, a
 * Word document, a picture, a Lotus or SYLK file...) is named, so the user knows what was sent.
 */

export type WorkbookFormat = "xlsx" | "xlsb" | "xls" | "ods" | "csv" | "unknown";

/** Files that are no workbook we read, named in the refusal. */
export type OtherKind =
  | "pdf"
  | "word"
  | "powerpoint"
  | "picture"
  | "archive"
  | "numbers"
  | "lotus"
  | "sylk"
  | "dif"
  | "dbase"
  | "rtf"
  | "ole-without-workbook";

export type SniffResult =
  /** a zip package; whether it is .xlsx, .xlsb or something else is told by its entries (zipKind) */
  | { kind: "zip"; format: "xlsx" | "ods" }
  /** OLE compound file: a .xls workbook, or an encrypted .xlsx/.xlsb (which lives in the same container) */
  | { kind: "cfb"; format: "xls" }
  /** a bare BIFF stream (Excel 2.x, 3.0, 4.0 worksheets and 4.0 workbooks; rarely BIFF5/8): no OLE container */
  | { kind: "biff"; format: "xls"; version: 2 | 3 | 4 | 8 }
  /** HTML or XML Spreadsheet 2003 saved with a .xls name, as some government software exports; or a flat ODS */
  | { kind: "markup"; format: "xls" | "ods" }
  | { kind: "text"; format: "csv" }
  | { kind: "other"; format: "unknown"; what: OtherKind }
  | { kind: "unknown"; format: "unknown" };

/** Lower-case extension without the dot ("xlsx"), or "". */
export function extensionOf(fileName: string): string {
  const base = baseNameOf(fileName);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The file name without folders (both / and \ separators, since names may come from Windows). */
export function baseNameOf(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? fileName;
}

/** The name a spreadsheet program shows for a CSV's only sheet: the base name without extension. */
export function sheetNameForCsv(fileName: string): string {
  const base = baseNameOf(fileName);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  return sig.every((b, i) => bytes[at + i] === b);
}

function asciiAt(bytes: Uint8Array, start: number, length: number): string {
  let s = "";
  for (let i = start; i < Math.min(bytes.length, start + length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Signatures of files that are not workbooks we read, checked before anything is parsed. */
const OTHER_SIGNATURES: { sig: number[] | string; what: OtherKind }[] = [
  { sig: "%PDF-", what: "pdf" },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: "picture" },
  { sig: [0xff, 0xd8, 0xff], what: "picture" },
  { sig: "GIF8", what: "picture" },
  { sig: "Rar!", what: "archive" },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: "archive" },
  { sig: [0x1f, 0x8b], what: "archive" },
  { sig: "{\\rtf", what: "rtf" },
  // Lotus 1-2-3: a BOF record (type 0) of length 2 (WK1/WKS) or 0x1A (WK3/WK4)
  { sig: [0x00, 0x00, 0x02, 0x00], what: "lotus" },
  { sig: [0x00, 0x00, 0x1a, 0x00], what: "lotus" },
  { sig: "ID;P", what: "sylk" },
  { sig: "TABLE\r\n0,1", what: "dif" },
  { sig: "TABLE\n0,1", what: "dif" },
];

/**
 * The BIFF version of a bare (containerless) BIFF stream, from its first BOF record: 0x0009 BIFF2,
 * 0x0209 BIFF3, 0x0409 BIFF4, 0x0809 BIFF5/8 (which Excel itself always wraps in an OLE container,
 * kind "cfb", but some exporters write bare; SheetJS reads it).
 */
function bareBiffVersion(bytes: Uint8Array): 2 | 3 | 4 | 8 | undefined {
  if (bytes.length < 8 || bytes[0] !== 0x09) return undefined;
  const length = bytes[2] | (bytes[3] << 8);
  if (length < 4 || length > 20) return undefined;
  return ({ 0x00: 2, 0x02: 3, 0x04: 4, 0x08: 8 } as const)[bytes[1] as 0 | 2 | 4 | 8];
}

/** A dBASE table: a version byte, then the date of last update (YY MM DD). */
function looksLikeDbase(bytes: Uint8Array): boolean {
  return bytes.length >= 32 && [0x03, 0x83, 0x8b, 0x8c, 0x30, 0xf5].includes(bytes[0]) && bytes[2] >= 1 && bytes[2] <= 12 && bytes[3] >= 1 && bytes[3] <= 31;
}

export function sniffFormat(bytes: Uint8Array, fileName: string): SniffResult {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // ODF packages store an uncompressed "mimetype" entry first (name at offset 30, content after)
    const head = asciiAt(bytes, 30, 100);
    if (head.startsWith("mimetype") && head.includes("opendocument.spreadsheet")) return { kind: "zip", format: "ods" };
    return { kind: "zip", format: ext === "ods" ? "ods" : "xlsx" };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: "cfb", format: "xls" };
  const biff = bareBiffVersion(bytes);
  if (biff) return { kind: "biff", format: "xls", version: biff };
  for (const { sig, what } of OTHER_SIGNATURES)
    if (typeof sig === "string" ? asciiAt(bytes, 0, sig.length) === sig : startsWith(bytes, sig)) return { kind: "other", format: "unknown", what };
  if (looksLikeDbase(bytes)) return { kind: "other", format: "unknown", what: "dbase" };
  if (ext === "csv" || ext === "txt" || ext === "tsv") return { kind: "text", format: "csv" };
  // the root's mimetype attribute comes after its many namespace declarations: 8 KB
  const head = asciiAt(bytes, 0, 8192).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
  // a flat OpenDocument spreadsheet (.fods): one XML document whose root names the mimetype
  if (head.startsWith("<") && /<office:document[\s>]/.test(head) && /opendocument\.spreadsheet/.test(head)) return { kind: "markup", format: "ods" };
  if (ext === "xls" || ext === "xml" || ext === "htm" || ext === "html" || ext === "fods") {
    if (head.startsWith("<")) return { kind: "markup", format: "xls" };
  }
  // a CSV saved (or renamed) with a workbook's name: read as the text it is, the reader warns
  if ((ext === "xlsx" || ext === "xlsm" || ext === "xlsb" || ext === "xls" || ext === "ods") && looksLikeDelimitedText(bytes)) return { kind: "text", format: "csv" };
  return { kind: "unknown", format: "unknown" };
}

/**
 * What a zip package holds, from its entry names: a workbook we read (.xlsx/.xlsm, .xlsb, .ods) or
 * another Office document / plain archive, named in the refusal.
 */
export function zipKind(entryNames: string[], sniffed: "xlsx" | "ods"): { format: "xlsx" | "xlsb" | "ods" } | { other: OtherKind } {
  const names = new Set(entryNames.map((n) => n.replace(/\\/g, "/").replace(/^\//, "").toLowerCase()));
  const has = (prefix: string) => [...names].some((n) => n.startsWith(prefix));
  if (sniffed === "ods" || names.has("content.xml")) return { format: "ods" };
  if (names.has("xl/workbook.bin")) return { format: "xlsb" };
  if (has("xl/")) return { format: "xlsx" };
  if (has("word/")) return { other: "word" };
  if (has("ppt/")) return { other: "powerpoint" };
  if (has("index/") && [...names].some((n) => n.endsWith(".iwa"))) return { other: "numbers" };
  // no workbook part at all: a zip of something else; SheetJS will say what is missing
  return has("[content_types].xml") ? { format: "xlsx" } : { other: "archive" };
}

/**
 * Delimited text: in the first 8 KB no NUL and almost no other control byte (binary files have
 * plenty), and at least one line break or delimiter.
 */
export function looksLikeDelimitedText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  let structure = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b === 0x0a || b === 0x0d || b === 0x2c || b === 0x3b || b === 0x09) structure++;
    else if (b < 0x20 || b === 0x7f) control++;
  }
  return structure > 0 && control * 100 <= n;
}
