import { awardDuplicate } from "../../../src/core/rules/award-duplicate";
import { ruleTester, sheetOf } from "./ruleTester";

const GK = "Giấy khen của Chủ tịch UBND huyện";
const school = (name: string, unit = "Trường Tiểu học số 1 thị trấn", extra: object = {}) =>
  ({ name, unit, awardText: "GK CT UBND huyện", ...extra });

ruleTester(awardDuplicate, {
  valid: [
    { name: "Hùng and Hưng are two people", sheets: [sheetOf("a.xlsx").award(school("Cầm Xuân Hùng")).award(school("Cầm Xuân Hưng"))] },
    {
      name: "same name in two schools",
      sheets: [sheetOf("a.xlsx").award(school("Lò Thị Hoa", "Trường Mầm non Sao Mai")).award(school("Lò Thị Hoa", "Trường Mầm non Họa Mi"))],
    },
    { name: "same person, two different awards", sheets: [sheetOf("a.xlsx").award(school("Lò Thị Hoa", undefined, { awardText: "LĐTT" })).award(school("Lò Thị Hoa", undefined, { awardText: "CSTĐCS" }))] },
    {
      name: "same name, different birth dates",
      sheets: [sheetOf("a.xlsx").award(school("Lò Thị Hoa", undefined, { birthDate: "1985-02-01" })).award(school("Lò Thị Hoa", undefined, { birthDate: "1990-07-11" }))],
    },
    {
      name: "same award in two different years",
      sheets: [
        sheetOf("a.xlsx").award(school("Lò Thị Hoa", undefined, { decisionDate: "2020-06-01" })),
        sheetOf("b.xlsx").award(school("Lò Thị Hoa", undefined, { decisionDate: "2021-06-01" })),
      ],
    },
    { name: "blank names are not duplicates", sheets: [sheetOf("a.xlsx").award(school("")).award(school(""))] },
    {
      name: "same name in two communes' lists",
      sheets: [sheetOf("03.xlsx", "DS", "UBND XÃ QUÀI NƯA").award({ name: "Lò Văn Minh", unit: "Xã Quài Nưa", awardText: GK }), sheetOf("04.xlsx", "DS", "UBND XÃ QUÀI TỞ").award({ name: "Lò Văn Minh", unit: "Xã Quài Tở", awardText: GK })],
    },
  ],
  invalid: [
    {
      name: "exact duplicate row inside one file (planted P15): reported at the later row",
      sheets: [sheetOf("20-phong-gddt.xlsx", "DS", undefined, 835).award(school("Điêu Thị Phương Hiên")).award(school("Lò Thị Hoa")).award(school("Điêu Thị Phương Hiên"))],
      issues: [{ cell: "B837", messageIncludes: "dòng 835", related: "20-phong-gddt.xlsx | DS!B835" }],
    },
    {
      name: "across files, tone style and case differ (planted P16): Thuỷ / Thủy, văn / Văn, UBND xã = Xã",
      sheets: [
        sheetOf("03-xa-quai-nua.xlsx", "DS khen thưởng", "UBND XÃ QUÀI NƯA", 16).award({ name: "Lường văn Thuỷ", unit: "Xã Quài Nưa", awardText: "Giấy khen cuả Chủ tịch UBND huyện", decisionNumber: "705/QĐ-UBND", decisionDate: "2021-05-24" }),
        sheetOf("21-vp-hdnd-ubnd.xlsx", "DS khen thưởng", "VĂN PHÒNG HĐND VÀ UBND", 33).award({ name: "Lường Văn Thủy", unit: "UBND xã Quài Nưa", awardText: GK, decisionNumber: "705/QĐ-UBND", decisionDate: "2021-05-24" }),
      ],
      issues: [{ file: "21-vp-hdnd-ubnd.xlsx", cell: "B33", related: "03-xa-quai-nua.xlsx | DS khen thưởng!B16" }],
    },
    {
      name: "NFD text against NFC text",
      sheets: [sheetOf("09-xa-pu-nhung.xlsx").award(school("Quàng Thị Kim Thắm".normalize("NFD"))).award(school("Quàng Thị Kim Thắm"))],
      issues: [{ cell: "B11" }],
    },
    {
      name: "extra spaces, NBSP and capitals",
      sheets: [sheetOf("a.xlsx").award(school("Quàng  Thị\u00a0Lan ")).award(school("QUÀNG THỊ LAN"))],
      issues: [{ cell: "B11" }],
    },
    {
      name: "abbreviated and full award names are the same award",
      sheets: [sheetOf("a.xlsx").award(school("Lò Thị Hoa", undefined, { awardText: "LĐTT" })).award(school("Lò Thị Hoa", undefined, { awardText: "Danh hiệu Lao động tiên tiến" }))],
      issues: [{ cell: "B11", messageIncludes: "Lao động tiên tiến" }],
    },
  ],
});
