/**
 * Rule messages with computed parts (kind words, joined lists, plural forms, decimals, optional
 * clauses, the label of an untitled total), each template in full in both languages: the texts
 * live in each rule's `meta.messages` (issue 12 item 4) and these pin how the parts are filled.
 */
import { parseLocalCatalogue, useCatalogue } from "../../../src/core/domain/awards";
import { ALL_RULES } from "../../../src/core/engine";
import { TdktError } from "../../../src/core/errors";
import type { CheckOptions } from "../../../src/core/rules/rule";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

const messages = (id: string, sheets: SheetBuilder[], options: CheckOptions = {}) =>
  ALL_RULES.find((r) => r.meta.id === id)!.check(contextOf({ name: "", sheets, options })).map((i) => i.message);
const GK = "Giấy khen của Chủ tịch UBND huyện";

describe("recipient-kind-mismatch", () => {
  it("names the award's kinds and the row's kind in words; a blank name is said", () => {
    expect(messages("recipient-kind-mismatch", [sheetOf("a.xlsx").award({ name: "", awardText: "Tập thể lao động tiên tiến", kind: "individual", kindSource: "column" })])).toEqual([
      {
        vi: '"Tập thể lao động tiên tiến" chỉ dành cho tập thể, nhưng "(trống)" được ghi là cá nhân. Sửa lại danh hiệu hoặc đối tượng.',
        en: '"Tập thể lao động tiên tiến" is for collective recipients only, but "(blank)" is listed as individual. Correct the award or the recipient kind.',
      },
    ]);
  });
  it("a person in the collectives section, with the position; a person marked Tập thể in a column", () => {
    const section = sheetOf("a.xlsx").award({ name: "Lò Văn Hùng", position: "Chủ tịch UBND xã", awardText: GK, kind: "collective", kindSource: "section" });
    expect(messages("recipient-kind-mismatch", [section])).toEqual([
      {
        vi: '"Lò Văn Hùng" (Chủ tịch UBND xã) là tên một cá nhân nhưng nằm trong mục TẬP THỂ. Chuyển sang mục CÁ NHÂN nếu đúng là cá nhân.',
        en: '"Lò Văn Hùng" (Chủ tịch UBND xã) is a person\'s name but is listed under TẬP THỂ (collectives). Move it to CÁ NHÂN (individuals) if it is a person.',
      },
    ]);
    const column = sheetOf("a.xlsx").award({ name: "Cầm Văn Xiêng", awardText: GK, kind: "collective", kindSource: "column" });
    expect(messages("recipient-kind-mismatch", [column])).toEqual([
      {
        vi: '"Cầm Văn Xiêng" là tên một cá nhân nhưng được ghi là "Tập thể". Sửa thành "Cá nhân" nếu đúng là cá nhân.',
        en: '"Cầm Văn Xiêng" is a person\'s name but is marked "Tập thể" (collective). Change it to "Cá nhân" if it is a person.',
      },
    ]);
  });
  it("the user's decision names the kind", () => {
    expect(messages("recipient-kind-mismatch", [sheetOf("a.xlsx").award({ name: "Lò Văn Hùng", awardText: GK, kind: "household", kindSource: "user" })])).toEqual([
      { vi: 'Người dùng đã xác định "Lò Văn Hùng" là hộ gia đình.', en: 'The user settled "Lò Văn Hùng" as household.' },
    ]);
  });
});

