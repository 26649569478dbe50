import { recipientKindMismatch } from "../../../src/core/rules/recipient-kind-mismatch";
import { ruleTester, sheetOf } from "./ruleTester";

const GK = "Giấy khen Chủ tịch UBND huyện";
const sectionA = (name: string, position: string) =>
  sheetOf("02-xa-quai-cang.xlsx", "Danh sách", "UBND XÃ QUÀI CANG", 11).award({ name, position, unit: undefined, kind: "collective", kindSource: "section", awardText: GK });

ruleTester(recipientKindMismatch, {
  valid: [
    ...[
      ["Tổ bầu cử số 2 (Khối Sơn Thủy)", "UBND thị trấn Tuần Giáo"],
      ["Công an thị trấn Tuần Giáo", "UBND thị trấn Tuần Giáo"],
      ["Trường Mầm non 20/7", "Trường Mầm non 20/7"],
      ["Ban Chỉ huy Quân sự xã Quài Nưa", "UBND xã Quài Nưa"],
      ["Bản Lồng", "UBND xã Quài Cang"],
      ["Ủy ban nhân dân xã Quài Cang", "Huyện Tuần Giáo"],
      ["Đội An ninh", "Công an huyện Tuần Giáo"],
      ["Đồn Công an Mùn Chung", "Công an huyện Tuần Giáo"],
    ].map(([name, position]) => ({ name: `collective "${name}"`, sheets: [sectionA(name, position)] })),
    { name: "a person's name without a person's position is left alone", sheets: [sectionA("Điêu Thị Thúy", "UBND xã Quài Cang")] },
    { name: "a collective with no position whose first word is no family name", sheets: [sectionA("Bản Xá Nhè", "")] },
    { name: "no family name, no job: not plainly a person", sheets: [sectionA("Khu Phố Mới", "")] },
    {
      name: "a Phân loại column says Tập thể for a collective's name",
      sheets: [sheetOf("a.xlsx").award({ name: "Hạt Kiểm lâm huyện", unit: "Hạt Kiểm lâm huyện", kind: "collective", kindSource: "column", awardText: GK })],
    },
    { name: "TTLĐTT to a collective", sheets: [sheetOf("20.xlsx").award({ name: "Trường Mầm non Sao Mai", kind: "collective", awardText: "TTLĐTT" })] },
    { name: "a kind guessed from the award proves nothing", sheets: [sheetOf("20.xlsx").award({ name: "Lò Thị Hoa", kind: "collective", kindSource: "award", awardText: "LĐTT" })] },
    { name: "person in section B", sheets: [sheetOf("a.xlsx").award({ name: "Lường Thị Thanh Thơm", position: "Tổ trưởng Tổ bầu cử số 2", kind: "individual", kindSource: "section", awardText: GK })] },
  ],
  invalid: [
    {
      name: "a person with a person's job under A. TẬP THỂ (planted P01)",
      sheets: [sectionA("Điêu Thị Thúy", "Công chức Văn hóa - Xã hội xã Quài Cang")],
      issues: [{ cell: "B11", messageIncludes: "là tên một cá nhân nhưng nằm trong mục TẬP THỂ" }],
    },
    {
      name: "a person's name starting with a family name, alone under I. DANH SÁCH TẬP THỂ",
      sheets: [sectionA("Cầm Văn Xiêng", "")],
      issues: [{ cell: "B11", messageIncludes: "nằm trong mục TẬP THỂ" }],
    },
    {
      name: "a Tập thể/Cá nhân column says Tập thể for a person (a warning: the column may be right)",
      sheets: [sheetOf("a.xlsx").award({ name: "Cà Văn Duẩn", unit: "Hạt Kiểm lâm huyện", kind: "collective", kindSource: "column", awardText: GK })],
      issues: [{ cell: "B10", messageIncludes: 'được ghi là "Tập thể"' }],
    },
    {
      name: "LĐTT (individual title) given to a collective",
      sheets: [sheetOf("20.xlsx").award({ name: "Trường Mầm non Sao Mai", kind: "collective", awardText: "LĐTT" })],
      issues: [{ cell: "D10", messageIncludes: "chỉ dành cho cá nhân" }],
    },
    {
      name: "TTLĐTT given to an individual",
      sheets: [sheetOf("20.xlsx").award({ name: "Lò Thị Hoa", kind: "individual", awardText: "Tập thể lao động tiên tiến" })],
      issues: [{ messageIncludes: "chỉ dành cho tập thể" }],
    },
    {
      name: "Gia đình văn hóa given to an individual",
      sheets: [sheetOf("a.xlsx").award({ name: "Lò Văn Minh", kind: "individual", awardText: "Gia đình văn hoá" })],
      issues: [{ messageIncludes: "hộ gia đình" }],
    },
    {
      name: "a collective under B. CÁ NHÂN",
      sheets: [sheetOf("a.xlsx").award({ name: "Hội Liên hiệp Phụ nữ xã Pú Xi", position: "UBND xã Pú Xi", kind: "individual", kindSource: "section", awardText: GK })],
      issues: [{ cell: "B10", messageIncludes: "là tên một tập thể" }],
    },
  ],
});
