/**
 * The resubmission diff as text and the submission ledger, line by line and cell by cell: every part
 * of these texts is computed (counts, signs, labels, dates), so each is checked in full.
 */
import type { Issue } from "../../../src/core/model";
import type { ParsedFile } from "../../../src/core/rules/rule";
import type { UnitContribution } from "../../../src/core/submissions/contributions";
import type { RowRef, UnitDiff } from "../../../src/core/submissions/diff";
import { formatUnitDiff } from "../../../src/core/submissions/format";
import { stateText, submissionRows, submissionSheet, submissionTable, type SubmissionRow } from "../../../src/core/submissions/status";

const GK = "Giấy khen của Chủ tịch UBND huyện";
const ref = (label: string, row: number, detail = GK): RowRef => ({ side: "award", label, detail, sheet: "DS", cell: `B${row}`, row });
const empty: UnitDiff = { added: [], removed: [], changed: [], totals: [] };

describe("formatUnitDiff", () => {
  const diff: UnitDiff = {
    added: [ref("Lò Văn Páo", 12), ref("", 13)],
    removed: [ref("Cà Văn Xiêng", 9)],
    changed: [
      {
        before: ref("Quàng Thị Hoa", 10),
        after: ref("Quàng Thị Hoa", 11),
        fields: [
          { field: "award", label: { vi: "Hình thức", en: "Award" }, before: GK, after: "Bằng khen", cell: "D11" },
          { field: "position", label: { vi: "Chức vụ", en: "Position" }, before: "", after: "Trưởng bản" },
        ],
      },
    ],
    totals: [
      { award: GK, kind: "individual", before: 4, after: 3 },
      { award: "Bằng khen", kind: "collective", before: 0, after: 2 },
      { award: "Lao động tiên tiến", kind: "household", before: 5, after: 5 },
    ],
  };

  it("in Vietnamese: every section, its count, each row with its place, totals with their sign", () => {
    expect(formatUnitDiff("Xã Quài Cang", "xa.xlsx", diff, "vi").split("\n")).toEqual([
      "Xã Quài Cang: tệp mới xa.xlsx",
      "  Thêm 2 dòng:",
      `    + Lò Văn Páo — ${GK} (DS!B12)`,
      `    + (trống) — ${GK} (DS!B13)`,
      "  Bớt 1 dòng:",
      `    - Cà Văn Xiêng — ${GK} (DS!B9)`,
      "  Sửa 1 dòng:",
      "    ~ Quàng Thị Hoa (DS!B11)",
      `        Hình thức [D11]: "${GK}" → "Bằng khen"`,
      '        Chức vụ: "" → "Trưởng bản"',
      "  Số lượng trước → sau:",
      `    ${GK}, cá nhân: 4 → 3 (-1)`,
      "    Bằng khen, tập thể: 0 → 2 (+2)",
    ]);
  });

  it("in English, for a unit sending for the first time", () => {
    expect(formatUnitDiff("Xã Ta Ma", "ta-ma.xlsx", diff, "en", true).split("\n")).toEqual([
      "Xã Ta Ma: first file from this unit, ta-ma.xlsx",
      "  2 rows added:",
      `    + Lò Văn Páo — ${GK} (DS!B12)`,
      `    + (empty) — ${GK} (DS!B13)`,
      "  1 row removed:",
      `    - Cà Văn Xiêng — ${GK} (DS!B9)`,
      "  1 row changed:",
      "    ~ Quàng Thị Hoa (DS!B11)",
      `        Award [D11]: "${GK}" → "Bằng khen"`,
      '        Position: "" → "Trưởng bản"',
      "  Totals before → after:",
      `    ${GK}, individuals: 4 → 3 (-1)`,
      "    Bằng khen, collectives: 0 → 2 (+2)",
    ]);
  });

  it("says when nothing counted changed, also when only unchanged totals are listed", () => {
    expect(formatUnitDiff("Xã A", "a.xlsx", empty, "vi")).toBe("Xã A: tệp mới a.xlsx\n  Không có thay đổi nào về số liệu.");
    const same = { ...empty, totals: [{ award: GK, kind: "individual" as const, before: 3, after: 3 }] };
    expect(formatUnitDiff("Xã A", "a.xlsx", same, "en")).toBe("Xã A: new file a.xlsx\n  Nothing counted changed.");
  });

  it("a section appears only when it has rows", () => {
    const onlyRemoved = { ...empty, removed: [ref("Cà Văn Xiêng", 9)] };
    expect(formatUnitDiff("Xã A", "a.xlsx", onlyRemoved, "vi")).toBe(`Xã A: tệp mới a.xlsx\n  Bớt 1 dòng:\n    - Cà Văn Xiêng — ${GK} (DS!B9)`);
    const onlyTotals = { ...empty, totals: [{ award: GK, kind: "household" as const, before: 1, after: 0 }] };
    expect(formatUnitDiff("Xã A", "a.xlsx", onlyTotals, "vi")).toBe(`Xã A: tệp mới a.xlsx\n  Số lượng trước → sau:\n    ${GK}, hộ gia đình: 1 → 0 (-1)`);
  });
});

