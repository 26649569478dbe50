/**
 * Code columns resolved through the workbook's own look-up sheets (records/lookups.ts, codes.ts):
 * which sheets are look-ups by their contents, how lists are read, and how an award table's codes
 * become the names the rules and totals see — a code no list holds is an issue at its cell.
 */
import { analyze } from "../../../src/core/engine";
import { gridFromRows, type Grid } from "../../../src/core/grid";
import { codedRole, isCodeHeader } from "../../../src/core/layout/headers";
import { codeKey, isCodeListSheet, listsOfSheet } from "../../../src/core/records/lookups";

const sheet = (name: string, rows: (string | number | null)[][]): Grid => gridFromRows(rows, { sheet: name });

describe("code headers", () => {
  test.each([
    ["Mã hình thức khen thưởng", "award"],
    ["Mã danh hiệu thi đua (nếu có)", "award"],
    ["MA DON VI", "unit"],
    ["Mã phân loại khen thưởng", "recipientKind"],
  ])("%s stands for %s", (text, role) => expect(codedRole(text)).toBe(role));
  test("codes that stand for nothing counted, and words that are not codes", () => {
    expect(isCodeHeader("Mã phân loại cán bộ")).toBe(true);
    expect(codedRole("Mã phân loại cán bộ")).toBeUndefined();
    expect(isCodeHeader("mahinhthuckt")).toBe(true);
    expect(isCodeHeader("CODE")).toBe(true);
    expect(isCodeHeader("Hình thức khen thưởng")).toBe(false);
    expect(isCodeHeader("Mai Văn Hùng")).toBe(false);
  });
  test("a code is the same key however it is typed", () => {
    expect(codeKey(" ht 01 ")).toBe("HT01");
    expect(codeKey("0001")).toBe(codeKey("1"));
  });
});

describe("look-up sheets by their contents", () => {
  test("a two-column list under a field-name header, codes right or left", () => {
    expect(isCodeListSheet(sheet("HT", [["tenhinhthuckt", "mahinhthuckt"], ["Lao động tiên tiến", "1647933042"], ["Chiến sĩ thi đua cơ sở", "1647933380"]]))).toBe(true);
    expect(isCodeListSheet(sheet("X", [["CODE", "NAME"], [1, "An ninh"], [9, "Báo chí"], [21, "Bảo hiểm"]]))).toBe(true);
    expect(isCodeListSheet(sheet("Y", [["STT", "Mã đơn vị", "Tên đơn vị"], [1, "D01", "UBND xã Nà Tấu"], [2, "D02", "Trường Tiểu học Nà Tấu"]]))).toBe(true);
  });
  test("a headerless list whose codes hold letters", () => {
    const g = sheet("pl", [[null], ["Khen thưởng cá nhân", "CANHAN"], ["Khen thưởng tập thể", "TAPTHE"]]);
    expect(isCodeListSheet(g)).toBe(true);
    expect([...listsOfSheet(g)[0].entries]).toEqual([
      ["CANHAN", "Khen thưởng cá nhân"],
      ["TAPTHE", "Khen thưởng tập thể"],
    ]);
  });
  test("names beside numbers without a code header are figures, not a look-up", () => {
    expect(isCodeListSheet(sheet("So lieu", [["Dân số", 12000], ["Số hộ", 3000], ["Số thôn", 12]]))).toBe(false);
    expect(isCodeListSheet(sheet("So lieu", [["Chỉ tiêu", "Số lượng"], ["Dân số", 12000], ["Số hộ", 3000]]))).toBe(false);
  });
  test("lists side by side and stacked on a DANHMUC sheet, each read down to its first blank code", () => {
    const g = sheet("DANHMUC", [
      ["STT", "Mã số", "Hình thức khen thưởng", null, "STT", "Mã số", "Danh hiệu thi đua"],
      [1, 1650360184, "Huân chương Lao động", null, 1, 1647933042, "Lao động tiên tiến"],
      [2, 1650360491, "Bằng khen", null, null, null, null],
      [null, null, null, null, "STT", "Mã số", "Giới tính"],
      [null, null, null, null, 1, "NAM", "Nam"],
    ]);
    const lists = listsOfSheet(g);
    expect(lists.map((l) => [l.title, [...l.entries.keys()]])).toEqual([
      ["Hình thức khen thưởng", ["1650360184", "1650360491"]],
      ["Danh hiệu thi đua", ["1647933042"]],
      ["Giới tính", ["NAM"]],
    ]);
  });
});

