/**
 * The CLI reads files on a pool of threads (src/cli/readPool.ts); its output is byte for byte that
 * of one thread: the files' results are merged in the files' order. Run through the bundled CLI
 * (`npm run tdkt`), on the project's demo files (samples/demo: a registry among the sources, so the
 * two-step path runs; and with --units, the one-step path).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { failureText } from "../../src/cli/main";
import { BYTES_PER_READER, poolSize, readFiles } from "../../src/cli/readPool";
import { availableParallelism } from "node:os";
import type { PoolRequest, PoolResponse } from "../../src/cli/readWorker";
import { TdktError } from "../../src/core/errors";
import { prepareInput, recogniseInput } from "../../src/core/engine";
import type { RegistryUnit } from "../../src/core/rules/rule";
import * as readInputModule from "../../src/cli/readInput";
import { readForChecks } from "../../src/cli/readInput";

const ROOT = resolve(__dirname, "../..");

function tdkt(workers: number, args: string[]) {
  const r = spawnSync("npm", ["run", "--silent", "tdkt", "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TDKT_WORKERS: String(workers) },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test.each([
  [["check", "samples/demo", "--json"]],
  [["check", "samples/demo", "--units", "samples/demo/danh-muc-don-vi.xlsx", "--json", "--lang", "en"]],
  [["check", "samples/demo"]],
])("same output with 1 and 3 threads: %j", (args) => {
  const one = tdkt(1, args);
  const three = tdkt(3, args);
  expect(one.err).toBe("");
  expect(one.out.length).toBeGreaterThan(500);
  expect(three).toEqual(one);
}, 180_000);

/**
 * Errors cross the threads structured (src/cli/readWorker.ts, readPool.ts): a damaged or missing
 * file gives the same TdktError (code, message id, parameters, location) on the pool as on one
 * thread, and a bug on a thread arrives as an "internal" TdktError with its message and stack.
 */
