/**
 * The user's decisions on columns (src/core/layout/columnDecisions.ts): a column the reader does not
 * recognise is read in the role the user gives it; without a decision its rows are reported, never
 * counted on a guess.
 */
import { gridFromRows } from "../../../src/core/grid";
import { analyze } from "../../../src/core/engine";
import { attachColumnDecisions, columnIndex, decidedRoles, decisionsKey, namesFile, parseColumnDecision, unmatchedDecisions, type ColumnDecision } from "../../../src/core/layout/columnDecisions";
import { createSession } from "../../../src/app/session";

/** An award list whose award column is headed by words no role knows ("Nội dung đề nghị khen"). */
const list = (file = "xa-tan-lap.xlsx") =>
  gridFromRows(
    [
      ["UBND XÃ TÂN LẬP"],
      ["DANH SÁCH KHEN THƯỞNG NĂM 2025"],
      ["STT", "Họ và tên", "Chức vụ", "Nội dung đề nghị khen"],
      [1, "Nguyễn Văn An", "Giáo viên", "Lao động tiên tiến"],
      [2, "Lò Thị Mai", "Kế toán", "Lao động tiên tiến"],
      [3, "Quàng Văn Minh", "Công chức", "Chiến sĩ thi đua cơ sở"],
    ],
    { file, sheet: "Danh sách" },
  );

const AWARD_IS_D: ColumnDecision = { file: "xa-tan-lap.xlsx", sheet: "Danh sách", column: "D", role: "award" };

describe("column decisions", () => {
  test("without a decision the rows are not read: a warning names them, no award is counted", () => {
    const a = analyze([{ file: "xa-tan-lap.xlsx", grids: [list()] }]);
    expect(a.files[0].sheets.flatMap((s) => s.awards)).toEqual([]);
    const account = a.ledger[0].rowAccounts![0];
    expect(account.records).toBe(0);
    expect(Object.values(account.notRead).flat()).toEqual(expect.arrayContaining([4, 5, 6]));
    expect(a.issues.filter((i) => i.rule === "rows-not-read" || i.rule === "sheet-no-table")).not.toHaveLength(0);
  });

  test("with the decision the same rows are records, read from that column", () => {
    const a = analyze([{ file: "xa-tan-lap.xlsx", grids: [list()] }], { columnDecisions: [AWARD_IS_D] });
    const awards = a.files[0].sheets.flatMap((s) => s.awards);
    expect(awards.map((r) => [r.name, r.awardText, r.ref.cell])).toEqual([
      ["Nguyễn Văn An", "Lao động tiên tiến", "B4"],
      ["Lò Thị Mai", "Lao động tiên tiến", "B5"],
      ["Quàng Văn Minh", "Chiến sĩ thi đua cơ sở", "B6"],
    ]);
    expect(a.ledger[0].sheets[0].columns.award).toBe("D");
    expect(a.ledger[0].rowAccounts![0].notRead).toEqual({});
  });

  test("a decision names its file by name (folder left out, case ignored) and its sheet ignoring case; another file's is not used", () => {
    const inFolder = (d: Partial<ColumnDecision>) => analyze([{ file: "don-vi/xa-tan-lap.xlsx", grids: [list("don-vi/xa-tan-lap.xlsx")] }], { columnDecisions: [{ ...AWARD_IS_D, ...d }] });
    expect(inFolder({}).files[0].sheets[0].awards).toHaveLength(3);
    expect(inFolder({ file: "XA-TAN-LAP.XLSX", sheet: "DANH SÁCH" }).files[0].sheets[0].awards).toHaveLength(3);
    expect(inFolder({ file: "xa-hoa-binh.xlsx" }).files[0].sheets[0].awards).toHaveLength(0);
    expect(inFolder({ sheet: "Sheet2" }).files[0].sheets[0].awards).toHaveLength(0);
  });

  test("a column named wrongly is set right, and 'none' leaves a column unread", () => {
    // "Chức vụ" holds the awards here: the user says C is the award and D is not read
    const grid = gridFromRows(
      [
        ["STT", "Họ và tên", "Chức vụ", "Ghi chú"],
        [1, "Nguyễn Văn An", "Lao động tiên tiến", "x"],
        [2, "Lò Thị Mai", "Lao động tiên tiến", "y"],
      ],
      { file: "a.xlsx", sheet: "DS" },
    );
    const decisions: ColumnDecision[] = [
      { file: "a.xlsx", sheet: "DS", column: "C", role: "award" },
      { file: "a.xlsx", sheet: "DS", column: "D", role: "none" },
    ];
    const a = analyze([{ file: "a.xlsx", grids: [grid] }], { columnDecisions: decisions });
    expect(a.files[0].sheets[0].awards.map((r) => [r.awardText, r.position])).toEqual([
      ["Lao động tiên tiến", undefined],
      ["Lao động tiên tiến", undefined],
    ]);
    expect(a.ledger[0].sheets[0].columns).toMatchObject({ award: "C" });
    expect(a.ledger[0].sheets[0].columns.note).toBeUndefined();
  });

  test("the same grid read again with other decisions gives other tables (the pane keeps its workbook's grids)", () => {
    const grid = list();
    expect(analyze([{ file: "xa-tan-lap.xlsx", grids: [grid] }], { columnDecisions: [AWARD_IS_D] }).files[0].sheets[0].awards).toHaveLength(3);
    expect(analyze([{ file: "xa-tan-lap.xlsx", grids: [grid] }]).files[0].sheets[0].awards).toHaveLength(0);
  });

  test.each([
    ["xa-a.xlsx!Danh sách!D=award", { file: "xa-a.xlsx", sheet: "Danh sách", column: "D", role: "award" }],
    ["don vi/xa a.xlsx!Sheet!1!ab=none", { file: "don vi/xa a.xlsx", sheet: "Sheet!1", column: "AB", role: "none" }],
    ["a.csv!a!C=decisionNumber", { file: "a.csv", sheet: "a", column: "C", role: "decisionNumber" }],
  ])("parses %s", (text, decision) => {
    expect(parseColumnDecision(text)).toEqual(decision);
  });

  test.each(["a.xlsx!D=award", "a.xlsx!S!D", "a.xlsx!S!D=prize", "a.xlsx!S!4=award", "!S!D=award", "a.xlsx!!D=award"])("refuses %s", (text) => {
    expect(parseColumnDecision(text)).toBeUndefined();
  });

  test("column letters", () => {
    expect([columnIndex("A"), columnIndex("d"), columnIndex("Z"), columnIndex("AA"), columnIndex("AB"), columnIndex("1"), columnIndex("")]).toEqual([0, 3, 25, 26, 27, undefined, undefined]);
  });
});

