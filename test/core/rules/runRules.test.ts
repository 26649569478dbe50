import { runRules, TDKT_RULES } from "../../../src/core/rules";
import { contextOf, sheetOf } from "./ruleTester";

const GK = "Giấy khen Chủ tịch UBND huyện";
const ctx = (severities?: Record<string, "error" | "warning" | "info" | "off">) =>
  contextOf({
    name: "two files",
    sheets: [
      sheetOf("b.xlsx", "DS", undefined, 5).award({ name: "Lò Văn A", awardText: "Lao đông tiến tiến" }),
      sheetOf("a.xlsx", "DS", undefined, 20)
        .award({ name: "Lò Văn B", awardText: GK, decisionNumber: "QĐ 705" })
        .award({ name: "Lò Văn C", awardText: "Khen ngợi miệng" }),
      sheetOf("a.xlsx", "DS2", undefined, 3).award({ name: "Lò Văn D", awardText: "Khen miệng" }),
    ],
    options: { severities },
  });

describe("runRules", () => {
  it("stamps rule and severity and sorts by input file, sheet, row", () => {
    const issues = runRules(ctx());
    expect(issues.map((i) => `${i.file} ${i.sheet}!${i.cell} ${i.rule} ${i.severity}`)).toEqual([
      "b.xlsx DS!D5 award-unknown warning",
      "a.xlsx DS!E20 decision-number-invalid error",
      "a.xlsx DS!D21 award-unknown warning",
      "a.xlsx DS2!D3 award-unknown warning",
    ]);
  });
  it("applies severity overrides and turns rules off", () => {
    const issues = runRules(ctx({ "award-unknown": "error", "decision-number-invalid": "off" }));
    expect(issues.map((i) => i.severity)).toEqual(["error", "error", "error"]);
    expect(issues.some((i) => i.rule === "decision-number-invalid")).toBe(false);
  });
  it("runs the whole pack by default", () => {
    expect(TDKT_RULES.length).toBeGreaterThanOrEqual(13);
  });
});
