/**
 * CSV text -> rows of strings, without guessing types.
 *
 * Our own small RFC 4180 reader rather than SheetJS's: SheetJS turns "1.762" into 1.762 and
 * "11.120,3" into 11.1203 (English convention), keeps the BOM in A1 and sniffs other formats from
 * the first bytes. Vietnamese files write 1.762 for one thousand seven hundred sixty-two, so every
 * value stays text here and the engine's value parser reads it with the Vietnamese convention.
 */

export type CsvDelimiter = "," | ";" | "\t";

/**
 * Decode CSV bytes, dropping a byte-order mark. UTF-8 first; bytes that are not valid UTF-8 come from
 * Excel's plain "CSV (Comma delimited)" on a Vietnamese Windows, which writes code page 1258 (base
 * letters + combining tone marks): decoded as such and composed to NFC.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder("windows-1258").decode(bytes).normalize("NFC");
    } catch {
      // a runtime without that code page: keep going with replacement characters
      text = new TextDecoder("utf-8").decode(bytes);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

/** Parse CSV text into rows of fields (quotes "" escaped, newlines inside quotes kept). */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): string[][] {
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
