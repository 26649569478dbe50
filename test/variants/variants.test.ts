/**
 * The reader on layouts the reference corpus does not have (see variants.ts): other districts,
 * provinces, 2025-reform communes, other periods and templates. Each test states what must be read
 * — counts per award and kind, names, units, decisions — and that a clean variant raises no error.
 */
import { analyze, type Analysis, type WorkbookInput } from "../../src/core/engine";
import type { AwardRecord } from "../../src/core/model";
import { detectTables } from "../../src/core/layout/detect";
import * as V from "./variants";

type Period = { from: string; to: string };

function run(input: WorkbookInput, period?: Period): Analysis {
  return analyze([input], period ? { period } : {});
}
const awardsOf = (a: Analysis): AwardRecord[] => a.files.flatMap((f) => f.sheets.flatMap((s) => s.awards));
const figuresOf = (a: Analysis) => a.files.flatMap((f) => f.sheets.flatMap((s) => s.figures));
const errorsOf = (a: Analysis) => a.issues.filter((i) => i.severity === "error").map((i) => `${i.rule}@${i.cell ?? ""}: ${i.message.vi}`);

/** "award id / kind" -> count, the way the report totals them. */
function countBy(records: AwardRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) {
    const key = `${r.awardId ?? `?${r.awardText}`}/${r.kind ?? "?"}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

describe("1. where the header sits", () => {
  test("header on row 1 with no title block: every row read, no sender invented", () => {
    const a = run(V.headerOnRow1(), { from: "2023-01-01", to: "2023-12-31" });
    const rows = awardsOf(a);
    expect(countBy(rows)).toEqual({ "gk-ct-ubnd-huyen/?": 2, "ldtt/individual": 1 });
    expect(rows.map((r) => r.name)).toEqual(["Vàng A Dính", "Giàng Thị Mỷ", "Lò Thị Xuân"]);
    expect(rows[0]).toMatchObject({ unit: "Bản Phì Nhừ", position: "Bí thư Chi bộ", decisionNumber: "1520/QĐ-UBND", decisionDate: "2023-10-12" });
    expect(a.ledger[0].sender).toBeUndefined();
    expect(errorsOf(a)).toEqual([]);
  });

  test("header on row 12 under a long title block: sender from the lower issuer line, sections give the kind", () => {
    const a = run(V.headerOnRow12(), { from: "2023-01-01", to: "2023-12-31" });
    const rows = awardsOf(a);
    expect(a.ledger[0].sender).toBe("Xã Búng Lao");
    expect(a.ledger[0].sheets[0].header).toBe("A12:F12");
    expect(countBy(rows)).toEqual({ "gk-ct-ubnd-huyen/collective": 1, "gk-ct-ubnd-huyen/individual": 2 });
    expect(rows.map((r) => r.ref.cell)).toEqual(["B14", "B16", "B17"]);
    expect(errorsOf(a)).toEqual([]);
  });

  test("a table starting at column D: cells keep their real addresses", () => {
    const a = run(V.tableAtColumnD(), { from: "2022-01-01", to: "2022-12-31" });
    const rows = awardsOf(a);
    expect(a.ledger[0].sender).toBe("Xã Ẳng Tở");
    expect(rows.map((r) => [r.ref.cell, r.cells.award, r.name, r.unit])).toEqual([
      ["E5", "G5", "Tòng Văn Pấng", "UBND xã Ẳng Tở"],
      ["E6", "G6", "Lường Thị Nhung", "Trường Mầm non Ẳng Tở"],
    ]);
    expect(rows[1]).toMatchObject({ awardId: "ldtt", kind: "individual", decisionNumber: "88/QĐ-UBND", decisionDate: "2022-12-20" });
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("2. column orders and wordings", () => {
  test("wide list: Năm sinh as a number, Nam/Nữ, Dân tộc, Phân loại đối tượng, Cấp khen, Số quyết định, Ngày ký", () => {
    const a = run(V.widePersonnelList(), { from: "2023-01-01", to: "2023-12-31" });
    const [t] = detectTables(V.widePersonnelList().grids[0]);
    expect(t.columns).toMatchObject({ name: 1, birthDate: 2, position: 5, unit: 6, recipientKind: 7, award: 8, decisionNumber: 10, decisionDate: 11 });
    const rows = awardsOf(a);
    expect(countBy(rows)).toEqual({ "gk-ct-ubnd-huyen/individual": 1, "ldtt/individual": 1, "tt-ldtt/collective": 1, "gk-ct-ubnd-huyen/household": 1 });
    expect(rows[0]).toMatchObject({ name: "Mùa A Sùng", birthDate: "1985", unit: "Trường PTDTBT THCS Na Son", kindSource: "column", decisionNumber: "1201/QĐ-UBND", decisionDate: "2023-08-10" });
    expect(rows[3]).toMatchObject({ name: "Hộ ông Vừ A Chứ", kind: "household", decisionNumber: "1202/QĐ-UBND" });
    expect(errorsOf(a)).toEqual([]);
  });

  test("'Danh hiệu thi đua' and 'Hình thức khen thưởng' as two columns: each row's award comes from the one it fills", () => {
    const a = run(V.twoAwardColumns(), { from: "2024-01-01", to: "2024-12-31" });
    const rows = awardsOf(a);
    expect(rows.map((r) => [r.name, r.awardId, r.cells.award])).toEqual([
      ["Cà Văn Thanh", "ldtt", "E4"],
      ["Lò Thị Thu", "gk-ct-ubnd-huyen", "F5"],
      ["Bản Nà Tấu 1", "gk-ct-ubnd-huyen", "F6"],
      ["Quàng Văn Sơn", "ldtt", "E7"],
    ]);
    expect(rows[1]).toMatchObject({ decisionNumber: "3302/QĐ-UBND", decisionDate: "2024-12-18" });
    expect(errorsOf(a)).toEqual([]);
  });

  test("a row with neither award column filled is still reported as missing its award", () => {
    const input = V.twoAwardColumns();
    const g = input.grids[0];
    g.cells[4][5] = undefined; // Lò Thị Thu: the Hình thức cell emptied
    const a = run(input, { from: "2024-01-01", to: "2024-12-31" });
    expect(a.issues.filter((i) => i.rule === "value-required").map((i) => i.cell)).toEqual(["E5"]);
  });

  test("the provincial software's template: 'Tên tập thể/cá nhân/hộ gia đình', 'Phân loại đối tượng', 'Mã hình thức'", () => {
    const a = run(V.provincialTemplate());
    const rows = awardsOf(a);
    expect(countBy(rows)).toEqual({ "bk-ct-ubnd-tinh/individual": 2, "tt-ldxs/collective": 1 });
    expect(rows.map((r) => r.name)).toEqual(["Nguyễn Văn Hải", "Trần Thị Lan", "Phòng Tổ chức - Biên chế"]);
    expect(rows[0]).toMatchObject({ position: "Trưởng phòng", unit: "Sở Nội vụ" });
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("3. the list attached to a decision", () => {
  test("'I. CÁ NHÂN' / 'II. TẬP THỂ' / 'III. HỘ GIA ĐÌNH' sections; decision from '(Kèm theo Quyết định số ...)'", () => {
    const a = run(V.decisionListWithSections(), { from: "2025-07-01", to: "2025-12-31" });
    const rows = awardsOf(a);
    expect(a.ledger[0].sender).toBe("Xã Mường Phăng");
    expect(countBy(rows)).toEqual({ "gk-ct-ubnd-xa/individual": 2, "gk-ct-ubnd-xa/collective": 1, "gdvh/household": 3 });
    expect(rows.every((r) => r.decisionNumber === "415/QĐ-UBND" && r.decisionDate === "2025-08-20")).toBe(true);
    expect(rows.filter((r) => r.kind === "household").map((r) => r.name)).toEqual(["Hộ ông Lò Văn Ngoan", "Hộ bà Cà Thị Dung", "Hộ ông Quàng Văn Minh"]);
    expect(errorsOf(a)).toEqual([]);
  });

  test("no award and no decision column: both from the title; kind from 'Cá nhân được tặng ...'; nothing missing", () => {
    const a = run(V.decisionListTitleOnly(), { from: "2025-07-01", to: "2025-12-31" });
    const rows = awardsOf(a);
    expect(a.ledger[0].sheets[0].kind).toBe("awards");
    expect(a.ledger[0].sender).toBe("Xã Thanh Nưa");
    expect(countBy(rows)).toEqual({ "gk-ct-ubnd-xa/individual": 3 });
    expect(rows[0]).toMatchObject({ name: "Lò Văn Hùng", position: "Trưởng thôn Hồng Lếch Cang", decisionNumber: "502/QĐ-UBND", decisionDate: "2025-09-02", awardFromTitle: true });
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("4. the MATRIX registration form", () => {
  test("two-row header: 'Tập thể' / 'Cá nhân' over their titles; one record per mark, the mark cell as award cell", () => {
    const a = run(V.matrixTwoRowHeader(), { from: "2025-01-01", to: "2025-12-31" });
    const [t] = detectTables(V.matrixTwoRowHeader().grids[0]);
    expect(t).toMatchObject({ kind: "awards", headerTop: 3, headerBottom: 4 });
    expect(t.matrix?.map((m) => [m.col, m.awardText, m.kind])).toEqual([
      [3, "Tập thể Lao động tiên tiến", "collective"],
      [4, "Tập thể Lao động xuất sắc", "collective"],
      [5, "Cá nhân Lao động tiên tiến", "individual"],
      [6, "CSTĐCS", "individual"],
    ]);
    const rows = awardsOf(a);
    expect(countBy(rows)).toEqual({ "tt-ldtt/collective": 1, "tt-ldxs/collective": 1, "ldtt/individual": 7, "cstdcs/individual": 1 });
    expect(rows.filter((r) => r.name === "Lý Thị Mai").map((r) => r.cells.award)).toEqual(["F11", "G11"]);
    expect(rows.find((r) => r.name === "Trường Tiểu học Na Sang")?.cells.award).toBe("E8");
    expect(rows.some((r) => r.name === "Quàng Văn Pọm")).toBe(false); // no mark, no record
    expect(a.ledger[0].sender).toBe("Xã Na Sang");
    expect(a.issues.filter((i) => i.rule === "header-missing")).toEqual([]);
    expect(errorsOf(a)).toEqual([]);
  });

  test("one-row header whose titles carry the kind ('Tập thể LĐTT', 'Cá nhân LĐTT', 'CSTĐCS')", () => {
    const a = run(V.matrixOneRowHeader(), { from: "2024-01-01", to: "2024-12-31" });
    const rows = awardsOf(a);
    expect(countBy(rows)).toEqual({ "tt-ldtt/collective": 1, "tt-ldxs/collective": 1, "co-thi-dua-tinh/collective": 1, "ldtt/individual": 7, "cstdcs/individual": 1 });
    expect(rows.filter((r) => r.name === "Trung tâm Y tế huyện").map((r) => r.cells.award)).toEqual(["D5", "E5"]);
    expect(errorsOf(a)).toEqual([]);
  });

  test("a bare 'Cờ thi đua' column still reads its marks, and says at the mark cell that the award names no level", () => {
    const a = run(V.matrixOneRowHeader("Cờ thi đua"), { from: "2024-01-01", to: "2024-12-31" });
    expect(awardsOf(a).filter((r) => r.awardText === "Cờ thi đua").map((r) => r.name)).toEqual(["Trung tâm Y tế huyện"]);
    // award-unknown is a warning (the row is totalled apart on a "Chưa xác định" line): no error at all
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(a.issues.filter((i) => i.rule === "award-unknown").map((i) => `${i.rule}@${i.cell}:${i.severity}`)).toEqual(["award-unknown@E5:warning"]);
  });

  test("an ordinary list whose header has one award column is not a matrix", () => {
    expect(detectTables(V.headerOnRow12().grids[0])[0].matrix).toBeUndefined();
  });
});

describe("5. the 2025 reform: communes and provinces", () => {
  test("a commune consolidating its villages with the commune chairman's Giấy khen after 01/7/2025: clean", () => {
    const a = run(V.communeAfterReform(), { from: "2025-07-01", to: "2025-12-31" });
    const rows = awardsOf(a);
    expect(a.ledger[0].sender).toBe("Xã Mường Phăng");
    expect(countBy(rows)).toEqual({ "gk-ct-ubnd-xa/collective": 2, "thon-van-hoa/collective": 1, "gk-ct-ubnd-xa/individual": 2 });
    expect(rows.map((r) => r.name)).toEqual(["Thôn Bản Xôm", "Tổ dân phố 3", "Bản Kết Hợp", "Lò Văn Thắng", "Quàng Thị Vân"]);
    expect(errorsOf(a)).toEqual([]);
  });

  test("issuer-authority fires on the district chairman's Giấy khen dated 15/8/2025, not on the commune chairman's", () => {
    const a = run(V.districtAwardAfterReform(), { from: "2025-01-01", to: "2025-12-31" });
    expect(a.issues.filter((i) => i.rule === "issuer-authority").map((i) => i.cell)).toEqual(["D4"]);
    expect(errorsOf(a)).toHaveLength(1);
  });

  test("a province's file: 'UBND TỈNH ...' is the sender, the provincial chairman's Bằng khen is read", () => {
    const a = run(V.provinceFile(), { from: "2025-01-01", to: "2025-12-31" });
    expect(a.ledger[0].sender).toBe("Tỉnh Lai Châu");
    expect(countBy(awardsOf(a))).toEqual({ "bk-ct-ubnd-tinh/collective": 2, "bk-ct-ubnd-tinh/individual": 1 });
    expect(awardsOf(a)[2]).toMatchObject({ name: "Đỗ Văn Hưng", decisionNumber: "1881/QĐ-UBND", decisionDate: "2025-09-22" });
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("6. figures", () => {
  test("'Ước thực hiện năm', 'So sánh (%)', ĐVT before the name, nested sections, '1 234,5' and '43,8%'", () => {
    const a = run(V.figuresVariant());
    const [t] = detectTables(V.figuresVariant().grids[0]);
    expect(t.columns).toMatchObject({ stt: 0, measure: 1, indicator: 2, plan: 3, actual: 4, percent: 5 });
    const rows = figuresOf(a);
    expect(rows.map((r) => [r.section, r.stt, r.indicator, r.measure, r.plan, r.actual, r.percent])).toEqual([
      ["KINH TẾ", "1", "Nông nghiệp", "", null, null, null],
      ["KINH TẾ", "a)", "Diện tích lúa", "ha", 1234.5, 1240, 100.4],
      ["KINH TẾ", "b)", "Sản lượng lương thực", "tấn", 5600, 2452.8, 43.8],
      ["KINH TẾ", "2", "Đường giao thông nông thôn được cứng hóa", "km", 12, 10, 83.3],
      ["VĂN HÓA - XÃ HỘI", "1", "Tỷ lệ hộ nghèo", "%", 18, 17.2, 95.6],
    ]);
    // the numbered group "1. Nông nghiệp" has no values: it is the parent of "a)" and "b)"
    expect(rows[0].hasChildren).toBe(true);
    expect([rows[1].parent, rows[2].parent, rows[3].parent]).toEqual([0, 0, undefined]);
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("7. summary", () => {
  test("a 'Hộ gia đình' column and a 'Tổng cộng' row", () => {
    const a = run(V.summaryWithHouseholds());
    const rows = a.files[0].sheets[0].summaries;
    expect(rows.map((r) => [r.awardId ?? r.awardText, r.collectives, r.individuals, r.households, r.isTotal])).toEqual([
      ["gk-ct-ubnd-xa", 1, 2, null, false],
      ["gdvh", null, null, 3, false],
      ["Tổng cộng", 1, 2, 3, true],
    ]);
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("8. legacy encodings (written with exceljs, read back by the file reader)", () => {
  test("a VNI-Times workbook is decoded before the header is looked for", async () => {
    const a = run(await V.vniWorkbook(), { from: "2022-01-01", to: "2022-12-31" });
    expect(a.ledger[0]).toMatchObject({ legacyEncoding: "vni", sender: "Xã Tìa Dình" });
    const rows = awardsOf(a);
    expect(rows.map((r) => r.name)).toEqual(["Lầu A Chớ", "Thào Thị Dợ", "Giàng A Lử"]);
    expect(countBy(rows)).toEqual({ "gk-ct-ubnd-huyen/?": 2, "ldtt/individual": 1 });
    expect(rows[0]).toMatchObject({ position: "Trưởng bản Tìa Dình", decisionNumber: "905/QĐ-UBND", decisionDate: "2022-12-12" });
    expect(errorsOf(a)).toEqual([]);
  });

  test("a TCVN3 sheet with an award table and a figures table: both read", async () => {
    const a = run(await V.tcvn3TwoTables(), { from: "2021-01-01", to: "2021-12-31" });
    expect(a.ledger[0]).toMatchObject({ legacyEncoding: "tcvn3", sender: "Xã Pu Nhi" });
    expect(a.ledger[0].sheets.map((s) => s.kind)).toEqual(["awards", "figures"]);
    expect(awardsOf(a).map((r) => r.name)).toEqual(["Lý Văn Sáng", "Lầu Thị Chua"]);
    expect(figuresOf(a).map((r) => [r.indicator, r.measure, r.plan, r.actual, r.percent])).toEqual([
      ["Trồng rừng mới", "ha", 40, 36, 90],
      ["Số hộ thoát nghèo", "hộ", 25, 27, 108],
    ]);
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("9. two award tables stacked in one sheet", () => {
  test("a 'Tập thể' table then a 'Cá nhân' table with other headers: both read, each with its kind", () => {
    const a = run(V.stackedAwardTables(), { from: "2023-01-01", to: "2023-12-31" });
    expect(a.ledger[0].sheets.map((s) => [s.kind, s.header])).toEqual([
      ["awards", "A4:D4"],
      ["awards", "A9:G9"],
    ]);
    expect(a.ledger[0].sender).toBe("Xã Chiềng Sinh");
    const rows = awardsOf(a);
    expect(countBy(rows)).toEqual({ "thon-van-hoa/collective": 1, "tt-ldtt/collective": 1, "ldtt/individual": 3 });
    expect(rows.map((r) => r.name)).toEqual(["Bản Chiềng Sinh", "Trường Mầm non Chiềng Sinh", "Lò Văn Quyết", "Điêu Thị Hạnh", "Cầm Văn Toản"]);
    expect(rows[2]).toMatchObject({ birthDate: "1979", unit: "Bản Chiềng Sinh", decisionNumber: "302/QĐ-UBND", decisionDate: "2023-12-05" });
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("10. shapes found while probing", () => {
  test("'Quyết định khen thưởng' merged over 'Số' | 'Ngày': number and date each from their column", () => {
    const a = run(V.decisionSplitUnderGroup(), { from: "2024-01-01", to: "2024-12-31" });
    const [t] = detectTables(V.decisionSplitUnderGroup().grids[0]);
    expect(t).toMatchObject({ headerTop: 2, headerBottom: 3, columns: { decisionNumber: 4, decisionDate: 5 } });
    const rows = awardsOf(a);
    expect(rows.map((r) => [r.name, r.decisionNumber, r.decisionDate])).toEqual([
      ["Lò Văn Pâng", "1102/QĐ-UBND", "2024-11-12"],
      ["Quàng Thị Pha", "1102/QĐ-UBND", "2024-11-12"],
    ]);
    expect(errorsOf(a)).toEqual([]);
  });

  test("a matrix under 'Danh hiệu thi đua đăng ký' merged over LĐTT | CSTĐCS | CSTĐ cấp tỉnh", () => {
    const a = run(V.matrixUnderAwardGroup(), { from: "2024-09-01", to: "2025-08-31" });
    const rows = awardsOf(a);
    expect(countBy(rows)).toEqual({ "ldtt/individual": 8, "cstdcs/individual": 1 });
    expect(rows.filter((r) => r.name === "Vì Thị Liên").map((r) => r.cells.award)).toEqual(["D12", "E12"]);
    expect(rows[0].occasion).toBe("regular"); // "NĂM HỌC 2024 - 2025" in the title
    expect(errorsOf(a)).toEqual([]);
  });

  test("households: 'Họ tên chủ hộ' and 'Thôn, bản' columns", () => {
    const a = run(V.householdList(), { from: "2025-01-01", to: "2025-12-31" });
    const rows = awardsOf(a);
    expect(rows.map((r) => [r.name, r.kind, r.awardId, r.unit])).toEqual([
      ["Thào A Dê", "household", "gdvh", "Bản Tìa Dình"],
      ["Giàng A Chư", "household", "gdvh", "Bản Háng Tàu"],
    ]);
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("11. periods and wordings of other provinces", () => {
  test("'Thực hiện cùng kỳ năm 2024' before 'Thực hiện 6 tháng năm 2025': this period's columns are read, not last year's", () => {
    const a = run(V.figuresWithPriorYear(), { from: "2025-01-01", to: "2025-06-30" });
    const [t] = detectTables(V.figuresWithPriorYear().grids[0]);
    expect(t.columns).toMatchObject({ plan: 3, actual: 5, percent: 6 });
    expect(figuresOf(a).map((r) => [r.indicator, r.plan, r.actual, r.percent])).toEqual([
      ["Trồng rừng mới", 40, 20, 50],
      ["Số hộ thoát nghèo", 30, 15, 50],
    ]);
    expect(errorsOf(a)).toEqual([]);
  });

  test("decisions written 'Số 415/QĐ-UBND, ngày 15 tháng 8 năm 2025'; 'TT' numbered '1.'; 'GK CT UBND xã'", () => {
    const a = run(V.decisionInWords(), { from: "2025-07-01", to: "2025-12-31" });
    const rows = awardsOf(a);
    expect(rows.map((r) => [r.name, r.awardId, r.decisionNumber, r.decisionDate])).toEqual([
      ["Lò Văn Tiên", "gk-ct-ubnd-xa", "415/QĐ-UBND", "2025-08-15"],
      ["Cà Thị Loan", "gk-ct-ubnd-xa", "415/QĐ-UBND", "2025-08-15"],
    ]);
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("12. a ward after the reform, two tables with the same header", () => {
  test("'I. TẬP THỂ' and 'II. CÁ NHÂN' each over the same header: kinds from the group lines, sender is the ward, not the group line", () => {
    const a = run(V.stackedSameHeader(), { from: "2025-07-01", to: "2025-12-31" });
    expect(a.ledger[0].sender).toBe("Phường Noong Bua");
    const rows = awardsOf(a);
    expect(countBy(rows)).toEqual({ "gk-ct-ubnd-xa/collective": 1, "thon-van-hoa/collective": 1, "gk-ct-ubnd-xa/individual": 2 });
    expect(rows.map((r) => r.name)).toEqual(["Tổ dân phố 5", "Tổ dân phố 7", "Nguyễn Văn Bình", "Lê Thị Hải Yến"]);
    expect(errorsOf(a)).toEqual([]);
  });
});

describe("13. the same variants as real .xlsx files (exceljs bytes through the file reader)", () => {
  const cases: [string, () => WorkbookInput, Period][] = [
    ["two-row MATRIX with merged groups", V.matrixTwoRowHeader, { from: "2025-01-01", to: "2025-12-31" }],
    ["decision split under a merged group", V.decisionSplitUnderGroup, { from: "2024-01-01", to: "2024-12-31" }],
    ["decision annex with I./II./III. sections", V.decisionListWithSections, { from: "2025-07-01", to: "2025-12-31" }],
    ["table at column D with date cells", V.tableAtColumnD, { from: "2022-01-01", to: "2022-12-31" }],
  ];
  test.each(cases)("%s: same records as the in-memory grid, no error", async (_name, build, period) => {
    const fromGrid = awardsOf(run(build(), period));
    const fromFile = run(await V.throughXlsx(build()), period);
    const key = (r: AwardRecord) => [r.ref.cell, r.name, r.kind, r.awardId, r.cells.award, r.decisionNumber, r.decisionDate].join("|");
    expect(awardsOf(fromFile).map(key)).toEqual(fromGrid.map(key));
    expect(fromGrid.length).toBeGreaterThan(0);
    expect(errorsOf(fromFile)).toEqual([]);
  });
});
