/** Reading one workbook for the CLI (loads SheetJS: imported only by the commands that read). */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { WorkbookInput } from "../core/engine";
import { errorOf } from "../core/errors";
import { CLI } from "../core/i18n/cli";
import { readWorkbook, type ReadOptions } from "../files/readWorkbook";
import { useNativeInflate } from "./nativeInflate";

// every command that reads (and each reading thread) imports this module first
useNativeInflate();

/** Read one file into the engine's input; an unreadable file carries its error, never throws. */
export function readInput(path: string): WorkbookInput {
  return readInputWith(path, {});
}

/** readInput for the checks: no hidden rows (only an annotated copy shows them), a lighter parse. */
export function readForChecks(path: string): WorkbookInput {
  return readInputWith(path, { hiddenRows: false });
}

function readInputWith(path: string, options: ReadOptions): WorkbookInput {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const why = (e as Error).message;
    return { file: path, grids: [], error: errorOf(CLI, "file-unreadable", "cannotOpen", { file: basename(path) }, { file: basename(path), detail: why }).toPlain() };
  }
  const read = readWorkbook(bytes, path, options);
  return { file: path, grids: read.grids, error: read.error, warnings: read.warnings };
}
