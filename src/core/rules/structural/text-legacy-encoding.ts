import { ruleMessages, type Rule } from "../rule";
import { issuesFromFindings } from "./findings";

/** `encoding`: the legacy encoding's name (encodingTcvn3, encodingVni); `sample`: a converted text */
const MESSAGES = ruleMessages("text-legacy-encoding", {
  sheet: {
    vi: 'Sheet "{sheet}" gõ bằng bảng mã {encoding} trong khi các sheet khác là Unicode; đã chuyển {cells} ô của sheet này sang Unicode để đọc (ví dụ {sample}).',
    en: 'Sheet "{sheet}" is in the {encoding} encoding while the other sheets are Unicode; its {cells} cells were converted to Unicode for reading (e.g. {sample}).',
  },
  column: {
    vi: 'Cột {column} của sheet "{sheet}" gõ bằng bảng mã {encoding} trong khi phần còn lại là Unicode; đã chuyển {cells} ô của cột này sang Unicode để đọc (ví dụ {sample}).',
    en: 'Column {column} of sheet "{sheet}" is in the {encoding} encoding while the rest is Unicode; its {cells} cells were converted to Unicode for reading (e.g. {sample}).',
  },
  file: {
    vi: "Toàn bộ tệp gõ bằng bảng mã {encoding}; đã chuyển {cells} ô sang Unicode để đọc (ví dụ {sample}).",
    en: "The whole file is in the {encoding} encoding; {cells} cells were converted to Unicode for reading (e.g. {sample}).",
  },
  encodingTcvn3: { vi: "TCVN3 (ABC, phông .VnTime)", en: "TCVN3 (ABC, .VnTime fonts)" },
  encodingVni: { vi: "VNI-Windows (phông VNI-Times)", en: "VNI-Windows (VNI-Times fonts)" },
});

const NAMES: Record<string, "encodingTcvn3" | "encodingVni"> = { tcvn3: "encodingTcvn3", vni: "encodingVni" };

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
    messages: MESSAGES.templates,
  },
  // from each file's own findings
  scope: "file",
  check: (ctx) =>
    issuesFromFindings(ctx, "text-legacy-encoding", (f) => {
      const key = NAMES[String(f.data.encoding)];
      const params = { encoding: key ? MESSAGES.t(key) : f.data.encoding, cells: f.data.cells, sample: f.data.sample };
      if (f.data.scope === "sheet") return MESSAGES.t("sheet", { ...params, sheet: f.data.sheet });
      if (f.data.scope === "column") return MESSAGES.t("column", { ...params, sheet: f.data.sheet, column: f.data.column });
      return MESSAGES.t("file", params);
    }),
};
