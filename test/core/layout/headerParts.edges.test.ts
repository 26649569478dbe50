/**
 * The parts of table recognition that read one text or one column (headers.ts, headerStack.ts,
 * crossTab.ts, infer.ts, rowText.ts, transposed.ts): each decision on both sides of its edge.
 */
import { type Cell, type Grid, gridFromRows } from "../../../src/core/grid";
import { codedRole, headerRole, isCodeHeader, isColumnNumberToken, isKnownOtherHeader } from "../../../src/core/layout/headers";
import { headerBottom, periodMonths, stackedRoles, subHeaderRole } from "../../../src/core/layout/headerStack";
import { crossTabOf, isCrossTabHeader, pickByYear } from "../../../src/core/layout/crossTab";
import { columnContentKind, contentKindOf, roleFromContent } from "../../../src/core/layout/infer";
import { isExampleMarker, isNoteText, isSectionMarker, isSignatureForm, isSignatureText, isSubtotalText } from "../../../src/core/layout/rowText";
import { transposedAt } from "../../../src/core/layout/transposed";

/** The grid with its empty rows left out of `cells` altogether, as a reader of a sparse sheet may leave them. */
const sparse = (g: Grid): Grid => {
  const cells = new Array<(Cell | undefined)[]>(g.cells.length);
  g.cells.forEach((row, r) => {
    if (row.length) cells[r] = row;
  });
  return { ...g, cells };
};

describe("header roles from text", () => {
  test("a text longer than 80 characters is never a header", () => {
    expect(headerRole(`Kế hoạch ${"x".repeat(71)}`)).toBe("plan");
    expect(headerRole(`Kế hoạch ${"x".repeat(72)}`)).toBeUndefined();
    expect(headerRole("")).toBeUndefined();
    expect(headerRole("  /  ")).toBeUndefined();
  });

  test("prefixes count at a word boundary or a slash only", () => {
    expect(headerRole("Kế hoạch năm 2024")).toBe("plan");
    expect(headerRole("Kế hoạch/2024")).toBe("plan");
    expect(headerRole("Kế hoạchx")).toBeUndefined();
    expect(headerRole("Ghi chú thêm")).toBe("note");
  });

  test("another period's figure plays no role but is a known header", () => {
    expect(headerRole("Thực hiện cùng kỳ năm 2024")).toBeUndefined();
    expect(headerRole("Tỷ lệ so với năm trước/kế hoạch")).toBeUndefined();
    expect(isKnownOtherHeader("Thực hiện cùng kỳ")).toBe(true);
    expect(headerRole("Thực hiện năm nay")).toBe("actual");
  });

  test("headers known and unused, up to 80 characters", () => {
    expect(isKnownOtherHeader("Giới tính")).toBe(true);
    expect(isKnownOtherHeader("Lĩnh vực hoạt động")).toBe(true);
    expect(isKnownOtherHeader("Phân loại/cán bộ")).toBe(true);
    expect(isKnownOtherHeader("Lĩnh vựcx")).toBe(false);
    expect(isKnownOtherHeader(`Lĩnh vực ${"x".repeat(71)}`)).toBe(true);
    expect(isKnownOtherHeader(`Lĩnh vực ${"x".repeat(72)}`)).toBe(false);
    expect(isKnownOtherHeader("Họ và tên")).toBe(false);
  });

  test("code headers and the role a code stands for", () => {
    expect(isCodeHeader("Mã")).toBe(true);
    expect(isCodeHeader("Mã số")).toBe(true);
    expect(isCodeHeader("CODE")).toBe(true);
    expect(isCodeHeader("Ký hiệu")).toBe(true);
    expect(isCodeHeader("mahinhthuckt")).toBe(true);
    expect(isCodeHeader("mahi")).toBe(false);
    expect(isCodeHeader("Mẫu")).toBe(false);
    expect(isCodeHeader(`Mã ${"x".repeat(78)}`)).toBe(false);
    expect(isCodeHeader(`Mã ${"x".repeat(77)}`)).toBe(true);
    expect(codedRole("Mã hình thức khen thưởng")).toBe("award");
    expect(codedRole("Mã số đơn vị")).toBe("unit");
    expect(codedRole("Mã phân loại khen thưởng")).toBe("recipientKind");
    expect(codedRole("Mã phân loại cán bộ")).toBeUndefined();
    expect(codedRole("Mã số")).toBeUndefined();
    expect(codedRole("mahinhthuckt")).toBeUndefined();
    expect(codedRole("Hình thức khen thưởng")).toBeUndefined();
    expect(codedRole("Mã chỉ tiêu")).toBeUndefined();
  });

  test.each([
    ["(1)", true],
    ["1", true],
    ["12", true],
    ["123", false],
    [" (3) ", true],
    ["(2)=(1)x3", true],
    ["(4) - (3)", true],
    ["(4) ghi", false],
    ["A", false],
  ])("column number %j: %s", (text, yes) => expect(isColumnNumberToken(text)).toBe(yes));
});