describe("award-duplicate and award-prerequisite", () => {
  it("where the first row is: a row of the same file, or another file's cell", () => {
    const same = sheetOf("a.xlsx", "DS", "UBND xã A").award({ name: "Lò Văn A", awardText: "LĐTT" }).award({ name: "Lò Văn A", awardText: "LĐTT" });
    expect(messages("award-duplicate", [same])).toEqual([
      {
        vi: '"Lò Văn A" được "Lao động tiên tiến" hai lần: đã có ở dòng 10. Xóa dòng trùng hoặc ghi rõ nếu là hai người khác nhau.',
        en: '"Lò Văn A" receives "Lao động tiên tiến" twice: already at row 10. Delete the duplicate or tell the two apart.',
      },
    ]);
    const other = [sheetOf("a.xlsx", "DS", "UBND xã A").award({ name: "Lò Văn A", awardText: "LĐTT" }), sheetOf("b.xlsx", "DS", "UBND xã A").award({ name: "Lò Văn A", awardText: "LĐTT" })];
    expect(messages("award-duplicate", other)[0].en).toBe('"Lò Văn A" receives "Lao động tiên tiến" twice: already at file a.xlsx (DS!B10). Delete the duplicate or tell the two apart.');
    expect(messages("award-duplicate", other)[0].vi).toBe('"Lò Văn A" được "Lao động tiên tiến" hai lần: đã có ở tệp a.xlsx (DS!B10). Xóa dòng trùng hoặc ghi rõ nếu là hai người khác nhau.');
  });
  it("a CSTĐCS without LĐTT, with and without the unit", () => {
    expect(messages("award-prerequisite", [sheetOf("a.xlsx").award({ name: "Lò Văn A", unit: "Trường Tiểu học số 1", awardText: "CSTĐCS" })])).toEqual([
      {
        vi: '"Lò Văn A" (Trường Tiểu học số 1) được Chiến sĩ thi đua cơ sở nhưng không có dòng Lao động tiên tiến cùng kỳ. Bổ sung danh hiệu Lao động tiên tiến hoặc xem lại đề nghị.',
        en: '"Lò Văn A" (Trường Tiểu học số 1) is a Chiến sĩ thi đua cơ sở without a Lao động tiên tiến row for the same period. Add the Lao động tiên tiến title or review the proposal.',
      },
    ]);
    expect(messages("award-prerequisite", [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: "CSTĐCS" })])[0].vi).toBe(
      '"Lò Văn A" được Chiến sĩ thi đua cơ sở nhưng không có dòng Lao động tiên tiến cùng kỳ. Bổ sung danh hiệu Lao động tiên tiến hoặc xem lại đề nghị.',
    );
  });
});

describe("award-ratio", () => {
  it("percents with one decimal, in each language's decimal mark", () => {
    const s = sheetOf("a.xlsx", "DS", "Trường Tiểu học số 1");
    for (const n of "ABCDE") s.award({ name: `Người ${n}`, awardText: "Lao động tiên tiến", decisionDate: "2022-05-01" });
    s.award({ name: "Người A", awardText: "Chiến sĩ thi đua cơ sở", decisionDate: "2022-05-01" });
    expect(messages("award-ratio", [s])).toEqual([
      {
        vi: "Trường Tiểu học số 1: 1 Chiến sĩ thi đua cơ sở / 5 Lao động tiên tiến = 20,0%, vượt mức 15,0%. Xem lại danh sách đề nghị của đơn vị.",
        en: "Trường Tiểu học số 1: 1 Chiến sĩ thi đua cơ sở / 5 Lao động tiên tiến = 20.0%, above the 15.0% cap. Review the unit's proposals.",
      },
    ]);
  });
});

