/**
 * The pane's side of the worker: the same EngineService interface, over postMessage. Falls back to
 * running in-process when the browser cannot start a worker.
 */
import { createEngineService, type EngineService } from "./engineService";
import { engineOverWorker } from "./workerChannel";

export { engineOverWorker };

export function startEngine(): EngineService {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./worker.ts", import.meta.url));
  } catch {
    return createEngineService();
  }
  return engineOverWorker(worker);
}