describe("submission ledger", () => {
  const parsed = (file: string, sender?: string): ParsedFile => ({ file, ledger: { file, sender, sheets: [] }, sheets: [], findings: [] });
  const sent = (file: string, sender: string | undefined, receivedOn: string, resubmittedOn?: string): UnitContribution => ({
    sender,
    fileName: file,
    hash: file,
    receivedOn,
    ...(resubmittedOn ? { resubmittedOn } : {}),
    parsed: parsed(file, sender),
  });
  const issue = (file: string | undefined, severity: Issue["severity"]): Issue =>
    ({ rule: "x", severity, file, message: { vi: "", en: "" } }) as Issue;

  it("one row per reporting unit once, schools left out, then the senders not listed; errors counted per file", () => {
    const rows = submissionRows(
      [{ name: "UBND xã Quài Cang" }, { name: "Xã  Quài Cang" }, { name: "Trường TH A", school: true }, { name: "Xã Ta Ma" }],
      [sent("qc.xlsx", "Xã Quài Cang", "2021-06-28"), sent("ds.xlsx", undefined, "2021-06-28"), sent("pp.xlsx", "Xã Pú Nhung", "2021-06-29", "2021-07-02")],
      [issue("qc.xlsx", "error"), issue("qc.xlsx", "error"), issue("qc.xlsx", "warning"), issue("pp.xlsx", "info"), issue(undefined, "error")],
    );
    expect(rows).toEqual<SubmissionRow[]>([
      { unit: "UBND xã Quài Cang", inRegistry: true, state: "sent", fileName: "qc.xlsx", date: "2021-06-28", errors: 2 },
      { unit: "Xã Ta Ma", inRegistry: true, state: "not-sent", errors: 0 },
      { unit: "Xã Pú Nhung", inRegistry: false, state: "resent", fileName: "pp.xlsx", date: "2021-07-02", errors: 0 },
    ]);
  });

  it("state texts in both languages, with the errors flag only when there are errors", () => {
    const row = (state: SubmissionRow["state"], errors: number, date?: string): SubmissionRow => ({ unit: "X", inRegistry: true, state, errors, date });
    expect([stateText(row("sent", 0), "vi"), stateText(row("sent", 1), "en"), stateText(row("not-sent", 0), "en"), stateText(row("resent", 0, "2021-07-02"), "vi")]).toEqual([
      "Đã gửi",
      "Sent, has errors",
      "Not sent",
      "Gửi lại ngày 02/07/2021",
    ]);
    expect(stateText(row("resent", 3), "en")).toBe("Sent again on , has errors");
  });

  it("the table: numbered rows, the registry mark, dates as dd/mm/yyyy, no error count for a unit that sent nothing", () => {
    const rows: SubmissionRow[] = [
      { unit: "Xã A", inRegistry: true, state: "sent", fileName: "a.xlsx", date: "2021-06-28", errors: 0 },
      { unit: "Xã B", inRegistry: true, state: "not-sent", errors: 0 },
      { unit: "Xã C", inRegistry: false, state: "sent", fileName: "c.xlsx", errors: 2 },
    ];
    const en = submissionTable(rows, "en");
    expect(en.title).toBe("Submissions by unit");
    expect(en.header).toEqual([["No.", "Unit", "Status", "File", "Received", "Errors"]]);
    expect(en.rows).toEqual([
      [1, "Xã A", "Sent", "a.xlsx", "28/06/2021", 0],
      [2, "Xã B", "Not sent", "", "", null],
      [3, "Xã C (not in the registry)", "Sent, has errors", "c.xlsx", "", 2],
    ]);
    expect(en.note).toBe("Errors: error-level issues the check found in the unit's file; details in the Check sheet.");
    expect(submissionTable(rows, "vi").rows[2][1]).toBe("Xã C (ngoài danh mục)");
  });

  it("the sheet is named in the report's language, titled in capitals", () => {
    const vi = submissionSheet([{ name: "Xã A" }], [], [], "vi");
    expect([vi.name, vi.title]).toEqual(["Đơn vị gửi", ["TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ"]]);
    expect(vi.tables[0].rows).toEqual([[1, "Xã A", "Chưa gửi", "", "", null]]);
    const en = submissionSheet([], [], [], "en");
    expect([en.name, en.title]).toEqual(["Submissions", ["SUBMISSIONS BY UNIT"]]);
  });
});
