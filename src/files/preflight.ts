/**
 * Everything checked before SheetJS parses a file: what the file really is (from its bytes and, for
 * zip and OLE containers, from the parts inside), whether it is encrypted, whether it is hostile
 * (zip bomb, lying sizes, DOCTYPE), and whether its cell data fits the per-file budget (budget.ts).
 * Pure and cheap — no cell is parsed — so it runs the same in the task pane, the CLI and any worker,
 * and a refused file costs milliseconds. No Node API.
 */
import * as XLSX from "@e965/xlsx";
import type { TdktError } from "../core/errors";
import { MAX_BIFF_BYTES, MAX_CELL_DATA_BYTES, MAX_CELLS, streamBudgetProblem, zipBudgetProblem } from "./budget";
import { odsValueCells, repeatedValueCells } from "./odsRepeats";
import { messages } from "./readMessages";
import { zipKind, type SniffResult, type WorkbookFormat } from "./sniff";
import { checkZip, type ZipEntryInfo, type ZipProblem } from "./zipGuard";

export type Preflight = {
  format: WorkbookFormat;
  problem?: TdktError;
  /** a zip package's entries, as checked (real sizes, where each one's data starts) */
  zipEntries?: ZipEntryInfo[];
};

interface CfbEntry {
  name: string;
  size: number;
  type: number;
}
const CFB = (XLSX as unknown as { CFB: { read(d: Uint8Array, o: { type: "array" }): { FileIndex: CfbEntry[] } } }).CFB;

export function preflight(bytes: Uint8Array, sniffed: SniffResult, name: string): Preflight {
  const format = sniffed.format;
  switch (sniffed.kind) {
    case "zip": {
      const zip = checkZip(bytes);
      if (zip.problem) return { format, problem: zipMessage(name, zip.problem, format) };
      const kind = zipKind(
        zip.entries.map((e) => e.name),
        sniffed.format,
      );
      if ("other" in kind) return { format: "unknown", problem: messages.otherKind(name, kind.other) };
      const over = zipBudgetProblem(zip.entries);
      if (over) return { format: kind.format, problem: messages.overBudget(name, over) };
      // within the budget, content.xml is small enough to read here once
      if (kind.format === "ods" && odsValueCells(bytes, zip.entries, MAX_CELLS) > MAX_CELLS) return { format: "ods", problem: messages.tooManyCells(name) };
      return { format: kind.format, zipEntries: zip.entries };
    }
    case "cfb":
      return { format, problem: cfbProblem(bytes, name) };
    case "biff": {
      const over = streamBudgetProblem(bytes.length, "BIFF", MAX_BIFF_BYTES);
      return { format, problem: over && messages.overBudget(name, over) };
    }
    case "markup": {
      if (hasEntityDeclaration(bytes)) return { format, problem: messages.doctype(name, "DOCTYPE") };
      const over = streamBudgetProblem(bytes.length, name, MAX_CELL_DATA_BYTES);
      if (over) return { format, problem: messages.overBudget(name, over) };
      if (format === "ods" && repeatedValueCells(latin1(bytes), MAX_CELLS) > MAX_CELLS) return { format, problem: messages.tooManyCells(name) };
      return { format };
    }
    case "other":
      return { format, problem: messages.otherKind(name, sniffed.what) };
    case "unknown":
      return { format, problem: messages.unknownFormat(name) };
    case "text":
      return { format };
  }
}

/**
 * An OLE container: an encrypted .xlsx/.xlsb (EncryptedPackage: Excel's "Encrypt with Password"), a
 * .xls workbook (a Workbook or Book stream, any case — LibreOffice accepts "BOOK"), or another Office
 * document. A container SheetJS cannot even open is left to SheetJS, which says why.
 */
function cfbProblem(bytes: Uint8Array, name: string): TdktError | undefined {
  let entries: CfbEntry[];
  try {
    entries = CFB.read(bytes, { type: "array" }).FileIndex;
  } catch {
    return undefined;
  }
  const streams = new Map(entries.filter((e) => e.type === 2).map((e) => [e.name.toLowerCase(), e]));
  if (streams.has("encryptedpackage") || streams.has("encryptioninfo")) return messages.encrypted(name);
  const book = streams.get("workbook") ?? streams.get("book");
  if (book) {
    const over = streamBudgetProblem(book.size, book.name, MAX_BIFF_BYTES);
    return over && messages.overBudget(name, over);
  }
  if (streams.has("worddocument")) return messages.otherKind(name, "word");
  if (streams.has("powerpoint document")) return messages.otherKind(name, "powerpoint");
  return messages.otherKind(name, "ole-without-workbook");
}

function zipMessage(name: string, problem: ZipProblem, format: WorkbookFormat): TdktError {
  switch (problem.kind) {
    case "encrypted":
      return messages.encrypted(name, format === "ods" ? "ods" : "excel");
    case "too-large":
      return messages.unpackedTooLarge(name, problem.size);
    case "bomb":
      return messages.zipBomb(name, problem.ratio);
    case "lying-size":
      return messages.zipBomb(name, 0);
    case "doctype":
      return messages.doctype(name, problem.entry);
    case "no-directory":
      return messages.corrupt(name, "no zip central directory");
    case "bad-entry":
      return messages.corrupt(name, `${problem.entry}: ${problem.reason}`);
  }
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes);
}

/** An XML Spreadsheet 2003 / HTML file that declares entities (HTML's plain <!DOCTYPE html> is fine). */
function hasEntityDeclaration(bytes: Uint8Array): boolean {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 64 * 1024); i++) head += String.fromCharCode(bytes[i]);
  return /<!ENTITY/i.test(head);
}
