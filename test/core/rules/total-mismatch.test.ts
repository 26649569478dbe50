import { totalMismatch } from "../../../src/core/rules/total-mismatch";
import { contextOf, ruleTester, sheetOf, type SheetBuilder } from "./ruleTester";

const livestock = (total: number | null, formula = false) =>
  sheetOf("12-xa-muong-mun.xlsx", "Chỉ tiêu KT-XH", "UBND xã Mường Mùn", 11)
    .figure({ indicator: "Tổng đàn gia súc", measure: "con", actual: total, hasChildren: true, ...(formula ? { formulas: { actual: "SUM(E12:E15)" } } : {}) })
    .figure({ indicator: "Trâu", measure: "con", actual: 1200, parent: 0 })
    .figure({ indicator: "Bò", measure: "con", actual: 900, parent: 0 })
    .figure({ indicator: "Lợn", measure: "con", actual: 3000, parent: 0 })
    .figure({ indicator: "Dê", measure: "con", actual: 523, parent: 0 });

ruleTester(totalMismatch, {
  valid: [
    { name: "parent equals the sum of its children", sheets: [livestock(5623)] },
    { name: "parent left empty is not checked", sheets: [livestock(null)] },
    {
      name: "children in other units (ha and tấn) are not added",
      sheets: [
        sheetOf("a.xlsx", "KT-XH")
          .figure({ indicator: "Nuôi trồng thủy sản", measure: "", actual: 50, hasChildren: true })
          .figure({ indicator: "Diện tích nuôi trồng thủy sản", measure: "ha", actual: 9, parent: 0 })
          .figure({ indicator: "Sản lượng thủy sản nuôi trồng", measure: "tấn", actual: 6.9, parent: 0 }),
      ],
    },
    {
      name: "decimal children within the rounding the total shows",
      sheets: [
        sheetOf("a.xlsx", "KT-XH")
          .figure({ indicator: "Diện tích", measure: "ha", actual: 22.6, hasChildren: true })
          .figure({ indicator: "Lúa", measure: "ha", actual: 12.35, parent: 0 })
          .figure({ indicator: "Ngô", measure: "ha", actual: 10.2, parent: 0 }),
      ],
    },
    {
      name: "summary Cộng row equals its items (null counts as 0)",
      sheets: [
        sheetOf("20-phong-gddt.xlsx", "Tổng hợp", undefined, 8)
          .summary({ awardText: "Danh hiệu Chiến sĩ thi đua cơ sở", collectives: null, individuals: 211 })
          .summary({ awardText: "Danh hiệu Lao động tiên tiến", collectives: 56, individuals: 1762 })
          .summary({ awardText: "Giấy khen của Chủ tịch UBND huyện", collectives: 16, individuals: 466 })
          .summary({ awardText: "Cộng", collectives: 72, individuals: 2439, isTotal: true }),
      ],
    },
  ],
  invalid: [
    {
      name: "typed total with transposed digits (5.632 vs 5.623)",
      sheets: [livestock(5632)],
      issues: [{ cell: "E11", messageIncludes: "dòng tổng ghi 5.632 nhưng cộng các dòng con được 5.623 (chênh 9)" }],
    },
    { name: "a live SUM whose cached value is stale is still checked", sheets: [livestock(5600, true)], issues: [{ cell: "E11" }] },
    {
      name: "plan column too",
      sheets: [
        sheetOf("a.xlsx", "KT-XH", undefined, 5)
          .figure({ indicator: "Tổng", measure: "con", plan: 100, hasChildren: true })
          .figure({ indicator: "A", measure: "con", plan: 40, parent: 0 })
          .figure({ indicator: "B", measure: "con", plan: 50, parent: 0 }),
      ],
      issues: [{ cell: "D5", messageIncludes: "Kế hoạch" }],
    },
    {
      name: "summary Cộng row differs from its items",
      sheets: [
        sheetOf("18-xa-ta-ma.xlsx", "Tổng hợp", undefined, 8)
          .summary({ awardText: "Giấy khen của Chủ tịch UBND huyện", collectives: 3, individuals: 6 })
          .summary({ awardText: "Cộng", collectives: 3, individuals: 7, isTotal: true }),
      ],
      issues: [{ cell: "D9", messageIncludes: "Individuals" }],
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Edges and computed message parts (mutation testing, issue 16)

describe("total-mismatch: tolerance, blanks, grand totals, messages", () => {
  const run = (...sheets: SheetBuilder[]) => totalMismatch.check(contextOf({ name: "", sheets }));
  const area = (total: number, ...parts: (number | null)[]) => {
    const s = sheetOf("a.xlsx", "KT-XH", undefined, 20).figure({ indicator: "Diện tích gieo trồng", measure: "ha", actual: total, hasChildren: true });
    for (const p of parts) s.figure({ indicator: "Cây", measure: "ha", actual: p, parent: 0 });
    return s;
  };

  it("a total with one decimal tolerates half its last unit, no more (22,6 vs 22,65 ok; vs 22,651 not)", () => {
    expect(run(area(22.6, 12.35, 10.3))).toEqual([]);
    expect(run(area(22.6, 12.25, 10.3))).toEqual([]);
    expect(run(area(22.6, 12.35, 10.301))).toHaveLength(1);
    expect(run(area(22.6, 12.249, 10.3))).toHaveLength(1);
  });

  it("a whole-number total tolerates 0,5 and no more", () => {
    expect(run(area(5623, 5000, 623.5))).toEqual([]);
    expect(run(area(5623, 5000, 622.5))).toEqual([]);
    expect(run(area(5623, 5000, 623.6))).toHaveLength(1);
    expect(run(area(5623, 5000, 624))).toHaveLength(1);
  });

  it("a total with two decimals tolerates 0,005; the decimals are those the total shows", () => {
    expect(run(area(2.45, 1.25, 1.205))).toEqual([]);
    expect(run(area(2.45, 1.25, 1.206))).toHaveLength(1);
    // 2,5 shows one decimal: 2,45 is within its half unit
    expect(run(area(2.5, 1.25, 1.2))).toEqual([]);
    expect(run(area(2.5, 1.25, 1.19))).toHaveLength(1);
  });

  it("the message shows the decimals of the total, the sum and the difference", () => {
    const [issue] = run(area(22.6, 12.35, 10.4));
    expect(issue).toEqual({
      file: "a.xlsx",
      sheet: "KT-XH",
      cell: "E20",
      message: {
        vi: "Diện tích gieo trồng (Thực hiện): dòng tổng ghi 22,6 nhưng cộng các dòng con được 22,75 (chênh 0,15). Kiểm tra lại số liệu.",
        en: "Diện tích gieo trồng (Actual): the total says 22.6 but its items add up to 22.75 (difference 0.15). Check the figures.",
      },
    });
  });

  it("a parent whose children are all blank is not checked; a blank child among numbers counts as 0", () => {
    expect(run(area(5623, null, null, null))).toEqual([]);
    expect(run(area(2100, 1200, null, 900))).toEqual([]);
    expect(run(area(2101, 1200, null, 900))).toHaveLength(1);
  });

  it("a child without a unit is still added; units differing only in case are one unit", () => {
    const s = sheetOf("a.xlsx", "KT-XH", undefined, 5)
      .figure({ indicator: "Tổng đàn", measure: "Con", actual: 10, hasChildren: true })
      .figure({ indicator: "Trâu", measure: "con ", actual: 4, parent: 0 })
      .figure({ indicator: "Bò", measure: "", actual: 5, parent: 0 });
    expect(run(s).map((i) => i.cell)).toEqual(["E5"]);
  });

  it("checks plan and actual of every parent, flagging the parent's own cell", () => {
    const s = sheetOf("a.xlsx", "KT-XH", undefined, 30)
      .figure({ indicator: "Lương thực", measure: "tấn", plan: 100, actual: 90, hasChildren: true })
      .figure({ indicator: "Lúa", measure: "tấn", plan: 60, actual: 50, parent: 0 })
      .figure({ indicator: "Ngô", measure: "tấn", plan: 30, actual: 40, parent: 0 })
      .figure({ indicator: "Gia súc", measure: "con", plan: 7, actual: 8, hasChildren: true })
      .figure({ indicator: "Trâu", measure: "con", plan: 7, actual: 9, parent: 3 });
    const issues = run(s);
    expect(issues.map((i) => [i.cell, i.message.en.slice(0, i.message.en.indexOf(":"))])).toEqual([
      ["D30", "Lương thực (Plan)"],
      ["E33", "Gia súc (Actual)"],
    ]);
  });

  it("a child pointing at a row that does not exist is ignored", () => {
    const s = sheetOf("a.xlsx", "KT-XH").figure({ indicator: "Lúa", measure: "tấn", actual: 5, parent: 7 });
    expect(run(s)).toEqual([]);
  });

  const summaryOf = (rows: [string, number | null, number | null, boolean?][], households?: (number | null)[]) => {
    const s = sheetOf("b.xlsx", "Tổng hợp", undefined, 8);
    rows.forEach(([awardText, collectives, individuals, isTotal], k) =>
      s.summary({ awardText, collectives, individuals, isTotal: !!isTotal, ...(households ? { households: households[k] } : {}) }),
    );
    return s;
  };

  it("a grand total right after subtotals adds the subtotals", () => {
    const rows = (grand: number): [string, number | null, number | null, boolean?][] => [
      ["Giấy khen", 2, 5],
      ["Bằng khen", 1, 3],
      ["Cộng khối xã", 3, 8, true],
      ["Giấy khen", 4, 6],
      ["Cộng khối trường", 4, 6, true],
      ["Tổng cộng", 7, grand, true],
    ];
    expect(run(summaryOf(rows(14)))).toEqual([]);
    const issues = run(summaryOf(rows(15)));
    expect(issues).toEqual([
      {
        file: "b.xlsx",
        sheet: "Tổng hợp",
        cell: "D13",
        message: {
          vi: "Tổng cộng (Cá nhân): dòng tổng ghi 15 nhưng cộng các dòng con được 14 (chênh 1). Kiểm tra lại số liệu.",
          en: "Tổng cộng (Individuals): the total says 15 but its items add up to 14 (difference 1). Check the figures.",
        },
      },
    ]);
  });

  it("a second grand total in a row is checked against the subtotals, not against the first grand total", () => {
    const s = summaryOf([
      ["Giấy khen", 2, 5],
      ["Cộng khối xã", 2, 5, true],
      ["Giấy khen", 1, 1],
      ["Cộng khối trường", 1, 1, true],
      ["Tổng cộng", 3, 6, true],
      ["Tổng cộng toàn huyện", 3, 6, true],
    ]);
    expect(run(s)).toEqual([]);
  });

  it("each Cộng adds only the items since the previous total", () => {
    const s = summaryOf([
      ["Giấy khen", 3, 4],
      ["Cộng", 3, 4, true],
      ["Bằng khen", 5, 1],
      ["Cộng", 5, 1, true],
    ]);
    expect(run(s)).toEqual([]);
  });

  it("an untitled total is named Cộng in both languages (the word on the row); a blank stated total is not checked; households are checked", () => {
    const s = summaryOf(
      [
        ["Giấy khen", 3, 4],
        ["", null, 5, true],
      ],
      [2, 3],
    );
    expect(run(s)).toEqual([
      {
        file: "b.xlsx",
        sheet: "Tổng hợp",
        cell: "D9",
        message: {
          vi: "Cộng (Cá nhân): dòng tổng ghi 5 nhưng cộng các dòng con được 4 (chênh 1). Kiểm tra lại số liệu.",
          en: "Cộng (Individuals): the total says 5 but its items add up to 4 (difference 1). Check the figures.",
        },
      },
      {
        file: "b.xlsx",
        sheet: "Tổng hợp",
        cell: "E9",
        message: {
          vi: "Cộng (Hộ gia đình): dòng tổng ghi 3 nhưng cộng các dòng con được 2 (chênh 1). Kiểm tra lại số liệu.",
          en: "Cộng (Households): the total says 3 but its items add up to 2 (difference 1). Check the figures.",
        },
      },
    ]);
  });

  it("collectives are checked and named in the message; a total over blank items is not checked", () => {
    const wrong = summaryOf([
      ["Giấy khen", 3, null],
      ["Cộng", 4, 9, true],
    ]);
    expect(run(wrong).map((i) => [i.cell, i.message.vi.slice(0, i.message.vi.indexOf(":"))])).toEqual([["C9", "Cộng (Tập thể)"]]);
  });

  it("every file and sheet is checked, each issue naming its own", () => {
    const one = area(10, 4, 5);
    const two = sheetOf("c.xlsx", "Sheet2", undefined, 3).figure({ indicator: "Tổng", measure: "", plan: 3, hasChildren: true }).figure({ indicator: "x", plan: 1, parent: 0 });
    expect(run(one, two).map((i) => `${i.file}|${i.sheet}|${i.cell}`)).toEqual(["a.xlsx|KT-XH|E20", "c.xlsx|Sheet2|D3"]);
  });
});
