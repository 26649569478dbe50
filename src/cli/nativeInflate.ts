/**
 * SheetJS unpacks .xlsx and .ods with its own JavaScript inflate unless it is handed Node's zlib
 * (`XLSX.CFB.utils.use_zlib`, SheetJS's documented switch for Node): the same bytes come out, in
 * about a tenth of the time, and parsing a province's files costs a tenth less. The task pane has no
 * zlib and keeps SheetJS's own inflate.
 *
 * SheetJS asks zlib's stream how many input bytes it consumed through `bytesRead`, which Node
 * deprecates (and warns about on stderr, DEP0108) in favour of `bytesWritten`, the same count: the
 * class handed over answers `bytesRead` from `bytesWritten`, so nothing is printed.
 */
import * as zlib from "node:zlib";
import * as XLSX from "@e965/xlsx";
import { useFastInflateCount, type FastInflateCount } from "../files/inflateSize";

/**
 * The zip guard unpacks every entry of a file to count it (files/zipGuard.ts); SheetJS then unpacks
 * each again. The guard's output is kept here for the file being read, and SheetJS takes it instead
 * of unpacking the same bytes a second time. An entry is known by what SheetJS hands to zlib: a view
 * of the same bytes from the entry's data to the end of the file. Its length names the entry within
 * the file; the view must be of the very memory the guard read, at the entry's offset, and begin
 * with the same bytes. The guard's first count of a new file clears what is left of the last (so a
 * file refused after its count, which SheetJS never reads, holds its entries until the next file:
 * one file's unpacked bytes, within the guard's budget).
 */
interface Unpacked {
  data: Uint8Array;
  start: number;
  output: Buffer;
  /** compressed bytes the stream took (what SheetJS asks as bytesRead) */
  consumed: number;
}
const unpacked = new Map<number, Unpacked>();
let unpackedFile: Uint8Array | undefined;
/** entries the guard unpacked and kept, and those SheetJS took (for the tests: the second unpacking is really spared) */
export const reuse = { kept: 0, taken: 0 };

function startFile(data: Uint8Array): void {
  if (data === unpackedFile) return;
  unpacked.clear();
  unpackedFile = data;
}

function keep(data: Uint8Array, start: number, output: Buffer, consumed: number): void {
  startFile(data);
  unpacked.set(data.length - start, { data, start, output, consumed });
  reuse.kept++;
}

/** How many leading bytes are compared before the guard's output is used. */
const SAME_HEAD = 64;

function take(chunk: Uint8Array): Unpacked | undefined {
  const u = unpacked.get(chunk.length);
  if (!u || chunk.buffer !== u.data.buffer || chunk.byteOffset !== u.data.byteOffset + u.start) return undefined;
  for (let i = 0; i < Math.min(SAME_HEAD, chunk.length); i++) if (chunk[i] !== u.data[u.start + i]) return undefined;
  unpacked.delete(chunk.length);
  reuse.taken++;
  return u;
}

type ProcessChunk = (this: zlib.InflateRaw, chunk: Buffer, flushFlag: number, cb?: unknown) => Buffer;

class InflateRaw extends zlib.InflateRaw {
  private takenBytes: number | undefined;
  override get bytesRead(): number {
    return this.takenBytes ?? this.bytesWritten;
  }
  /** What SheetJS calls (xlsx.js, _inflateRawSync): the guard's output when it has this entry. */
  _processChunk(chunk: Buffer, flushFlag: number, cb?: unknown): Buffer {
    const kept = take(chunk);
    if (kept) {
      this.takenBytes = kept.consumed;
      return kept.output;
    }
    return (zlib.InflateRaw.prototype as unknown as { _processChunk: ProcessChunk })._processChunk.call(this, chunk, flushFlag, cb);
  }
}

/** A bound zlib's output can take as one buffer (the guard's own limit is 100 MB). */
const ONE_BUFFER = 2 ** 30;

/** A stream that ends within `limit`, unpacked by zlib; anything else is left to the guard's own count. */
const zlibCount: FastInflateCount = (data, start, limit, keepPrefix) => {
  startFile(data);
  if (!(limit < ONE_BUFFER)) return undefined; // no bound zlib can take (the fuzz tests' Infinity)
  try {
    const r = zlib.inflateRawSync(data.subarray(start), { maxOutputLength: limit + 1, info: true }) as unknown as { buffer: Buffer; engine: zlib.InflateRaw };
    const size = r.buffer.length;
    if (size > limit) return undefined;
    keep(data, start, r.buffer, r.engine.bytesWritten);
    return { kind: "ok", size, prefix: Uint8Array.prototype.slice.call(r.buffer, 0, Math.min(size, keepPrefix)), end: start + r.engine.bytesWritten };
  } catch {
    return undefined;
  }
};

let done = false;

/** Hand Node's zlib to SheetJS (once per thread; every later call does nothing). */
export function useNativeInflate(): void {
  if (done) return;
  done = true;
  const cfb = (XLSX as unknown as { CFB: { utils: { use_zlib(z: unknown): void } } }).CFB;
  cfb.utils.use_zlib({ InflateRaw });
  useFastInflateCount(zlibCount);
}
