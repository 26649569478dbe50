/**
 * A VARIANT corpus: realistic workbook layouts the reference corpus (/work/shared/samples: one
 * district, first half of 2021) does not have — other districts, provinces, 2025-reform communes,
 * other periods, other templates. Each variant is built in memory (gridFromRows, or exceljs bytes
 * read back through the file reader) so the tests can assert exactly what the reader must find.
 *
 * Names, units and decisions are invented but typed the way real unit workbooks type them.
 */
import ExcelJS from "exceljs";
import { type Cell, type Grid, gridFromRows } from "../../src/core/grid";
import type { WorkbookInput } from "../../src/core/engine";
import { encodeTcvn3, encodeVni } from "../../src/core/text/legacy";
import { readWorkbook } from "../../src/files/readWorkbook";

type Row = (string | number | null | undefined | Cell)[];

/** A date cell as Excel stores it: a serial with a date format and its display text. */
export function dateCell(d: number, m: number, y: number): Cell {
  const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return { t: "n", v: serial, z: "dd/mm/yyyy", w: `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}` };
}

const NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

function input(file: string, ...grids: Grid[]): WorkbookInput {
  for (const g of grids) g.file = file;
  return { file, grids };
}

/** Shift every row right by `cols` empty cells (a table that starts in column D). */
function shift(rows: Row[], cols: number): Row[] {
  return rows.map((r) => (r.length ? [...Array(cols).fill(null), ...r] : r));
}

// ---------------------------------------------------------------------------------------------
// 1. where the header sits

/** 1a. header on row 1, no title block at all (an export from a database). */
export function headerOnRow1(): WorkbookInput {
  return input(
    "xuat-du-lieu.xlsx",
    gridFromRows([
      ["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"],
      [1, "Vàng A Dính", "Bí thư Chi bộ", "Bản Phì Nhừ", "Giấy khen của Chủ tịch UBND huyện", "1520/QĐ-UBND ngày 12/10/2023"],
      [2, "Giàng Thị Mỷ", "Trưởng bản", "Bản Phì Nhừ", "Giấy khen của Chủ tịch UBND huyện", "1520/QĐ-UBND ngày 12/10/2023"],
      [3, "Lò Thị Xuân", "Giáo viên", "Trường Tiểu học Phì Nhừ", "Lao động tiên tiến", "1498/QĐ-UBND ngày 05/10/2023"],
    ]),
  );
}

/** 1b. header on row 12, under a long title block (two issuers, national motto, title, attachment). */
export function headerOnRow12(): WorkbookInput {
  return input(
    "muong-ang-bung-lao.xlsx",
    gridFromRows([
      ["UBND HUYỆN MƯỜNG ẢNG", null, null, NATIONAL[0]],
      ["UBND XÃ BÚNG LAO", null, null, NATIONAL[1]],
      [],
      [null, null, null, "Búng Lao, ngày 15 tháng 12 năm 2023"],
      [],
      ["DANH SÁCH"],
      ["TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2023"],
      ["(Kèm theo Báo cáo số 215/BC-UBND ngày 15/12/2023 của UBND xã Búng Lao)"],
      [],
      ["Đơn vị tính: người"],
      [],
      ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định", "Ghi chú"],
      ["A", "TẬP THỂ"],
      [1, "Bản Co Muông", "Xã Búng Lao", "Giấy khen của Chủ tịch UBND huyện", "2015/QĐ-UBND ngày 01/12/2023", ""],
      ["B", "CÁ NHÂN"],
      [1, "Quàng Văn Hặc", "Trưởng Công an xã", "Giấy khen của Chủ tịch UBND huyện", "2015/QĐ-UBND ngày 01/12/2023", ""],
      [2, "Lò Thị Hương", "Công chức Văn hóa - Xã hội", "Giấy khen của Chủ tịch UBND huyện", "2015/QĐ-UBND ngày 01/12/2023", ""],
      [],
      [null, null, null, "TM. ỦY BAN NHÂN DÂN"],
      [null, null, null, "CHỦ TỊCH"],
    ]),
  );
}

