/**
 * Award rows -> records (records/awards.ts), one decision per test: where the kind comes from,
 * which name part is missing, which award column a row fills, what the decision and birth date
 * cells give, the identity number's length, the award a blank cell takes from its decision, and
 * the finding (rule, cell, data) each problem gives.
 */
import { type Cell, gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";
import { idNumberOf, readAwards, withIssuer } from "../../../src/core/records/awards";

const ctx = { file: "x.xlsx", sheet: "DS", sender: "Xã Tân Lập" };
type Row = (string | number | null | Cell)[];

function read(rows: Row[], opts: { merges?: string[] } = {}, hints: Parameters<typeof readAwards>[3] = {}) {
  const g = gridFromRows(rows, opts);
  return readAwards(g, detectTables(g)[0], ctx, hints);
}

describe("the award with its issuer", () => {
  test.each([
    ["Giấy khen", "Chủ tịch UBND huyện", "Giấy khen của Chủ tịch UBND huyện"],
    ["Bằng khen", "của Chủ tịch UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"],
    ["Cờ thi đua", "Cua UBND tỉnh", "Cờ thi đua của UBND tỉnh"],
    ["Lao động tiên tiến", "Chủ tịch UBND huyện", "Lao động tiên tiến"],
    ["Giấy khen của Giám đốc Sở", "Chủ tịch UBND huyện", "Giấy khen của Giám đốc Sở"],
    ["Giấy khen", "", "Giấy khen"],
    ["", "Chủ tịch UBND huyện", ""],
  ])("%s + %s -> %s", (award, issuer, out) => expect(withIssuer(award, issuer)).toBe(out));

  test("a 'Cấp khen' column completes the bare form on each row", () => {
    const { records } = read([["STT", "Họ và tên", "Hình thức khen thưởng", "Cấp khen"], [1, "Nguyễn Văn An", "Giấy khen", "Chủ tịch UBND huyện"]]);
    expect(records[0]).toMatchObject({ awardText: "Giấy khen của Chủ tịch UBND huyện", issuerText: "Chủ tịch UBND huyện" });
    expect(records[0].awardId).toBeDefined();
  });
});

describe("identity numbers", () => {
  test.each([
    ["012345678", "12345678"],
    ["12345678", undefined],
    ["123 456 789", "123456789"],
    ["001234567890", "1234567890"],
    ["1234567890123", undefined],
    ["", undefined],
  ])("%s -> %s", (text, out) => expect(idNumberOf(text)).toBe(out));

  test("a number cell keeps every digit whatever its display; a text cell is read as typed", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Số CCCD", "Hình thức khen thưởng"],
      [1, "Nguyễn Văn An", { t: "n", v: 12345678901, w: "1.23457E+10" }, "Lao động tiên tiến"],
      [2, "Lò Văn Bình", "0123 4567 89", "Lao động tiên tiến"],
      [3, "Cà Văn Chung", "1234", "Lao động tiên tiến"],
    ]);
    expect(records.map((r) => r.idNumber)).toEqual(["12345678901", "123456789", undefined]);
  });
});

describe("birth dates", () => {
  test("a date text, a date cell, a year as a number between 1900 and 2100 (not on the edges)", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Ngày sinh", "Hình thức khen thưởng"],
      [1, "A Văn An", "12/03/1985", "Lao động tiên tiến"],
      [2, "B Văn An", { t: "n", v: 31120, z: "dd/mm/yyyy" }, "Lao động tiên tiến"],
      [3, "C Văn An", 1980, "Lao động tiên tiến"],
      [4, "D Văn An", 1900, "Lao động tiên tiến"],
      [5, "E Văn An", 2100, "Lao động tiên tiến"],
      [6, "G Văn An", 1985.5, "Lao động tiên tiến"],
      [7, "H Văn An", "không rõ", "Lao động tiên tiến"],
    ]);
    expect(records.map((r) => r.birthDate)).toEqual(["1985-03-12", "1985-03-14", "1980", undefined, undefined, undefined, undefined]);
  });
});

