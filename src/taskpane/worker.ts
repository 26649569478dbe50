/**
 * The pane's Web Worker: reads files, analyses and builds the report off the UI thread.
 * webpack 5 bundles it from `new Worker(new URL("./worker.ts", import.meta.url))` (workerClient.ts).
 */
import { createEngineService } from "./engineService";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

const service = createEngineService();
const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerResponse): void };

scope.onmessage = async (event) => {
  const message = event.data;
  try {
    const result =
      message.type === "check"
        ? await service.check(message.request, (stage) => scope.postMessage({ id: message.id, type: "stage", stage }))
        : await service.report(message.request);
    scope.postMessage({ id: message.id, type: "done", result });
  } catch (e) {
    // the pane shows it; nothing is swallowed here
    scope.postMessage({ id: message.id, type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
