/**
 * The task pane's own texts, Vietnamese (default) and English.
 *
 * A typed dictionary rather than a library: `vi` must have every key of `en` (the compiler checks),
 * placeholders are {name}. Domain words (khen thưởng, Giấy khen…) stay Vietnamese in both: they
 * are the official names users search for.
 */
export type Lang = "vi" | "en";

const en = {
  appTitle: "Tổng hợp TĐKT",
  appSubtitle: "Check and consolidate the units' award lists and figures",
  notInExcel: "Not running inside Excel: you can check files, but the report can only be written into an Excel workbook.",
  excelTooOld: "{message}",

  sourcesTitle: "Sources",
  workbookSheets: "Sheets of this workbook",
  noSheets: "The workbook has no sheets to read.",
  reportSheetNote: "report written by the add-in (not read)",
  hiddenSheet: "hidden",
  kindLabel: "Kind: {kind}",
  pickFiles: "Choose files…",
  filesLabel: "Unit files (.xlsx, .xls, .ods, .csv)",
  dropHint: "or drop the files here",
  removeFile: "Remove {name}",
  noFiles: "No file chosen.",

  settingsTitle: "Settings",
  periodFrom: "Period from",
  periodTo: "to",
  periodGuessed: "Guessed from the titles: {from} – {to}",
  registryFile: "Unit list (danh mục đơn vị)",
  registryLoaded: "{count} units in the list",
  ratioLabel: "CSTĐCS cap (% of LĐTT)",

  checkTitle: "Check",
  checkButton: "Kiểm tra",
  checking: "Checking…",
  readingSheets: "Reading the workbook's sheets…",
  readingFiles: "Reading {count} files…",
  analyzing: "Checking the tables…",
  checkDone: "{count} issues found in {files} sources.",
  noIssues: "No issues found.",
  nothingToCheck: "Choose at least one sheet or file to check.",
  severity_error: "Errors",
  severity_warning: "Warnings",
  severity_info: "Notes",
  byCode: "By kind",
  goToCell: "Go to {place}",
  place: "{file} › {sheet} › {cell}",
  fileError: "Could not read",

  reportTitle: "Consolidate",
  reportButton: "Tổng hợp",
  writing: "Writing the report… {percent}%",
  reportDone: "The report was written to sheet “{sheet}”.",
  openSheet: "Open “{sheet}”",
  reportNeedsExcel: "Open the add-in in Excel to write the report sheet.",
  reportNeedsCheck: "Run the check first.",
  reportDefaultTitle: "Báo cáo tổng hợp thi đua, khen thưởng",

  errorPrefix: "Error: {message}",
  workbookFile: "This workbook",
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const vi: Strings = {
  appTitle: "Tổng hợp TĐKT",
  appSubtitle: "Kiểm tra và tổng hợp danh sách khen thưởng, số liệu của các đơn vị",
  notInExcel: "Không chạy trong Excel: vẫn kiểm tra được tệp, nhưng chỉ ghi được sheet tổng hợp khi mở trong Excel.",
  excelTooOld: "{message}",

  sourcesTitle: "Nguồn",
  workbookSheets: "Các sheet của sổ làm việc này",
  noSheets: "Sổ làm việc không có sheet nào để đọc.",
  reportSheetNote: "sheet tổng hợp do tiện ích tạo (không đọc)",
  hiddenSheet: "đang ẩn",
  kindLabel: "Loại: {kind}",
  pickFiles: "Chọn tệp…",
  filesLabel: "Tệp của đơn vị (.xlsx, .xls, .ods, .csv)",
  dropHint: "hoặc kéo thả tệp vào đây",
  removeFile: "Bỏ {name}",
  noFiles: "Chưa chọn tệp nào.",

  settingsTitle: "Thiết lập",
  periodFrom: "Kỳ báo cáo từ",
  periodTo: "đến",
  periodGuessed: "Đoán từ tiêu đề: {from} – {to}",
  registryFile: "Danh mục đơn vị",
  registryLoaded: "Danh mục có {count} đơn vị",
  ratioLabel: "Tỷ lệ CSTĐCS tối đa (% số LĐTT)",

  checkTitle: "Kiểm tra",
  checkButton: "Kiểm tra",
  checking: "Đang kiểm tra…",
  readingSheets: "Đang đọc các sheet của sổ làm việc…",
  readingFiles: "Đang đọc {count} tệp…",
  analyzing: "Đang kiểm tra các bảng…",
  checkDone: "Tìm thấy {count} vấn đề trong {files} nguồn.",
  noIssues: "Không có vấn đề nào.",
  nothingToCheck: "Hãy chọn ít nhất một sheet hoặc một tệp để kiểm tra.",
  severity_error: "Lỗi",
  severity_warning: "Cảnh báo",
  severity_info: "Lưu ý",
  byCode: "Theo loại",
  goToCell: "Đến {place}",
  place: "{file} › {sheet} › {cell}",
  fileError: "Không đọc được",

  reportTitle: "Tổng hợp",
  reportButton: "Tổng hợp",
  writing: "Đang ghi sheet tổng hợp… {percent}%",
  reportDone: "Đã ghi báo cáo vào sheet “{sheet}”.",
  openSheet: "Mở “{sheet}”",
  reportNeedsExcel: "Hãy mở tiện ích trong Excel để ghi sheet tổng hợp.",
  reportNeedsCheck: "Hãy chạy Kiểm tra trước.",
  reportDefaultTitle: "Báo cáo tổng hợp thi đua, khen thưởng",

  errorPrefix: "Lỗi: {message}",
  workbookFile: "Sổ làm việc này",
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Office's display language -> pane language: any English ("en-US", "en-GB") is en, else vi. */
export function pickLanguage(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^en(-|$)/i.test(displayLanguage) ? "en" : "vi";
}

/** Fills {placeholders}; a missing parameter stays visible rather than vanishing. */
export function format(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The translate function the components use. */
export function translator(lang: Lang) {
  const table = STRINGS[lang];
  return (key: StringKey, params?: Record<string, string | number>) => format(table[key], params);
}

export type Translate = ReturnType<typeof translator>;

/** Names of table kinds as the pane shows them. */
export const KIND_NAMES: Record<string, { vi: string; en: string }> = {
  awards: { vi: "danh sách khen thưởng", en: "award list" },
  figures: { vi: "biểu chỉ tiêu", en: "figures" },
  "award-summary": { vi: "bảng tổng hợp khen thưởng", en: "award summary" },
  registry: { vi: "danh mục đơn vị", en: "unit list" },
  other: { vi: "không nhận ra", en: "not recognised" },
};