describe("the recipient's kind", () => {
  test("a kind column wins over the section, the section over the award; a kind column naming none falls through", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Tập thể/Cá nhân", "Hình thức khen thưởng"],
      [1, "Nguyễn Văn An", "Cá nhân", "Tập thể lao động tiên tiến"],
      [2, "Tổ văn phòng", "xem lại", "Tập thể lao động tiên tiến"],
      [3, "Lò Văn Bình", null, "Giấy khen"],
      ["A", "TẬP THỂ"],
      [4, "Tổ văn phòng", null, "Lao động tiên tiến"],
    ]);
    expect(records.map((r) => [r.kind, r.kindSource])).toEqual([
      ["individual", "column"],
      ["collective", "award"],
      [undefined, "unknown"],
      ["collective", "section"],
    ]);
  });

  test("the title's kind holds until a section says otherwise", () => {
    const rows: Row[] = [["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "Nguyễn Văn An", "Giấy khen"], ["II", "TẬP THỂ"], [2, "Tổ văn phòng", "Giấy khen"]];
    expect(read(rows, {}, { titleKind: "individual" }).records.map((r) => [r.kind, r.kindSource])).toEqual([
      ["individual", "section"],
      ["collective", "section"],
    ]);
    expect(read([["2. Cá nhân"], ...rows]).records[0].kind).toBe("individual");
  });

  test("two kind columns: the first that reads as a kind, and its cell", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Phân loại khen thưởng", "Phân loại đối tượng", "Hình thức khen thưởng"],
      [1, "Nguyễn Văn An", "Thường xuyên", "Cá nhân", "Giấy khen"],
      [2, "Tổ văn phòng", "Tập thể", "Cá nhân", "Giấy khen"],
      [3, "Lò Văn Bình", "Thường xuyên", null, "Giấy khen"],
    ]);
    expect(records.map((r) => [r.kind, r.cells.recipientKind])).toEqual([
      ["individual", "D2"],
      ["collective", "C3"],
      // no column reads as a kind: the first is the row's kind cell
      [undefined, "C4"],
    ]);
  });
});

describe("section rows", () => {
  test("a heading naming a body is the unit of the rows under it until a kind heading; other headings change nothing", () => {
    const { records, skipped } = read([
      ["STT", "Họ và tên", "Hình thức khen thưởng"],
      ["I", "Trường Tiểu học Tân Lập"],
      [1, "Nguyễn Văn An", "Lao động tiên tiến"],
      ["II", "Mùa xuân"],
      [2, "Lò Văn Bình", "Lao động tiên tiến"],
      ["B", "CÁ NHÂN"],
      [3, "Cà Văn Chung", "Lao động tiên tiến"],
    ]);
    expect(records.map((r) => r.unit)).toEqual(["Trường Tiểu học Tân Lập", "Trường Tiểu học Tân Lập", undefined]);
    expect(skipped).toEqual([
      { row: 2, kind: "section", reason: expect.objectContaining({ en: "section row (group title)" }) },
      { row: 4, kind: "section", reason: expect.anything() },
      { row: 6, kind: "section", reason: expect.anything() },
    ]);
  });

  test("the school column, then the unit column, then the heading give the unit", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Trường", "Đơn vị", "Hình thức khen thưởng"],
      ["I", "Trường Tiểu học Tân Lập"],
      [1, "Nguyễn Văn An", "Trường Mầm non Hoa Ban", "Phòng GD", "Lao động tiên tiến"],
      [2, "Lò Văn Bình", null, "Phòng GD", "Lao động tiên tiến"],
      [3, "Cà Văn Chung", null, null, "Lao động tiên tiến"],
    ]);
    expect(records.map((r) => r.unit)).toEqual(["Trường Mầm non Hoa Ban", "Phòng GD", "Trường Tiểu học Tân Lập"]);
  });

  test("rows that are neither items nor sections are listed as skipped, blank rows are not", () => {
    const { skipped } = read([["STT", "Họ và tên", "Hình thức khen thưởng"], ["(1)", "(2)", "(3)"], [1, "Nguyễn Văn An", "Lao động tiên tiến"], [], [null, "Cộng", 1]]);
    expect(skipped.map((s) => [s.row, s.kind])).toEqual([
      [2, "numbering"],
      [5, "subtotal"],
    ]);
  });
});

