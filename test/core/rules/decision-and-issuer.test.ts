import { decisionNumberInvalid } from "../../../src/core/rules/decision-number-invalid";
import { issuerAuthority } from "../../../src/core/rules/issuer-authority";
import { ruleTester, sheetOf } from "./ruleTester";

const GK = "Giấy khen Chủ tịch UBND huyện";
ruleTester(decisionNumberInvalid, {
  valid: ["705/QĐ-UBND", "705/QD-UBND", "1960/2021/QĐ-UBND"].map((n) => ({ name: n, sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK, decisionNumber: n })] })),
  invalid: [
    { name: '"QĐ 705" (planted P11)', sheets: [sheetOf("19-xa-na-say.xlsx", "DS", undefined, 13).award({ name: "Lò Văn A", awardText: GK, decisionNumber: "QĐ 705" })], issues: [{ cell: "E13", messageIncludes: '"QĐ 705"' }] },
    { name: "a bare number", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK, decisionNumber: "705" })], issues: [{ cell: "E10" }] },
  ],
});

ruleTester(issuerAuthority, {
  valid: [
    { name: "district Giấy khen in 2021", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK, decisionDate: "2021-05-24" })] },
    { name: "district Giấy khen on its last day, 30/6/2025", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: GK, decisionDate: "2025-06-30" })] },
    { name: "commune CSTĐCS after 01/7/2025", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: "CSTĐCS của Chủ tịch UBND xã", decisionDate: "2025-09-01" })] },
    { name: "a title without an issuer is not judged", sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: "CSTĐCS", decisionDate: "2022-05-01" })] },
  ],
  invalid: [
    {
      name: "district Giấy khen after the district tier ended",
      sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: "Giấy khen của Chủ tịch UBND huyện Tuần Giáo", decisionDate: "2025-07-01" })],
      issues: [{ cell: "D10", messageIncludes: "01/07/2025" }],
    },
    {
      name: "commune chairman granting CSTĐCS in 2022",
      sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: "Chiến sĩ thi đua cơ sở do Chủ tịch UBND xã tặng", decisionDate: "2022-05-01" })],
      issues: [{ messageIncludes: "Chủ tịch UBND xã không có thẩm quyền" }],
    },
  ],
});
