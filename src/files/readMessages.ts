/**
 * The reader's user-visible messages (Vietnamese and English); each names the file and says what to do.
 */
import type { Localized } from "../core/model";
import { MAX_CELL_TEXT, MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS, type BudgetProblem } from "./budget";
import type { OtherKind, WorkbookFormat } from "./sniff";
import { MAX_RATIO, MAX_UNPACKED_BYTES } from "./zipGuard";

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const FORMAT_NAME: Record<WorkbookFormat, { vi: string; en: string }> = {
  xlsx: { vi: "bảng tính Excel .xlsx", en: "an Excel .xlsx workbook" },
  xlsb: { vi: "bảng tính Excel nhị phân .xlsb", en: "an Excel binary .xlsb workbook" },
  xls: { vi: "bảng tính Excel 97-2003 .xls", en: "an Excel 97-2003 .xls workbook" },
  ods: { vi: "bảng tính OpenDocument .ods", en: "an OpenDocument .ods spreadsheet" },
  csv: { vi: "tệp văn bản CSV", en: "a CSV text file" },
  unknown: { vi: "tệp không rõ loại", en: "a file of unknown kind" },
};

/** What a refused non-workbook file is, in the user's words. */
const OTHER_NAME: Record<OtherKind, { vi: string; en: string }> = {
  pdf: { vi: "một tệp PDF", en: "a PDF document" },
  word: { vi: "một văn bản Word", en: "a Word document" },
  powerpoint: { vi: "một bản trình chiếu PowerPoint", en: "a PowerPoint presentation" },
  picture: { vi: "một tệp ảnh", en: "a picture" },
  archive: { vi: "một tệp nén (zip, rar, 7z, gz) không phải bảng tính", en: "a compressed archive (zip, rar, 7z, gz), not a workbook" },
  numbers: { vi: "một bảng tính Apple Numbers", en: "an Apple Numbers spreadsheet" },
  lotus: { vi: "một bảng tính Lotus 1-2-3", en: "a Lotus 1-2-3 spreadsheet" },
  sylk: { vi: "một tệp SYLK", en: "a SYLK file" },
  dif: { vi: "một tệp DIF", en: "a DIF file" },
  dbase: { vi: "một bảng dữ liệu dBASE (.dbf)", en: "a dBASE table (.dbf)" },
  rtf: { vi: "một văn bản RTF", en: "an RTF document" },
  "ole-without-workbook": { vi: "một tệp Office (OLE) không chứa sổ làm việc Excel", en: "an Office (OLE) file holding no Excel workbook" },
};

/** How to take a password off, by the program that set it. */
const UNPROTECT: Record<"excel" | "ods", { vi: string; en: string }> = {
  excel: { vi: "nếu biết mật khẩu, mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại", en: "if you know the password, open it in Excel, remove it (File > Info > Protect Workbook) and save again" },
  ods: { vi: "nếu biết mật khẩu, mở bằng LibreOffice, bỏ mật khẩu (Tệp > Thuộc tính > Bảo mật) rồi lưu lại", en: "if you know the password, open it in LibreOffice, remove it (File > Properties > Security) and save again" },
};

