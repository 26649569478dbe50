/**
 * The CLI hands Node's zlib to SheetJS (src/cli/nativeInflate.ts): the workbooks read the same as with
 * SheetJS's own inflate, SheetJS really uses zlib, and it takes the entries the zip guard unpacked
 * instead of unpacking them again.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as zlib from "node:zlib";
import { collectFiles } from "../../src/cli/files";

const DEMO = resolve(__dirname, "../../samples/demo");
const packed = collectFiles([DEMO]).filter((f) => /\.(xlsx|ods)$/i.test(f));

/** Each file's grids, read by a fresh copy of the modules (with or without the native inflate). */
function readAll(native: boolean): unknown[] {
  let grids: unknown[] = [];
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh SheetJS per copy
    if (native) (require("../../src/cli/nativeInflate") as typeof import("../../src/cli/nativeInflate")).useNativeInflate();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same copy of SheetJS
    const { readWorkbook } = require("../../src/files/readWorkbook") as typeof import("../../src/files/readWorkbook");
    grids = packed.map((f) => readWorkbook(readFileSync(f), f).grids);
  });
  return grids;
}

test("workbooks read with Node's zlib are the workbooks read with SheetJS's own inflate", () => {
  expect(packed.length).toBeGreaterThan(3);
  const own = readAll(false);
  const native = readAll(true);
  expect(native).toEqual(own);
  expect(JSON.stringify(native).length).toBeGreaterThan(10_000);
});

// (Node's deprecation warning would be on the CLI's stderr, which test/cli/pool.test.ts finds empty.)
// SheetJS unpacking through zlib itself, a file the guard did not see: "a copy of a guarded file" below.

describe("each zip entry unpacked once: SheetJS takes what the zip guard unpacked", () => {
  type Modules = {
    native: typeof import("../../src/cli/nativeInflate");
    read: typeof import("../../src/files/readWorkbook");
    preflight: typeof import("../../src/files/preflight");
    sniff: typeof import("../../src/files/sniff");
    XLSX: typeof import("@e965/xlsx");
  };
  /** A fresh copy of the modules with zlib handed over. */
  function modules(): Modules {
    let m!: Modules;
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- one fresh copy of the modules, SheetJS included */
      const native = require("../../src/cli/nativeInflate") as Modules["native"];
      native.useNativeInflate();
      m = { native, read: require("../../src/files/readWorkbook"), preflight: require("../../src/files/preflight"), sniff: require("../../src/files/sniff"), XLSX: require("@e965/xlsx") };
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
    return m;
  }
  /** Entries SheetJS unpacked itself (through zlib's stream), and entries the guard unpacked and kept, while `f` ran. */
  const zlibCalls = (m: Modules, f: () => void): { bySheetJs: number; byGuard: number } => {
    const stream = jest.spyOn(zlib.InflateRaw.prototype as unknown as { _processChunk: (...a: unknown[]) => unknown }, "_processChunk");
    const kept = m.native.reuse.kept;
    try {
      f();
      return { bySheetJs: stream.mock.calls.length, byGuard: m.native.reuse.kept - kept };
    } finally {
      stream.mockRestore();
    }
  };
  const guard = (m: Modules, bytes: Uint8Array, f: string) => m.preflight.preflight(bytes, m.sniff.sniffFormat(bytes, f), f);

  test("reading a workbook unpacks each entry once: the guard unpacks it, SheetJS takes it", () => {
    const m = modules();
    const files = packed.map((f) => [f, readFileSync(f)] as const);
    const guardAlone = zlibCalls(m, () => files.forEach(([f, b]) => guard(m, b, f)));
    const before = m.native.reuse.taken;
    const reading = zlibCalls(m, () => files.forEach(([f, b]) => m.read.readWorkbook(b, f)));
    expect(guardAlone.byGuard).toBeGreaterThan(packed.length);
    expect(reading).toEqual({ byGuard: guardAlone.byGuard, bySheetJs: 0 });
    expect(m.native.reuse.taken - before).toBe(guardAlone.byGuard);
  });

  test("a copy of a guarded file's bytes (other memory) is unpacked by SheetJS itself, and reads the same", () => {
    const m = modules();
    const [f] = packed;
    const bytes = readFileSync(f);
    guard(m, bytes, f);
    const before = m.native.reuse.taken;
    const copy = Buffer.from(bytes);
    let fromCopy: unknown;
    const calls = zlibCalls(m, () => (fromCopy = m.XLSX.read(copy, { type: "buffer", dense: true }).Sheets));
    expect(calls.bySheetJs).toBeGreaterThan(0);
    expect(m.native.reuse.taken).toBe(before);
    expect(fromCopy).toEqual(m.XLSX.read(Buffer.from(bytes), { type: "buffer", dense: true }).Sheets);
  });

  test("a file the guard saw after another: the first one's entries are gone", () => {
    const m = modules();
    const [a, b] = packed.map((f) => readFileSync(f));
    guard(m, a, packed[0]);
    guard(m, b, packed[1]);
    const before = m.native.reuse.taken;
    // SheetJS reading the first file now unpacks it itself: what the guard kept was the second's
    expect(zlibCalls(m, () => m.XLSX.read(a, { type: "buffer", dense: true })).bySheetJs).toBeGreaterThan(0);
    expect(m.native.reuse.taken).toBe(before);
  });
});

