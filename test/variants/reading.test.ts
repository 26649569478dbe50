/**
 * The reading classes of issue 10 on generated variants (see reading.ts): each transformed
 * workbook must give the same records and totals as the clean one, plus the one issue that says
 * what was done (a legacy sheet decoded, a header read from its column's contents).
 */
import { analyze, type Analysis, type WorkbookInput } from "../../src/core/engine";
import { gridFromRows } from "../../src/core/grid";
import * as V from "./reading";

const PERIOD = { from: "2022-01-01", to: "2022-12-31" };
const run = (input: WorkbookInput): Analysis => analyze([input], { period: PERIOD });
const awardsOf = (a: Analysis) => a.files.flatMap((f) => f.sheets.flatMap((s) => s.awards));
const figuresOf = (a: Analysis) => a.files.flatMap((f) => f.sheets.flatMap((s) => s.figures));
const errorsOf = (a: Analysis) => a.issues.filter((i) => i.severity === "error").map((i) => `${i.rule}@${i.cell ?? ""}`);
const awardView = (a: Analysis) => awardsOf(a).map((r) => [r.name, r.awardId, r.kind, r.decisionNumber, r.decisionDate]);
const figureView = (a: Analysis) => figuresOf(a).map((r) => [r.indicator, r.measure, r.plan, r.actual, r.percent]);

const cleanAwards = () => run({ file: "na-hy.xlsx", grids: [gridFromRows(V.AWARD_ROWS, { file: "na-hy.xlsx", sheet: "Danh sách" })] });
const cleanFigures = () => run({ file: "na-hy.xlsx", grids: [gridFromRows(V.FIGURE_ROWS, { file: "na-hy.xlsx", sheet: "Chỉ tiêu" })] });

describe("legacy encodings per sheet and per column", () => {
  test("a TCVN3 sheet inside a Unicode workbook is decoded alone, and the issue names that sheet", () => {
    const a = run(V.legacySheetInUnicodeWorkbook());
    expect(figureView(a)).toEqual(figureView(cleanFigures()));
    expect(awardView(a)).toEqual(awardView(cleanAwards()));
    const legacy = a.issues.filter((i) => i.rule === "text-legacy-encoding");
    expect(legacy).toHaveLength(1);
    expect(legacy[0]).toMatchObject({ severity: "warning", sheet: "Chi tieu (VnTime)" });
    expect(legacy[0].message.vi).toContain('Sheet "Chi tieu (VnTime)"');
    // the file is not "legacy" as a whole; the sheet's ledger line says what was converted
    expect(a.ledger[0].legacyEncoding).toBeUndefined();
    expect(a.ledger[0].sheets.find((s) => s.sheet === "Chi tieu (VnTime)")?.legacy).toEqual({ encoding: "tcvn3" });
    expect(a.ledger[0].sheets.find((s) => s.sheet === "Danh sách")?.legacy).toBeUndefined();
    expect(errorsOf(a)).toEqual([]);
  });

  test("one TCVN3 column in a Unicode list is decoded there alone", () => {
    const a = run(V.legacyColumnInUnicodeSheet());
    expect(awardView(a)).toEqual(awardView(cleanAwards()));
    const legacy = a.issues.filter((i) => i.rule === "text-legacy-encoding");
    expect(legacy.map((i) => [i.sheet, i.message.en.startsWith("Column D")])).toEqual([["Danh sách", true]]);
    expect(a.ledger[0].sheets[0].legacy).toEqual({ encoding: "tcvn3", columns: ["D"] });
    expect(errorsOf(a)).toEqual([]);
  });

  test("a Unicode workbook is left alone", () => {
    const a = cleanAwards();
    expect(a.issues.filter((i) => i.rule === "text-legacy-encoding")).toEqual([]);
  });
});

