import { gridFromRows, type Cell } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";
import { readAwards } from "../../../src/core/records/awards";
import { readFigures } from "../../../src/core/records/figures";
import { readRegistry } from "../../../src/core/records/registry";
import { readSummaries } from "../../../src/core/records/summaries";
import { awardFromTitle, detectSender, occasionFromTitle, periodFromTitle, titleCells } from "../../../src/core/records/titles";
import { reportingUnits } from "../../../src/core/rules/rule";

const ctx = { file: "xa-tan-lap.xlsx", sheet: "Danh sách", sender: "Xã Tân Lập" };

describe("readAwards", () => {
  test("layout A: sections give the kind, the combined decision cell gives number and date, notes give the occasion", () => {
    const g = gridFromRows([
      ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định", "Ghi chú"],
      ["A", "TẬP THỂ"],
      [1, "Tổ bầu cử số 2 (bản Co Sáng)", "UBND xã Tân Lập", "Giấy khen của Chủ tịch UBND huyện", "QĐ số 705/QĐ-UBND ngày 24/05/2021", "Chuyên đề bầu cử"],
      ["B", "CÁ NHÂN"],
      [1, "Lường văn Thuỷ", "Công chức Tư pháp - Hộ tịch", "GK CT UBND huyện", "Số 97/QĐ-UBND ngày 21/1/2021", "Đột xuất"],
      [2, null, "Dân quân bản Co Sáng", "Giấy khen của Chủ tịch UBND huyện", "97/QĐ-UBND ngày 31/6/2021", "Đột xuất"],
    ]);
    const { records, findings, skipped } = readAwards(g, detectTables(g)[0], ctx);
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ name: "Tổ bầu cử số 2 (bản Co Sáng)", kind: "collective", kindSource: "section", decisionNumber: "705/QĐ-UBND", decisionDate: "2021-05-24", occasion: "thematic", sender: "Xã Tân Lập" });
    expect(records[0].ref).toEqual({ file: "xa-tan-lap.xlsx", sheet: "Danh sách", cell: "B3", row: 3 });
    expect(records[1]).toMatchObject({ name: "Lường văn Thuỷ", kind: "individual", awardId: records[0].awardId, decisionDate: "2021-01-21", occasion: "adhoc" });
    expect(records[1].awardId).toBeDefined();
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: "value-required", cell: "B6" }),
        expect.objectContaining({ rule: "date-invalid", cell: "E6" }),
      ]),
    );
    expect(skipped.map((s) => s.kind)).toEqual(["section", "section"]);
  });

  test("layout B: kind and occasion columns, date cells, number and date in their own columns", () => {
    const date: Cell = { t: "n", v: 44217, z: "dd/mm/yyyy", w: "21/01/2021" };
    const g = gridFromRows([
      ["STT", "Tên tập thể, cá nhân", "Đơn vị", "Danh hiệu/Hình thức", "Số QĐ", "Ngày QĐ", "Tập thể/Cá nhân", "Loại khen thưởng"],
      [1, "Đặng Trung Huy", "Xã Quài Tở", "Giấy khen Chủ tịch UBND huyện", "97/QĐ-UBND", date, "Cá nhân", "Đột xuất"],
      [2, "Ban Chỉ huy Quân sự xã", "UBND xã Quài Tở", "Bằng khen của Chủ tịch UBND tỉnh Điện Biên", "QĐ 705", "05/02/2021", "Tập thể", "Thường xuyên"],
    ]);
    const { records } = readAwards(g, detectTables(g)[0], ctx);
    expect(records[0]).toMatchObject({ kind: "individual", kindSource: "column", unit: "Xã Quài Tở", decisionNumber: "97/QĐ-UBND", decisionDate: "2021-01-21", occasion: "adhoc" });
    expect(records[1]).toMatchObject({ kind: "collective", decisionNumber: "QĐ 705", decisionDate: "2021-02-05", occasion: "regular" });
    expect(records[1].awardId).toBeDefined();
  });

  test("a list without an award column takes the award its title states", () => {
    const g = gridFromRows([["STT", "Họ và tên", "Số, ngày quyết định"], [1, "Nguyễn Văn An", "12/QĐ-UBND ngày 2/3/2025"]]);
    const { records } = readAwards(g, detectTables(g)[0], ctx, { titleAward: "Giấy khen của Chủ tịch UBND huyện" });
    expect(records[0]).toMatchObject({ awardText: "Giấy khen của Chủ tịch UBND huyện", awardFromTitle: true });
  });

  test("Họ đệm + Tên are joined into one name; birth dates are read", () => {
    const g = gridFromRows([["STT", "Họ đệm", "Tên", "Ngày sinh", "Danh hiệu"], [1, "Nguyễn Thị", "Hoa", "12/03/1985", "LĐTT"]]);
    const { records } = readAwards(g, detectTables(g)[0], ctx);
    expect(records[0]).toMatchObject({ name: "Nguyễn Thị Hoa", birthDate: "1985-03-12" });
  });
});

