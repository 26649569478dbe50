import type { Rule } from "../rule";
import { issuesFromFindings } from "./findings";

/** A file that could not be read at all (corrupt, encrypted, not a spreadsheet). Others go on. */
export const fileUnreadable: Rule = {
  meta: {
    id: "file-unreadable",
    severity: "error",
    title: { vi: "Không đọc được tệp", en: "File cannot be read" },
    description: {
      vi: "Tệp hỏng, có mật khẩu, rỗng, quá lớn hoặc không phải bảng tính. Các tệp khác vẫn được xử lý bình thường.",
      en: "The file is damaged, password-protected, empty, too large or not a spreadsheet. The other files are processed as usual.",
    },
    fix: { vi: "Mở tệp bằng Excel, lưu lại dạng .xlsx (bỏ mật khẩu) rồi chọn lại; hoặc đề nghị đơn vị gửi lại.", en: "Open the file in Excel, save it as .xlsx (without a password) and pick it again, or ask the unit to resend it." },
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) => issuesFromFindings(ctx, "file-unreadable", (f) => ({ vi: String(f.data.vi), en: String(f.data.en) })),
};
