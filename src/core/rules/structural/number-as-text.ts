import { ruleMessages, type Rule } from "../rule";
import { issuesFromFindings, quote } from "./findings";

/** `text`: the cell as written, quoted; `value`: the number read, with the language's decimal mark */
const MESSAGES = ruleMessages("number-as-text", {
  read: { vi: "Ô {cell} ghi số dạng chữ {text}, đã đọc là {value}.", en: "Cell {cell} holds the number as text {text}, read as {value}." },
  readAmbiguous: {
    vi: "Ô {cell} ghi số dạng chữ {text}, đã đọc là {value} (cách viết này có thể hiểu hai nghĩa: hãy kiểm tra).",
    en: "Cell {cell} holds the number as text {text}, read as {value} (this form is ambiguous: please check).",
  },
});

/** A number typed as text ("1.762", "5,125"): read with the Vietnamese convention, and said so. */
export const numberAsText: Rule = {
  meta: {
    id: "number-as-text",
    severity: "info",
    title: { vi: "Số được gõ dạng chữ", en: "Number typed as text" },
    description: {
      vi: "Ô số liệu chứa số dạng chữ. Số được đọc theo cách viết Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy là dấu thập phân (\"1.762\" = một nghìn bảy trăm sáu mươi hai; \"5,125\" = năm phẩy một trăm hai mươi lăm).",
      en: "A numeric cell holds a number typed as text. It is read the Vietnamese way: \".\" groups thousands and \",\" is the decimal mark (\"1.762\" = 1762; \"5,125\" = 5.125).",
    },
    fix: { vi: "Kiểm tra lại giá trị đã đọc; nên nhập dạng số thay vì chữ.", en: "Check the value read; prefer typing the number as a number." },
    messages: MESSAGES.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "number-as-text", (f) =>
      MESSAGES.t(f.data.ambiguous ? "readAmbiguous" : "read", {
        cell: f.cell ?? "",
        text: quote(f.data.text),
        // as read, ungrouped: only the decimal mark follows the language
        value: { vi: String(f.data.value).replace(".", ","), en: String(f.data.value) },
      }),
    ),
};
