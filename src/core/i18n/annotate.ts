/** The annotated copy sent back to a unit (src/files/annotate.ts): a section of the one catalogue. */
import { defineMessages } from "./messages";

export const ANNOTATE = defineMessages("annotate", {
  sheetName: { vi: "Kết quả kiểm tra", en: "Check results" },
  title: { vi: "KẾT QUẢ KIỂM TRA TỆP BÁO CÁO", en: "CHECK RESULTS FOR THIS FILE" },
  file: { vi: "Tệp của đơn vị: {file}", en: "Unit's file: {file}" },
  count: {
    vi: "Có {n} vấn đề cần xem; các ô có vấn đề được tô màu và có ghi chú (di chuột vào ô để đọc). Đỏ: lỗi; vàng: cảnh báo; xanh: lưu ý.",
    en: "{n} {n:plural:problem|problems} to review; their cells are coloured and carry a note (hover to read). Red: error; yellow: warning; blue: note.",
  },
  send: {
    vi: "Sau khi sửa, đơn vị gửi lại tệp của mình (không cần gửi sheet này).",
    en: "Once fixed, the unit sends its own file again (this sheet is not needed).",
  },
  rebuilt: {
    vi: "Tệp gốc là {format}: bản này được dựng lại dạng .xlsx từ nội dung đã đọc (giá trị, công thức, định dạng số, ô gộp); phông chữ, màu và độ rộng cột không giữ được. Hãy sửa trên tệp gốc.",
    en: "The original is {format}: this copy was rebuilt as .xlsx from what was read (values, formulas, number formats, merges); fonts, colours and column widths are not kept. Fix the original file.",
  },
  legacy: {
    vi: "Chữ trong bản này đã được chuyển từ bảng mã cũ (TCVN3/VNI) sang Unicode.",
    en: "Text in this copy was converted from a legacy encoding (TCVN3/VNI) to Unicode.",
  },
  col_no: { vi: "STT", en: "No." },
  col_sheet: { vi: "Sheet", en: "Sheet" },
  col_cell: { vi: "Ô", en: "Cell" },
  col_code: { vi: "Mã lỗi", en: "Code" },
  col_severity: { vi: "Mức độ", en: "Severity" },
  col_problem: { vi: "Nội dung", en: "Problem" },
  col_fix: { vi: "Cách sửa", en: "How to fix" },
  wholeFile: { vi: "(cả tệp)", en: "(whole file)" },
  fixLabel: { vi: "Cách sửa", en: "How to fix" },
  severity_error: { vi: "Lỗi", en: "Error" },
  severity_warning: { vi: "Cảnh báo", en: "Warning" },
  severity_info: { vi: "Lưu ý", en: "Note" },
});

/** The columns of the annotated copy's result sheet, in order. */
export const ANNOTATE_HEADERS = ["col_no", "col_sheet", "col_cell", "col_code", "col_severity", "col_problem", "col_fix"] as const;
