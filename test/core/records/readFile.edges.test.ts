/**
 * One workbook -> parsed sheets and ledger (records/readFile.ts): each branch a file can take
 * (unreadable, our own report, legacy text, sheets that are not data, sheets without a table,
 * each table kind) and the findings each gives, at their cells. The texts of the findings are
 * checked where this file computes them (the header range, the cells); the words themselves are
 * the catalogue's.
 */
import { type Cell, gridFromRows, type Grid } from "../../../src/core/grid";
import { readFile, REPORT_DATA_SHEET } from "../../../src/core/records/readFile";
import { nameKey } from "../../../src/core/text/normalize";

type Row = (string | number | null | Cell)[];
const grid = (sheet: string, rows: Row[]): Grid => gridFromRows(rows, { sheet });
const read = (grids: Grid[], registry: { name: string }[] = [], file = "in/don-vi.xlsx") => readFile({ file, grids }, registry);
const AWARDS: Row[] = [["UBND HUYỆN MẪU SƠN"], ["UBND XÃ TÂN LẬP"], ["DANH SÁCH KHEN THƯỞNG NĂM 2025"], ["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"], [1, "Nguyễn Văn An", "Lao động tiên tiến", "1/QĐ-UBND"]];

describe("files that are not read", () => {
  test("an unreadable file: its error, one finding, no sheets", () => {
    const error = { kind: "tdkt-error" as const, code: "file-unreadable", id: "read.damaged", params: {}, location: {}, message: { vi: "tệp hỏng", en: "broken file" } };
    const { parsed, ledger } = readFile({ file: "a.xlsx", grids: [], error }, []);
    expect(ledger).toEqual({ file: "a.xlsx", sheets: [], error });
    expect(parsed.findings).toEqual([{ rule: "file-unreadable", data: { vi: "tệp hỏng", en: "broken file" } }]);
    expect(parsed.sheets).toEqual([]);
  });

  test("a report made by this tool: said once, every sheet listed and accounted as ours, nothing read", () => {
    const { parsed, ledger } = read([grid("Báo cáo", AWARDS), grid(REPORT_DATA_SHEET, [["x"]])]);
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0].rule).toBe("file-read-warning");
    expect(parsed.sheets).toEqual([]);
    expect(ledger.sheets.map((s) => [s.sheet, s.kind, s.rowsRead])).toEqual([
      ["Báo cáo", "other", 0],
      [REPORT_DATA_SHEET, "other", 0],
    ]);
    expect(ledger.rowAccounts?.map((a) => a.structural)).toEqual([{ "own-report": 5 }, { "own-report": 1 }]);
  });

  test("reader warnings become findings", () => {
    const { parsed } = readFile({ file: "a.csv", grids: [grid("a", AWARDS)], warnings: [{ vi: "dòng lạ", en: "odd line" }] }, []);
    expect(parsed.findings).toEqual([{ rule: "file-read-warning", data: { vi: "dòng lạ", en: "odd line" } }]);
  });
});

describe("legacy text", () => {
  test("a whole file typed in TCVN3 is named in the ledger; one sheet or one column is named on its sheet", () => {
    const whole = readFile({ file: "a.xlsx", grids: [grid("DS", AWARDS)] }, [], [{ encoding: "tcvn3", cells: 3, sample: "x" }]);
    expect(whole.ledger.legacyEncoding).toBe("tcvn3");
    expect(whole.parsed.findings).toEqual([{ rule: "text-legacy-encoding", data: { encoding: "tcvn3", cells: 3, sample: "x" } }]);
    expect(whole.ledger.sheets[0]).not.toHaveProperty("legacy");
    const parts = readFile({ file: "a.xlsx", grids: [grid("DS", AWARDS), grid("Khac", [["Ghi chú"]])] }, [], [
      { encoding: "vni", cells: 2, sample: "y", scope: "column", sheet: "DS", column: "B" },
      { encoding: "vni", cells: 1, sample: "z", scope: "column", sheet: "DS", column: "C" },
    ]);
    expect(parts.ledger).not.toHaveProperty("legacyEncoding");
    expect(parts.ledger.sheets.map((s) => s.legacy)).toEqual([{ encoding: "vni", columns: ["B", "C"] }, undefined]);
    const sheetOnly = readFile({ file: "a.xlsx", grids: [grid("DS", AWARDS)] }, [], [{ encoding: "vni", cells: 2, sample: "y", scope: "sheet", sheet: "DS" }]);
    expect(sheetOnly.ledger.sheets[0].legacy).toEqual({ encoding: "vni" });
  });
});

