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
    {
      name: "one sender's own list: a person under the sender and a namesake under one of its schools stay two",
      sheets: [
        sheetOf("a.xlsx", "DS", "Phòng Giáo dục và Đào tạo")
          .award({ name: "Đặng Thị Thúy Giang", unit: "Phòng Giáo dục và Đào tạo", awardText: GK })
          .award({ name: "Đặng Thị Thúy Giang", unit: "Trường THCS số 1", awardText: GK }),
      ],
    },
    {
      name: "across senders, a unit that is neither the other list's sender nor its unit is another person",
      sheets: [
        sheetOf("a.xlsx", "DS", "Phòng Giáo dục và Đào tạo").award({ name: "Đặng Thị Thúy Giang", unit: "Trường THCS số 1", awardText: GK }),
        sheetOf("b.xlsx", "DS", "Văn phòng HĐND và UBND huyện").award({ name: "ĐẶNG THỊ THUÝ GIANG", unit: "Phòng Nội vụ", awardText: GK }),
      ],
    },
  ],
  invalid: [
    {
      name: "across senders, in capitals with old-style tones, one list naming the other's sender as the unit",
      sheets: [
        sheetOf("a.xlsx", "DS THCS", "Phòng Giáo dục và Đào tạo", 62).award({ name: "Đặng Thị Thúy Giang", unit: "Trường THCS số 1", awardText: "GK CT UBND huyện" }),
        sheetOf("b.xlsx", "DS", "Văn phòng HĐND và UBND huyện", 20).award({ name: "ĐẶNG THỊ THUÝ GIANG", unit: "Phòng Giáo dục và Đào tạo", awardText: GK, decisionDate: "2022-08-05" }),
      ],
      issues: [{ file: "b.xlsx", cell: "B20", messageIncludes: "hai lần", related: "a.xlsx | DS THCS!B62" }],
    },
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
