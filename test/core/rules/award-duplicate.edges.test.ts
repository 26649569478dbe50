/**
 * award-duplicate, branch by branch (issue 16): where the earlier row is said to be (a row of the
 * same file, or another file's cell), which earlier row is named, the kind of recipient, the
 * namesake with the same birth date in another unit (an info line) and one CCCD under two names
 * (a warning at both rows); every message in full, the flagged and related cells.
 */
import type { AwardRecord } from "../../../src/core/model";
import { awardDuplicate } from "../../../src/core/rules/award-duplicate";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

type Row = Partial<AwardRecord> & { name: string; awardText: string };
const LDTT = "Lao động tiên tiến";
const run = (...sheets: SheetBuilder[]) => awardDuplicate.check(contextOf({ name: "", sheets }));
const list = (file: string, ...rows: Row[]) => {
  const s = sheetOf(file, "DS", undefined, 10);
  for (const r of rows) s.award(r);
  return s;
};
const person = (extra: Partial<Row> = {}): Row => ({ name: "Lò Văn Minh", unit: "Trường TH số 1", awardText: LDTT, ...extra });

describe("award-duplicate: the duplicate's message", () => {
  it("one person given two awards: the second award's repeat is found too (a name's awards kept apart)", () => {
    const issues = run(list("a.xlsx", person(), person({ awardText: "Chiến sĩ thi đua cơ sở" }), person({ awardText: "Chiến sĩ thi đua cơ sở" }), person({ awardText: "Giấy khen" })));
    expect(issues.map((i) => `${i.cell} ${i.message.en}`)).toEqual(['B12 "Lò Văn Minh" receives "Chiến sĩ thi đua cơ sở" twice: already at row 11. Delete the duplicate or tell the two apart.']);
  });

  it("repeats of one first row, each in its own words: its own spelling and award text, this file's row or the other file", () => {
    // forty copies of a list share their messages (made once per first row and spelling); what each says is its own
    const issues = run(
      list("a.xlsx", person(), person({ name: "LÒ VĂN MINH" })),
      list("b.xlsx", person({ name: "LÒ VĂN MINH" }), person({ name: "LÒ VĂN MINH" })),
      list("c.xlsx", person(), person({ awardText: "LĐTT" })),
    );
    expect(issues.map((i) => `${i.file}!${i.cell} ${i.message.en}`)).toEqual([
      'a.xlsx!B11 "LÒ VĂN MINH" receives "Lao động tiên tiến" twice: already at row 10. Delete the duplicate or tell the two apart.',
      'b.xlsx!B10 "LÒ VĂN MINH" receives "Lao động tiên tiến" twice: already at file a.xlsx (DS!B10). Delete the duplicate or tell the two apart.',
      'b.xlsx!B11 "LÒ VĂN MINH" receives "Lao động tiên tiến" twice: already at file a.xlsx (DS!B10). Delete the duplicate or tell the two apart.',
      'c.xlsx!B10 "Lò Văn Minh" receives "Lao động tiên tiến" twice: already at file a.xlsx (DS!B10). Delete the duplicate or tell the two apart.',
      'c.xlsx!B11 "Lò Văn Minh" receives "Lao động tiên tiến" twice: already at file a.xlsx (DS!B10). Delete the duplicate or tell the two apart.',
    ]);
    expect(issues.map((i) => i.message.vi)).toContain('"LÒ VĂN MINH" được "Lao động tiên tiến" hai lần: đã có ở dòng 10. Xóa dòng trùng hoặc ghi rõ nếu là hai người khác nhau.');
    expect(new Set(issues.map((i) => i.related?.join()))).toEqual(new Set(["a.xlsx | DS!B10"]));
  });

  it("in one file: the earlier row's number", () => {
    expect(run(list("a.xlsx", person(), person()))).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "B11",
        message: {
          vi: '"Lò Văn Minh" được "Lao động tiên tiến" hai lần: đã có ở dòng 10. Xóa dòng trùng hoặc ghi rõ nếu là hai người khác nhau.',
          en: '"Lò Văn Minh" receives "Lao động tiên tiến" twice: already at row 10. Delete the duplicate or tell the two apart.',
        },
        related: ["a.xlsx | DS!B10"],
      },
    ]);
  });

  it("across files: the other file, its sheet and cell", () => {
    const issues = run(list("a.xlsx", person()), sheetOf("b.xlsx", "DS 2", undefined, 30).award(person({ awardText: "LĐTT" })));
    expect(issues).toEqual([
      {
        file: "b.xlsx",
        sheet: "DS 2",
        cell: "B30",
        message: {
          vi: '"Lò Văn Minh" được "Lao động tiên tiến" hai lần: đã có ở tệp a.xlsx (DS!B10). Xóa dòng trùng hoặc ghi rõ nếu là hai người khác nhau.',
          en: '"Lò Văn Minh" receives "Lao động tiên tiến" twice: already at file a.xlsx (DS!B10). Delete the duplicate or tell the two apart.',
        },
        related: ["a.xlsx | DS!B10"],
      },
    ]);
  });

  it("an award the catalogue does not know never meets a known one, even written as the known one's code", () => {
    // "hc-sao-vang" is the catalogue's id of Huân chương Sao vàng, but as a written award it is unknown
    expect(run(list("a.xlsx", person({ awardText: "Huân chương Sao vàng" }), person({ awardText: "hc-sao-vang" })))).toEqual([]);
  });

  it("an award the catalogue does not know is compared and quoted as written", () => {
    const issues = run(list("a.xlsx", person({ awardText: "Khen ngợi miệng" }), person({ awardText: "Khen ngợi miệng" }), person({ awardText: "Khen miệng" })));
    expect(issues.map((i) => i.message.en)).toEqual(['"Lò Văn Minh" receives "Khen ngợi miệng" twice: already at row 10. Delete the duplicate or tell the two apart.']);
  });

  it("a third row names the first, not the second; each later row is reported", () => {
    const issues = run(list("a.xlsx", person(), person(), person()));
    expect(issues.map((i) => [i.cell, i.related])).toEqual([
      ["B11", ["a.xlsx | DS!B10"]],
      ["B12", ["a.xlsx | DS!B10"]],
    ]);
  });

  it("the earlier row found through its place, when an even earlier one only shares the unit through the sender list", () => {
    const a = sheetOf("a.xlsx", "DS", "UBND xã Quài Nưa", 10).award({ name: "Lò Văn Minh", unit: "Xã Quài Nưa", awardText: LDTT });
    const b = sheetOf("b.xlsx", "DS", "Văn phòng HĐND và UBND", 20).award({ name: "Lò Văn Minh", unit: "UBND xã Quài Nưa", awardText: LDTT });
    const c = sheetOf("c.xlsx", "DS", "Phòng Nội vụ", 30).award({ name: "Lò Văn Minh", unit: "Bản Co Sáng, xã Quài Nưa", awardText: LDTT });
    expect(run(a, b, c).map((i) => `${i.file}!${i.cell} -> ${(i.related ?? []).join(";")}`)).toEqual(["b.xlsx!B20 -> a.xlsx | DS!B10", "c.xlsx!B30 -> a.xlsx | DS!B10"]);
  });
});

