/**
 * File-system side of the CLI: find workbooks in folders, write atomically. Reading a workbook is
 * readInput.ts, apart: it loads the parser (SheetJS), which `tdkt --help` and usage errors never need.
 */
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { errorOf } from "../core/errors";
import { ERRORS } from "../core/i18n/errors";

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
    if (!existsSync(p)) throw errorOf(ERRORS, "not-found", "notFound", { file: p }, { path: p });
    if (statSync(p).isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
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
