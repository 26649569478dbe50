/**
 * The pane's Web Worker: reads files, analyses, builds the report and the annotated copies off the
 * UI thread. webpack 5 bundles it from `new Worker(new URL("./worker.ts", import.meta.url))`
 * (workerClient.ts).
 */
import { TdktError } from "../core/errors";
import { createEngineService } from "./engineService";
import { splitIssues } from "./issuePages";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";

const service = createEngineService();
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerResponse, transfer?: Transferable[]): void;
};

async function handle(message: WorkerRequest, onStage: (stage: import("./engineService").Stage) => void): Promise<WorkerResponse & { type: "done" }> {
  switch (message.type) {
    case "check":
      return { id: message.id, type: "done", result: await service.check(message.request, onStage) };
    case "report":
      return { id: message.id, type: "done", result: await service.report(message.request) };
    case "annotate":
      return { id: message.id, type: "done", result: await service.annotate(message.request) };
    case "resubmit":
      return { id: message.id, type: "done", result: await service.resubmit(message.request, onStage) };
    case "reportData":
      return { id: message.id, type: "done", result: await service.reportData(message.reportSheets) };
    case "openReport":
      return { id: message.id, type: "done", result: await service.openReport(message.cells, message.lang) };
    case "row":
      return { id: message.id, type: "done", result: await service.row(message.request) };
  }
}

/** Answers one request; every failure becomes a "failed" message, so the promise never rejects. */
async function answer(message: WorkerRequest): Promise<void> {
  try {
    const whole = await handle(message, (stage) => scope.postMessage({ id: message.id, type: "stage", stage }));
    const { pages, rest: response } = splitIssues(whole);
    for (const page of pages) scope.postMessage({ id: message.id, type: "issues", page });
    // an annotated copy's bytes move to the pane rather than being copied
    const bytes = (response.result as { bytes?: unknown }).bytes;
    scope.postMessage(response, bytes instanceof Uint8Array ? [bytes.buffer] : []);
  } catch (e) {
    // the pane shows it; nothing is swallowed here
    scope.postMessage({ id: message.id, type: "failed", error: TdktError.from(e).toPlain() });
  }
}

scope.onmessage = (event) => void answer(event.data);