describe("column decisions through the session", () => {
  const bytesOf = async (grid: ReturnType<typeof list>) => {
    const XLSX = await import("@e965/xlsx");
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(grid.cells.map((row) => row.map((c) => c?.v ?? null))), grid.sheet);
    return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
  };

  test("decideColumn settles a column by the file's name or its content hash, from the next check", async () => {
    const session = createSession();
    session.addFiles([{ name: "xa-tan-lap.xlsx", bytes: await bytesOf(list()) }]);
    const awards = (a: Awaited<ReturnType<typeof session.check>>) => a.files.flatMap((f) => f.sheets.flatMap((s) => s.awards)).length;
    expect(awards(await session.check())).toBe(0);
    session.decideColumn({ ...AWARD_IS_D, file: session.state.files[0].hash });
    expect(awards(await session.check())).toBe(3);
    // a second decision on the same column replaces the first
    session.decideColumn({ ...AWARD_IS_D, file: session.state.files[0].hash, role: "none" });
    expect(session.state.settings.columnDecisions).toHaveLength(1);
    expect(awards(await session.check())).toBe(0);
    session.decideColumn(AWARD_IS_D);
    expect(awards(await session.check())).toBe(3);
  });
});

describe("unmatchedDecisions: a decision that names no file and sheet of the run", () => {
  const ledger = [{ file: "in/xa-tan-lap.xlsx", sheets: [{ sheet: "Danh sách" }, { sheet: "Tổng hợp" }] }];
  test("matched by file name (folder left out, case ignored) and sheet (case ignored): none left", () => {
    expect(unmatchedDecisions([AWARD_IS_D, { ...AWARD_IS_D, file: "IN/XA-TAN-LAP.XLSX", sheet: "tổng hợp" }], ledger)).toEqual([]);
  });
  test("a wrong sheet or a wrong file is returned, each on its own", () => {
    const wrongSheet = { ...AWARD_IS_D, sheet: "Danh sách 2" };
    const wrongFile = { ...AWARD_IS_D, file: "xa-khac.xlsx" };
    expect(unmatchedDecisions([AWARD_IS_D, wrongSheet, wrongFile], ledger)).toEqual([wrongSheet, wrongFile]);
  });
  test("the sheet must belong to the file the decision names", () => {
    const other = [...ledger, { file: "xa-khac.xlsx", sheets: [{ sheet: "Khác" }] }];
    const crossed = { ...AWARD_IS_D, file: "xa-khac.xlsx" };
    expect(unmatchedDecisions([crossed], other)).toEqual([crossed]);
  });
  test("no decisions: nothing to say", () => expect(unmatchedDecisions(undefined, ledger)).toEqual([]));
});