describe("errors across the reading threads", () => {
  const BUNDLE = resolve(ROOT, "dist-cli");
  let dir: string;
  beforeAll(() => {
    // the bundle (with its read-worker) is rebuilt by `npm run tdkt` when src/ is newer
    expect(tdkt(1, ["--help"]).code).toBe(0);
    dir = mkdtempSync(join(tmpdir(), "tdkt-pool-"));
    const good = readFileSync(resolve(ROOT, "samples/demo/01-xa-tan-lap.xlsx"));
    // a download cut short: the zip's central directory is gone
    writeFileSync(join(dir, "hong.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(join(dir, "01-xa-tan-lap.xlsx"), good);
  }, 180_000);

  test("--column decisions reach the threads: same output with 1 and 3 threads, the decided column read", async () => {
    const XLSX = await import("@e965/xlsx");
    const wb = XLSX.utils.book_new();
    const rows = [["STT", "Họ và tên", "Chức vụ", "Nội dung đề nghị khen"], [1, "Nguyễn Văn An", "Giáo viên", "Lao động tiên tiến"], [2, "Lò Thị Mai", "Kế toán", "Lao động tiên tiến"]];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "DS");
    const list = join(dir, "02-xa-moi.xlsx");
    writeFileSync(list, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const args = ["check", join(dir, "01-xa-tan-lap.xlsx"), list, "samples/demo/danh-muc-don-vi.xlsx", "--column", "02-xa-moi.xlsx!DS!D=award", "--json"];
    const one = tdkt(1, args);
    expect(tdkt(3, args)).toEqual(one);
    const files = (JSON.parse(one.out) as { files: { file: string; rowAccount: { records: number }[] }[] }).files;
    expect(files.find((f) => f.file === list)!.rowAccount[0].records).toBe(2);
  }, 180_000);
  afterAll(() => {
    delete (globalThis as { __tdktBundleDir?: string }).__tdktBundleDir;
    delete process.env.TDKT_WORKERS;
    rmSync(dir, { recursive: true, force: true });
  });

  async function readOn(workers: number, paths: string[]) {
    process.env.TDKT_WORKERS = String(workers);
    // the pool starts its threads from the bundle's folder (set by the bundle itself when it runs)
    (globalThis as { __tdktBundleDir?: string }).__tdktBundleDir = BUNDLE;
    return readFiles(paths, {});
  }

  test("a damaged and a missing file: the same structured error on one thread and on two", async () => {
    const paths = [join(dir, "hong.xlsx"), join(dir, "01-xa-tan-lap.xlsx"), join(dir, "khong-co.xlsx")];
    const one = await readOn(1, paths);
    const two = await readOn(2, paths);
    expect(two.ledger).toEqual(one.ledger);
    const [damaged, good, missing] = two.ledger.map((f) => f.error && TdktError.from(f.error));
    expect(good).toBeUndefined();
    expect(damaged).toBeInstanceOf(TdktError);
    expect(damaged).toMatchObject({ code: "file-unreadable", id: "read.corrupt", location: { file: "hong.xlsx" }, params: { file: "hong.xlsx" } });
    expect(damaged!.params.detail).toEqual(expect.stringMatching(/./));
    expect(missing).toMatchObject({ code: "file-unreadable", id: "cli.cannotOpen", location: { file: "khong-co.xlsx" }, params: { file: "khong-co.xlsx" } });
    expect(missing!.messageIn("en")).toMatch(/^Cannot open khong-co\.xlsx: ENOENT/);
    // the same on one thread, field by field
    expect(one.ledger.map((f) => f.error && TdktError.from(f.error).toPlain())).toEqual(two.ledger.map((f) => f.error && TdktError.from(f.error).toPlain()));
  }, 180_000);

  test("a registry read last names the senders of the files before it, on one thread and on two", async () => {
    const XLSX = await import("@e965/xlsx");
    const wb = XLSX.utils.book_new();
    // the registry spells the unit its own way: only a sender matched to it is written so
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["DANH MỤC ĐƠN VỊ"], ["STT", "Tên đơn vị", "Loại"], [1, "UBND xã Tân Lập", "Xã"]]), "Don vi");
    const registry = join(dir, "zz-don-vi.xlsx");
    writeFileSync(registry, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const paths = [join(dir, "01-xa-tan-lap.xlsx"), registry];
    const one = await readOn(1, paths);
    const two = await readOn(2, paths);
    expect(one.registry).toEqual([expect.objectContaining({ name: "UBND xã Tân Lập" })]);
    expect(one.ledger[0]).toMatchObject({ sender: "UBND xã Tân Lập", senderSource: "title" });
    const senders = one.files[0].sheets.flatMap((s) => s.awards.map((a) => a.sender));
    expect(senders.length).toBeGreaterThan(0);
    expect(new Set(senders)).toEqual(new Set(["UBND xã Tân Lập"]));
    expect(two.ledger).toEqual(one.ledger);
    expect(two.files).toEqual(one.files);
  }, 180_000);

  test("a thread that fails to set up ends the run with its error", async () => {
    process.env.TDKT_WORKERS = "2";
    (globalThis as { __tdktBundleDir?: string }).__tdktBundleDir = BUNDLE;
    const paths = Array.from({ length: 6 }, () => join(dir, "01-xa-tan-lap.xlsx"));
    // a catalogue that is not a list: the thread's setup throws
    await expect(readFiles(paths, {}, { catalogue: "không phải danh sách" })).rejects.toBeInstanceOf(TdktError);
  }, 180_000);

  test("the main thread reads files too: with 2 readers, files go to both and come back in order", async () => {
    const paths = [join(dir, "01-xa-tan-lap.xlsx"), join(dir, "hong.xlsx"), join(dir, "01-xa-tan-lap.xlsx"), join(dir, "khong-co.xlsx"), join(dir, "01-xa-tan-lap.xlsx")];
    const one = await readOn(1, paths);
    const onMain = jest.spyOn(readInputModule, "readForChecks");
    const two = await readOn(2, paths);
    // some files were read here, the others on the thread
    expect(onMain.mock.calls.length).toBeGreaterThan(0);
    expect(onMain.mock.calls.length).toBeLessThan(paths.length);
    onMain.mockRestore();
    expect(two.ledger.map((f) => f.file)).toEqual(paths);
    expect(two.ledger).toEqual(one.ledger);
    expect(two.files).toEqual(one.files);
  }, 180_000);

  test("a bug on a thread arrives as an internal TdktError keeping its message and stack", async () => {
    const worker = new Worker(join(BUNDLE, "read-worker.mjs"));
    try {
      // a registry the pool would never send (a null unit): attaching the sender throws a TypeError
      // on the thread, as the same call throws on the main thread
      const path = join(dir, "01-xa-tan-lap.xlsx");
      const broken = [null] as unknown as RegistryUnit[];
      const answer = new Promise<PoolResponse>((done) => worker.once("message", done));
      worker.postMessage({ type: "read", index: 7, path, registry: broken } satisfies PoolRequest);
      const r = await answer;
      if (r.type !== "failed") throw new Error(`expected a failure, got ${r.type}`);
      let original: unknown;
      try {
        recogniseInput(prepareInput(readForChecks(path)), broken);
      } catch (e) {
        original = e;
      }
      expect(original).toBeInstanceOf(TypeError);
      const error = TdktError.from(r.error);
      expect(error).toMatchObject({ code: "internal", id: "errors.internal", params: { detail: (original as Error).message } });
      expect(error.stack).toContain((original as Error).message);
      // printed as one thread prints the original error
      expect(failureText(error, ["check", "x"], {})).toBe(failureText(original, ["check", "x"], {}));
    } finally {
      await worker.terminate();
    }
  });
});

describe("how many readers", () => {
  const saved = process.env.TDKT_WORKERS;
  afterEach(() => {
    if (saved === undefined) delete process.env.TDKT_WORKERS;
    else process.env.TDKT_WORKERS = saved;
  });

  test("a district's few small files are read on the main thread alone; a province's on every core", () => {
    delete process.env.TDKT_WORKERS;
    expect(poolSize(8, 500_000)).toBe(1);
    expect(poolSize(8, 0)).toBe(1);
    expect(poolSize(8, BYTES_PER_READER)).toBe(1);
    expect(poolSize(8, BYTES_PER_READER + 1)).toBe(Math.min(2, availableParallelism()));
    expect(poolSize(64, 100 * BYTES_PER_READER)).toBe(Math.min(64, availableParallelism()));
    // never more readers than files
    expect(poolSize(1, 100 * BYTES_PER_READER)).toBe(1);
  });

  test("TDKT_WORKERS decides when set to a whole number, files still the limit", () => {
    process.env.TDKT_WORKERS = "3";
    expect(poolSize(8, 0)).toBe(3);
    expect(poolSize(2, 0)).toBe(2);
    process.env.TDKT_WORKERS = "0";
    expect(poolSize(8, 0)).toBe(1);
    process.env.TDKT_WORKERS = "1.5";
    expect(poolSize(8, 100 * BYTES_PER_READER)).toBe(Math.min(8, availableParallelism()));
  });
});
