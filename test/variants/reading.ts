/**
 * VARIANTS for the reading classes of issue 10: layouts units really send that the first readers
 * missed — a legacy sheet or column inside a Unicode workbook, a column whose header cell is
 * blank, a percent stored finer than it is shown, an award split into form + issuer, a split name
 * on a collective's row, a title-less CSV. Each is built in memory by the project's own code
 * (gridFromRows, encodeTcvn3) so the tests can assert exactly what must be read.
 *
 * Names, units and decisions are invented but typed the way real unit workbooks type them.
 */
import { type Cell, type Grid, gridFromRows } from "../../src/core/grid";
import type { WorkbookInput } from "../../src/core/engine";
import { encodeTcvn3 } from "../../src/core/text/legacy";

type Row = (string | number | null | undefined | Cell)[];

const NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

function input(file: string, ...grids: Grid[]): WorkbookInput {
  for (const g of grids) g.file = file;
  return { file, grids };
}

/** Every text cell of the rows typed in TCVN3 (numbers stay numbers). */
function tcvn3Rows(rows: Row[]): Row[] {
  return rows.map((r) => r.map((v) => (typeof v === "string" ? encodeTcvn3(v) : v)));
}

/** A commune's award list (clean), for the workbooks below. */
export const AWARD_ROWS: Row[] = [
  ["UBND HUYỆN NẬM PỒ", null, null, NATIONAL[0]],
  ["UBND XÃ NÀ HỲ", null, null, NATIONAL[1]],
  [],
  ["DANH SÁCH KHEN THƯỞNG NĂM 2022"],
  ["STT", "Họ và tên", "Đơn vị", "Hình thức khen thưởng", "Số QĐ", "Ngày QĐ"],
  [1, "Lò Văn Thưởng", "UBND xã Nà Hỳ", "Giấy khen của Chủ tịch UBND huyện", "812/QĐ-UBND", "12/10/2022"],
  [2, "Quàng Thị Dung", "UBND xã Nà Hỳ", "Lao động tiên tiến", "95/QĐ-UBND", "20/12/2022"],
  [3, "Bản Nà Hỳ 1", "UBND xã Nà Hỳ", "Giấy khen của Chủ tịch UBND huyện", "812/QĐ-UBND", "12/10/2022"],
];

/** A commune's figures (clean), for the workbooks below. */
export const FIGURE_ROWS: Row[] = [
  ["UBND XÃ NÀ HỲ", null, null, NATIONAL[0]],
  ["BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2022"],
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Thực hiện năm 2022", "Tỷ lệ (%) so với KH"],
  ["1", "Trồng rừng mới", "ha", 40, 36, 90],
  ["2", "Giải quyết việc làm mới", "lao động", 50, 55, 110],
  ["3", "Lượt khám chữa bệnh tại trạm y tế", "lượt", null, 2150, null],
];

/** L1. one figures sheet typed in TCVN3 (.VnTime) inside an otherwise Unicode workbook. */
export function legacySheetInUnicodeWorkbook(): WorkbookInput {
  return input(
    "na-hy-mot-sheet-tcvn3.xlsx",
    gridFromRows(AWARD_ROWS, { sheet: "Danh sách" }),
    gridFromRows(tcvn3Rows(FIGURE_ROWS), { sheet: "Chi tieu (VnTime)" }),
  );
}

/** L2. one column (the award) pasted from an old TCVN3 file into a Unicode list. */
export function legacyColumnInUnicodeSheet(): WorkbookInput {
  const rows = AWARD_ROWS.map((r, i) => (i >= 5 ? r.map((v, c) => (c === 3 && typeof v === "string" ? encodeTcvn3(v) : v)) : r));
  return input("na-hy-cot-tcvn3.xlsx", gridFromRows(rows, { sheet: "Danh sách" }));
}

/** The same rows with one header cell blanked (the clerk deleted it; the data stayed). */
export function blankHeader(rows: Row[], headerRow: number, col: number): Row[] {
  return rows.map((r, i) => (i === headerRow ? r.map((v, c) => (c === col ? null : v)) : r));
}

/** H1. the award list's name column with a blank header cell. */
export function awardsNameHeaderBlank(): WorkbookInput {
  return input("na-hy-thieu-tieu-de-ten.xlsx", gridFromRows(blankHeader(AWARD_ROWS, 4, 1), { sheet: "Danh sách" }));
}

/** H2. the figures' actual column with a blank header cell. */
export function figuresActualHeaderBlank(): WorkbookInput {
  return input("na-hy-thieu-tieu-de-th.xlsx", gridFromRows(blankHeader(FIGURE_ROWS, 2, 4), { sheet: "Chỉ tiêu" }));
}

/** H3. the award list's decision-number column headed by a text no role knows ("Cột 5"). */
export function awardsDecisionHeaderUnknown(): WorkbookInput {
  const rows = AWARD_ROWS.map((r, i) => (i === 4 ? r.map((v, c) => (c === 4 ? "Cột 5" : v)) : r));
  return input("na-hy-tieu-de-la.xlsx", gridFromRows(rows, { sheet: "Danh sách" }));
}

