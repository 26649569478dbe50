/**
 * The structural rules turn the reader's findings into issues: which findings each rule takes,
 * where the issue points (file, sheet, cell) and each message with its computed parts (issue 16).
 * The findings are shaped as src/core/records makes them.
 */
import type { Finding } from "../../../src/core/rules/rule";
import { STRUCTURAL_RULES } from "../../../src/core/rules/structural";
import { codeUnknown } from "../../../src/core/rules/structural/code-unknown";
import { fileUnreadable } from "../../../src/core/rules/structural/file-unreadable";
import { quote } from "../../../src/core/rules/structural/findings";
import { formulaError } from "../../../src/core/rules/structural/formula-error";
import { headerMissing } from "../../../src/core/rules/structural/header-missing";
import { fileReadWarning, rowsNotRead, sheetNoTable, tableEmpty } from "../../../src/core/rules/structural/notices";
import { numberAsText } from "../../../src/core/rules/structural/number-as-text";
import { textLegacyEncoding } from "../../../src/core/rules/structural/text-legacy-encoding";
import { valueNotNumber } from "../../../src/core/rules/structural/value-not-number";
import { valueRequired } from "../../../src/core/rules/structural/value-required";
import type { Rule } from "../../../src/core/rules/rule";
import { contextOf, sheetOf } from "./ruleTester";

/** The issues a rule makes of one sheet finding (file a.xlsx, sheet "DS"). */
const onSheet = (rule: Rule, ...findings: Finding[]) => {
  const s = sheetOf("a.xlsx", "DS");
  for (const f of findings) s.finding(f);
  return rule.check(contextOf({ name: "", sheets: [s] }));
};
/** The issues a rule makes of one file-level finding. */
const onFile = (rule: Rule, ...findings: Finding[]) => {
  const s = sheetOf("a.xlsx", "DS");
  s.fileFindings = findings;
  return rule.check(contextOf({ name: "", sheets: [s] }));
};

