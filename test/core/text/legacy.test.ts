import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
  isPlausibleVietnameseWord,
  isTcvn3CapitalFont,
  legacyEncodingOfFont,
  looksLikeTcvn3,
  looksLikeVni,
} from "../../../src/core/text/legacy";

/**
 * Every Vietnamese letter with its TCVN3 byte and VNI-Windows bytes, as UniKey's VnConv tables
 * (Phạm Kim Long) give them: written out here independently of the module's own tables.
 * TCVN3 has no bytes for capital toned vowels: UniKey gives them the lower-case byte.
 */
const UNIKEY_TABLE: Array<[letter: string, tcvn3: string, vni: string]> = [
  ["Á", "\u00b8", "A\u00d9"],
  ["á", "\u00b8", "a\u00f9"],
  ["À", "\u00b5", "A\u00d8"],
  ["à", "\u00b5", "a\u00f8"],
  ["Ả", "\u00b6", "A\u00db"],
  ["ả", "\u00b6", "a\u00fb"],
  ["Ã", "\u00b7", "A\u00d5"],
  ["ã", "\u00b7", "a\u00f5"],
  ["Ạ", "\u00b9", "A\u00cf"],
  ["ạ", "\u00b9", "a\u00ef"],
  ["Â", "\u00a2", "A\u00c2"],
  ["â", "\u00a9", "a\u00e2"],
  ["Ấ", "\u00ca", "A\u00c1"],
  ["ấ", "\u00ca", "a\u00e1"],
  ["Ầ", "\u00c7", "A\u00c0"],
  ["ầ", "\u00c7", "a\u00e0"],
  ["Ẩ", "\u00c8", "A\u00c5"],
  ["ẩ", "\u00c8", "a\u00e5"],
  ["Ẫ", "\u00c9", "A\u00c3"],
  ["ẫ", "\u00c9", "a\u00e3"],
  ["Ậ", "\u00cb", "A\u00c4"],
  ["ậ", "\u00cb", "a\u00e4"],
  ["Ă", "\u00a1", "A\u00ca"],
  ["ă", "\u00a8", "a\u00ea"],
  ["Ắ", "\u00be", "A\u00c9"],
  ["ắ", "\u00be", "a\u00e9"],
  ["Ằ", "\u00bb", "A\u00c8"],
  ["ằ", "\u00bb", "a\u00e8"],
  ["Ẳ", "\u00bc", "A\u00da"],
  ["ẳ", "\u00bc", "a\u00fa"],
  ["Ẵ", "\u00bd", "A\u00dc"],
  ["ẵ", "\u00bd", "a\u00fc"],
  ["Ặ", "\u00c6", "A\u00cb"],
  ["ặ", "\u00c6", "a\u00eb"],
  ["Đ", "\u00a7", "\u00d1"],
  ["đ", "\u00ae", "\u00f1"],
  ["É", "\u00d0", "E\u00d9"],
  ["é", "\u00d0", "e\u00f9"],
  ["È", "\u00cc", "E\u00d8"],
  ["è", "\u00cc", "e\u00f8"],
  ["Ẻ", "\u00ce", "E\u00db"],
  ["ẻ", "\u00ce", "e\u00fb"],
  ["Ẽ", "\u00cf", "E\u00d5"],
  ["ẽ", "\u00cf", "e\u00f5"],
  ["Ẹ", "\u00d1", "E\u00cf"],
  ["ẹ", "\u00d1", "e\u00ef"],
  ["Ê", "\u00a3", "E\u00c2"],
  ["ê", "\u00aa", "e\u00e2"],
  ["Ế", "\u00d5", "E\u00c1"],
  ["ế", "\u00d5", "e\u00e1"],
  ["Ề", "\u00d2", "E\u00c0"],
  ["ề", "\u00d2", "e\u00e0"],
  ["Ể", "\u00d3", "E\u00c5"],
  ["ể", "\u00d3", "e\u00e5"],
  ["Ễ", "\u00d4", "E\u00c3"],
  ["ễ", "\u00d4", "e\u00e3"],
  ["Ệ", "\u00d6", "E\u00c4"],
  ["ệ", "\u00d6", "e\u00e4"],
  ["Í", "\u00dd", "\u00cd"],
  ["í", "\u00dd", "\u00ed"],
  ["Ì", "\u00d7", "\u00cc"],
  ["ì", "\u00d7", "\u00ec"],
  ["Ỉ", "\u00d8", "\u00c6"],
  ["ỉ", "\u00d8", "\u00e6"],
  ["Ĩ", "\u00dc", "\u00d3"],
  ["ĩ", "\u00dc", "\u00f3"],
  ["Ị", "\u00de", "\u00d2"],
  ["ị", "\u00de", "\u00f2"],
  ["Ó", "\u00e3", "O\u00d9"],
  ["ó", "\u00e3", "o\u00f9"],
  ["Ò", "\u00df", "O\u00d8"],
  ["ò", "\u00df", "o\u00f8"],
  ["Ỏ", "\u00e1", "O\u00db"],
  ["ỏ", "\u00e1", "o\u00fb"],
  ["Õ", "\u00e2", "O\u00d5"],
  ["õ", "\u00e2", "o\u00f5"],
  ["Ọ", "\u00e4", "O\u00cf"],
  ["ọ", "\u00e4", "o\u00ef"],
  ["Ô", "\u00a4", "O\u00c2"],
  ["ô", "\u00ab", "o\u00e2"],
  ["Ố", "\u00e8", "O\u00c1"],
  ["ố", "\u00e8", "o\u00e1"],
  ["Ồ", "\u00e5", "O\u00c0"],
  ["ồ", "\u00e5", "o\u00e0"],
  ["Ổ", "\u00e6", "O\u00c5"],
  ["ổ", "\u00e6", "o\u00e5"],
  ["Ỗ", "\u00e7", "O\u00c3"],
  ["ỗ", "\u00e7", "o\u00e3"],
  ["Ộ", "\u00e9", "O\u00c4"],
  ["ộ", "\u00e9", "o\u00e4"],
  ["Ơ", "\u00a5", "\u00d4"],
  ["ơ", "\u00ac", "\u00f4"],
  ["Ớ", "\u00ed", "\u00d4\u00d9"],
  ["ớ", "\u00ed", "\u00f4\u00f9"],
  ["Ờ", "\u00ea", "\u00d4\u00d8"],
  ["ờ", "\u00ea", "\u00f4\u00f8"],
  ["Ở", "\u00eb", "\u00d4\u00db"],
  ["ở", "\u00eb", "\u00f4\u00fb"],
  ["Ỡ", "\u00ec", "\u00d4\u00d5"],
  ["ỡ", "\u00ec", "\u00f4\u00f5"],
  ["Ợ", "\u00ee", "\u00d4\u00cf"],
  ["ợ", "\u00ee", "\u00f4\u00ef"],
  ["Ú", "\u00f3", "U\u00d9"],
  ["ú", "\u00f3", "u\u00f9"],
  ["Ù", "\u00ef", "U\u00d8"],
  ["ù", "\u00ef", "u\u00f8"],
  ["Ủ", "\u00f1", "U\u00db"],
  ["ủ", "\u00f1", "u\u00fb"],
  ["Ũ", "\u00f2", "U\u00d5"],
  ["ũ", "\u00f2", "u\u00f5"],
  ["Ụ", "\u00f4", "U\u00cf"],
  ["ụ", "\u00f4", "u\u00ef"],
  ["Ư", "\u00a6", "\u00d6"],
  ["ư", "\u00ad", "\u00f6"],
  ["Ứ", "\u00f8", "\u00d6\u00d9"],
  ["ứ", "\u00f8", "\u00f6\u00f9"],
  ["Ừ", "\u00f5", "\u00d6\u00d8"],
  ["ừ", "\u00f5", "\u00f6\u00f8"],
  ["Ử", "\u00f6", "\u00d6\u00db"],
  ["ử", "\u00f6", "\u00f6\u00fb"],
  ["Ữ", "\u00f7", "\u00d6\u00d5"],
  ["ữ", "\u00f7", "\u00f6\u00f5"],
  ["Ự", "\u00f9", "\u00d6\u00cf"],
  ["ự", "\u00f9", "\u00f6\u00ef"],
  ["Ý", "\u00fd", "Y\u00d9"],
  ["ý", "\u00fd", "y\u00f9"],
  ["Ỳ", "\u00fa", "Y\u00d8"],
  ["ỳ", "\u00fa", "y\u00f8"],
  ["Ỷ", "\u00fb", "Y\u00db"],
  ["ỷ", "\u00fb", "y\u00fb"],
  ["Ỹ", "\u00fc", "Y\u00d5"],
  ["ỹ", "\u00fc", "y\u00f5"],
  ["Ỵ", "\u00fe", "\u00ce"],
  ["ỵ", "\u00fe", "\u00ee"],
];