describe("the sender", () => {
  test("the title block's lowest line, and the title lines of every table", () => {
    const { ledger, titles } = read([grid("DS", AWARDS)]);
    expect(ledger).toMatchObject({ sender: "Xã Tân Lập", senderSource: "title", titleAreas: [nameKey("Mẫu Sơn")] });
    expect(titles).toEqual(["UBND HUYỆN MẪU SƠN", "UBND XÃ TÂN LẬP", "DANH SÁCH KHEN THƯỞNG NĂM 2025"]);
  });

  test("a labelled line naming a registry unit wins; else a title naming one; else the label's words, then the title's", () => {
    const registry = [{ name: "Xã Tân Lập" }, { name: "Xã Hồng Phong" }];
    const withLabel = (label: string) => read([grid("DS", [["UBND XÃ HỒNG PHONG"], [label], ...AWARDS.slice(3)])], registry).ledger;
    expect(withLabel("Đơn vị: UBND xã Tân Lập")).toMatchObject({ sender: "Xã Tân Lập", senderSource: "label" });
    expect(withLabel("Đơn vị: Trường Mầm non Hoa Ban")).toMatchObject({ sender: "Xã Hồng Phong", senderSource: "title" });
    const noneKnown = read([grid("DS", [["UBND XÃ BẢN LẦU"], ["Đơn vị: Trường Mầm non Hoa Ban"], ...AWARDS.slice(3)])], registry).ledger;
    expect(noneKnown).toMatchObject({ sender: "Trường Mầm non Hoa Ban", senderSource: "label" });
    const titleOnly = read([grid("DS", [["UBND XÃ BẢN LẦU"], ...AWARDS.slice(3)])], registry).ledger;
    expect(titleOnly).toMatchObject({ sender: "Xã Bản Lầu", senderSource: "title" });
  });

  test("no title: the file's name matched to the registry; nothing matched, no sender", () => {
    const bare = [grid("DS", AWARDS.slice(3))];
    expect(read(bare, [{ name: "Xã Tân Lập" }], "05-xa-tan-lap.xlsx").ledger).toMatchObject({ sender: "Xã Tân Lập", senderSource: "file-name" });
    const none = read(bare, [{ name: "Xã Tân Lập" }], "bao-cao.xlsx").ledger;
    expect(none.sender).toBeUndefined();
    expect(none).not.toHaveProperty("senderSource");
  });

  test("instruction sheets, example tables, registries and tables of unknown kind name no sender", () => {
    const registry = [{ name: "Xã Tân Lập" }];
    const notSenders = [
      grid("Hướng dẫn", [["UBND XÃ MẪU"], ...AWARDS.slice(3)]),
      grid("Mau", [["UBND XÃ VÍ DỤ"], ["HƯỚNG DẪN NHẬP"], ...AWARDS.slice(3)]),
      grid("Khac", [["UBND XÃ KHÁC"], ["STT", "Họ và tên", "Ghi chú"], [1, "A", "x"]]),
      grid("DM", [["UBND XÃ DANH MỤC"], ["STT", "Tên đơn vị", "Loại"], [1, "Xã Tân Lập", "Xã"]]),
    ];
    expect(read(notSenders, registry, "x.xlsx").ledger.sender).toBeUndefined();
    expect(read([...notSenders, grid("DS", AWARDS)], registry, "x.xlsx").ledger.sender).toBe("Xã Tân Lập");
  });
});

describe("sheets that are not data", () => {
  test("instructions and look-up lists by name are listed with their rows skipped and accounted", () => {
    const { ledger, parsed } = read([grid("Hướng dẫn", [["Cách nhập"], [], ["1. Nhập họ tên"]]), grid("DANHMUC", [["Mã", "Tên"], ["A", "Một"]]), grid("DS", AWARDS)]);
    expect(ledger.sheets.slice(0, 2)).toEqual([
      { sheet: "Hướng dẫn", kind: "other", sheetClass: "instructions", columns: {}, rowsRead: 0, rowsSkipped: 2, skipped: [expect.objectContaining({ row: 1, kind: "example" }), expect.objectContaining({ row: 3, kind: "example" })] },
      { sheet: "DANHMUC", kind: "other", sheetClass: "lookup", columns: {}, rowsRead: 0, rowsSkipped: 2, skipped: [expect.objectContaining({ row: 1, kind: "lookup" }), expect.objectContaining({ row: 2, kind: "lookup" })] },
    ]);
    expect(ledger.rowAccounts?.slice(0, 2).map((a) => a.structural)).toEqual([{ example: 2 }, { lookup: 2 }]);
    expect(parsed.sheets.map((s) => s.sheet)).toEqual(["DS"]);
  });

  test("a code list by its contents is a look-up only when its tables are all of unknown kind", () => {
    const { ledger } = read([grid("HTKT", [["tenhinhthuckt", "mahinhthuckt"], ["Lao động tiên tiến", "LD"], ["Chiến sĩ thi đua cơ sở", "CS"]]), grid("DS", AWARDS)]);
    expect(ledger.sheets[0]).toMatchObject({ sheet: "HTKT", sheetClass: "lookup" });
  });

  test("a registry table in a look-up sheet is read as the registry", () => {
    const { ledger } = read([grid("Danh mục", [["STT", "Tên đơn vị", "Loại"], [1, "Xã Tân Lập", "Xã"]])]);
    expect(ledger.sheets[0]).toMatchObject({ sheet: "Danh mục", kind: "registry", rowsRead: 1 });
    expect(ledger.sheets[0]).not.toHaveProperty("sheetClass");
  });
});

