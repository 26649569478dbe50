/**
 * A thread of the CLI's reading pool (readPool.ts): reads files from disk and runs the engine's two
 * per-file steps on them (prepareInput, recogniseInput — the same functions the pane's worker runs
 * through engine.analyze). A prepared file is kept here until its second step, then dropped.
 * What goes back is packed (transfer.ts): each distinct string once, numbers in a transferred buffer.
 */
import { parentPort, type TransferListItem } from "node:worker_threads";
import { TdktError, type PlainError } from "../core/errors";
import { prepareInput, recogniseInput, type FileResult, type PreparedInput } from "../core/engine";
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
  /** step one, with the user's decisions on columns; with `registry` (known from --units) step two at once */
  | { type: "prepare"; index: number; path: string; registry?: RegistryUnit[]; columns?: ColumnDecision[] }
  | { type: "recognise"; index: number; registry: RegistryUnit[] };

/** A file's step one: the registry units it holds and, when the registry was known, its result. */
export interface Prepared {
  registryUnits: RegistryUnit[];
  result?: FileResult;
}

/** A value as it crosses: packed, or as it is when it is no plain data (the clone then copies it). */
export type Crossing<T> = { packed: Packed } | { plain: T };

export type PoolResponse =
  | { type: "prepared"; index: number; body: Crossing<Prepared> }
  | { type: "recognised"; index: number; body: Crossing<FileResult> }
  | { type: "ready" }
  /** structured (TdktError.toPlain): the main thread rethrows the same error, never a flattened string */
  | { type: "failed"; error: PlainError };

const kept = new Map<number, PreparedInput>();

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
  if (m.type === "prepare") {
    const prepared = prepareInput(readForChecks(m.path), m.columns);
    const value: Prepared = { registryUnits: prepared.registryUnits };
    if (m.registry) value.result = recogniseInput(prepared, m.registry);
    else kept.set(m.index, prepared);
    const { body, transfer } = crossing(value);
    return { response: { type: "prepared", index: m.index, body }, transfer };
  }
  const prepared = kept.get(m.index);
  if (!prepared) throw new Error(`read pool: file ${m.index} was not prepared on this thread`);
  kept.delete(m.index);
  const { body, transfer } = crossing(recogniseInput(prepared, m.registry));
  return { response: { type: "recognised", index: m.index, body }, transfer };
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
