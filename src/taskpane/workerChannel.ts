/**
 * The pane's side of the worker protocol (workerProtocol.ts): the EngineService interface over
 * postMessage. Apart from workerClient.ts (which starts the real Worker with import.meta.url) so
 * that tests can speak the protocol to the worker's handler in-process.
 */
import type { AnnotateResult, CheckSummary, EngineService, ReportDataCells, ResubmitResult, RowView, Stage, StoredReport } from "./engineService";
import { errorOf, TdktError } from "../core/errors";
import { ERRORS } from "../core/i18n/errors";
import { joinIssues } from "./issuePages";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";
import type { Issue } from "../core/model";
import type { ReportModel } from "../core/report";

/** Omit "id" from each member of a union (Omit alone would merge the members). */
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

export function engineOverWorker(worker: Worker): EngineService {
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; onStage?: (s: Stage) => void; pages?: Issue[][] }>();
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const m = event.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === "stage") p.onStage?.(m.stage);
    else if (m.type === "issues") (p.pages ??= []).push(m.page);
    else {
      pending.delete(m.id);
      if (m.type === "done") p.resolve(joinIssues(m.result, p.pages ?? []));
      else p.reject(TdktError.from(m.error));
    }
  };
  worker.onerror = (event) => {
    const error = errorOf(ERRORS, "internal", "workerStopped", {}, { detail: event.message || "—" });
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const call = <T>(message: WithoutId<WorkerRequest>, onStage?: (s: Stage) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve, reject, onStage });
      worker.postMessage({ ...message, id });
    });
  return {
    check: (request, onStage) => call<CheckSummary>({ type: "check", request }, onStage),
    report: (request) => call<ReportModel>({ type: "report", request }),
    annotate: (request) => call<AnnotateResult>({ type: "annotate", request }),
    resubmit: (request, onStage) => call<ResubmitResult>({ type: "resubmit", request }, onStage),
    reportData: (reportSheets) => call<ReportDataCells>({ type: "reportData", reportSheets }),
    openReport: (cells, lang) => call<StoredReport | null>({ type: "openReport", cells, lang }),
    row: (request) => call<RowView | null>({ type: "row", request }),
  };
}