describe("a column with a blank or unknown header is read from its contents, with a warning at the header cell", () => {
  test("award list, blank name header: every row read, kind and totals as in the clean list", () => {
    const a = run(V.awardsNameHeaderBlank());
    expect(a.ledger[0].sheets[0].kind).toBe("awards");
    expect(awardView(a)).toEqual(awardView(cleanAwards()));
    const h = a.issues.filter((i) => i.rule === "header-missing");
    expect(h.map((i) => [i.severity, i.cell])).toEqual([["warning", "B5"]]);
    expect(h[0].message.vi).toBe('Cột B không có tiêu đề; đọc là "Tên tập thể / cá nhân" theo nội dung của cột. Kiểm tra lại và ghi tiêu đề cho cột.');
    expect(h[0].message.en).toContain("Column B has no header");
    expect(errorsOf(a)).toEqual([]);
  });

  test("figures, blank 'Thực hiện' header: the actual figures are read and the percent still checked", () => {
    const a = run(V.figuresActualHeaderBlank());
    expect(figureView(a)).toEqual(figureView(cleanFigures()));
    expect(a.issues.filter((i) => i.rule === "header-missing").map((i) => [i.severity, i.cell])).toEqual([["warning", "E3"]]);
    expect(errorsOf(a)).toEqual([]);
  });

  test("an unknown header text over decision numbers: read as Số QĐ, the header quoted", () => {
    const a = run(V.awardsDecisionHeaderUnknown());
    expect(awardView(a)).toEqual(awardView(cleanAwards()));
    const h = a.issues.filter((i) => i.rule === "header-missing");
    expect(h.map((i) => [i.severity, i.cell])).toEqual([["warning", "E5"]]);
    expect(h[0].message.vi).toContain('Cột E có tiêu đề "Cột 5" không nhận ra; đọc là "Số QĐ"');
  });

  test("a blank header over a column that tells nothing (free notes) is not given a role", () => {
    const rows = V.blankHeader(V.AWARD_ROWS, 4, 2).map((r, i) => (i >= 5 ? r.map((v, c) => (c === 2 ? ["xem lại", "đã nộp", "?"][i % 3] : v)) : r));
    const a = run({ file: "x.xlsx", grids: [gridFromRows(rows, { file: "x.xlsx" })] });
    expect(a.issues.filter((i) => i.rule === "header-missing")).toEqual([]);
    expect(awardsOf(a)).toHaveLength(3);
  });
});

describe("percent of plan compared at the precision the unit wrote", () => {
  test("a fraction stored finer than shown, and a percent typed one decimal short: no error", () => {
    const a = run(V.percentStoredFinerThanShown());
    expect(figuresOf(a).map((f) => f.percent)).toEqual([98.95, 43.8, 90]);
    expect(a.issues.filter((i) => i.rule === "percent-mismatch")).toEqual([]);
  });
});

describe("split name columns (Họ đệm + Tên)", () => {
  test("both parts are required only on a person's row", () => {
    const a = run(V.splitNameWithCollectives());
    expect(awardsOf(a).map((r) => [r.name, r.kind])).toEqual([
      ["Trường Tiểu học Nà Hỳ", "collective"],
      ["Tổ Chuyên môn 1 - Trường Tiểu học Nà Hỳ", "collective"],
      ["Lò Thị Hoa", "individual"],
      ["Quàng Văn", "individual"],
    ]);
    const missing = a.issues.filter((i) => i.rule === "value-required");
    expect(missing.map((i) => i.cell)).toEqual(["C9"]);
    expect(missing[0].message.vi).toContain("tên (họ tên tách hai cột, dòng là một cá nhân)");
  });
});

describe("a blank award cell", () => {
  test("is counted under the one award its decision gave every other row, and stays an error that says so", () => {
    const a = run(V.blankAwardUnderDecision());
    expect(awardsOf(a).map((r) => [r.name, r.awardId ?? null, r.awardFromDecision ?? null])).toEqual([
      ["Lò Văn Thưởng", "ldtt", null],
      ["Quàng Thị Dung", "ldtt", null],
      ["Cà Văn Hưng", "ldtt", "95/QĐ-UBND"],
      ["Lò Thị Xuân", "ldtt", null],
      ["Lò Thị Xuân", "cstdcs", null],
      ["Điêu Văn Pấng", null, null], // decision 96 gave two awards: nothing assumed
    ]);
    const blank = a.issues.filter((i) => i.rule === "value-required");
    expect(blank.map((i) => [i.severity, i.cell])).toEqual([["error", "D6"], ["error", "D9"]]);
    expect(blank[0].message.vi).toContain('Đã tạm tính là "Lao động tiên tiến" vì mọi dòng khác của Quyết định 95/QĐ-UBND');
    expect(blank[1].message.vi).not.toContain("tạm tính");
  });
});

