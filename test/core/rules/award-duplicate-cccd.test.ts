/**
 * Duplicates with a CCCD / CMND column, decided conservatively: same name + same CCCD is one person
 * (whatever units the lists name); two CCCDs under one name and unit are two people; one CCCD under
 * two names is a warning at both rows, never a duplicate. The column is read as a role.
 */
import { analyze } from "../../../src/core/engine";
import { headerRole } from "../../../src/core/layout/headers";
import { idNumberOf } from "../../../src/core/records/awards";
import { awardDuplicate } from "../../../src/core/rules/award-duplicate";
import { readWorkbook } from "../../../src/files/readWorkbook";
import { ruleTester, sheetOf } from "./ruleTester";

const GK = "Giấy khen của Chủ tịch UBND huyện";
const row = (name: string, unit: string, idNumber?: string) => ({ name, unit, awardText: GK, ...(idNumber ? { idNumber } : {}) });

ruleTester(awardDuplicate, {
  valid: [
    { name: "same name and unit, two CCCDs: two people", sheets: [sheetOf("a.xlsx").award(row("Lò Thị Hoa", "Xã Quài Cang", "11223344556")).award(row("Lò Thị Hoa", "Xã Quài Cang", "11223344557"))] },
    { name: "same name, one row without CCCD in another unit: two people (unit decides)", sheets: [sheetOf("a.xlsx").award(row("Lò Thị Hoa", "Xã Quài Cang", "11223344556")).award(row("Lò Thị Hoa", "Xã Quài Nưa"))] },
  ],
  invalid: [
    {
      name: "same name and CCCD under two units' names: one person",
      sheets: [sheetOf("a.xlsx", "DS", "Phòng Nội vụ").award(row("Lò Thị Hoa", "Trường Mầm non Sao Mai", "11223344556")), sheetOf("b.xlsx", "DS", "UBND xã Quài Cang").award(row("LÒ THỊ HOA", "Xã Quài Cang", "11223344556"))],
      issues: [{ file: "b.xlsx", messageIncludes: "hai lần" }],
    },
    {
      name: "one CCCD under two names: a warning at both rows, no duplicate",
      sheets: [sheetOf("a.xlsx").award(row("Lò Thị Hoa", "Xã Quài Cang", "11223344556")).award(row("Lò Thị Hòa", "Xã Quài Cang", "11223344556"))],
      issues: [
        { messageIncludes: '"Lò Thị Hoa" trùng với "Lò Thị Hòa"', cell: "B10", related: "a.xlsx | Danh sách!B11" },
        { cell: "B11", messageIncludes: '"Lò Thị Hòa" trùng với "Lò Thị Hoa"' },
      ],
    },
  ],
});

describe("the CCCD column as a role", () => {
  it("header texts", () => {
    for (const h of ["Số CCCD", "CCCD", "CMND", "Số CMND/CCCD", "Số định danh", "Số định danh cá nhân", "Căn cước công dân"]) expect([h, headerRole(h)]).toEqual([h, "idNumber"]);
  });
  it("digits only, leading zeros dropped, too short is no number", () => {
    expect(idNumberOf("001 085 012 345")).toBe("1085012345");
    expect(idNumberOf("1085012345")).toBe("1085012345");
    expect(idNumberOf("12345")).toBeUndefined();
    expect(idNumberOf("")).toBeUndefined();
  });
  it("a list with a Số CCCD column: same CCCD rows are one person, others two", () => {
    const csv = [
      "DANH SÁCH KHEN THƯỞNG NĂM 2022",
      "STT,Họ và tên,Số CCCD,Đơn vị công tác,Hình thức khen thưởng,Số QĐ,Ngày QĐ",
      `1,Lò Thị Hoa,011223344556,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
      `2,Lò Thị Hoa,011223344557,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
      `3,Cà Văn Sơn,022334455667,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
      `4,Cà Văn Sơn,022334455667,Trường Tiểu học số 1,${GK},12/QĐ-UBND,20/12/2022`,
    ].join("\n");
    const read = readWorkbook(new TextEncoder().encode(csv), "ds.csv");
    const a = analyze([{ file: read.file, grids: read.grids }]);
    expect(a.files[0].sheets[0].awards.map((r) => r.idNumber)).toEqual(["11223344556", "11223344557", "22334455667", "22334455667"]);
    const dups = a.issues.filter((i) => i.rule === "award-duplicate");
    expect(dups.map((i) => i.cell)).toEqual(["B6"]);
  });
});