describe("sheets without a table", () => {
  test("with data: a warning with the count of rows; blank: nothing", () => {
    const { parsed, ledger } = read([grid("Ghi chép", [["Nội dung"], ["Họ và tên", "Ghi chú"]]), grid("Trống", [[]])]);
    expect(ledger.sheets).toEqual([
      { sheet: "Ghi chép", kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [] },
      { sheet: "Trống", kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [] },
    ]);
    expect(parsed.sheets).toHaveLength(1);
    expect(parsed.sheets[0]).toMatchObject({ sheet: "Ghi chép", kind: "other", awards: [], figures: [], summaries: [] });
    expect(parsed.sheets[0].findings).toEqual([{ rule: "sheet-no-table", data: expect.objectContaining({ sheet: "Ghi chép", rows: 2, whyEn: "no column recognised as the award" }) }]);
  });
});

describe("tables", () => {
  test("an award list: records, its ledger line with the header range and the columns by letter", () => {
    const { parsed, ledger } = read([grid("DS", AWARDS)]);
    expect(parsed.sheets[0].awards.map((r) => r.name)).toEqual(["Nguyễn Văn An"]);
    expect(ledger.sheets[0]).toEqual({ sheet: "DS", kind: "awards", header: "A4:D4", columns: { stt: "A", name: "B", award: "C", decisionNumber: "D" }, rowsRead: 1, rowsSkipped: 0, skipped: [] });
    expect(parsed.sheets[0].findings).toEqual([]);
  });

  test("an award list without an award column: the header is missing it, with the title's award when there is one; not a decision's annex", () => {
    const missing = (title: string) => read([grid("DS", [[title], ["STT", "Họ và tên", "Chức vụ", "Số QĐ"], [1, "Nguyễn Văn An", "Chuyên viên", "1/QĐ"]])]).parsed.sheets[0].findings.filter((f) => f.rule === "header-missing");
    expect(missing("DANH SÁCH KHEN THƯỞNG")).toEqual([{ rule: "header-missing", cell: "A2", data: expect.objectContaining({ header: "A2:D2" }) }]);
    expect(missing("DANH SÁCH KHEN THƯỞNG")[0].data).not.toHaveProperty("titleAward");
    expect(missing("DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN")[0].data).toMatchObject({ titleAward: "GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN" });
    const annex = read([grid("DS", [["DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN"], ["(Kèm theo Quyết định số 415/QĐ-UBND ngày 20/8/2025)"], ["STT", "Họ và tên", "Chức vụ"], [1, "Nguyễn Văn An", "Chuyên viên"]])]);
    expect(annex.parsed.sheets[0].findings.filter((f) => f.rule === "header-missing")).toEqual([]);
    expect(annex.parsed.sheets[0].awards[0]).toMatchObject({ awardText: "GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN", decisionNumber: "415/QĐ-UBND" });
  });

  test("a column read from its contents is said at its header cell", () => {
    const rows: Row[] = [["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "A Văn An", "Lao động tiên tiến", "10/QĐ-UBND"], [2, "B Văn An", "Lao động tiên tiến", "11/QĐ-UBND"]];
    const [finding] = read([grid("DS", rows)]).parsed.sheets[0].findings;
    expect(finding).toMatchObject({ rule: "header-missing", cell: "D1", data: { header: "A1:D1", column: "D", headerText: "" } });
  });

  test("a figures table without an actual column is missing it; one with units across is not", () => {
    const plan = read([grid("SL", [["STT", "Chỉ tiêu", "Kế hoạch"], [1, "Lúa", 5]])]).parsed.sheets[0];
    expect(plan.findings).toEqual([{ rule: "header-missing", cell: "A1", data: expect.objectContaining({ header: "A1:C1" }) }]);
    expect(plan.figures).toHaveLength(1);
    const units = read([grid("SL", [["STT", "Chỉ tiêu", "ĐVT", "Xã A", "Xã B"], [1, "Lúa", "ha", 5, 6]])]).parsed.sheets[0];
    expect(units.findings).toEqual([]);
    const transposed = read([grid("SL", [["Chỉ tiêu", "Lúa", "Ngô"], ["Kế hoạch", 1, 2]])]).parsed.sheets[0];
    expect(transposed.findings.map((f) => f.rule)).toEqual(["header-missing"]);
    const transposedActual = read([grid("SL", [["Chỉ tiêu", "Lúa", "Ngô"], ["Thực hiện", 1, 2]])]).parsed.sheets[0];
    expect(transposedActual.findings).toEqual([]);
  });

  test("a summary, a registry, a table of unknown kind; an empty table is said unless it is a registry or of unknown kind", () => {
    const { parsed, ledger } = read([
      grid("TH", [["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"], [1, "Lao động tiên tiến", 1, 2]]),
      grid("DV", [["STT", "Tên đơn vị", "Loại"], [1, "Xã A", "Xã"]]),
      grid("Khac", [["STT", "Họ và tên", "Ghi chú"], [1, "A", "x"], ["(1)", "(2)", "(3)"]]),
      grid("Rong", [["STT", "Họ và tên", "Hình thức khen thưởng"], ["Tổng cộng"]]),
      grid("DVRong", [["STT", "Tên đơn vị", "Loại"]]),
    ]);
    expect(parsed.sheets.map((s) => [s.sheet, s.kind, s.summaries.length, s.findings.map((f) => f.rule)])).toEqual([
      ["TH", "award-summary", 1, []],
      ["DV", "registry", 0, []],
      ["Khac", "other", 0, ["rows-not-read"]],
      ["Rong", "awards", 0, ["table-empty"]],
      ["DVRong", "registry", 0, []],
    ]);
    expect(parsed.sheets[3].findings[0]).toEqual({ rule: "table-empty", cell: "A1", data: { header: "A1:C1" } });
    expect(ledger.sheets[1]).toMatchObject({ kind: "registry", rowsRead: 1 });
    expect(ledger.sheets[2].skipped).toEqual([
      { row: 2, kind: "item", reason: { vi: "bảng không nhận ra loại", en: "table of unknown kind" } },
      expect.objectContaining({ row: 3, kind: "numbering" }),
    ]);
  });

  test("an instruction's example table is not empty by design", () => {
    const { parsed } = read([grid("DS", [["HƯỚNG DẪN NHẬP"], ["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Nguyễn Văn A", "Lao động tiên tiến"]])]);
    expect(parsed.sheets[0].findings).toEqual([]);
    expect(parsed.sheets[0].awards).toEqual([]);
  });

  test("rows not read are warned on the sheet's last table, in the first table's first column", () => {
    const { parsed } = read([
      grid("DS", [[null, "a", "b", "c"], [null, "STT", "Họ và tên", "Hình thức khen thưởng"], [null, 1, "A Văn An", "Lao động tiên tiến"], [], [null, "STT", "Chỉ tiêu", "ĐVT", "Thực hiện"], [null, 1, "Lúa", "ha", 5]]),
    ]);
    expect(parsed.sheets.map((s) => s.findings)).toEqual([[], [{ rule: "rows-not-read", cell: "B1", data: expect.objectContaining({ count: 1, rows: "1" }) }]]);
  });

  test("code columns are in the ledger when a list resolved them", () => {
    const { ledger, parsed } = read([
      grid("DS", [["STT", "Họ và tên", "Mã hình thức khen thưởng"], [1, "A Văn An", "LD"]]),
      grid("DM", [["Mã", "Hình thức khen thưởng"], ["LD", "Lao động tiên tiến"]]),
    ]);
    expect(parsed.sheets[0].awards[0].awardText).toBe("Lao động tiên tiến");
    expect(ledger.sheets[0].codes).toEqual([{ column: "C", role: "award", lookup: "DM", list: "Hình thức khen thưởng", resolved: 1, notFound: 0 }]);
    expect(read([grid("DS", AWARDS)]).ledger.sheets[0]).not.toHaveProperty("codes");
  });

  test("no district named in the titles: no areas", () => {
    expect(read([grid("DS", AWARDS.slice(3))]).ledger).not.toHaveProperty("titleAreas");
  });
});