describe("award-duplicate: who is the same recipient", () => {
  it("a collective and an individual of one name are two recipients; a row of no kind matches either", () => {
    expect(run(list("a.xlsx", person({ kind: "collective" }), person({ kind: "individual" })))).toEqual([]);
    expect(run(list("a.xlsx", person({ kind: "collective" }), person({ kind: undefined }))).map((i) => i.cell)).toEqual(["B11"]);
    expect(run(list("a.xlsx", person({ kind: undefined }), person({ kind: "individual" }))).map((i) => i.cell)).toEqual(["B11"]);
  });

  it("one year's award and the next year's are two; an undated row matches either", () => {
    expect(run(list("a.xlsx", person({ decisionDate: "2021-05-01" }), person({ decisionDate: "2022-05-01" })))).toEqual([]);
    expect(run(list("a.xlsx", person({ decisionDate: "2021-05-01" }), person()))).toHaveLength(1);
  });
});

describe("award-duplicate: a namesake with the same birth date in another unit", () => {
  const twin = (unit: Partial<Row>) => run(list("a.xlsx", person({ birthDate: "1980-01-02" }), { name: "Lò Văn Minh", awardText: LDTT, birthDate: "1980-01-02", ...unit }));

  it("is an info line naming the other row, with the row's unit", () => {
    expect(twin({ unit: "Trường TH số 2" })).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "B11",
        severity: "info",
        message: {
          vi: '"Lò Văn Minh" (Trường TH số 2) trùng tên và ngày sinh với một người ở đơn vị khác (a.xlsx, DS!B10); không tính là trùng. Kiểm tra nếu là cùng một người.',
          en: '"Lò Văn Minh" (Trường TH số 2) has the name and birth date of a person in another unit (a.xlsx, DS!B10); not counted as a duplicate. Check whether they are the same person.',
        },
        related: ["a.xlsx | DS!B10"],
      },
    ]);
  });

  it("names the position when there is no unit, else the file", () => {
    expect(twin({ unit: undefined, position: "Giáo viên Trường TH số 2" })[0].message.en.startsWith('"Lò Văn Minh" (Giáo viên Trường TH số 2) has')).toBe(true);
    expect(twin({ unit: undefined, position: undefined, sender: "UBND xã Mường Mùn" })[0].message.vi.startsWith('"Lò Văn Minh" (a.xlsx) trùng tên')).toBe(true);
  });

  it("not for another birth date, another year, or another CCCD; nor without a birth date", () => {
    expect(twin({ unit: "Trường TH số 2", birthDate: "1980-01-03" })).toEqual([]);
    expect(run(list("a.xlsx", person({ birthDate: "1980-01-02", decisionDate: "2021-05-01" }), person({ unit: "Trường TH số 2", birthDate: "1980-01-02", decisionDate: "2022-05-01" })))).toEqual([]);
    expect(
      run(list("a.xlsx", person({ birthDate: "1980-01-02", idNumber: "11223344556" }), person({ unit: "Trường TH số 2", birthDate: "1980-01-02", idNumber: "11223344557" }))),
    ).toEqual([]);
    expect(run(list("a.xlsx", person(), person({ unit: "Trường TH số 2" })))).toEqual([]);
  });

  it("two people of one name and unit (two CCCDs), then a row without a CCCD that could be either: it names the earlier of the two", () => {
    const issues = run(list("a.xlsx", person({ idNumber: "11223344556" }), person({ idNumber: "11223344557" }), person()));
    expect(issues.map((i) => [i.cell, i.related])).toEqual([["B12", ["a.xlsx | DS!B10"]]]);
  });

  it("one name in two workplaces that positions name, no CCCD on either row: two people, not one", () => {
    const at = (position: string): Row => ({ name: "Lò Văn Minh", awardText: LDTT, position, sender: "UBND xã Quài Nưa" });
    expect(run(list("a.xlsx", at("Giáo viên Trường TH số 1"), at("Giáo viên Trường TH số 2")))).toEqual([]);
    expect(run(list("a.xlsx", at("Giáo viên Trường TH số 1"), at("Giáo viên Trường TH số 1")))).toHaveLength(1);
    // a CCCD on one row only says nothing of the other: still two workplaces, two people
    expect(run(list("a.xlsx", { ...at("Giáo viên Trường TH số 1"), idNumber: "11223344556" }, at("Giáo viên Trường TH số 2")))).toEqual([]);
  });

  it("the earliest match is named even when a later one comes first in the row's own unit's list", () => {
    // Y and X are two people (two CCCDs); C, without one, is in X's unit and in Y's commune
    const s = sheetOf("a.xlsx", "DS", "UBND xã Quài Nưa", 10)
      .award({ name: "Lò Văn Minh", unit: "Bản Co Sáng, xã Quài Nưa", idNumber: "11223344556", awardText: LDTT })
      .award({ name: "Lò Văn Minh", unit: "Trường TH số 1", idNumber: "11223344557", awardText: LDTT })
      .award({ name: "Lò Văn Minh", unit: "Trường TH số 1", awardText: LDTT });
    expect(run(s).map((i) => [i.cell, i.related])).toEqual([["B12", ["a.xlsx | DS!B10"]]]);
  });

  it("a later row that matches neither is kept as a candidate: a fourth row duplicates the third", () => {
    const issues = run(list("a.xlsx", person(), person({ unit: "Trường TH số 2" }), person({ unit: "Trường TH số 2" })));
    expect(issues.map((i) => [i.cell, i.related])).toEqual([["B12", ["a.xlsx | DS!B11"]]]);
  });
});

