/**
 * The rules' shared helpers (src/core/rules/support.ts), each on both sides (issue 16): cells and
 * references, numbers in messages, commune places, per-record keys, and the loose comparisons the
 * duplicate and prerequisite rules build on.
 */
import type { AwardRecord } from "../../../src/core/model";
import { unitKey } from "../../../src/core/domain/unitIdentity";
import {
  awardInfo,
  awardMatchOf,
  cellOf,
  eachAward,
  num,
  placesIn,
  refString,
  sameBirth,
  samePeriod,
  sameUnit,
  sameWorkplace,
  unitIsOtherSender,
  type AwardInfo,
} from "../../../src/core/rules/support";
import { contextOf, sheetOf } from "./ruleTester";

let row = 1;
const rec = (a: Partial<AwardRecord>): AwardRecord => ({
  ref: { file: "a.xlsx", sheet: "DS", cell: `B${row}`, row: row++ },
  kind: "individual",
  kindSource: "column",
  cells: {},
  name: "Lò Văn A",
  awardText: "Lao động tiên tiến",
  ...a,
});
const info = (a: Partial<AwardRecord>): AwardInfo => awardInfo(rec(a));

describe("support: cells, references, numbers", () => {
  it("cellOf: the first role the record has, else its own cell", () => {
    const r = { cells: { decision: "E5", decisionDate: "" }, ref: { cell: "B5" } };
    expect(cellOf(r, "decisionDate", "decision")).toBe("E5");
    expect(cellOf(r, "decisionDate")).toBe("B5");
    expect(cellOf({ cells: { name: "C5", award: "D5" }, ref: { cell: "B5" } }, "award", "name")).toBe("D5");
  });

  it("refString: file | sheet!cell", () => {
    expect(refString("a.xlsx", "DS 2", "C7")).toBe("a.xlsx | DS 2!C7");
  });

  it("num: each language's separators; binary noise rounded away unless decimals are given", () => {
    expect(num(1234.5)).toEqual({ vi: "1.234,5", en: "1,234.5" });
    expect(num(0.1 + 0.2)).toEqual({ vi: "0,3", en: "0.3" });
    expect(num(51.724, 1)).toEqual({ vi: "51,7", en: "51.7" });
    expect(num(0.1234567)).toEqual({ vi: "0,123457", en: "0.123457" });
  });

  it("eachAward: every award of every sheet of every file, with the file's index", () => {
    const ctx = contextOf({
      name: "",
      sheets: [sheetOf("a.xlsx", "DS").award({ name: "A", awardText: "x" }), sheetOf("a.xlsx", "DS2").award({ name: "B", awardText: "x" }), sheetOf("b.xlsx", "DS").award({ name: "C", awardText: "x" })],
    });
    expect([...eachAward(ctx)].map((a) => `${a.fileIndex} ${a.file.file} ${a.sheet.sheet} ${a.record.name}`)).toEqual(["0 a.xlsx DS A", "0 a.xlsx DS2 B", "1 b.xlsx DS C"]);
  });
});

describe("support: places", () => {
  it("communes, towns and wards, as written, after a start, a space, a comma or a parenthesis", () => {
    expect(placesIn("UBND xã Si Pa Phìn")).toEqual(["Si Pa Phìn"]);
    expect(placesIn("Xã Quài Nưa")).toEqual(["Quài Nưa"]);
    expect(placesIn("UBND THỊ TRẤN Tuần Giáo")).toEqual(["Tuần Giáo"]);
    expect(placesIn("Công an phường Him Lam, Thị trấn Tủa Chùa")).toEqual(["Him Lam", "Tủa Chùa"]);
    expect(placesIn("Trạm Y tế (xã Mường Mùn)")).toEqual(["Mường Mùn"]);
  });

  it("no place: a lower-case name, no name, the word inside another word, nothing at all", () => {
    expect(placesIn("xã bên cạnh")).toEqual([]);
    expect(placesIn("Bản Xã")).toEqual([]);
    expect(placesIn("Caxã Lai")).toEqual([]);
    expect(placesIn("")).toEqual([]);
    expect(placesIn(undefined)).toEqual([]);
  });
});

