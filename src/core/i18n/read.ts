/**
 * What the file reader tells the user (a section of the one catalogue): each message names the
 * file and says what to do. The limits are parameters (the reader's budget lives in src/files).
 */
import { defineMessages } from "./messages";

export const READ = defineMessages("read", {
  empty: { vi: 'Tệp "{file}" rỗng (0 byte): hãy xin đơn vị gửi lại tệp.', en: 'File "{file}" is empty (0 bytes): ask the unit to send it again.' },
  tooLarge: {
    vi: 'Tệp "{file}" quá lớn ({size} MB, giới hạn {limit} MB): có lẽ không phải bảng tổng hợp khen thưởng; hãy kiểm tra lại tệp.',
    en: 'File "{file}" is too large ({size} MB, limit {limit} MB): it is probably not an award workbook; check the file.',
  },
  tooManyCells: {
    vi: 'Tệp "{file}" có hơn {limit:number} ô dữ liệu, vượt giới hạn đọc: hãy tách tệp hoặc xóa các sheet không cần.',
    en: 'File "{file}" has more than {limit:number} filled cells, over the reading limit: split it or delete the sheets not needed.',
  },
  unknownFormat: {
    vi: 'Tệp "{file}" không phải bảng tính Excel (.xlsx, .xls), OpenDocument (.ods) hay CSV: hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'File "{file}" is not an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV spreadsheet: open it in Excel and save it as .xlsx.',
  },
  encrypted: {
    vi: 'Tệp "{file}" được đặt mật khẩu (mã hóa) nên không đọc được, tệp không hỏng: hãy xin đơn vị mật khẩu hoặc một bản không đặt mật khẩu; {unprotect}.',
    en: 'File "{file}" is password-protected (encrypted) and cannot be read; it is not damaged: ask the unit for the password or an unprotected copy; {unprotect}.',
  },
  unprotectExcel: {
    vi: "nếu biết mật khẩu, mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại",
    en: "if you know the password, open it in Excel, remove it (File > Info > Protect Workbook) and save again",
  },
  unprotectOds: {
    vi: "nếu biết mật khẩu, mở bằng LibreOffice, bỏ mật khẩu (Tệp > Thuộc tính > Bảo mật) rồi lưu lại",
    en: "if you know the password, open it in LibreOffice, remove it (File > Properties > Security) and save again",
  },
  otherKind: {
    vi: 'Tệp "{file}" là {what}, không phải bảng tính Excel (.xlsx, .xls), OpenDocument (.ods) hay CSV: hãy xin đơn vị gửi đúng tệp bảng tính (lưu dưới dạng .xlsx).',
    en: 'File "{file}" is {what}, not an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV spreadsheet: ask the unit for the workbook itself (saved as .xlsx).',
  },
  overBudget: {
    vi: 'Tệp "{file}" có {size} MB dữ liệu ô cần đọc (nhiều nhất ở phần {part}), vượt ngân sách đọc một tệp ({limit} MB, gấp hơn mười lần bảng khen thưởng lớn nhất): có lẽ không phải bảng tổng hợp khen thưởng, hoặc tệp được tạo để làm treo máy; hãy tách tệp hoặc xóa các sheet không cần.',
    en: 'File "{file}" holds {size} MB of cell data to parse (most in part {part}), over the per-file reading budget ({limit} MB, over ten times the largest award workbook): it is probably not an award workbook, or was made to stall the computer; split it or delete the sheets not needed.',
  },
  textTooLong: {
    vi: 'Tệp "{file}", sheet "{sheet}", ô {cell} chứa {length:number} ký tự, nhiều hơn Excel cho phép ({limit:number}): tệp không do Excel ghi hoặc đã bị sửa, nên không được đọc; hãy xin đơn vị gửi lại tệp lưu từ Excel.',
    en: 'File "{file}", sheet "{sheet}", cell {cell} holds {length:number} characters, more than Excel allows ({limit:number}): the file was not written by Excel or was altered, so it was not read; ask the unit for a copy saved from Excel.',
  },
  tooManyRows: {
    vi: 'Tệp "{file}", sheet "{sheet}" có hơn {limit:number} dòng, vượt giới hạn đọc: có lẽ không phải danh sách khen thưởng; hãy tách tệp hoặc xóa các dòng thừa.',
    en: 'File "{file}", sheet "{sheet}" has more than {limit:number} rows, over the reading limit: it is probably not an award list; split it or delete the extra rows.',
  },
  unpackedTooLarge: {
    vi: 'Tệp "{file}" khi giải nén lớn hơn {limit} MB ({size} MB trở lên), vượt giới hạn đọc: hãy tách tệp hoặc xóa các sheet, hình ảnh không cần.',
    en: 'File "{file}" unpacks to more than {limit} MB ({size} MB or more), over the reading limit: split it or delete the sheets and pictures not needed.',
  },
  zipBomb: {
    vi: 'Tệp "{file}" có cấu trúc nén bất thường ({why}), có thể là "bom nén" (zip bomb) gây treo máy: không mở tệp này; hãy xin đơn vị gửi lại tệp lưu từ Excel.',
    en: 'File "{file}" is compressed abnormally ({why}), possibly a "zip bomb" made to freeze the computer: it was not opened; ask the unit for a copy saved from Excel.',
  },
  zipRatio: { vi: "nén {ratio}:1, giới hạn {limit}:1", en: "{ratio}:1, limit {limit}:1" },
  zipFalseSizes: { vi: "kích thước khai báo sai", en: "declared sizes are false" },
  doctype: {
    vi: 'Tệp "{file}" chứa khai báo DOCTYPE/ENTITY của XML (phần {part}) mà Excel không bao giờ ghi: tệp đã bị sửa bằng công cụ khác hoặc có ý đồ xấu, nên không được mở; hãy xin đơn vị gửi lại tệp lưu từ Excel.',
    en: 'File "{file}" contains an XML DOCTYPE/ENTITY declaration (part {part}) that Excel never writes: it was altered by another tool or crafted, so it was not opened; ask the unit for a copy saved from Excel.',
  },
  misnamed: {
    vi: 'Tệp "{file}" có đuôi .{ext} nhưng thực chất là {format}: đã đọc theo định dạng thật; nên mở bằng Excel và lưu lại dưới dạng .xlsx.',
    en: 'File "{file}" is named .{ext} but is really {format}: it was read as what it is; open it in Excel and save it as .xlsx.',
  },
  csvWindows1258: {
    vi: 'Tệp "{file}" không lưu theo UTF-8: đã đọc theo bảng mã Windows-1258 (CSV của Excel trên Windows tiếng Việt); hãy soát lại dấu tiếng Việt, và lần sau lưu "CSV UTF-8".',
    en: 'File "{file}" is not UTF-8: it was read as code page Windows-1258 (Excel\'s CSV on Vietnamese Windows); check the Vietnamese letters, and next time save as "CSV UTF-8".',
  },
  csvLegacy8bit: {
    vi: 'Tệp "{file}" không lưu theo UTF-8 mà theo bảng mã cũ một byte (TCVN3/VNI): đã đọc từng byte và chuyển sang Unicode; hãy soát lại dấu tiếng Việt.',
    en: 'File "{file}" is not UTF-8 but a legacy one-byte encoding (TCVN3/VNI): it was read byte by byte and converted to Unicode; check the Vietnamese letters.',
  },
  controlCharacters: {
    vi: 'Tệp "{file}" có {count} ô chứa ký tự điều khiển vô hình{first}: đã bỏ các ký tự đó khi đọc; tệp gốc không bị sửa.',
    en: 'File "{file}" has {count} {count:plural:cell|cells} with invisible control characters{first}: they were removed when reading; the source file is unchanged.',
  },
  firstAt: { vi: " (đầu tiên: {cell})", en: " (first: {cell})" },
  noData: { vi: 'Tệp "{file}" không có dữ liệu (mọi sheet đều trống): hãy xin đơn vị gửi lại đúng tệp.', en: 'File "{file}" holds no data (every sheet is empty): ask the unit to send the right file.' },
  corrupt: {
    vi: 'Tệp "{file}" bị hỏng hoặc chưa tải về đủ nên không đọc được ({detail}): hãy xin đơn vị gửi lại tệp.',
    en: 'File "{file}" is damaged or incompletely downloaded and cannot be read ({detail}): ask the unit to send it again.',
  },
});

/** What a file really is, in the user's words (misnamed and refused files). */
export const FILE_KINDS = defineMessages("read.kind", {
  xlsx: { vi: "bảng tính Excel .xlsx", en: "an Excel .xlsx workbook" },
  xlsb: { vi: "bảng tính Excel nhị phân .xlsb", en: "an Excel binary .xlsb workbook" },
  xls: { vi: "bảng tính Excel 97-2003 .xls", en: "an Excel 97-2003 .xls workbook" },
  ods: { vi: "bảng tính OpenDocument .ods", en: "an OpenDocument .ods spreadsheet" },
  csv: { vi: "tệp văn bản CSV", en: "a CSV text file" },
  unknown: { vi: "tệp không rõ loại", en: "a file of unknown kind" },
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
});