test("without it, SheetJS keeps its own inflate (zlib untouched)", () => {
  const inflate = jest.spyOn(zlib.InflateRaw.prototype as unknown as { _processChunk: (...a: unknown[]) => unknown }, "_processChunk");
  try {
    readAll(false);
    expect(inflate).not.toHaveBeenCalled();
  } finally {
    inflate.mockRestore();
  }
});

describe("the zip guard's count with zlib answers as its own count", () => {
  type Count = typeof import("../../src/files/inflateSize").inflatedSize;
  function counters(): { own: Count; fast: Count } {
    let own!: Count;
    let fast!: Count;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a copy without the zlib count
      own = (require("../../src/files/inflateSize") as typeof import("../../src/files/inflateSize")).inflatedSize;
    });
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a copy with it
      (require("../../src/cli/nativeInflate") as typeof import("../../src/cli/nativeInflate")).useNativeInflate();
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same copy
      fast = (require("../../src/files/inflateSize") as typeof import("../../src/files/inflateSize")).inflatedSize;
    });
    return { own, fast };
  }
  const { own, fast } = counters();
  const text = Buffer.from("<?xml version=\"1.0\"?><!DOCTYPE x><sheetData>" + "<row r=\"1\"><c t=\"s\"><v>Nguyễn Văn A</v></c></row>".repeat(2000) + "</sheetData>");
  const random = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff));
  const streams: [string, Buffer][] = [
    ["text, level 9", zlib.deflateRawSync(text, { level: 9 })],
    ["text, level 1", zlib.deflateRawSync(text, { level: 1 })],
    ["stored blocks", zlib.deflateRawSync(text, { level: 0 })],
    ["random bytes", zlib.deflateRawSync(random)],
    ["empty", zlib.deflateRawSync(Buffer.alloc(0))],
    ["with bytes after the stream", Buffer.concat([zlib.deflateRawSync(text), Buffer.from("PK\u0003\u0004 trailing")])],
    ["cut short", zlib.deflateRawSync(text).subarray(0, 500)],
    ["not DEFLATE", Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x12])],
  ];
  const padded = (b: Buffer) => Buffer.concat([Buffer.from("header.."), b]);
  test.each(streams)("%s: same answer at every limit and prefix", (_name, stream) => {
    const data = padded(stream);
    for (const limit of [0, 10, text.length - 1, text.length, text.length + 1, random.length, 100 * 1024 * 1024])
      for (const keep of [0, 64, 4096]) expect(fast(data, 8, limit, keep)).toEqual(own(data, 8, limit, keep));
  });
});
