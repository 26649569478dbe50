/**
 * Files read and recognised on a pool of threads, one per core: a province's 60 files take the
 * time of the slowest share instead of the sum. Each thread runs the engine's per-file steps
 * (readWorker.ts); the results are put back in the files' order, so the output is byte for byte
 * that of one thread (TDKT_WORKERS=1 runs everything on the main thread, as tests and tsx do).
 *
 * A registry table in one file names the senders of all the others, so without --units a file
 * comes back with its records and the title blocks that will name its sender (records/sender.ts);
 * once every file has given its registry units, the main thread attaches the senders and checks
 * the files. No thread keeps a file's sheets after answering for it. With --units the registry is
 * known from the start: the threads attach the senders and each file is checked as it comes.
 *
 * A file's result comes back packed (transfer.ts: each distinct string once, the rest in one
 * transferred buffer), one file per message: the main thread rebuilds one file while the threads
 * read the next. Files are read as the checks need them (readForChecks: no row properties).
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { TdktError } from "../core/errors";
import { attachSender, combineFiles, prepareInput, recogniseInput, recogniseRecords, runRegistry, type Analysis, type FileChecks, type FileRecords, type FileResult } from "../core/engine";
import type { CheckOptions, RegistryUnit } from "../core/rules/rule";
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

/** The run's checks, started once its registry is known (the session's options: engine.startChecks). */
export type ChecksFor = (registry: RegistryUnit[]) => Promise<FileChecks>;

/**
 * Files' results handed to the checks in the files' order, whatever order the threads finish them
 * in: file 3 waits for file 2. The main thread checks each file while the threads read the next.
 */
class InOrder {
  private next = 0;
  constructor(
    private readonly results: FileResult[],
    private readonly checks: FileChecks | undefined,
  ) {}

  arrived(index: number, result: FileResult): void {
    this.results[index] = result;
    if (!this.checks) return;
    while (this.next < this.results.length && this.results[this.next]) this.checks.add(this.results[this.next++]);
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
    const results = new Array<FileResult>(paths.length);
    // with the registry known (--units) each file's grids are dropped as soon as its records are made
    if (options.registry?.length) {
      const registry = options.registry;
      const inOrder = new InOrder(results, await checksFor?.(registry));
      paths.forEach((p, i) => inOrder.arrived(i, recogniseInput(prepareInput(readForChecks(p), options.columnDecisions), registry)));
      return combineFiles(results, registry, options);
    }
    // without it each file's records are made (and its sheets dropped) before the registry is known
    const read = paths.map((p) => {
      const prepared = prepareInput(readForChecks(p), options.columnDecisions);
      return { registryUnits: prepared.registryUnits, records: recogniseRecords(prepared) };
    });
    const registry = runRegistry(read, options);
    const inOrder = new InOrder(results, await checksFor?.(registry));
    read.forEach((r, i) => inOrder.arrived(i, attachSender(r.records, registry)));
    return combineFiles(results, registry, options);
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
  const registryUnits = new Array<RegistryUnit[]>(paths.length);
  const results = new Array<FileResult>(paths.length);
  const awaiting = new Array<FileRecords>(paths.length);
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
  const early = given ? new InOrder(results, await checksFor?.(given)) : undefined;
  // each thread takes the next file when it is done with one (big and small files mix), and is
  // given it before the main thread unpacks (and checks) the one it sent
  let next = 0;
  await Promise.all(
    workers.map(async (_, w) => {
      const read = (index: number) => askAhead(w, { type: "read", index, path: paths[index], registry: given, columns: options.columnDecisions });
      let index = next++;
      let pending = index < paths.length ? read(index) : undefined;
      while (pending) {
        const r = await pending;
        const mine = index;
        index = next++;
        pending = index < paths.length ? read(index) : undefined;
        if (r.type !== "read") throw new Error("read pool: unexpected answer");
        const file = received(r.body);
        registryUnits[mine] = file.registryUnits;
        if ("result" in file) early!.arrived(mine, file.result);
        else awaiting[mine] = file.records;
      }
    }),
  );
  const registry = runRegistry(
    registryUnits.map((units) => ({ registryUnits: units })),
    options,
  );
  if (!given) {
    const inOrder = new InOrder(results, await checksFor?.(registry));
    awaiting.forEach((records, i) => inOrder.arrived(i, attachSender(records, registry)));
  }
  return combineFiles(results, registry, options);
}

/** A value from a thread, unpacked when it came packed. */
function received(body: Crossing<FileRead>): FileRead {
  return "packed" in body ? (unpack(body.packed) as FileRead) : body.plain;
}
