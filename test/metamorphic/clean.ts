/**
 * The clean tables the metamorphic suite transforms: a commune's award list and its socio-economic
 * figures, as a unit would send them at their tidiest (one title block, one header row, STT, a
 * signature block). Invented names, typed the way real lists type them. Each has a few real
 * problems (a person listed twice, the CSTĐCS share over the cap, a wrong % of plan) so that
 * "the same issues" is a real comparison.
 */
import type { BookModel, SheetModel } from "./book";

function awardSheet(): SheetModel {
  const rows = [
    ["UBND XÃ BÚNG LAO", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2023"],
    [],
    ["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định"],
    [1, "Bản Co Muông", null, "Xã Búng Lao", "Tập thể lao động tiên tiến", "2015/QĐ-UBND ngày 01/12/2023"],
    [2, "Quàng Văn Hặc", "Trưởng Công an xã", "UBND xã Búng Lao", "Giấy khen của Chủ tịch UBND huyện", "2015/QĐ-UBND ngày 01/12/2023"],
    [3, "Lò Thị Hương", "Công chức Văn hóa - Xã hội", "UBND xã Búng Lao", "Lao động tiên tiến", "2016/QĐ-UBND ngày 02/12/2023"],
    [4, "Cà Văn Thanh", "Giáo viên", "Trường Tiểu học Búng Lao", "Lao động tiên tiến", "2016/QĐ-UBND ngày 02/12/2023"],
    [5, "Lường Thị Mai", "Giám đốc", "Hợp tác xã Nông nghiệp Búng Lao", "Chiến sĩ thi đua cơ sở", "2017/QĐ-UBND ngày 03/12/2023"],
    [6, "Quàng Văn Hặc", "Trưởng Công an xã", "UBND xã Búng Lao", "Giấy khen của Chủ tịch UBND huyện", "2015/QĐ-UBND ngày 01/12/2023"],
    [7, "Tòng Văn Pẩng", "Phó Chủ tịch UBND xã", "UBND xã Búng Lao", "Giấy khen của Chủ tịch UBND huyện", "2018/QĐ-UBND ngày 04/12/2023"],
    [],
    [null, "NGƯỜI LẬP BIỂU", null, null, "TM. ỦY BAN NHÂN DÂN"],
    [null, null, null, null, "CHỦ TỊCH"],
  ];
  return { name: "Danh sách", role: "awards", rows, merges: [], header: 3, depth: 1, end: 11, cols: ["stt", "name", "position", "unit", "award", "decision"] };
}

function figureSheet(): SheetModel {
  const rows = [
    ["UBND XÃ BÚNG LAO", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2023"],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2023", "Thực hiện năm 2023", "Tỷ lệ % so với KH"],
    ["I", "KINH TẾ"],
    [1, "Tổng diện tích gieo trồng", "ha", 1762, 1801.5, 102.2],
    [2, "Tổng sản lượng lương thực", "tấn", 11120.3, 11500, 103.4],
    ["-", "Thóc", "tấn", 9000, 9200, 102.2],
    ["-", "Ngô", "tấn", 2120.3, 2300, 108.5],
    ["II", "VĂN HÓA - XÃ HỘI"],
    [3, "Tỷ lệ hộ nghèo", "%", 12.5, 11.8, 94.4],
    // a wrong % of plan (340 / 350 = 97.1 %): the suite's planted figure problem
    [4, "Số trẻ em được tiêm chủng đầy đủ", "trẻ", 350, 340, 99],
    [],
    [null, "NGƯỜI LẬP BIỂU", null, "TM. ỦY BAN NHÂN DÂN"],
  ];
  return { name: "Chỉ tiêu", role: "figures", rows, merges: [], header: 3, depth: 1, end: 12, cols: ["stt", "indicator", "measure", "plan", "actual", "percent"] };
}

export function cleanBook(): BookModel {
  return { base: "bung-lao-2023", sheets: [awardSheet(), figureSheet()], format: "xlsx" };
}
