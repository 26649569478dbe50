/**
 * award-unknown, branch by branch (issue 16): what is missing from a bare name, whether a
 * misspelling is counted under its suggestion (the policy), the user's decisions, a province's own
 * catalogue entries; each message in full, at the award cell.
 */
import { useLocalCatalogue } from "../../../src/core/domain/awards";
import { AWARD_POLICY, type SuggestionPolicy } from "../../../src/core/domain/config";
import type { AwardRecord } from "../../../src/core/model";
import { awardUnknown } from "../../../src/core/rules/award-unknown";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

const rows = (...awards: (Partial<AwardRecord> & { awardText: string })[]) => {
  const s = sheetOf("a.xlsx", "DS", undefined, 5);
  awards.forEach((a, i) => s.award({ name: `Lò Văn ${"ABCDEFG"[i]}`, ...a }));
  return s;
};
const run = (...sheets: SheetBuilder[]) => awardUnknown.check(contextOf({ name: "", sheets }));
const one = (awardText: string) => {
  const issues = run(rows({ awardText }));
  expect(issues).toHaveLength(1);
  expect(issues[0].cell).toBe("D5");
  expect(issues[0].severity).toBeUndefined();
  return issues[0].message;
};
const withPolicy = <T>(policy: SuggestionPolicy, f: () => T): T => {
  const before = AWARD_POLICY.countSuggested;
  AWARD_POLICY.countSuggested = policy;
  try {
    return f();
  } finally {
    AWARD_POLICY.countSuggested = before;
  }
};

const APART = { vi: 'Dòng này được tổng hợp riêng ở mục "Chưa xác định".', en: 'The row is totalled apart, on a "Chưa xác định" line.' };

describe("award-unknown: messages by case", () => {
  it("a bare name says what it lacks: the issuer, the class, the level", () => {
    expect(one("Bằng khen")).toEqual({
      vi: `"Bằng khen" không ghi cấp khen (ai tặng), nên chưa xác định được là mục nào trong danh mục. ${APART.vi}`,
      en: `"Bằng khen" does not say who granted it, so it matches no single catalogue entry. ${APART.en}`,
    });
    expect(one("Huân chương Lao động")).toEqual({
      vi: `"Huân chương Lao động" không ghi hạng (Nhất, Nhì, Ba), nên chưa xác định được là mục nào trong danh mục. ${APART.vi}`,
      en: `"Huân chương Lao động" does not give the class (Nhất, Nhì, Ba), so it matches no single catalogue entry. ${APART.en}`,
    });
    expect(one("CSTĐ")).toEqual({
      vi: `"CSTĐ" không ghi cấp (cơ sở, tỉnh/Bộ, toàn quốc), nên chưa xác định được là mục nào trong danh mục. ${APART.vi}`,
      en: `"CSTĐ" does not give the level (cơ sở, tỉnh/Bộ, toàn quốc), so it matches no single catalogue entry. ${APART.en}`,
    });
  });

  it("a bare name is never counted on a guess, whatever the policy", () => {
    withPolicy("all", () => expect(one("Bằng khen").vi).toContain(APART.vi));
  });

  it("a spelling slip is counted under its suggestion (default policy), and says so", () => {
    expect(one("Lao đông tiến tiến")).toEqual({
      vi: '"Lao đông tiến tiến" không có trong danh mục danh hiệu, hình thức khen thưởng. Có phải "Lao động tiên tiến"? Sửa lại cho đúng tên chính thức. Dòng này được tính vào danh hiệu gợi ý (chỉ khác chính tả).',
      en: '"Lao đông tiến tiến" is not a known award. Did you mean "Lao động tiên tiến"? Write the official name. The row is counted under the suggested award (a spelling slip only).',
    });
  });

  it("a suggestion across a line is kept apart by default, counted for now under the policy 'all', never under 'none'", () => {
    const text = "Bằng khen cuả Chủ tịch UBND huyện";
    const head = { vi: `"${text}" không có trong danh mục danh hiệu, hình thức khen thưởng. Có phải "Giấy khen của Chủ tịch UBND huyện"? Sửa lại cho đúng tên chính thức. `, en: `"${text}" is not a known award. Did you mean "Giấy khen của Chủ tịch UBND huyện"? Write the official name. ` };
    expect(one(text)).toEqual({ vi: head.vi + APART.vi, en: head.en + APART.en });
    expect(withPolicy("all", () => one(text))).toEqual({
      vi: head.vi + "Dòng này đang được tính vào danh hiệu gợi ý; hãy xác nhận hoặc sửa (--award-map, ô chọn trong Kiểm tra).",
      en: head.en + "The row is counted under the suggested award for now; confirm or correct it (--award-map, the picker in Kiểm tra).",
    });
    // a slip too is kept apart when the policy counts no suggestion
    expect(withPolicy("none", () => one("Lao đông tiến tiến")).en).toContain(APART.en);
  });

  it("nothing near: asks for the name as the decision states it", () => {
    expect(one("Khen ngợi miệng")).toEqual({
      vi: `"Khen ngợi miệng" không có trong danh mục danh hiệu, hình thức khen thưởng. Ghi đúng tên theo quyết định khen thưởng. ${APART.vi}`,
      en: `"Khen ngợi miệng" is not a known award. Write the name as the award decision states it. ${APART.en}`,
    });
  });

  it("a blank or all-space award is left to value-required; a known one is fine", () => {
    expect(run(rows({ awardText: "   " }, { awardText: "" }, { awardText: "Lao động tiên tiến" }))).toEqual([]);
  });

  it("the message quotes the text trimmed", () => {
    expect(one("  Khen ngợi miệng  ").en.startsWith('"Khen ngợi miệng" is not')).toBe(true);
  });

  it("a bare name the reader settled with another column is not reported", () => {
    expect(run(rows({ awardText: "Giấy khen", awardId: "gk-ct-ubnd-huyen" }))).toEqual([]);
  });
});

