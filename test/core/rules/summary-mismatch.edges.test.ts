/**
 * summary-mismatch, edges the first test file leaves open (issue 16): a file with a summary and no
 * list (or the reverse), the unsettled rows' message in English with several names, unsettled rows
 * counted per kind, and the sheet named when the award's rows sit on two sheets.
 */
import { summaryMismatch } from "../../../src/core/rules/summary-mismatch";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

const run = (...sheets: SheetBuilder[]) => summaryMismatch.check(contextOf({ name: "", sheets }));
const GKH = "Giấy khen của Chủ tịch UBND huyện";
// suggested as Giấy khen huyện, across a family line: left unsettled under the default policy
const SLIP_A = "Bằng khen cuả Chủ tịch UBND huyện";
const SLIP_B = "Bằng khen của Chủ tịch UBND huyen";

describe("summary-mismatch: edges", () => {
  it("a summary with no list in its file, or a list with no summary, is not compared", () => {
    expect(run(sheetOf("a.xlsx", "Tổng hợp").summary({ awardText: "LĐTT", individuals: 5 }))).toEqual([]);
    expect(run(sheetOf("a.xlsx", "DS").award({ name: "Lò Văn A", awardText: "LĐTT" }))).toEqual([]);
    // only a total row: nothing to compare
    expect(run(sheetOf("a.xlsx", "DS").award({ name: "Lò Văn A", awardText: "LĐTT" }), sheetOf("a.xlsx", "Tổng hợp").summary({ awardText: "Cộng", individuals: 5, isTotal: true }))).toEqual([]);
  });

  it("the unsettled rows' message in English, their texts quoted once each", () => {
    const list = sheetOf("b.xlsx", "DS", "UBND xã B")
      .award({ name: "Người A", awardText: GKH })
      .award({ name: "Người B", awardText: SLIP_A })
      .award({ name: "Người C", awardText: SLIP_B })
      .award({ name: "Người D", awardText: SLIP_A });
    const issues = run(list, sheetOf("b.xlsx", "Tổng hợp", undefined, 8).summary({ awardText: GKH, individuals: 3 }));
    expect(issues).toEqual([
      {
        file: "b.xlsx",
        sheet: "Tổng hợp",
        cell: "D8",
        severity: "warning",
        message: {
          vi: `Giấy khen của Chủ tịch UBND huyện: bảng Tổng hợp ghi 3 cá nhân nhưng danh sách khen thưởng của đơn vị có 1 dòng đã xác định và 3 dòng chưa xác định có thể là Giấy khen của Chủ tịch UBND huyện ("${SLIP_A}", "${SLIP_B}"). Xác định các dòng đó (ô chọn trong Kiểm tra, --award-map) rồi đối chiếu lại.`,
          en: `Giấy khen của Chủ tịch UBND huyện: the summary says 3 individuals but the unit's award list has 1 settled row and 3 unsettled rows that may be Giấy khen của Chủ tịch UBND huyện ("${SLIP_A}", "${SLIP_B}"). Settle those rows (the picker in Kiểm tra, --award-map), then reconcile again.`,
        },
      },
    ]);
  });

  it("unsettled rows explain only their own kind; rows of no kind explain nothing", () => {
    const list = sheetOf("b.xlsx", "DS", "UBND xã B")
      .award({ name: "Người A", awardText: GKH })
      .award({ name: "Tổ 1", kind: "collective", awardText: SLIP_A })
      .award({ name: "Người X", kind: undefined, awardText: SLIP_A });
    const issues = run(list, sheetOf("b.xlsx", "Tổng hợp", undefined, 8).summary({ awardText: GKH, collectives: 1, individuals: 2 }));
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ["C8", "warning"],
      ["D8", undefined],
    ]);
    expect(issues[1].message.en).toBe("Giấy khen của Chủ tịch UBND huyện: the summary says 2 individuals but the unit's award list has 1. Reconcile the list and the summary.");
  });

  it("a summary split over two sheets: the issue names the sheet of the row it flags", () => {
    const list = sheetOf("a.xlsx", "DS").award({ name: "Người A", awardText: "Lao động tiên tiến" });
    const one = sheetOf("a.xlsx", "Tổng hợp 1", undefined, 5).summary({ awardText: "Lao động tiên tiến", individuals: 1 });
    const two = sheetOf("a.xlsx", "Tổng hợp 2", undefined, 7).summary({ awardText: "Tập thể lao động tiên tiến", collectives: 2 });
    expect(run(list, one, two).map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Tổng hợp 2!C7"]);
    // the award's first row flagged when no row states the kind: its own sheet
    const noKind = sheetOf("a.xlsx", "Tổng hợp 2", undefined, 7).summary({ awardText: "Tập thể lao động tiên tiến", individuals: 1 });
    const twoTeams = sheetOf("a.xlsx", "DS 2").award({ name: "Tổ 1", kind: "collective", awardText: "Tập thể lao động tiên tiến" });
    expect(run(list, twoTeams, one, noKind).map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Tổng hợp 1!C5", "Tổng hợp 1!D5"]);
  });
});
