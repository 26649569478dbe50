/**
 * A thread of the CLI's reading pool (readPool.ts): reads files from disk and runs the engine's two
 * per-file steps on them (prepareInput, recogniseInput — the same functions the pane's worker runs
 * through engine.analyze). A prepared file is kept here until its second step, then dropped.
 */
import { parentPort } from "node:worker_threads";
import { prepareInput, recogniseInput, type FileResult, type PreparedInput } from "../core/engine";
import type { RegistryUnit } from "../core/rules/rule";
import { parseLocalCatalogue, useCatalogue } from "../core/domain/awards";
import { readInput } from "./readInput";

/** Process-wide settings a thread takes before its first file: a local catalogue (--catalogue). */
export interface ThreadSetup {
  /** the --catalogue file's JSON, as the main thread read it */
  catalogue?: unknown;
}

export type PoolRequest =
  | { type: "setup"; setup: ThreadSetup }
  /** step one; with `registry` (known from --units) step two at once */
  | { type: "prepare"; index: number; path: string; registry?: RegistryUnit[] }
  | { type: "recognise"; indexes: number[]; registry: RegistryUnit[] };

export type PoolResponse =
  | { type: "prepared"; index: number; registryUnits: RegistryUnit[]; result?: FileResult }
  | { type: "recognised"; results: { index: number; result: FileResult }[] }
  | { type: "ready" }
  | { type: "failed"; message: string };

const kept = new Map<number, PreparedInput>();

function handle(m: PoolRequest): PoolResponse {
  if (m.type === "setup") {
    if (m.setup.catalogue !== undefined) useCatalogue(parseLocalCatalogue(m.setup.catalogue));
    return { type: "ready" };
  }
  if (m.type === "prepare") {
    const prepared = prepareInput(readInput(m.path));
    if (m.registry) return { type: "prepared", index: m.index, registryUnits: prepared.registryUnits, result: recogniseInput(prepared, m.registry) };
    kept.set(m.index, prepared);
    return { type: "prepared", index: m.index, registryUnits: prepared.registryUnits };
  }
  const results = m.indexes.map((index) => {
    const prepared = kept.get(index);
    if (!prepared) throw new Error(`read pool: file ${index} was not prepared on this thread`);
    kept.delete(index);
    return { index, result: recogniseInput(prepared, m.registry) };
  });
  return { type: "recognised", results };
}

parentPort?.on("message", (m: PoolRequest) => {
  let response: PoolResponse;
  try {
    response = handle(m);
  } catch (e) {
    response = { type: "failed", message: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(response);
});