describe("an award table with code columns", () => {
  const list = (header: string[], rows: (string | number | null)[][]) =>
    sheet("Danh sách", [["DANH SÁCH KHEN THƯỞNG NĂM 2024"], [], header, ...rows]);
  const lookup = sheet("DM", [["Mã", "Hình thức khen thưởng", null, "Mã", "Đơn vị"], ["LD", "Lao động tiên tiến", null, "D1", "Trường Tiểu học Nà Tấu"], ["CS", "Chiến sĩ thi đua cơ sở", null, "D2", "UBND xã Nà Tấu"]]);
  const run = (grids: Grid[]) => analyze([{ file: "na-tau.xlsx", grids }], {});

  test("award and unit codes are read as their names; the ledger names the look-up", () => {
    const a = run([
      list(["STT", "Họ và tên", "Mã đơn vị", "Mã hình thức khen thưởng"], [
        [1, "Lò Văn Hùng", "D1", "LD"],
        [2, "Quàng Thị Dung", "D2", "CS"],
      ]),
      lookup,
    ]);
    const awards = a.files[0].sheets.flatMap((s) => s.awards);
    expect(awards.map((r) => [r.awardText, r.awardId, r.unit])).toEqual([
      ["Lao động tiên tiến", "ldtt", "Trường Tiểu học Nà Tấu"],
      ["Chiến sĩ thi đua cơ sở", "cstdcs", "UBND xã Nà Tấu"],
    ]);
    expect(a.ledger[0].sheets[0].codes).toEqual([
      { column: "D", role: "award", lookup: "DM", list: "Hình thức khen thưởng", resolved: 2, notFound: 0 },
      { column: "C", role: "unit", lookup: "DM", list: "Đơn vị", resolved: 2, notFound: 0 },
    ]);
    expect(a.ledger[0].sheets[1]).toMatchObject({ sheetClass: "lookup" });
    expect(a.issues.filter((i) => i.rule === "code-unknown")).toEqual([]);
  });

  test("a code no list holds is an issue at its cell; the row keeps the code and nothing is guessed", () => {
    const a = run([list(["STT", "Họ và tên", "Đơn vị công tác", "Mã hình thức khen thưởng"], [[1, "Lò Văn Hùng", "UBND xã Nà Tấu", "LD"], [2, "Vì Thị Lả", "UBND xã Nà Tấu", "XX9"]]), lookup]);
    const awards = a.files[0].sheets.flatMap((s) => s.awards);
    expect(awards[1]).toMatchObject({ awardText: "XX9", awardId: undefined, suggestedAwardId: undefined });
    expect(a.issues.filter((i) => i.rule === "code-unknown").map((i) => [i.cell, i.severity])).toEqual([["D5", "warning"]]);
  });

  test("a helper code column beside the named award is listed, never read in its place", () => {
    const a = run([list(["STT", "Họ và tên", "Hình thức khen thưởng", "Mã hình thức"], [[1, "Lò Văn Hùng", "Lao động tiên tiến", "M1"]])]);
    expect(a.files[0].sheets[0].awards[0]).toMatchObject({ awardText: "Lao động tiên tiến", awardId: "ldtt" });
    expect(a.issues.filter((i) => i.rule === "code-unknown")).toEqual([]);
  });

  test("a production system's award codes without its look-up sheet: read through the built-in list, named in the ledger; its kind codes too", () => {
    const a = run([list(["STT", "Phân loại khen thưởng", "Họ và tên", "Mã hình thức khen thưởng"], [[1, "CANHAN", "Lò Văn Hùng", 1647933042], [2, "TAPTHE", "Bản Nà Tấu", 1647933198], [3, "CANHAN", "Vì Thị Lả", 1234567890]])]);
    const awards = a.files[0].sheets.flatMap((s) => s.awards);
    expect(awards.map((r) => [r.awardText, r.awardId, r.kind])).toEqual([
      ["Lao động tiên tiến", "ldtt", "individual"],
      ["Tập thể lao động tiên tiến", "tt-ldtt", "collective"],
      ["1234567890", undefined, "individual"],
    ]);
    expect(a.ledger[0].sheets[0].codes).toEqual([
      expect.objectContaining({ column: "D", role: "award", builtIn: true, resolved: 2, notFound: 1 }),
      expect.objectContaining({ column: "B", role: "recipientKind", builtIn: true, resolved: 3, notFound: 0 }),
    ]);
    // a built-in list is on no sheet of the workbook: the ledger names none
    for (const c of a.ledger[0].sheets[0].codes!) expect(c).not.toHaveProperty("lookup");
    // the code is in no list of the workbook: said so, nothing guessed
    const issue = a.issues.find((i) => i.rule === "code-unknown")!;
    expect(issue.cell).toBe("D6");
    expect(issue.message.vi).toContain("không có trong sheet danh mục nào");
  });

  test("unit codes no sheet of the workbook holds: said once at the column's header with the count; no unit is made of a code", () => {
    const a = run([list(["STT", "Họ và tên", "Mã đơn vị", "Hình thức khen thưởng"], [[1, "Lò Văn Hùng", "BL01", "Lao động tiên tiến"], [2, "Quàng Thị Dung", "BL02", "Lao động tiên tiến"]])]);
    expect(a.files[0].sheets[0].awards.map((r) => r.unit)).toEqual([undefined, undefined]);
    const issues = a.issues.filter((i) => i.rule === "code-unknown");
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([["C3", "warning"]]);
    expect(issues[0].message.vi).toContain("2 ô");
  });
});
