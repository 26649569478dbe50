/**
 * The award codes of a production TĐKT system, as data with its source: lifephongphanmem's
 * "thiduakhenthuong" (a provincial government's emulation and commendation system). Its lists
 * export the code of the award ("Mã hình thức khen thưởng", "Mã danh hiệu thi đua") and its import
 * template keeps the code list in a look-up sheet; an exported list sent without that sheet still
 * carries the codes. Each code is read as the name the system gives it; that name then goes to the
 * award catalogue like any other, so a name the catalogue cannot settle ("Kỷ niệm chương, Huy
 * hiệu") stays unresolved. A workbook's own look-up sheet always comes first.
 *
 * Source: github.com/lifephongphanmem/thiduakhenthuong_php8, commit
 * dd5883d26de3c1e838b70b01299309bf950fdfae, public/data/download/MauTDKT_20231004.xlsx, sheet
 * HTKT ("tenhinhthuckt | mahinhthuckt"), all 89 rows as written (test/real-files/mau-tdkt-huong-dan.xlsx;
 * the same codes with older names are in the DANHMUC sheets of lifephongphanmem/thiduakhenthuong's
 * exports, test/real-files/to-trinh-tap-the.xlsx).
 */
export const SYSTEM_AWARD_CODES_SOURCE = "lifephongphanmem/thiduakhenthuong (MauTDKT_20231004.xlsx, HTKT)";

