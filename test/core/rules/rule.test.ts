/** The rule module's own helpers (src/core/rules/rule.ts): which files carry a unit's data, which units are expected to report. */
import { hasUnitData, reportingUnits } from "../../../src/core/rules/rule";
import { contextOf, sheetOf } from "./ruleTester";

describe("rule helpers", () => {
  const fileOf = (s: ReturnType<typeof sheetOf>) => contextOf({ name: "", sheets: [s] }).files[0];

  it("a file carries a unit's data when any sheet has awards, figures or summary rows", () => {
    expect(hasUnitData(fileOf(sheetOf("a.xlsx")))).toBe(false);
    expect(hasUnitData(fileOf(sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: "LĐTT" })))).toBe(true);
    expect(hasUnitData(fileOf(sheetOf("a.xlsx").figure({ indicator: "Lúa" })))).toBe(true);
    expect(hasUnitData(fileOf(sheetOf("a.xlsx").summary({ awardText: "LĐTT" })))).toBe(true);
  });

  it("schools listed for checking names are not expected to report", () => {
    expect(reportingUnits([{ name: "Xã A" }, { name: "Trường TH A", school: true }, { name: "Xã B", school: false }]).map((u) => u.name)).toEqual(["Xã A", "Xã B"]);
    expect(reportingUnits()).toEqual([]);
  });
});
