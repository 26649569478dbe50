/**
 * The report's tables cell by cell (src/core/consolidate/sheets.ts), issue 16: group rows and their
 * sums, the total and the unsettled lines apart below it, the household columns only where some
 * unit has households, blanks for zeros, the notes of a unit that sent nothing or is not listed,
 * section and item numbering of table III, the notes of a figure summed from its sub-rows, the
 * issue list and counts, the row account and the import ledger, and the sheets in their order.
 */
import type { FileLedger, Issue } from "../../../src/core/model";
import type { AwardTotal } from "../../../src/core/report";
import { awardsByUnit, collectAwards, consolidateFigures } from "../../../src/core/consolidate";
import {
  awardsTable,
  buildSheets,
  byUnitTable,
  figureSourcesTable,
  figuresTable,
  fileNameOf,
  issuesTables,
  ledgerTable,
  rowAccountTable,
  sentencesTable,
} from "../../../src/core/consolidate/sheets";
import { awardRows, figureRows, lookup, parsedFile, sheet } from "./fixtures";

const GK = "Giấy khen của Chủ tịch UBND huyện";
const total = (award: string, occasion: AwardTotal["occasion"], counts: [number, number, number], extra: Partial<AwardTotal> = {}): AwardTotal => ({
  award,
  occasion,
  collectives: counts[0],
  individuals: counts[1],
  households: counts[2],
  sources: [],
  ...extra,
});

describe("fileNameOf", () => {
  it("the name without the folder, for / and \\ paths", () => {
    expect([fileNameOf("C:\\bao cao\\xa A.xlsx"), fileNameOf("/home/u/xa A.xlsx"), fileNameOf("xa.xlsx"), fileNameOf("")]).toEqual(["xa A.xlsx", "xa A.xlsx", "xa.xlsx", ""]);
  });
});

describe("awardsTable", () => {
  it("a group row per occasion present (numbered I, II …) with its sums, the lines, the total of known awards, then the unsettled apart", () => {
    const t = awardsTable(
      [
        total(GK, "thematic", [1, 2, 0], { issuer: "Chủ tịch UBND huyện", campaign: "Bầu cử" }),
        total("Chưa xác định: Bằng khen", "regular", [0, 5, 0], { unresolved: true, writtenAs: "Bằng khen" }),
        total("Lao động tiên tiến", "regular", [3, 4, 1]),
        total(GK, "adhoc", [0, 1, 0]),
      ],
      "vi",
    );
    expect(t.rows).toEqual([
      ["I", "Khen thưởng thường xuyên", null, null, null, 3, 4, 1],
      [1, "Lao động tiên tiến", null, "Thường xuyên", null, 3, 4, 1],
      ["II", "Khen thưởng chuyên đề", null, null, null, 1, 2, 0],
      [1, GK, "Chủ tịch UBND huyện", "Chuyên đề", "Bầu cử", 1, 2, 0],
      ["III", "Khen thưởng đột xuất", null, null, null, 0, 1, 0],
      [1, GK, null, "Đột xuất", null, 0, 1, 0],
      [null, "Tổng cộng", null, null, null, 4, 7, 1],
      [null, 'Chưa xác định (không cộng vào tổng; chọn danh hiệu trong danh mục hoặc "không tính")', null, null, null, 0, 5, 0],
      [1, "Chưa xác định: Bằng khen", null, "Thường xuyên", null, 0, 5, 0],
    ]);
    expect(t.boldRows).toEqual([0, 2, 4, 6, 7]);
    expect([t.id, t.title, t.header]).toEqual(["awards", "I. Kết quả khen thưởng", [["STT", "Hình thức khen thưởng", "Cấp khen/Người ký", "Phương thức", "Đợt/Nội dung", "Tập thể", "Cá nhân", "Hộ gia đình"]]]);
    expect(t.formats).toEqual(["text", "text", "text", "text", "text", "#,##0", "#,##0", "#,##0"]);
    expect(t.widths).toHaveLength(8);
  });

  it("no award: only the total, at zero; in English", () => {
    const t = awardsTable([], "en");
    expect(t.rows).toEqual([[null, "Total", null, null, null, 0, 0, 0]]);
    expect(t.boldRows).toEqual([0]);
    expect(t.title).toBe("I. Awards");
  });
});