describe("structural rules: findings become issues", () => {
  it("each rule takes only its own findings, from every file and sheet, in order, naming each one's place", () => {
    const one = sheetOf("a.xlsx", "DS")
      .finding({ rule: "formula-error", cell: "E5", data: { value: "#REF!", column: "Thực hiện" } })
      .finding({ rule: "value-not-number", cell: "E6", data: { text: "Không", column: "Thực hiện" } });
    const two = sheetOf("a.xlsx", "KT-XH").finding({ rule: "formula-error", cell: "D7", data: { value: "#N/A", column: "Kế hoạch" } });
    const three = sheetOf("b.xlsx", "Sheet1").finding({ rule: "formula-error", cell: "C3", data: { value: "#DIV/0!", column: "Tỷ lệ" } });
    three.fileFindings = [{ rule: "value-not-number", data: { text: "x", column: "y" } }];
    const issues = formulaError.check(contextOf({ name: "", sheets: [one, two, three] }));
    expect(issues.map((i) => `${i.file}|${i.sheet}|${i.cell}`)).toEqual(["a.xlsx|DS|E5", "a.xlsx|KT-XH|D7", "b.xlsx|Sheet1|C3"]);
    expect(issues.every((i) => i.severity === undefined)).toBe(true);
  });

  it("a file-level finding names no sheet unless its data names one", () => {
    const [plain] = onFile(fileReadWarning, { rule: "file-read-warning", data: { vi: "Đuôi tệp là .xlsx nhưng tệp là .xls.", en: "The .xlsx file is really .xls." } });
    expect(plain).toEqual({ file: "a.xlsx", cell: undefined, message: { vi: "Đuôi tệp là .xlsx nhưng tệp là .xls.", en: "The .xlsx file is really .xls." } });
    expect("sheet" in plain).toBe(false);
    const [withSheet] = onFile(textLegacyEncoding, { rule: "text-legacy-encoding", data: { encoding: "vni", scope: "sheet", sheet: "DS 2", cells: 4, sample: "Nguyễn" } });
    expect(withSheet.sheet).toBe("DS 2");
    // a number in "sheet" is no sheet name
    const [numbered] = onFile(fileReadWarning, { rule: "file-read-warning", data: { vi: "x", en: "y", sheet: 3 } });
    expect("sheet" in numbered).toBe(false);
    // file-level findings of other rules are not taken
    expect(onFile(fileUnreadable, { rule: "file-read-warning", data: { vi: "x", en: "y" } })).toEqual([]);
  });

  it("the structural pack holds every structural rule once", () => {
    const ids = STRUCTURAL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(12);
    expect(ids).toEqual(
      expect.arrayContaining(["file-unreadable", "file-read-warning", "header-missing", "value-required", "value-not-number", "formula-error", "code-unknown", "text-legacy-encoding", "number-as-text", "sheet-no-table", "rows-not-read", "table-empty"]),
    );
  });

  it("quote: blank for null and undefined, a value up to 60 characters whole, a longer one cut to 57 and '...'", () => {
    expect(quote(null)).toBe('""');
    expect(quote(undefined)).toBe('""');
    expect(quote(0)).toBe('"0"');
    const sixty = "x".repeat(60);
    expect(quote(sixty)).toBe(`"${sixty}"`);
    expect(quote(sixty + "y")).toBe(`"${"x".repeat(57)}..."`);
  });

  it("file-unreadable: the reader's own message, at file level", () => {
    expect(onFile(fileUnreadable, { rule: "file-unreadable", data: { vi: "Tệp có mật khẩu.", en: "The file is password-protected." } })).toEqual([
      { file: "a.xlsx", cell: undefined, message: { vi: "Tệp có mật khẩu.", en: "The file is password-protected." } },
    ]);
  });

  it("formula-error names the cell, the column and the error value", () => {
    const [i] = onSheet(formulaError, { rule: "formula-error", cell: "E12", data: { value: "#REF!", column: "Thực hiện" } });
    expect(i).toEqual({
      file: "a.xlsx",
      sheet: "DS",
      cell: "E12",
      message: {
        vi: 'Ô E12 (cột "Thực hiện") có lỗi #REF!; giá trị này không được tính. Sửa công thức hoặc ghi số trực tiếp.',
        en: 'Cell E12 (column "Thực hiện") shows #REF!; it is not counted. Fix the formula or type the number.',
      },
    });
  });

  it("value-not-number quotes the text", () => {
    const [i] = onSheet(valueNotNumber, { rule: "value-not-number", cell: "D4", data: { text: "Không", column: "Cá nhân" } });
    expect(i.message).toEqual({
      vi: 'Ô D4 (cột "Cá nhân") ghi "Không", không phải là số; giá trị này không được cộng vào tổng hợp. Sửa thành số.',
      en: 'Cell D4 (column "Cá nhân") holds "Không", which is not a number; it is left out of the totals. Write a number.',
    });
    expect(i.cell).toBe("D4");
  });

  it("number-as-text shows the value read with a decimal comma in Vietnamese, and says when the form is ambiguous", () => {
    const [plain] = onSheet(numberAsText, { rule: "number-as-text", cell: "C9", data: { text: "11.120,3", value: 11120.3, ambiguous: 0 } });
    expect(plain.message).toEqual({
      vi: 'Ô C9 ghi số dạng chữ "11.120,3", đã đọc là 11120,3.',
      en: 'Cell C9 holds the number as text "11.120,3", read as 11120.3.',
    });
    const [ambiguous] = onSheet(numberAsText, { rule: "number-as-text", cell: "C10", data: { text: "5,125", value: 5.125, ambiguous: 1 } });
    expect(ambiguous.message).toEqual({
      vi: 'Ô C10 ghi số dạng chữ "5,125", đã đọc là 5,125 (cách viết này có thể hiểu hai nghĩa: hãy kiểm tra).',
      en: 'Cell C10 holds the number as text "5,125", read as 5.125 (this form is ambiguous: please check).',
    });
  });

  describe("value-required", () => {
    it("names what is missing by its kind, and the column", () => {
      const [i] = onSheet(valueRequired, { rule: "value-required", cell: "B7", data: { column: "Họ và tên", what: "name" } });
      expect(i).toEqual({
        file: "a.xlsx",
        sheet: "DS",
        cell: "B7",
        message: {
          vi: 'Ô B7 (cột "Họ và tên") để trống họ tên / tên tập thể, trong khi dòng này có dữ liệu. Điền họ tên / tên tập thể.',
          en: 'Cell B7 (column "Họ và tên") leaves the name blank on a row with data. Fill in the name.',
        },
      });
      const [award] = onSheet(valueRequired, { rule: "value-required", cell: "D7", data: { column: "Hình thức", what: "award" } });
      expect(award.message.en).toBe('Cell D7 (column "Hình thức") leaves the award blank on a row with data. Fill in the award.');
      const [given] = onSheet(valueRequired, { rule: "value-required", cell: "C8", data: { column: "Tên", what: "givenName" } });
      expect(given.message.vi).toBe(
        'Ô C8 (cột "Tên") để trống tên (họ tên tách hai cột, dòng là một cá nhân), trong khi dòng này có dữ liệu. Điền tên (họ tên tách hai cột, dòng là một cá nhân).',
      );
    });

    it("an unknown kind of value is named by its column", () => {
      const [i] = onSheet(valueRequired, { rule: "value-required", cell: "F2", data: { column: "Số QĐ", what: "decision" } });
      expect(i.message).toEqual({
        vi: 'Ô F2 (cột "Số QĐ") để trống Số QĐ, trong khi dòng này có dữ liệu. Điền Số QĐ.',
        en: 'Cell F2 (column "Số QĐ") leaves Số QĐ blank on a row with data. Fill in Số QĐ.',
      });
    });

    it("a blank award taken from the other rows of its decision says so", () => {
      const [i] = onSheet(valueRequired, {
        rule: "value-required",
        cell: "D9",
        data: { column: "Hình thức", what: "award", inferredAward: "Lao động tiên tiến", decision: "12/QĐ-UBND" },
      });
      expect(i.message).toEqual({
        vi: 'Ô D9 (cột "Hình thức") để trống hình thức khen thưởng, trong khi dòng này có dữ liệu. Đã tạm tính là "Lao động tiên tiến" vì mọi dòng khác của Quyết định 12/QĐ-UBND đều ghi hình thức này. Điền hình thức khen thưởng.',
        en: 'Cell D9 (column "Hình thức") leaves the award blank on a row with data. It was counted as "Lao động tiên tiến" because every other row of decision 12/QĐ-UBND names that award. Fill in the award.',
      });
    });
  });

  describe("header-missing", () => {
    it("a missing column is an error at the table, naming the header range", () => {
      const [i] = onSheet(headerMissing, { rule: "header-missing", cell: "A5", data: { header: "A5:F6", missingVi: "Hình thức khen thưởng", missingEn: "award" } });
      expect(i).toEqual({
        file: "a.xlsx",
        sheet: "DS",
        cell: "A5",
        message: {
          vi: 'Bảng (tiêu đề ở A5:F6) không có cột "Hình thức khen thưởng". Thêm cột này vào bảng.',
          en: 'The table (header at A5:F6) has no "Hình thức khen thưởng" column (award). Add the column to the table.',
        },
      });
    });

    it("rows counted from the title say which award", () => {
      const [i] = onSheet(headerMissing, {
        rule: "header-missing",
        cell: "A5",
        data: { header: "A5:F6", missingVi: "Hình thức khen thưởng", missingEn: "award", titleAward: "Lao động tiên tiến" },
      });
      expect(i.message).toEqual({
        vi: 'Bảng (tiêu đề ở A5:F6) không có cột "Hình thức khen thưởng". Đã tạm tính các dòng theo tiêu đề: "Lao động tiên tiến". Thêm cột này vào bảng.',
        en: 'The table (header at A5:F6) has no "Hình thức khen thưởng" column (award). Rows were counted from the title: "Lao động tiên tiến". Add the column to the table.',
      });
      expect(i.severity).toBeUndefined();
    });

    it("a column read from its contents is a warning at its header cell, with or without a header text", () => {
      const [named] = onSheet(headerMissing, {
        rule: "header-missing",
        cell: "D5",
        data: { header: "A5:F6", column: "D", headerText: "Ghi chú 2", inferredVi: "Hình thức khen thưởng", inferredEn: "award" },
      });
      expect(named).toEqual({
        file: "a.xlsx",
        sheet: "DS",
        cell: "D5",
        severity: "warning",
        message: {
          vi: 'Cột D có tiêu đề "Ghi chú 2" không nhận ra; đọc là "Hình thức khen thưởng" theo nội dung của cột. Kiểm tra lại và ghi đúng tiêu đề cột.',
          en: 'Column D\'s header "Ghi chú 2" is not recognised; it was read as "Hình thức khen thưởng" (award) from its contents. Check it and give the column its proper header.',
        },
      });
      const [blank] = onSheet(headerMissing, {
        rule: "header-missing",
        cell: "E5",
        data: { header: "A5:F6", column: "E", headerText: "", inferredVi: "Họ và tên", inferredEn: "name" },
      });
      expect(blank.severity).toBe("warning");
      expect(blank.message).toEqual({
        vi: 'Cột E không có tiêu đề; đọc là "Họ và tên" theo nội dung của cột. Kiểm tra lại và ghi tiêu đề cho cột.',
        en: 'Column E has no header; it was read as "Họ và tên" (name) from its contents. Check it and give the column a header.',
      });
    });
  });

  describe("code-unknown", () => {
    it("a column of codes no look-up holds: once, with the count", () => {
      const [i] = onSheet(codeUnknown, { rule: "code-unknown", cell: "D5", data: { code: "LD01", column: "Mã HT", lookup: "", count: 7 } });
      expect(i).toEqual({
        file: "a.xlsx",
        sheet: "DS",
        cell: "D5",
        message: {
          vi: 'Cột "Mã HT" ghi mã nhưng không sheet danh mục nào của tệp có các mã này (7 ô, ví dụ "LD01"), nên không đọc ra được tên; không đoán. Hình thức khen thưởng ghi bằng mã được tổng hợp riêng ở mục "Chưa xác định".',
          en: 'Column "Mã HT" holds codes that no look-up sheet of the workbook has (7 cells, e.g. "LD01"), so no name is known; nothing is guessed. Awards written as such codes are totalled apart on "Chưa xác định" lines.',
        },
      });
    });

    it("a code missing from a named look-up sheet names that sheet", () => {
      const [i] = onSheet(codeUnknown, { rule: "code-unknown", cell: "D9", data: { code: "X9", column: "Mã HT", lookup: "DANHMUC" } });
      expect(i.message).toEqual({
        vi: 'Ô D9 (cột "Mã HT"): mã "X9" không có trong danh mục ở sheet "DANHMUC"; không đoán, dòng này được tổng hợp riêng ở mục "Chưa xác định".',
        en: 'Cell D9 (column "Mã HT"): code "X9" is not in the look-up on sheet "DANHMUC"; nothing is guessed, the row is totalled apart on a "Chưa xác định" line.',
      });
    });

    it("a code missing from the built-in look-up names no sheet", () => {
      const [i] = onSheet(codeUnknown, { rule: "code-unknown", cell: "D10", data: { code: "X9", column: "Mã HT", lookup: "" } });
      expect(i.message).toEqual({
        vi: 'Ô D10 (cột "Mã HT"): mã "X9" không có trong sheet danh mục nào của tệp nên không đọc ra được tên; không đoán, dòng này được tổng hợp riêng ở mục "Chưa xác định".',
        en: 'Cell D10 (column "Mã HT"): code "X9" is in no look-up sheet of the workbook, so no name is known; nothing is guessed, the row is totalled apart on a "Chưa xác định" line.',
      });
    });
  });

  describe("text-legacy-encoding", () => {
    it("a whole file names the encoding, the count of cells and a sample", () => {
      const [i] = onFile(textLegacyEncoding, { rule: "text-legacy-encoding", data: { encoding: "tcvn3", cells: 120, sample: "Nguyễn Văn An" } });
      expect(i).toEqual({
        file: "a.xlsx",
        cell: undefined,
        message: {
          vi: "Toàn bộ tệp gõ bằng bảng mã TCVN3 (ABC, phông .VnTime); đã chuyển 120 ô sang Unicode để đọc (ví dụ Nguyễn Văn An).",
          en: "The whole file is in the TCVN3 (ABC, .VnTime fonts) encoding; 120 cells were converted to Unicode for reading (e.g. Nguyễn Văn An).",
        },
      });
    });

    it("one sheet, one column; an unknown encoding is named as given", () => {
      const [sheet] = onFile(textLegacyEncoding, { rule: "text-legacy-encoding", data: { encoding: "vni", scope: "sheet", sheet: "DS 2", cells: 4, sample: "Lò Thị Hoa" } });
      expect(sheet.message).toEqual({
        vi: 'Sheet "DS 2" gõ bằng bảng mã VNI-Windows (phông VNI-Times) trong khi các sheet khác là Unicode; đã chuyển 4 ô của sheet này sang Unicode để đọc (ví dụ Lò Thị Hoa).',
        en: 'Sheet "DS 2" is in the VNI-Windows (VNI-Times fonts) encoding while the other sheets are Unicode; its 4 cells were converted to Unicode for reading (e.g. Lò Thị Hoa).',
      });
      const [column] = onFile(textLegacyEncoding, { rule: "text-legacy-encoding", data: { encoding: "other", scope: "column", column: "C", sheet: "DS", cells: 2, sample: "Tổ 1" } });
      expect(column.message).toEqual({
        vi: 'Cột C của sheet "DS" gõ bằng bảng mã other trong khi phần còn lại là Unicode; đã chuyển 2 ô của cột này sang Unicode để đọc (ví dụ Tổ 1).',
        en: 'Column C of sheet "DS" is in the other encoding while the rest is Unicode; its 2 cells were converted to Unicode for reading (e.g. Tổ 1).',
      });
    });
  });

  describe("notices", () => {
    it("sheet-no-table counts the rows and says why", () => {
      const [i] = onSheet(sheetNoTable, { rule: "sheet-no-table", data: { sheet: "Ghi chú", rows: 14, whyVi: "không có dòng tiêu đề", whyEn: "no header row" } });
      expect(i).toEqual({
        file: "a.xlsx",
        sheet: "DS",
        cell: undefined,
        message: {
          vi: "Sheet 'Ghi chú': 14 dòng có dữ liệu không được đọc: không có dòng tiêu đề. Sheet này không được tính vào tổng hợp.",
          en: "Sheet 'Ghi chú': 14 rows with data not read: no header row. The sheet is not counted.",
        },
      });
    });

    it("rows-not-read lists the rows with the reason", () => {
      const [i] = onSheet(rowsNotRead, { rule: "rows-not-read", cell: "A20", data: { count: 3, reasonVi: "ngoài các cột của bảng", reasonEn: "outside the table's columns", rows: "20, 21, 25" } });
      expect(i.message).toEqual({
        vi: "3 dòng có dữ liệu không được đọc (ngoài các cột của bảng): dòng 20, 21, 25.",
        en: "3 rows with data not read (outside the table's columns): rows 20, 21, 25.",
      });
      expect(i.cell).toBe("A20");
    });

    it("table-empty names the header", () => {
      const [i] = onSheet(tableEmpty, { rule: "table-empty", cell: "A5", data: { header: "A5:F6" } });
      expect(i.message).toEqual({
        vi: "Bảng có tiêu đề ở A5:F6 nhưng không có dòng dữ liệu nào. Kiểm tra xem đơn vị có gửi nhầm mẫu trống không.",
        en: "The table with its header at A5:F6 has no data rows. Check whether the unit sent an empty template.",
      });
    });

    it("file-read-warning passes the reader's text through", () => {
      expect(onFile(fileReadWarning, { rule: "file-read-warning", data: { vi: "Đã bỏ 3 ký tự điều khiển.", en: "3 control characters removed." } })[0].message).toEqual({
        vi: "Đã bỏ 3 ký tự điều khiển.",
        en: "3 control characters removed.",
      });
    });
  });
});