describe("values required and errors", () => {
  test("a blank name and a blank award are errors at their cells, naming the column", () => {
    const { findings } = read([["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"], [1, null, "Lao động tiên tiến", "1/QĐ-UBND"], [2, "Lò Văn Bình", null, "2/QĐ-UBND"]]);
    expect(findings).toEqual([
      { rule: "value-required", cell: "B2", data: { column: "Họ và tên", what: "name" } },
      { rule: "value-required", cell: "C3", data: { column: "Hình thức khen thưởng", what: "award" } },
    ]);
  });

  test("an error value in the row is reported at its cell; an award cell holding one is not also 'blank'", () => {
    const na: Cell = { t: "e", v: "#N/A" };
    const { findings, records } = read([["STT", "Họ và tên", "Hình thức khen thưởng", "Ghi chú"], [1, "Nguyễn Văn An", na, { t: "e", v: "#REF!" }]]);
    expect(findings).toEqual([
      { rule: "formula-error", cell: "C2", data: { value: "#N/A", column: "Hình thức khen thưởng" } },
      { rule: "formula-error", cell: "D2", data: { value: "#REF!", column: "Ghi chú" } },
    ]);
    expect(records[0].cells.award).toBe("C2");
  });

  test("Họ đệm + Tên: a person's missing part is an error at its cell; a collective's blank 'Tên' is by design", () => {
    const { findings, records } = read(
      [
        ["STT", "Họ đệm", "Tên", "Tập thể/Cá nhân", "Hình thức khen thưởng"],
        [1, "Nguyễn Văn", null, "Cá nhân", "Lao động tiên tiến"],
        [2, null, "Bình", null, "Lao động tiên tiến"],
        [3, "Tổ văn phòng", null, null, "Giấy khen"],
        [4, "Phòng Nội vụ", null, "Cá nhân", "Giấy khen"],
        [5, "Lò Văn Hùng", null, null, "Giấy khen"], // merged across both columns
        [6, "Lò Văn Hải", null, "Tập thể", "Giấy khen"],
        [7, "Nguyễn Thị", null, "Hộ gia đình", "Giấy khen"],
        [8, "Lò Văn", null, null, "Giấy khen"],
        [9, "Lò Thị", "Mai", null, "Giấy khen"],
      ],
      { merges: ["B6:C6"] },
    );
    expect(records.map((r) => r.name)).toEqual(["Nguyễn Văn", "Bình", "Tổ văn phòng", "Phòng Nội vụ", "Lò Văn Hùng", "Lò Văn Hải", "Nguyễn Thị", "Lò Văn", "Lò Thị Mai"]);
    expect(findings).toEqual([
      { rule: "value-required", cell: "C2", data: { column: "Tên", what: "givenName" } },
      { rule: "value-required", cell: "B3", data: { column: "Họ đệm", what: "familyName" } },
      // listed as an individual: the organisation-like name does not excuse it
      { rule: "value-required", cell: "C5", data: { column: "Tên", what: "givenName" } },
      // unknown kind, a name that is no organisation's and is not merged across both columns
      { rule: "value-required", cell: "C9", data: { column: "Tên", what: "givenName" } },
    ]);
  });
});

describe("occasion", () => {
  test("its own column, else the note, else the title; a campaign named in the column is kept", () => {
    const rows: Row[] = [
      ["STT", "Họ và tên", "Hình thức khen thưởng", "Loại khen thưởng", "Ghi chú"],
      [1, "A Văn An", "Lao động tiên tiến", "Đột xuất", "Thường xuyên"],
      [2, "B Văn An", "Lao động tiên tiến", null, "Đột xuất"],
      [3, "C Văn An", "Lao động tiên tiến", null, null],
      [4, "D Văn An", "Lao động tiên tiến", "xem lại", "Chuyên đề bầu cử"],
    ];
    const none = read(rows).records;
    expect(none.map((r) => r.occasion)).toEqual(["adhoc", "adhoc", undefined, "thematic"]);
    expect(none.map((r) => r.note)).toEqual(["Thường xuyên", "Đột xuất", undefined, "Chuyên đề bầu cử"]);
    const titled = read(rows, {}, { titleOccasion: { occasion: "regular", campaign: "Năm học 2024 - 2025" } }).records;
    expect(titled.map((r) => [r.occasion, r.campaign])).toEqual([
      ["adhoc", undefined],
      ["adhoc", undefined],
      ["regular", "Năm học 2024 - 2025"],
      // the note names the campaign
      ["thematic", "Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp"],
    ]);
    // a title naming no occasion changes nothing
    expect(read(rows, {}, { titleOccasion: { campaign: "Năm học 2024 - 2025" } }).records[2].occasion).toBeUndefined();
  });
});

