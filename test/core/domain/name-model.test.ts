import { looksLikeCollectiveName, looksLikeFamilyName, looksLikePersonName } from "../../../src/core/domain/recipientKind";

describe("recipient kind from the name", () => {
  it.each(["Cầm Văn Xiêng", "Cà Văn Duẩn", "Điêu Thị Thúy", "ĐẶNG THỊ THUÝ GIANG", "Nguyễn Đức Anh Tuấn", "Giàng A Sử"])(
    "%s starts with a family name",
    (name) => expect(looksLikeFamilyName(name)).toBe(true),
  );
  it.each(["Bản Xá Nhè", "Khu Phố Mới", "Thanh tra huyện", "Mường Ảng", "Công an xã Ẳng Tở", "Xiêng"])(
    "%s does not start with a family name",
    (name) => expect(looksLikeFamilyName(name)).toBe(false),
  );
  it.each([
    "Lò Văn Hùng", "Lường Thị Mai", "Quàng Văn Bình", "Cà Thị Sương", "Tòng Văn Hải", "Vì Văn Tâm", "Giàng A Sử",
    "Sùng Thị Mỵ", "Thào A Lử", "Mùa A Páo", "Vừ A Dình", "Lầu Thị Dợ", "Hờ A Chứ", "Cứ A Sềnh", "Lý Thị Hoa",
    "Lường văn Thuỷ", "ĐIÊU THỊ THÚY",
  ])("%s is a person", (name) => {
    expect(looksLikePersonName(name)).toBe(true);
    expect(looksLikeCollectiveName(name)).toBe(false);
  });
  it.each([
    "Phòng Tư pháp", "Trường Tiểu học số 1", "Ban Chỉ huy Quân sự xã", "Tổ dân phố 3", "Đội Thanh niên xung kích",
    "Khoa Nội", "UBND xã Quài Nưa", "Xã Quài Cang", "Phường Mường Thanh", "Thôn Nà Sản", "Bản Phiêng Pẻn",
    "Chi bộ bản Hua Ngúa", "Hội Nông dân xã", "Công an xã Tỏa Tình", "Trạm Y tế xã", "Trung tâm Y tế huyện",
    "Công ty TNHH Hoàng Long", "HTX Nông nghiệp Mường Ảng",
  ])("%s is a collective", (name) => {
    expect(looksLikePersonName(name)).toBe(false);
    expect(looksLikeCollectiveName(name)).toBe(true);
  });
});