describe("award-duplicate: one CCCD under two names", () => {
  it("a warning at both rows, each naming the other, at the CCCD cell when there is one", () => {
    const s = sheetOf("a.xlsx", "DS", undefined, 10)
      .award({ name: "Lò Thị Hoa", unit: "Xã A", awardText: LDTT, idNumber: "11223344556", cells: { name: "B10", idNumber: "H10" } })
      .award({ name: "Lò Thị Hòa", unit: "Xã A", awardText: "Giấy khen Chủ tịch UBND huyện", idNumber: "11223344556" });
    expect(run(s)).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "H10",
        severity: "warning",
        message: {
          vi: 'Số CCCD/CMND của "Lò Thị Hoa" trùng với "Lò Thị Hòa" (a.xlsx, DS!B11): một trong hai tên hoặc số bị ghi sai. Không tính là khen thưởng trùng; kiểm tra lại.',
          en: 'The CCCD/CMND of "Lò Thị Hoa" is that of "Lò Thị Hòa" (a.xlsx, DS!B11): one of the names or numbers is mistyped. Not counted as a duplicate; check it.',
        },
        related: ["a.xlsx | DS!B11"],
      },
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "B11",
        severity: "warning",
        message: {
          vi: 'Số CCCD/CMND của "Lò Thị Hòa" trùng với "Lò Thị Hoa" (a.xlsx, DS!B10): một trong hai tên hoặc số bị ghi sai. Không tính là khen thưởng trùng; kiểm tra lại.',
          en: 'The CCCD/CMND of "Lò Thị Hòa" is that of "Lò Thị Hoa" (a.xlsx, DS!B10): one of the names or numbers is mistyped. Not counted as a duplicate; check it.',
        },
        related: ["a.xlsx | DS!B10"],
      },
    ]);
  });

  it("across files each warning names the other file; once per pair of names; the same name is no warning", () => {
    const a = list("a.xlsx", { name: "Lò Thị Hoa", unit: "Xã A", awardText: LDTT, idNumber: "11223344556" });
    const b = sheetOf("b.xlsx", "DS 2", undefined, 5)
      .award({ name: "Lò Thị Hòa", unit: "Xã A", awardText: "Giấy khen Chủ tịch UBND huyện", idNumber: "11223344556" })
      .award({ name: "Lò Thị Hòa", unit: "Xã A", awardText: "Bằng khen của Chủ tịch UBND tỉnh", idNumber: "11223344556" })
      .award({ name: "LÒ THỊ HOA", unit: "Xã A", awardText: "Kỷ niệm chương", idNumber: "11223344556" })
      .award({ name: "Cà Văn Lả", unit: "Xã A", awardText: "Kỷ niệm chương", idNumber: "11223344556" });
    const issues = run(a, b);
    expect(issues.map((i) => `${i.file}!${i.cell} ${(i.related ?? []).join(";")}`)).toEqual([
      "a.xlsx!B10 b.xlsx | DS 2!B5",
      "b.xlsx!B5 a.xlsx | DS!B10",
      "a.xlsx!B10 b.xlsx | DS 2!B8",
      "b.xlsx!B8 a.xlsx | DS!B10",
    ]);
    expect(issues[1].message.en).toBe(
      'The CCCD/CMND of "Lò Thị Hòa" is that of "Lò Thị Hoa" (a.xlsx, DS!B10): one of the names or numbers is mistyped. Not counted as a duplicate; check it.',
    );
    expect(issues[0].message.en).toContain('"Lò Thị Hòa" (b.xlsx, DS 2!B5)');
  });
});