describe("support: per-record keys", () => {
  it("the unit key is the unit's, else the sender's; the sender key is the sender's alone", () => {
    const withUnit = info({ unit: "UBND xã Quài Nưa", sender: "Phòng GD&ĐT" });
    const noUnit = info({ sender: "UBND xã Quài Nưa" });
    expect(withUnit.unitKey).toBe(noUnit.unitKey);
    expect(withUnit.unitKey).not.toBe("");
    expect(withUnit.senderKey).not.toBe(withUnit.unitKey);
    expect(noUnit.senderKey).toBe(noUnit.unitKey);
    expect(info({}).unitKey).toBe("");
  });

  it("the place is the unit's first commune, else the sender's", () => {
    expect(info({ unit: "Trường TH xã Quài Nưa", sender: "UBND xã Mường Mùn" }).placeKey).toBe(info({ unit: "Xã Quài Nưa" }).placeKey);
    expect(info({ unit: "Trường TH số 1", sender: "UBND xã Mường Mùn" }).placeKey).toBe(info({ unit: "UBND xã Mường Mùn" }).placeKey);
    expect(info({ unit: "Trường TH số 1" }).placeKey).toBe("");
  });

  it("the work key: the unit, else the workplace the position names, else the sender", () => {
    const school = info({ position: "Giáo viên Trường TH số 1", sender: "Phòng GD&ĐT" });
    expect(school.workKey).toBe(info({ unit: "Trường TH số 1" }).workKey);
    expect(info({ position: "Giáo viên", sender: "Phòng GD&ĐT" }).workKey).toBe(info({ unit: "Phòng GD&ĐT" }).workKey);
    expect(info({ unit: "Trường TH số 2", position: "Giáo viên Trường TH số 1" }).workKey).toBe(info({ unit: "Trường TH số 2" }).workKey);
  });

  it("the year is the decision date's first four digits, when it starts with them", () => {
    expect(info({ decisionDate: "2021-05-24" }).year).toBe("2021");
    expect(info({ decisionDate: "24/05/2021" }).year).toBeUndefined();
    expect(info({}).year).toBeUndefined();
  });

  it("the match: the text's, else the award the reader settled with another column; with how it was settled", () => {
    expect(info({ awardText: "Lao động tiên tiến" }).match).toMatchObject({ kind: "known", award: { id: "ldtt" } });
    const settled = info({ awardText: "Giấy khen", awardId: "gk-ct-ubnd-huyen", awardSettledBy: "issuer" });
    expect(settled.match).toMatchObject({ kind: "known", award: { id: "gk-ct-ubnd-huyen" }, exact: false, settledBy: "issuer" });
    expect(settled.intended?.id).toBe("gk-ct-ubnd-huyen");
    expect("settledBy" in info({ awardText: "Giấy khen", awardId: "gk-ct-ubnd-huyen" }).match).toBe(false);
    // an id the catalogue does not hold settles nothing
    expect(info({ awardText: "Giấy khen", awardId: "no-such-award" }).match.kind).toBe("unknown");
    expect(info({ awardText: undefined }).match.kind).toBe("unknown");
  });

  it("the intended award of a spelling slip is its suggestion; nothing for a name far from any", () => {
    expect(info({ awardText: "Lao đông tiến tiến" }).intended?.id).toBe("ldtt");
    expect(info({ awardText: "Khen ngợi miệng" }).intended).toBeUndefined();
  });

  it("kept with the record out of sight: JSON, keys, spreading and the structured clone show the record as it was", () => {
    const r = rec({ name: "Lò Văn A", awardText: "Lao động tiên tiến", unit: "Trường TH số 1" });
    const json = JSON.stringify(r);
    const keys = Reflect.ownKeys(r).filter((k) => Object.prototype.propertyIsEnumerable.call(r, k));
    awardInfo(r);
    expect(JSON.stringify(r)).toBe(json);
    expect(Reflect.ownKeys(r).filter((k) => Object.prototype.propertyIsEnumerable.call(r, k))).toEqual(keys);
    expect(Object.getOwnPropertySymbols({ ...r })).toEqual([]);
    expect(structuredClone(r)).toEqual(JSON.parse(json));
  });

  it("a copy of a record with another award or name (a user's decision applied) is matched on its own", () => {
    const r = rec({ name: "Lò Văn A", awardText: "Lao động tiên tiến" });
    expect(awardInfo(r).intended?.id).toBe("ldtt");
    const copy = { ...r, name: "Lò Văn B", awardText: "Chiến sĩ thi đua cơ sở" };
    expect(awardInfo(copy).intended?.id).toBe("cstdcs");
    expect(awardInfo(copy).nameKey).toBe(awardInfo(rec({ name: "Lò Văn B" })).nameKey);
    expect(awardMatchOf(r).intended?.id).toBe("ldtt");
  });

  it("made again once the record's sender is attached; the award match, which needs no sender, is kept", () => {
    const r = rec({ position: "Giáo viên", awardText: "Lao động tiên tiến" });
    const before = awardInfo(r);
    const match = awardMatchOf(r);
    expect(before).toMatchObject({ senderKey: "", workKey: "", sender: undefined });
    r.sender = "Xã Quài Nưa";
    const after = awardInfo(r);
    expect(after).not.toBe(before);
    expect(after).toMatchObject({ senderKey: unitKey("Xã Quài Nưa"), workKey: unitKey("Xã Quài Nưa"), sender: "Xã Quài Nưa" });
    expect(after.match).toBe(before.match);
    expect(awardMatchOf(r)).toBe(match);
    expect(match).toMatchObject({ match: before.match, intended: before.intended, nameKey: before.nameKey, year: before.year });
    expect(after.nameKey).toBe(before.nameKey);
    expect(after.nameKey).not.toBe("");
    expect(awardInfo(r)).toBe(after);
  });

  it("computed once per record", () => {
    const r = rec({ unit: "Xã Quài Nưa" });
    expect(awardInfo(r)).toBe(awardInfo(r));
  });
});

