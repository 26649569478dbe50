/**
 * The header row itself (headerRow.ts): when a row is a header (its share of recognised cells,
 * the three-role minimum, a number ending it), which role each column takes (code columns, "Tên"
 * alone, "Đơn vị" beside "Chỉ tiêu"), MATRIX headers of one and two rows, and the table kind the
 * roles make. Each test sits on one side or the edge of one decision.
 */
import { gridFromRows } from "../../../src/core/grid";
import { headerAt, tableKind } from "../../../src/core/layout/headerRow";

const header = (row: (string | number | boolean | null)[], opts: { merges?: string[] } = {}, below?: (string | number | null)[]) =>
  headerAt(gridFromRows(below ? [row, below] : [row], opts), 0);

describe("when a row is a header", () => {
  test("three named columns are enough; two are not", () => {
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng"])?.columns).toEqual({ stt: 0, name: 1, award: 2 });
    expect(header(["Họ và tên", "Hình thức khen thưởng"])).toBeNull();
    // two roles and a third text that names nothing: still fewer than three roles
    expect(header(["Họ và tên", "Hình thức khen thưởng", "Cột phụ"])).toBeNull();
  });

  test("a number anywhere in the row makes it a data row, whatever its texts", () => {
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ", 5])).toBeNull();
  });

  test("only text cells count as header cells: a date or a true/false cell does not", () => {
    // three roles of five cells (3/5 = 0.6) is a header ...
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng", "Cột A", "Cột B"])?.columns).toEqual({ stt: 0, name: 1, award: 2 });
    // ... three of six (0.5) is not
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng", "Cột A", "Cột B", "Cột C"])).toBeNull();
    // a boolean cell is no header text but counts in the row's share
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng", "Cột A", true])?.columns).toEqual({ stt: 0, name: 1, award: 2 });
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng", "Cột A", "Cột B", true])).toBeNull();
  });

  test("headers the engine knows but does not use count towards the share", () => {
    // 3 roles + 1 known ("Giới tính") of 6 cells = 0.67
    const h = header(["STT", "Họ và tên", "Hình thức khen thưởng", "Giới tính", "Cột A", "Cột B"]);
    expect(h?.columns).toEqual({ stt: 0, name: 1, award: 2 });
    expect(h?.headerTexts[3]).toBe("Giới tính");
    // a code column counts too, even when it stands for nothing
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng", "Mã số", "Cột A", "Cột B"])?.codeColumns).toEqual([{ col: 3, role: undefined }]);
  });

  test("units or periods across count as header cells only beside 'Chỉ tiêu'", () => {
    const h = header(["STT", "Chỉ tiêu", "ĐVT", "Xã Tân Lập", "Xã Hồng Phong", "Thị trấn Mẫu Sơn"]);
    expect(h?.columns).toEqual({ stt: 0, indicator: 1, measure: 2 });
    expect(h?.lastCol).toBe(5);
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng", "Xã Tân Lập", "Xã Hồng Phong", "Thị trấn Mẫu Sơn"])).toBeNull();
  });

  test("the header's texts are trimmed and its first and last columns are its outer texts", () => {
    const h = header([null, "  STT ", "Họ và tên", null, "Hình thức khen thưởng"]);
    expect(h).toMatchObject({ top: 0, bottom: 0, firstCol: 1, lastCol: 4, headerTexts: { 1: "STT", 2: "Họ và tên", 4: "Hình thức khen thưởng" } });
    expect(h?.roleColumns).toEqual([
      { col: 1, role: "stt", level: 0 },
      { col: 2, role: "name", level: 0 },
      { col: 4, role: "award", level: 0 },
    ]);
  });

  test("a row past the sheet's end is no header", () => {
    expect(headerAt(gridFromRows([["STT", "Họ và tên", "Hình thức khen thưởng"]]), 3)).toBeNull();
  });
});

