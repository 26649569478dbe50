/**
 * Work counted rather than timed (the machine may be shared: counts do not move with the load),
 * for the scale corpus's "road to 1.0×":
 *  - the cell objects SheetJS builds with the options the checks read with, against the options
 *    that also read row properties (cellStyles: a stub per styled empty cell);
 *  - what crosses between threads per file: the structured clone's bytes against the packed form
 *    (src/cli/transfer.ts: distinct strings once, numbers in one transferred buffer).
 */
import { serialize } from "node:v8";
import * as XLSX from "@e965/xlsx";
import type { FileResult } from "../src/core/engine";
import { pack } from "../src/cli/transfer";

export interface CellCounts {
  /** cell objects and their properties, with row properties (cellStyles) */
  full: { cells: number; properties: number };
  /** the same with the checks' options (no cellStyles) */
  checks: { cells: number; properties: number };
}

const BASE: XLSX.ParsingOptions = { type: "array", dense: true, cellNF: true, cellFormula: true, cellDates: false, WTF: false };

function countCells(bytes: Uint8Array[], options: XLSX.ParsingOptions): { cells: number; properties: number } {
  let cells = 0;
  let properties = 0;
  for (const b of bytes) {
    const wb = XLSX.read(b, options);
    for (const name of wb.SheetNames) {
      const data = (wb.Sheets[name] as unknown as { "!data"?: (XLSX.CellObject | undefined)[][] })["!data"] ?? [];
      for (const row of data)
        if (row)
          for (const c of row)
            if (c) {
              cells++;
              properties += Object.keys(c).length;
            }
    }
  }
  return { cells, properties };
}

export function sheetjsCells(workbooks: Uint8Array[]): CellCounts {
  return { full: countCells(workbooks, { ...BASE, cellStyles: true }), checks: countCells(workbooks, { ...BASE, cellStyles: false }) };
}

export interface CrossingCounts {
  files: number;
  /** bytes the structured clone writes (and the main thread reads back, object by object) */
  clonedBytes: number;
  /** packed: the transferred buffer's bytes (moved, not copied) and the distinct strings' characters */
  packedBufferBytes: number;
  packedStringChars: number;
  /** strings the clone copies one by one, against the distinct ones sent packed */
  strings: number;
  distinctStrings: number;
}

function countStrings(x: unknown): number {
  if (typeof x === "string") return 1;
  if (!x || typeof x !== "object") return 0;
  let n = 0;
  for (const v of Object.values(x)) n += countStrings(v);
  return n;
}

export function crossingCounts(results: FileResult[]): CrossingCounts {
  const c: CrossingCounts = { files: results.length, clonedBytes: 0, packedBufferBytes: 0, packedStringChars: 0, strings: 0, distinctStrings: 0 };
  for (const r of results) {
    c.clonedBytes += serialize(r).length;
    const p = pack(r);
    c.packedBufferBytes += p.length * 8;
    c.packedStringChars += p.strings.reduce((n, s) => n + s.length, 0);
    c.strings += countStrings(r);
    c.distinctStrings += p.strings.length;
  }
  return c;
}
