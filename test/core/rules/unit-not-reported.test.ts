import { unitNotReported } from "../../../src/core/rules/unit-not-reported";
import { ruleTester, sheetOf } from "./ruleTester";

const registry = [
  { name: "Xã Quài Cang", type: "Xã" },
  { name: "Công an huyện", type: "Cơ quan" },
  { name: "Ban Chỉ huy Quân sự huyện", type: "Cơ quan" },
  { name: "Huyện đoàn", type: "Cơ quan" },
  { name: "Trường Mầm non Sao Mai" },
];
const gk = { name: "Lò Văn A", awardText: "GK" };

ruleTester(unitNotReported, {
  valid: [
    {
      name: "every unit sent a file (by sender or by file name)",
      sheets: [
        sheetOf("02-xa-quai-cang.xlsx", "DS", "UBND XÃ QUÀI CANG").award(gk),
        sheetOf("22-cong-an-huyen.xls", "DS", "CÔNG AN HUYỆN TUẦN GIÁO").award(gk),
        sheetOf("23-ban-chqs-huyen.csv", "23-ban-chqs-huyen").award(gk),
        sheetOf("huyen-doan.xlsx", "DS", "HUYỆN ĐOÀN TUẦN GIÁO").award(gk),
      ],
      options: { registry },
    },
    { name: "no registry", sheets: [sheetOf("a.xlsx").award(gk)] },
  ],
  invalid: [
    {
      name: "units that sent nothing are listed (schools are not expected to send)",
      sheets: [sheetOf("02-xa-quai-cang.xlsx", "DS", "UBND XÃ QUÀI CANG").award(gk)],
      options: { registry },
      issues: [{ file: "", messageIncludes: "Công an huyện: chưa có báo cáo" }, { messageIncludes: "Ban Chỉ huy Quân sự huyện" }, { messageIncludes: "Huyện đoàn" }],
    },
  ],
});
