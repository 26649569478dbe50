import type { Rule } from "../rule";
import { issuesFromFindings } from "./findings";

const NAMES: Record<string, string> = { tcvn3: "TCVN3 (ABC, phông .VnTime)", vni: "VNI-Windows (phông VNI-Times)" };

/** A file typed in a legacy 8-bit Vietnamese encoding: converted, and reported once per file. */
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
    issuesFromFindings(ctx, "text-legacy-encoding", (f) => ({
      vi: `Toàn bộ tệp gõ bằng bảng mã ${NAMES[String(f.data.encoding)] ?? f.data.encoding}; đã chuyển ${f.data.cells} ô sang Unicode để đọc (ví dụ ${f.data.sample}).`,
      en: `The whole file is in the ${NAMES[String(f.data.encoding)] ?? f.data.encoding} encoding; ${f.data.cells} cells were converted to Unicode for reading (e.g. ${f.data.sample}).`,
    })),
};
