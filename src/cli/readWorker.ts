/**
 * A thread of the CLI's reading pool (readPool.ts): reads files from disk and runs the engine's
 * per-file steps on them (prepareInput, then recogniseInput or recogniseRecords — the functions the
 * pane's worker runs through engine.analyze). Nothing of a file is kept once it is answered.
 * What goes back is packed (transfer.ts): each distinct string once, numbers in a transferred buffer.
 */
import { parentPort, type TransferListItem } from "node:worker_threads";
import { TdktError, type PlainError } from "../core/errors";
import { prepareInput, recogniseInput, recogniseRecords, type FileRecords, type FileResult } from "../core/engine";
import type { RegistryUnit } from "../core/rules/rule";
import type { ColumnDecision } from "../core/layout/columnDecisions";
import { parseLocalCatalogue, useCatalogue } from "../core/domain/awards";
import { readForChecks } from "./readInput";
import { NotPlainData, pack, type Packed } from "./transfer";

/** Process-wide settings a thread takes before its first file: a local catalogue (--catalogue). */
export interface ThreadSetup {
  /** the --catalogue file's JSON, as the main thread read it */
  catalogue?: unknown;
}

export type PoolRequest =
  | { type: "setup"; setup: ThreadSetup }
  /** a file read with the user's decisions on columns; with `registry` (known from --units) its sender attached too */
  | { type: "read"; index: number; path: string; registry?: RegistryUnit[]; columns?: ColumnDecision[] };

/**
 * A file read: the registry units it holds, and its result when the registry was known, else its
 * records awaiting their sender (the main thread attaches it once every file is in).
 */
export type FileRead = { registryUnits: RegistryUnit[] } & ({ result: FileResult } | { records: FileRecords });

/** A value as it crosses: packed, or as it is when it is no plain data (the clone then copies it). */
export type Crossing<T> = { packed: Packed } | { plain: T };

export type PoolResponse =
  | { type: "read"; index: number; body: Crossing<FileRead> }
  | { type: "ready" }
  /** structured (TdktError.toPlain): the main thread rethrows the same error, never a flattened string */
  | { type: "failed"; error: PlainError };

function crossing<T>(value: T): { body: Crossing<T>; transfer: TransferListItem[] } {
  try {
    const packed = pack(value);
    return { body: { packed }, transfer: [packed.stream.buffer] };
  } catch (e) {
    if (e instanceof NotPlainData) return { body: { plain: value }, transfer: [] };
    throw e;
  }
}

function handle(m: PoolRequest): { response: PoolResponse; transfer?: TransferListItem[] } {
  if (m.type === "setup") {
    if (m.setup.catalogue !== undefined) useCatalogue(parseLocalCatalogue(m.setup.catalogue));
    return { response: { type: "ready" } };
  }
  const prepared = prepareInput(readForChecks(m.path), m.columns);
  const value: FileRead = m.registry
    ? { registryUnits: prepared.registryUnits, result: recogniseInput(prepared, m.registry) }
    : { registryUnits: prepared.registryUnits, records: recogniseRecords(prepared) };
  const { body, transfer } = crossing(value);
  return { response: { type: "read", index: m.index, body }, transfer };
}

parentPort?.on("message", (m: PoolRequest) => {
  let out: { response: PoolResponse; transfer?: TransferListItem[] };
  try {
    out = handle(m);
  } catch (e) {
    // a bug becomes an "internal" error keeping its message and stack, as on one thread
    out = { response: { type: "failed", error: TdktError.from(e).toPlain() } };
  }
  parentPort!.postMessage(out.response, out.transfer);
});
