import { dateInvalid } from "../../../src/core/rules/date-invalid";
import { dateOutOfPeriod } from "../../../src/core/rules/date-out-of-period";
import { ruleTester, sheetOf } from "./ruleTester";

const period = { from: "2021-01-01", to: "2021-06-30" };
const GK = "Giấy khen Chủ tịch UBND huyện";

ruleTester(dateInvalid, {
  valid: [{ name: "a real date", sheets: [sheetOf("07.xlsx").award({ name: "Cà Văn Chanh", awardText: GK, decisionDate: "2021-05-24" })] }],
  invalid: [
    {
      name: "the reader's finding for 31/6/2021 (planted P02)",
      sheets: [sheetOf("07-xa-toa-tinh.xlsx", "DS khen thưởng", undefined, 17).award({ name: "Thào Seo Súa", awardText: GK }).finding({ rule: "date-invalid", cell: "F17", data: { text: "31/6/2021", reason: "no-such-day" } })],
      issues: [{ cell: "F17", messageIncludes: "tháng 6/2021 chỉ có 30 ngày" }],
    },
    {
      name: "a record carrying an impossible ISO date",
      sheets: [sheetOf("07.xlsx", "DS", undefined, 9).award({ name: "Cà Văn Chanh", awardText: GK, decisionDate: "2021-02-30" })],
      issues: [{ cell: "F9" }],
    },
    { name: "findings of other rules are not this rule's", sheets: [sheetOf("a.xlsx").finding({ rule: "value-required", cell: "B5", data: {} }).finding({ rule: "date-invalid", cell: "F6", data: { text: "32/1/2021" } })], issues: [{ cell: "F6" }] },
  ],
});

ruleTester(dateOutOfPeriod, {
  valid: [
    { name: "inside the period", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK, decisionDate: "2021-06-30" })], options: { period } },
    { name: "no period given", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK, decisionDate: "2020-12-18" })] },
  ],
  invalid: [
    {
      name: "18/12/2020 before the period (planted P09)",
      sheets: [sheetOf("17-xa-phinh-sang.xlsx", "DS khen thưởng", undefined, 9).award({ name: "Tòng Thị Hồng Thủy", awardText: GK, decisionDate: "2020-12-18" })],
      options: { period },
      issues: [{ cell: "F9", messageIncludes: "18/12/2020 nằm ngoài kỳ báo cáo 01/01/2021 - 30/06/2021" }],
    },
  ],
});