describe("headers over several rows", () => {
  test("sub-headers under a decision group or a plan/actual group", () => {
    expect(subHeaderRole("Số", "decision")).toBe("decisionNumber");
    expect(subHeaderRole("Số ký hiệu", "decision")).toBe("decisionNumber");
    expect(subHeaderRole("Ngày ban hành", "decision")).toBe("decisionDate");
    expect(subHeaderRole("Số", "plan")).toBeUndefined();
    expect(subHeaderRole("Cấp", "decision")).toBeUndefined();
    expect(subHeaderRole("6 tháng", "actual")).toBe("actual");
    expect(subHeaderRole("Cả năm", "plan")).toBe("plan");
    expect(subHeaderRole("6 tháng", "percent")).toBeUndefined();
    expect(subHeaderRole("Ghi chú", "actual")).toBeUndefined();
    expect(subHeaderRole("Số", undefined)).toBeUndefined();
  });

  test.each([
    ["ca nam", 12],
    ["uoc ca nam", 12],
    ["nam 2024", 12],
    ["12 thang", 12],
    ["9 thang", 9],
    ["uoc 6 thang dau nam", 6],
    ["quy iii", 3],
    ["quy 4", 3],
    ["quy 5", 0],
    ["thang 7", 1],
    ["thang", 0],
    ["ghi chu", 0],
  ])("%s covers %i months", (key, months) => expect(periodMonths(key)).toBe(months));

  test("a header merged down three rows is three rows deep; a fourth row is a body row", () => {
    const rows = [["STT", "Chỉ tiêu", "Thực hiện"], [null, null, "Năm 2024"], [null, null, "Cả năm"], [null, null, "x"], [1, "Lúa", 5]];
    const g = gridFromRows(rows, { merges: ["A1:A4", "B1:B4"] });
    expect(headerBottom(g, 0, 0, 2)).toBe(2);
  });

  test("a number, a text outside the header's columns, a numbering row or nothing ends the header", () => {
    const merges = ["A1:A2", "B1:B2"];
    const at = (second: (string | number | null)[]) => headerBottom(gridFromRows([["STT", "Chỉ tiêu", "Thực hiện"], second, [1, "Lúa", 5]], { merges }), 0, 0, 2);
    expect(at([null, null, "Cả năm"])).toBe(1);
    expect(at([null, null, 5])).toBe(0);
    expect(at([null, null, "Cả năm", "x"])).toBe(0);
    expect(at([null, null, "(3)"])).toBe(0);
    expect(at([null, null, "C"])).toBe(0);
    expect(at([null, null, null])).toBe(0);
    // a number outside the header's columns does not end it
    expect(headerBottom(gridFromRows([["STT", "Chỉ tiêu", "Thực hiện"], [null, null, "Cả năm", 7]], { merges }), 0, 0, 2)).toBe(1);
  });

  test("without a cell merged down: texts under a group cell naming roles continue it; texts under no group do not", () => {
    const g = gridFromRows([["Chỉ tiêu", "Thực hiện", null], [null, "6 tháng", "Cả năm"], ["Lúa", 1, 2]], { merges: ["B1:C1"] });
    expect(headerBottom(g, 0, 0, 2)).toBe(1);
    expect(stackedRoles(g, 0, 1, 0, 2)).toEqual([
      { col: 2, role: "actual", level: 1 },
      { col: 0, role: "indicator", level: 0 },
    ]);
    const loose = gridFromRows([["Chỉ tiêu", "Thực hiện", null], [null, "6 tháng", "Cả năm"]]);
    expect(headerBottom(loose, 0, 0, 2)).toBe(0);
  });

  test("a middle row naming nothing continues the header when the row under it does", () => {
    const g = gridFromRows(
      [
        ["Chỉ tiêu", "Số liệu báo cáo", null],
        [null, "Năm 2023", null],
        [null, "Kế hoạch", "Thực hiện"],
        ["Lúa", 1, 2],
      ],
      { merges: ["B1:C1", "B2:C2"] },
    );
    expect(headerBottom(g, 0, 0, 2)).toBe(2);
    expect(stackedRoles(g, 0, 2, 0, 2)).toEqual([
      { col: 1, role: "plan", level: 2 },
      { col: 2, role: "actual", level: 2 },
      { col: 0, role: "indicator", level: 0 },
    ]);
    const shallow = gridFromRows([["Chỉ tiêu", "Số liệu báo cáo", null], [null, "Năm 2023", null], [null, "x", "y"]], { merges: ["B1:C1", "B2:C2"] });
    expect(headerBottom(shallow, 0, 0, 2)).toBe(0);
  });

  test("of one group's period sub-columns, the longest period is the figure; a tie keeps the first", () => {
    const g = (subs: string[]) =>
      stackedRoles(gridFromRows([["Chỉ tiêu", "Thực hiện", null, null], [null, ...subs]], { merges: ["A1:A2", "B1:D1"] }), 0, 1, 0, 3);
    expect(g(["6 tháng", "Cả năm", "9 tháng"])).toEqual([
      { col: 2, role: "actual", level: 1 },
      { col: 0, role: "indicator", level: 0 },
    ]);
    expect(g(["Quý I", "Quý II", "Tháng 7"])).toEqual([
      { col: 1, role: "actual", level: 1 },
      { col: 0, role: "indicator", level: 0 },
    ]);
    // a sub-column naming its own role is no period of the group
    expect(g(["6 tháng", "Kế hoạch", "Cả năm"])).toEqual([
      { col: 2, role: "plan", level: 1 },
      { col: 3, role: "actual", level: 1 },
      { col: 0, role: "indicator", level: 0 },
    ]);
  });

  test("a group cell with sub-columns names no column; a cell merged across with nothing under it does", () => {
    const g = gridFromRows([["Chỉ tiêu", "Quyết định", null, "Ghi chú", null], [null, "Số", "Ngày", null, null]], { merges: ["B1:C1", "D1:E1"] });
    expect(stackedRoles(g, 0, 1, 0, 4)).toEqual([
      { col: 1, role: "decisionNumber", level: 1 },
      { col: 2, role: "decisionDate", level: 1 },
      { col: 0, role: "indicator", level: 0 },
      { col: 3, role: "note", level: 0 },
    ]);
  });

  test("the nearest group above a cell lends its role; cells that are not text name nothing", () => {
    const g = gridFromRows(
      [
        ["Chỉ tiêu", "Kế hoạch", null, null],
        [null, "Thực hiện", null, 7],
        [null, "6 tháng", "Cả năm", null],
      ],
      { merges: ["B1:D1", "B2:C2"] },
    );
    expect(stackedRoles(g, 0, 2, 0, 3)).toEqual([
      { col: 2, role: "actual", level: 2 },
      { col: 0, role: "indicator", level: 0 },
    ]);
  });
});