describe("award-unknown: the user's decisions", () => {
  it("an unknown name the user settled is shown as information, at the award cell", () => {
    const issues = run(rows({ awardText: "Khen ngợi miệng", awardId: "ldtt", awardSettledBy: "user" }));
    expect(issues).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "D5",
        severity: "info",
        message: { vi: 'Người dùng đã xác định "Khen ngợi miệng" là "Lao động tiên tiến".', en: 'The user settled "Khen ngợi miệng" as "Lao động tiên tiến".' },
      },
    ]);
  });

  it("a name the user decided not to count says so, even a known one", () => {
    const decided = (awardText: string) => run(rows({ awardText, awardExcluded: true, awardSettledBy: "user" }));
    expect(decided("Khen ngợi miệng")).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "D5",
        severity: "info",
        message: { vi: 'Người dùng đã quyết định không tính "Khen ngợi miệng".', en: 'The user decided not to count "Khen ngợi miệng".' },
      },
    ]);
    expect(decided("Lao động tiên tiến").map((i) => i.message.en)).toEqual(['The user decided not to count "Lao động tiên tiến".']);
  });

  it("a user's decision on a name the catalogue knows anyway is not repeated", () => {
    expect(run(rows({ awardText: "Lao động tiên tiến", awardId: "ldtt", awardSettledBy: "user" }))).toEqual([]);
  });

  it("a decision naming no catalogue entry reads as not counted", () => {
    expect(run(rows({ awardText: "Khen ngợi miệng", awardId: "no-such-award", awardSettledBy: "user" }))[0].message.en).toBe(
      'The user decided not to count "Khen ngợi miệng".',
    );
  });
});

describe("award-unknown: a province's own catalogue", () => {
  afterEach(() => useLocalCatalogue(undefined));

  it("each local entry is shown once, at its first row, with its count of rows (1 row, 3 rows)", () => {
    useLocalCatalogue([
      { id: "huy-hieu-ban", name: "Huy hiệu Bản văn hóa", family: "huy-hieu", recipients: ["individual"] },
      { id: "huy-hieu-xa", name: "Huy hiệu Xã văn hóa", family: "huy-hieu", recipients: ["individual"] },
    ]);
    const list = rows(
      { awardText: "Huy hiệu Bản văn hóa", awardId: "huy-hieu-ban" },
      { awardText: "Lao động tiên tiến" },
      { awardText: "Huy hiệu Bản văn hóa", awardId: "huy-hieu-ban" },
      { awardText: "Huy hiệu Xã văn hóa", awardId: "huy-hieu-xa" },
    );
    const second = sheetOf("b.xlsx", "DS 2", undefined, 3).award({ name: "Lò Thị H", awardText: "Huy hiệu Bản văn hóa", awardId: "huy-hieu-ban" });
    expect(run(list, second)).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "D5",
        severity: "info",
        message: {
          vi: '"Huy hiệu Bản văn hóa" (3 dòng) được xác định theo danh mục riêng của tỉnh do người dùng cung cấp, không phải danh mục theo Luật Thi đua, khen thưởng.',
          en: '"Huy hiệu Bản văn hóa" (3 rows) is settled by the province\'s own catalogue the user gave, not by the catalogue of the TĐKT law.',
        },
      },
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "D8",
        severity: "info",
        message: {
          vi: '"Huy hiệu Xã văn hóa" (1 dòng) được xác định theo danh mục riêng của tỉnh do người dùng cung cấp, không phải danh mục theo Luật Thi đua, khen thưởng.',
          en: '"Huy hiệu Xã văn hóa" (1 row) is settled by the province\'s own catalogue the user gave, not by the catalogue of the TĐKT law.',
        },
      },
    ]);
  });

  it("a built-in entry is not a local one", () => {
    expect(run(rows({ awardText: "Lao động tiên tiến", awardId: "ldtt" }))).toEqual([]);
  });
});