describe("code columns", () => {
  test("'Mã hình thức khen thưởng' alone is the award column of a list with names", () => {
    const h = header(["STT", "Họ và tên", "Mã hình thức khen thưởng"]);
    expect(h?.columns).toEqual({ stt: 0, name: 1, award: 2 });
    expect(h?.codeColumns).toEqual([{ col: 2, role: "award" }]);
  });

  test("with 'Họ đệm' + 'Tên' the code column stands for its role too", () => {
    const h = header(["Họ đệm", "Tên", "Mã đơn vị", "Hình thức khen thưởng"]);
    expect(h?.columns).toEqual({ familyName: 0, givenName: 1, unit: 2, award: 3 });
  });

  test("beside a named award column the code column keeps no role", () => {
    const h = header(["STT", "Họ và tên", "Hình thức khen thưởng", "Mã hình thức khen thưởng"]);
    expect(h?.columns).toEqual({ stt: 0, name: 1, award: 2 });
    expect(h?.codeColumns).toEqual([{ col: 3, role: "award" }]);
  });

  test("without a recipient column a code column stands for nothing (and the row is no header)", () => {
    expect(header(["STT", "Mã hình thức khen thưởng", "Tập thể", "Cá nhân"])?.columns).toEqual({ stt: 0, collectives: 2, individuals: 3 });
    expect(header(["STT", "Ghi chú", "Mã hình thức khen thưởng"])).toBeNull();
  });

  test("no code column: no codeColumns at all", () => {
    expect(header(["STT", "Họ và tên", "Hình thức khen thưởng"])).not.toHaveProperty("codeColumns");
  });

  test("a code column merged down a two-row header keeps its role", () => {
    const h = header(
      ["STT", "Họ và tên", "Mã hình thức khen thưởng", "Quyết định khen thưởng", null],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] },
      [null, null, null, "Số", "Ngày"],
    );
    expect(h?.bottom).toBe(1);
    expect(h?.columns).toEqual({ stt: 0, name: 1, award: 2, decisionNumber: 3, decisionDate: 4 });
    expect(h?.headerTexts).toEqual({ 0: "STT", 1: "Họ và tên", 2: "Mã hình thức khen thưởng", 3: "Quyết định khen thưởng / Số", 4: "Ngày" });
  });
});

describe("one role, two columns", () => {
  test("'Danh hiệu thi đua' and 'Hình thức khen thưởng' are both award columns, the first in columns", () => {
    const h = header(["STT", "Họ và tên", "Hình thức khen thưởng", "Danh hiệu thi đua"]);
    expect(h?.columns.award).toBe(2);
    expect(h?.awardColumns).toEqual([2, 3]);
    expect(h).not.toHaveProperty("kindColumns");
  });

  test("two kind columns are listed; one is not", () => {
    const h = header(["STT", "Họ và tên", "Phân loại khen thưởng", "Phân loại đối tượng", "Hình thức khen thưởng"]);
    expect(h?.columns.recipientKind).toBe(2);
    expect(h?.kindColumns).toEqual([2, 3]);
    expect(h).not.toHaveProperty("awardColumns");
    expect(header(["STT", "Họ và tên", "Đối tượng", "Hình thức khen thưởng"])).not.toHaveProperty("kindColumns");
  });
});

describe("name columns", () => {
  test("'Tên' alone is the name", () => {
    expect(header(["STT", "Tên", "Hình thức khen thưởng"])?.columns).toEqual({ stt: 0, name: 1, award: 2 });
  });

  test("'Họ' alone is no name column", () => {
    expect(header(["STT", "Họ", "Hình thức khen thưởng", "Số QĐ"])?.columns).toEqual({ stt: 0, award: 2, decisionNumber: 3 });
  });

  test("beside 'Họ và tên', 'Họ đệm' and 'Tên' keep their own roles", () => {
    expect(header(["Họ và tên", "Họ đệm", "Tên", "Hình thức khen thưởng"])?.columns).toEqual({ name: 0, familyName: 1, givenName: 2, award: 3 });
    // 'Tên' with 'Họ và tên' stays the given name; 'Họ' with 'Họ và tên' stays the family name
    expect(header(["Họ và tên", "Tên", "Hình thức khen thưởng"])?.columns).toEqual({ name: 0, givenName: 1, award: 2 });
    expect(header(["Họ và tên", "Họ", "Hình thức khen thưởng"])?.columns).toEqual({ name: 0, familyName: 1, award: 2 });
  });
});

