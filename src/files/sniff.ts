/**
 * Which kind of spreadsheet file some bytes are, from their first bytes (and the name only where the
 * bytes cannot tell, as for CSV). A file renamed .xls that is really .xlsx is still read right.
 */

export type WorkbookFormat = "xlsx" | "xls" | "ods" | "csv" | "unknown";

export type SniffResult =
  | { kind: "zip"; format: "xlsx" | "ods" }
  /** OLE compound file: a .xls workbook, or an encrypted .xlsx (which lives in the same container) */
  | { kind: "cfb"; format: "xls" }
  /** HTML or XML Spreadsheet 2003 saved with a .xls name, as some government software exports */
  | { kind: "markup"; format: "xls" }
  | { kind: "text"; format: "csv" }
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

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

function asciiAt(bytes: Uint8Array, start: number, length: number): string {
  let s = "";
  for (let i = start; i < Math.min(bytes.length, start + length); i++) s += String.fromCharCode(bytes[i]);
  return s;
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
  if (ext === "csv" || ext === "txt" || ext === "tsv") return { kind: "text", format: "csv" };
  if (ext === "xls" || ext === "xml" || ext === "htm" || ext === "html") {
    const head = asciiAt(bytes, 0, 512).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
    if (head.startsWith("<")) return { kind: "markup", format: "xls" };
  }
  // a CSV saved (or renamed) with a workbook's name: read as the text it is, the reader warns
  if ((ext === "xlsx" || ext === "xlsm" || ext === "xls" || ext === "ods") && looksLikeDelimitedText(bytes)) return { kind: "text", format: "csv" };
  return { kind: "unknown", format: "unknown" };
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
