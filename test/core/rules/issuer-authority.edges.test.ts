/**
 * issuer-authority, branch by branch (issue 16): a title that did not exist yet (an error, or a
 * warning for a historical form), an issuer without the power that day (with the reason when the
 * award itself had ended), a power the law reference only infers (a warning saying why); both
 * sides of each date edge; the award cell flagged.
 */
import { issuerAuthority } from "../../../src/core/rules/issuer-authority";
import { contextOf, sheetOf } from "./ruleTester";

const run = (awardText: string, decisionDate?: string) =>
  issuerAuthority.check(contextOf({ name: "", sheets: [sheetOf("a.xlsx", "DS", undefined, 7).award({ name: "Lò Văn A", awardText, ...(decisionDate ? { decisionDate } : {}) })] }));

describe("issuer-authority: a title without an issuer, by its validity", () => {
  it("a title dated before it existed is an error naming its legal basis; its first day is fine", () => {
    expect(run("Xã, phường, thị trấn tiêu biểu", "2023-12-31")).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "D7",
        message: {
          vi: '"Xã, phường, thị trấn tiêu biểu" không có trong quy định khen thưởng vào ngày 31/12/2023 (Luật 2022 Điều 20 k1đ; NĐ 86/2023/NĐ-CP). Kiểm tra lại danh hiệu và ngày quyết định.',
          en: '"Xã, phường, thị trấn tiêu biểu" did not exist under the rules in force on 31/12/2023 (Luật 2022 Điều 20 k1đ; NĐ 86/2023/NĐ-CP). Check the award and the decision date.',
        },
      },
    ]);
    expect(run("Xã, phường, thị trấn tiêu biểu", "2024-01-01")).toEqual([]);
  });

  it("a historical form (resistance merits, P0) dated later is only a warning; on its last day nothing", () => {
    const [issue] = run("Huân chương Kháng chiến hạng Nhất", "2010-05-01");
    expect(issue.severity).toBe("warning");
    expect(issue.message.vi).toBe(
      '"Huân chương Kháng chiến hạng Nhất" không có trong quy định khen thưởng vào ngày 01/05/2010 (Sắc lệnh 216-SL (1948), 43-SL (1950); Luật 2022 Điều 96 k1). Kiểm tra lại danh hiệu và ngày quyết định.',
    );
    expect(run("Huân chương Kháng chiến hạng Nhất", "2004-06-30")).toEqual([]);
  });
});

describe("issuer-authority: an issuer and its powers", () => {
  it("an issuer without the power while the award exists: no legal basis in parentheses", () => {
    expect(run("Chiến sĩ thi đua cơ sở do Chủ tịch UBND xã tặng", "2025-06-30")).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "D7",
        message: {
          vi: 'Chủ tịch UBND xã không có thẩm quyền tặng "Chiến sĩ thi đua cơ sở" vào ngày 30/06/2025. Kiểm tra lại cấp khen và ngày quyết định.',
          en: 'the Chairman of the Commune People\'s Committee could not grant "Chiến sĩ thi đua cơ sở" on 30/06/2025. Check the issuing level and the decision date.',
        },
      },
    ]);
    // the commune's power begins on 01/7/2025
    expect(run("Chiến sĩ thi đua cơ sở do Chủ tịch UBND xã tặng", "2025-07-01")).toEqual([]);
  });

  it("an award that had ended: the reason is its validity's basis", () => {
    expect(run("Giấy khen của Chủ tịch UBND huyện", "2025-07-01")[0].message).toEqual({
      vi: 'Chủ tịch UBND huyện không có thẩm quyền tặng "Giấy khen của Chủ tịch UBND huyện" vào ngày 01/07/2025 (NĐ 129/2025/NĐ-CP: cấp huyện kết thúc hoạt động từ 01/7/2025). Kiểm tra lại cấp khen và ngày quyết định.',
      en: 'the Chairman of the District People\'s Committee could not grant "Giấy khen của Chủ tịch UBND huyện" on 01/07/2025 (NĐ 129/2025/NĐ-CP: cấp huyện kết thúc hoạt động từ 01/7/2025). Check the issuing level and the decision date.',
    });
  });

  it("the issuer the text names counts, not the award's usual one", () => {
    expect(run("LĐTT của Giám đốc Sở", "2024-03-01")).toEqual([]);
  });

  it("a power the reference only infers is a warning that gives the reason", () => {
    const [issue] = run("Chiến sĩ tiên tiến do Chủ tịch UBND xã tặng", "2024-03-01");
    expect(issue.severity).toBe("warning");
    expect(issue.message).toEqual({
      vi: 'Chủ tịch UBND xã không có thẩm quyền tặng "Chiến sĩ tiên tiến" vào ngày 01/03/2024. Kiểm tra lại cấp khen và ngày quyết định. Chỉ là cảnh báo: thẩm quyền này chưa được xác nhận trong văn bản (thẩm quyền chi tiết trong Quân đội, Công an là suy luận [I]).',
      en: 'the Chairman of the Commune People\'s Committee could not grant "Chiến sĩ tiên tiến" on 01/03/2024. Check the issuing level and the decision date. A warning only: this power is not confirmed in the legal text (thẩm quyền chi tiết trong Quân đội, Công an là suy luận [I]).',
    });
  });

  it("an inferred entry ([I]) without a stated reason says the basis is unconfirmed", () => {
    const [issue] = run("Bằng khen của Ban Thường vụ Huyện ủy", "2003-05-01");
    expect(issue.severity).toBe("warning");
    expect(issue.message.vi).toContain("Kiểm tra lại cấp khen và ngày quyết định. Chỉ là cảnh báo: thẩm quyền này chưa được xác nhận trong văn bản (căn cứ chưa xác nhận).");
    expect(issue.message.en).toContain("A warning only: this power is not confirmed in the legal text (basis not confirmed).");
    expect(run("Bằng khen của Ban Thường vụ Huyện ủy", "2004-07-01")).toEqual([]);
  });
});

describe("issuer-authority: what is not judged", () => {
  it("no date, a date not in ISO form, an unknown award", () => {
    expect(run("Giấy khen của Chủ tịch UBND huyện")).toEqual([]);
    expect(run("Giấy khen của Chủ tịch UBND huyện", "01/07/2025")).toEqual([]);
    expect(run("Giấy khen của Chủ tịch UBND huyện", "2025-07-01x")).toEqual([]);
    expect(run("Giấy khen của Chủ tịch UBND huyện", "x2025-07-01")).toEqual([]);
    expect(run("Khen ngợi miệng", "2025-07-01")).toEqual([]);
  });
});