describe("'Đơn vị' beside 'Chỉ tiêu'", () => {
  test("is the unit of measure in a table without recipients", () => {
    expect(header(["Chỉ tiêu", "Đơn vị", "Thực hiện"])?.columns).toEqual({ indicator: 0, measure: 1, actual: 2 });
  });

  test("stays the workplace when the table names people, or when it already has a measure", () => {
    expect(header(["Chỉ tiêu", "Họ và tên", "Đơn vị", "Thực hiện"])?.columns).toEqual({ indicator: 0, name: 1, unit: 2, actual: 3 });
    expect(header(["Chỉ tiêu", "Họ đệm", "Tên", "Đơn vị", "Thực hiện"])?.columns).toEqual({ indicator: 0, familyName: 1, givenName: 2, unit: 3, actual: 4 });
    expect(header(["Chỉ tiêu", "ĐVT", "Đơn vị", "Thực hiện"])?.columns).toEqual({ indicator: 0, measure: 1, unit: 2, actual: 3 });
  });

  test("without 'Chỉ tiêu', 'Đơn vị' is the workplace", () => {
    expect(header(["Họ và tên", "Đơn vị", "Hình thức khen thưởng"])?.columns).toEqual({ name: 0, unit: 1, award: 2 });
  });
});

describe("MATRIX headers", () => {
  test("one row: a name column and two award titles, no award column", () => {
    const h = header(["STT", "Họ và tên", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"]);
    expect(h?.columns).toEqual({ stt: 0, name: 1 });
    expect(h?.matrix).toEqual([
      { col: 2, awardText: "Lao động tiên tiến" },
      { col: 3, awardText: "Chiến sĩ thi đua cơ sở" },
    ]);
  });

  test("an award form alone ('Cờ thi đua', 'Bằng khen') is a title column though the catalogue cannot settle it", () => {
    expect(header(["Họ và tên", "Cờ thi đua", "Bằng khen"])?.matrix?.map((m) => m.col)).toEqual([1, 2]);
  });

  test("one award title is not a MATRIX: the row needs three roles of its own", () => {
    expect(header(["STT", "Họ và tên", "Lao động tiên tiến"])).toBeNull();
    const h = header(["STT", "Họ và tên", "Lao động tiên tiến", "Ghi chú"]);
    expect(h?.columns).toEqual({ stt: 0, name: 1, note: 3 });
    expect(h).not.toHaveProperty("matrix");
  });

  test("with an award column the titles are not MATRIX columns", () => {
    const h = header(["STT", "Họ và tên", "Hình thức khen thưởng", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"]);
    expect(h).not.toHaveProperty("matrix");
    // and without a name column neither
    expect(header(["STT", "Chỉ tiêu", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"])).toBeNull();
  });

  test("a title longer than a header is never an award column", () => {
    // an award form starts it, so only its length rules it out
    const long = `Bằng khen của Chủ tịch Ủy ban nhân dân huyện về thành tích xuất sắc trong phong trào thi đua năm`;
    expect(long.length).toBeGreaterThan(80);
    expect(header(["STT", "Họ và tên", long, "Chiến sĩ thi đua cơ sở"])).toBeNull();
  });

  const twoRow = (top: (string | null)[], below: (string | null)[], merges: string[]) => header(top, { merges }, below);

  test("two rows: titles under 'Tập thể' / 'Cá nhân' take the group's kind, the group word joined when it names a precise award", () => {
    const h = twoRow(
      ["STT", "Họ và tên", "Tập thể", null, "Cá nhân", null],
      [null, null, "Lao động tiên tiến", "Lao động xuất sắc", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"],
      ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
    );
    expect(h?.bottom).toBe(1);
    // the group cells count nothing here: their roles (collectives, individuals) are dropped
    expect(h?.columns).toEqual({ stt: 0, name: 1 });
    expect(h?.matrix).toEqual([
      { col: 2, awardText: "Tập thể Lao động tiên tiến", kind: "collective" },
      { col: 3, awardText: "Tập thể Lao động xuất sắc", kind: "collective" },
      // "Cá nhân Lao động tiên tiến" is known (the individual award): joined
      { col: 4, awardText: "Cá nhân Lao động tiên tiến", kind: "individual" },
      // "Cá nhân Chiến sĩ thi đua cơ sở" is not a name the catalogue knows: the title alone
      { col: 5, awardText: "Chiến sĩ thi đua cơ sở", kind: "individual" },
    ]);
    expect(h?.headerTexts).toEqual({ 0: "STT", 1: "Họ và tên", 2: "Tập thể / Lao động tiên tiến", 3: "Lao động xuất sắc", 4: "Cá nhân / Lao động tiên tiến", 5: "Chiến sĩ thi đua cơ sở" });
  });

  test("a household group gives its kind; a group naming no kind gives none", () => {
    const h = twoRow(["Họ và tên", "Hộ gia đình", null, "Danh hiệu thi đua đăng ký", null], [null, "Gia đình văn hóa", "Bằng khen", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"], ["A1:A2", "B1:C1", "D1:E1"]);
    expect(h?.matrix).toEqual([
      { col: 1, awardText: "Gia đình văn hóa", kind: "household" },
      { col: 2, awardText: "Bằng khen", kind: "household" },
      { col: 3, awardText: "Lao động tiên tiến" },
      { col: 4, awardText: "Chiến sĩ thi đua cơ sở" },
    ]);
    // "Danh hiệu thi đua đăng ký" names the award role, merged over the titles: dropped
    expect(h?.columns).toEqual({ name: 0 });
  });

  test.each([
    ["Danh hiệu tập thể", "collective"],
    ["Khen thưởng cho cá nhân", "individual"],
    ["Cho hộ gia đình", "household"],
  ])("group %s gives the kind %s", (group, kind) => {
    const h = twoRow(["STT", "Họ và tên", group, null, "Ghi chú"], [null, null, "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", null], ["C1:D1"]);
    expect(h?.matrix?.map((m) => m.kind)).toEqual([kind, kind]);
  });

  test("one text under the groups that is no title is allowed; two are not", () => {
    const top = ["STT", "Họ và tên", "Tập thể", null, null, null];
    const merges = ["C1:F1"];
    const one = twoRow(top, [null, null, "Lao động tiên tiến", "Lao động xuất sắc", "Ghi chú", null], merges);
    expect(one?.bottom).toBe(1);
    expect(one?.matrix?.map((m) => m.col)).toEqual([2, 3]);
    const two = twoRow(top, [null, null, "Lao động tiên tiến", "Lao động xuất sắc", "Ghi chú", "Khác"], merges);
    expect(two?.bottom).toBe(0);
    expect(two).not.toHaveProperty("matrix");
  });

  test("a single title under a group is no MATRIX", () => {
    const h = twoRow(["STT", "Họ và tên", "Tập thể", null], [null, null, "Lao động tiên tiến", null], ["C1:D1"]);
    expect(h).not.toHaveProperty("matrix");
    expect(h?.columns).toMatchObject({ stt: 0, name: 1 });
  });

  test("a title under a plain (unmerged) cell takes that cell's text as its group; under a blank cell it has none", () => {
    const plain = twoRow(["STT", "Họ và tên", "Tập thể", "Ghi chú"], [null, null, "Lao động tiên tiến", "Lao động xuất sắc"], []);
    expect(plain?.matrix?.map((m) => m.col)).toEqual([2, 3]);
    const blankAbove = twoRow(["STT", "Họ và tên", "Ghi chú", null, null], [null, null, null, "Lao động tiên tiến", "Lao động xuất sắc"], []);
    expect(blankAbove?.bottom).toBe(0);
    expect(blankAbove).not.toHaveProperty("matrix");
  });

  test("a role cell merged over titles but not over the MATRIX columns keeps its role", () => {
    // "Tập thể" (collectives) merged over G:H, which hold no titles; the titles are under "Cá nhân"
    const h = twoRow(
      ["STT", "Họ và tên", "Cá nhân", null, "Tập thể", null],
      [null, null, "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Ghi chú", null],
      ["C1:D1", "E1:F1"],
    );
    expect(h?.matrix?.map((m) => m.col)).toEqual([2, 3]);
    expect(h?.columns).toEqual({ stt: 0, name: 1, collectives: 4 });
  });
});

describe("the kind of table a header's roles make", () => {
  test.each([
    [{ name: 1, award: 2 }, "awards"],
    [{ familyName: 1, decision: 2 }, "awards"],
    [{ name: 1, decisionNumber: 2 }, "awards"],
    [{ name: 1, decisionDate: 2 }, "awards"],
    [{ name: 1, recipientKind: 2 }, "awards"],
    [{ name: 1 }, "other"],
    [{ award: 1, decision: 2 }, "other"],
    [{ indicator: 1, plan: 2 }, "figures"],
    [{ indicator: 1, actual: 2 }, "figures"],
    [{ indicator: 1, percent: 2 }, "figures"],
    [{ indicator: 1, measure: 2 }, "other"],
    [{ award: 1, collectives: 2 }, "award-summary"],
    [{ award: 1, individuals: 2 }, "award-summary"],
    [{ award: 1, households: 2 }, "award-summary"],
    [{ collectives: 1, individuals: 2 }, "other"],
    [{ name: 1, unitType: 2 }, "registry"],
    [{ familyName: 1, unitType: 2 }, "registry"],
    [{ unitType: 2 }, "other"],
    // names with an award are an award list even beside a unit type or counts
    [{ name: 1, award: 2, unitType: 3, collectives: 4 }, "awards"],
    [{ indicator: 1, actual: 2, award: 3, collectives: 4 }, "figures"],
  ] as const)("%j -> %s", (columns, kind) => expect(tableKind(columns)).toBe(kind));
});

describe("headerRow: edges the mutation run found unwatched", () => {
  test("'Họ đệm' + 'Tên' stay a family and a given name; 'Tên' alone is the name", () => {
    expect(header(["STT", "Họ đệm", "Tên", "Hình thức khen thưởng"])?.columns).toMatchObject({ familyName: 1, givenName: 2 });
    expect(header(["STT", "Họ đệm", "Tên", "Hình thức khen thưởng"])?.columns).not.toHaveProperty("name");
  });

  test("'Đơn vị' is the unit of measure only beside an indicator without its own 'ĐVT'", () => {
    expect(header(["STT", "Chỉ tiêu", "ĐVT", "Đơn vị", "Thực hiện"])?.columns).toMatchObject({ indicator: 1, measure: 2, unit: 3 });
    expect(header(["STT", "Đơn vị", "Tập thể", "Cá nhân"])?.columns).toMatchObject({ unit: 1 });
    expect(header(["STT", "Đơn vị", "Tập thể", "Cá nhân"])?.columns).not.toHaveProperty("measure");
  });

  test("an award title of 80 characters is still a MATRIX column; a header naming a count of awards is not one", () => {
    const long = "Bằng khen của Chủ tịch UBND tỉnh về thành tích trong phong trào thi đua năm 2025";
    expect(long).toHaveLength(80);
    expect(header(["STT", "Họ và tên", long, "Giấy khen"])?.matrix?.map((m) => m.col)).toEqual([2, 3]);
    expect(header(["STT", "Họ và tên", long + "x", "Giấy khen"])?.matrix).toBeUndefined();
    expect(header(["STT", "Họ và tên", "Số giấy khen", "Số bằng khen", "Ghi chú"])?.matrix).toBeUndefined();
  });
});