describe("award-unknown", () => {
  it("what is missing, the suggestion and how the row is counted", () => {
    const s = sheetOf("a.xlsx")
      .award({ name: "A", awardText: "Bằng khen" })
      .award({ name: "B", awardText: "Lao đông tiến tiến" })
      .award({ name: "C", awardText: "Bằng khen cuả Chủ tịch UBND huyện" });
    expect(messages("award-unknown", [s])).toEqual([
      {
        vi: '"Bằng khen" không ghi cấp khen (ai tặng), nên chưa xác định được là mục nào trong danh mục. Dòng này được tổng hợp riêng ở mục "Chưa xác định".',
        en: '"Bằng khen" does not say who granted it, so it matches no single catalogue entry. The row is totalled apart, on a "Chưa xác định" line.',
      },
      {
        vi: '"Lao đông tiến tiến" không có trong danh mục danh hiệu, hình thức khen thưởng. Có phải "Lao động tiên tiến"? Sửa lại cho đúng tên chính thức. Dòng này được tính vào danh hiệu gợi ý (chỉ khác chính tả).',
        en: '"Lao đông tiến tiến" is not a known award. Did you mean "Lao động tiên tiến"? Write the official name. The row is counted under the suggested award (a spelling slip only).',
      },
      {
        vi: '"Bằng khen cuả Chủ tịch UBND huyện" không có trong danh mục danh hiệu, hình thức khen thưởng. Có phải "Giấy khen của Chủ tịch UBND huyện"? Sửa lại cho đúng tên chính thức. Dòng này được tổng hợp riêng ở mục "Chưa xác định".',
        en: '"Bằng khen cuả Chủ tịch UBND huyện" is not a known award. Did you mean "Giấy khen của Chủ tịch UBND huyện"? Write the official name. The row is totalled apart, on a "Chưa xác định" line.',
      },
    ]);
  });
  it("a province's own entry: its rows counted, '1 row' / '2 rows' in English", () => {
    useCatalogue(parseLocalCatalogue([{ id: "huy-hieu-ban", name: "Huy hiệu Vì sự nghiệp phát triển bản", family: "huy-hieu", recipients: ["individual"] }]));
    try {
      const row = (s: SheetBuilder, name: string) => s.award({ name, awardText: "Huy hiệu Vì sự nghiệp phát triển bản", awardId: "huy-hieu-ban" });
      expect(messages("award-unknown", [row(sheetOf("a.xlsx"), "A")])).toEqual([
        {
          vi: '"Huy hiệu Vì sự nghiệp phát triển bản" (1 dòng) được xác định theo danh mục riêng của tỉnh do người dùng cung cấp, không phải danh mục theo Luật Thi đua, khen thưởng.',
          en: '"Huy hiệu Vì sự nghiệp phát triển bản" (1 row) is settled by the province\'s own catalogue the user gave, not by the catalogue of the TĐKT law.',
        },
      ]);
      expect(messages("award-unknown", [row(row(sheetOf("a.xlsx"), "A"), "B")])[0].en).toContain("(2 rows)");
    } finally {
      useCatalogue([]);
    }
  });
  it("a local catalogue's errors are in both languages", () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof TdktError ? e.text : e;
      }
      return undefined;
    };
    expect(error(() => parseLocalCatalogue({}))).toEqual({ vi: "Tệp danh mục phải chứa một mảng JSON các mục", en: "The catalogue file must hold a JSON array of entries" });
    expect(error(() => parseLocalCatalogue([{ id: "x", name: "X", family: "huy-hieu" }]))).toEqual({ vi: 'Mục 1: thiếu "recipients"', en: 'Entry 1: "recipients" is missing' });
    expect(error(() => useCatalogue(parseLocalCatalogue([{ id: "ldtt", name: "X", family: "huy-hieu", recipients: ["individual"] }])))).toEqual({
      vi: 'Mã danh hiệu "ldtt" trùng với mã có sẵn trong danh mục',
      en: 'Catalogue id "ldtt" is a built-in id',
    });
  });
});

