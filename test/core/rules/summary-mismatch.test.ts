import { summaryMismatch } from "../../../src/core/rules/summary-mismatch";
import { ruleTester, sheetOf, type SheetBuilder } from "./ruleTester";

const FILE = "18-xa-ta-ma.xlsx";
const list = (individuals: number, collectives = 1): SheetBuilder => {
  const s = sheetOf(FILE, "DS khen thưởng", "UBND xã Ta Ma");
  for (let i = 0; i < collectives; i++) s.award({ name: `Tổ bầu cử số ${i + 1}`, kind: "collective", awardText: "Giấy khen Chủ tịch UBND huyện" });
  for (let i = 0; i < individuals; i++) s.award({ name: `Người Thứ ${"ABCDEFGHIJ"[i]}`, awardText: "GK CT UBND huyện" });
  return s;
};
const summary = (collectives: number | null, individuals: number | null) =>
  sheetOf(FILE, "Tổng hợp", "UBND xã Ta Ma", 8)
    .summary({ awardText: "Giấy khen của Chủ tịch UBND huyện", collectives, individuals })
    .summary({ awardText: "Cộng", collectives, individuals, isTotal: true });

const education = () =>
  sheetOf("20-phong-gddt.xlsx", "DS", "Phòng GD&ĐT")
    .award({ name: "Trường Mầm non 20/7", kind: "collective", awardText: "TTLĐTT" })
    .award({ name: "Tổ Nhà trẻ - Trường Mầm non Sao Mai", kind: "collective", awardText: "Tập thể LĐTT" })
    .award({ name: "Lò Thị Hoa", awardText: "LĐTT" })
    .award({ name: "Cà Văn Minh", awardText: "Lao đông tiến tiến" }) // misspelt: counted as meant
    .award({ name: "Lò Thị Hoa", awardText: "CSTĐCS" });

ruleTester(summaryMismatch, {
  valid: [
    { name: "summary equals the list", sheets: [list(6), summary(1, 6)] },
    {
      name: "TTLĐTT counts as collectives of Lao động tiên tiến; a misspelling counts as meant",
      sheets: [
        education(),
        sheetOf("20-phong-gddt.xlsx", "Tổng hợp", undefined, 8)
          .summary({ awardText: "Danh hiệu Chiến sĩ thi đua cơ sở", individuals: 1 })
          .summary({ awardText: "Danh hiệu Lao động tiên tiến", collectives: 2, individuals: 2 }),
      ],
    },
    { name: "a summary without a list in the same file is not compared", sheets: [summary(1, 7)] },
  ],
  invalid: [
    {
      name: "summary says 7 individuals, the list has 6 (planted P10)",
      sheets: [list(6), summary(1, 7)],
      issues: [{ cell: "D8", messageIncludes: "ghi 7 cá nhân nhưng danh sách khen thưởng của đơn vị có 6" }],
    },
    {
      name: "an award in the summary absent from the list",
      sheets: [list(6), summary(1, 6).summary({ awardText: "Bằng khen của Chủ tịch UBND tỉnh", collectives: 1 })],
      issues: [{ cell: "C10", messageIncludes: "Bằng khen của Chủ tịch UBND tỉnh" }],
    },
  ],
});
