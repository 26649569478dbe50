/** Messages between the pane and its worker (worker.ts). */
import type {
  AnnotateRequest,
  AnnotateResult,
  CheckRequest,
  CheckSummary,
  ReportRequest,
  ResubmitRequest,
  ResubmitResult,
  Stage,
} from "./engineService";
import type { ReportModel } from "../core/report";

export type WorkerRequest =
  | { id: number; type: "check"; request: CheckRequest }
  | { id: number; type: "report"; request: ReportRequest }
  | { id: number; type: "annotate"; request: AnnotateRequest }
  | { id: number; type: "resubmit"; request: ResubmitRequest };

export type WorkerResponse =
  | { id: number; type: "stage"; stage: Stage }
  | { id: number; type: "done"; result: CheckSummary | ReportModel | AnnotateResult | ResubmitResult }
  | { id: number; type: "failed"; message: string };
