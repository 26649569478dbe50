/**
 * The submission ledger as a report table (src/core/submissions/status.ts): the parts every writer
 * reads besides the texts — the table's id (how the report plan finds it), the number formats of
 * the STT and error columns and the column widths, one per column of the header.
 */
import { submissionSheet, submissionTable, type SubmissionRow } from "../../../src/core/submissions/status";

describe("submissionTable layout", () => {
  const rows: SubmissionRow[] = [{ unit: "Xã A", inRegistry: true, state: "sent", fileName: "a.xlsx", date: "2021-06-28", errors: 1 }];

  it("is the table with id \"submissions\", STT and errors as whole numbers, the other columns as text", () => {
    const t = submissionTable(rows, "vi");
    expect(t.id).toBe("submissions");
    expect(t.formats).toEqual(["#,##0", "text", "text", "text", "text", "#,##0"]);
    expect(t.widths).toEqual([6, 36, 26, 30, 12, 8]);
    expect(t.formats).toHaveLength(t.header[0].length);
    expect(t.widths).toHaveLength(t.header[0].length);
    expect(submissionSheet([], [], [], "en").tables[0].id).toBe("submissions");
  });
});