describe("headers over several rows: each decision at its edge", () => {
  test.each([
    ["so voi ca nam", 0],
    ["ca nam so voi ke hoach", 0],
    ["10 thang", 10],
    ["so voi 9 thang", 0],
    ["9 thang so voi cung ky", 0],
    ["so voi quy ii", 0],
    ["quy ii so voi cung ky", 0],
    ["thang 10", 1],
    ["so voi thang 7", 0],
    ["thang 7 so voi cung ky", 0],
  ])("%s covers %i months (a period is the whole text, not a part of it)", (key, months) => expect(periodMonths(key)).toBe(months));

  test("under a decision group, only the whole text names the number or the date", () => {
    expect(subHeaderRole("Số hiệu", "decision")).toBe("decisionNumber");
    expect(subHeaderRole("Tổng số", "decision")).toBeUndefined();
    expect(subHeaderRole("Số lượng", "decision")).toBeUndefined();
    expect(subHeaderRole("Số ngày", "decision")).toBeUndefined();
    expect(subHeaderRole("Ngày nhận", "decision")).toBeUndefined();
  });

  const mergedDown = { merges: ["A1:A2", "B1:B2"] };

  test("a number in the header's last column ends it, even beside texts", () => {
    const at = (last: string | number | null) => headerBottom(gridFromRows([["STT", "Chỉ tiêu", "Thực hiện", "Ghi chú"], [null, null, "Cả năm", last], [1, "Lúa", 5, null]], mergedDown), 0, 0, 3);
    expect(at(null)).toBe(1);
    expect(at(5)).toBe(0);
  });

  test("a text left of the header's first column ends it", () => {
    const at = (left: string | null) => headerBottom(gridFromRows([[null, "STT", "Chỉ tiêu", "Thực hiện"], [left, null, null, "Cả năm"]], { merges: ["B1:B2", "C1:C2"] }), 0, 1, 3);
    expect(at(null)).toBe(1);
    expect(at("x")).toBe(0);
  });

  test("a row ends the header only when every text in it is a column number or letter", () => {
    const at = (last: string) => headerBottom(gridFromRows([["STT", "Chỉ tiêu", "Thực hiện", "Ghi chú"], [null, null, "Cả năm", last]], mergedDown), 0, 0, 3);
    expect(at("D")).toBe(1);
    expect(headerBottom(gridFromRows([["STT", "Chỉ tiêu", "Thực hiện"], [null, null, "Quý IV"]], mergedDown), 0, 0, 2)).toBe(1);
  });

  test("only a cell merged down from the header's own rows and columns continues it", () => {
    const rows = [["Chỉ tiêu", "Thực hiện", "Ghi chú", "Người ký"], [null, "x", null, null]];
    // right of the header's columns
    expect(headerBottom(gridFromRows(rows, { merges: ["D1:D2"] }), 0, 0, 2)).toBe(0);
    // left of them
    expect(headerBottom(gridFromRows(rows, { merges: ["A1:A2"] }), 0, 1, 3)).toBe(0);
    // within them
    expect(headerBottom(gridFromRows(rows, { merges: ["A1:A2"] }), 0, 0, 3)).toBe(1);
    // from above the header's top row
    const above = gridFromRows([[null, null, "Ghi chú"], ["Chỉ tiêu", "Thực hiện", null], [null, "x", null]], { merges: ["C1:C3"] });
    expect(headerBottom(above, 1, 0, 2)).toBe(1);
    // from the row itself down: that row's own merge, not the header's
    const own = gridFromRows([["Chỉ tiêu", "Thực hiện"], ["Nhóm A", null], [null, 5]], { merges: ["A2:A3"] });
    expect(headerBottom(own, 0, 0, 1)).toBe(0);
  });

  test("a text beside a group, right or left of it, is under no group: the header ends", () => {
    const right = gridFromRows([["Chỉ tiêu", "Thực hiện", null, "Khác"], [null, "6 tháng", "Cả năm", "Ghi chú"], ["Lúa", 1, 2, null]], { merges: ["B1:C1"] });
    expect(headerBottom(right, 0, 0, 3)).toBe(0);
    const left = gridFromRows([["Chỉ tiêu", "Kế hoạch", "Thực hiện", null], [null, "Cả năm", "6 tháng", "Cả năm"], ["Lúa", 1, 2, 3]], { merges: ["C1:D1"] });
    expect(headerBottom(left, 0, 0, 3)).toBe(0);
    // the same rows with every text under the group continue it
    const under = gridFromRows([["Chỉ tiêu", "Thực hiện", null, null], [null, "6 tháng", "Cả năm", "9 tháng"], ["Lúa", 1, 2, 3]], { merges: ["B1:D1"] });
    expect(headerBottom(under, 0, 0, 3)).toBe(1);
  });

  test("rows naming nothing are looked through at most to the header's depth", () => {
    const g = gridFromRows(
      [
        ["Chỉ tiêu", "Phần I", null],
        [null, "Phần A", null],
        [null, "Mục 1", null],
        [null, "Kế hoạch", "Thực hiện"],
        ["Lúa", 1, 2],
      ],
      { merges: ["B1:C1", "B2:C2", "B3:C3"] },
    );
    expect(headerBottom(g, 0, 0, 2)).toBe(0);
  });

  test("a plan group's period sub-columns: the longest period is the plan", () => {
    const g = gridFromRows([["Chỉ tiêu", "Kế hoạch", null], [null, "6 tháng", "Cả năm"]], { merges: ["A1:A2", "B1:C1"] });
    expect(stackedRoles(g, 0, 1, 0, 2)).toEqual([
      { col: 2, role: "plan", level: 1 },
      { col: 0, role: "indicator", level: 0 },
    ]);
  });

  test("two sub-columns of a decision group naming the same part are both kept (no period to choose by)", () => {
    const g = gridFromRows([["Họ và tên", "Quyết định", null], [null, "Số", "Số hiệu"]], { merges: ["A1:A2", "B1:C1"] });
    expect(stackedRoles(g, 0, 1, 0, 2)).toEqual([
      { col: 1, role: "decisionNumber", level: 1 },
      { col: 2, role: "decisionNumber", level: 1 },
      { col: 0, role: "name", level: 0 },
    ]);
  });

  test("a group whose first sub-column names nothing lends that column nothing, not its own role", () => {
    const g = gridFromRows([["Họ và tên", "Quyết định", null], [null, "Nơi ban hành", "Số"]], { merges: ["A1:A2", "B1:C1"] });
    expect(stackedRoles(g, 0, 1, 0, 2)).toEqual([
      { col: 2, role: "decisionNumber", level: 1 },
      { col: 0, role: "name", level: 0 },
    ]);
  });

  test("a cell merged down in the header's last column continues it; a merge in the row itself is no group over it", () => {
    const last = gridFromRows([["Chỉ tiêu", "Thực hiện", "Ghi chú"], [null, "x", null]], { merges: ["C1:C2"] });
    expect(headerBottom(last, 0, 0, 2)).toBe(1);
    const own = gridFromRows([["Chỉ tiêu", "Kế hoạch", null], [null, "Thực hiện", null], ["Lúa", 1, 2]], { merges: ["B2:C2"] });
    expect(headerBottom(own, 0, 0, 2)).toBe(0);
  });

  test("a cell merged down only (one column) is no group for the row under it", () => {
    // row 2 is in the header (A1:A2 reaches it); row 3's "Cả năm" is under B1:B2, merged down only
    const g = gridFromRows([["Chỉ tiêu", "Thực hiện", "Ghi chú"], [null, null, "x"], [null, "Cả năm", null], ["Lúa", 5, null]], { merges: ["A1:A2", "B1:B2"] });
    expect(headerBottom(g, 0, 0, 2)).toBe(1);
  });

  test("a text in the header's first column continues it when a group is over it", () => {
    const g = gridFromRows([["Số liệu", null, null], ["Kế hoạch", "Thực hiện", "Ghi chú"], [1, 2, null]], { merges: ["A1:C1"] });
    expect(headerBottom(g, 0, 0, 2)).toBe(1);
  });

  test("the nearest group lends its role whatever order the merges are listed in", () => {
    const g = gridFromRows(
      [
        ["Chỉ tiêu", "Kế hoạch", null, null],
        [null, "Thực hiện", null, null],
        [null, "6 tháng", "Cả năm", null],
      ],
      { merges: ["B2:C2", "B1:D1"] },
    );
    expect(stackedRoles(g, 0, 2, 0, 3)).toEqual([
      { col: 2, role: "actual", level: 2 },
      { col: 0, role: "indicator", level: 0 },
    ]);
  });

  test("a plan group and an actual group each keep their own longest period; levels count from the header's top", () => {
    const g = gridFromRows(
      [
        ["BÁO CÁO NĂM 2024", null, null, null, null],
        [null, null, null, null, null],
        ["Chỉ tiêu", "Kế hoạch", null, "Thực hiện", null],
        [null, "6 tháng", "Cả năm", "6 tháng", "Cả năm"],
      ],
      { merges: ["A3:A4", "B3:C3", "D3:E3"] },
    );
    expect(stackedRoles(g, 2, 3, 0, 4)).toEqual([
      { col: 2, role: "plan", level: 1 },
      { col: 4, role: "actual", level: 1 },
      { col: 0, role: "indicator", level: 0 },
    ]);
  });

  test("a group is a cell merged across with text under any of its columns, the last one too; blank texts under it are none", () => {
    const lastOnly = gridFromRows([["Họ và tên", "Quyết định", null], [null, null, "Số"]], { merges: ["A1:A2", "B1:C1"] });
    expect(stackedRoles(lastOnly, 0, 1, 0, 2)).toEqual([
      { col: 2, role: "decisionNumber", level: 1 },
      { col: 0, role: "name", level: 0 },
    ]);
    const blank = { t: "s" as const, v: "  " };
    const blankUnder = gridFromRows([["Chỉ tiêu", "Ghi chú", null], [null, blank, blank]], { merges: ["B1:C1"] });
    expect(stackedRoles(blankUnder, 0, 1, 0, 2)).toEqual([
      { col: 0, role: "indicator", level: 0 },
      { col: 1, role: "note", level: 0 },
    ]);
  });

  test("rows missing from the grid (a sparse sheet) are empty, in the header and in a group's own row", () => {
    const hole = sparse(gridFromRows([["Chỉ tiêu", "Thực hiện", null, "Ghi chú", null], [], [null, "6 tháng", "Cả năm", null, null]], { merges: ["B1:C1", "D1:E1"] }));
    expect(stackedRoles(hole, 0, 2, 0, 4)).toEqual([
      { col: 2, role: "actual", level: 2 },
      { col: 0, role: "indicator", level: 0 },
      { col: 3, role: "note", level: 0 },
    ]);
    const groupRowMissing = sparse(gridFromRows([["Chỉ tiêu", null, null], [], [null, "6 tháng", "Cả năm"]], { merges: ["B2:C2"] }));
    expect(stackedRoles(groupRowMissing, 0, 2, 0, 2)).toEqual([{ col: 0, role: "indicator", level: 0 }]);
  });
});