describe("decisions", () => {
  test("a combined cell gives number and date; a date that does not exist is an error at the cell", () => {
    const { records, findings } = read([
      ["STT", "Họ và tên", "Hình thức khen thưởng", "Số, ngày quyết định"],
      [1, "A Văn An", "Lao động tiên tiến", "705/QĐ-UBND ngày 24/5/2021"],
      [2, "B Văn An", "Lao động tiên tiến", "97/QĐ-UBND ngày 31/6/2021"],
      [3, "C Văn An", "Lao động tiên tiến", "98/QĐ-UBND"],
      [4, "D Văn An", "Lao động tiên tiến", null],
    ]);
    expect(records.map((r) => [r.decisionNumber, r.decisionDate])).toEqual([
      ["705/QĐ-UBND", "2021-05-24"],
      ["97/QĐ-UBND", undefined],
      ["98/QĐ-UBND", undefined],
      [undefined, undefined],
    ]);
    expect(findings).toEqual([{ rule: "date-invalid", cell: "D3", data: expect.objectContaining({ text: expect.stringContaining("31/6/2021") }) }]);
  });

  test("a number column: the number as typed when it reads as none, its date only when there is no date column", () => {
    const rows = (header: string[], row: Row) => read([["STT", "Họ và tên", "Hình thức khen thưởng", ...header], [1, "A Văn An", "Lao động tiên tiến", ...row]]).records[0];
    expect(rows(["Số QĐ"], ["705/QĐ-UBND ngày 24/5/2021"])).toMatchObject({ decisionNumber: "705/QĐ-UBND", decisionDate: "2021-05-24" });
    expect(rows(["Số QĐ"], ["QĐ khen"])).toMatchObject({ decisionNumber: "QĐ khen", decisionDate: undefined });
    expect(rows(["Số QĐ", "Ngày QĐ"], ["705/QĐ-UBND ngày 24/5/2021", null])).toMatchObject({ decisionNumber: "705/QĐ-UBND", decisionDate: undefined });
    expect(rows(["Số QĐ", "Ngày QĐ"], ["705/QĐ-UBND", "02/03/2021"])).toMatchObject({ decisionNumber: "705/QĐ-UBND", decisionDate: "2021-03-02" });
  });

  test("a date column: a date that does not exist is an error at its cell", () => {
    const { records, findings } = read([["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ", "Ngày QĐ"], [1, "A Văn An", "Lao động tiên tiến", "705/QĐ-UBND", "31/02/2021"]]);
    expect(records[0].decisionDate).toBeUndefined();
    expect(findings).toEqual([{ rule: "date-invalid", cell: "E2", data: expect.objectContaining({ text: "31/02/2021" }) }]);
  });

  test("a list without a decision column takes the title's decision; a decision column wins over it", () => {
    const titleDecision = { number: "415/QĐ-UBND", date: "2025-08-20" };
    const bare = read([["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "A Văn An", "Lao động tiên tiến"]], {}, { titleDecision }).records[0];
    expect(bare).toMatchObject({ decisionNumber: "415/QĐ-UBND", decisionDate: "2025-08-20" });
    const own = read([["STT", "Họ và tên", "Hình thức khen thưởng", "Ngày QĐ"], [1, "A Văn An", "Lao động tiên tiến", null]], {}, { titleDecision }).records[0];
    expect(own).toMatchObject({ decisionNumber: undefined, decisionDate: undefined });
    const fromLines = read([["DANH SÁCH (Kèm theo Quyết định số 415/QĐ-UBND ngày 20/8/2025 của Chủ tịch UBND xã)"], ["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "A Văn An", "Lao động tiên tiến"]]).records[0];
    expect(fromLines).toMatchObject({ decisionNumber: "415/QĐ-UBND", decisionDate: "2025-08-20" });
  });
});

describe("two award columns", () => {
  test("each row's award is the column it fills, and its cell", () => {
    const { records, findings } = read([
      ["STT", "Họ và tên", "Danh hiệu thi đua", "Hình thức khen thưởng"],
      [1, "A Văn An", "Lao động tiên tiến", null],
      [2, "B Văn An", null, "Giấy khen của Chủ tịch UBND huyện"],
      [3, "C Văn An", null, { t: "e", v: "#N/A" }],
      [4, "D Văn An", null, null],
    ]);
    expect(records.map((r) => [r.awardText, r.cells.award])).toEqual([
      ["Lao động tiên tiến", "C2"],
      ["Giấy khen của Chủ tịch UBND huyện", "D3"],
      ["#N/A", "D4"],
      ["", "C5"],
    ]);
    expect(findings).toEqual([
      { rule: "formula-error", cell: "D4", data: { value: "#N/A", column: "Hình thức khen thưởng" } },
      { rule: "value-required", cell: "C5", data: { column: "Danh hiệu thi đua", what: "award" } },
    ]);
  });
});

describe("a blank award under a decision that gave one award", () => {
  const header = ["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"];

  test("two or more other rows of the decision naming one award: the row takes it, the error says so", () => {
    const { records, findings } = read([
      header,
      [1, "A Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
      [2, "B Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
      [3, "C Văn An", null, "12/QĐ-UBND"],
    ]);
    expect(records[2]).toMatchObject({ awardText: "Chiến sĩ thi đua cơ sở", awardId: records[0].awardId, awardFromDecision: "12/QĐ-UBND", kind: "individual", kindSource: "award" });
    expect(findings).toEqual([{ rule: "value-required", cell: "C4", data: { column: "Hình thức khen thưởng", what: "award", inferredAward: "Chiến sĩ thi đua cơ sở", decision: "12/QĐ-UBND" } }]);
  });

  test("one other row, two awards, another decision or none: nothing is assumed", () => {
    const blank = (rows: Row[]) => read([header, ...rows]).records.at(-1)!;
    expect(blank([[1, "A Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"], [3, "C Văn An", null, "12/QĐ-UBND"]])).toMatchObject({ awardText: "", awardId: undefined });
    expect(
      blank([
        [1, "A Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
        [2, "B Văn An", "Lao động tiên tiến", "12/QĐ-UBND"],
        [3, "C Văn An", null, "12/QĐ-UBND"],
      ]),
    ).toMatchObject({ awardText: "" });
    expect(
      blank([
        [1, "A Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
        [2, "B Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
        [3, "C Văn An", null, "13/QĐ-UBND"],
      ]),
    ).toMatchObject({ awardText: "" });
    const none = read([header, [1, "A Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"], [2, "B Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"], [3, "C Văn An", null, null]]);
    expect(none.records[2]).not.toHaveProperty("awardFromDecision");
    expect(none.findings[0].data).not.toHaveProperty("inferredAward");
  });

  test("rows whose award the catalogue does not know do not vote", () => {
    const last = read([header, [1, "A Văn An", "Khen ngợi đặc biệt", "12/QĐ-UBND"], [2, "B Văn An", "Khen ngợi đặc biệt", "12/QĐ-UBND"], [3, "C Văn An", null, "12/QĐ-UBND"]]).records[2];
    expect(last.awardText).toBe("");
  });

  test("a row with its own kind keeps it", () => {
    const rows: Row[] = [
      ["STT", "Họ và tên", "Tập thể/Cá nhân", "Hình thức khen thưởng", "Số QĐ"],
      [1, "A Văn An", null, "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
      [2, "B Văn An", null, "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
      [3, "Tổ văn phòng", "Tập thể", null, "12/QĐ-UBND"],
    ];
    expect(read(rows).records[2]).toMatchObject({ awardFromDecision: "12/QĐ-UBND", kind: "collective", kindSource: "column" });
  });
});

describe("the record's fields", () => {
  test("reference, position, flags and cells", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Chức vụ", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Ghi chú"],
      [1, "A Văn An", "Giáo viên", "Hiệu trưởng trường A", "Lao động tiên tiến", null],
      [2, "B Văn An", null, "Hiệu trưởng trường A", "Lao động tiên tiến", "x"],
      [3, "C Văn An", null, null, "Lao động tiên tiến", null],
    ]);
    expect(records.map((r) => r.position)).toEqual(["Giáo viên", "Hiệu trưởng trường A", undefined]);
    expect(records[0]).toMatchObject({ ref: { file: "x.xlsx", sheet: "DS", cell: "B2", row: 2 }, sender: "Xã Tân Lập", awardFromTitle: undefined, note: undefined });
    expect(records[1].note).toBe("x");
    expect(records[0].cells).toEqual({ stt: "A2", name: "B2", position: "C2", positionUnit: "D2", award: "E2", note: "F2" });
  });

  test("the award from the title is flagged; a row's own award is not", () => {
    const { records } = read([["STT", "Họ và tên", "Chức vụ"], [1, "A Văn An", "Giáo viên"]], {}, { titleAward: "Giấy khen của Chủ tịch UBND huyện" });
    expect(records[0]).toMatchObject({ awardText: "Giấy khen của Chủ tịch UBND huyện", awardFromTitle: true });
    // with an award column, a blank cell does not take the title's award
    const own = read([["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "A Văn An", null]], {}, { titleAward: "Giấy khen của Chủ tịch UBND huyện" });
    expect(own.records[0]).toMatchObject({ awardText: "", awardFromTitle: undefined });
  });

  test("a misspelled award carries the award it most likely means; a known award its id", () => {
    const { records } = read([["STT", "Họ và tên", "Hình thức khen thưởng"], [1, "A Văn An", "Lao động tiên tiếnn"], [2, "B Văn An", "Lao động tiên tiến"]]);
    expect(records[0].awardId).toBeUndefined();
    expect(records[0].suggestedAwardId).toBe(records[1].awardId);
    expect(records[1].suggestedAwardId).toBeUndefined();
  });
});
