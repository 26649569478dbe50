/** Messages between the pane and its worker (worker.ts). */
import type {
  AnnotateRequest,
  AnnotateResult,
  CheckRequest,
  CheckSummary,
  ReportDataCells,
  ReportRequest,
  ResubmitRequest,
  ResubmitResult,
  RowRequest,
  RowView,
  Stage,
  StoredReport,
} from "./engineService";
import type { PlainError } from "../core/errors";
import type { Issue } from "../core/model";
import type { ReportModel } from "../core/report";
import type { ReportSheetMark } from "../core/submissions/contributions";

export type WorkerRequest =
  | { id: number; type: "check"; request: CheckRequest }
  | { id: number; type: "report"; request: ReportRequest }
  | { id: number; type: "annotate"; request: AnnotateRequest }
  | { id: number; type: "resubmit"; request: ResubmitRequest }
  | { id: number; type: "reportData"; reportSheets?: ReportSheetMark[] }
  | { id: number; type: "openReport"; cells: string[]; lang: "vi" | "en" }
  | { id: number; type: "row"; request: RowRequest };

export type WorkerResponse =
  | { id: number; type: "stage"; stage: Stage }
  /** a page of the result's issues, sent before "done" (issuePages.ts) */
  | { id: number; type: "issues"; page: Issue[] }
  | { id: number; type: "done"; result: CheckSummary | ReportModel | AnnotateResult | ResubmitResult | ReportDataCells | StoredReport | RowView | null }
  /** the failure as the one error type's plain form (core/errors.ts), rebuilt by the client */
  | { id: number; type: "failed"; error: PlainError };
