import { format, pickLanguage, STRINGS, translator } from "../../src/i18n/strings";

test("Office's display language picks the pane language: English for en-*, Vietnamese otherwise", () => {
  expect(pickLanguage("en-US")).toBe("en");
  expect(pickLanguage("en-GB")).toBe("en");
  expect(pickLanguage("vi-VN")).toBe("vi");
  expect(pickLanguage("fr-FR")).toBe("vi");
  expect(pickLanguage(undefined)).toBe("vi");
  expect(pickLanguage("eng")).toBe("vi");
});

test("every text exists in both languages, with the same placeholders", () => {
  for (const key of Object.keys(STRINGS.en) as (keyof typeof STRINGS.en)[]) {
    expect(STRINGS.vi[key].trim()).not.toBe("");
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(holes(STRINGS.vi[key])).toEqual(holes(STRINGS.en[key]));
  }
});

test("placeholders are filled; a missing one stays visible", () => {
  expect(translator("vi")("checkDone", { count: 3, files: 23 })).toBe("Tìm thấy 3 vấn đề trong 23 nguồn.");
  expect(format("Đến {place}", {})).toBe("Đến {place}");
});
