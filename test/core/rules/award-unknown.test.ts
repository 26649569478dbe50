import { awardUnknown } from "../../../src/core/rules/award-unknown";
import { ruleTester, sheetOf } from "./ruleTester";

const row = (awardText: string) => sheetOf("20-phong-gddt.xlsx", "DS khen thưởng năm học", undefined, 860).award({ name: "Lò Thị Hoa", awardText });

ruleTester(awardUnknown, {
  valid: ["LĐTT", "Chiến sỹ thi đua cơ sở", "GK CT UBND huyện", "Giấy khen cuả Chủ tịch Uỷ ban nhân dân huyện", "Lao dong tien tien", "Bằng khen của Chủ tịch UBND tỉnh Điện Biên", ""].map((t) => ({
    name: JSON.stringify(t),
    sheets: [row(t)],
  })),
  invalid: [
    { name: "misspelt diacritics (planted P13)", sheets: [row("Lao đông tiến tiến")], issues: [{ cell: "D860", messageIncludes: 'Có phải "Lao động tiên tiến"?' }] },
    { name: "tone swapped between syllables", sheets: [row("Lao động tiến tiến")], issues: [{ messageIncludes: "Lao động tiên tiến" }] },
    { name: "nothing near", sheets: [row("Khen ngợi miệng")], issues: [{ messageIncludes: "Ghi đúng tên theo quyết định" }] },
  ],
});
