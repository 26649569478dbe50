/**
 * What a title block says (records/titles.ts) and the small helpers the readers share
 * (records/common.ts): the sender, the award, the decision, the kind, the occasion and the period
 * a title states, each on both sides of its decision.
 */
import { gridFromRows } from "../../../src/core/grid";
import { kindFromSection, nameAt, sheetClassOf, skippedRow, textAt } from "../../../src/core/records/common";
import { awardFromTitle, decisionFromTitle, detectSender, kindFromTitle, occasionFromTitle, periodFromTitle, senderFromFileName, senderFromLabel, titleCells } from "../../../src/core/records/titles";

const cells = (rows: (string | number | null)[][], top = rows.length) => titleCells(gridFromRows(rows), 0, top);

describe("title cells", () => {
  test("text cells above the header, in reading order, spaces collapsed; numbers and blanks left out", () => {
    expect(cells([["UBND  HUYỆN A", 2025, "  "], [null, "Số: 12"], ["DANH SÁCH"]], 2)).toEqual([
      { row: 0, col: 0, text: "UBND HUYỆN A" },
      { row: 1, col: 1, text: "Số: 12" },
    ]);
    expect(titleCells(gridFromRows([["a"], ["b"], ["c"]]), 1, 3).map((c) => c.text)).toEqual(["b", "c"]);
  });
});

