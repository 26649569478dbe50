/** Excel address text: what the gateway sends and parses back. */
import { parseRange, type Range } from "../core/grid";

/** "'Tổng hợp'!B2:F9" -> "B2:F9" (also for "Sheet1!A1" and plain "A1"). */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** "Sheet1!A1:B2,Sheet1!D4:E5" -> ranges. Sheet names may hold commas, so split on "!" first. */
export function parseAreas(address: string): Range[] {
  const refs = address.match(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?=,|$)/g) ?? [];
  return refs.map((r) => parseRange(r.replace(/\$/g, ""))).filter((r): r is Range => r !== null);
}


/** UTF-8 length of a string without encoding it: what a text costs in Excel's JSON payloads. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
