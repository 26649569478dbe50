/**
 * recipientKind.ts and occasion.ts: the edges issue 16's mutation run found untested.
 */
import { parseOccasion } from "../../../src/core/domain/occasion";
import { looksLikeCollectiveName, looksLikePersonJob, looksLikePersonName, workplaceIn } from "../../../src/core/domain/recipientKind";

describe("recipient name shapes", () => {
  test("a word is capitalised by its first letter, not by a capital inside it", () => {
    expect(looksLikePersonName("nGuyễn Văn An")).toBe(false);
    expect(looksLikePersonName("Nguyễn Văn aN")).toBe(false);
    expect(looksLikePersonName("Nguyễn Văn An")).toBe(true);
  });
  test("a person's name is never a collective's, an organisation word or a number is", () => {
    expect(looksLikeCollectiveName("Lò Văn Hùng")).toBe(false);
    expect(looksLikeCollectiveName("ĐIÊU THỊ THÚY")).toBe(false);
    expect(looksLikeCollectiveName("Tổ Văn Hùng")).toBe(true);
    expect(looksLikeCollectiveName("Lò Văn 2")).toBe(true);
  });
  test("a job word counts whole, or followed by a space or a comma, not as the start of a longer word", () => {
    expect(looksLikePersonJob("Nhân dâng")).toBe(false);
    expect(looksLikePersonJob("Nhân dân")).toBe(true);
    expect(looksLikePersonJob("Nhân dân, bản Co")).toBe(true);
  });
  test("a workplace needs a proper name or a number right after its word, not inside the next word", () => {
    expect(workplaceIn("Nhân viên trạm km3")).toBeUndefined();
    expect(workplaceIn("Nhân viên trạm 3")).toBe("trạm 3");
    expect(workplaceIn("Giáo viên trường nHỏ")).toBeUndefined();
  });
});

describe("parseOccasion: the school year", () => {
  test.each([
    ["Năm học 2020 / 2021", "Năm học 2020 - 2021"],
    ["Năm học 2020/2021", "Năm học 2020 - 2021"],
    ["Năm học 2020-2021", "Năm học 2020 - 2021"],
  ])("%s -> %s", (text, campaign) => {
    expect(parseOccasion(text)).toStrictEqual({ occasion: "regular", campaign });
  });
});