describe("cross-tabs", () => {
  test.each([
    ["Năm 2023", true],
    ["2024", true],
    ["Quý II", true],
    ["Xã Tân Lập", true],
    ["Tổng số", true],
    ["Toàn huyện", true],
    ["Xã", false],
    ["Ghi chú", false],
  ])("%s is a cross-tab column header: %s", (text, yes) => expect(isCrossTabHeader(text)).toBe(yes));

  test("a long text is not", () => expect(isCrossTabHeader(`Xã ${"x".repeat(78)}`)).toBe(false));

  test("units across: two or more, and no period among them", () => {
    const cols = { stt: 0, indicator: 1 };
    expect(crossTabOf(cols, { 0: "STT", 1: "Chỉ tiêu", 2: "Xã A", 3: "Xã B" }, [])).toEqual({ axis: "units", columns: [{ col: 2, label: "Xã A" }, { col: 3, label: "Xã B" }] });
    expect(crossTabOf(cols, { 0: "STT", 1: "Chỉ tiêu", 2: "Xã A" }, [])).toBeUndefined();
    expect(crossTabOf(cols, { 0: "STT", 1: "Chỉ tiêu", 2: "Xã A", 3: "Xã B", 4: "Năm 2024" }, [])).toBeUndefined();
    // only with an indicator and without a plan or actual column
    expect(crossTabOf({ name: 1 }, { 2: "Xã A", 3: "Xã B" }, [])).toBeUndefined();
    expect(crossTabOf({ indicator: 1, plan: 4 }, { 2: "Xã A", 3: "Xã B" }, [])).toBeUndefined();
    expect(crossTabOf({ indicator: 1, actual: 4 }, { 2: "Xã A", 3: "Xã B" }, [])).toBeUndefined();
  });

  test("periods across: the column of the title's one year is chosen; the label is the lowest header text", () => {
    const texts = { 1: "Chỉ tiêu", 2: "Thực hiện / Năm 2023", 3: "Năm 2024", 4: "Quý I", 5: "Ghi chú" };
    expect(crossTabOf({ indicator: 1, note: 5 }, texts, ["BÁO CÁO NĂM 2024"])).toEqual({
      axis: "periods",
      columns: [
        { col: 2, label: "Năm 2023", year: 2023 },
        { col: 3, label: "Năm 2024", year: 2024 },
        { col: 4, label: "Quý I" },
      ],
      chosen: 3,
    });
    // two years in the title, or none: nothing chosen
    expect(crossTabOf({ indicator: 1 }, texts, ["NĂM 2023", "NĂM 2024"])).not.toHaveProperty("chosen");
    expect(crossTabOf({ indicator: 1 }, texts, [])).not.toHaveProperty("chosen");
    // the same year stated twice is one year
    expect(crossTabOf({ indicator: 1 }, texts, ["NĂM 2024", "BÁO CÁO NĂM 2024"])?.chosen).toBe(3);
    expect(crossTabOf({ indicator: 1 }, { 1: "Chỉ tiêu", 2: "Năm 2024" }, [])).toBeUndefined();
    expect(crossTabOf({ indicator: 1 }, { 1: "Chỉ tiêu", 2: "Năm 2024", 3: "Xã A", 4: "Quý I" }, [])).toBeUndefined();
  });

  test("a column whose lowest text names a role or is blank is no cross-tab column", () => {
    expect(crossTabOf({ indicator: 1 }, { 1: "Chỉ tiêu", 2: "Xã A", 3: "Xã B", 4: "Ghi chú", 5: " " }, [])?.columns.map((c) => c.col)).toEqual([2, 3]);
  });

  test("a year is the whole header, with or without 'Năm'; up to 80 characters", () => {
    expect(isCrossTabHeader("Cùng kỳ năm 2024")).toBe(false);
    expect(isCrossTabHeader("Năm 2024 (ước)")).toBe(false);
    expect(isCrossTabHeader(`Xã ${"x".repeat(77)}`)).toBe(true);
  });

  test("bare years across are periods; a column the header already gave a role is not a unit", () => {
    expect(crossTabOf({ indicator: 1 }, { 1: "Chỉ tiêu", 2: "2023", 3: "2024" }, ["NĂM 2024"])).toEqual({
      axis: "periods",
      columns: [
        { col: 2, label: "2023", year: 2023 },
        { col: 3, label: "2024", year: 2024 },
      ],
      chosen: 3,
    });
    expect(crossTabOf({ indicator: 1, note: 4 }, { 1: "Chỉ tiêu", 2: "Xã A", 3: "Xã B", 4: "Xã C" }, [])?.columns.map((c) => c.col)).toEqual([2, 3]);
    expect(crossTabOf({ indicator: 1 }, { 1: "Chỉ tiêu", 2: "Xã A ", 3: "Thực hiện / Xã B " }, [])?.columns.map((c) => c.label)).toEqual(["Xã A", "Xã B"]);
  });

  test("several years' columns with no year in the title: nothing chosen, not even the column naming no year", () => {
    const cands = [
      { col: 3, role: "actual" as const },
      { col: 5, role: "actual" as const },
      { col: 6, role: "actual" as const },
    ];
    expect(pickByYear(cands, { 3: "Thực hiện năm 2023", 5: "Thực hiện" }, "actual", [])).toStrictEqual({});
    expect(pickByYear(cands.slice(0, 2), { 3: "Thực hiện năm 2023", 5: "Thực hiện năm 2024" }, "actual", ["NĂM 2022"])).toStrictEqual({});
    // a column with no header text names no year
    expect(pickByYear(cands, { 3: "Thực hiện năm 2023", 5: "Thực hiện năm 2024" }, "actual", ["NĂM 2023"])).toStrictEqual({ chosen: 3 });
    expect(pickByYear(cands, { 3: "Thực hiện năm 2023", 5: "Thực hiện năm 2024" }, "actual", ["NĂM 2025"])).toStrictEqual({ chosen: 6 });
  });

  test("a figure in several years' columns: the title's year, else the column naming no year", () => {
    const cands = [
      { col: 3, role: "actual" as const },
      { col: 5, role: "actual" as const },
      { col: 4, role: "plan" as const },
    ];
    const texts = { 3: "Thực hiện năm 2023", 4: "Kế hoạch năm 2024", 5: "Thực hiện năm 2024" };
    expect(pickByYear(cands, texts, "actual", ["NĂM 2024"])).toEqual({ chosen: 5 });
    expect(pickByYear(cands, texts, "actual", [])).toEqual({});
    expect(pickByYear(cands, texts, "actual", ["NĂM 2022"])).toEqual({});
    expect(pickByYear(cands, { ...texts, 5: "Thực hiện" }, "actual", ["NĂM 2022"])).toEqual({ chosen: 5 });
    expect(pickByYear(cands, texts, "plan", ["NĂM 2024"])).toBeUndefined();
    expect(pickByYear(cands, { 3: "Thực hiện", 5: "Cả năm" }, "actual", ["NĂM 2024"])).toBeUndefined();
    expect(pickByYear([...cands, { col: 5, role: "actual" }], { 3: "Thực hiện", 5: "Cả năm" }, "actual", [])).toBeUndefined();
  });
});

