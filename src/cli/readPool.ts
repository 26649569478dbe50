/**
 * Files read and recognised by a pool of readers, one per core (when the files are worth it:
 * BYTES_PER_READER each): a province's 60 files take the
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
 * The main thread is one of the readers (TDKT_WORKERS counts it): its own files need no hand-over,
 * and it reads while the threads start. A thread's file comes back packed (transfer.ts: each
 * distinct string once, the rest in one transferred buffer), one file per message, and each thread
 * is asked for two files ahead, so that it starts the next while the main thread reads its own.
 * Files are read as the checks need them (readForChecks: no row properties).
 */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { TdktError } from "../core/errors";
import { attachSender, combineFiles, prepareInput, recogniseInput, recogniseRecords, runRegistry, type Analysis, type FileChecks } from "../core/engine";
import type { WorkbookInput } from "../core/analysis";
import type { CheckOptions, ParsedFile } from "../core/rules/rule";
import type { Crossing, FileRead, PoolRequest, PoolResponse, ThreadSetup } from "./readWorker";
import { unpack } from "./transfer";

/** Where the bundle is (set by the bundle's banner, scripts/build-cli.mjs); unset under tsx and jest. */
function bundleDir(): string | undefined {
  return (globalThis as { __tdktBundleDir?: string }).__tdktBundleDir;
}

/**
 * Bytes of workbooks a reader is worth: a thread costs its start (loading the bundle, warming up)
 * and the hand-over of its files. Measured on 2 cores: 8 small files took 0.68 s on two readers
 * against 0.48 s on one; 64 files (4.8 MB) took the same time either way.
 */
export const BYTES_PER_READER = 2 * 1024 * 1024;

/**
 * Readers for files of `bytes` bytes in all (the main thread is one): TDKT_WORKERS when set, else one
 * per core as far as the files are worth it (BYTES_PER_READER each); never more than the files.
 */
export function poolSize(files: number, bytes: number): number {
  const asked = Number(process.env.TDKT_WORKERS);
  const size = Number.isInteger(asked) && asked > 0 ? asked : Math.min(availableParallelism(), Math.ceil(bytes / BYTES_PER_READER));
  return Math.max(1, Math.min(size, files));
}

/** The files' size in all (a file that cannot be read counts nothing: its reader reports it). */
function totalBytes(paths: string[]): number {
  let n = 0;
  for (const p of paths) {
    try {
      n += statSync(p).size;
    } catch {
      // missing or unreadable: the reader names it
    }
  }
  return n;
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

/** Reads one file on this thread: its records, with its sender when the registry is given (--units). */
function readHere(readForChecks: (path: string) => WorkbookInput, path: string, options: CheckOptions): FileRead {
  const prepared = prepareInput(readForChecks(path), options.columnDecisions);
  const given = options.registry?.length ? options.registry : undefined;
  // the file's sheets are dropped as soon as its records are made
  return given
    ? { registryUnits: prepared.registryUnits, result: recogniseInput(prepared, given) }
    : { registryUnits: prepared.registryUnits, records: recogniseRecords(prepared) };
}

/**
 * Read and recognise `paths`, in their order, on the main thread or on a pool of threads. With
 * `checksFor`, each file is also checked as soon as it and the files before it are read; the caller
 * finishes the checks (engine.checkParsed) with the same files.
 */
export async function readFiles(paths: string[], options: CheckOptions, setup: ThreadSetup = {}, checksFor?: ChecksFor): Promise<Omit<Analysis, "issues">> {
  const size = poolSize(paths.length, totalBytes(paths));
  const dir = bundleDir();
  // the parser is loaded here, by the first command that reads (never by --help)
  const { readForChecks } = await import("./readInput");
  if (size <= 1 || !dir) {
    const inOrder = new InOrder(paths.length, await checksFor?.());
    const read = paths.map((p, i) => {
      const file = readHere(readForChecks, p, options);
      inOrder.arrived(i, "result" in file ? file.result : file.records);
      return file;
    });
    return finishRead(read, options);
  }
  // the main thread is one of the readers: its own files need no hand-over
  const threads = Array.from({ length: size - 1 }, () => new Thread(new Worker(join(dir, "read-worker.mjs"))));
  try {
    return await onPool(threads, paths, options, setup, (p) => readHere(readForChecks, p, options), checksFor);
  } finally {
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}

/** A reading thread and its answers, in the order asked: a thread answers its messages one by one. */
class Thread {
  private readonly waiting: { resolve: (r: PoolResponse) => void; reject: (e: Error) => void }[] = [];
  constructor(readonly worker: Worker) {
    worker.on("message", (r: PoolResponse) => {
      const w = this.waiting.shift();
      if (r.type === "failed") w?.reject(TdktError.from(r.error));
      else w?.resolve(r);
    });
    worker.on("error", (e: Error) => {
      for (const w of this.waiting.splice(0)) w.reject(TdktError.from(e));
    });
  }

  ask(m: PoolRequest): Promise<PoolResponse> {
    const answer = new Promise<PoolResponse>((resolve, reject) => this.waiting.push({ resolve, reject }));
    // asked ahead of being awaited: a failure while another answer is handled must not become an
    // unhandled rejection (it is still thrown where it is awaited)
    answer.catch(() => undefined);
    this.worker.postMessage(m);
    return answer;
  }
}

/** Files asked of a thread ahead of its answers: it starts the next while the main thread is busy reading its own. */
const AHEAD = 2;

async function onPool(threads: Thread[], paths: string[], options: CheckOptions, setup: ThreadSetup, readOnMain: (path: string) => FileRead, checksFor?: ChecksFor): Promise<Omit<Analysis, "issues">> {
  const given = options.registry?.length ? options.registry : undefined;
  const read = new Array<FileRead>(paths.length);
  const inOrder = new InOrder(paths.length, await checksFor?.());
  const keep = (index: number, file: FileRead) => {
    read[index] = file;
    inOrder.arrived(index, "result" in file ? file.result : file.records);
  };
  // each reader takes the next file when it is done with one (big and small files mix)
  let next = 0;
  const onThread = async (thread: Thread) => {
    const ready = thread.ask({ type: "setup", setup });
    const queue: { index: number; answer: Promise<PoolResponse> }[] = [];
    const refill = () => {
      while (queue.length < AHEAD && next < paths.length) {
        const index = next++;
        queue.push({ index, answer: thread.ask({ type: "read", index, path: paths[index], registry: given, columns: options.columnDecisions }) });
      }
    };
    refill();
    await ready;
    while (queue.length) {
      const { index, answer } = queue.shift()!;
      const r = await answer;
      refill();
      if (r.type !== "read") throw new Error("read pool: unexpected answer");
      keep(index, received(r.body));
    }
  };
  const onMain = async () => {
    for (;;) {
      // the threads' answers are taken in between the main thread's own files
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (failed || next >= paths.length) return;
      const index = next++;
      keep(index, readOnMain(paths[index]));
    }
  };
  // a thread's failure ends the run: the main thread stops taking files
  let failed = false;
  const watched = (thread: Thread) =>
    onThread(thread).catch((e: unknown) => {
      failed = true;
      throw e;
    });
  await Promise.all([...threads.map(watched), onMain()]);
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