describe("support: loose comparisons", () => {
  const k = (unitKey: string, placeKey = "", senderKey = "", workKey = ""): AwardInfo => ({ unitKey, placeKey, senderKey, workKey, nameKey: "n", match: { kind: "unknown", text: "" }, sender: undefined });

  it("sameUnit: equal non-blank unit keys, or equal non-blank places", () => {
    expect(sameUnit(k("u"), k("u"))).toBe(true);
    expect(sameUnit(k("u"), k("v"))).toBe(false);
    expect(sameUnit(k(""), k(""))).toBe(false);
    expect(sameUnit(k("u", "p"), k("v", "p"))).toBe(true);
    expect(sameUnit(k("u", ""), k("v", ""))).toBe(false);
    expect(sameUnit(k("u", "p"), k("v", "q"))).toBe(false);
    expect(sameUnit(k("u", "p"), k("v", ""))).toBe(false);
  });

  it("unitIsOtherSender: one row's unit is the other's sender, across two senders only", () => {
    expect(unitIsOtherSender(k("phong", "", "vp"), k("truong", "", "phong"))).toBe(true);
    expect(unitIsOtherSender(k("phong", "", "phong"), k("truong", "", "phong"))).toBe(false);
    expect(unitIsOtherSender(k("", "", "vp"), k("truong", "", ""))).toBe(false);
    expect(unitIsOtherSender(k("phong", "", "vp"), k("truong", "", ""))).toBe(false);
    expect(unitIsOtherSender(k("khac", "", "vp"), k("truong", "", "phong"))).toBe(false);
  });

  it("sameWorkplace: the same unit unless both workplaces are named and differ; else one's unit is the other's sender", () => {
    expect(sameWorkplace(k("u", "", "s", "w1"), k("u", "", "s", "w1"))).toBe(true);
    expect(sameWorkplace(k("u", "", "s", "w1"), k("u", "", "s", "w2"))).toBe(false);
    expect(sameWorkplace(k("u", "", "s", ""), k("u", "", "s", "w2"))).toBe(true);
    expect(sameWorkplace(k("u", "", "s", "w1"), k("u", "", "s", ""))).toBe(true);
    // a workplace that is the unit itself is no named workplace
    expect(sameWorkplace(k("u", "", "s", "u"), k("u", "", "s", "w2"))).toBe(true);
    expect(sameWorkplace(k("u", "", "s", "w1"), k("u", "", "s", "u"))).toBe(true);
    // different units: only across senders, one's unit being the other's sender (either way)
    expect(sameWorkplace(k("phong", "", "vp"), k("truong", "", "phong"))).toBe(true);
    expect(sameWorkplace(k("truong", "", "phong"), k("phong", "", "vp"))).toBe(true);
    expect(sameWorkplace(k("a", "", "s"), k("b", "", "s"))).toBe(false);
  });

  it("samePeriod: equal years, or a year unknown on either side", () => {
    const y = (year?: string): AwardInfo => ({ ...k("u"), ...(year ? { year } : {}) });
    expect(samePeriod(y("2021"), y("2021"))).toBe(true);
    expect(samePeriod(y("2021"), y("2022"))).toBe(false);
    expect(samePeriod(y(), y("2022"))).toBe(true);
    expect(samePeriod(y("2021"), y())).toBe(true);
  });

  it("sameBirth: equal dates, or a date missing on either side", () => {
    const b = (birthDate?: string) => rec(birthDate ? { birthDate } : {});
    expect(sameBirth(b("1980-01-01"), b("1980-01-01"))).toBe(true);
    expect(sameBirth(b("1980-01-01"), b("1981-01-01"))).toBe(false);
    expect(sameBirth(b(), b("1981-01-01"))).toBe(true);
    expect(sameBirth(b("1980-01-01"), b())).toBe(true);
  });
});