describe("byUnitTable", () => {
  const a = parsedFile("a.xlsx", "Xã A", [sheet("a.xlsx", "DS", { awards: [...awardRows(2, { awardId: "gk-huyen", kind: "collective" }, "a.xlsx"), ...awardRows(1, { awardId: "ldtt", kind: "individual" }, "a.xlsx")] })]);
  const d = parsedFile("d.xlsx", "Xã D", [sheet("d.xlsx", "DS", { awards: awardRows(1, { awardId: "gk-huyen", kind: "household" }, "d.xlsx") })]);

  it("two header rows, household columns only for awards some unit gave to households, blanks for zeros, notes, the total", () => {
    const files = [a, d];
    const t = byUnitTable(awardsByUnit(collectAwards(files, lookup), files, [{ name: "Xã A" }, { name: "Xã B" }]), "vi");
    expect(t.header).toEqual([
      ["STT", "Đơn vị", "Lao động tiên tiến", null, GK, null, null, "Ghi chú"],
      ["", "", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân", "Hộ gia đình", ""],
    ]);
    expect(t.rows).toEqual([
      [1, "Xã A", null, 1, 2, null, null, null],
      [2, "Xã B", null, null, null, null, null, "Chưa gửi"],
      [3, "Xã D", null, null, null, null, 1, "Ngoài danh mục"],
      [null, "Tổng cộng", 0, 1, 2, 0, 1, null],
    ]);
    expect(t.boldRows).toEqual([3]);
    expect(t.formats).toEqual(["text", "text", "#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "text"]);
    expect(t.widths).toEqual([5, 30, 8, 8, 8, 8, 8, 14]);
    expect([t.id, t.title]).toEqual(["by-unit", "II. Khen thưởng theo đơn vị"]);
  });

  it("no award and no unit: the unit columns, the note and a zero total", () => {
    const t = byUnitTable({ awards: [], units: [] }, "en");
    expect(t.header).toEqual([
      ["No.", "Unit", "Note"],
      ["", "", ""],
    ]);
    expect(t.rows).toEqual([[null, "Total", null]]);
  });
});

describe("figuresTable and figureSourcesTable", () => {
  const file = "C:\\bao cao\\a.xlsx";
  const a = parsedFile(file, "Xã A", [
    sheet(file, "Chỉ tiêu", {
      figures: figureRows(file, "Chỉ tiêu", "Xã A", [
        ["I. KINH TẾ", "1", "Diện tích cây lâu năm", "ha", 7, null],
        ["I. KINH TẾ", "-", "Cà phê", "ha", 2, 3, 0],
        ["I. KINH TẾ", "-", "Chè", "", 4, null, 0],
        ["II. XÃ HỘI", "1", "Nuôi trồng thủy sản", "", null, null],
        ["II. XÃ HỘI", "-", "Diện tích ao", "ha", 1, 1, 3],
        ["II. XÃ HỘI", "2", "Trường đạt chuẩn", "", 2, 1],
      ]),
    }),
  ]);

  it("sections numbered I, II; items numbered within the report, sub-rows as \"-\"; a heading row with no numbers", () => {
    const t = figuresTable(consolidateFigures([a]), "vi");
    expect(t.rows).toEqual([
      ["I", "I. KINH TẾ", null, null, null, null, null],
      ["1", "Diện tích cây lâu năm", "ha", 6, 3, 50, 1],
      ["-", "- Cà phê", "ha", 2, 3, 150, 1],
      ["-", "- Chè", null, 4, null, null, 1],
      ["II", "II. XÃ HỘI", null, null, null, null, null],
      ["2", "Nuôi trồng thủy sản", null, null, null, null, 1],
      ["-", "- Diện tích ao", "ha", 1, 1, 100, 1],
      ["3", "Trường đạt chuẩn", null, 2, 1, 50, 1],
    ]);
    expect(t.boldRows).toEqual([0, 4]);
    expect([t.id, t.title, t.header]).toEqual(["figures", "III. Số liệu các lĩnh vực", [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "% KH", "Số đơn vị báo cáo"]]]);
    expect(t.formats).toEqual(["text", "text", "text", "#,##0.###", "#,##0.###", "#,##0.0", "#,##0"]);
  });

  it("past the tenth section, sections are numbered 11, 12 …", () => {
    const specs = Array.from({ length: 11 }, (_, i) => [`Phần ${i + 1}`, "1", `Chỉ tiêu số ${i + 1}`, "ha", 1, 1] as [string, string, string, string, number, number]);
    const many = parsedFile("m.xlsx", "Xã M", [sheet("m.xlsx", "CT", { figures: figureRows("m.xlsx", "CT", "Xã M", specs) })]);
    const t = figuresTable(consolidateFigures([many]), "vi");
    expect(t.rows.filter((_, i) => t.boldRows!.includes(i)).map((r) => r[0])).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "11"]);
  });

  it("every contribution with its unit, file name, sheet and cell; a parent's note says what its cell held", () => {
    const t = figureSourcesTable(consolidateFigures([a]), "vi");
    expect(t.rows.slice(0, 3)).toEqual([
      ["Diện tích cây lâu năm", "Kế hoạch", "Xã A", "a.xlsx", "Chỉ tiêu", "D10", 6, "Tổng các dòng con (ô ghi 7)"],
      ["Diện tích cây lâu năm", "Thực hiện", "Xã A", "a.xlsx", "Chỉ tiêu", "E10", 3, "Tổng các dòng con (ô không có số)"],
      ["Cà phê", "Kế hoạch", "Xã A", "a.xlsx", "Chỉ tiêu", "D11", 2, null],
    ]);
    const en = figureSourcesTable(consolidateFigures([a]), "en");
    expect(en.rows[0][7]).toBe("Sum of the sub-rows (the cell says 7)");
    expect(en.rows[1].slice(1, 2)).toEqual(["Actual"]);
    expect([t.id, t.title]).toEqual(["figure-sources", "V. Chi tiết nguồn số liệu"]);
  });

  it("a stated value with decimals is written the language's way in the note", () => {
    const b = parsedFile("b.xlsx", "Xã B", [
      sheet("b.xlsx", "CT", {
        figures: figureRows("b.xlsx", "CT", "Xã B", [
          ["I. KINH TẾ", "1", "Sản lượng", "tấn", 1234.5, null],
          ["I. KINH TẾ", "-", "Lúa", "tấn", 1, null, 0],
        ]),
      }),
    ]);
    expect(figureSourcesTable(consolidateFigures([b]), "vi").rows[0][7]).toBe("Tổng các dòng con (ô ghi 1.234,5)");
  });
});

