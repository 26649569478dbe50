/**
 * @jest-environment node
 *
 * The worker sends a large check's issues in pages; the pane's client puts them back in order, for a
 * check and for a resubmission, and the engine's own result is never emptied on the way. (The client
 * itself is not loaded under jest: its `import.meta.url` worker start is webpack's.)
 */
import type { Issue } from "../../src/core/model";
import { ISSUE_PAGE, joinIssues, splitIssues } from "../../src/taskpane/issuePages";

const issues: Issue[] = Array.from({ length: 2 * ISSUE_PAGE + 7 }, (_, i) => ({
  rule: "award-duplicate",
  severity: "error",
  file: `f${i % 3}.xlsx`,
  sheet: "DS",
  cell: `B${i + 2}`,
  message: { vi: `dòng ${i}`, en: `row ${i}` },
}));
const summary = { issues, ledger: [], periodGuessed: false, registryCount: 0 };

test("split into pages and joined back, without touching the engine's result", () => {
  const { pages, rest } = splitIssues(summary);
  expect(pages.map((p) => p.length)).toEqual([ISSUE_PAGE, ISSUE_PAGE, 7]);
  expect(rest.issues).toEqual([]);
  expect(summary.issues).toHaveLength(2 * ISSUE_PAGE + 7);
  expect(joinIssues(structuredClone(rest), structuredClone(pages)).issues).toEqual(issues);
  const resubmit = { summary, units: [] };
  const split = splitIssues(resubmit);
  expect(split.rest.summary.issues).toEqual([]);
  expect(joinIssues(split.rest, split.pages).summary.issues).toEqual(issues);
  // a small result goes whole
  expect(splitIssues({ ...summary, issues: issues.slice(0, 3) }).pages).toEqual([]);
});
