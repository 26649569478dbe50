/**
 * records/awards.ts, the conditions the mutation run of issue 16 found unchecked: the split name
 * when a merge spans one part only, the kind an award allows only when it allows one, the
 * decision columns that keep the title's decision out, the sibling a blank award is taken from,
 * and a row whose award and given name are both blank.
 */
import { type Cell, gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";
import { readAwards, withIssuer } from "../../../src/core/records/awards";

const ctx = { file: "x.xlsx", sheet: "DS", sender: "Xã Tân Lập" };
type Row = (string | number | null | Cell)[];

function read(rows: Row[], opts: { merges?: string[] } = {}, hints: Parameters<typeof readAwards>[3] = {}) {
  const g = gridFromRows(rows, opts);
  return readAwards(g, detectTables(g)[0], ctx, hints);
}

test("the issuer's leading 'của' is dropped only at its start, with every space after it", () => {
  expect(withIssuer("Giấy khen", "Chủ tịch UBND của huyện")).toBe("Giấy khen của Chủ tịch UBND của huyện");
  expect(withIssuer("Giấy khen", "của  UBND tỉnh")).toBe("Giấy khen của UBND tỉnh");
});

describe("Họ đệm + Tên and merges", () => {
  test("a name column beside them is the name: no part is missing", () => {
    const { findings } = read([["STT", "Họ và tên", "Họ đệm", "Tên", "Hình thức khen thưởng"], [1, "Nguyễn Văn An", null, null, "Lao động tiên tiến"]]);
    expect(findings).toEqual([]);
  });

  test("a merge down the family-name column does not span both parts: the given name is missing", () => {
    const { findings } = read([["STT", "Họ đệm", "Tên", "Hình thức khen thưởng"], [1, "Lò Văn Hùng", null, "Giấy khen"], [2, "Lò Văn Hùng", "An", "Giấy khen"]], { merges: ["B2:B3"] });
    expect(findings).toEqual([{ rule: "value-required", cell: "C2", data: { column: "Tên", what: "givenName" } }]);
  });

  test("a merge from the given-name column rightwards does not span both parts: the family name is missing", () => {
    const { findings } = read([["STT", "Họ đệm", "Tên", "Ghi chú", "Hình thức khen thưởng"], [1, null, "Lò Văn Hùng", null, "Giấy khen"]], { merges: ["C2:D2"] });
    expect(findings).toEqual([{ rule: "value-required", cell: "B2", data: { column: "Họ đệm", what: "familyName" } }]);
  });

  test("an award given to collectives only makes the row a collective's: its blank 'Tên' is by design", () => {
    const { findings, records } = read([["STT", "Họ đệm", "Tên", "Hình thức khen thưởng"], [1, "Lò Văn Hùng", null, "Tập thể lao động tiên tiến"]]);
    expect(records[0]).toMatchObject({ kind: "collective", kindSource: "award" });
    expect(findings).toEqual([]);
  });
});

describe("the kind", () => {
  test("an award for several kinds gives none; a kind cell that reads as none leaves the kind unknown", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Tập thể/Cá nhân", "Hình thức khen thưởng", "Cấp khen"],
      [1, "Nguyễn Văn An", null, "Giấy khen của Chủ tịch UBND huyện", null],
      [2, "Nguyễn Văn Ba", "xem lại", "Giấy khen", "Chủ tịch UBND huyện"],
      [3, "Nguyễn Văn Cả", "xem lại", "Khen ngợi đặc biệt", null],
    ]);
    expect(records.map((r) => [r.awardId, r.kind, r.kindSource, r.cells.recipientKind])).toEqual([
      ["gk-ct-ubnd-huyen", undefined, "unknown", "C2"],
      ["gk-ct-ubnd-huyen", undefined, "unknown", "C3"],
      [undefined, undefined, "unknown", "C4"],
    ]);
  });
});

describe("the title's decision and the decision columns", () => {
  const titleDecision = { number: "415/QĐ-UBND", date: "2025-08-20" };
  test.each([["Số, ngày quyết định"], ["Số QĐ"]])("a blank %s cell keeps the title's decision out", (header) => {
    const record = read([["STT", "Họ và tên", "Hình thức khen thưởng", header], [1, "A Văn An", "Lao động tiên tiến", null]], {}, { titleDecision }).records[0];
    expect(record.decisionNumber).toBeUndefined();
    expect(record.decisionDate).toBeUndefined();
  });

  test("no award column and no title's award: the award is blank", () => {
    const { records } = read([["STT", "Họ và tên", "Chức vụ"], [1, "A Văn An", "Giáo viên"]]);
    expect(records[0].awardText).toBe("");
  });
});

describe("a blank award under a decision", () => {
  test("takes the text of a row of that decision and that award, not the first row's", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Hình thức khen thưởng", "Số QĐ"],
      [1, "A Văn An", "CSTĐ cơ sở", "10/QĐ-UBND"],
      [2, "B Văn An", "Lao động tiên tiến", "11/QĐ-UBND"],
      [3, "C Văn An", null, "12/QĐ-UBND"],
      [4, "D Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
      [5, "E Văn An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
    ]);
    expect(records[2]).toMatchObject({ awardText: "Chiến sĩ thi đua cơ sở", awardId: "cstdcs", awardFromDecision: "12/QĐ-UBND" });
  });

  test("takes the sibling's kind only when the award gave it, not a kind column", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Tập thể/Cá nhân", "Hình thức khen thưởng", "Số QĐ"],
      [1, "Tổ một", "Tập thể", "Giấy khen của Chủ tịch UBND huyện", "12/QĐ-UBND"],
      [2, "Tổ hai", "Tập thể", "Giấy khen của Chủ tịch UBND huyện", "12/QĐ-UBND"],
      [3, "Nguyễn Văn An", null, null, "12/QĐ-UBND"],
    ]);
    expect(records[2]).toMatchObject({ awardId: "gk-ct-ubnd-huyen", kind: undefined, kindSource: "unknown" });
  });

  test("a row whose given name is blank too still takes the decision's award", () => {
    const { records, findings } = read([
      ["STT", "Họ đệm", "Tên", "Hình thức khen thưởng", "Số QĐ"],
      [1, "Lò Văn", "An", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
      [2, "Lò Văn", "Ba", "Chiến sĩ thi đua cơ sở", "12/QĐ-UBND"],
      [3, "Lò Văn", null, null, "12/QĐ-UBND"],
    ]);
    expect(records[2]).toMatchObject({ awardId: "cstdcs", awardFromDecision: "12/QĐ-UBND" });
    expect(findings).toEqual([
      { rule: "value-required", cell: "D4", data: { column: "Hình thức khen thưởng", what: "award", inferredAward: "Chiến sĩ thi đua cơ sở", decision: "12/QĐ-UBND" } },
      { rule: "value-required", cell: "C4", data: { column: "Tên", what: "givenName" } },
    ]);
  });
});