export const SYSTEM_AWARD_CODES: readonly (readonly [string, string])[] = [
  ["1647508703", "Chiến sĩ thi đua cấp Bộ, ngành, tỉnh, đoàn thể trung ương"],
  ["1647933042", "Lao động tiên tiến"],
  ["1647933054", "Chiến sĩ tiên tiến"],
  ["1647933079", "Cờ thi đua của Chính phủ"],
  ["1647933114", "Cờ thi đua cấp Bộ, ngành, tỉnh, đoàn thể trung ương"],
  ["1647933151", "Tập thể lao động xuất sắc"],
  ["1647933178", "Đơn vị quyết thắng"],
  ["1647933198", "Tập thể lao động tiên tiến"],
  ["1647933213", "Đơn vị tiên tiến"],
  ["1647933227", "Gia đình văn hóa"],
  ["1647933380", "Chiến sĩ thi đua cơ sở"],
  ["1647933381", "Chiến sĩ thi đua toàn quốc"],
  ["1650359884", "Huân chương Sao vàng"],
  ["1650359965", "Huân chương Hồ Chí Minh"],
  ["1650360214", "Huân chương Đại đoàn kết dân tộc"],
  ["1650360227", "Huân chương Dũng cảm"],
  ["1650360234", "Huân chương Hữu nghị"],
  ["1650360247", "Huân chương Bảo vệ Tổ quốc"],
  ["1650360299", "Huân chương Quân kỳ quyết thắng"],
  ["1650360312", "Huân chương Chiến sĩ vẻ vang"],
  ["1650360334", "Huân chương Vì an ninh Tổ quốc"],
  ["1650360372", "Anh hùng Lao động"],
  ["1650360387", "Nhà giáo nhân dân"],
  ["1650360413", "Nhà giáo ưu tú"],
  ["1650360491", "Bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương"],
  ["1650360499", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện"],
  ["1668522916", "Cờ thi đua của UBND tỉnh"],
  ["1671246141", "Huân chương Độc lập hạng Nhất"],
  ["1671246307", "Huân chương Độc lập hạng Nhì"],
  ["1671246319", "Huân chương Độc lập hạng Ba"],
  ["1671246377", "Huân chương Quân công hạng nhất"],
  ["1671246392", "Huân chương Quân công hạng nhì"],
  ["1671246400", "Huân chương Quân công hạng ba"],
  ["1671246434", "Huân chương Lao động hạng nhất"],
  ["1671246446", "Huân chương Lao động hạng nhì"],
  ["1671246455", "Huân chương Lao động hạng ba"],
  ["1671246509", "Huân chương Bảo vệ Tổ quốc hạng nhất"],
  ["1671246519", "Huân chương Bảo vệ Tổ quốc hạng nhì"],
  ["1671246527", "Huân chương Bảo vệ Tổ quốc hạng ba"],
  ["1671246568", "Huân chương Chiến công hạng nhất"],
  ["1671246576", "Huân chương Chiến công hạng nhì"],
  ["1671246583", "Huân chương Chiến công hạng ba"],
  ["1671246672", "Huân chương Chiến sĩ vẻ vang hạng nhất"],
  ["1671246681", "Huân chương Chiến sĩ vẻ vang hạng nhì"],
  ["1671246690", "Huân chương Chiến sĩ vẻ vang hạng ba"],
  ["1671246759", "Huân chương Chiến thắng hạng nhất"],
  ["1671246796", "Huân chương Chiến thắng hạng nhì"],
  ["1671246804", "Huân chương Chiến thắng hạng ba"],
  ["1671246871", "Huân chương Kháng chiến chống Mỹ hạng nhất"],
  ["1671246880", "Huân chương Kháng chiến chống Mỹ hạng nhì"],
  ["1671246889", "Huân chương Kháng chiến chống Mỹ hạng ba"],
  ["1671246907", "Huân chương Kháng chiến chống Pháp hạng nhất"],
  ["1671246920", "Huân chương Kháng chiến chống Pháp hạng nhì"],
  ["1671246929", "Huân chương Kháng chiến chống Pháp hạng ba"],
  ["1671247085", "Huy chương Chiến sĩ vẻ vang hạng ba"],
  ["1671247098", "Huy chương Chiến sĩ vẻ vang hạng nhì"],
  ["1671247111", "Huy chương Chiến sĩ vẻ vang hạng nhất"],
  ["1671247176", "Huy chương chiến thắng hạng nhất"],
  ["1671247208", "Huy chương chiến thắng hạng nhì"],
  ["1671247235", "Huy chương Hữu nghị"],
  ["1671247276", "Huy chương Kháng chiến chống mỹ hạng nhất"],
  ["1671247291", "Huy chương Kháng chiến chống mỹ hạng nhì"],
  ["1671247344", "Huy chương Kháng chiến chống Pháp hạng nhất"],
  ["1671247355", "Huy chương Kháng chiến chống Pháp hạng nhì"],
  ["1671247390", "Huy chương Quân kỳ Quyết thắng"],
  ["1671247419", "Huy chương Vì an ninh Tổ quốc"],
  ["1671247613", "Anh hùng Lực lượng vũ trang Nhân dân"],
  ["1671247630", "Bà mẹ Việt Nam anh hùng"],
  ["1671247650", "Bảng vàng danh dự"],
  ["1671247667", "Bằng có công với nước"],
  ["1671247686", "Bằng Tổ quốc ghi công"],
  ["1671247716", "Bằng khen của Thủ tướng Chính phủ"],
  ["1671247920", "Giải thưởng Hồ Chí Minh"],
  ["1671247953", "Giải thưởng Nhà nước"],
  ["1671248008", "Nghệ sĩ Nhân dân"],
  ["1671248021", "Nghệ sĩ Ưu tú"],
  ["1671248060", "Nghệ nhân Nhân dân"],
  ["1671248072", "Nghệ nhân Ưu tú"],
  ["1671248092", "Nhà giáo Nhân dân"],
  ["1671248127", "Tỉnh Anh hùng"],
  ["1671248144", "Thành phố Anh hùng"],
  ["1671248170", "Thầy thuốc Nhân dân"],
  ["1671248182", "Thầy thuốc Ưu tú"],
  ["1671248221", "Kỷ niệm chương chiến sĩ cách mạng bị địch bắt tù đày"],
  ["1671248245", "Kỷ niệm chương, Huy hiệu"],
  ["1672804384", "Giấy khen của Thủ trưởng cơ quan, đơn vị thuộc bộ, ngành, cơ quan ngang bộ, cơ quan thuộc Chính phủ"],
  ["1672804435", "Giấy khen của Thủ trưởng cơ quan chuyên môn và tương đương thuộc Ủy ban nhân dân cấp tỉnh"],
  ["1672804473", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã"],
  ["1672806150", "Thôn văn hóa"],
];

/**
 * The same system's recipient-kind codes: the "phan loai kt" list of its import template
 * MauTDKT_20231004.xlsx ("Khen thưởng cá nhân | CANHAN", "Khen thưởng tập thể | TAPTHE", "Khen
 * thưởng hộ gia đình | HOGIADINH"), each read as the kind's name the recipient-kind reader knows.
 */
export const SYSTEM_KIND_CODE_LIST: readonly (readonly [string, string])[] = [
  ["CANHAN", "Cá nhân"],
  ["TAPTHE", "Tập thể"],
  ["HOGIADINH", "Hộ gia đình"],
];
