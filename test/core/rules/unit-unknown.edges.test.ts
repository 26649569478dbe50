/**
 * unit-unknown, edge by edge (issue 16): which checks a registry switches on (communes, schools,
 * districts), one issue per file and unit with its related rows (at most 50), the sending unit,
 * the cell flagged and the messages in full.
 */
import { areasIn } from "../../../src/core/domain/areas";
import type { RegistryUnit } from "../../../src/core/rules/rule";
import { indexRegistry, unknownPart, unitUnknown } from "../../../src/core/rules/unit-unknown";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

const GK = "Giấy khen của Chủ tịch UBND huyện";
const registry: RegistryUnit[] = [{ name: "Xã Quài Nưa" }, { name: "Trường Mầm non Sao Mai" }, { name: "Phòng Nội vụ" }];
const run = (reg: RegistryUnit[] | undefined, ...sheets: SheetBuilder[]) => unitUnknown.check(contextOf({ name: "", sheets, options: reg ? { registry: reg } : {} }));
const list = (file: string, ...units: (string | undefined)[]) => {
  const s = sheetOf(file, "DS", undefined, 20);
  units.forEach((unit, i) => s.award({ name: `Lò Văn ${i}`, unit, awardText: GK }));
  return s;
};

describe("unit-unknown: messages and cells", () => {
  it("a unit's issue in full, at the unit cell", () => {
    expect(run(registry, list("a.xlsx", "UBND xã Si Pa Phìn"))).toEqual([
      {
        file: "a.xlsx",
        sheet: "DS",
        cell: "C20",
        message: {
          vi: 'Đơn vị "UBND xã Si Pa Phìn" không có trong danh mục đơn vị ("Si Pa Phìn" không thuộc danh mục). Kiểm tra lại tên đơn vị hoặc bổ sung danh mục.',
          en: 'Unit "UBND xã Si Pa Phìn" is not in the registry ("Si Pa Phìn" is not listed). Check the unit name or add it to the registry.',
        },
      },
    ]);
  });

  it("the school cell when the row has no unit cell", () => {
    const s = sheetOf("a.xlsx", "DS", undefined, 20).award({ name: "Lò Văn A", unit: "Trường TH Hoa Ban", awardText: GK, cells: { school: "H20" } });
    expect(run(registry, s).map((i) => i.cell)).toEqual(["H20"]);
  });

  it("a sending unit not in the registry: a file-level issue, after the rows' issues", () => {
    const s = list("b.xlsx", "UBND xã Si Pa Phìn");
    const withSender = contextOf({ name: "", sheets: [s], options: { registry } });
    withSender.files[0].ledger.sender = "UBND xã Mường Mùn";
    const issues = unitUnknown.check(withSender);
    expect(issues.map((i) => i.cell ?? "(file)")).toEqual(["C20", "(file)"]);
    expect(issues[1]).toEqual({
      file: "b.xlsx",
      message: {
        vi: 'Đơn vị gửi "UBND xã Mường Mùn" không có trong danh mục đơn vị. Kiểm tra lại tệp có đúng của đơn vị thuộc phạm vi tổng hợp không.',
        en: 'Sending unit "UBND xã Mường Mùn" is not in the registry. Check that the file belongs to a unit in scope.',
      },
    });
    // a known sender: no file-level issue
    withSender.files[0].ledger.sender = "UBND xã Quài Nưa";
    expect(unitUnknown.check(withSender).map((i) => i.cell)).toEqual(["C20"]);
  });
});

describe("unit-unknown: one issue per file and unit", () => {
  it("the same unit however spelt is one issue in a file; in another file, another issue", () => {
    const a = list("a.xlsx", "UBND xã Si Pa Phìn", "UBND XÃ SI PA PHÌN", "Xã Quài Nưa", "UBND xã Si Pa Phìn");
    const b = list("b.xlsx", "UBND xã Si Pa Phìn");
    const issues = run(registry, a, b);
    expect(issues.map((i) => [i.file, i.cell, i.related])).toEqual([
      ["a.xlsx", "C20", ["a.xlsx | DS!C21", "a.xlsx | DS!C23"]],
      ["b.xlsx", "C20", undefined],
    ]);
  });

  it("at most 50 related rows are named", () => {
    const units = Array.from({ length: 60 }, () => "UBND xã Si Pa Phìn");
    const [issue] = run(registry, list("a.xlsx", ...units));
    expect(issue.related).toHaveLength(50);
    expect(issue.related![0]).toBe("a.xlsx | DS!C21");
    expect(issue.related![49]).toBe("a.xlsx | DS!C70");
  });

  it("rows without a unit are not checked", () => {
    expect(run(registry, list("a.xlsx", undefined, ""))).toEqual([]);
  });
});

describe("unit-unknown: what a registry switches on", () => {
  it("no communes and no schools in the registry: nothing is checked", () => {
    expect(run([{ name: "Phòng Nội vụ" }], list("a.xlsx", "UBND xã Si Pa Phìn", "Trường TH Hoa Ban"))).toEqual([]);
    expect(run(undefined, list("a.xlsx", "UBND xã Si Pa Phìn"))).toEqual([]);
  });

  it("schools only: schools are checked, communes are not", () => {
    const issues = run([{ name: "Trường Mầm non Sao Mai" }], list("a.xlsx", "UBND xã Si Pa Phìn", "Trường TH Hoa Ban", "Trường MN Sao Mai"));
    expect(issues.map((i) => i.cell)).toEqual(["C21"]);
  });

  it("communes only: communes are checked, schools are not", () => {
    const issues = run([{ name: "Xã Quài Nưa" }], list("a.xlsx", "UBND xã Si Pa Phìn", "Trường TH Hoa Ban"));
    expect(issues.map((i) => i.cell)).toEqual(["C20"]);
  });

  it("registry names that are blank are skipped; names are read trimmed and in NFC", () => {
    const idx = indexRegistry([{ name: "  " }, { name: "  Trường Mầm non Sao Mai  " }, { name: "Xã Quài Nưa".normalize("NFD") }]);
    expect(idx.schools.size).toBe(1);
    expect(idx.places.size).toBe(1);
    expect(unknownPart("Trường MN Sao Mai", idx)).toBeUndefined();
    expect(unknownPart("UBND xã Quài Nưa", idx)).toBeUndefined();
    expect(unknownPart("UBND xã Mường Mùn", idx)).toBe("Mường Mùn");
  });

  it("home districts: the files' title blocks and the registry's names", () => {
    const titled = list("a.xlsx", "Hạt Kiểm lâm huyện Tủa Chùa");
    titled.titleAreas = areasIn("UBND HUYỆN TUẦN GIÁO");
    expect(run(registry, titled).map((i) => i.message.en)).toEqual([
      'Unit "Hạt Kiểm lâm huyện Tủa Chùa" is not in the registry ("huyện Tủa Chùa" is not listed). Check the unit name or add it to the registry.',
    ]);
    const idx = indexRegistry([{ name: "UBND huyện Tuần Giáo" }]);
    expect(idx.areas.size).toBe(1);
    expect(unknownPart("Hạt Kiểm lâm huyện Tuần Giáo", idx)).toBeUndefined();
    expect(unknownPart("Hạt Kiểm lâm huyện Tủa Chùa", idx)).toBe("huyện Tủa Chùa");
    expect(unknownPart("", idx)).toBeUndefined();
    expect(unknownPart(undefined, idx)).toBeUndefined();
  });
});