describe("what a column holds", () => {
  test("cells that tell nothing", () => {
    expect(contentKindOf(undefined)).toBeUndefined();
    expect(contentKindOf({ t: "s", v: "   " })).toBeUndefined();
    expect(contentKindOf({ t: "b", v: true })).toBeUndefined();
    expect(contentKindOf({ t: "s", v: "01.02.2024" })).toBe("date");
    expect(contentKindOf({ t: "s", v: "Số 12/NQ-HĐND" })).toBe("decisionNumber");
  });

  test("a date is the whole trimmed text in a date's shape; a boolean or an error tells nothing whatever it shows", () => {
    expect(contentKindOf({ t: "s", v: " 12/05/2024 " })).toBe("date");
    expect(contentKindOf({ t: "s", v: "31/02/2024" })).toBe("date");
    expect(contentKindOf({ t: "s", v: "ngày 12/05/2024" })).not.toBe("date");
    expect(contentKindOf({ t: "s", v: "12/05/2024 (dự kiến)" })).not.toBe("date");
    expect(contentKindOf({ t: "b", v: true, w: "12/05/2024" })).toBeUndefined();
    expect(contentKindOf({ t: "e", v: "#N/A", w: "12/05/2024" })).toBeUndefined();
  });

  test("blank text cells are not counted as filled; the kind most cells share wins wherever it starts", () => {
    const blank = { t: "s" as const, v: "  " };
    const g = gridFromRows([[12], [blank], [blank], [34]]);
    expect(columnContentKind(g, 0, [0, 1, 2, 3])).toBe("number");
    const later = gridFromRows([["???"], [1], [2], [3], [4]]);
    expect(columnContentKind(later, 0, [0, 1, 2, 3, 4])).toBe("number");
    // rows missing from the grid are empty
    const sparseRows = new Array<(Cell | undefined)[]>(4);
    sparseRows[0] = [{ t: "n", v: 1 }];
    sparseRows[3] = [{ t: "n", v: 2 }];
    expect(columnContentKind({ ...g, cells: sparseRows }, 0, [0, 1, 2, 3])).toBe("number");
  });

  test("seven of ten filled cells must agree; at least two filled; the first 40 filled are sampled", () => {
    const col = (texts: (string | null)[]) => gridFromRows(texts.map((t) => [t]));
    const rows = (n: number) => Array.from({ length: n }, (_, i) => i);
    const mixed = (names: number, others: number) => [...Array(names).fill("Lò Văn An"), ...Array(others).fill("???")];
    expect(columnContentKind(col(mixed(7, 3)), 0, rows(10))).toBe("name");
    expect(columnContentKind(col(mixed(6, 4)), 0, rows(10))).toBeUndefined();
    expect(columnContentKind(col(mixed(2, 0)), 0, rows(2))).toBe("name");
    expect(columnContentKind(col(["???", "???", "???"]), 0, rows(3))).toBeUndefined();
    // 40 names sampled, then 20 others not looked at
    expect(columnContentKind(col(mixed(40, 20)), 0, rows(60))).toBe("name");
    expect(columnContentKind(col([...mixed(28, 12), "???"]), 0, rows(41))).toBe("name");
    expect(columnContentKind(col([...mixed(27, 13), "Lò Văn An"]), 0, rows(41))).toBeUndefined();
  });

  test("the role a figures column takes: the actual between plan and percent, else the plan before the actual", () => {
    const f = { indicator: 1, measure: 2 };
    expect(roleFromContent("number", 3, f)).toBe("actual");
    expect(roleFromContent("number", 3, { ...f, plan: 3 })).toBeUndefined();
    expect(roleFromContent("number", 4, { ...f, plan: 3 })).toBe("actual");
    expect(roleFromContent("number", 4, { ...f, percent: 4 })).toBeUndefined();
    expect(roleFromContent("number", 3, { ...f, actual: 3 })).toBeUndefined();
    expect(roleFromContent("number", 2, { ...f, actual: 3 })).toBe("plan");
    expect(roleFromContent("number", 2, { ...f, actual: 3, plan: 1 })).toBeUndefined();
    expect(roleFromContent("date", 2, { ...f, actual: 3 })).toBeUndefined();
    // an indicator alone is not yet a figures table
    expect(roleFromContent("number", 3, { indicator: 1 })).toBeUndefined();
  });

  test("the role an award column takes, only when the table lacks it", () => {
    const a = { name: 1, decision: 4 };
    expect(roleFromContent("award", 2, a)).toBe("award");
    expect(roleFromContent("award", 2, { ...a, award: 3 })).toBeUndefined();
    expect(roleFromContent("name", 2, { award: 3, familyName: 0 })).toBeUndefined();
    expect(roleFromContent("name", 2, { award: 3, givenName: 0 })).toBeUndefined();
    expect(roleFromContent("decisionNumber", 5, { name: 1, award: 3 })).toBe("decisionNumber");
    expect(roleFromContent("decisionNumber", 5, a)).toBeUndefined();
    expect(roleFromContent("decisionNumber", 5, { name: 1, award: 3, decisionNumber: 4 })).toBeUndefined();
    expect(roleFromContent("date", 3, { name: 1, decisionNumber: 4 })).toBe("decisionDate");
    expect(roleFromContent("date", 5, { name: 1, decisionNumber: 4, decisionDate: 6 })).toBeUndefined();
    expect(roleFromContent("date", 5, { name: 1, decisionNumber: 4, decision: 6 })).toBeUndefined();
    expect(roleFromContent("date", 5, { name: 1, recipientKind: 4 })).toBeUndefined();
    expect(roleFromContent("number", 5, a)).toBeUndefined();
    // an award column beside an indicator is no award table
    expect(roleFromContent("name", 2, { award: 3, indicator: 0 })).toBeUndefined();
    expect(roleFromContent("name", 2, { decisionDate: 3 })).toBe("name");
  });
});