describe("dates and issuers", () => {
  it("why a date is not a date, when it can be said", () => {
    const s = sheetOf("a.xlsx")
      .finding({ rule: "date-invalid", cell: "F3", data: { text: "31/6/2021" } })
      .finding({ rule: "date-invalid", cell: "F4", data: { text: "12/13/2021" } })
      .finding({ rule: "date-invalid", cell: "F5", data: { text: "ngày rằm" } });
    expect(messages("date-invalid", [s])).toEqual([
      {
        vi: 'Ngày quyết định "31/6/2021" không có thật (tháng 6/2021 chỉ có 30 ngày). Ghi lại đúng ngày theo quyết định (dd/mm/yyyy).',
        en: 'Decision date "31/6/2021" does not exist (month 6/2021 has only 30 days). Write the decision\'s real date (dd/mm/yyyy).',
      },
      {
        vi: 'Ngày quyết định "12/13/2021" không có thật (không có tháng 13). Ghi lại đúng ngày theo quyết định (dd/mm/yyyy).',
        en: 'Decision date "12/13/2021" does not exist (there is no month 13). Write the decision\'s real date (dd/mm/yyyy).',
      },
      {
        vi: 'Ngày quyết định "ngày rằm" không có thật. Ghi lại đúng ngày theo quyết định (dd/mm/yyyy).',
        en: 'Decision date "ngày rằm" does not exist. Write the decision\'s real date (dd/mm/yyyy).',
      },
    ]);
  });
  it("the period as dd/mm/yyyy in both languages", () => {
    const s = sheetOf("a.xlsx").award({ name: "A", awardText: "LĐTT", decisionDate: "2020-12-31" });
    expect(messages("date-out-of-period", [s], { period: { from: "2021-01-01", to: "2021-06-30" } })).toEqual([
      {
        vi: "Quyết định ngày 31/12/2020 nằm ngoài kỳ báo cáo 01/01/2021 - 30/06/2021. Bỏ dòng này khỏi báo cáo kỳ này hoặc sửa lại ngày.",
        en: "Decision dated 31/12/2020 is outside the reporting period 01/01/2021 - 30/06/2021. Remove the row from this report or correct the date.",
      },
    ]);
  });
  it("an issuer without the power: the basis when the award itself had ended; a power only inferred says so", () => {
    const ended = sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: "Giấy khen của Chủ tịch UBND huyện Tuần Giáo", decisionDate: "2025-07-01" });
    expect(messages("issuer-authority", [ended])).toEqual([
      {
        vi: 'Chủ tịch UBND huyện không có thẩm quyền tặng "Giấy khen của Chủ tịch UBND huyện" vào ngày 01/07/2025 (NĐ 129/2025/NĐ-CP: cấp huyện kết thúc hoạt động từ 01/7/2025). Kiểm tra lại cấp khen và ngày quyết định.',
        en: 'the Chairman of the District People\'s Committee could not grant "Giấy khen của Chủ tịch UBND huyện" on 01/07/2025 (NĐ 129/2025/NĐ-CP: cấp huyện kết thúc hoạt động từ 01/7/2025). Check the issuing level and the decision date.',
      },
    ]);
    const inferred = messages("issuer-authority", [sheetOf("a.xlsx").award({ name: "Lò Văn A", awardText: "Chiến sĩ tiên tiến do Chủ tịch UBND xã tặng", decisionDate: "2024-03-01" })]);
    expect(inferred).toHaveLength(1);
    expect(inferred[0].vi).toMatch(/^Chủ tịch UBND xã không có thẩm quyền tặng "Chiến sĩ tiên tiến" vào ngày 01\/03\/2024\. Kiểm tra lại cấp khen và ngày quyết định\. Chỉ là cảnh báo: thẩm quyền này chưa được xác nhận trong văn bản \(.+\)\.$/);
    expect(inferred[0].en).toMatch(/^the Chairman of the Commune People's Committee could not grant "Chiến sĩ tiên tiến" on 01\/03\/2024\. Check the issuing level and the decision date\. A warning only: this power is not confirmed in the legal text \(.+\)\.$/);
  });
});

describe("total-mismatch", () => {
  it("an untitled total is 'Cộng' in both languages; the column in words; numbers grouped per language", () => {
    const s = sheetOf("a.xlsx", "TH").summary({ awardText: "LĐTT", collectives: 1, individuals: 1500 }).summary({ awardText: "", collectives: 2, individuals: 1500, isTotal: true });
    expect(messages("total-mismatch", [s])).toEqual([
      {
        vi: "Cộng (Tập thể): dòng tổng ghi 2 nhưng cộng các dòng con được 1 (chênh 1). Kiểm tra lại số liệu.",
        en: "Cộng (Collectives): the total says 2 but its items add up to 1 (difference 1). Check the figures.",
      },
    ]);
    const f = sheetOf("a.xlsx", "KT-XH").figure({ indicator: "Tổng đàn gia súc", actual: 5632 }).figure({ indicator: "Trâu", actual: 5623, parent: 0 });
    expect(messages("total-mismatch", [f])).toEqual([
      {
        vi: "Tổng đàn gia súc (Thực hiện): dòng tổng ghi 5.632 nhưng cộng các dòng con được 5.623 (chênh 9). Kiểm tra lại số liệu.",
        en: "Tổng đàn gia súc (Actual): the total says 5,632 but its items add up to 5,623 (difference 9). Check the figures.",
      },
    ]);
  });
});

