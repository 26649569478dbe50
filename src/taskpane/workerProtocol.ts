/** Messages between the pane and its worker (worker.ts). */
import type { CheckRequest, CheckSummary, ReportRequest, Stage } from "./engineService";
import type { ReportModel } from "../core/report";

export type WorkerRequest =
  | { id: number; type: "check"; request: CheckRequest }
  | { id: number; type: "report"; request: ReportRequest };

export type WorkerResponse =
  | { id: number; type: "stage"; stage: Stage }
  | { id: number; type: "done"; result: CheckSummary | ReportModel }
  | { id: number; type: "failed"; message: string };
