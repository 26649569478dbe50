/**
 * Files read and recognised on a pool of threads, one per core: a province's 60 files take the
 * time of the slowest share instead of the sum. Each thread runs the engine's per-file steps
 * (readWorker.ts); the results are put back in the files' order, so the output is byte for byte
 * that of one thread (TDKT_WORKERS=1 runs everything on the main thread, as tests and tsx do).
 *
 * Two steps because a registry table in one file names the senders of all the others: step one
 * (read, decode, find tables, collect registry units) runs everywhere; once every file has given
 * its registry units, step two (records) runs on the thread that kept the file. With --units the
 * registry is known from the start and both steps run at once.
 *
 * A file's result comes back packed (transfer.ts: each distinct string once, the rest in one
 * transferred buffer), one file per message: the main thread rebuilds one file while the threads
 * read the next. Files are read as the checks need them (readForChecks: no row properties).
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { TdktError } from "../core/errors";
import { combineFiles, prepareInput, recogniseInput, runRegistry, type Analysis, type FileResult } from "../core/engine";
import type { CheckOptions, RegistryUnit } from "../core/rules/rule";
import type { Crossing, PoolRequest, PoolResponse, ThreadSetup } from "./readWorker";
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

/** Read and recognise `paths`, in their order, on the main thread or on a pool of threads. */
export async function readFiles(paths: string[], options: CheckOptions, setup: ThreadSetup = {}): Promise<Omit<Analysis, "issues">> {
  const size = poolSize(paths.length);
  const dir = bundleDir();
  if (size <= 1 || !dir) {
    // the parser is loaded here, by the first command that reads (never by --help)
    const { readForChecks } = await import("./readInput");
    // with the registry known (--units) each file's grids are dropped as soon as its records are made
    if (options.registry?.length) {
      const registry = options.registry;
      return combineFiles(
        paths.map((p) => recogniseInput(prepareInput(readForChecks(p), options.columnDecisions), registry)),
        registry,
        options,
      );
    }
    const prepared = paths.map((p) => prepareInput(readForChecks(p), options.columnDecisions));
    const registry = runRegistry(prepared, options);
    return combineFiles(
      prepared.map((p) => recogniseInput(p, registry)),
      registry,
      options,
    );
  }
  const workers = Array.from({ length: size }, () => new Worker(join(dir, "read-worker.mjs")));
  try {
    return await onPool(workers, paths, options, setup);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function onPool(workers: Worker[], paths: string[], options: CheckOptions, setup: ThreadSetup): Promise<Omit<Analysis, "issues">> {
  const given = options.registry?.length ? options.registry : undefined;
  const registryUnits = new Array<RegistryUnit[]>(paths.length);
  const results = new Array<FileResult>(paths.length);
  const heldBy: number[][] = workers.map(() => []);
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

  await Promise.all(workers.map((_, w) => ask(w, { type: "setup", setup })));
  // step one: each thread takes the next file when it is done with one (big and small files mix)
  let next = 0;
  await Promise.all(
    workers.map(async (_, w) => {
      while (next < paths.length) {
        const index = next++;
        const r = await ask(w, { type: "prepare", index, path: paths[index], registry: given, columns: options.columnDecisions });
        if (r.type !== "prepared") throw new Error("read pool: unexpected answer");
        const prepared = received(r.body);
        registryUnits[index] = prepared.registryUnits;
        if (prepared.result) results[index] = prepared.result;
        else heldBy[w].push(index);
      }
    }),
  );
  const registry = runRegistry(
    registryUnits.map((units) => ({ registryUnits: units })),
    options,
  );
  // step two, where step one left each file; one file per message, so that the main thread
  // unpacks one file while the threads still work on the next
  if (!given)
    await Promise.all(
      workers.map(async (_, w) => {
        for (const index of heldBy[w]) {
          const r = await ask(w, { type: "recognise", index, registry });
          if (r.type !== "recognised") throw new Error("read pool: unexpected answer");
          results[index] = received(r.body);
        }
      }),
    );
  return combineFiles(results, registry, options);
}

/** A value from a thread, unpacked when it came packed. */
function received<T>(body: Crossing<T>): T {
  return "packed" in body ? (unpack(body.packed) as T) : body.plain;
}