describe("readFigures", () => {
  test("sections, '-' children under their total, Vietnamese text numbers, percent as fraction, errors and text at their cells", () => {
    const g = gridFromRows([
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
      ["I", "KINH TẾ"],
      ["1", "Diện tích gieo trồng", "ha", null, { t: "s", v: "1.120,3", z: "@" }, null],
      ["2", "Tổng đàn gia súc", "con", null, { t: "n", v: 5632, f: "SUM(E5:E6)" }, null],
      ["-", "Trâu", "con", null, 5000, null],
      ["-", "Bò", "con", null, { t: "e", v: "#REF!" }, null],
      ["3", "Giải quyết việc làm", "lao động", 58, 30, { t: "n", v: 0.837, z: "0.0%" }],
      ["4", "Trồng rừng", "ha", null, "Không", null],
    ]);
    const { records, findings } = readFigures(g, detectTables(g)[0], ctx);
    expect(records.map((r) => r.indicator)).toEqual(["Diện tích gieo trồng", "Tổng đàn gia súc", "Trâu", "Bò", "Giải quyết việc làm", "Trồng rừng"]);
    expect(records[0]).toMatchObject({ section: "KINH TẾ", actual: 1120.3, measure: "ha" });
    expect(records[1]).toMatchObject({ hasChildren: true, actual: 5632, formulas: { actual: "SUM(E5:E6)" } });
    expect(records[2].parent).toBe(1);
    expect(records[3]).toMatchObject({ parent: 1, actual: null });
    expect(records[4]).toMatchObject({ plan: 58, actual: 30, percent: 83.7, percentDecimals: 1 });
    expect(findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["number-as-text@E3", "formula-error@E6", "value-not-number@E8"]);
  });
});

describe("readSummaries", () => {
  test("counts typed as text and the Cộng row", () => {
    const g = gridFromRows([
      ["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"],
      [1, "Danh hiệu Lao động tiên tiến", "56", "1.762"],
      [null, "Cộng", 56, 1762],
    ]);
    const { records } = readSummaries(g, detectTables(g)[0], ctx);
    expect(records[0]).toMatchObject({ collectives: 56, individuals: 1762, isTotal: false });
    expect(records[0].awardId).toBeDefined();
    expect(records[1]).toMatchObject({ isTotal: true, individuals: 1762 });
  });
});

describe("title block", () => {
  const g = gridFromRows([
    ["UBND HUYỆN MẪU SƠN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["UBND XÃ TÂN LẬP", null, null, "Độc lập - Tự do - Hạnh phúc"],
    [null, null, null, "Tân Lập, ngày 20 tháng 6 năm 2025"],
    ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN 6 THÁNG ĐẦU NĂM 2025"],
    ["STT", "Họ và tên", "Chức vụ", "Số, ngày quyết định", "Ghi chú"],
  ]);
  const cells = titleCells(g, 0, 4);
  const lines = cells.map((c) => c.text);

  test("the sender is the lowest line of the left block", () => {
    expect(detectSender(cells, 0, 4)).toBe("Xã Tân Lập");
    expect(detectSender(cells, 0, 4, [{ name: "Thị trấn Mẫu Sơn" }, { name: "Xã Tân Lập" }])).toBe("Xã Tân Lập");
  });

  test("a registry unit named by abbreviation in a one-line title", () => {
    const t = titleCells(gridFromRows([["DANH SÁCH KHEN THƯỞNG BAN CHQS HUYỆN MẪU SƠN NĂM 2025"]]), 0, 1);
    expect(detectSender(t, 0, 7, [{ name: "Công an huyện" }, { name: "Ban Chỉ huy Quân sự huyện" }])).toBe("Ban Chỉ huy Quân sự huyện");
  });

  test("award, period and occasion from the title", () => {
    expect(awardFromTitle(lines)).toBe("GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN");
    expect(periodFromTitle(lines)).toEqual({ from: "2025-01-01", to: "2025-06-30" });
    expect(periodFromTitle(["BÁO CÁO 6 THÁNG CUỐI NĂM 2024"])).toEqual({ from: "2024-07-01", to: "2024-12-31" });
    expect(occasionFromTitle(["DANH SÁCH ... NĂM HỌC 2020 - 2021"])).toEqual({ occasion: "regular", campaign: "Năm học 2020 - 2021" });
    expect(occasionFromTitle(lines)).toEqual({});
  });
});

describe("group headings", () => {
  test("a group heading naming a school is the unit of the rows below it", () => {
    const g = gridFromRows(
      [
        ["STT", "Họ và tên", "Chức vụ", "Danh hiệu"],
        ["I", "Trường Mầm non Hoa Ban"],
        [1, "Lò Thị Mai", "Giáo viên", "LĐTT"],
        ["II", "Trường Tiểu học số 1"],
        [1, "Quàng Văn An", "Giáo viên", "Chiến sĩ thi đua cơ sở"],
      ],
      { merges: ["B2:D2", "B4:D4"] },
    );
    const { records } = readAwards(g, detectTables(g)[0], ctx);
    expect(records.map((r) => r.unit)).toEqual(["Trường Mầm non Hoa Ban", "Trường Tiểu học số 1"]);
  });
});

describe("readRegistry", () => {
  test("a units sheet gives reporting units; a schools sheet gives schools, never 'Chưa gửi'", () => {
    const units = gridFromRows([["STT", "Tên đơn vị", "Loại"], [1, "Xã Tân Lập", "Xã"], [2, "Công an huyện", "Cơ quan"]]);
    const schools = gridFromRows([["STT", "Tên trường", "Cấp học"], [1, "Trường Mầm non Hoa Ban", "Mầm non"]]);
    const all = [...readRegistry(units, detectTables(units)[0]), ...readRegistry(schools, detectTables(schools)[0])];
    expect(all).toEqual([
      { name: "Xã Tân Lập", type: "Xã" },
      { name: "Công an huyện", type: "Cơ quan" },
      { name: "Trường Mầm non Hoa Ban", type: "Mầm non", school: true },
    ]);
    expect(reportingUnits(all).map((u: { name: string }) => u.name)).toEqual(["Xã Tân Lập", "Công an huyện"]);
  });
});
