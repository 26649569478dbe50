import { unitUnknown } from "../../../src/core/rules/unit-unknown";
import type { RegistryUnit } from "../../../src/core/rules/rule";
import { areasIn } from "../../../src/core/domain/areas";
import { ruleTester, sheetOf } from "./ruleTester";

const registry: RegistryUnit[] = [
  { name: "Thị trấn Tuần Giáo", type: "Thị trấn" },
  { name: "Xã Quài Nưa", type: "Xã" },
  { name: "Xã Tỏa Tình", type: "Xã" },
  { name: "Phòng Nội vụ", type: "Cơ quan" },
  { name: "Trường Mầm non Sao Mai", type: "Mầm non" },
];
const GK = "Giấy khen của Chủ tịch UBND huyện";
/** a list whose title block reads "UBND HUYỆN TUẦN GIÁO" (the reader keeps its district) */
const titled = (unit: string) => {
  const s = row(unit);
  s.titleAreas = areasIn("UBND HUYỆN TUẦN GIÁO");
  return s;
};
const row = (unit: string | undefined) => sheetOf("21-vp-hdnd-ubnd.xlsx", "DS khen thưởng", undefined, 43).award({ name: "Cầm Thị Kim Yến", unit, awardText: GK });

ruleTester(unitUnknown, {
  valid: [
    ...["UBND xã Quài Nưa", "Xã Quài Nưa", "UBND XÃ QUÀI NƯA", "Ủy ban nhân dân xã Toả Tình", "UBND thị trấn Tuần Giáo", "Trung tâm Y tế huyện", "Ủy ban MTTQ Việt Nam huyện", "Trường Mầm non Sao Mai", "Trường MN Sao Mai", "Công chức Văn hóa - Xã hội xã Quài Nưa", "Huyện Tuần Giáo"].map((u) => ({
      name: u,
      sheets: [row(u)],
      options: { registry },
    })),
    { name: "no registry, no check", sheets: [row("UBND xã Si Pa Phìn")] },
    { name: "a body of the home district named in the title block", sheets: [titled("Hạt Kiểm lâm huyện Tuần Giáo")], options: { registry } },
    { name: "the home district named in capitals, in a unit", sheets: [titled("Trung tâm Y tế HUYỆN TUẦN GIÁO")], options: { registry } },
    { name: "no title names a district: another district's body is not checked", sheets: [row("Hạt Kiểm lâm huyện Tủa Chùa")], options: { registry } },
    {
      name: "a district the registry names is home too",
      sheets: [titled("Hạt Kiểm lâm huyện Tủa Chùa")],
      options: { registry: [...registry, { name: "Hạt Kiểm lâm huyện Tủa Chùa", type: "Cơ quan" }] },
    },
  ],
  invalid: [
    {
      name: "a body of another district than the title block's (planted P20 of samples-2022)",
      sheets: [titled("Hạt Kiểm lâm huyện Tủa Chùa")],
      options: { registry },
      issues: [{ cell: "C43", messageIncludes: '"huyện Tủa Chùa" không thuộc danh mục' }],
    },
    { name: "a commune of another district (planted P17)", sheets: [row("UBND xã Si Pa Phìn")], options: { registry }, issues: [{ cell: "C43", messageIncludes: '"Si Pa Phìn" không thuộc danh mục' }] },
    { name: "a school not in the list", sheets: [row("Trường Mầm non Hoa Hồng")], options: { registry }, issues: [{ cell: "C43" }] },
    {
      name: "one issue per file and unit, other rows related",
      sheets: [row("UBND xã Si Pa Phìn").award({ name: "Lò Văn A", unit: "UBND xã Si Pa Phìn", awardText: GK })],
      options: { registry },
      issues: [{ cell: "C43", related: "21-vp-hdnd-ubnd.xlsx | DS khen thưởng!C44" }],
    },
  ],
});