describe("sentencesTable", () => {
  it("a paragraph begins with \"- \", an item with \"+ \"", () => {
    const t = sentencesTable([{ text: "Khen thưởng thường xuyên:", level: 0 }, { text: "Danh hiệu Lao động tiên tiến: 09 cá nhân.", level: 1 }], "vi");
    expect(t.rows).toEqual([["- Khen thưởng thường xuyên:"], ["+ Danh hiệu Lao động tiên tiến: 09 cá nhân."]]);
    expect([t.id, t.title, t.header]).toEqual(["sentences", "IV. Câu báo cáo", [["Nội dung"]]]);
  });
});

describe("issuesTables", () => {
  const issue = (rule: string, severity: Issue["severity"], extra: Partial<Issue> = {}): Issue => ({ rule, severity, file: "D:\\x\\a.xlsx", message: { vi: `vi ${rule}`, en: `en ${rule}` }, ...extra });

  it("every issue numbered with its rule's title (the code when unknown), file name, sheet, cell and related rows; counts per rule", () => {
    const [list, counts] = issuesTables(
      [issue("date-out-of-period", "error", { sheet: "DS", cell: "F10", related: ["DS!F11", "DS!F12"] }), issue("x-unknown", "warning"), issue("date-out-of-period", "error", { sheet: "DS", cell: "F13" })],
      "vi",
    );
    expect(list.rows).toEqual([
      [1, "Lỗi", "Quyết định ngoài kỳ báo cáo", "a.xlsx", "DS", "F10", "vi date-out-of-period (DS!F11; DS!F12)"],
      [2, "Cảnh báo", "x-unknown", "a.xlsx", null, null, "vi x-unknown"],
      [3, "Lỗi", "Quyết định ngoài kỳ báo cáo", "a.xlsx", "DS", "F13", "vi date-out-of-period"],
    ]);
    expect("note" in list).toBe(false);
    expect(counts.rows).toEqual([
      ["Quyết định ngoài kỳ báo cáo", "Lỗi", 2],
      ["x-unknown", "Cảnh báo", 1],
      ["Tổng cộng", null, 3],
    ]);
    expect(counts.boldRows).toEqual([2]);
    expect([list.id, counts.id]).toEqual(["issues", "issue-counts"]);
    expect(issuesTables([issue("date-out-of-period", "error", { related: [] })], "en")[0].rows[0]).toEqual([1, "Error", "Decision outside the reporting period", "a.xlsx", null, null, "en date-out-of-period"]);
  });

  it("no issue: a note says so, and the counts hold only the zero total", () => {
    const [list, counts] = issuesTables([], "vi");
    expect(list.rows).toEqual([]);
    expect(list.note).toBe("Không phát hiện lỗi.");
    expect(counts.rows).toEqual([["Tổng cộng", null, 0]]);
    expect(counts.boldRows).toEqual([0]);
  });
});