describe("structural rules", () => {
  it("header-missing: the column's English meaning only in English", () => {
    const s = sheetOf("a.xlsx")
      .finding({ rule: "header-missing", cell: "D5", data: { column: "D", headerText: "Ghi chú 2", inferredVi: "Hình thức khen thưởng", inferredEn: "award" } })
      .finding({ rule: "header-missing", cell: "D5", data: { column: "D", inferredVi: "Hình thức khen thưởng", inferredEn: "award" } })
      .finding({ rule: "header-missing", data: { header: "A5:F5", missingVi: "Hình thức khen thưởng", missingEn: "award", titleAward: "Giấy khen" } })
      .finding({ rule: "header-missing", data: { header: "A5:F5", missingVi: "Thực hiện", missingEn: "actual" } });
    expect(messages("header-missing", [s])).toEqual([
      {
        vi: 'Cột D có tiêu đề "Ghi chú 2" không nhận ra; đọc là "Hình thức khen thưởng" theo nội dung của cột. Kiểm tra lại và ghi đúng tiêu đề cột.',
        en: 'Column D\'s header "Ghi chú 2" is not recognised; it was read as "Hình thức khen thưởng" (award) from its contents. Check it and give the column its proper header.',
      },
      {
        vi: 'Cột D không có tiêu đề; đọc là "Hình thức khen thưởng" theo nội dung của cột. Kiểm tra lại và ghi tiêu đề cho cột.',
        en: 'Column D has no header; it was read as "Hình thức khen thưởng" (award) from its contents. Check it and give the column a header.',
      },
      {
        vi: 'Bảng (tiêu đề ở A5:F5) không có cột "Hình thức khen thưởng". Đã tạm tính các dòng theo tiêu đề: "Giấy khen". Thêm cột này vào bảng.',
        en: 'The table (header at A5:F5) has no "Hình thức khen thưởng" column (award). Rows were counted from the title: "Giấy khen". Add the column to the table.',
      },
      {
        vi: 'Bảng (tiêu đề ở A5:F5) không có cột "Thực hiện". Thêm cột này vào bảng.',
        en: 'The table (header at A5:F5) has no "Thực hiện" column (actual). Add the column to the table.',
      },
    ]);
  });
  it("value-required: what is missing in words, and the award assumed from the decision", () => {
    const s = sheetOf("a.xlsx")
      .finding({ rule: "value-required", cell: "D7", data: { column: "Hình thức", what: "award", inferredAward: "Giấy khen", decision: "705/QĐ-UBND" } })
      .finding({ rule: "value-required", cell: "B7", data: { column: "Họ tên", what: "name" } })
      .finding({ rule: "value-required", cell: "C7", data: { column: "Ghi chú" } });
    expect(messages("value-required", [s])).toEqual([
      {
        vi: 'Ô D7 (cột "Hình thức") để trống hình thức khen thưởng, trong khi dòng này có dữ liệu. Đã tạm tính là "Giấy khen" vì mọi dòng khác của Quyết định 705/QĐ-UBND đều ghi hình thức này. Điền hình thức khen thưởng.',
        en: 'Cell D7 (column "Hình thức") leaves the award blank on a row with data. It was counted as "Giấy khen" because every other row of decision 705/QĐ-UBND names that award. Fill in the award.',
      },
      {
        vi: 'Ô B7 (cột "Họ tên") để trống họ tên / tên tập thể, trong khi dòng này có dữ liệu. Điền họ tên / tên tập thể.',
        en: 'Cell B7 (column "Họ tên") leaves the name blank on a row with data. Fill in the name.',
      },
      {
        vi: 'Ô C7 (cột "Ghi chú") để trống Ghi chú, trong khi dòng này có dữ liệu. Điền Ghi chú.',
        en: 'Cell C7 (column "Ghi chú") leaves Ghi chú blank on a row with data. Fill in Ghi chú.',
      },
    ]);
  });
  it("number-as-text: the value read with the language's decimal mark", () => {
    const s = sheetOf("a.xlsx")
      .finding({ rule: "number-as-text", cell: "D7", data: { text: "5,125", value: 5.125, ambiguous: 1 } })
      .finding({ rule: "number-as-text", cell: "E10", data: { text: "1.120,3", value: 1120.3 } });
    expect(messages("number-as-text", [s])).toEqual([
      {
        vi: 'Ô D7 ghi số dạng chữ "5,125", đã đọc là 5,125 (cách viết này có thể hiểu hai nghĩa: hãy kiểm tra).',
        en: 'Cell D7 holds the number as text "5,125", read as 5.125 (this form is ambiguous: please check).',
      },
      { vi: 'Ô E10 ghi số dạng chữ "1.120,3", đã đọc là 1120,3.', en: 'Cell E10 holds the number as text "1.120,3", read as 1120.3.' },
    ]);
  });
  it("text-legacy-encoding: the encoding's name in each language", () => {
    const s = sheetOf("a.xlsx")
      .finding({ rule: "text-legacy-encoding", data: { encoding: "tcvn3", scope: "column", column: "C", sheet: "DS", cells: 12, sample: '"Lß" → "Lò"' } })
      .finding({ rule: "text-legacy-encoding", data: { encoding: "vni", scope: "file", cells: 3, sample: '"x"' } });
    expect(messages("text-legacy-encoding", [s])).toEqual([
      {
        vi: 'Cột C của sheet "DS" gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) trong khi phần còn lại là Unicode; đã chuyển 12 ô của cột này sang Unicode để đọc (ví dụ "Lß" → "Lò").',
        en: 'Column C of sheet "DS" is in the TCVN3 (ABC, .VnTime fonts) encoding while the rest is Unicode; its 12 cells were converted to Unicode for reading (e.g. "Lß" → "Lò").',
      },
      {
        vi: 'Toàn bộ tệp gõ bằng bảng mã VNI-Windows (phông VNI-Times); đã chuyển 3 ô sang Unicode để đọc (ví dụ "x").',
        en: 'The whole file is in the VNI-Windows (VNI-Times fonts) encoding; 3 cells were converted to Unicode for reading (e.g. "x").',
      },
    ]);
  });
  it("rows not read: 'row' / 'rows' by count in English", () => {
    const one = sheetOf("a.xlsx").finding({ rule: "rows-not-read", data: { count: 1, rows: "12", reasonVi: "dòng lẻ", reasonEn: "stray row" } });
    expect(messages("rows-not-read", [one])).toEqual([{ vi: "1 dòng có dữ liệu không được đọc (dòng lẻ): dòng 12.", en: "1 row with data not read (stray row): row 12." }]);
    const two = sheetOf("a.xlsx").finding({ rule: "rows-not-read", data: { count: 2, rows: "12, 14", reasonVi: "dòng lẻ", reasonEn: "stray rows" } });
    expect(messages("rows-not-read", [two])[0].en).toBe("2 rows with data not read (stray rows): rows 12, 14.");
    const sheet = sheetOf("a.xlsx").finding({ rule: "sheet-no-table", data: { sheet: "Ghi chú", rows: 3, whyVi: "không có tiêu đề", whyEn: "no header" } });
    expect(messages("sheet-no-table", [sheet])).toEqual([
      {
        vi: "Sheet 'Ghi chú': 3 dòng có dữ liệu không được đọc: không có tiêu đề. Sheet này không được tính vào tổng hợp.",
        en: "Sheet 'Ghi chú': 3 rows with data not read: no header. The sheet is not counted.",
      },
    ]);
  });
});

