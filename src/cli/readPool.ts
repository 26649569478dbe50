/**
 * Files read and recognised on a pool of threads, one per core: a province's 60 files take the
 * time of the slowest share instead of the sum. Each thread runs the engine's per-file steps
 * (readWorker.ts); the results are put back in the files' order, so the output is byte for byte
 * that of one thread (TDKT_WORKERS=1 runs everything on the main thread, as tests and tsx do).
 *
 * A registry table in one file names the senders of all the others, so without --units a file
 * comes back with its records and the title blocks that will name its sender (records/sender.ts);
 * once every file has given its registry units, the main thread attaches the senders. No thread
 * keeps a file's sheets after answering for it. With --units the threads attach the senders. Either
 * way the main thread runs each file's own checks as the file comes (they need neither registry nor
 * sender: rules/run.ts), and the checks across files once all are in.
 *
 * A file's result comes back packed (transfer.ts: each distinct string once, the rest in one
 * transferred buffer), one file per message: the main thread rebuilds one file while the threads
 * read the next. Files are read as the checks need them (readForChecks: no row properties).
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { TdktError } from "../core/errors";
import { attachSender, combineFiles, prepareInput, recogniseInput, recogniseRecords, runRegistry, type Analysis, type FileChecks } from "../core/engine";
import type { CheckOptions, ParsedFile } from "../core/rules/rule";
import type { Crossing, FileRead, PoolRequest, PoolResponse, ThreadSetup } from "./readWorker";
import { unpack } from "./transfer";

/** Where the bundle is (set by the bundle's banner, scripts/build-cli.mjs); unset under tsx and jest. */
function bundleDir(): string | undefined {
  return (globalThis as { __tdktBundleDir?: string }).__tdktBundleDir;
}

/** Threads for `files` files: TDKT_WORKERS when set, else one per core; never more than files. */
export function poolSize(files: number): number {
  const asked = Number(process.env.TDKT_WORKERS);
  const size = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  return Math.max(1, Math.min(size, files));
}

/** The run's checks, started before the first file is read (the session's options: engine.startChecks). */
export type ChecksFor = () => Promise<FileChecks>;

/**
 * Files handed to the checks in the files' order, whatever order the threads finish them in: file
 * 3 waits for file 2. The main thread checks each file while the threads read the next; a file's
 * sender may still be missing (the file rules do not need it).
 */
class InOrder {
  private next = 0;
  private readonly waiting: ({ parsed: ParsedFile } | undefined)[];
  constructor(
    files: number,
    private readonly checks: FileChecks | undefined,
  ) {
    this.waiting = new Array<{ parsed: ParsedFile } | undefined>(files);
  }

  arrived(index: number, file: { parsed: ParsedFile }): void {
    if (!this.checks) return;
    this.waiting[index] = file;
    while (this.next < this.waiting.length && this.waiting[this.next]) {
      this.checks.add(this.waiting[this.next]!);
      this.waiting[this.next++] = undefined;
    }
  }
}

/**
 * Read and recognise `paths`, in their order, on the main thread or on a pool of threads. With
 * `checksFor`, each file is also checked as soon as it and the files before it are read; the caller
 * finishes the checks (engine.checkParsed) with the same files.
 */
export async function readFiles(paths: string[], options: CheckOptions, setup: ThreadSetup = {}, checksFor?: ChecksFor): Promise<Omit<Analysis, "issues">> {
  const size = poolSize(paths.length);
  const dir = bundleDir();
  if (size <= 1 || !dir) {
    // the parser is loaded here, by the first command that reads (never by --help)
    const { readForChecks } = await import("./readInput");
    const inOrder = new InOrder(paths.length, await checksFor?.());
    const given = options.registry?.length ? options.registry : undefined;
    // each file's sheets are dropped as soon as its records are made; with the registry known
    // (--units) its sender is attached at once, else once every file gave its registry units
    const read = paths.map((p, i) => {
      const prepared = prepareInput(readForChecks(p), options.columnDecisions);
      const file: FileRead = given
        ? { registryUnits: prepared.registryUnits, result: recogniseInput(prepared, given) }
        : { registryUnits: prepared.registryUnits, records: recogniseRecords(prepared) };
      inOrder.arrived(i, "result" in file ? file.result : file.records);
      return file;
    });
    return finishRead(read, options);
  }
  const workers = Array.from({ length: size }, () => new Worker(join(dir, "read-worker.mjs")));
  try {
    return await onPool(workers, paths, options, setup, checksFor);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function onPool(workers: Worker[], paths: string[], options: CheckOptions, setup: ThreadSetup, checksFor?: ChecksFor): Promise<Omit<Analysis, "issues">> {
  const given = options.registry?.length ? options.registry : undefined;
  const read = new Array<FileRead>(paths.length);
  const ask = (w: number, m: PoolRequest) =>
    new Promise<PoolResponse>((resolve, reject) => {
      const worker = workers[w];
      const onError = (e: Error) => reject(TdktError.from(e));
      worker.once("error", onError);
      worker.once("message", (r: PoolResponse) => {
        worker.off("error", onError);
        if (r.type === "failed") reject(TdktError.from(r.error));
        else resolve(r);
      });
      worker.postMessage(m);
    });
  // a thread's next answer is asked before the last one is handled: if handling it throws, the
  // answer still pending must not become an unhandled rejection (it is awaited when there is no error)
  const askAhead = (w: number, m: PoolRequest) => {
    const p = ask(w, m);
    p.catch(() => undefined);
    return p;
  };

  await Promise.all(workers.map((_, w) => ask(w, { type: "setup", setup })));
  const inOrder = new InOrder(paths.length, await checksFor?.());
  // each thread takes the next file when it is done with one (big and small files mix), and is
  // given it before the main thread unpacks (and checks) the one it sent
  let next = 0;
  await Promise.all(
    workers.map(async (_, w) => {
      const readAt = (index: number) => askAhead(w, { type: "read", index, path: paths[index], registry: given, columns: options.columnDecisions });
      let index = next++;
      let pending = index < paths.length ? readAt(index) : undefined;
      while (pending) {
        const r = await pending;
        const mine = index;
        index = next++;
        pending = index < paths.length ? readAt(index) : undefined;
        if (r.type !== "read") throw new Error("read pool: unexpected answer");
        const file = received(r.body);
        read[mine] = file;
        inOrder.arrived(mine, "result" in file ? file.result : file.records);
      }
    }),
  );
  return finishRead(read, options);
}

/** Every file read: the run's registry, each file's sender attached where it was not yet, the files combined. */
function finishRead(read: FileRead[], options: CheckOptions): Omit<Analysis, "issues"> {
  const registry = runRegistry(read, options);
  const results = read.map((file) => ("result" in file ? file.result : attachSender(file.records, registry)));
  return combineFiles(results, registry, options);
}

/** A value from a thread, unpacked when it came packed. */
function received(body: Crossing<FileRead>): FileRead {
  return "packed" in body ? (unpack(body.packed) as FileRead) : body.plain;
}
