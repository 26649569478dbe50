/**
 * records/awards.ts: an award the row names only in part ("Chiến sĩ thi đua" with no level) that
 * the row's other cells settle (the "Cấp khen" column names the issuer): the record carries the
 * settled award, how it was settled, and the kind that award alone allows.
 */
import { type Cell, gridFromRows } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/layout/detect";
import { readAwards } from "../../../src/core/records/awards";

const ctx = { file: "x.xlsx", sheet: "DS", sender: "Xã Tân Lập" };
type Row = (string | number | null | Cell)[];

function read(rows: Row[]) {
  const g = gridFromRows(rows);
  return readAwards(g, detectTables(g)[0], ctx);
}

describe("an award settled by the row's issuer", () => {
  test("the level the issuer gives; the kind the settled award allows; a row left unsettled has neither", () => {
    const { records } = read([
      ["STT", "Họ và tên", "Hình thức khen thưởng", "Cấp khen", "Số QĐ"],
      [1, "Nguyễn Văn An", "Chiến sĩ thi đua", "Chủ tịch UBND xã", "12/QĐ-UBND"],
      [2, "Nguyễn Văn Ba", "Chiến sĩ thi đua", null, null],
    ]);
    expect(records.map((r) => [r.awardText, r.awardId, r.kind, r.kindSource, r.awardSettledBy, r.issuerText])).toEqual([
      ["Chiến sĩ thi đua", "cstdcs", "individual", "award", "issuer", "Chủ tịch UBND xã"],
      ["Chiến sĩ thi đua", undefined, undefined, "unknown", undefined, undefined],
    ]);
  });
});
