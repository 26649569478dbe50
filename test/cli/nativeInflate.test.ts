/**
 * The CLI hands Node's zlib to SheetJS (src/cli/nativeInflate.ts): the workbooks read the same as with
 * SheetJS's own inflate, and SheetJS really uses zlib.
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

// Node's deprecation warning would be on the CLI's stderr, which test/cli/pool.test.ts finds empty
test("SheetJS inflates through zlib once handed it", () => {
  const inflate = jest.spyOn(zlib.InflateRaw.prototype as unknown as { _processChunk: (...a: unknown[]) => unknown }, "_processChunk");
  try {
    readAll(true);
    expect(inflate).toHaveBeenCalled();
  } finally {
    inflate.mockRestore();
  }
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