/** The tests' own encoders, from the table above. */
const tcvn3Of = new Map(UNIKEY_TABLE.map(([l, t]) => [l, t]));
const vniOf = new Map(UNIKEY_TABLE.map(([l, , v]) => [l, v]));
const testEncodeTcvn3 = (s: string) => Array.from(s.normalize("NFC"), (c) => tcvn3Of.get(c) ?? c).join("");
const testEncodeVni = (s: string) => Array.from(s.normalize("NFC"), (c) => vniOf.get(c) ?? c).join("");
const isUpper = (c: string) => c !== c.toLowerCase();
/** Capitals TCVN3 has bytes of its own for. */
const TCVN3_OWN_CAPITALS = "ĂÂÊÔƠƯĐ";

describe("tables: every Vietnamese letter", () => {
  it("has 134 letters: 12 vowels x 6 forms less plain a e i o u y, plus đ, in both cases", () => {
    expect(UNIKEY_TABLE).toHaveLength(134);
    expect(new Set(UNIKEY_TABLE.map(([l]) => l)).size).toBe(134);
  });

  it.each(UNIKEY_TABLE)("%s: TCVN3 %j, VNI %j", (letter, tcvn3, vni) => {
    // the module's encoders agree with UniKey
    expect(encodeTcvn3(letter)).toBe(tcvn3);
    expect(encodeVni(letter)).toBe(vni);
    // and its decoders invert them
    const capital = isUpper(letter) && !TCVN3_OWN_CAPITALS.includes(letter);
    expect(decodeTcvn3(tcvn3, { capitals: capital })).toBe(letter);
    if (!capital) expect(decodeTcvn3(tcvn3, { capitals: false })).toBe(letter);
    expect(decodeVni(vni)).toBe(letter);
  });

  it("TCVN3 'ư' is the soft hyphen U+00AD", () => {
    expect(encodeTcvn3("ư")).toBe("\u00ad");
    expect(decodeTcvn3("M\u00adêng Khong")).toBe("Mường Khong");
  });

  it("VNI accepts a modifier whose case differs from its base letter", () => {
    expect(decodeVni("Aù")).toBe("Á");
    expect(decodeVni("NGUYEãN")).toBe("NGUYỄN");
  });
});