/**
 * P1. "% so với KH" stored as a fraction with 4 digits and shown with one decimal ("99,0%" for
 * 0.9895), and a percent typed one decimal short ("43,8" for 43,84): what the unit wrote agrees.
 */
export function percentStoredFinerThanShown(): WorkbookInput {
  const pct = (v: number, w: string): Cell => ({ t: "n", v, z: "0.0%", w });
  return input(
    "na-hy-ty-le.xlsx",
    gridFromRows(
      [
        ["UBND XÃ NÀ HỲ"],
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "%"],
        ["1", "Tổng diện tích gieo trồng", "ha", 1360, 1345.7, pct(0.9895, "99.0%")],
        ["2", "Giải quyết việc làm mới", "lao động", 125, 54.8, 43.8],
        ["3", "Trồng rừng mới", "ha", 40, 36, pct(0.9, "90.0%")],
      ],
      { sheet: "Chỉ tiêu" },
    ),
  );
}

/**
 * N1. "Họ đệm" + "Tên" in two columns: a collective's name merged across both (no "Tên" by
 * design), a collective's name typed in "Họ đệm" alone (not merged), and one person whose "Tên" is blank.
 */
export function splitNameWithCollectives(): WorkbookInput {
  return input(
    "truong-na-hy.xlsx",
    gridFromRows(
      [
        ["PHÒNG GD&ĐT HUYỆN NẬM PỒ"],
        ["DANH SÁCH KHEN THƯỞNG NĂM HỌC 2021 - 2022"],
        ["STT", "Họ đệm", "Tên", "Chức vụ", "Trường", "Danh hiệu"],
        ["A", "TẬP THỂ"],
        [1, "Trường Tiểu học Nà Hỳ", null, null, "Trường Tiểu học Nà Hỳ", "Tập thể lao động tiên tiến"],
        [2, "Tổ Chuyên môn 1 - Trường Tiểu học Nà Hỳ", null, null, "Trường Tiểu học Nà Hỳ", "Giấy khen của Chủ tịch UBND huyện"],
        ["B", "CÁ NHÂN"],
        [1, "Lò Thị", "Hoa", "Giáo viên", "Trường Tiểu học Nà Hỳ", "Lao động tiên tiến"],
        [2, "Quàng Văn", null, "Giáo viên", "Trường Tiểu học Nà Hỳ", "Lao động tiên tiến"],
      ],
      { sheet: "DS", merges: ["B4:F4", "B5:C5", "B7:F7"] },
    ),
  );
}

/**
 * D1. a blank award cell on a row of a decision that gave every other row one award (LĐTT), and
 * one on a row of a decision that gave two awards (LĐTT and CSTĐCS): only the first is counted.
 */
export function blankAwardUnderDecision(): WorkbookInput {
  return input(
    "na-hy-thieu-hinh-thuc.xlsx",
    gridFromRows(
      [
        ["UBND XÃ NÀ HỲ"],
        ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"],
        ["B", "CÁ NHÂN"],
        [1, "Lò Văn Thưởng", "Công chức Địa chính xã Nà Hỳ", "Lao động tiên tiến", "95/QĐ-UBND ngày 20/12/2022"],
        [2, "Quàng Thị Dung", "Công chức Tư pháp xã Nà Hỳ", "Lao động tiên tiến", "95/QĐ-UBND ngày 20/12/2022"],
        [3, "Cà Văn Hưng", "Phó Chủ tịch UBND xã Nà Hỳ", null, "95/QĐ-UBND ngày 20/12/2022"],
        [4, "Lò Thị Xuân", "Công chức Văn hóa xã Nà Hỳ", "Lao động tiên tiến", "96/QĐ-UBND ngày 21/12/2022"],
        [5, "Lò Thị Xuân", "Công chức Văn hóa xã Nà Hỳ", "Chiến sĩ thi đua cơ sở", "96/QĐ-UBND ngày 21/12/2022"],
        [6, "Điêu Văn Pấng", "Chủ tịch UBND xã Nà Hỳ", null, "96/QĐ-UBND ngày 21/12/2022"],
      ],
      { sheet: "DS" },
    ),
  );
}

/** F1. the award column holds the form only; "Cấp khen" says who gave it. */
export function formAndIssuerColumns(): WorkbookInput {
  return input(
    "na-hy-cap-khen.xlsx",
    gridFromRows(
      [
        ["UBND XÃ NÀ HỲ"],
        ["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng", "Cấp khen", "Số QĐ", "Ngày QĐ"],
        ["A", "TẬP THỂ"],
        [1, "Bản Nà Hỳ 1", "UBND xã Nà Hỳ", "Giấy khen", "Chủ tịch UBND huyện", "812/QĐ-UBND", "12/10/2022"],
        [2, "Công an xã Nà Hỳ", "UBND xã Nà Hỳ", "Bằng khen", "Chủ tịch UBND tỉnh", "1520/QĐ-UBND", "02/11/2022"],
        ["B", "CÁ NHÂN"],
        [1, "Lò Văn Thưởng", "Công chức Địa chính xã Nà Hỳ", "Lao động tiên tiến", "Chủ tịch UBND xã Nà Hỳ", "95/QĐ-UBND", "20/12/2022"],
        [2, "Quàng Thị Dung", "Công chức Tư pháp xã Nà Hỳ", "Giấy khen", "Chủ tịch UBND huyện", "812/QĐ-UBND", "12/10/2022"],
      ],
      { sheet: "Danh sách" },
    ),
  );
}

