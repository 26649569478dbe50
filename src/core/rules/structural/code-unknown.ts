import type { Rule } from "../rule";
import { issuesFromFindings } from "./findings";

/**
 * A code in a code column ("Mã hình thức khen thưởng") that no look-up list of the workbook holds.
 * Nothing is guessed: the row keeps the code as written and is totalled apart ("Chưa xác định").
 */
export const codeUnknown: Rule = {
  meta: {
    id: "code-unknown",
    severity: "warning",
    title: { vi: "Mã không có trong danh mục của tệp", en: "Code not in the workbook's look-up" },
    description: {
      vi: "Cột mã (mã hình thức khen thưởng, mã đơn vị, mã phân loại) được đọc ra tên qua sheet danh mục của chính tệp (DANHMUC, Danh mục, sheet hai cột mã – tên). Mã ở ô này không có trong danh mục đó: không đoán, dòng được tổng hợp riêng ở mục \"Chưa xác định\".",
      en: "A code column (award, unit or classification code) is read as names through the workbook's own look-up sheet (DANHMUC, Danh mục, a two-column code – name sheet). The code in this cell is in no such list: nothing is guessed, and the row is totalled apart on a \"Chưa xác định\" line.",
    },
    fix: {
      vi: "Sửa mã cho đúng danh mục, hoặc bổ sung mã vào sheet danh mục, hoặc ghi tên thay cho mã.",
      en: "Correct the code, add it to the look-up sheet, or write the name instead of the code.",
    },
  },
  check: (ctx) =>
    issuesFromFindings(ctx, "code-unknown", (f) =>
      f.data.count
        ? {
            vi: `Cột "${f.data.column}" ghi mã nhưng không sheet danh mục nào của tệp có các mã này (${f.data.count} ô, ví dụ "${f.data.code}"), nên không đọc ra được tên; không đoán. Hình thức khen thưởng ghi bằng mã được tổng hợp riêng ở mục "Chưa xác định".`,
            en: `Column "${f.data.column}" holds codes that no look-up sheet of the workbook has (${f.data.count} cells, e.g. "${f.data.code}"), so no name is known; nothing is guessed. Awards written as such codes are totalled apart on "Chưa xác định" lines.`,
          }
        : f.data.lookup
        ? {
            vi: `Ô ${f.cell} (cột "${f.data.column}"): mã "${f.data.code}" không có trong danh mục ở sheet "${f.data.lookup}"; không đoán, dòng này được tổng hợp riêng ở mục "Chưa xác định".`,
            en: `Cell ${f.cell} (column "${f.data.column}"): code "${f.data.code}" is not in the look-up on sheet "${f.data.lookup}"; nothing is guessed, the row is totalled apart on a "Chưa xác định" line.`,
          }
        : {
            vi: `Ô ${f.cell} (cột "${f.data.column}"): mã "${f.data.code}" không có trong sheet danh mục nào của tệp nên không đọc ra được tên; không đoán, dòng này được tổng hợp riêng ở mục "Chưa xác định".`,
            en: `Cell ${f.cell} (column "${f.data.column}"): code "${f.data.code}" is in no look-up sheet of the workbook, so no name is known; nothing is guessed, the row is totalled apart on a "Chưa xác định" line.`,
          },
    ),
};
