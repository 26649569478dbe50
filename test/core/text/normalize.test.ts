import fc from "fast-check";
import { canonicalTones, collapseSpaces, headerKey, nameKey, nfc, stripDiacritics } from "../../../src/core/text/normalize";

describe("canonicalTones: traditional placement used in official documents", () => {
  const cases: Array<[string, string]> = [
    ["Hoà", "Hòa"],
    ["Thuỷ", "Thủy"],
    ["Uỷ ban", "Ủy ban"],
    ["UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"],
    ["khoá", "khóa"],
    ["cuả", "của"],
    ["Quỳnh", "Quỳnh"],
    ["giữa", "giữa"],
    ["thuở", "thuở"],
    ["quý", "quý"],
    ["Quý", "Quý"],
    ["nguyễn", "nguyễn"],
    ["Nguyễn", "Nguyễn"],
    ["khuya", "khuya"],
    ["Cộng hoà xã hội chủ nghĩa Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["Đặng Tiến Thuỷ", "Đặng Tiến Thủy"],
    ["Lò Thị Thoả", "Lò Thị Thỏa"],
    ["Hoàng", "Hoàng"],
    ["quyết", "quyết"],
    ["Huỳnh", "Huỳnh"],
    ["huýt", "huýt"],
    ["ngoài", "ngoài"],
    ["khuỷu", "khuỷu"],
    ["người", "người"],
    ["Mường", "Mường"],
    ["già", "già"],
    ["gìn", "gìn"],
    ["tuần", "tuần"],
    ["Huế", "Huế"],
    ["mía", "mía"],
    ["loè", "lòe"],
    ["hoạ sĩ", "họa sĩ"],
    ["Toà án", "Tòa án"],
  ];
  it.each(cases)("%s -> %s", (input, expected) => {
    expect(canonicalTones(input)).toBe(expected);
    expect(canonicalTones(input.normalize("NFD"))).toBe(expected);
  });

  it("keeps punctuation, digits and non-Vietnamese words untouched", () => {
    expect(canonicalTones("Số 705/QĐ-UBND ngày 24/5/2021")).toBe("Số 705/QĐ-UBND ngày 24/5/2021");
    expect(canonicalTones("café résumé")).toBe("café résumé");
    expect(canonicalTones("")).toBe("");
  });

  it("returns NFC", () => {
    const out = canonicalTones("Thuỷ".normalize("NFD"));
    expect(out).toBe(out.normalize("NFC"));
  });
});

describe("nameKey", () => {
  it("ignores tone placement, case, spacing and NFD/NFC", () => {
    const same: Array<[string, string]> = [
      ["Lường văn Thuỷ", "LƯỜNG VĂN THỦY"],
      ["Đặng  Tiến Thủy", "đặng tiến thuỷ"],
      ["Nguyễn Thị Hoà", "Nguyễn Thị Hòa".normalize("NFD")],
      ["Uỷ ban nhân dân xã Quài Nưa", "ỦY BAN NHÂN DÂN XÃ QUÀI NƯA"],
      ["Ủy ban nhân dân\u00a0xã Quài Nưa ", " Uỷ  ban nhân dân xã Quài Nưa"],
      ["Quàng Thị Khoá", "Quàng thị khóa"],
    ];
    for (const [a, b] of same) expect(nameKey(a)).toBe(nameKey(b));
  });

  it("keeps every diacritic", () => {
    const different: Array<[string, string]> = [
      ["Hùng", "Hưng"],
      ["Thủy", "Thùy"],
      ["Thuỷ", "Thuý"],
      ["Lò Văn Páo", "Lò Văn Pao"],
      ["Đức", "Dức"],
      ["Xã Quài Nưa", "Xã Quài Nứa"],
      ["Mường Khong", "Muờng Khong"],
    ];
    for (const [a, b] of different) expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe("headerKey", () => {
  it.each([
    ["CHI TIEU", "Chỉ tiêu"],
    ["DVT", "ĐVT"],
    ["Đơn vị tính", "DON VI TINH"],
    ["Số, ngày QĐ", "so ngay qd"],
    ["Tỷ lệ (%)", "TY LE %"],
    ["Họ và tên", "HỌ VÀ TÊN".normalize("NFD")],
  ])("%s = %s", (a, b) => {
    expect(headerKey(a)).toBe(headerKey(b));
  });
  it("separates different headers", () => {
    expect(headerKey("Kế hoạch")).not.toBe(headerKey("Thực hiện"));
    expect(headerKey("Số, ngày QĐ")).toBe("so ngay qd");
  });
});

describe("helpers", () => {
  it("collapseSpaces takes every kind of space, at the ends, doubled or alone, as its definition does (every UTF-16 code unit)", () => {
    const definition = (t: string) => t.replace(/[\s\u00a0\u200b]+/g, " ").trim();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, "a" + ch + "b", ch + "a", "a" + ch, "a " + ch + "b", ch + ch]) if (collapseSpaces(t) !== definition(t)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(collapseSpaces("Xã Tỏa Tình")).toBe("Xã Tỏa Tình");
    expect(collapseSpaces("")).toBe("");
    expect(collapseSpaces(" ")).toBe("");
    expect(collapseSpaces("a  b")).toBe("a b");
  });

  it("collapseSpaces, stripDiacritics, nfc", () => {
    expect(collapseSpaces("  Xã\u00a0 Tỏa  Tình ")).toBe("Xã Tỏa Tình");
    expect(stripDiacritics("Đặng Thị Thuỷ")).toBe("Dang Thi Thuy");
    expect(nfc("Thủy".normalize("NFD"))).toBe("Thủy");
  });
});

describe("properties", () => {
  const seed = 20210623;
  const vnChars = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ AĂÂĐÊÔƠƯỦỶÀ,.-/0123456789\u00a0\u0300\u0301\u0309";
  const vnString = fc.array(fc.constantFrom(...Array.from(vnChars)), { maxLength: 40 }).map((a) => a.join(""));
  const anyString = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), vnString);

  it("nameKey and headerKey never throw", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        nameKey(s);
        headerKey(s);
        canonicalTones(s);
      }),
      { seed, numRuns: 500 },
    );
  });

  it("nameKey(x) == nameKey(NFD(x)) and is insensitive to canonicalTones", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(nameKey(s)).toBe(nameKey(s.normalize("NFD")));
      }),
      { seed, numRuns: 500 },
    );
    fc.assert(
      fc.property(vnString, (s) => {
        expect(nameKey(canonicalTones(s))).toBe(nameKey(s));
      }),
      { seed, numRuns: 500 },
    );
  });

  it("canonicalTones is idempotent", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const once = canonicalTones(s);
        expect(canonicalTones(once)).toBe(once);
      }),
      { seed, numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Exact keys, syllable boundaries, words left alone (mutation testing, issue 16)

describe("nameKey: the key itself", () => {
  const nfd = (s: string) => s.normalize("NFD");
  it("puts the tone at the end of its syllable, lower case, NFD", () => {
    expect(nameKey("Thuỷ")).toBe(nfd("thuy") + "\u0309");
    expect(nameKey("HOÀ")).toBe("hoa\u0300");
    expect(nameKey("àa")).toBe("aa\u0300");
    expect(nameKey("àz")).toBe("az\u0300");
  });
  it("ends a syllable at anything that is not a letter or a mark", () => {
    expect(nameKey("á@b")).toBe("a\u0301@b");
    expect(nameKey("á`b")).toBe("a\u0301`b");
    expect(nameKey("á{b")).toBe("a\u0301{b");
    expect(nameKey("á[b")).toBe("a\u0301[b");
    expect(nameKey("á1")).toBe("a\u03011");
    expect(nameKey("øá")).toBe("øa\u0301");
    expect(nameKey("á·b")).toBe("a\u0301·b");
  });
  it("the look-alike tone marks U+0340 / U+0341 give the same key as U+0300 / U+0301", () => {
    expect(nameKey("Hoa\u0340")).toBe(nameKey("Hoà"));
    expect(nameKey("Thu\u0341y")).toBe(nameKey("Thúy"));
  });
  it("drops the spaces around punctuation, keeps the punctuation", () => {
    for (const p of [",", ".", ";", ":", "(", ")", "-", "–", "/"]) expect(nameKey(`Tổ 1 ${p} Bản Mới`)).toBe(nameKey(`tổ 1${p}bản mới`));
    expect(nameKey("Tổ 1 , Bản")).not.toBe(nameKey("Tổ 1 Bản"));
    expect(nameKey("a ! b")).toBe("a ! b");
  });
});

describe("canonicalTones: words it leaves alone", () => {
  it("a word with no tone or two tones", () => {
    expect(canonicalTones("Hoa")).toBe("Hoa");
    expect(canonicalTones("résumé")).toBe("résumé");
  });
  it("a word starting with a combining mark", () => {
    const odd = "\u0302hoa\u0300";
    expect(canonicalTones(odd)).toBe(odd.normalize("NFC"));
  });
  it("a word without a vowel", () => {
    expect(canonicalTones("ḿ")).toBe("ḿ");
    expect(canonicalTones("Mḿ")).toBe("Mḿ");
  });
  it("the look-alike tone marks are placed like the usual ones", () => {
    expect(canonicalTones("Tho\u0341a")).toBe("Thóa".normalize("NFC"));
    expect(canonicalTones("Tho\u0341a")).toBe(canonicalTones("Thoá"));
  });
  it("two vowels after qu or gi keep the tone on the last vowel group only when it is shaped or closed", () => {
    expect(canonicalTones("quỳnh")).toBe("quỳnh");
    expect(canonicalTones("quà")).toBe("quà");
    expect(canonicalTones("giừa")).toBe("giừa");
    expect(canonicalTones("gìa")).toBe("già");
    expect(canonicalTones("qùa")).toBe("quà");
  });
});

describe("headerKey / collapseSpaces: exact keys", () => {
  it("keeps letters, digits, % and /, the rest becomes one space", () => {
    expect(headerKey("Tỷ lệ (%)")).toBe("ty le %");
    expect(headerKey("Số/Ký hiệu")).toBe("so/ky hieu");
    expect(headerKey(" ĐVT: ")).toBe("dvt");
    expect(headerKey("Cột 1_2")).toBe("cot 1 2");
  });
  it("collapses tabs, new lines, NBSP and zero-width spaces", () => {
    expect(collapseSpaces("a\u200bb\t\nc\u00a0 d")).toBe("a b c d");
  });
});
