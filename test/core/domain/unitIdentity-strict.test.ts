/**
 * unitIdentity.ts's parts issue 16's mutation run found untested: file names with several codes or
 * separators, the initials of a registry unit ("LĐLĐ", "TN&MT"), numbers inside unit names, "&"
 * typed without spaces, the three-word edge of "prefix", and which unit wins a tie. Each test makes
 * its own registry objects: findUnitIn remembers a unit's spellings per object, so a registry shared
 * by the tests would be read by the first test only.
 */
import { findUnitIn, sameUnit, unitWordsOfFileName } from "../../../src/core/domain/unitIdentity";

type Mode = "equal" | "prefix" | "contains";
/** the index of the unit found among `names`, or undefined */
const foundAt = (text: string, names: string[], mode: Mode) => findUnitIn(text, names.map((name, at) => ({ name, at })), mode)?.at;

describe("unitWordsOfFileName: codes, separators and the extension", () => {
  test.each([
    ["12_ban.chqs.huyen.xlsx", "ban chqs huyen"], // dots inside the name are separators; only the last is the extension
    ["05_xa-quai-nua-.xlsx", "xa quai nua"], // a trailing separator
    ["-xa-quai-nua.xls", "xa quai nua"], // a leading one
    ["05__xa--quai.xlsx", "xa quai"], // doubled separators are one space
    ["05_ma14-ban-chqs.xlsx", "ban chqs"], // two codes in front
    ["12a-xa-quai-nua.xlsx", "xa quai nua"], // a code with a letter after its number
    ["05 - xa-quai-nua.xlsx", "xa quai nua"], // spaces around a separator
    ["truong-th-so-1-xa-quai.xlsx", "truong th so 1 xa quai"], // a number inside the name is not a code
  ])("%s -> %s", (file, words) => {
    expect(unitWordsOfFileName(file)).toBe(words);
  });
});

describe("unit keys: punctuation and '&'", () => {
  test("runs of punctuation around a name are dropped", () => {
    expect(sameUnit(".. Xã Quài Nưa ,,", "Xã Quài Nưa")).toBe(true);
    expect(sameUnit("-- Xã Quài Nưa ;;", "Xã Quài Nưa")).toBe(true);
  });
  test("'&' typed without spaces is 'và', as with them or as '-'", () => {
    expect(sameUnit("VP HĐND&UBND", "Văn phòng HĐND và UBND")).toBe(true);
    expect(sameUnit("VP HĐND&UBND", "VP HĐND-UBND")).toBe(true);
    expect(sameUnit("Hội Nông dân&Phụ nữ", "Hội Nông dân & Phụ nữ")).toBe(true);
    expect(sameUnit("Hội Nông dân&Phụ nữ", "Hội Nông dân Phụ nữ xã")).toBe(false);
  });
});

describe("findUnitIn: initials of a registry unit", () => {
  test("'Đ' stays an initial of its own, other letters lose their marks", () => {
    expect(foundAt("LĐLĐ HUYỆN", ["Liên đoàn Lao động huyện"], "equal")).toBe(0);
    expect(foundAt("LDLD HUYỆN", ["Liên đoàn Lao động huyện"], "equal")).toBeUndefined();
  });
  test("'và' inside the run is a space, as '&' in the text", () => {
    expect(foundAt("PHÒNG TN&MT", ["Phòng Tài nguyên và Môi trường"], "equal")).toBe(0);
    expect(foundAt("PHÒNG TN MT", ["Phòng Tài nguyên và Môi trường"], "equal")).toBe(0);
    expect(foundAt("PHÒNG TNVMT", ["Phòng Tài nguyên và Môi trường"], "equal")).toBeUndefined();
  });
  test("initials of a run of the unit's words, the words before and after kept", () => {
    expect(foundAt("HỘI CCB HUYỆN", ["Hội Cựu chiến binh huyện"], "equal")).toBe(0);
    expect(foundAt("HỘI CỰU CB HUYỆN", ["Hội Cựu chiến binh huyện"], "equal")).toBe(0);
    expect(foundAt("HCCB HUYỆN", ["Hội Cựu chiến binh huyện"], "equal")).toBe(0);
    expect(foundAt("HỘI CỰU CHIẾN B", ["Hội Cựu chiến binh huyện"], "equal")).toBeUndefined();
  });
});

describe("findUnitIn: numbers, text without diacritics, the edges of prefix and ties", () => {
  const schools = ["Trường Tiểu học số 1", "Trường Tiểu học số 2"];
  test("the number in a unit's name tells it apart, in every mode", () => {
    expect(foundAt("TRƯỜNG TH SỐ 2", schools, "equal")).toBe(1);
    expect(foundAt("DANH SÁCH: TRƯỜNG TH SỐ 2, NĂM 2025", schools, "contains")).toBe(1);
    expect(foundAt("DANH SÁCH TRƯỜNG TH SỐ 3", schools, "contains")).toBeUndefined();
  });
  test("a text with no diacritics is matched without them", () => {
    expect(foundAt("xa quai nua", ["Xã Quài Nưa"], "equal")).toBe(0);
    expect(foundAt("danh sach xa quai nua", ["Xã Quài Nưa"], "contains")).toBe(0);
  });
  test("prefix: three words are enough, two are not; the last word must be whole", () => {
    expect(foundAt("ĐỘI VĂN NGHỆ", ["Đội Văn nghệ Quài"], "prefix")).toBe(0);
    expect(foundAt("ĐỘI VĂN", ["Đội Văn nghệ"], "prefix")).toBeUndefined();
    expect(foundAt("ĐỘI VĂN NGH", ["Đội Văn nghệ Quài"], "prefix")).toBeUndefined();
  });
  test("of two units named alike, the first listed wins; the longest wins whatever the order", () => {
    expect(foundAt("XÃ QUÀI NƯA", ["Xã Quài Nưa", "UBND xã Quài Nưa"], "equal")).toBe(0);
    expect(foundAt("XÃ QUÀI NƯA", ["UBND xã Quài Nưa", "Xã Quài Nưa"], "equal")).toBe(0);
    expect(foundAt("DANH SÁCH TRƯỜNG TH XÃ QUÀI NƯA", ["Trường Tiểu học Xã Quài Nưa", "Xã Quài Nưa"], "contains")).toBe(0);
    expect(foundAt("DANH SÁCH TRƯỜNG TH XÃ QUÀI NƯA", ["Xã Quài Nưa", "Trường Tiểu học Xã Quài Nưa"], "contains")).toBe(1);
  });
  test("a unit with no name, an empty text or a text of punctuation names nothing", () => {
    const units = [{ name: undefined as unknown as string }, { name: "" }, { name: "  " }, { name: "Xã Quài Nưa" }];
    expect(findUnitIn("XÃ QUÀI NƯA", units, "equal")).toBe(units[3]);
    for (const mode of ["equal", "prefix", "contains"] as const) {
      expect(findUnitIn("", units, mode)).toBeUndefined();
      expect(findUnitIn(" ... ", units, mode)).toBeUndefined();
    }
  });
});
