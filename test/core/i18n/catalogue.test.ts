import { allMessages, catalogue } from "../../../src/core/i18n/catalogue";
import { formatNumber, formatTemplate, placeholdersOf } from "../../../src/core/i18n/format";
import { langOf } from "../../../src/core/i18n/lang";
import { defineMessages } from "../../../src/core/i18n/messages";

/**
 * Texts deliberately empty in one language: English drops a word Vietnamese needs
 * ("Khen thưởng thành tích xuất sắc trong công tác X" -> "... in X").
 */
const EMPTY_ON_PURPOSE = new Set(["report.campaignWork:en"]);

describe("the message catalogue", () => {
  const all = allMessages();

  test("holds every area's sections, each id once", () => {
    const areas = catalogue().map((s) => s.area);
    expect(new Set(areas).size).toBe(areas.length);
    for (const area of ["pane", "cli", "report", "read", "errors", "rule.date-invalid", "rule.file-unreadable"]) expect(areas).toContain(area);
    expect(all.size).toBeGreaterThan(300);
  });

  test.each([...all.keys()])("%s has Vietnamese and English with the same placeholders", (id) => {
    const t = all.get(id)!;
    for (const lang of ["vi", "en"] as const) {
      expect(typeof t[lang]).toBe("string");
      if (!EMPTY_ON_PURPOSE.has(`${id}:${lang}`)) expect(t[lang].trim()).not.toBe("");
    }
    expect(placeholdersOf(t.vi)).toEqual(placeholdersOf(t.en));
  });
});

describe("the formatter", () => {
  test("fills placeholders; a missing one stays visible", () => {
    expect(formatTemplate("Đến {place}", {}, "vi")).toBe("Đến {place}");
    expect(formatTemplate("{file} › {sheet}", { file: "a.xlsx", sheet: "DS" }, "en")).toBe("a.xlsx › DS");
  });

  test("a plain number is written as it is (years, rows); {n:number} groups by language", () => {
    expect(formatTemplate("năm {y}", { y: 2021 }, "vi")).toBe("năm 2021");
    expect(formatTemplate("{n:number}", { n: 1234567.5 }, "vi")).toBe("1.234.567,5");
    expect(formatTemplate("{n:number}", { n: 1234567.5 }, "en")).toBe("1,234,567.5");
    expect(formatNumber(0.155, "vi")).toBe("0,16");
  });

  test("English plurals by count; Vietnamese templates write the word once", () => {
    const t = "{n} {n:plural:file|files}";
    expect(formatTemplate(t, { n: 1 }, "en")).toBe("1 file");
    expect(formatTemplate(t, { n: 2 }, "en")).toBe("2 files");
    expect(formatTemplate(t, { n: 0 }, "en")).toBe("0 files");
  });

  test("a parameter in both languages takes the language's side", () => {
    expect(formatTemplate("({why})", { why: { vi: "sai", en: "wrong" } }, "en")).toBe("(wrong)");
    expect(formatTemplate("({why})", { why: { vi: "sai", en: "wrong" } }, "vi")).toBe("(sai)");
  });

  test("a section fills both languages", () => {
    const s = defineMessages("test", { hello: { vi: "Chào {name}", en: "Hello {name}" } });
    expect(s.t("hello", { name: "Lan" })).toEqual({ vi: "Chào Lan", en: "Hello Lan" });
    expect(s.text("en", "hello", { name: "Lan" })).toBe("Hello Lan");
  });

  test("one language rule for the pane (Office) and the CLI (locale)", () => {
    for (const [tag, lang] of [["en-US", "en"], ["en-GB", "en"], ["en_US.UTF-8", "en"], ["vi-VN", "vi"], ["fr-FR", "vi"], [undefined, "vi"], ["eng", "vi"], ["", "vi"]] as const)
      expect(langOf(tag)).toBe(lang);
  });
});
