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