describe("column decisions: each part at its edge", () => {
  test("column letters: trimmed, any case, one to three letters and nothing else", () => {
    expect(columnIndex(" ab ")).toBe(27);
    expect(columnIndex("XFD")).toBe(16383);
    expect(columnIndex("A1")).toBeUndefined();
    expect(columnIndex("1A")).toBeUndefined();
    expect(columnIndex("ABCD")).toBeUndefined();
  });

  test("a decision's parts are trimmed; without '=', or with fewer than two '!', it is no decision", () => {
    expect(parseColumnDecision("  xa a.xlsx ! Danh sách ! d = award ")).toEqual({ file: "xa a.xlsx", sheet: "Danh sách", column: "D", role: "award" });
    expect(parseColumnDecision("f.xlsx!Báo cáo!Tháng 6!C=plan")).toEqual({ file: "f.xlsx", sheet: "Báo cáo!Tháng 6", column: "C", role: "plan" });
    expect(parseColumnDecision("f.xlsx!DS!D")).toBeUndefined();
    expect(parseColumnDecision("f.xlsx!D=award")).toBeUndefined();
    expect(parseColumnDecision("abc=award")).toBeUndefined();
    expect(parseColumnDecision("f.xlsx!DS!D=prize")).toBeUndefined();
  });

  test("a file is named by its name in any folder, or by its name with its folder in that folder only", () => {
    expect(namesFile({ file: "bao-cao.xlsx" }, "don-vi/xa-a/BAO-CAO.xlsx")).toBe(true);
    expect(namesFile({ file: "xa-a/bao-cao.xlsx" }, "don-vi/xa-a/bao-cao.xlsx")).toBe(true);
    expect(namesFile({ file: "xa-a\\bao-cao.xlsx" }, "don-vi/xa-a/bao-cao.xlsx")).toBe(true);
    expect(namesFile({ file: "/data/don-vi/xa-a/bao-cao.xlsx" }, "xa-a/bao-cao.xlsx")).toBe(true);
    expect(namesFile({ file: "xa-a/bao-cao.xlsx" }, "don-vi/xa-b/bao-cao.xlsx")).toBe(false);
    // a tail only at a folder boundary
    expect(namesFile({ file: "cao.xlsx" }, "don-vi/bao-cao.xlsx")).toBe(false);
    expect(namesFile({ file: "don-vi/bao-cao.xlsx" }, "cao.xlsx")).toBe(false);
    expect(namesFile({ file: "bao-cao.xls" }, "bao-cao.xlsx")).toBe(false);
  });

  test("decisions attach to the grids of their file and sheet only; a grid's key lists them, the last on a column winning", () => {
    const grid = list();
    const other = list("xa-khac.xlsx");
    attachColumnDecisions([grid, other], [AWARD_IS_D, { ...AWARD_IS_D, column: "C", role: "none" }, { ...AWARD_IS_D, column: "C", role: "position" }]);
    expect([...decidedRoles(grid)!]).toEqual([
      [3, "award"],
      [2, "position"],
    ]);
    expect(decisionsKey(grid)).toBe("3=award,2=position");
    expect(decidedRoles(other)).toBeUndefined();
    expect(decisionsKey(other)).toBe("");
    // attached again without them: nothing is left from the earlier run
    attachColumnDecisions([grid], []);
    expect(decidedRoles(grid)).toBeUndefined();
  });

  test("a decision naming the second file of a run is matched", () => {
    const ledger = [
      { file: "xa-khac.xlsx", sheets: [{ sheet: "Khác" }] },
      { file: "in/xa-tan-lap.xlsx", sheets: [{ sheet: "Danh sách" }] },
    ];
    expect(unmatchedDecisions([AWARD_IS_D], ledger)).toEqual([]);
  });
});
