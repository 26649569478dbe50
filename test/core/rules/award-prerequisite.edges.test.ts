/**
 * award-prerequisite, edge by edge (issue 16): the message with the unit, the sender or neither;
 * which rows count on either side (individuals only); the same period, birth date and unit.
 */
import type { AwardRecord } from "../../../src/core/model";
import { awardPrerequisite } from "../../../src/core/rules/award-prerequisite";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

type Row = Partial<AwardRecord> & { name: string; awardText: string };
const S = "Trường TH Chiềng Sinh";
const run = (...sheets: SheetBuilder[]) => awardPrerequisite.check(contextOf({ name: "", sheets }));
const list = (sender: string | undefined, ...rows: Row[]) => {
  const s = sheetOf("a.xlsx", "DS", sender, 10);
  for (const r of rows) s.award(r);
  return s;
};
const ldtt = (extra: Partial<Row> = {}): Row => ({ name: "Lò Thị Hoa", unit: S, awardText: "LĐTT", ...extra });
const cstdcs = (extra: Partial<Row> = {}): Row => ({ name: "Lò Thị Hoa", unit: S, awardText: "CSTĐCS", ...extra });

describe("award-prerequisite: edges", () => {
  it("the message in full, naming the unit; the award cell related", () => {
    expect(run(list(undefined, cstdcs()))).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "B10",
        message: {
          vi: '"Lò Thị Hoa" (Trường TH Chiềng Sinh) được Chiến sĩ thi đua cơ sở nhưng không có dòng Lao động tiên tiến cùng kỳ. Bổ sung danh hiệu Lao động tiên tiến hoặc xem lại đề nghị.',
          en: '"Lò Thị Hoa" (Trường TH Chiềng Sinh) is a Chiến sĩ thi đua cơ sở without a Lao động tiên tiến row for the same period. Add the Lao động tiên tiến title or review the proposal.',
        },
        related: ["DS!D10"],
      },
    ]);
  });

  it("names the sender when there is no unit, and neither when there is none", () => {
    expect(run(list("UBND xã Quài Nưa", cstdcs({ unit: undefined })))[0].message.en.startsWith('"Lò Thị Hoa" (UBND xã Quài Nưa) is a')).toBe(true);
    expect(run(list(undefined, cstdcs({ unit: undefined })))[0].message.vi.startsWith('"Lò Thị Hoa" được Chiến sĩ')).toBe(true);
  });

  it("only individuals: a collective or household CSTĐCS is not checked, and a collective's LĐTT covers no one", () => {
    expect(run(list(undefined, cstdcs({ kind: "collective" })))).toEqual([]);
    expect(run(list(undefined, cstdcs({ kind: "household" })))).toEqual([]);
    expect(run(list(undefined, ldtt({ kind: "collective" }), cstdcs()))).toHaveLength(1);
    expect(run(list(undefined, ldtt({ kind: "household" }), cstdcs()))).toHaveLength(1);
    expect(run(list(undefined, ldtt({ kind: undefined }), cstdcs({ kind: undefined })))).toEqual([]);
  });

  it("the LĐTT must be of the same period and birth date (either unknown matches)", () => {
    expect(run(list(undefined, ldtt({ decisionDate: "2021-05-01" }), cstdcs({ decisionDate: "2022-05-01" })))).toHaveLength(1);
    expect(run(list(undefined, ldtt({ decisionDate: "2021-05-01" }), cstdcs({ decisionDate: "2021-09-01" })))).toEqual([]);
    expect(run(list(undefined, ldtt({ birthDate: "1980-01-01" }), cstdcs({ birthDate: "1981-01-01" })))).toHaveLength(1);
    expect(run(list(undefined, ldtt(), cstdcs({ birthDate: "1981-01-01" })))).toEqual([]);
  });

  it("in one file, rows without any unit match each other, but not a row with a unit", () => {
    expect(run(list(undefined, ldtt({ unit: undefined }), cstdcs({ unit: undefined })))).toEqual([]);
    expect(run(list(undefined, ldtt({ unit: undefined }), cstdcs()))).toHaveLength(1);
    expect(run(list(undefined, ldtt(), cstdcs({ unit: undefined })))).toHaveLength(1);
  });

  it("the LĐTT may come after the CSTĐCS, or from another file of the same unit", () => {
    expect(run(list(undefined, cstdcs(), ldtt()))).toEqual([]);
    const other = sheetOf("b.xlsx", "DS").award(ldtt());
    expect(run(list(undefined, cstdcs()), other)).toEqual([]);
  });

  it("a row without a name, or with an unknown award, is not checked", () => {
    expect(run(list(undefined, cstdcs({ name: "" })))).toEqual([]);
    expect(run(list(undefined, { name: "Lò Thị Hoa", unit: S, awardText: "Khen ngợi miệng" }))).toEqual([]);
  });
});