/** The user-visible messages of the reader; each names the file and says what to do. */
export const messages = {
  empty: (f: string): Localized => ({
    vi: `Tệp "${f}" rỗng (0 byte): hãy xin đơn vị gửi lại tệp.`,
    en: `File "${f}" is empty (0 bytes): ask the unit to send it again.`,
  }),
  tooLarge: (f: string, size: number): Localized => ({
    vi: `Tệp "${f}" quá lớn (${mb(size)} MB, giới hạn ${mb(MAX_FILE_BYTES)} MB): có lẽ không phải bảng tổng hợp khen thưởng; hãy kiểm tra lại tệp.`,
    en: `File "${f}" is too large (${mb(size)} MB, limit ${mb(MAX_FILE_BYTES)} MB): it is probably not an award workbook; check the file.`,
  }),
  tooManyCells: (f: string): Localized => ({
    vi: `Tệp "${f}" có hơn ${MAX_CELLS.toLocaleString("vi-VN")} ô dữ liệu, vượt giới hạn đọc: hãy tách tệp hoặc xóa các sheet không cần.`,
    en: `File "${f}" has more than ${MAX_CELLS.toLocaleString("en-US")} filled cells, over the reading limit: split it or delete the sheets not needed.`,
  }),
  unknownFormat: (f: string): Localized => ({
    vi: `Tệp "${f}" không phải bảng tính Excel (.xlsx, .xls), OpenDocument (.ods) hay CSV: hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: `File "${f}" is not an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV spreadsheet: open it in Excel and save it as .xlsx.`,
  }),
  encrypted: (f: string, by: "excel" | "ods" = "excel"): Localized => ({
    vi: `Tệp "${f}" được đặt mật khẩu (mã hóa) nên không đọc được, tệp không hỏng: hãy xin đơn vị mật khẩu hoặc một bản không đặt mật khẩu; ${UNPROTECT[by].vi}.`,
    en: `File "${f}" is password-protected (encrypted) and cannot be read; it is not damaged: ask the unit for the password or an unprotected copy; ${UNPROTECT[by].en}.`,
  }),
  otherKind: (f: string, what: OtherKind): Localized => ({
    vi: `Tệp "${f}" là ${OTHER_NAME[what].vi}, không phải bảng tính Excel (.xlsx, .xls), OpenDocument (.ods) hay CSV: hãy xin đơn vị gửi đúng tệp bảng tính (lưu dưới dạng .xlsx).`,
    en: `File "${f}" is ${OTHER_NAME[what].en}, not an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV spreadsheet: ask the unit for the workbook itself (saved as .xlsx).`,
  }),
  overBudget: (f: string, p: BudgetProblem): Localized => ({
    vi: `Tệp "${f}" có ${mb(p.size)} MB dữ liệu ô cần đọc (nhiều nhất ở phần ${p.part}), vượt ngân sách đọc một tệp (${mb(p.limit)} MB, gấp hơn mười lần bảng khen thưởng lớn nhất): có lẽ không phải bảng tổng hợp khen thưởng, hoặc tệp được tạo để làm treo máy; hãy tách tệp hoặc xóa các sheet không cần.`,
    en: `File "${f}" holds ${mb(p.size)} MB of cell data to parse (most in part ${p.part}), over the per-file reading budget (${mb(p.limit)} MB, over ten times the largest award workbook): it is probably not an award workbook, or was made to stall the computer; split it or delete the sheets not needed.`,
  }),
  textTooLong: (f: string, sheet: string, cell: string, length: number): Localized => ({
    vi: `Tệp "${f}", sheet "${sheet}", ô ${cell} chứa ${length.toLocaleString("vi-VN")} ký tự, nhiều hơn Excel cho phép (${MAX_CELL_TEXT.toLocaleString("vi-VN")}): tệp không do Excel ghi hoặc đã bị sửa, nên không được đọc; hãy xin đơn vị gửi lại tệp lưu từ Excel.`,
    en: `File "${f}", sheet "${sheet}", cell ${cell} holds ${length.toLocaleString("en-US")} characters, more than Excel allows (${MAX_CELL_TEXT.toLocaleString("en-US")}): the file was not written by Excel or was altered, so it was not read; ask the unit for a copy saved from Excel.`,
  }),
  tooManyRows: (f: string, sheet: string): Localized => ({
    vi: `Tệp "${f}", sheet "${sheet}" có hơn ${MAX_ROWS.toLocaleString("vi-VN")} dòng, vượt giới hạn đọc: có lẽ không phải danh sách khen thưởng; hãy tách tệp hoặc xóa các dòng thừa.`,
    en: `File "${f}", sheet "${sheet}" has more than ${MAX_ROWS.toLocaleString("en-US")} rows, over the reading limit: it is probably not an award list; split it or delete the extra rows.`,
  }),
  unpackedTooLarge: (f: string, size: number): Localized => ({
    vi: `Tệp "${f}" khi giải nén lớn hơn ${mb(MAX_UNPACKED_BYTES)} MB (${mb(size)} MB trở lên), vượt giới hạn đọc: hãy tách tệp hoặc xóa các sheet, hình ảnh không cần.`,
    en: `File "${f}" unpacks to more than ${mb(MAX_UNPACKED_BYTES)} MB (${mb(size)} MB or more), over the reading limit: split it or delete the sheets and pictures not needed.`,
  }),
  zipBomb: (f: string, ratio: number): Localized => ({
    vi: `Tệp "${f}" có cấu trúc nén bất thường${ratio ? ` (nén ${Math.round(ratio)}:1, giới hạn ${MAX_RATIO}:1)` : " (kích thước khai báo sai)"}, có thể là "bom nén" (zip bomb) gây treo máy: không mở tệp này; hãy xin đơn vị gửi lại tệp lưu từ Excel.`,
    en: `File "${f}" is compressed abnormally${ratio ? ` (${Math.round(ratio)}:1, limit ${MAX_RATIO}:1)` : " (declared sizes are false)"}, possibly a "zip bomb" made to freeze the computer: it was not opened; ask the unit for a copy saved from Excel.`,
  }),
  doctype: (f: string, part: string): Localized => ({
    vi: `Tệp "${f}" chứa khai báo DOCTYPE/ENTITY của XML (phần ${part}) mà Excel không bao giờ ghi: tệp đã bị sửa bằng công cụ khác hoặc có ý đồ xấu, nên không được mở; hãy xin đơn vị gửi lại tệp lưu từ Excel.`,
    en: `File "${f}" contains an XML DOCTYPE/ENTITY declaration (part ${part}) that Excel never writes: it was altered by another tool or crafted, so it was not opened; ask the unit for a copy saved from Excel.`,
  }),
  misnamed: (f: string, ext: string, format: WorkbookFormat): Localized => ({
    vi: `Tệp "${f}" có đuôi .${ext} nhưng thực chất là ${FORMAT_NAME[format].vi}: đã đọc theo định dạng thật; nên mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: `File "${f}" is named .${ext} but is really ${FORMAT_NAME[format].en}: it was read as what it is; open it in Excel and save it as .xlsx.`,
  }),
  csvEncoding: (f: string, encoding: "windows-1258" | "legacy-8bit"): Localized =>
    encoding === "windows-1258"
      ? {
          vi: `Tệp "${f}" không lưu theo UTF-8: đã đọc theo bảng mã Windows-1258 (CSV của Excel trên Windows tiếng Việt); hãy soát lại dấu tiếng Việt, và lần sau lưu "CSV UTF-8".`,
          en: `File "${f}" is not UTF-8: it was read as code page Windows-1258 (Excel's CSV on Vietnamese Windows); check the Vietnamese letters, and next time save as "CSV UTF-8".`,
        }
      : {
          vi: `Tệp "${f}" không lưu theo UTF-8 mà theo bảng mã cũ một byte (TCVN3/VNI): đã đọc từng byte và chuyển sang Unicode; hãy soát lại dấu tiếng Việt.`,
          en: `File "${f}" is not UTF-8 but a legacy one-byte encoding (TCVN3/VNI): it was read byte by byte and converted to Unicode; check the Vietnamese letters.`,
        },
  controlCharacters: (f: string, count: number, first?: string): Localized => ({
    vi: `Tệp "${f}" có ${count} ô chứa ký tự điều khiển vô hình${first ? ` (đầu tiên: ${first})` : ""}: đã bỏ các ký tự đó khi đọc; tệp gốc không bị sửa.`,
    en: `File "${f}" has ${count} cell(s) with invisible control characters${first ? ` (first: ${first})` : ""}: they were removed when reading; the source file is unchanged.`,
  }),
  noData: (f: string): Localized => ({
    vi: `Tệp "${f}" không có dữ liệu (mọi sheet đều trống): hãy xin đơn vị gửi lại đúng tệp.`,
    en: `File "${f}" holds no data (every sheet is empty): ask the unit to send the right file.`,
  }),
  corrupt: (f: string, detail: string): Localized => ({
    vi: `Tệp "${f}" bị hỏng hoặc chưa tải về đủ nên không đọc được (${detail}): hãy xin đơn vị gửi lại tệp.`,
    en: `File "${f}" is damaged or incompletely downloaded and cannot be read (${detail}): ask the unit to send it again.`,
  }),
};
