/** Pure parts of resubmission: contribution replacement, the diff by row identity, the ledger, the data sheet. */
import ExcelJS from "exceljs";
import type { AwardRecord, FigureRow, Issue, RecipientKind } from "../../../src/core/model";
import type { ParsedFile } from "../../../src/core/rules/rule";
import { contributionKey, replaceContributions, type ReportData, type UnitContribution } from "../../../src/core/submissions/contributions";
import { diffContribution, fieldText } from "../../../src/core/submissions/diff";
import { formatUnitDiff } from "../../../src/core/submissions/format";
import { stateText, submissionRows, submissionTable } from "../../../src/core/submissions/status";
import { chunkText, DATA_SHEET, embedReportData, readReportData } from "../../../src/files/reportData";

const GK = "Giấy khen của Chủ tịch UBND huyện";

function award(row: number, name: string, awardText: string, kind: RecipientKind = "individual", extra: Partial<AwardRecord> = {}): AwardRecord {
  return {
    ref: { file: "xa.xlsx", sheet: "Danh sách", cell: `B${row}`, row },
    name,
    kind,
    kindSource: "section",
    awardText,
    cells: { name: `B${row}`, award: `D${row}` },
    ...extra,
  };
}

function figure(row: number, indicator: string, actual: number): FigureRow {
  return {
    ref: { file: "xa.xlsx", sheet: "Chỉ tiêu", cell: `B${row}`, row },
    section: "I. KINH TẾ",
    stt: "1",
    indicator,
    measure: "ha",
    plan: null,
    actual,
    percent: null,
    cells: { indicator: `B${row}`, actual: `E${row}` },
  };
}

function parsed(file: string, sender: string | undefined, awards: AwardRecord[], figures: FigureRow[] = []): ParsedFile {
  return {
    file,
    ledger: { file, sender, sheets: [] },
    sheets: [
      { file, sheet: "Danh sách", kind: "awards", awards, figures: [], summaries: [], findings: [] },
      { file, sheet: "Chỉ tiêu", kind: "figures", awards: [], figures, summaries: [], findings: [] },
    ],
    findings: [],
  };
}

function contribution(p: ParsedFile, receivedOn = "2021-06-28"): UnitContribution {
  return { sender: p.ledger.sender, fileName: p.file, hash: p.file, receivedOn, parsed: p };
}

describe("diffContribution", () => {
  const old = parsed("xa.xlsx", "Xã Quài Cang", [
    award(10, "Lò Văn Thủy", GK),
    award(11, "Lò Văn Thủy", GK), // the same row twice: told apart by occurrence
    award(12, "Quàng Thị Hoa", GK),
    award(13, "Cà Văn Xiêng", GK),
  ], [figure(20, "Trồng rừng phòng hộ", 8)]);

  it("an unchanged list whose rows moved (old tone placement, other case) is no change", () => {
    const moved = parsed("xa2.xlsx", "Xã Quài Cang", [
      award(20, "Quàng Thị Hoa", GK),
      award(21, "LÒ VĂN THUỶ", GK),
      award(22, "Lò Văn Thủy", GK),
      award(23, "Cà Văn Xiêng", GK),
    ], [figure(30, "Trồng rừng phòng hộ", 8)]);
    const d = diffContribution([old], [moved]);
    expect(d).toMatchObject({ added: [], removed: [], changed: [] });
    expect(d.totals).toEqual([{ award: GK, kind: "individual", before: 4, after: 4 }]);
  });

  it("one duplicate row deleted, an award changed, a figure corrected", () => {
    const next = parsed("xa.xlsx", "Xã Quài Cang", [
      award(10, "Lò Văn Thủy", GK),
      award(11, "Quàng Thị Hoa", "Bằng khen của Chủ tịch UBND tỉnh"),
      award(12, "Cà Văn Xiêng", GK, "individual", { decisionNumber: "463/QĐ-UBND" }),
      award(13, "Tổ bầu cử số 3", GK, "collective"),
    ], [figure(20, "Trồng rừng phòng hộ", 0)]);
    const d = diffContribution([old], [next]);
    expect(d.removed.map((r) => [r.label, r.row])).toEqual([["Lò Văn Thủy", 11]]);
    expect(d.added.map((r) => [r.label, r.detail])).toEqual([["Tổ bầu cử số 3", GK]]);
    const changes = d.changed.map((c) => [c.after.label, ...c.fields.map((f) => `${f.field}:${fieldText(f.before, "vi")}→${fieldText(f.after, "vi")}@${f.cell ?? ""}`)]);
    expect(changes).toEqual([
      ["Quàng Thị Hoa", `award:${GK}→Bằng khen của Chủ tịch UBND tỉnh@D11`],
      ["Cà Văn Xiêng", "decisionNumber:→463/QĐ-UBND@"],
      ["Trồng rừng phòng hộ", "actual:8→0@E20"],
    ]);
    expect(d.totals.filter((t) => t.before !== t.after)).toEqual([
      { award: "Bằng khen của Chủ tịch UBND tỉnh", kind: "individual", before: 0, after: 1 },
      { award: GK, kind: "collective", before: 0, after: 1 },
      { award: GK, kind: "individual", before: 4, after: 2 },
    ]);
    const text = formatUnitDiff("Xã Quài Cang", "xa.xlsx", d, "vi");
    expect(text).toContain("Bớt 1 dòng:");
    expect(text).toContain("- Lò Văn Thủy");
    expect(text).toContain(`${GK}, cá nhân: 4 → 2 (-2)`);
    expect(formatUnitDiff("Xã Quài Cang", "xa.xlsx", d, "en")).toContain("1 row removed:");
  });

  it("an occasion that changed is written in the reader's language", () => {
    const before = parsed("xa.xlsx", "Xã Quài Cang", [award(10, "Lò Văn Thủy", GK)]);
    const after = parsed("xa.xlsx", "Xã Quài Cang", [award(10, "Lò Văn Thủy", GK, "individual", { occasion: "adhoc" })]);
    const d = diffContribution([before], [after]);
    expect(d.changed.flatMap((c) => c.fields.map((f) => f.field))).toEqual(["occasion"]);
    expect(formatUnitDiff("Xã Quài Cang", "xa.xlsx", d, "vi")).toContain('Loại khen thưởng: "thường xuyên" → "đột xuất"');
    expect(formatUnitDiff("Xã Quài Cang", "xa.xlsx", d, "en")).toContain('Occasion: "regular" → "ad hoc"');
  });
});

