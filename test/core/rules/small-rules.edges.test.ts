/**
 * decision-number-invalid and unit-not-reported, edge by edge (issue 16): what is skipped, which
 * cell is flagged, where a sender is found, which registry units are expected, messages in full.
 */
import { decisionNumberInvalid } from "../../../src/core/rules/decision-number-invalid";
import type { RegistryUnit } from "../../../src/core/rules/rule";
import { unitNotReported } from "../../../src/core/rules/unit-not-reported";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

const GK = "Giấy khen Chủ tịch UBND huyện";

describe("decision-number-invalid: edges", () => {
  const run = (decisionNumber: string | undefined, cells?: Record<string, string>) =>
    decisionNumberInvalid.check(
      contextOf({
        name: "",
        sheets: [sheetOf("a.xlsx", "DS", undefined, 6).award({ name: "Lò Văn A", awardText: GK, ...(decisionNumber === undefined ? {} : { decisionNumber }), ...(cells ? { cells } : {}) })],
      }),
    );

  it("the message quotes the number trimmed, at the number's cell", () => {
    expect(run("  QĐ 705 ")).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "E6",
        message: {
          vi: 'Số quyết định "QĐ 705" không đúng mẫu số/ký hiệu (ví dụ 705/QĐ-UBND). Ghi lại đầy đủ theo quyết định.',
          en: 'Decision number "QĐ 705" is not in the number/symbol form (e.g. 705/QĐ-UBND). Write it in full as on the decision.',
        },
      },
    ]);
  });

  it("a valid number with spaces around it is valid; no number, or only spaces, is not judged", () => {
    expect(run(" 705/QĐ-UBND ")).toEqual([]);
    expect(run(undefined)).toEqual([]);
    expect(run("")).toEqual([]);
    expect(run("   ")).toEqual([]);
  });

  it("flags the number cell, else the decision cell, else the row's cell", () => {
    expect(run("705", { decision: "H6" }).map((i) => i.cell)).toEqual(["H6"]);
    expect(run("705", {}).map((i) => i.cell)).toEqual(["B6"]);
  });
});

describe("unit-not-reported: edges", () => {
  const run = (registry: RegistryUnit[] | undefined, ...sheets: SheetBuilder[]) => unitNotReported.check(contextOf({ name: "", sheets, options: registry ? { registry } : {} }));
  const gk = { name: "Lò Văn A", awardText: GK };

  it("the message in full, with no file", () => {
    expect(run([{ name: "Xã Quài Cang" }], sheetOf("a.xlsx", "DS", "UBND xã Chiềng Đông").award(gk))).toEqual([
      { file: "", message: { vi: "Xã Quài Cang: chưa có báo cáo (không tìm thấy tệp của đơn vị).", en: "Xã Quài Cang: no report received (no file from this unit)." } },
    ]);
  });

  it("a sender named on the rows counts, whatever the kind of rows", () => {
    const figures = sheetOf("bieu.xlsx", "KT-XH").figure({ indicator: "Lúa", actual: 5 });
    figures.figures[0].sender = "UBND xã Quài Cang";
    expect(run([{ name: "Xã Quài Cang" }], figures)).toEqual([]);
    const summary = sheetOf("th.xlsx", "Tổng hợp").summary({ awardText: "LĐTT", individuals: 1 });
    summary.summaries[0].sender = "UBND xã Quài Cang";
    expect(run([{ name: "Xã Quài Cang" }], summary)).toEqual([]);
    const award = sheetOf("ds.xlsx", "DS").award({ ...gk, sender: "Xã Quài Cang" });
    expect(run([{ name: "Xã Quài Cang" }], award)).toEqual([]);
    // the same rows without a sender: not reported
    expect(run([{ name: "Xã Quài Cang" }], sheetOf("ds.xlsx", "DS").award(gk))).toHaveLength(1);
  });

  it("schools are not expected: marked as such, or named Trường (any case, leading spaces)", () => {
    const sheet = sheetOf("a.xlsx", "DS", "UBND xã A").award(gk);
    expect(run([{ name: "Trường TH Quài Cang" }, { name: "  trường mầm non Hoa Ban" }, { name: "Điểm trường bản Cang", school: true }], sheet)).toEqual([]);
    // a unit whose name only contains the word is expected
    expect(run([{ name: "Ban đại diện phụ huynh trường" }], sheet).map((i) => i.message.en)).toEqual(["Ban đại diện phụ huynh trường: no report received (no file from this unit)."]);
  });

  it("a unit with no name, or a registry with no reporting unit, reports nothing", () => {
    const sheet = sheetOf("a.xlsx", "DS", "UBND xã A").award(gk);
    expect(run([{ name: "" }], sheet)).toEqual([]);
    expect(run([{ name: "Trường TH A" }], sheet)).toEqual([]);
    expect(run([], sheet)).toEqual([]);
    expect(run(undefined, sheet)).toEqual([]);
  });

  it("every unit that sent nothing is listed, in the registry's order", () => {
    const sheet = sheetOf("02-xa-b.xlsx", "DS", "UBND xã B").award(gk);
    expect(run([{ name: "Xã C" }, { name: "Xã B" }, { name: "Xã A" }], sheet).map((i) => i.message.en.slice(0, 4))).toEqual(["Xã C", "Xã A"]);
  });
});