/** S1. a CSV export: header on the first line, no title; its name says who sent it. */
export function titlelessCsv(): WorkbookInput {
  return input(
    "07-ban-chqs-huyen.csv",
    gridFromRows(
      [
        ["STT", "Tên tập thể/cá nhân", "Đơn vị", "Danh hiệu/Hình thức", "Số QĐ", "Ngày QĐ", "Tập thể/Cá nhân"],
        ["1", "Lò Văn Thưởng", "Ban CHQS huyện", "Giấy khen của Chủ tịch UBND huyện", "812/QĐ-UBND", "12/10/2022", "Cá nhân"],
        ["2", "Quàng Thị Dung", "Ban CHQS huyện", "Lao động tiên tiến", "95/QĐ-UBND", "20/12/2022", "Cá nhân"],
      ],
      { sheet: "07-ban-chqs-huyen" },
    ),
  );
}

/** S2. a labelled sender line ("Đơn vị: ...") under a parent line, and an "Đơn vị tính" line. */
export function labelledSender(): WorkbookInput {
  return input(
    "bieu-mau.xlsx",
    gridFromRows(
      [
        ["UBND HUYỆN NẬM PỒ"],
        ["Đơn vị: UBND xã Nà Hỳ"],
        ["BIỂU CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2022"],
        ["Đơn vị tính: ha"],
        ...FIGURE_ROWS.slice(2),
      ],
      { sheet: "Chỉ tiêu" },
    ),
  );
}

/**
 * G1. award rows whose Chức vụ is "Giám đốc" / "Phó Chủ tịch UBND xã" / "Trưởng phòng", typed
 * without STT, the last one just before the signature block ("Người lập biểu" / "GIÁM ĐỐC").
 */
export function jobTitlesBeforeSignature(): WorkbookInput {
  return input(
    "so-y-te.xlsx",
    gridFromRows(
      [
        ["SỞ Y TẾ TỈNH ĐIỆN BIÊN", null, null, NATIONAL[0]],
        ["DANH SÁCH KHEN THƯỞNG NĂM 2022"],
        ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng", "Số, ngày quyết định"],
        [null, "Lò Văn Thưởng", "Giám đốc", "Bằng khen của Chủ tịch UBND tỉnh", "1520/QĐ-UBND ngày 02/11/2022"],
        [null, "Quàng Thị Dung", "Phó Chủ tịch UBND xã", "Giấy khen của Chủ tịch UBND huyện", "812/QĐ-UBND ngày 12/10/2022"],
        [null, "Cà Văn Hưng", "Trưởng phòng", "Lao động tiên tiến", "95/QĐ-UBND ngày 20/12/2022"],
        [],
        [null, "Người lập biểu", null, "GIÁM ĐỐC"],
        [null, "(Ký, ghi rõ họ tên)", null, "(Ký tên, đóng dấu)"],
        [],
        [null, "Lò Thị Xuân", null, "Điêu Văn Pấng"],
      ],
      { sheet: "DS" },
    ),
  );
}

/**
 * E1. a template as the province sends it: a "Hướng dẫn" sheet with a filled example table, a
 * "DANHMUC" sheet feeding the drop-downs, and a "VD:" row left at the top of the unit's list.
 */
export function templateWithInstructionsAndLookup(): WorkbookInput {
  const header: Row = ["STT", "Họ và tên", "Đơn vị", "Hình thức khen thưởng", "Số QĐ", "Ngày QĐ"];
  return input(
    "mau-nhap-lieu.xlsx",
    gridFromRows(
      [
        ["HƯỚNG DẪN NHẬP LIỆU"],
        ["1. Mỗi dòng một tập thể hoặc cá nhân; chọn hình thức trong danh sách."],
        header,
        [1, "Nguyễn Văn A", "UBND xã B", "Giấy khen của Chủ tịch UBND huyện", "123/QĐ-UBND", "01/01/2022"],
        [2, "Trần Thị C", "UBND xã B", "Lao động tiên tiến", "124/QĐ-UBND", "02/01/2022"],
      ],
      { sheet: "Hướng dẫn" },
    ),
    gridFromRows(
      [
        ["Mã", "Hình thức khen thưởng"],
        ["GK01", "Giấy khen của Chủ tịch UBND huyện"],
        ["LD01", "Lao động tiên tiến"],
      ],
      { sheet: "DANHMUC" },
    ),
    gridFromRows(
      [
        ...AWARD_ROWS.slice(0, 5),
        ["VD:", "Nguyễn Văn A", "UBND xã B", "Giấy khen của Chủ tịch UBND huyện", "123/QĐ-UBND", "01/01/2022"],
        ...AWARD_ROWS.slice(5),
      ],
      { sheet: "Danh sách" },
    ),
  );
}