describe("decodeTcvn3: real strings from the corpus", () => {
  it.each([
    ["GiÊy khen cña Chñ tÞch UBND huyÖn", "Giấy khen của Chủ tịch UBND huyện"],
    ["UBND HUYÖN TUÇN GI¸O", "UBND HUYỆN TUẦN GIÁO"],
    ["M\u00adêng Khong", "Mường Khong"],
    ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
    ["C¸ NH¢N", "CÁ NHÂN"],
    ["CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["UBND X· M¦êNG KHONG", "UBND XÃ MƯỜNG KHONG"],
    ["TM. ñY BAN NH¢N D¢N", "TM. ỦY BAN NHÂN DÂN"],
    ["(KÌm theo B¸o c¸o sè 95/BC-UBND ngµy 23/6/2021 cña UBND x· M\u00adêng Khong)", "(Kèm theo Báo cáo số 95/BC-UBND ngày 23/6/2021 của UBND xã Mường Khong)"],
    ["Sè 705/Q§-UBND ngµy 24/05/2021", "Số 705/QĐ-UBND ngày 24/05/2021"],
    ["NguyÔn §øc Anh Trung", "Nguyễn Đức Anh Trung"],
    ["§Æng TiÕn Thñy", "Đặng Tiến Thủy"],
    ["Lß ThÞ P©ng", "Lò Thị Pâng"],
    ["Ng« ThÞ TuyÕt Ng©n", "Ngô Thị Tuyết Ngân"],
    ["Tû lÖ (%) so víi KH", "Tỷ lệ (%) so với KH"],
    ["§VT", "ĐVT"],
    ["Bß", "Bò"],
    ["Dª", "Dê"],
    ["Tr©u", "Trâu"],
    ["DANH S¸CH C¸ NH¢N, TËP THÓ §¦îC KHEN TH¦ëNG 6 TH¸NG §ÇU N¡M 2021", "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2021"],
    ["Giấy khen", "Giấy khen"],
  ])("%s -> %s", (input, expected) => {
    expect(decodeTcvn3(input)).toBe(expected);
  });

  it("capital fonts: lower-case bytes are drawn as capitals", () => {
    expect(decodeTcvn3("ñy ban nh©n d©n x· quµi n\u00ada", { capitals: true })).toBe("ỦY BAN NHÂN DÂN XÃ QUÀI NƯA");
    expect(decodeTcvn3("uû ban", { capitals: true })).toBe("UỶ BAN"); // new-style placement is kept as typed
    expect(decodeLegacy("ñy ban nh©n d©n", "tcvn3", ".VnTimeH")).toBe("ỦY BAN NHÂN DÂN");
    expect(decodeLegacy("ñy ban nh©n d©n", "tcvn3", ".VnTime")).toBe("ủy ban nh\u00e2n d\u00e2n");
  });

  it("capital words inside a sentence, but not capitalised words", () => {
    expect(decodeTcvn3("Chñ tÞch UBND HUYÖN")).toBe("Chủ tịch UBND HUYỆN");
    expect(decodeTcvn3("Tù do")).toBe("Tự do");
  });
});

describe("decodeVni", () => {
  it.each([
    ["Nguyeãn Vaên Nam", "Nguyễn Văn Nam"],
    ["Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"],
    ["UÛY BAN NHAÂN DAÂN XAÕ QUAØI NÖA", "ỦY BAN NHÂN DÂN XÃ QUÀI NƯA"],
    ["Giaáy khen cuûa Chuû tòch UBND huyeän", "Giấy khen của Chủ tịch UBND huyện"],
    ["Soá 705/QÑ-UBND", "Số 705/QĐ-UBND"],
    ["thuôû, giöõa, Quyønh, khuya, ngöôøi", "thuở, giữa, Quỳnh, khuya, người"],
    ["Lyù Saùy Paùo", "Lý Sáy Páo"],
    ["kyû nieäm, Ñieän Bieân", "kỷ niệm, Điện Biên"],
  ])("%s -> %s", (input, expected) => {
    expect(decodeVni(input)).toBe(expected);
  });
});

const SENTENCES = [
  "Giấy khen của Chủ tịch UBND huyện",
  "Độc lập - Tự do - Hạnh phúc",
  "Ủy ban nhân dân xã Quài Nưa",
  "Cộng hòa xã hội chủ nghĩa Việt Nam",
  "Danh sách cá nhân, tập thể được khen thưởng 6 tháng đầu năm 2021",
  "Bằng khen của Chủ tịch UBND tỉnh Điện Biên",
  "Chiến sĩ thi đua cơ sở",
  "Lao động tiên tiến",
  "Tập thể lao động xuất sắc",
  "Nguyễn Thị Thủy, Lường Văn Hưng, Quàng Thị Quỳnh, Lò Văn Páo",
  "Diện tích gieo trồng cây lương thực có hạt",
  "Số 705/QĐ-UBND ngày 24/05/2021",
  "Hộ gia đình đăng ký xây dựng gia đình văn hóa",
  "Người có uy tín bản Nà Đắng",
  "Cấp thẻ BHYT cho người nghèo, cận nghèo, đối tượng bảo trợ xã hội",
];

/** What a .VnTime text can show: capital toned vowels have no byte, so they come back lower case. */
const tcvn3Visible = (s: string) =>
  Array.from(s, (c) => (isUpper(c) && tcvn3Of.has(c) && !TCVN3_OWN_CAPITALS.includes(c) ? c.toLowerCase() : c)).join("");

describe("round trips on real sentences", () => {
  it.each(SENTENCES)("%s", (s) => {
    expect(decodeTcvn3(encodeTcvn3(s))).toBe(tcvn3Visible(s));
    expect(decodeTcvn3(testEncodeTcvn3(s))).toBe(tcvn3Visible(s));
    expect(decodeTcvn3(encodeTcvn3(s.toUpperCase()))).toBe(s.toUpperCase());
    expect(decodeVni(encodeVni(s))).toBe(s);
    expect(decodeVni(testEncodeVni(s))).toBe(s);
    expect(decodeVni(testEncodeVni(s.toUpperCase()))).toBe(s.toUpperCase());
  });
});

describe("detectLegacyEncoding", () => {
  const tcvn3Texts = SENTENCES.map((s) => testEncodeTcvn3(s));
  const vniTexts = SENTENCES.map((s) => testEncodeVni(s));

  it("finds TCVN3 and VNI", () => {
    expect(detectLegacyEncoding(tcvn3Texts)).toBe("tcvn3");
    expect(detectLegacyEncoding(vniTexts)).toBe("vni");
    expect(detectLegacyEncoding(["GiÊy khen cña Chñ tÞch UBND huyÖn"])).toBe("tcvn3");
    expect(detectLegacyEncoding(["Nguyeãn Vaên Nam"])).toBe("vni");
    for (const t of tcvn3Texts.filter((t) => /[\u0080-\u00ff]/.test(t))) expect(looksLikeTcvn3(t)).toBe(true);
    for (const t of vniTexts.filter((t) => /[\u0080-\u00ff]/.test(t))) expect(looksLikeVni(t)).toBe(true);
  });

  it("does not fire on Unicode, NFD, English, decision numbers or ASCII names", () => {
    expect(detectLegacyEncoding(SENTENCES)).toBeNull();
    expect(detectLegacyEncoding(SENTENCES.map((s) => s.normalize("NFD")))).toBeNull();
    expect(detectLegacyEncoding(["Số 705/QĐ-UBND"])).toBeNull();
    expect(detectLegacyEncoding(["Nguyen Van A", "Lo Van Pao", "STT", "UBND"])).toBeNull();
    expect(detectLegacyEncoding(["Total", "Café résumé naïve São Paulo", "Ghi chú"])).toBeNull();
    expect(detectLegacyEncoding(["Lò Thị Tý", "Mùa A Dí", "Cà Văn Ón"])).toBeNull();
    expect(detectLegacyEncoding([])).toBeNull();
    for (const s of SENTENCES) {
      expect(looksLikeTcvn3(s)).toBe(false);
      expect(looksLikeVni(s)).toBe(false);
    }
  });

  it("uses font names, but not against Unicode text", () => {
    // Latin-1 text that reads as Vietnamese either way: the font decides.
    expect(detectLegacyEncoding(["Lò Mí", "Pó Dí"])).toBeNull();
    expect(detectLegacyEncoding(["Lò Mí", "Pó Dí"], [".VnTime", ".VnTime"])).toBe("tcvn3");
    expect(detectLegacyEncoding(["Lò Mí", "Pó Dí"], ["VNI-Times", "VNI-Times"])).toBe("vni");
    expect(detectLegacyEncoding(SENTENCES, SENTENCES.map(() => ".VnTime"))).toBeNull();
    expect(detectLegacyEncoding(["UBND", "STT"], [".VnTimeH", ".VnTime"])).toBeNull();
  });

  it("font names", () => {
    expect(legacyEncodingOfFont(".VnTime")).toBe("tcvn3");
    expect(legacyEncodingOfFont(".VnArial NarrowH")).toBe("tcvn3");
    expect(legacyEncodingOfFont("VNI-Times")).toBe("vni");
    expect(legacyEncodingOfFont("VNI-Helve")).toBe("vni");
    expect(legacyEncodingOfFont("Times New Roman")).toBeNull();
    expect(legacyEncodingOfFont(undefined)).toBeNull();
    expect(isTcvn3CapitalFont(".VnTimeH")).toBe(true);
    expect(isTcvn3CapitalFont(".VnArialH")).toBe(true);
    expect(isTcvn3CapitalFont(".VnTime")).toBe(false);
    expect(isTcvn3CapitalFont("VNI-Times")).toBe(false);
  });

  it("decodeLegacy leaves Unicode text alone", () => {
    expect(decodeLegacy("Nguyễn Thị Thủy", "tcvn3")).toBe("Nguyễn Thị Thủy");
    expect(decodeLegacy("Nguyễn Thị Thủy", "vni")).toBe("Nguyễn Thị Thủy");
    expect(decodeLegacy("NguyÔn ThÞ Thñy", "tcvn3")).toBe("Nguyễn Thị Thủy");
    expect(decodeLegacy("Nguyeãn Thò Thuûy", "vni")).toBe("Nguyễn Thị Thủy");
  });

  it("isPlausibleVietnameseWord", () => {
    for (const w of ["Nguyễn", "khuya", "QUỲNH", "thuở", "giữa", "ĐVT", "QĐ", "người", "Mường"]) expect(isPlausibleVietnameseWord(w)).toBe(true);
    for (const w of ["GiÊy", "cña", "Nguyeãn", "Vaên", "HUYÖN", "hÖn", "café"]) expect(isPlausibleVietnameseWord(w)).toBe(false);
  });
});

describe("properties", () => {
  const seed = 20210623;
  const lowerLetters = Array.from("abcdđeghiklmnopqrstuvxyăâêôơư") .concat(UNIKEY_TABLE.map(([l]) => l).filter((l) => !isUpper(l)));
  const allLetters = Array.from("abcdđeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY").concat(UNIKEY_TABLE.map(([l]) => l));
  const separators = [" ", " ", ", ", "-", "/", "0", "9", "(", ")"];
  const text = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet, ...separators), { maxLength: 60 }).map((a) => a.join(""));

  it("VNI: decode(encode(s)) == s over the whole alphabet, both cases", () => {
    fc.assert(
      fc.property(text(allLetters), (s) => {
        expect(decodeVni(testEncodeVni(s))).toBe(s);
        expect(decodeVni(encodeVni(s))).toBe(s);
      }),
      { seed, numRuns: 500 },
    );
  });

  it("TCVN3: decode(encode(s)) == s for lower case, and with the capital font for upper case", () => {
    fc.assert(
      fc.property(text(lowerLetters), (s) => {
        expect(decodeTcvn3(testEncodeTcvn3(s))).toBe(s);
        expect(decodeTcvn3(testEncodeTcvn3(s), { capitals: false })).toBe(s);
        expect(decodeTcvn3(testEncodeTcvn3(s.toUpperCase()), { capitals: true })).toBe(s.toUpperCase());
      }),
      { seed, numRuns: 500 },
    );
  });

  it("TCVN3 byte-exact decoding keeps ASCII capitals and TCVN3's own capitals", () => {
    const alphabet = lowerLetters.concat(Array.from("ABCDGHKLMNQTUVXY" + TCVN3_OWN_CAPITALS));
    fc.assert(
      fc.property(text(alphabet), (s) => {
        expect(decodeTcvn3(testEncodeTcvn3(s), { capitals: false })).toBe(s);
      }),
      { seed, numRuns: 500 },
    );
  });

  it("decoders never throw", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        decodeTcvn3(s);
        decodeVni(s);
        detectLegacyEncoding([s]);
      }),
      { seed, numRuns: 300 },
    );
  });
});

