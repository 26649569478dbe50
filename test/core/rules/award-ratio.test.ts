import { awardRatio } from "../../../src/core/rules/award-ratio";
import { ruleTester, sheetOf, type SheetBuilder } from "./ruleTester";

function school(s: SheetBuilder, unit: string, ldtt: number, cstdcs: number): SheetBuilder {
  for (let i = 0; i < ldtt; i++) s.award({ name: `Giáo Viên ${i}`, unit, awardText: "LĐTT" });
  for (let i = 0; i < cstdcs; i++) s.award({ name: `Giáo Viên ${i}`, unit, awardText: "CSTĐCS" });
  return s;
}

ruleTester(awardRatio, {
  valid: [
    { name: "3 / 20 = 15% is at the cap", sheets: [school(sheetOf("20.xlsx"), "Trường Mầm non Họa Mi", 20, 3)] },
    {
      name: "the cap is per school: two schools each within it",
      sheets: [school(school(sheetOf("20.xlsx"), "Trường Mầm non Họa Mi", 20, 3), "Trường Mầm non Hoa Ban", 10, 1)],
    },
    { name: "a configured higher cap", sheets: [school(sheetOf("20.xlsx"), "Trường Mầm non Sao Mai", 18, 4)], options: { ratioLimit: 0.25 } },
    { name: "no LĐTT at all is award-prerequisite's concern", sheets: [school(sheetOf("20.xlsx"), "Trường Mầm non Sao Mai", 0, 2)] },
  ],
  invalid: [
    {
      name: "Trường Mầm non Sao Mai: 4 / 18 = 22,2% (planted P12), one issue at the first CSTĐCS",
      sheets: [school(sheetOf("20-phong-gddt.xlsx", "DS", undefined, 217), "Trường Mầm non Sao Mai", 18, 4)],
      issues: [{ cell: "D235", messageIncludes: "4 Chiến sĩ thi đua cơ sở / 18 Lao động tiên tiến = 22,2%, vượt mức 15,0%", related: "20-phong-gddt.xlsx | DS!D238" }],
    },
    {
      name: "a district total within the cap does not hide a school above it",
      sheets: [school(school(sheetOf("20.xlsx"), "Trường Mầm non Họa Mi", 100, 5), "Trường Mầm non Sao Mai", 10, 2)],
      issues: [{ messageIncludes: "Trường Mầm non Sao Mai" }],
    },
  ],
});