describe("rowAccountTable and ledgerTable", () => {
  const ledger: FileLedger[] = [
    {
      file: "/tmp/a.xlsx",
      sender: "Xã A",
      legacyEncoding: "tcvn3",
      sheets: [
        { sheet: "DS", kind: "awards", header: "A8:G8", columns: {}, rowsRead: 10, rowsSkipped: 3, skipped: [{ row: 9, reason: { vi: "Dòng mục", en: "Section row" } }, { row: 20, reason: { vi: "Dòng mục", en: "Section row" } }, { row: 45, reason: { vi: "Dòng cộng", en: "Total row" } }] } as FileLedger["sheets"][number],
        { sheet: "CT", kind: "figures", columns: {}, rowsRead: 4, rowsSkipped: 0, skipped: [], legacy: { encoding: "vni", columns: ["B", "C"] } },
        { sheet: "Khác", kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [], legacy: { encoding: "tcvn3" } },
      ],
      rowAccounts: [
        { sheet: "DS", rowsWithData: 14, records: 10, structural: { "x-section": 2, "x-total": 1 }, notRead: { "x-blank-name": [30, 31, 32, 40] }, unreadColumns: [{ column: "H", header: "Ghi chú 2" }] },
        { sheet: "CT", rowsWithData: 4, records: 4, structural: {}, notRead: {} },
        { sheet: "Khác", rowsWithData: 0, records: 0, structural: {}, notRead: {} },
      ],
    },
    { file: "b.xls", error: { kind: "tdkt-error" as const, code: "file-unreadable", id: "read.damaged", params: {}, location: {}, message: { vi: "tệp hỏng", en: "broken file" } }, sheets: [] },
    { file: "c.xlsx", sheets: [] },
  ];

  it("the row account: one row per sheet with data, structural and unread rows counted and named", () => {
    const t = rowAccountTable(ledger, "vi");
    expect(t.rows).toEqual([
      ["a.xlsx", "DS", 14, 10, 3, 4, "x-section: 2; x-total: 1; x-blank-name: 4 (dòng 30–32, 40); Cột không dùng: H \"Ghi chú 2\""],
      ["a.xlsx", "CT", 4, 4, 0, 0, null],
    ]);
    expect(t.id).toBe("row-account");
  });

  it("the ledger: one row per sheet, skip reasons with their rows, legacy conversions; a file with no sheet or an error on a row of its own", () => {
    const t = ledgerTable(ledger, "vi");
    expect(t.rows).toEqual([
      ["a.xlsx", "Xã A", "DS", "Danh sách khen thưởng", "A8:G8", 10, 3, "Đã chuyển mã TCVN3 sang Unicode; Dòng mục (dòng 9, 20); Dòng cộng (dòng 45)"],
      ["a.xlsx", "Xã A", "CT", "Chỉ tiêu", null, 4, 0, "Đã chuyển mã TCVN3 sang Unicode; Đã chuyển mã VNI sang Unicode (B, C)"],
      ["a.xlsx", "Xã A", "Khác", "Khác", null, 0, 0, "Đã chuyển mã TCVN3 sang Unicode; Đã chuyển mã TCVN3 sang Unicode"],
      ["b.xls", null, null, null, null, null, null, "Không đọc được tệp: tệp hỏng"],
      ["c.xlsx", null, null, null, null, null, null, null],
    ]);
    expect(ledgerTable([ledger[1]], "en").rows).toEqual([["b.xls", null, null, null, null, null, null, "File could not be read: broken file"]]);
    expect(ledgerTable([{ file: "d.xlsx", sheets: [{ sheet: "DS", kind: "awards", columns: {}, rowsRead: 1, rowsSkipped: 0, skipped: [] }] }], "en").rows).toEqual([["d.xlsx", null, "DS", "Award list", null, 1, 0, null]]);
    expect(t.id).toBe("ledger");
  });
});