/** 1c. the table starts at column D (A–C kept for the clerk's own notes, empty). */
export function tableAtColumnD(): WorkbookInput {
  return input(
    "cot-d.xlsx",
    gridFromRows(
      shift(
        [
          ["UBND XÃ ẲNG TỞ", null, NATIONAL[0]],
          [null, null, NATIONAL[1]],
          ["DANH SÁCH KHEN THƯỞNG NĂM 2022"],
          ["STT", "Họ và tên", "Đơn vị", "Danh hiệu thi đua", "Số QĐ", "Ngày QĐ"],
          [1, "Tòng Văn Pấng", "UBND xã Ẳng Tở", "Giấy khen của Chủ tịch UBND huyện", "88/QĐ-UBND", dateCell(20, 12, 2022)],
          [2, "Lường Thị Nhung", "Trường Mầm non Ẳng Tở", "Lao động tiên tiến", "88/QĐ-UBND", dateCell(20, 12, 2022)],
        ],
        3,
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// 2. column orders and wordings

/** 2a. a wide personnel-style list: Năm sinh as a number, Nam/Nữ, Dân tộc, kind column, Cấp khen, number and date apart. */
export function widePersonnelList(): WorkbookInput {
  return input(
    "danh-sach-rong.xlsx",
    gridFromRows([
      ["UBND HUYỆN ĐIỆN BIÊN ĐÔNG", null, null, null, null, NATIONAL[0]],
      ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", null, null, null, null, NATIONAL[1]],
      ["DANH SÁCH KHEN THƯỞNG NĂM HỌC 2022 - 2023"],
      [
        "STT", "Họ và tên / Tên tập thể", "Năm sinh", "Nam/Nữ", "Dân tộc", "Chức vụ", "Đơn vị công tác",
        "Phân loại đối tượng", "Hình thức khen thưởng", "Cấp khen", "Số quyết định", "Ngày ký", "Tóm tắt thành tích",
      ],
      [1, "Mùa A Sùng", 1985, "Nam", "Mông", "Hiệu trưởng", "Trường PTDTBT THCS Na Son", "Cá nhân", "Giấy khen của Chủ tịch UBND huyện", "Huyện", "1201/QĐ-UBND", dateCell(10, 8, 2023), "Hoàn thành xuất sắc nhiệm vụ"],
      [2, "Lò Thị Ánh", 1990, "Nữ", "Thái", "Giáo viên", "Trường Tiểu học Na Son", "Cá nhân", "Lao động tiên tiến", "Huyện", "1201/QĐ-UBND", dateCell(10, 8, 2023), ""],
      [3, "Trường Mầm non Na Son", null, null, null, null, "Xã Na Son", "Tập thể", "Tập thể lao động tiên tiến", "Huyện", "1201/QĐ-UBND", dateCell(10, 8, 2023), ""],
      [4, "Hộ ông Vừ A Chứ", null, "Nam", "Mông", null, "Bản Na Son", "Hộ gia đình", "Giấy khen của Chủ tịch UBND huyện", "Huyện", "1202/QĐ-UBND", dateCell(10, 8, 2023), "Hiến đất làm đường"],
    ]),
  );
}

/** 2b. "Tên đơn vị, cá nhân" with "Danh hiệu thi đua" and "Hình thức khen thưởng" as two columns (a row fills one). */
export function twoAwardColumns(): WorkbookInput {
  return input(
    "hai-cot-khen.xlsx",
    gridFromRows([
      ["UBND XÃ NÀ TẤU"],
      ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"],
      ["STT", "Tên đơn vị, cá nhân", "Giới tính", "Chức vụ", "Danh hiệu thi đua", "Hình thức khen thưởng", "Số QĐ", "Ngày QĐ"],
      [1, "Cà Văn Thanh", "Nam", "Chủ tịch UBND xã", "Lao động tiên tiến", null, "3301/QĐ-UBND", "18/12/2024"],
      [2, "Lò Thị Thu", "Nữ", "Công chức Địa chính", null, "Giấy khen của Chủ tịch UBND huyện", "3302/QĐ-UBND", "18/12/2024"],
      [3, "Bản Nà Tấu 1", null, null, null, "Giấy khen của Chủ tịch UBND huyện", "3302/QĐ-UBND", "18/12/2024"],
      [4, "Quàng Văn Sơn", "Nam", "Trưởng bản", "Lao động tiên tiến", null, "3301/QĐ-UBND", "18/12/2024"],
    ]),
  );
}

/** 2c. the provincial software's import template (lifephongphanmem), with "Mã hình thức khen thưởng". */
export function provincialTemplate(): WorkbookInput {
  return input(
    "mau-nhap-lieu.xlsx",
    gridFromRows([
      [
        "STT", "Tên gọi (Ông/Bà/Chức danh)", "Tên tập thể/cá nhân/hộ gia đình", "Chức vụ", "Đơn vị công tác",
        "Phân loại khen thưởng", "Danh hiệu thi đua/Hình thức khen thưởng", "Mã hình thức khen thưởng", "Phân loại đối tượng", "Lĩnh vực hoạt động",
      ],
      [1, "Ông", "Nguyễn Văn Hải", "Trưởng phòng", "Sở Nội vụ", "Khen thưởng công trạng", "Bằng khen của Chủ tịch UBND tỉnh", "BKUBND", "Cá nhân", "Quản lý nhà nước"],
      [2, "Bà", "Trần Thị Lan", "Chuyên viên", "Sở Nội vụ", "Khen thưởng công trạng", "Bằng khen của Chủ tịch UBND tỉnh", "BKUBND", "Cá nhân", "Quản lý nhà nước"],
      [3, "", "Phòng Tổ chức - Biên chế", "", "Sở Nội vụ", "Khen thưởng công trạng", "Tập thể lao động xuất sắc", "TTLDXS", "Tập thể", "Quản lý nhà nước"],
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// 3. the decision-attached list

/** 3a. "I. CÁ NHÂN" / "II. TẬP THỂ" / "III. HỘ GIA ĐÌNH" with the roman numeral and the text in one cell. */
export function decisionListWithSections(): WorkbookInput {
  return input(
    "kem-quyet-dinh.xlsx",
    gridFromRows(
      [
        ["ỦY BAN NHÂN DÂN", null, NATIONAL[0]],
        ["XÃ MƯỜNG PHĂNG", null, NATIONAL[1]],
        ["DANH SÁCH KHEN THƯỞNG"],
        ["(Kèm theo Quyết định số 415/QĐ-UBND ngày 20/8/2025 của Chủ tịch UBND xã Mường Phăng)"],
        ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng"],
        ["I. CÁ NHÂN"],
        [1, "Lò Văn Lả", "Trưởng bản Khá", "Giấy khen của Chủ tịch UBND xã"],
        [2, "Lường Thị Phương", "Bí thư Chi đoàn bản Che Căn", "Giấy khen của Chủ tịch UBND xã"],
        ["II. TẬP THỂ"],
        [1, "Bản Khá", "Xã Mường Phăng", "Giấy khen của Chủ tịch UBND xã"],
        ["III. HỘ GIA ĐÌNH"],
        [1, "Hộ ông Lò Văn Ngoan", "Bản Che Căn", "Gia đình văn hóa"],
        [2, "Hộ bà Cà Thị Dung", "Bản Khá", "Gia đình văn hóa"],
        [3, "Hộ ông Quàng Văn Minh", "Bản Ten", "Gia đình văn hóa"],
      ],
      { merges: ["A6:D6", "A9:D9", "A11:D11"] },
    ),
  );
}

/** 3b. the list attached to a decision with no award and no decision column: both are in the title. */
export function decisionListTitleOnly(): WorkbookInput {
  return input(
    "danh-sach-kem-qd.xlsx",
    gridFromRows([
      ["ỦY BAN NHÂN DÂN", null, NATIONAL[0]],
      ["XÃ THANH NƯA", null, NATIONAL[1]],
      ["DANH SÁCH"],
      ["Cá nhân được tặng Giấy khen của Chủ tịch UBND xã"],
      ["(Kèm theo Quyết định số 502/QĐ-UBND ngày 02/9/2025 của Chủ tịch UBND xã Thanh Nưa)"],
      ["STT", "Họ và tên", "Chức vụ, đơn vị công tác"],
      [1, "Lò Văn Hùng", "Trưởng thôn Hồng Lếch Cang"],
      [2, "Tòng Thị Hoa", "Chi hội trưởng Phụ nữ thôn Hồng Lứu"],
      [3, "Cà Văn Nguyên", "Công an viên thôn Tây Trang"],
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// 4. the MATRIX registration form (Đăng ký thi đua): one column per title, "x" marks

/** 4a. two-row header: "Tập thể" over LĐTT / LĐXS, "Cá nhân" over LĐTT / CSTĐCS. */
export function matrixTwoRowHeader(): WorkbookInput {
  return input(
    "dang-ky-thi-dua.xlsx",
    gridFromRows(
      [
        ["UBND XÃ NA SANG", null, null, NATIONAL[0]],
        [null, null, null, NATIONAL[1]],
        ["ĐĂNG KÝ THI ĐUA NĂM 2025"],
        ["STT", "Tên tập thể, cá nhân", "Chức vụ", "Tập thể", null, "Cá nhân", null, "Ghi chú"],
        [null, null, null, "Lao động tiên tiến", "Lao động xuất sắc", "Lao động tiên tiến", "CSTĐCS", null],
        ["I", "TẬP THỂ"],
        [1, "Bản Na Sang 1", null, "x", null, null, null, null],
        [2, "Trường Tiểu học Na Sang", null, null, "X", null, null, null],
        ["II", "CÁ NHÂN"],
        [1, "Giàng A Tủa", "Trưởng bản", null, null, "x", null, null],
        [2, "Lý Thị Mai", "Công chức Tư pháp", null, null, "✓", "x", "Đăng ký cả hai"],
        [3, "Vàng A Sử", "Công an viên", null, null, "X", null, null],
        [4, "Lò Thị Hoa", "Công chức Văn phòng - Thống kê", null, null, "x", null, null],
        [5, "Cà Văn Dũng", "Chỉ huy trưởng Quân sự", null, null, "x", null, null],
        [6, "Tòng Thị Lả", "Chủ tịch Hội Phụ nữ", null, null, "x", null, null],
        [7, "Lường Văn Khiêm", "Bí thư Đoàn xã", null, null, "x", null, null],
        [8, "Quàng Văn Pọm", "Trưởng bản Na Sang 2", null, null, null, null, "Không đăng ký"],
      ],
      { merges: ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:H5", "B9:H9"] },
    ),
  );
}

/**
 * 4b. a one-row matrix header whose titles name their kind ("Tập thể LĐTT", "Cờ thi đua ...",
 * "CSTĐCS"). `flagHeader` lets a test use the bare "Cờ thi đua", which names no level.
 */
export function matrixOneRowHeader(flagHeader = "Cờ thi đua tỉnh"): WorkbookInput {
  const person = (n: number, name: string, cstdcs = false): Row => [n, name, null, null, null, "x", cstdcs ? "x" : null];
  return input(
    "de-nghi-ma-tran.xlsx",
    gridFromRows([
      ["UBND HUYỆN SÌN HỒ", null, null, null, NATIONAL[0]],
      ["DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2024"],
      ["TT", "Tên tập thể, cá nhân", "Tập thể LĐTT", "Tập thể LĐXS", flagHeader, "Cá nhân LĐTT", "CSTĐCS"],
      [1, "Phòng Văn hóa - Thông tin", "x", null, null, null, null],
      [2, "Trung tâm Y tế huyện", null, "x", "x", null, null],
      person(3, "Nguyễn Thị Hằng", true),
      person(4, "Phạm Văn Tuấn"),
      person(5, "Hoàng Văn Nam"),
      person(6, "Lê Thị Thu Trang"),
      person(7, "Đào Văn Lợi"),
      person(8, "Vũ Thị Ngọc"),
      person(9, "Bùi Văn Khánh"),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// 5. the 2025 reform: communes consolidate their own villages; provinces

/** 5a. a commune (after 01/7/2025) consolidating its villages with the commune chairman's Giấy khen. */
export function communeAfterReform(): WorkbookInput {
  return input(
    "xa-muong-phang-2025.xlsx",
    gridFromRows([
      ["UBND TỈNH ĐIỆN BIÊN", null, null, NATIONAL[0]],
      ["UBND XÃ MƯỜNG PHĂNG", null, null, NATIONAL[1]],
      ["DANH SÁCH KHEN THƯỞNG 6 THÁNG CUỐI NĂM 2025"],
      ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định", "Ghi chú"],
      ["A", "TẬP THỂ"],
      [1, "Thôn Bản Xôm", "Xã Mường Phăng", "Giấy khen của Chủ tịch UBND xã", "415/QĐ-UBND ngày 15/8/2025", ""],
      [2, "Tổ dân phố 3", "Xã Mường Phăng", "Giấy khen của Chủ tịch UBND xã", "415/QĐ-UBND ngày 15/8/2025", ""],
      [3, "Bản Kết Hợp", "Xã Mường Phăng", "Bản văn hóa", "420/QĐ-UBND ngày 20/8/2025", ""],
      ["B", "CÁ NHÂN"],
      [1, "Lò Văn Thắng", "Trưởng thôn Bản Xôm", "Giấy khen của Chủ tịch UBND xã", "415/QĐ-UBND ngày 15/8/2025", ""],
      [2, "Quàng Thị Vân", "Tổ trưởng Tổ dân phố 3", "Giấy khen của Chủ tịch UBND xã", "415/QĐ-UBND ngày 15/8/2025", ""],
    ]),
  );
}

/** 5b. the same commune's list with a Giấy khen still signed by the district chairman on 15/8/2025. */
export function districtAwardAfterReform(): WorkbookInput {
  return input(
    "xa-sai-cap.xlsx",
    gridFromRows([
      ["UBND XÃ NÀ HỲ"],
      ["DANH SÁCH KHEN THƯỞNG NĂM 2025"],
      ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"],
      [1, "Sùng A Lồng", "Trưởng bản Nà Hỳ 1", "Giấy khen của Chủ tịch UBND huyện", "77/QĐ-UBND ngày 15/8/2025"],
      [2, "Vàng Thị Dợ", "Trưởng bản Nà Hỳ 2", "Giấy khen của Chủ tịch UBND xã", "78/QĐ-UBND ngày 15/8/2025"],
    ]),
  );
}

/** 5c. a province-level file: "UBND TỈNH", the provincial chairman's Bằng khen. */
export function provinceFile(): WorkbookInput {
  return input(
    "ubnd-tinh.xlsx",
    gridFromRows([
      ["UBND TỈNH LAI CHÂU", null, null, NATIONAL[0]],
      [null, null, null, NATIONAL[1]],
      ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN NĂM 2025"],
      ["STT", "Tên tập thể, cá nhân", "Đơn vị", "Hình thức khen thưởng", "Số QĐ", "Ngày QĐ"],
      ["I", "TẬP THỂ"],
      [1, "Sở Giáo dục và Đào tạo", "Tỉnh Lai Châu", "Bằng khen của Chủ tịch UBND tỉnh", "1880/QĐ-UBND", dateCell(22, 9, 2025)],
      [2, "UBND xã Bản Giang", "Tỉnh Lai Châu", "Bằng khen của Chủ tịch UBND tỉnh", "1880/QĐ-UBND", dateCell(22, 9, 2025)],
      ["II", "CÁ NHÂN"],
      [1, "Đỗ Văn Hưng", "Sở Giáo dục và Đào tạo", "Bằng khen của Chủ tịch UBND tỉnh", "1881/QĐ-UBND", dateCell(22, 9, 2025)],
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// 6. figures

/** 6a. "Ước thực hiện năm", "So sánh (%)", ĐVT before the name, nested sections, "1 234,5", "43,8%". */
export function figuresVariant(): WorkbookInput {
  return input(
    "chi-tieu-uoc-nam.xlsx",
    gridFromRows([
      ["UBND XÃ PHÌ NHỪ", null, null, NATIONAL[0]],
      ["BÁO CÁO ƯỚC THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024"],
      ["STT", "ĐVT", "Chỉ tiêu", "Kế hoạch năm 2024", "Ước thực hiện năm", "So sánh (%)"],
      ["A", null, "KINH TẾ"],
      ["1", null, "Nông nghiệp"],
      ["a)", "ha", "Diện tích lúa", "1 234,5", "1 240,0", "100,4%"],
      ["b)", "tấn", "Sản lượng lương thực", "5 600", "2 452,8", "43,8%"],
      ["2", "km", "Đường giao thông nông thôn được cứng hóa", 12, 10, 83.3],
      ["B", null, "VĂN HÓA - XÃ HỘI"],
      ["1", "%", "Tỷ lệ hộ nghèo", 18, 17.2, 95.6],
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// 7. summary

/** 7a. a self-summary with a "Hộ gia đình" column and a "Tổng cộng" row. */
export function summaryWithHouseholds(): WorkbookInput {
  return input(
    "tong-hop-xa.xlsx",
    gridFromRows([
      ["UBND XÃ MƯỜNG PHĂNG"],
      ["TỔNG HỢP KẾT QUẢ KHEN THƯỞNG NĂM 2025"],
      ["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "Hộ gia đình"],
      [1, "Giấy khen của Chủ tịch UBND xã", 1, 2, null],
      [2, "Gia đình văn hóa", null, null, 3],
      [null, "Tổng cộng", 1, 2, 3],
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// 8. legacy encodings (as exceljs files, read back through the file reader)

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function addRows(ws: ExcelJS.Worksheet, rows: Row[], encode: (s: string) => string, font: string): void {
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typeof v === "string" ? encode(v) : (v as number);
      if (typeof v === "string") cell.font = { name: font, size: 13 };
    }),
  );
}

/** 8a. a VNI-Times award list. */
export async function vniWorkbook(): Promise<WorkbookInput> {
  const bytes = await workbookBytes((wb) => {
    const ws = wb.addWorksheet("DS");
    addRows(
      ws,
      [
        ["UBND XÃ TÌA DÌNH", null, null, NATIONAL[0]],
        ["DANH SÁCH KHEN THƯỞNG NĂM 2022"],
        ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"],
        [1, "Lầu A Chớ", "Trưởng bản Tìa Dình", "Giấy khen của Chủ tịch UBND huyện", "905/QĐ-UBND ngày 12/12/2022"],
        [2, "Thào Thị Dợ", "Hội trưởng Hội Phụ nữ xã", "Giấy khen của Chủ tịch UBND huyện", "905/QĐ-UBND ngày 12/12/2022"],
        [3, "Giàng A Lử", "Công an viên bản Háng Tàu", "Lao động tiên tiến", "906/QĐ-UBND ngày 12/12/2022"],
      ],
      encodeVni,
      "VNI-Times",
    );
  });
  const read = readWorkbook(bytes, "vni-tia-dinh.xlsx");
  return { file: read.file, grids: read.grids, error: read.error };
}

/** 8b. a TCVN3 (.VnTime) sheet holding two tables: the award list, then the figures. */
export async function tcvn3TwoTables(): Promise<WorkbookInput> {
  const bytes = await workbookBytes((wb) => {
    const ws = wb.addWorksheet("Bao cao");
    addRows(
      ws,
      [
        ["UBND XÃ PU NHI", null, null, NATIONAL[0]],
        ["BÁO CÁO KẾT QUẢ NĂM 2021"],
        ["I. Danh sách khen thưởng"],
        ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"],
        [1, "Lý Văn Sáng", "Trưởng bản Pu Nhi", "Giấy khen của Chủ tịch UBND huyện", "1210/QĐ-UBND ngày 20/12/2021"],
        [2, "Lầu Thị Chua", "Chi hội trưởng Phụ nữ", "Giấy khen của Chủ tịch UBND huyện", "1210/QĐ-UBND ngày 20/12/2021"],
        [],
        ["II. Kết quả thực hiện chỉ tiêu"],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
        [1, "Trồng rừng mới", "ha", 40, 36, 90],
        [2, "Số hộ thoát nghèo", "hộ", 25, 27, 108],
      ],
      encodeTcvn3,
      ".VnTime",
    );
  });
  const read = readWorkbook(bytes, "tcvn3-pu-nhi.xlsx");
  return { file: read.file, grids: read.grids, error: read.error };
}

// ---------------------------------------------------------------------------------------------
// 9. two award tables stacked in one sheet with different headers

export function stackedAwardTables(): WorkbookInput {
  return input(
    "hai-bang.xlsx",
    gridFromRows([
      ["UBND XÃ CHIỀNG SINH"],
      ["DANH SÁCH KHEN THƯỞNG NĂM 2023"],
      ["1. Tập thể"],
      ["STT", "Tên tập thể", "Danh hiệu thi đua", "Số, ngày quyết định"],
      [1, "Bản Chiềng Sinh", "Thôn văn hóa", "300/QĐ-UBND ngày 05/12/2023"],
      [2, "Trường Mầm non Chiềng Sinh", "Tập thể lao động tiên tiến", "301/QĐ-UBND ngày 05/12/2023"],
      [],
      ["2. Cá nhân"],
      ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị", "Danh hiệu thi đua", "Số, ngày quyết định"],
      [1, "Lò Văn Quyết", 1979, "Trưởng bản", "Bản Chiềng Sinh", "Lao động tiên tiến", "302/QĐ-UBND ngày 05/12/2023"],
      [2, "Điêu Thị Hạnh", 1988, "Giáo viên", "Trường Mầm non Chiềng Sinh", "Lao động tiên tiến", "302/QĐ-UBND ngày 05/12/2023"],
      [3, "Cầm Văn Toản", 1992, "Công an viên", "Bản Co Phay", "Lao động tiên tiến", "302/QĐ-UBND ngày 05/12/2023"],
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// more shapes found while probing

/** 10a. "Quyết định khen thưởng" merged over "Số" | "Ngày" (two-row header for the decision). */
export function decisionSplitUnderGroup(): WorkbookInput {
  return input(
    "qd-hai-dong.xlsx",
    gridFromRows(
      [
        ["UBND XÃ QUÀI TỞ"],
        ["DANH SÁCH KHEN THƯỞNG NĂM 2024"],
        ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Quyết định khen thưởng", null, "Ghi chú"],
        [null, null, null, null, "Số", "Ngày", null],
        [1, "Lò Văn Pâng", "Trưởng bản Hua Ca", "Giấy khen của Chủ tịch UBND huyện", "1102/QĐ-UBND", "12/11/2024", ""],
        [2, "Quàng Thị Pha", "Bí thư Chi bộ bản Có", "Giấy khen của Chủ tịch UBND huyện", "1102/QĐ-UBND", dateCell(12, 11, 2024), ""],
      ],
      { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4"] },
    ),
  );
}

/** 10b. a matrix whose group cell is "Danh hiệu thi đua đăng ký" merged over the titles. */
export function matrixUnderAwardGroup(): WorkbookInput {
  return input(
    "dang-ky-danh-hieu.xlsx",
    gridFromRows(
      [
        ["TRƯỜNG TIỂU HỌC QUÀI NƯA"],
        ["ĐĂNG KÝ DANH HIỆU THI ĐUA NĂM HỌC 2024 - 2025"],
        ["STT", "Họ và tên", "Chức vụ", "Danh hiệu thi đua đăng ký", null, null, "Ghi chú"],
        [null, null, null, "LĐTT", "CSTĐCS", "CSTĐ cấp tỉnh", null],
        ...["Lò Thị Duyên", "Cà Văn Thắng", "Tòng Thị Hiền", "Quàng Văn Long", "Lường Thị Yến", "Điêu Chính Tới", "Lò Văn Ún"].map((n, i): Row => [i + 1, n, "Giáo viên", "x", null, null, null]),
        [8, "Vì Thị Liên", "Hiệu trưởng", "x", "x", null, null],
      ],
      { merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"] },
    ),
  );
}

/** 10c. households: "Họ tên chủ hộ" | "Thôn, bản" | "Danh hiệu" (Gia đình văn hóa). */
export function householdList(): WorkbookInput {
  return input(
    "gia-dinh-van-hoa.xlsx",
    gridFromRows([
      ["UBND XÃ TÌA DÌNH"],
      ["DANH SÁCH HỘ GIA ĐÌNH ĐẠT DANH HIỆU GIA ĐÌNH VĂN HÓA NĂM 2025"],
      ["STT", "Họ tên chủ hộ", "Thôn, bản", "Danh hiệu", "Số, ngày quyết định"],
      [1, "Thào A Dê", "Bản Tìa Dình", "Gia đình văn hóa", "610/QĐ-UBND ngày 10/12/2025"],
      [2, "Giàng A Chư", "Bản Háng Tàu", "Gia đình văn hóa", "610/QĐ-UBND ngày 10/12/2025"],
    ]),
  );
}

/** 10d. figures comparing with the same period last year: "TH cùng kỳ năm trước" before "TH 6 tháng", "So với cùng kỳ (%)". */
export function figuresWithPriorYear(): WorkbookInput {
  return input(
    "chi-tieu-cung-ky.xlsx",
    gridFromRows([
      ["UBND XÃ NÀ SÁY"],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2025"],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Thực hiện cùng kỳ năm 2024", "Thực hiện 6 tháng năm 2025", "Tỷ lệ (%) so với KH", "Tỷ lệ (%) so với cùng kỳ"],
      ["1", "Trồng rừng mới", "ha", 40, 10, 20, 50, 200],
      ["2", "Số hộ thoát nghèo", "hộ", 30, 12, 15, 50, 125],
    ]),
  );
}

/** 10e. decision cells written out in words: "Số 415/QĐ-UBND, ngày 15 tháng 8 năm 2025". */
export function decisionInWords(): WorkbookInput {
  return input(
    "qd-bang-chu.xlsx",
    gridFromRows([
      ["UBND XÃ MƯỜNG NHÀ"],
      ["DANH SÁCH KHEN THƯỞNG NĂM 2025"],
      ["TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"],
      ["1.", "Lò Văn Tiên", "Trưởng thôn Na Hai", "Giấy khen của Chủ tịch UBND xã", "Số 415/QĐ-UBND, ngày 15 tháng 8 năm 2025"],
      ["2.", "Cà Thị Loan", "Chi hội trưởng Nông dân thôn Na Hai", "GK CT UBND xã", "Quyết định số 415/QĐ-UBND ngày 15/8/2025"],
    ]),
  );
}

/** 10f. two stacked tables with the SAME header, each under its own group line ("I. TẬP THỂ", "II. CÁ NHÂN"). */
export function stackedSameHeader(): WorkbookInput {
  const header: Row = ["STT", "Tên tập thể, cá nhân", "Đơn vị", "Hình thức khen thưởng", "Số, ngày quyết định"];
  return input(
    "hai-bang-cung-tieu-de.xlsx",
    gridFromRows([
      ["UBND PHƯỜNG NOONG BUA"],
      ["DANH SÁCH KHEN THƯỞNG 6 THÁNG CUỐI NĂM 2025"],
      ["I. TẬP THỂ"],
      header,
      [1, "Tổ dân phố 5", "Phường Noong Bua", "Giấy khen của Chủ tịch UBND phường", "88/QĐ-UBND ngày 02/10/2025"],
      [2, "Tổ dân phố 7", "Phường Noong Bua", "Tổ dân phố văn hóa", "90/QĐ-UBND ngày 05/10/2025"],
      [],
      ["II. CÁ NHÂN"],
      header,
      [1, "Nguyễn Văn Bình", "Tổ dân phố 5", "Giấy khen của Chủ tịch UBND phường", "88/QĐ-UBND ngày 02/10/2025"],
      [2, "Lê Thị Hải Yến", "Tổ dân phố 7", "Giấy khen của Chủ tịch UBND phường", "88/QĐ-UBND ngày 02/10/2025"],
      [null, "Cộng: 02 tập thể, 02 cá nhân"],
    ]),
  );
}

/**
 * A variant written to .xlsx bytes with exceljs (values, date formats, merges) and read back by
 * the file reader: what a unit really sends, rather than a Grid built by hand.
 */
export async function throughXlsx(variant: WorkbookInput): Promise<WorkbookInput> {
  const { a1 } = await import("../../src/core/grid");
  const bytes = await workbookBytes((wb) => {
    for (const g of variant.grids) {
      const ws = wb.addWorksheet(g.sheet);
      g.cells.forEach((row, r) =>
        (row ?? []).forEach((cell, c) => {
          if (!cell) return;
          const target = ws.getCell(r + 1, c + 1);
          target.value = cell.v;
          if (cell.z) target.numFmt = cell.z;
        }),
      );
      for (const m of g.merges) ws.mergeCells(`${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}`);
    }
  });
  const read = readWorkbook(bytes, variant.file);
  return { file: read.file, grids: read.grids, error: read.error };
}