describe("replaceContributions", () => {
  const a = contribution(parsed("a.xlsx", "Xã Quài Cang", [award(10, "Lò Văn Thủy", GK)]));
  const b = contribution(parsed("b.xlsx", "Xã Ta Ma", [award(10, "Cà Văn Xiêng", GK)]));
  it("replaces the unit matched by sender (UBND prefix ignored), keeps the others as they were, appends a new unit", () => {
    const again = contribution(parsed("a (sửa).xlsx", "UBND xã Quài Cang", []), "2021-07-02");
    const fresh = contribution(parsed("c.xlsx", "Xã Pú Xi", []), "2021-07-02");
    const r = replaceContributions([a, b], [again, fresh], "2021-07-02");
    expect(r.contributions.map((c) => c.fileName)).toEqual(["a (sửa).xlsx", "b.xlsx", "c.xlsx"]);
    expect(r.contributions[1]).toBe(b);
    expect(r.contributions[0]).toMatchObject({ receivedOn: "2021-06-28", resubmittedOn: "2021-07-02", history: [{ fileName: "a.xlsx", receivedOn: "2021-06-28" }] });
    expect(r.replaced.map((x) => [x.before?.fileName, x.after.fileName])).toEqual([["a.xlsx", "a (sửa).xlsx"], [undefined, "c.xlsx"]]);
    expect(contributionKey({ fileName: "Danh-Muc.xlsx" })).toBe("file:danh-muc.xlsx");
  });
});

describe("submission ledger", () => {
  const registry = [{ name: "Xã Quài Cang" }, { name: "Xã Ta Ma" }, { name: "Phòng Nội vụ" }];
  const sent = contribution(parsed("a.xlsx", "UBND xã Quài Cang", []));
  const resent = { ...contribution(parsed("b.xlsx", "Xã Ta Ma", [])), resubmittedOn: "2021-07-02" };
  const outsider = contribution(parsed("c.xlsx", "Xã Si Pa Phìn", []));
  const issues: Issue[] = [
    { rule: "summary-mismatch", severity: "error", file: "b.xlsx", message: { vi: "", en: "" } },
    { rule: "number-as-text", severity: "info", file: "a.xlsx", message: { vi: "", en: "" } },
  ];
  it("lists registry units in order with their state, then units outside the registry", () => {
    const rows = submissionRows(registry, [sent, resent, outsider], issues);
    expect(rows.map((r) => [r.unit, stateText(r, "vi"), r.fileName ?? "", r.errors])).toEqual([
      ["Xã Quài Cang", "Đã gửi", "a.xlsx", 0],
      ["Xã Ta Ma", "Gửi lại ngày 02/07/2021, có lỗi", "b.xlsx", 1],
      ["Phòng Nội vụ", "Chưa gửi", "", 0],
      ["Xã Si Pa Phìn", "Đã gửi", "c.xlsx", 0],
    ]);
    const table = submissionTable(rows, "vi");
    expect(table.header).toEqual([["STT", "Đơn vị", "Tình trạng", "Tệp", "Ngày gửi", "Số lỗi"]]);
    expect(table.rows[1]).toEqual([2, "Xã Ta Ma", "Gửi lại ngày 02/07/2021, có lỗi", "b.xlsx", "02/07/2021", 1]);
    expect(table.rows[3][1]).toBe("Xã Si Pa Phìn (ngoài danh mục)");
    expect(stateText(rows[1], "en")).toBe("Sent again on 02/07/2021, has errors");
  });
});

describe("report data sheet", () => {
  it("never cuts a surrogate pair and joins back to the same text", () => {
    const text = "a".repeat(9) + "😀" + "b".repeat(20);
    const chunks = chunkText(text, 10);
    expect(chunks.join("")).toBe(text);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(10);
    expect(chunks[0]).toBe("a".repeat(9));
  });

  it("embeds data longer than a cell holds in a very hidden sheet and reads it back", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tổng hợp").getCell("A1").value = "BÁO CÁO";
    const report = new Uint8Array((await wb.xlsx.writeBuffer()));
    const names = Array.from({ length: 3000 }, (_, i) => award(10 + i, `Nguyễn Thị Thủy ${i} "=SUM(A1)"`, GK));
    const data: ReportData = { version: 1, period: { from: "2021-01-01", to: "2021-06-30" }, registry: [{ name: "Xã Quài Cang" }], contributions: [contribution(parsed("a.xlsx", "Xã Quài Cang", names))] };
    expect(JSON.stringify(data).length).toBeGreaterThan(3 * 32_767);
    const once = await embedReportData(report, data);
    const twice = await embedReportData(once, { ...data, registry: [] }); // replaces, never stacks
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(twice.slice().buffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", DATA_SHEET]);
    expect(back.getWorksheet(DATA_SHEET)!.state).toBe("veryHidden");
    expect(await readReportData(twice)).toEqual({ ...data, registry: [] });
    expect(await readReportData(report)).toBeNull();
  });
});
