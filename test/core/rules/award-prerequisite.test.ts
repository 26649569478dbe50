import { awardPrerequisite } from "../../../src/core/rules/award-prerequisite";
import { ruleTester, sheetOf } from "./ruleTester";

const S = "Trường Tiểu học Chiềng Sinh";
ruleTester(awardPrerequisite, {
  valid: [
    { name: "CSTĐCS with LĐTT in the same school", sheets: [sheetOf("20.xlsx").award({ name: "Lò Thị Hoa", unit: S, awardText: "LĐTT" }).award({ name: "Lò Thị Hoa", unit: S, awardText: "CSTĐCS" })] },
    { name: "LĐTT written with old tone style and capitals", sheets: [sheetOf("20.xlsx").award({ name: "LÒ THỊ HOÀ", unit: S, awardText: "Lao động tiên tiến" }).award({ name: "Lò Thị Hòa", unit: S, awardText: "Chiến sỹ thi đua cơ sở" })] },
    { name: "Chiến sĩ tiên tiến also qualifies", sheets: [sheetOf("22.xlsx").award({ name: "Lò Văn Pọm", unit: "Công an huyện", awardText: "Chiến sĩ tiên tiến" }).award({ name: "Lò Văn Pọm", unit: "Công an huyện", awardText: "CSTĐCS" })] },
    { name: "a list with no unit and no sender: same file, same unit", sheets: [sheetOf("ds.xlsx").award({ name: "Lò Thị Hoa", awardText: "LĐTT" }).award({ name: "Lò Thị Hoa", awardText: "CSTĐCS" })] },
    { name: "a misspelt LĐTT row counts as meant", sheets: [sheetOf("20.xlsx").award({ name: "Lò Thị Hoa", unit: S, awardText: "Lao đông tiến tiến" }).award({ name: "Lò Thị Hoa", unit: S, awardText: "CSTĐCS" })] },
  ],
  invalid: [
    {
      name: "CSTĐCS without LĐTT (planted P14)",
      sheets: [sheetOf("20.xlsx", "DS", undefined, 1148).award({ name: "Đỗ Thị Ngọc Chinh", unit: S, awardText: "CSTĐCS" })],
      issues: [{ cell: "B1148", messageIncludes: "không có dòng Lao động tiên tiến" }],
    },
    {
      name: "the LĐTT row belongs to a namesake in another school",
      sheets: [sheetOf("20.xlsx").award({ name: "Lò Thị Hoa", unit: "Trường Mầm non Sao Mai", awardText: "LĐTT" }).award({ name: "Lò Thị Hoa", unit: S, awardText: "CSTĐCS" })],
      issues: [{ cell: "B11" }],
    },
    {
      name: "without units, a namesake's LĐTT in another file does not count",
      sheets: [sheetOf("a.xlsx").award({ name: "Lò Thị Hoa", awardText: "LĐTT" }), sheetOf("b.xlsx").award({ name: "Lò Thị Hoa", awardText: "CSTĐCS" })],
      issues: [{ cell: "B10" }],
    },
    {
      name: "Hùng's LĐTT does not cover Hưng",
      sheets: [sheetOf("20.xlsx").award({ name: "Cầm Xuân Hùng", unit: S, awardText: "LĐTT" }).award({ name: "Cầm Xuân Hưng", unit: S, awardText: "CSTĐCS" })],
      issues: [{ cell: "B11" }],
    },
  ],
});
