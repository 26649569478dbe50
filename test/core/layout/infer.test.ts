import { gridFromRows } from "../../../src/core/grid";
import { columnContentKind, contentKindOf, roleFromContent } from "../../../src/core/layout/infer";

describe("what a column holds, from its cells", () => {
  test.each([
    ["980/QĐ-UBND", "decisionNumber"],
    ["Số: 12/QĐ-CT", "decisionNumber"],
    ["20/05/2022", "date"],
    ["1.234,5", "number"],
    ["Giấy khen của Chủ tịch UBND huyện", "award"],
    ["Lò Văn Thưởng", "name"],
    ["Bản Nà Hỳ, xã Nà Hỳ", "name"],
    ["xem lại", undefined],
  ])("%s -> %s", (text, kind) => expect(contentKindOf({ t: "s", v: text })).toBe(kind));

  test("numbers and date cells", () => {
    expect(contentKindOf({ t: "n", v: 12 })).toBe("number");
    expect(contentKindOf({ t: "n", v: 44700, z: "dd/mm/yyyy" })).toBe("date");
  });

  test("most filled cells must agree; blanks do not count", () => {
    const g = gridFromRows([["Lò Văn A"], [null], ["Cà Thị B"], ["Quàng Văn C"], ["?"]]);
    expect(columnContentKind(g, 0, [0, 1, 2, 3, 4])).toBe("name");
    const mixed = gridFromRows([["Lò Văn A"], ["12/QĐ-UBND"], ["?"], [3]]);
    expect(columnContentKind(mixed, 0, [0, 1, 2, 3])).toBeUndefined();
    expect(columnContentKind(gridFromRows([["Lò Văn A"]]), 0, [0])).toBeUndefined();
  });
});

describe("the role a headerless column plays", () => {
  test("only a role the table lacks, in the table's kind", () => {
    const award = { stt: 0, award: 3, decisionNumber: 4 };
    expect(roleFromContent("name", 1, award)).toBe("name");
    expect(roleFromContent("name", 1, { ...award, name: 2 })).toBeUndefined();
    expect(roleFromContent("date", 5, award)).toBe("decisionDate");
    expect(roleFromContent("date", 7, award)).toBeUndefined(); // not beside the decision number
    const figures = { indicator: 1, measure: 2, plan: 3, percent: 5 };
    expect(roleFromContent("number", 4, figures)).toBe("actual");
    expect(roleFromContent("number", 6, figures)).toBeUndefined(); // after the percent
    expect(roleFromContent("number", 2, { indicator: 1, actual: 3 })).toBe("plan");
    expect(roleFromContent("name", 4, figures)).toBeUndefined();
  });
});