describe("row texts", () => {
  test.each([
    ["Cộng", true],
    ["CỘNG:", true],
    ["Tổng cộng toàn huyện", true],
    ["Cộng: 12", true],
    ["Cộng 12", true],
    ["Công an xã", false],
    ["Công 12", false],
    ["Cong 12", true],
    ["Cộng đồng", false],
    ["Tổng số", true],
    ["Tổng đàn", false],
  ])("total %s: %s", (text, yes) => expect(isSubtotalText(text)).toBe(yes));

  test("signature texts are short", () => {
    expect(isSignatureText("Giám đốc")).toBe(true);
    expect(isSignatureText("TM. UBND")).toBe(true);
    expect(isSignatureText("Nguyễn Văn An")).toBe(false);
    expect(isSignatureText(`TM. ${"x".repeat(56)}`)).toBe(true);
    expect(isSignatureText(`TM. ${"x".repeat(57)}`)).toBe(false);
    expect(isSignatureForm(`TM. ${"x".repeat(56)}`)).toBe(true);
    expect(isSignatureForm(`TM. ${"x".repeat(57)}`)).toBe(false);
  });

  test.each([
    ["TL. CHỦ TỊCH", true],
    ["TUQ. GIÁM ĐỐC", true],
    ["Q. TRƯỞNG PHÒNG", true],
    ["TMX", false],
    ["Người lập", true],
    ["Người tổng hợp", true],
    ["Người tổng hợp số liệu", false],
    ["Ký tên", true],
    ["(Ký và đóng dấu)", true],
    ["Thủ trưởng cơ quan", true],
    ["Thủ trưởng phòng", false],
    ["Ngày ... tháng ... năm 2022", true],
    ["Ngày 12 tháng 3 năm", true],
    ["Ngày thành lập", false],
  ])("signature form %s: %s", (text, yes) => expect(isSignatureForm(text)).toBe(yes));

  test.each([
    ["VD", true],
    ["  (vd)", true],
    ["Vi du - ", true],
    ["Mau:", true],
    ["Mẫu - 01", false],
    ["Vd.", true],
    ["Mẫu", true],
    [`VD: ${"x".repeat(76)}`, true],
    [`VD: ${"x".repeat(77)}`, false],
    ["Xem VD:", false],
    ["Vi du", true],
    ["mau", true],
    ["(Ví dụ)", true],
    ["Vd :", true],
    ["Mẫu :", true],
    ["Mau ghi", false],
    ["Vd ghi", false],
  ])("example marker %j: %s", (text, yes) => expect(isExampleMarker(text)).toBe(yes));

  test.each([
    ["Ghi chú: x", true],
    ["Lưu ý", true],
    ["Chú thích", true],
    ["Nguồn: Chi cục thống kê", true],
    ["* Số liệu ước", true],
    [" *ước", true],
    ["Tân Lập, ngày 20 tháng 6 năm 2025", true],
    ["Tân Lập ngày 20 tháng 6 năm 2025", false],
    [", ngày 20 tháng 6 năm 2025", false],
    ["Tân Lập, ngày lễ", false],
    ["Nguyễn Văn An", false],
  ])("note %s: %s", (text, yes) => expect(isNoteText(text)).toBe(yes));

  test.each([
    ["I", true],
    ["IV.", true],
    ["XII)", true],
    ["A", true],
    ["Đ", true],
    ["AB", false],
    ["IIII", false],
    ["Phần III", true],
    ["Phần 3", false],
    ["1", false],
    ["", false],
  ])("section marker %j: %s", (text, yes) => expect(isSectionMarker(text)).toBe(yes));
});

