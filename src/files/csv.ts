/**
 * CSV text -> rows of strings, without guessing types.
 *
 * Our own small RFC 4180 reader rather than SheetJS's: SheetJS turns "1.762" into 1.762 and
 * "11.120,3" into 11.1203 (English convention), keeps the BOM in A1 and sniffs other formats from
 * the first bytes. Vietnamese files write 1.762 for one thousand seven hundred sixty-two, so every
 * value stays text here and the engine's value parser reads it with the Vietnamese convention.
 */

import { decodeTcvn3, decodeVni, isPlausibleVietnameseWord } from "../core/text/legacy";

export type CsvDelimiter = "," | ";" | "\t";

/**
 * How CSV bytes were decoded: UTF-8; code page 1258 (Excel's plain "CSV (Comma delimited)" on a
 * Vietnamese Windows: base letters + combining tone marks); or one byte per character, for text typed
 * in a legacy TCVN3/VNI font, which the engine converts to Unicode like any legacy sheet.
 */
export type CsvEncoding = "utf-8" | "windows-1258" | "legacy-8bit";


/**
 * Decode CSV bytes and say how. UTF-8 first; bytes that are not valid UTF-8 are read both as code
 * page 1258 and byte for byte, and the reading that makes more Vietnamese words wins (TCVN3's "ViÖt"
 * is garbage in code page 1258, and code page 1258's "Việt" is garbage in TCVN3).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  let text: string;
  let encoding: CsvEncoding = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let cp1258: string | undefined;
    try {
      cp1258 = new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
    } catch {
      // a runtime without that code page
    }
    const latin1 = bytesToLatin1(bytes);
    if (cp1258 !== undefined && vietnameseWords(cp1258, (w) => w) >= legacyWords(latin1)) {
      text = cp1258;
      encoding = "windows-1258";
    } else {
      text = latin1;
      encoding = "legacy-8bit";
    }
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}

/** One character per byte (ISO-8859-1), as legacy-font text reaches us from .xls files. */
function bytesToLatin1(bytes: Uint8Array): string {
  let s = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return s;
}

/** Words with a non-ASCII letter, in the first 64 KB, split on spaces, digits and ASCII punctuation. */
function sampleWords(text: string): string[] {
  return text
    .slice(0, 64 * 1024)
    .split(/[\s\u00a0\u0021-\u0040\u005b-\u0060\u007b-\u007e]+/)
    .filter((w) => /\P{ASCII}/u.test(w));
}

function vietnameseWords(text: string, decode: (w: string) => string): number {
  let n = 0;
  for (const w of sampleWords(text)) if (isPlausibleVietnameseWord(decode(w))) n++;
  return n;
}

function legacyWords(latin1: string): number {
  return Math.max(vietnameseWords(latin1, (w) => decodeTcvn3(w)), vietnameseWords(latin1, decodeVni));
}

/**
 * The delimiter a spreadsheet program would pick: the candidate found most often outside quotes in
 * the first lines, counting consistent lines first. Comma when nothing tells.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 64 * 1024);
  const candidates: CsvDelimiter[] = [",", ";", "\t"];
  const counts: Record<CsvDelimiter, number[]> = { ",": [], ";": [], "\t": [] };
  let inQuotes = false;
  let line: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let lines = 0;
  for (let i = 0; i < sample.length && lines < 50; i++) {
    const ch = sample[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "," || ch === ";" || ch === "\t")) line[ch]++;
    else if (!inQuotes && ch === "\n") {
      for (const d of candidates) counts[d].push(line[d]);
      line = { ",": 0, ";": 0, "\t": 0 };
      lines++;
    }
  }
  if (lines < 50) for (const d of candidates) counts[d].push(line[d]);
  let best: CsvDelimiter = ",";
  let bestScore = 0;
  for (const d of candidates) {
    const nonZero = counts[d].filter((n) => n > 0);
    // lines that have the delimiter, weighted by how many fields they make
    const score = nonZero.length * 1000 + nonZero.reduce((a, b) => a + b, 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Parse CSV text into rows of fields (quotes "" escaped, newlines inside quotes kept). With
 * `maxRows`, parsing stops after that many rows (the reader's row limit: a million-row file is
 * refused without building a million arrays).
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text), maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      inQuotes = true;
      i++;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      if (rows.length >= maxRows) return rows;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
