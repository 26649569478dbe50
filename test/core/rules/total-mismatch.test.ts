import { totalMismatch } from "../../../src/core/rules/total-mismatch";
import { ruleTester, sheetOf } from "./ruleTester";

const livestock = (total: number | null, formula = false) =>
  sheetOf("12-xa-muong-mun.xlsx", "Chỉ tiêu KT-XH", "UBND xã Mường Mùn", 11)
    .figure({ indicator: "Tổng đàn gia súc", measure: "con", actual: total, hasChildren: true, ...(formula ? { formulas: { actual: "SUM(E12:E15)" } } : {}) })
    .figure({ indicator: "Trâu", measure: "con", actual: 1200, parent: 0 })
    .figure({ indicator: "Bò", measure: "con", actual: 900, parent: 0 })
    .figure({ indicator: "Lợn", measure: "con", actual: 3000, parent: 0 })
    .figure({ indicator: "Dê", measure: "con", actual: 523, parent: 0 });

ruleTester(totalMismatch, {
  valid: [
    { name: "parent equals the sum of its children", sheets: [livestock(5623)] },
    { name: "parent left empty is not checked", sheets: [livestock(null)] },
    {
      name: "children in other units (ha and tấn) are not added",
      sheets: [
        sheetOf("a.xlsx", "KT-XH")
          .figure({ indicator: "Nuôi trồng thủy sản", measure: "", actual: 50, hasChildren: true })
          .figure({ indicator: "Diện tích nuôi trồng thủy sản", measure: "ha", actual: 9, parent: 0 })
          .figure({ indicator: "Sản lượng thủy sản nuôi trồng", measure: "tấn", actual: 6.9, parent: 0 }),
      ],
    },
    {
      name: "decimal children within the rounding the total shows",
      sheets: [
        sheetOf("a.xlsx", "KT-XH")
          .figure({ indicator: "Diện tích", measure: "ha", actual: 22.6, hasChildren: true })
          .figure({ indicator: "Lúa", measure: "ha", actual: 12.35, parent: 0 })
          .figure({ indicator: "Ngô", measure: "ha", actual: 10.2, parent: 0 }),
      ],
    },
    {
      name: "summary Cộng row equals its items (null counts as 0)",
      sheets: [
        sheetOf("20-phong-gddt.xlsx", "Tổng hợp", undefined, 8)
          .summary({ awardText: "Danh hiệu Chiến sĩ thi đua cơ sở", collectives: null, individuals: 211 })
          .summary({ awardText: "Danh hiệu Lao động tiên tiến", collectives: 56, individuals: 1762 })
          .summary({ awardText: "Giấy khen của Chủ tịch UBND huyện", collectives: 16, individuals: 466 })
          .summary({ awardText: "Cộng", collectives: 72, individuals: 2439, isTotal: true }),
      ],
    },
  ],
  invalid: [
    {
      name: "typed total with transposed digits (5.632 vs 5.623)",
      sheets: [livestock(5632)],
      issues: [{ cell: "E11", messageIncludes: "dòng tổng ghi 5.632 nhưng cộng các dòng con được 5.623 (chênh 9)" }],
    },
    { name: "a live SUM whose cached value is stale is still checked", sheets: [livestock(5600, true)], issues: [{ cell: "E11" }] },
    {
      name: "plan column too",
      sheets: [
        sheetOf("a.xlsx", "KT-XH", undefined, 5)
          .figure({ indicator: "Tổng", measure: "con", plan: 100, hasChildren: true })
          .figure({ indicator: "A", measure: "con", plan: 40, parent: 0 })
          .figure({ indicator: "B", measure: "con", plan: 50, parent: 0 }),
      ],
      issues: [{ cell: "D5", messageIncludes: "Kế hoạch" }],
    },
    {
      name: "summary Cộng row differs from its items",
      sheets: [
        sheetOf("18-xa-ta-ma.xlsx", "Tổng hợp", undefined, 8)
          .summary({ awardText: "Giấy khen của Chủ tịch UBND huyện", collectives: 3, individuals: 6 })
          .summary({ awardText: "Cộng", collectives: 3, individuals: 7, isTotal: true }),
      ],
      issues: [{ cell: "D9", messageIncludes: "Individuals" }],
    },
  ],
});
