/**
 * Does an .xlsx sheet hold a value below a given row? Answered from the sheet XML itself, without
 * parsing its cells: SheetJS stops after the row limit (`sheetRows`) and then only knows the range the
 * file declares, which may be the whole sheet (A1:XFD1048576) over a few rows of data and some
 * formatted empty rows at the end. Scanning the XML for a value, formula or inline string past the
 * limit tells a long sheet from a merely declared one in milliseconds, where parsing those styled
 * empty cells takes seconds. No Node API.
 */
import { inflatedSize } from "./inflateSize";
import type { ZipEntryInfo } from "./zipGuard";

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const ROW = /<(?:\w+:)?row\b([^>]*?)(\/?)>/g;
const ROW_NUMBER = /\br\s*=\s*["'](\d+)["']/;
const VALUE = /<(?:\w+:)?(?:v|f|is)[\s>]/;

function text(bytes: Uint8Array, e: ZipEntryInfo): string | undefined {
  let data: Uint8Array;
  if (e.method === 0) data = bytes.subarray(e.dataStart, e.dataStart + e.size);
  else if (e.method === 8) {
    const r = inflatedSize(bytes, e.dataStart, e.size, e.size);
    if (r.kind !== "ok") return undefined;
    data = r.prefix;
  } else return undefined;
  // windows-1252 keeps every ASCII byte (all the tags and attributes looked at) and is fast
  return new TextDecoder("windows-1252").decode(data);
}

/** True when a worksheet of the package has a value in a row numbered above `lastRow` (1-based), or cannot be scanned. */
export function xlsxHasValuesBelow(bytes: Uint8Array, entries: ZipEntryInfo[], lastRow: number): boolean {
  for (const e of entries) {
    if (!WORKSHEET.test(e.name.replace(/\\/g, "/").replace(/^\//, ""))) continue;
    const xml = text(bytes, e);
    if (xml === undefined) return true;
    let row = 0;
    for (const m of xml.matchAll(ROW)) {
      row = Number(ROW_NUMBER.exec(m[1])?.[1] ?? row + 1);
      if (row <= lastRow || m[2]) continue;
      const start = m.index + m[0].length;
      const end = xml.indexOf("row>", start);
      if (VALUE.test(xml.slice(start, end < 0 ? undefined : end))) return true;
    }
  }
  return false;
}