describe("the sender", () => {
  test("the lowest line of the left block, written in capitals, its name made readable", () => {
    expect(detectSender(cells([["UBND HUYỆN MẪU SƠN"], ["UBND XÃ TÂN LẬP"]]), 0, 5)).toBe("Xã Tân Lập");
    expect(detectSender(cells([["ỦY BAN NHÂN DÂN THỊ TRẤN MẪU SƠN"]]), 0, 5)).toBe("Thị trấn Mẫu Sơn");
    expect(detectSender(cells([["UBND THÀNH PHỐ ĐIỆN BIÊN PHỦ"]]), 0, 5)).toBe("Thành phố Điện Biên Phủ");
    // not a place name: kept as written, without "UBND"
    expect(detectSender(cells([["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]]), 0, 5)).toBe("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
  });

  test("lines that name no sender: forms, headings, lower-case text, lines right of the middle", () => {
    expect(detectSender(cells([["UBND XÃ TÂN LẬP"], ["DANH SÁCH KHEN THƯỞNG"], ["I. TẬP THỂ"], ["Kính gửi: UBND huyện"]]), 0, 5)).toBe("Xã Tân Lập");
    expect(detectSender(cells([["Ubnd xã Tân Lập"]]), 0, 5)).toBeUndefined();
    expect(detectSender(cells([["2025"]]), 0, 5)).toBeUndefined();
    // the middle of columns 0..5 is column 3: a line there is the right-hand block
    expect(detectSender(cells([[null, null, "UBND XÃ A"]]), 0, 5)).toBe("Xã A");
    expect(detectSender(cells([[null, null, null, "UBND XÃ A"]]), 0, 5)).toBeUndefined();
    // a narrow table still has a left half of one column
    expect(detectSender(cells([["UBND XÃ A"]]), 0, 0)).toBe("Xã A");
    expect(detectSender(cells([[null, "UBND XÃ A"]]), 0, 0)).toBeUndefined();
    // a table starting in column C: its middle moves with it
    expect(detectSender(cells([[null, null, null, "UBND XÃ A"]]), 2, 5)).toBe("Xã A");
  });

  test("the block is the lines within three rows of its first", () => {
    expect(detectSender(cells([["UBND HUYỆN A"], [], [], ["UBND XÃ B"]]), 0, 5)).toBe("Xã B");
    expect(detectSender(cells([["UBND HUYỆN A"], [], [], [], ["UBND XÃ B"]]), 0, 5)).toBe("Huyện A");
  });

  test("with a registry: the block's line equal to a unit, then one a word short, then a unit named anywhere", () => {
    const registry = [{ name: "Xã Tân Lập" }, { name: "Văn phòng HĐND và UBND huyện" }, { name: "Ban Chỉ huy Quân sự huyện" }];
    expect(detectSender(cells([["UBND XÃ TÂN LẬP"], ["UBND HUYỆN A"]]), 0, 5, registry)).toBe("Xã Tân Lập");
    expect(detectSender(cells([["VĂN PHÒNG HĐND VÀ UBND"]]), 0, 5, registry)).toBe("Văn phòng HĐND và UBND huyện");
    expect(detectSender(cells([["HĐND VÀ UBND"]]), 0, 5, registry)).toBe("HĐND VÀ UBND");
    expect(detectSender(cells([["Danh sách khen thưởng Ban CHQS huyện năm 2025"]]), 0, 5, registry)).toBe("Ban Chỉ huy Quân sự huyện");
    // no unit named: the lowest line, as without a registry
    expect(detectSender(cells([["UBND XÃ HỒNG PHONG"]]), 0, 5, registry)).toBe("Xã Hồng Phong");
  });

  test("a labelled line: 'Đơn vị: ...', 'Địa bàn: ...'; never the unit of measure; matched to the registry when it can be", () => {
    expect(senderFromLabel(cells([["Đơn vị: UBND xã Nà Hỳ"]]))).toBe("xã Nà Hỳ");
    expect(senderFromLabel(cells([["Địa bàn:   XÃ NÀ HỲ"]]))).toBe("Xã Nà Hỳ");
    expect(senderFromLabel(cells([["Đơn vị tính: ha"], ["Cơ quan: Phòng Nội vụ"]]))).toBe("Phòng Nội vụ");
    expect(senderFromLabel(cells([["Đơn vị:  "], ["Ghi chú: x"]]))).toBeUndefined();
    expect(senderFromLabel(cells([["Đơn vị báo cáo: xa na hy"]]), [{ name: "Xã Nà Hỳ" }])).toBe("Xã Nà Hỳ");
    expect(senderFromLabel(cells([["Đơn vị: Trường THCS xã Nà Hỳ"]]), [{ name: "Xã Nà Hỳ" }])).toBe("Xã Nà Hỳ");
  });

  test("a file's name names a registry unit, without its leading code; never a guess without a registry", () => {
    const registry = [{ name: "Ban Chỉ huy Quân sự huyện" }, { name: "Xã Tân Lập" }];
    expect(senderFromFileName("in/ma14-ban-chqs-huyen.csv", registry)).toBe("Ban Chỉ huy Quân sự huyện");
    expect(senderFromFileName("C:\\in\\05_xa_tan_lap.xlsx", registry)).toBe("Xã Tân Lập");
    expect(senderFromFileName("bao-cao-xa-tan-lap-2025.xlsx", registry)).toBe("Xã Tân Lập");
    expect(senderFromFileName("xa-tan-lap.xlsx")).toBeUndefined();
    expect(senderFromFileName("12.xlsx", registry)).toBeUndefined();
    expect(senderFromFileName("xa-hong-phong.xlsx", registry)).toBeUndefined();
  });
});

describe("the sender: edges the mutation run found unwatched", () => {
  const at = (row: number, col: number, text: string) => ({ row, col, text });

  test("a table from column C to H: its middle is column F, and a line there is the right-hand block", () => {
    expect(detectSender([at(0, 4, "UBND XÃ A")], 2, 7)).toBe("Xã A");
    expect(detectSender([at(0, 5, "UBND XÃ A")], 2, 7)).toBeUndefined();
  });

  test("a block that starts low on the sheet still spans its three rows", () => {
    expect(detectSender([at(5, 0, "UBND HUYỆN A"), at(6, 0, "UBND XÃ B")], 0, 5)).toBe("Xã B");
  });

  test("with a registry, the lowest line naming a unit wins, first as equal, then a word short", () => {
    const registry = [{ name: "Huyện Tuần Giáo" }, { name: "Xã Quài Cang" }];
    expect(detectSender([at(0, 0, "UBND HUYỆN TUẦN GIÁO"), at(1, 0, "UBND XÃ QUÀI CANG")], 0, 5, registry)).toBe("Xã Quài Cang");
    const offices = [{ name: "Văn phòng Huyện ủy Tuần Giáo" }, { name: "Ban Tuyên giáo Huyện ủy Tuần Giáo" }];
    expect(detectSender([at(0, 0, "VĂN PHÒNG HUYỆN ỦY TUẦN"), at(1, 0, "BAN TUYÊN GIÁO HUYỆN ỦY TUẦN")], 0, 5, offices)).toBe("Ban Tuyên giáo Huyện ủy Tuần Giáo");
  });

  test("a name is made readable only when it is a place written in capitals from its first word", () => {
    expect(senderFromLabel([at(0, 0, "Đơn vị: Trường THCS Quài Cang")])).toBe("Trường THCS Quài Cang");
    expect(senderFromLabel([at(0, 0, "Đơn vị: TRƯỜNG THCS XÃ QUÀI CANG")])).toBe("TRƯỜNG THCS XÃ QUÀI CANG");
    // "UBND" is dropped only in front
    expect(senderFromLabel([at(0, 0, "Đơn vị: Văn phòng HĐND và UBND huyện")])).toBe("Văn phòng HĐND và UBND huyện");
    // only the name's first words are the place's kind in lower case
    expect(senderFromLabel([at(0, 0, "Đơn vị: XÃ THÀNH PHỐ MỚI")])).toBe("Xã Thành Phố Mới");
  });

  test("a label with a space before its colon, or none after it; a label with nothing after it names nobody", () => {
    expect(senderFromLabel([at(0, 0, "Đơn vị : UBND xã Nà Hỳ")])).toBe("xã Nà Hỳ");
    expect(senderFromLabel([at(0, 0, "Đơn vị:Xã Nà Hỳ")])).toBe("Xã Nà Hỳ");
    expect(senderFromLabel([at(0, 0, "Đơn vị:   "), at(1, 0, "Địa bàn: Xã Nà Hỳ")])).toBe("Xã Nà Hỳ");
    // a label inside a sentence is not one
    expect(senderFromLabel([at(0, 0, "Ý kiến của đơn vị: đồng ý")])).toBeUndefined();
  });
});

describe("award, decision, kind, occasion and period from the title", () => {
  test("a title typed with double spaces reads the same", () => {
    expect(awardFromTitle(["Cá nhân được  tặng  Giấy khen của  Chủ tịch UBND huyện năm 2025"])).toBe("Giấy khen của Chủ tịch UBND huyện");
    expect(awardFromTitle(["Cá nhân được tặng Giấy khen\ncủa Chủ tịch UBND huyện"])).toBe("Giấy khen của Chủ tịch UBND huyện");
    expect(decisionFromTitle(["(Kèm theo Quyết định số 415/QĐ-UBND\nngày 20/8/2025 của Chủ tịch UBND xã)"])).toEqual({ number: "415/QĐ-UBND", date: "2025-08-20" });
    expect(decisionFromTitle(["(Kèm  theo  Quyết  định  số  415/QĐ-UBND  ngày 20/8/2025  của  Chủ tịch UBND xã)"])).toEqual({ number: "415/QĐ-UBND", date: "2025-08-20" });
    expect(decisionFromTitle(["Kèm theo Quyết định số:415/QĐ-UBND của Chủ tịch UBND xã"])).toEqual({ number: "415/QĐ-UBND" });
  });

  test("a decision without its number is none", () => {
    expect(decisionFromTitle(["(Kèm theo Quyết định ngày 20/8/2025 của Chủ tịch UBND xã)"])).toBeUndefined();
  });

  test("a group line numbered past 9, or lettered, states the kind", () => {
    expect(kindFromTitle(["12. Tập thể"])).toBe("collective");
    expect(kindFromTitle(["b) Cá nhân"])).toBe("individual");
  });

  test("the award the title states: the longest words the catalogue knows", () => {
    expect(awardFromTitle(["DANH SÁCH", "Cá nhân được tặng Giấy khen của Chủ tịch UBND huyện năm 2025"])).toBe("Giấy khen của Chủ tịch UBND huyện");
    expect(awardFromTitle(["được công nhận danh hiệu Lao động tiên tiến"])).toBe("Lao động tiên tiến");
    expect(awardFromTitle(["khen thưởng bằng Bằng khen của Chủ tịch UBND tỉnh"])).toBe("Bằng khen của Chủ tịch UBND tỉnh");
    expect(awardFromTitle(["được tặng quà"])).toBeUndefined();
    expect(awardFromTitle(["DANH SÁCH KHEN THƯỞNG"])).toBeUndefined();
  });

  test("the decision a list is attached to; none when the title names two", () => {
    expect(decisionFromTitle(["DANH SÁCH", "(Kèm theo Quyết định số 415/QĐ-UBND ngày 20/8/2025 của Chủ tịch UBND xã)"])).toEqual({ number: "415/QĐ-UBND", date: "2025-08-20" });
    expect(decisionFromTitle(["Kèm theo quyết định 415/QĐ-UBND"])).toEqual({ number: "415/QĐ-UBND" });
    expect(decisionFromTitle(["Kèm theo Quyết định số 1015/QĐ-UBND ngày 1/8/2025 và Quyết định số 1032/QĐ-UBND ngày 5/8/2025"])).toBeUndefined();
    expect(decisionFromTitle(["(Kèm theo Quyết định)"])).toBeUndefined();
    expect(decisionFromTitle(["Quyết định số 415/QĐ-UBND"])).toBeUndefined();
  });

  test("the kind a group line just above the header states, or the award line", () => {
    expect(kindFromTitle(["DANH SÁCH", "II. CÁ NHÂN"])).toBe("individual");
    expect(kindFromTitle(["1. Tập thể"])).toBe("collective");
    expect(kindFromTitle(["Danh sách hộ gia đình"])).toBe("household");
    expect(kindFromTitle(["Tập thể được tặng Giấy khen", "Năm 2025"])).toBe("collective");
    expect(kindFromTitle(["Tập thể, cá nhân được tặng Giấy khen"])).toBeUndefined();
    // the group line is not read when only the award line is asked for
    expect(kindFromTitle(["II. CÁ NHÂN"], true)).toBeUndefined();
    expect(kindFromTitle([])).toBeUndefined();
    expect(kindFromTitle(["Danh sách tập thể tiêu biểu"])).toBeUndefined();
  });

  test("the occasion: a school year with its campaign, a year-end review, else none", () => {
    expect(occasionFromTitle(["KHEN THƯỞNG NĂM HỌC 2020-2021"])).toEqual({ occasion: "regular", campaign: "Năm học 2020 - 2021" });
    expect(occasionFromTitle(["KHEN THƯỞNG NĂM HỌC"])).toEqual({ occasion: "regular" });
    expect(occasionFromTitle(["DANH SÁCH", "TỔNG KẾT NĂM 2024"])).toEqual({ occasion: "regular" });
    expect(occasionFromTitle(["KHEN THƯỞNG ĐỘT XUẤT"])).toEqual({});
  });

  test("the period: half-years, nine months, the first quarter, a year; a school year is no calendar year", () => {
    expect(periodFromTitle(["BÁO CÁO 9 THÁNG ĐẦU NĂM 2024"])).toEqual({ from: "2024-01-01", to: "2024-09-30" });
    expect(periodFromTitle(["BÁO CÁO CHÍN THÁNG NĂM 2024"])).toEqual({ from: "2024-01-01", to: "2024-09-30" });
    expect(periodFromTitle(["BÁO CÁO QUÝ I NĂM 2024"])).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(periodFromTitle(["BÁO CÁO QUÝ 1 NĂM 2024"])).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(periodFromTitle(["BÁO CÁO NĂM 2024"])).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    // each quarter in Roman or Arabic numerals is that quarter, not the year
    expect(periodFromTitle(["BÁO CÁO QUÝ II NĂM 2024"])).toEqual({ from: "2024-04-01", to: "2024-06-30" });
    expect(periodFromTitle(["Báo cáo quý 3 năm 2025"])).toEqual({ from: "2025-07-01", to: "2025-09-30" });
    expect(periodFromTitle(["BÁO CÁO QUÝ III NĂM 2025"])).toEqual({ from: "2025-07-01", to: "2025-09-30" });
    expect(periodFromTitle(["BÁO CÁO QUÝ IV NĂM 2025"])).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(periodFromTitle(["BÁO CÁO QUÝ 4 NĂM 2025"])).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(periodFromTitle(["BÁO CÁO QUÝ 2 NĂM 2024"])).toEqual({ from: "2024-04-01", to: "2024-06-30" });
    // "Quý V" is no quarter: the year is what the title says
    expect(periodFromTitle(["BÁO CÁO QUÝ V NĂM 2024"])).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(periodFromTitle(["NĂM HỌC 2023 - 2024", "NĂM 2024"])).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(periodFromTitle(["NĂM HỌC 2023 2024"])).toBeUndefined();
    // a half-year anywhere in the title wins over a year stated before it
    expect(periodFromTitle(["NĂM 2024", "6 THÁNG ĐẦU NĂM 2025"])).toEqual({ from: "2025-01-01", to: "2025-06-30" });
  });
});

describe("shared helpers", () => {
  test.each([
    ["Hướng dẫn", "instructions"],
    ["HDSD", "instructions"],
    ["Ghi chú cách nhập", "instructions"],
    ["Instruction", "instructions"],
    ["README", "instructions"],
    ["Đọc trước", "instructions"],
    ["Tra cứu", "lookup"],
    ["Lists", "lookup"],
    ["lookup_1", "lookup"],
    ["Mã", "lookup"],
    ["DM-DonVi", "lookup"],
    ["Huong__dan", "instructions"],
    ["List", "lookup"],
    ["Số liệu HD", undefined],
    ["Bảng kê mã", undefined],
    ["Hướng", undefined],
    ["Mầm non", undefined],
    ["Danh sách", undefined],
  ])("sheet %s is %s", (name, cls) => expect(sheetClassOf(name)).toBe(cls));

  test.each([
    ["A. TẬP THỂ", "collective"],
    ["II. Cá nhân", "individual"],
    ["Hộ gia đình", "household"],
    ["Tập thể, cá nhân", undefined],
    ["Cá nhân và hộ gia đình", "household"],
    ["Tập thể hộ gia đình", "household"],
    ["KHỐI ĐẢNG", undefined],
  ])("section %s gives %s", (text, kind) => expect(kindFromSection(text)).toBe(kind));

  test("a skipped row: 1-based, with its kind's reason; a kind without one names itself", () => {
    expect(skippedRow(4, "note")).toEqual({ row: 5, kind: "note", reason: { vi: "dòng ghi chú", en: "note row" } });
    expect(skippedRow(0, "values")).toEqual({ row: 1, kind: "values", reason: { vi: "dòng số liệu của biểu xoay (chỉ tiêu theo cột), đã đọc vào từng chỉ tiêu", en: "figure line of a transposed table (indicators across), read into each indicator" } });
    expect(skippedRow(0, "item")).toEqual({ row: 1, kind: "item", reason: { vi: "item", en: "item" } });
  });

  test("a row's name: one column, or 'Họ đệm' and 'Tên' joined (either may be blank); cells' spaces collapsed", () => {
    const g = gridFromRows([["Nguyễn  Văn", " An ", "Lê Thị Bình"], [null, "Cường", null]]);
    expect(nameAt(g, 0, { name: 2, familyName: 0, givenName: 1 })).toBe("Lê Thị Bình");
    expect(nameAt(g, 0, { familyName: 0, givenName: 1 })).toBe("Nguyễn Văn An");
    expect(nameAt(g, 1, { familyName: 0, givenName: 1 })).toBe("Cường");
    expect(nameAt(g, 1, {})).toBe("");
    expect(textAt(g, 0, undefined)).toBe("");
  });
});
