/** File-system side of the CLI: find workbooks in folders, read them, write atomically. */
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { WorkbookInput } from "../core/engine";
import { readWorkbook, type ReadOptions } from "../files/readWorkbook";

/** What the reader reads (src/files/sniff.ts): Excel of every version and .xlsb, OpenDocument (also flat), CSV. */
const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods|fods|csv)$/i;

/** Files given, and workbooks found recursively in folders given, in a stable order. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort((a, b) => a.localeCompare(b))) {
      if (name.startsWith(".") || name.startsWith("~$")) continue; // Office lock files
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (WORKBOOK.test(name)) out.push(full);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`not found: ${p}`);
    if (statSync(p).isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

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
    return { file: path, grids: [], error: { vi: `Không mở được tệp ${basename(path)}: ${why}`, en: `Cannot open ${basename(path)}: ${why}` } };
  }
  const read = readWorkbook(bytes, path, options);
  return { file: path, grids: read.grids, error: read.error, warnings: read.warnings };
}

/**
 * Write through a temporary file in the same folder, flushed to disk, then renamed over the target,
 * so a crash or a full disk never leaves half a report and a reader never sees one. With
 * `overwrite: false` the last step is a hard link instead, which fails if the target appeared in the
 * meantime: an existing file is never replaced without --force, even by a race.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array, opts: { overwrite?: boolean } = {}): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, "wx");
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (opts.overwrite === false) {
      linkSync(tmp, path);
      unlinkSync(tmp);
    } else renameSync(tmp, path);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}