describe("summary-mismatch", () => {
  it("rows still unsettled: the kind counted in words, 'row' / 'rows' by count in English", () => {
    const list = sheetOf("b.xlsx", "DS", "UBND xã B");
    for (const n of "ABCDE") list.award({ name: `Người ${n}`, awardText: GK });
    list.award({ name: "Người I", awardText: "Bằng khen cuả Chủ tịch UBND huyện" });
    const summary = sheetOf("b.xlsx", "Tổng hợp", undefined, 8).summary({ awardText: GK, individuals: 6 });
    expect(messages("summary-mismatch", [list, summary])).toEqual([
      {
        vi: 'Giấy khen của Chủ tịch UBND huyện: bảng Tổng hợp ghi 6 cá nhân nhưng danh sách khen thưởng của đơn vị có 5 dòng đã xác định và 1 dòng chưa xác định có thể là Giấy khen của Chủ tịch UBND huyện ("Bằng khen cuả Chủ tịch UBND huyện"). Xác định các dòng đó (ô chọn trong Kiểm tra, --award-map) rồi đối chiếu lại.',
        en: 'Giấy khen của Chủ tịch UBND huyện: the summary says 6 individuals but the unit\'s award list has 5 settled rows and 1 unsettled row that may be Giấy khen của Chủ tịch UBND huyện ("Bằng khen cuả Chủ tịch UBND huyện"). Settle those rows (the picker in Kiểm tra, --award-map), then reconcile again.',
      },
    ]);
  });
});
