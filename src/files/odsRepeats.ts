/**
 * ODS row and column repeats, counted before SheetJS expands them.
 *
 * An ODS sheet says "this row, 999,999,999 times" and "this cell, 999,999,999 times" in two
 * attributes; SheetJS writes out every repeated cell that holds a value, so a 1 KB file can keep it
 * busy forever (calamine's issue 594). LibreOffice itself repeats only empty cells at a sheet's end,
 * which cost nothing. Here the cells a sheet's repeats would fill with a value are counted from
 * content.xml, and a file whose count passes the cell limit is refused before parsing. No Node API.
 */
import { inflatedSize } from "./inflateSize";
import type { ZipEntryInfo } from "./zipGuard";

const TAG = /<(?:\w+:)?(table-row|table-cell|covered-table-cell)\b([^>]*)>/g;
const ROWS_REPEATED = /number-rows-repeated\s*=\s*["'](\d+)["']/;
const COLUMNS_REPEATED = /number-columns-repeated\s*=\s*["'](\d+)["']/;

/** The text of a zip entry (latin1: only the ASCII tag names matter), or undefined if it cannot be had. */
function entryText(bytes: Uint8Array, entry: ZipEntryInfo): string | undefined {
  let data: Uint8Array;
  if (entry.method === 0) data = bytes.subarray(entry.dataStart, entry.dataStart + entry.size);
  else if (entry.method === 8) {
    const r = inflatedSize(bytes, entry.dataStart, entry.size, entry.size);
    if (r.kind !== "ok") return undefined;
    data = r.prefix;
  } else return undefined;
  // windows-1252 keeps every ASCII byte (all the tags and attributes looked at) and is fast
  return new TextDecoder("windows-1252").decode(data);
}

/** Cells holding a value once the repeats of an ODS content.xml are expanded (stops counting past `limit`). */
export function repeatedValueCells(content: string, limit: number): number {
  let rows = 1;
  let cells = 0;
  for (const m of content.matchAll(TAG)) {
    const attrs = m[2];
    if (m[1] === "table-row") {
      rows = Number(ROWS_REPEATED.exec(attrs)?.[1] ?? 1);
      continue;
    }
    // a cell holds something when it declares a value type or has content (is not self-closing)
    if (!/value-type\s*=/.test(attrs) && attrs.trimEnd().endsWith("/")) continue;
    cells += rows * Number(COLUMNS_REPEATED.exec(attrs)?.[1] ?? 1);
    if (cells > limit) return cells;
  }
  return cells;
}

/** For an ODS package: the cells its repeats fill, from content.xml (0 when there is none to read). */
export function odsValueCells(bytes: Uint8Array, entries: ZipEntryInfo[], limit: number): number {
  const content = entries.find((e) => e.name === "content.xml");
  const text = content && entryText(bytes, content);
  return text ? repeatedValueCells(text, limit) : 0;
}