describe("buildSheets", () => {
  it("nine sheets in order; the checks and sources sheets keep the period line under their own title", () => {
    const sheets = buildSheets({
      lang: "vi",
      titleLines: ["TỔNG HỢP", "Từ 01/01/2021 đến 30/06/2021"],
      awards: [],
      byUnit: { awards: [], units: [] },
      figures: { totals: [], groups: [], details: [] },
      sentences: [],
      issues: [],
      ledger: [],
    });
    expect(sheets.map((s) => [s.name, s.title, s.tables.map((t) => t.id)])).toEqual([
      ["Tổng hợp", ["TỔNG HỢP", "Từ 01/01/2021 đến 30/06/2021"], ["awards"]],
      ["Theo đơn vị", ["TỔNG HỢP", "Từ 01/01/2021 đến 30/06/2021"], ["by-unit"]],
      ["Số liệu", ["TỔNG HỢP", "Từ 01/01/2021 đến 30/06/2021"], ["figures"]],
      ["Câu báo cáo", ["TỔNG HỢP", "Từ 01/01/2021 đến 30/06/2021"], ["sentences"]],
      ["Kiểm tra", ["KẾT QUẢ KIỂM TRA CÁC TỆP", "Từ 01/01/2021 đến 30/06/2021"], ["issues"]],
      ["Số lỗi theo loại", ["KẾT QUẢ KIỂM TRA CÁC TỆP", "Từ 01/01/2021 đến 30/06/2021"], ["issue-counts"]],
      ["Sổ dòng", ["KẾT QUẢ KIỂM TRA CÁC TỆP", "Từ 01/01/2021 đến 30/06/2021"], ["row-account"]],
      ["Nguồn", ["NGUỒN SỐ LIỆU ĐÃ ĐỌC", "Từ 01/01/2021 đến 30/06/2021"], ["ledger"]],
      ["Nguồn số liệu", ["NGUỒN SỐ LIỆU ĐÃ ĐỌC", "Từ 01/01/2021 đến 30/06/2021"], ["figure-sources"]],
    ]);
  });
});