describe("award form and issuer in two columns", () => {
  test("'Giấy khen' + 'Chủ tịch UBND huyện' is the district chairman's Giấy khen; a title stays itself", () => {
    const a = run(V.formAndIssuerColumns());
    expect(a.ledger[0].sheets[0].columns).toMatchObject({ award: "D", issuer: "E" });
    expect(awardsOf(a).map((r) => [r.awardText, r.awardId, r.kind])).toEqual([
      ["Giấy khen của Chủ tịch UBND huyện", "gk-ct-ubnd-huyen", "collective"],
      ["Bằng khen của Chủ tịch UBND tỉnh", "bk-ct-ubnd-tinh", "collective"],
      ["Lao động tiên tiến", "ldtt", "individual"],
      ["Giấy khen của Chủ tịch UBND huyện", "gk-ct-ubnd-huyen", "individual"],
    ]);
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("who sent it", () => {
  const registry = [{ name: "Ban Chỉ huy Quân sự huyện" }, { name: "Xã Nà Hỳ" }, { name: "Xã Nà Khoa" }];

  test("a title-less CSV takes its unit from its file name and the registry, and is not 'chưa gửi'", () => {
    const a = analyze([V.titlelessCsv()], { period: PERIOD, registry });
    expect(a.ledger[0]).toMatchObject({ sender: "Ban Chỉ huy Quân sự huyện", senderSource: "file-name" });
    expect(awardsOf(a).every((r) => r.sender === "Ban Chỉ huy Quân sự huyện")).toBe(true);
    const notReported = a.issues.filter((i) => i.rule === "unit-not-reported").map((i) => i.message.vi);
    expect(notReported.some((m) => m.startsWith("Ban Chỉ huy Quân sự huyện"))).toBe(false);
    expect(notReported.some((m) => m.startsWith("Xã Nà Hỳ"))).toBe(true);
  });

  test("a file name that names no registry unit names no sender", () => {
    const input = V.titlelessCsv();
    input.file = input.grids[0].file = "danh-sach-khen-thuong.csv";
    expect(analyze([input], { period: PERIOD, registry }).ledger[0].sender).toBeUndefined();
  });

  test("'Đơn vị: ...' names the sender under a parent line; 'Đơn vị tính' never does", () => {
    const a = analyze([V.labelledSender()], { period: PERIOD, registry });
    expect(a.ledger[0]).toMatchObject({ sender: "Xã Nà Hỳ", senderSource: "label" });
    expect(figureView(a)).toEqual(figureView(cleanFigures()));
  });
});

describe("signature blocks by position and form, not by job title", () => {
  test("'Giám đốc' in a Chức vụ cell is an award row; the block after the last row is the signature", () => {
    const a = run(V.jobTitlesBeforeSignature());
    expect(awardsOf(a).map((r) => [r.name, r.position])).toEqual([
      ["Lò Văn Thưởng", "Giám đốc"],
      ["Quàng Thị Dung", "Phó Chủ tịch UBND xã"],
      ["Cà Văn Hưng", "Trưởng phòng"],
    ]);
    expect(a.ledger[0].sheets[0].skipped.map((s) => [s.row, s.kind])).toEqual([
      [8, "signature"],
      [9, "signature"],
      [11, "signature"],
    ]);
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("sheets and rows that are not data", () => {
  test("an instruction sheet, a lookup sheet and a 'VD:' row are classified and not counted", () => {
    const a = run(V.templateWithInstructionsAndLookup());
    expect(awardView(a)).toEqual(awardView(cleanAwards()));
    const sheets = a.ledger[0].sheets;
    expect(sheets.map((s) => [s.sheet, s.sheetClass ?? null, s.rowsRead])).toEqual([
      ["Hướng dẫn", "instructions", 0],
      ["DANHMUC", "lookup", 0],
      ["Danh sách", null, 3],
    ]);
    expect(sheets[0].skipped.map((s) => s.kind)).toEqual(Array(5).fill("example"));
    expect(sheets[1].skipped.map((s) => s.kind)).toEqual(Array(3).fill("lookup"));
    expect(sheets[2].skipped.map((s) => [s.row, s.kind])).toEqual([[6, "example"]]);
    expect(a.issues.filter((i) => i.rule === "sheet-no-table")).toEqual([]);
    expect(errorsOf(a)).toEqual([]);
  });
});
