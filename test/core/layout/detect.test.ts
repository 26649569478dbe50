import { gridFromRows } from "../../../src/core/grid";
import { detectTables, isExampleMarker, isSignatureForm } from "../../../src/core/layout/detect";
import { sheetClassOf } from "../../../src/core/records/common";
import { headerRole } from "../../../src/core/layout/headers";

const TITLE = [
  ["UBND HUYỆN MẪU SƠN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["UBND XÃ TÂN LẬP", null, "Độc lập - Tự do - Hạnh phúc"],
  [],
];

describe("header roles", () => {
  test.each([
    ["Họ và tên", "name"],
    ["HO VA TEN", "name"],
    ["Tên tập thể, cá nhân", "name"],
    ["Tập thể/Cá nhân", "recipientKind"],
    ["Số, ngày QĐ", "decision"],
    ["Số QĐ", "decisionNumber"],
    ["Ngày QĐ", "decisionDate"],
    ["Kế hoạch năm 2021", "plan"],
    ["KH", "plan"],
    ["Thực hiện 6 tháng", "actual"],
    ["TY LE (%)", "percent"],
    ["Tỷ lệ (%) so với KH", "percent"],
    ["ĐVT", "measure"],
    ["Danh hiệu/Hình thức", "award"],
    ["Chức vụ, đơn vị công tác", "positionUnit"],
    ["Họ đệm", "familyName"],
  ])("%s -> %s", (text, role) => expect(headerRole(text)).toBe(role));

  test("words that are not headers", () => {
    expect(headerRole("Năm 2021")).toBeUndefined();
    expect(headerRole("Nguyễn Văn An")).toBeUndefined();
    expect(headerRole("Giấy khen của Chủ tịch UBND huyện")).toBeUndefined();
  });
});

describe("detectTables", () => {
  test("award list under a title block: sections set the rows apart, signature ends the table", () => {
    const g = gridFromRows([
      ...TITLE,
      ["DANH SÁCH KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2025"],
      ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định", "Ghi chú"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      ["A", "TẬP THỂ"],
      [1, "Công an xã Tân Lập", "UBND xã Tân Lập", "Giấy khen của Chủ tịch UBND huyện", "12/QĐ-UBND ngày 2/3/2025", "Đột xuất"],
      ["B", "CÁ NHÂN"],
      [1, "Nguyễn Văn An", "Chủ tịch UBND xã", "Giấy khen của Chủ tịch UBND huyện", "12/QĐ-UBND ngày 2/3/2025", ""],
      [null, "Cộng"],
      [],
      ["NGƯỜI LẬP BIỂU", null, "TM. ỦY BAN NHÂN DÂN"],
      [null, null, "CHỦ TỊCH"],
      ["Lò Văn Bình", null, "Cầm Văn Chung"],
    ], { merges: ["B8:F8", "B10:F10"] });
    const [t] = detectTables(g);
    expect(t.kind).toBe("awards");
    expect(t.headerTop).toBe(4);
    expect(t.columns).toMatchObject({ stt: 0, name: 1, positionUnit: 2, award: 3, decision: 4, note: 5 });
    const kinds = t.body.map((b) => b.kind);
    expect(kinds).toEqual(["numbering", "section", "item", "section", "item", "subtotal", "blank", "signature", "signature", "signature"]);
    expect(t.body[1].sectionText).toBe("TẬP THỂ");
  });

  test("a collective named 'Công an ...' is an item, not a 'Cộng' total row", () => {
    const g = gridFromRows([
      ["STT", "Tên tập thể, cá nhân", "Đơn vị", "Danh hiệu/Hình thức", "Số QĐ", "Ngày QĐ", "Tập thể/Cá nhân"],
      [1, "Công an xã Tân Lập", "Xã Tân Lập", "Giấy khen", "1/QĐ-UBND", "01/02/2025", "Tập thể"],
      [null, "Cộng:", null, null, null, null, null],
    ]);
    expect(detectTables(g)[0].body.map((b) => b.kind)).toEqual(["item", "subtotal"]);
  });

  test("two-row header with a merged year over Kế hoạch / Thực hiện / %", () => {
    const g = gridFromRows([
      ["STT", "Chỉ tiêu", "Năm 2025", null, null, "ĐVT", "Ghi chú"],
      [null, null, "Kế hoạch", "Thực hiện 6 tháng", "%", null, null],
      ["I", "LĨNH VỰC KINH TẾ"],
      ["1", "Tổng đàn gia súc", 10, 8, { t: "n", v: 0.8, z: "0.0%" }, "con"],
      ["-", "Trâu", null, 3, null, "con"],
    ], { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2"] });
    const [t] = detectTables(g);
    expect(t.kind).toBe("figures");
    expect([t.headerTop, t.headerBottom]).toEqual([0, 1]);
    expect(t.columns).toMatchObject({ stt: 0, indicator: 1, plan: 2, actual: 3, percent: 4, measure: 5, note: 6 });
    expect(t.body.map((b) => b.kind)).toEqual(["section", "item", "item"]);
  });

  test("a table starting in column C, after a blank first column", () => {
    const g = gridFromRows([
      [null, null, "STT", "CHI TIEU", "DVT", "KH", "TH", "TY LE (%)"],
      [null, null, "1", "Giải quyết việc làm", "lao động", 100, 50, 50],
    ]);
    const [t] = detectTables(g);
    expect(t.kind).toBe("figures");
    expect(t.firstCol).toBe(2);
    expect(t.columns).toMatchObject({ stt: 2, indicator: 3, measure: 4, plan: 5, actual: 6, percent: 7 });
  });

  test("two stacked tables in one sheet", () => {
    const g = gridFromRows([
      ["DANH SÁCH KHEN THƯỞNG"],
      ["STT", "Họ và tên", "Hình thức khen thưởng", "Số, ngày QĐ"],
      [1, "Nguyễn Văn An", "Giấy khen", "1/QĐ-UBND ngày 2/3/2025"],
      [],
      ["TỔNG HỢP"],
      ["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"],
      [1, "Giấy khen", 0, 1],
      [null, "Cộng", 0, 1],
    ]);
    const tables = detectTables(g);
    expect(tables.map((t) => t.kind)).toEqual(["awards", "award-summary"]);
    expect(tables[1].titleLines).toContain("TỔNG HỢP");
    expect(tables[1].body.map((b) => b.kind)).toEqual(["item", "subtotal"]);
  });

  test("a header repeated where a printed list spans pages is skipped, not a new table", () => {
    const header = ["STT", "Họ và tên", "Ngày sinh", "Trường", "Danh hiệu"];
    const g = gridFromRows([header, [1, "Nguyễn Văn An", "01/02/1980", "Trường Tiểu học A", "LĐTT"], header, [2, "Lê Thị Bình", "03/04/1985", "Trường Tiểu học A", "LĐTT"]]);
    const tables = detectTables(g);
    expect(tables).toHaveLength(1);
    expect(tables[0].body.map((b) => b.kind)).toEqual(["item", "header", "item"]);
  });

  test("Họ đệm + Tên split into two columns", () => {
    const g = gridFromRows([["STT", "Họ đệm", "Tên", "Danh hiệu"], [1, "Nguyễn Văn", "An", "Lao động tiên tiến"]]);
    const [t] = detectTables(g);
    expect(t.kind).toBe("awards");
    expect(t.columns).toMatchObject({ familyName: 1, givenName: 2, award: 3 });
  });

  test("a sheet with no table", () => {
    expect(detectTables(gridFromRows([["BÁO CÁO"], ["Nội dung báo cáo ..."]]))).toEqual([]);
  });
});

describe("wider headers and group headings", () => {
  test("a header with many columns the engine does not use (giới tính, dân tộc, thành tích) is still a header", () => {
    const g = gridFromRows([
      ["STT", "Họ và tên", "Giới tính", "Dân tộc", "Năm sinh", "Trình độ", "Tóm tắt thành tích", "Hình thức khen thưởng"],
      [1, "Lò Thị Mai", "Nữ", "Thái", 1985, "Đại học", "Hoàn thành xuất sắc nhiệm vụ", "Giấy khen"],
    ]);
    const [t] = detectTables(g);
    expect(t.kind).toBe("awards");
    expect(t.columns).toMatchObject({ stt: 0, name: 1, birthDate: 4, award: 7 });
  });

  test("a numbered group heading merged across the row is a section, not an award row", () => {
    const g = gridFromRows(
      [
        ["STT", "Họ và tên", "Chức vụ", "Danh hiệu"],
        ["1", "Trường Mầm non Hoa Ban"],
        [1, "Lò Thị Mai", "Giáo viên", "LĐTT"],
        [2, "Quàng Văn An", null, null],
      ],
      { merges: ["B2:D2"] },
    );
    const [t] = detectTables(g);
    expect(t.body.map((b) => b.kind)).toEqual(["section", "item", "item"]);
  });
});

describe("signature form and job titles", () => {
  test.each([
    ["Người lập biểu", true],
    ["TM. ỦY BAN NHÂN DÂN", true],
    ["KT. CHỦ TỊCH", true],
    ["(Ký, ghi rõ họ tên)", true],
    ["Thủ trưởng đơn vị", true],
    ["Giám đốc", false],
    ["CHỦ TỊCH", false],
    ["Trưởng phòng", false],
  ])("%s is the form of a signature block: %s", (text, form) => expect(isSignatureForm(text)).toBe(form));
});

describe("example rows and sheets that are not data", () => {
  test.each([
    ["VD:", true],
    ["Ví dụ: Nguyễn Văn A", true],
    ["(Ví dụ)", true],
    ["Mẫu", true],
    ["Mẫu: 01/QĐ-UBND", true],
    ["Mẫu Sơn", false],
    ["Vũ Đình Dũng", false],
  ])("%s marks an example row: %s", (text, example) => expect(isExampleMarker(text)).toBe(example));

  test.each([
    ["Hướng dẫn", "instructions"],
    ["HD nhap lieu", "instructions"],
    ["DANHMUC", "lookup"],
    ["Danh mục", "lookup"],
    ["DM_HinhThuc", "lookup"],
    ["Danh sách", undefined],
    ["DS khen thưởng", undefined],
  ])("sheet %s is %s", (name, cls) => expect(sheetClassOf(name)).toBe(cls));
});
