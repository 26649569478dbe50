import type { Rule } from "../rule";
import { issuesFromFindings } from "./findings";

const NAMES: Record<string, string> = { tcvn3: "TCVN3 (ABC, phông .VnTime)", vni: "VNI-Windows (phông VNI-Times)" };

/** Text in a legacy 8-bit Vietnamese encoding: converted, and reported once per file, or per sheet / column when only they are legacy. */
export const textLegacyEncoding: Rule = {
  meta: {
    id: "text-legacy-encoding",
    severity: "warning",
    title: { vi: "Văn bản gõ bằng bảng mã cũ (TCVN3/VNI)", en: "Text in a legacy encoding (TCVN3/VNI)" },
    description: {
      vi: "Tệp được gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI. Chương trình đã tự chuyển sang Unicode để đọc; tệp gốc không bị sửa.",
      en: "The file was typed in the legacy TCVN3 (ABC) or VNI encoding. It was converted to Unicode for reading; the original is not changed.",
    },
    fix: {
      vi: "Nên chuyển tệp sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) và dùng phông Times New Roman cho các lần gửi sau.",
      en: "Convert the file to Unicode (e.g. with Unikey's converter) and use Times New Roman in future submissions.",
    },
  },
  check: (ctx) =>
    issuesFromFindings(ctx, "text-legacy-encoding", (f) => {
      const name = NAMES[String(f.data.encoding)] ?? f.data.encoding;
      const what = { cells: f.data.cells, sample: f.data.sample };
      if (f.data.scope === "sheet")
        return {
          vi: `Sheet "${f.data.sheet}" gõ bằng bảng mã ${name} trong khi các sheet khác là Unicode; đã chuyển ${what.cells} ô của sheet này sang Unicode để đọc (ví dụ ${what.sample}).`,
          en: `Sheet "${f.data.sheet}" is in the ${name} encoding while the other sheets are Unicode; its ${what.cells} cells were converted to Unicode for reading (e.g. ${what.sample}).`,
        };
      if (f.data.scope === "column")
        return {
          vi: `Cột ${f.data.column} của sheet "${f.data.sheet}" gõ bằng bảng mã ${name} trong khi phần còn lại là Unicode; đã chuyển ${what.cells} ô của cột này sang Unicode để đọc (ví dụ ${what.sample}).`,
          en: `Column ${f.data.column} of sheet "${f.data.sheet}" is in the ${name} encoding while the rest is Unicode; its ${what.cells} cells were converted to Unicode for reading (e.g. ${what.sample}).`,
        };
      return {
        vi: `Toàn bộ tệp gõ bằng bảng mã ${name}; đã chuyển ${what.cells} ô sang Unicode để đọc (ví dụ ${what.sample}).`,
        en: `The whole file is in the ${name} encoding; ${what.cells} cells were converted to Unicode for reading (e.g. ${what.sample}).`,
      };
    }),
};
