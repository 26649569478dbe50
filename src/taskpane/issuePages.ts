/**
 * A check of a province's files can hold 100,000 issues. The worker sends them to the pane in pages
 * (one structured clone of a few thousand at a time, not one message of tens of MB that freezes both
 * threads while it is copied), then the result without them; the client puts them back in order.
 */
import type { Issue } from "../core/model";
import type { CheckSummary, ResubmitResult } from "./engineService";

export const ISSUE_PAGE = 2000;

/** The summary holding the issue list in a worker result: check's own, or a resubmission's. */
function summaryIn(result: unknown): CheckSummary | undefined {
  if (!result || typeof result !== "object") return undefined;
  if (Array.isArray((result as CheckSummary).issues)) return result as CheckSummary;
  const summary = (result as Partial<ResubmitResult>).summary;
  return summary && Array.isArray(summary.issues) ? summary : undefined;
}

/** The result's issues in pages, and the result without them (the engine's own objects are not touched). */
export function splitIssues<T>(result: T): { pages: Issue[][]; rest: T } {
  const summary = summaryIn(result);
  if (!summary || summary.issues.length <= ISSUE_PAGE) return { pages: [], rest: result };
  const pages: Issue[][] = [];
  for (let i = 0; i < summary.issues.length; i += ISSUE_PAGE) pages.push(summary.issues.slice(i, i + ISSUE_PAGE));
  const emptied = { ...summary, issues: [] };
  const rest = (summary === (result as unknown) ? emptied : { ...result, summary: emptied }) as T;
  return { pages, rest };
}

/** The result with the pages received before it put back (pages arrive in order). */
export function joinIssues<T>(rest: T, pages: Issue[][]): T {
  const summary = summaryIn(rest);
  if (summary && pages.length) summary.issues = pages.flat();
  return rest;
}
