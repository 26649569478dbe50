/**
 * Award keys (issue 16, mutation testing): what folding keeps and what it drops, one fold or one
 * clean-up step per case. The loose key is plain ASCII, so it is compared as written; the
 * sensitive key is compared with the key of another spelling that must fold to the same.
 */
import { awardKey, awardLooseKey } from "../../../src/core/domain/awards";
import { hasDiacritics, issuerDetail, rawTokens } from "../../../src/core/domain/awards/keys";

describe("awardLooseKey: the folds, in order", () => {
  it.each([
    ["Giấy khen cuả Chủ tịch Uỷ ban nhân dân huyện", "gk ct ubnd huyen"], // "của" dropped, UBND and CT folded
    ["Bằng khen", "bk"], // a fold that ends the text
    ["Danh hiệu Lao động tiên tiến", "ldtt"], // "danh hiệu" dropped
    ["Tập thể lao động tiên tiến", "ttldtt"], // folds apply to what earlier folds made
    ["Chiến sỹ thi đua cấp cơ sở", "cstdcs"],
    ["Chiến sĩ thi đua toàn quốc", "cstdtq"],
    ["Gia đình văn hóa", "gdvh"],
    ["Bằng khen do UBND tỉnh tặng", "bk ubnd tinh"],
    ["Bằng khen TTCP", "bk ttg"],
    ["Bằng khen Thủ tướng Chính phủ", "bk ttg"],
    ["Huân chương Lao động hạng I", "huan chuong lao dong hang nhat"],
    ["Huân chương Lao động hạng 2", "huan chuong lao dong hang nhi"],
    ["Huân chương Lao động hạng III", "huan chuong lao dong hang ba"],
  ])("%s -> %s", (text, key) => expect(awardLooseKey(text)).toBe(key));
});

describe("rawTokens and the clean-up before folding", () => {
  it("quotes and punctuation separate words; & stays inside an abbreviation", () => {
    expect(awardLooseKey("“Lao động tiên tiến”")).toBe("ldtt");
    expect(rawTokens("Bằng khen (Chủ tịch) - UBND tỉnh!", false)).toEqual(["bang", "khen", "chu", "tich", "ubnd", "tinh"]);
    expect(awardKey("Giấy khen Phòng GD&ĐT").split(" ").at(-1)).toBe("gd&đt");
  });
  it("the place after a level word is dropped, in capitals too; a lower-case word stops the drop", () => {
    expect(awardKey("Giấy khen của Chủ tịch UBND HUYỆN TUẦN GIÁO")).toBe(awardKey("GK CT UBND huyện"));
    expect(awardLooseKey("Giấy khen của Chủ tịch UBND huyện Tuần Giáo tặng Ông")).toBe("gk ct ubnd huyen ong");
    expect(awardLooseKey("Giấy khen thị xã Mường Lay")).toBe("gk thi xa");
  });
  it("a named ministry and a named department are cut from the key", () => {
    expect(awardLooseKey("Bằng khen của Bộ trưởng Bộ Y tế")).toBe("bk bo");
    expect(awardLooseKey("Bằng khen Bộ trưởng")).toBe("bk bo truong");
    expect(awardLooseKey("Giấy khen Giám đốc Sở Nội vụ")).toBe("gk giam doc so");
  });
  it("the sensitive key keeps the accents the loose one drops", () => {
    expect(awardKey("Lao động tiên tiến")).toBe(awardKey("Danh hiệu lao động tiên tiến"));
    expect(awardKey("Lao động tiên tiến")).not.toBe(awardKey("Lao dong tien tien"));
    expect(awardKey("Huân chương Lao động hạng 1")).toBe(awardKey("Huân chương Lao động hạng nhất"));
  });
});

describe("issuerDetail: the ministry named at the end", () => {
  it.each([
    ["Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"],
    ["Bộ Y tế", "Bộ Y tế"],
    ["Bằng khen  Bộ   Y tế", "Bộ Y tế"],
  ])("%s -> %s", (text, detail) => expect(issuerDetail(text)).toBe(detail));
  it.each(["xBộ Y tế", "Bằng khen Bộ trưởng Bộ Y tế; 2020", "Bằng khen của Bộ trưởng"])("%j names none", (text) => expect(issuerDetail(text)).toBeUndefined());
});

describe("hasDiacritics", () => {
  it("đ and Đ count, though NFD does not split them; a combining accent counts", () => {
    expect([hasDiacritics("Đ"), hasDiacritics("đ"), hasDiacritics("e\u0301"), hasDiacritics("d"), hasDiacritics("Dang")]).toEqual([true, true, true, false, false]);
  });
});