describe("transposed figures", () => {
  const at = (rows: (string | number | null)[][]) => transposedAt(gridFromRows(rows), 0);

  test("needs 'Chỉ tiêu' first, two or more text names beside it, and a plan or actual line", () => {
    expect(at([["Chỉ tiêu", "Lúa", "Ngô"], ["Thực hiện", 1, 2]])).toEqual({ labelCol: 0, indicatorRow: 0, lines: { actual: 1 }, itemCols: [1, 2], lastRow: 1, unknownLines: [] });
    expect(at([["Chỉ tiêu", "Lúa"], ["Thực hiện", 1]])).toBeNull();
    expect(at([["Chỉ tiêu", "Lúa", 5], ["Thực hiện", 1, 2]])).toBeNull();
    expect(at([["Tên", "Lúa", "Ngô"], ["Thực hiện", 1, 2]])).toBeNull();
    expect(at([[1, "Chỉ tiêu", "Lúa", "Ngô"]])).toBeNull();
    expect(at([["Chỉ tiêu", "Lúa", "Ngô"], ["Đơn vị tính", "ha", "tấn"], ["Tỷ lệ", 1, 2]])).toBeNull();
  });

  test("the label column may start anywhere; blanks between names are skipped", () => {
    expect(at([[null, "Chỉ tiêu", "Lúa", null, "Ngô"], [null, "Kế hoạch", 1, null, 2]])).toMatchObject({ labelCol: 1, itemCols: [2, 4], lines: { plan: 1 } });
  });

  test("lines: known ones once; unknown ones with values listed while a known one follows; a blank label or a long text without values ends it", () => {
    const t = at([
      ["Chỉ tiêu", "Lúa", "Ngô"],
      ["Kế hoạch", 1, 2],
      ["Thực hiện cùng kỳ", 1, 2],
      ["Thực hiện", 1, 2],
      ["Thực hiện", 3, 4],
      ["Ghi chú chung", null, null],
      ["Tỷ lệ %", 1, 1],
    ]);
    expect(t).toEqual({ labelCol: 0, indicatorRow: 0, lines: { plan: 1, actual: 3 }, itemCols: [1, 2], lastRow: 3, unknownLines: [2] });
    const long = at([["Chỉ tiêu", "Lúa", "Ngô"], ["Kế hoạch", 1, 2], ["x".repeat(61), 1, 2], ["Thực hiện", 1, 2]]);
    expect(long).toMatchObject({ lines: { plan: 1 }, lastRow: 1, unknownLines: [] });
    const sixty = at([["Chỉ tiêu", "Lúa", "Ngô"], ["Kế hoạch", 1, 2], ["x".repeat(60), 1, 2], ["Thực hiện", 1, 2]]);
    expect(sixty).toMatchObject({ lines: { plan: 1, actual: 3 }, unknownLines: [2] });
    const blank = at([["Chỉ tiêu", "Lúa", "Ngô"], ["Kế hoạch", 1, 2], [null, 1, 2], ["Thực hiện", 1, 2]]);
    expect(blank).toMatchObject({ lines: { plan: 1 }, lastRow: 1 });
  });

  test("an unknown line is listed when any item has a value, and a role's line longer than 60 characters is still listed", () => {
    const some = at([["Chỉ tiêu", "Lúa", "Ngô"], ["Kế hoạch", 1, 2], ["Thực hiện cùng kỳ", 3, null], ["Thực hiện", 5, 6]]);
    expect(some).toMatchObject({ lines: { plan: 1, actual: 3 }, unknownLines: [2] });
    const note = `Ghi chú: ${"x".repeat(60)}`;
    const longRole = at([["Chỉ tiêu", "Lúa", "Ngô"], ["Kế hoạch", 1, 2], [note, 1, 2], ["Thực hiện", 1, 2]]);
    expect(longRole).toMatchObject({ lines: { plan: 1, actual: 3 }, unknownLines: [2] });
  });

  test("a label of spaces only, or a row missing from the grid, ends the lines", () => {
    const spaces = at([["Chỉ tiêu", "Lúa", "Ngô"], ["Kế hoạch", 1, 2], ["   ", 3, 4], ["Thực hiện", 5, 6]]);
    expect(spaces).toMatchObject({ lines: { plan: 1 }, lastRow: 1, unknownLines: [] });
    const g = sparse(gridFromRows([["Chỉ tiêu", "Lúa", "Ngô"], ["Kế hoạch", 1, 2], [], ["Thực hiện", 5, 6]]));
    expect(transposedAt(g, 0)).toMatchObject({ lines: { plan: 1 }, lastRow: 1 });
  });

  test("at most twelve lines under the names are read", () => {
    const filler = Array.from({ length: 11 }, (_, i) => [`Dòng ${i}`, 1, 2]);
    expect(at([["Chỉ tiêu", "Lúa", "Ngô"], ...filler, ["Thực hiện", 1, 2]])).toMatchObject({ lines: { actual: 12 }, lastRow: 12 });
    expect(at([["Chỉ tiêu", "Lúa", "Ngô"], ...filler, ["Dòng 11", 1, 2], ["Thực hiện", 1, 2]])).toBeNull();
  });
});

describe("headers: edges the mutation run found unwatched", () => {
  test("a slash with a space on one side only reads as 'a/b'", () => {
    expect(headerRole("Tập thể/Cá nhân")).toBe("recipientKind");
    expect(headerRole("Tập thể/ Cá nhân")).toBe("recipientKind");
    expect(headerRole("Tập thể /Cá nhân")).toBe("recipientKind");
  });

  test("a column number with a formula: two digits, spaces around", () => {
    expect(isColumnNumberToken("(12)=(10)+(11)")).toBe(true);
    expect(isColumnNumberToken(" (3)=(1)x(2) ")).toBe(true);
  });
});
