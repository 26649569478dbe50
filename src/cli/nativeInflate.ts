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

class InflateRaw extends zlib.InflateRaw {
  override get bytesRead(): number {
    return this.bytesWritten;
  }
}

/** A bound zlib's output can take as one buffer (the guard's own limit is 100 MB). */
const ONE_BUFFER = 2 ** 30;

/** A stream that ends within `limit`, unpacked by zlib; anything else is left to the guard's own count. */
const zlibCount: FastInflateCount = (data, start, limit, keepPrefix) => {
  if (!(limit < ONE_BUFFER)) return undefined; // no bound zlib can take (the fuzz tests' Infinity)
  try {
    const r = zlib.inflateRawSync(data.subarray(start), { maxOutputLength: limit + 1, info: true }) as unknown as { buffer: Buffer; engine: zlib.InflateRaw };
    const size = r.buffer.length;
    if (size > limit) return undefined;
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
