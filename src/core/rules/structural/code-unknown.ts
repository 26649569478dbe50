import { ruleMessages, type Rule } from "../rule";
import { issuesFromFindings } from "./findings";

const MESSAGES = ruleMessages("code-unknown", {
  /** a whole column of codes no look-up sheet holds (`count` cells, `code` the first) */
  columnUnknown: {
    vi: 'Cột "{column}" ghi mã nhưng không sheet danh mục nào của tệp có các mã này ({count} ô, ví dụ "{code}"), nên không đọc ra được tên; không đoán. Hình thức khen thưởng ghi bằng mã được tổng hợp riêng ở mục "Chưa xác định".',
    en: 'Column "{column}" holds codes that no look-up sheet of the workbook has ({count} cells, e.g. "{code}"), so no name is known; nothing is guessed. Awards written as such codes are totalled apart on "Chưa xác định" lines.',
  },
  notInLookup: {
    vi: 'Ô {cell} (cột "{column}"): mã "{code}" không có trong danh mục ở sheet "{lookup}"; không đoán, dòng này được tổng hợp riêng ở mục "Chưa xác định".',
    en: 'Cell {cell} (column "{column}"): code "{code}" is not in the look-up on sheet "{lookup}"; nothing is guessed, the row is totalled apart on a "Chưa xác định" line.',
  },
  noLookup: {
    vi: 'Ô {cell} (cột "{column}"): mã "{code}" không có trong sheet danh mục nào của tệp nên không đọc ra được tên; không đoán, dòng này được tổng hợp riêng ở mục "Chưa xác định".',
    en: 'Cell {cell} (column "{column}"): code "{code}" is in no look-up sheet of the workbook, so no name is known; nothing is guessed, the row is totalled apart on a "Chưa xác định" line.',
  },
});

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
    messages: MESSAGES.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "code-unknown", (f) =>
      f.data.count
        ? MESSAGES.t("columnUnknown", { column: f.data.column, count: f.data.count, code: f.data.code })
        : f.data.lookup
          ? MESSAGES.t("notInLookup", { cell: f.cell ?? "", column: f.data.column, code: f.data.code, lookup: f.data.lookup })
          : MESSAGES.t("noLookup", { cell: f.cell ?? "", column: f.data.column, code: f.data.code }),
    ),
};