const SAMPLES = path.resolve(__dirname, "../../../../shared/samples");
const haveSamples = fs.existsSync(SAMPLES);
if (!haveSamples) console.warn(`legacy.test: ${SAMPLES} is absent: sample-corpus tests skipped`);
const describeSamples = haveSamples ? describe : describe.skip;

function sheetTexts(ws: XLSX.WorkSheet): string[] {
  const rows = (ws["!data"] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const out: string[] = [];
  for (const row of rows) for (const cell of row ?? []) if (cell && cell.t === "s" && typeof cell.v === "string") out.push(cell.v);
  return out;
}

describeSamples("sample corpus", () => {
  it("16-xa-muong-khong.xls is TCVN3 and every cell decodes to Vietnamese", () => {
    const wb = XLSX.read(fs.readFileSync(path.join(SAMPLES, "16-xa-muong-khong.xls")), { dense: true });
    const decodedAll: string[] = [];
    let checkedWords = 0;
    for (const name of wb.SheetNames) {
      const texts = sheetTexts(wb.Sheets[name]);
      expect(texts.length).toBeGreaterThan(5);
      expect(detectLegacyEncoding(texts)).toBe("tcvn3");
      for (const t of texts) {
        const decoded = decodeLegacy(t, "tcvn3");
        decodedAll.push(decoded);
        checkedWords += decoded.split(/\s+/).filter((w) => /\P{ASCII}/u.test(w)).length;
        // no Latin-1 symbol is left, and every word is a Vietnamese syllable, a number or an abbreviation
        expect(decoded).not.toMatch(/[\u0080-\u00bf\u00d7\u00f7]/);
        // ASCII words (STT, UBND, II, B) are the same in every reading
        for (const word of decoded.split(/[\s\d!-@[-`{-~]+/).filter((w) => /\P{ASCII}/u.test(w))) {
          if (!isPlausibleVietnameseWord(word)) throw new Error(`"${word}" in "${decoded}" (from "${t}")`);
        }
      }
    }
    expect(checkedWords).toBeGreaterThan(300);
    for (const expected of [
      "UBND HUYỆN TUẦN GIÁO",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Mường Khong, ngày 23 tháng 6 năm 2021",
      "Chức vụ, đơn vị công tác",
      "Hình thức khen thưởng",
      "Tổ bảo vệ rừng bản Huổi Cáy",
      "Công chức Tư pháp - Hộ tịch xã Mường Khong",
      "Quàng Thị Thủy",
      "Lường Thanh Biên",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Chỉ tiêu",
      "ĐVT",
      "Tỷ lệ (%) so với KH",
      "VĂN HÓA - XÃ HỘI",
      "Gạo hỗ trợ hộ nghèo dịp Tết Nguyên đán",
      "TỔNG HỢP KẾT QUẢ KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2021",
      "Cộng",
    ]) {
      expect(decodedAll).toContain(expected);
    }
  });

  it("no other sample sheet is taken for legacy text", () => {
    const files = fs.readdirSync(SAMPLES).filter((f) => /\.(xlsx|xls|ods)$/.test(f) && !f.startsWith("16-"));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const wb = XLSX.read(fs.readFileSync(path.join(SAMPLES, f)), { dense: true });
      for (const name of wb.SheetNames) {
        const texts = sheetTexts(wb.Sheets[name]);
        if (detectLegacyEncoding(texts) !== null) throw new Error(`${f} / ${name} detected as legacy`);
      }
    }
  });
});
