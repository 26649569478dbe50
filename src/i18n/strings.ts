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
  campaignsTitle: "Award campaigns by decision number",
  campaignsHint: "Name the campaign (đợt) of a decision the units' files do not name, e.g. 398/QĐ-UBND: Phòng, chống dịch Covid-19. The names are kept in the workbook with the report.",
  campaignNumber: "Số quyết định",
  campaignName: "Tên đợt",
  campaignNumberFor: "Số quyết định, campaign {n}",
  campaignNameFor: "Tên đợt, campaign {n}",
  campaignAdd: "Add a campaign",
  campaignRemove: "Remove",
  campaignRemoveFor: "Remove campaign {n}",
  campaignsNone: "No campaign named: campaigns come from the notes in the units' files.",
  campaignIncomplete: "Campaign {n} lacks a decision number or a name: not used yet.",

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

  returnTitle: "Send back to units",
  returnHint: "An annotated copy is a copy of the unit's file with every problem cell coloured and noted, and a first sheet “Kết quả kiểm tra” listing them. The unit's original file is not changed.",
  returnWorkbookNote: "Sheets of this workbook are not annotated: your own workbook is never modified.",
  returnNone: "No unit file has problems: nothing to send back.",
  returnFileIssues: "{file}: {count} problems",
  annotateButton: "Tải bản ghi chú",
  annotateFor: "Tải bản ghi chú: {file}",
  annotating: "Making the annotated copy of {file}…",
  annotated: "“{name}” is ready ({count} problems marked).",
  annotatedRebuilt: "The original is not .xlsx: the copy was rebuilt as .xlsx from what was read.",
  saveCopy: "Save “{name}” again",

  reportTitle: "Consolidate",
  reportButton: "Tổng hợp",
  writing: "Writing the report… {percent}%",
  reportDone: "The report was written to sheet “{sheet}”.",
  openSheet: "Open “{sheet}”",
  reportNeedsExcel: "Open the add-in in Excel to write the report sheet.",
  reportNeedsCheck: "Run the check first.",
  reportDefaultTitle: "Báo cáo tổng hợp thi đua, khen thưởng",

  resubmitButton: "Cập nhật đơn vị gửi lại",
  resubmitInput: "Files the units sent again",
  resubmitHint: "Choose a unit's new file: it replaces the file of the same unit (matched by the sender named in its title) among the files chosen above; the check and the report run again.",
  resubmitting: "Updating with the files sent again…",
  resubmitDone: "Updated {count} units that sent again.",
  resubmitReplaced: "{unit}: {file} replaces {old}",
  resubmitNew: "{unit}: {file} (no chosen file came from this unit: added)",
  resubmitNotWritten: "The report sheet is only rewritten inside Excel.",
  storedReport: "This workbook keeps the data of {count} units from its last consolidation: a unit's new file replaces only that unit's part, without choosing the other files again.",
  diffAdded: "{n} rows added",
  diffRemoved: "{n} rows removed",
  diffChanged: "{n} rows changed",
  diffTotals: "{n} totals changed",
  diffLabel: "What changed for {unit}",

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
  campaignsTitle: "Đợt khen thưởng theo số quyết định",
  campaignsHint: "Đặt tên đợt cho quyết định mà tệp của đơn vị không ghi tên đợt, ví dụ 398/QĐ-UBND: Phòng, chống dịch Covid-19. Tên đợt được lưu trong sổ làm việc cùng báo cáo.",
  campaignNumber: "Số quyết định",
  campaignName: "Tên đợt",
  campaignNumberFor: "Số quyết định, đợt {n}",
  campaignNameFor: "Tên đợt, đợt {n}",
  campaignAdd: "Thêm đợt",
  campaignRemove: "Bỏ",
  campaignRemoveFor: "Bỏ đợt {n}",
  campaignsNone: "Chưa đặt tên đợt nào: tên đợt lấy từ ghi chú trong tệp của đơn vị.",
  campaignIncomplete: "Đợt {n} thiếu số quyết định hoặc tên đợt: chưa được dùng.",

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

  returnTitle: "Gửi lại đơn vị",
  returnHint: "Bản ghi chú là bản sao tệp của đơn vị: ô có vấn đề được tô màu và có ghi chú, sheet đầu “Kết quả kiểm tra” liệt kê mọi vấn đề. Tệp gốc của đơn vị không bị sửa.",
  returnWorkbookNote: "Các sheet của sổ làm việc này không được đánh dấu: sổ làm việc của bạn không bao giờ bị sửa.",
  returnNone: "Không tệp nào của đơn vị có vấn đề: không cần gửi lại.",
  returnFileIssues: "{file}: {count} vấn đề",
  annotateButton: "Tải bản ghi chú",
  annotateFor: "Tải bản ghi chú: {file}",
  annotating: "Đang tạo bản ghi chú của {file}…",
  annotated: "Đã tạo “{name}” (đánh dấu {count} vấn đề).",
  annotatedRebuilt: "Tệp gốc không phải .xlsx: bản ghi chú được dựng lại dạng .xlsx từ nội dung đã đọc.",
  saveCopy: "Lưu lại “{name}”",

  reportTitle: "Tổng hợp",
  reportButton: "Tổng hợp",
  writing: "Đang ghi sheet tổng hợp… {percent}%",
  reportDone: "Đã ghi báo cáo vào sheet “{sheet}”.",
  openSheet: "Mở “{sheet}”",
  reportNeedsExcel: "Hãy mở tiện ích trong Excel để ghi sheet tổng hợp.",
  reportNeedsCheck: "Hãy chạy Kiểm tra trước.",
  reportDefaultTitle: "Báo cáo tổng hợp thi đua, khen thưởng",

  resubmitButton: "Cập nhật đơn vị gửi lại",
  resubmitInput: "Tệp đơn vị gửi lại",
  resubmitHint: "Chọn tệp mới của đơn vị: tệp này thay tệp cũ của cùng đơn vị (nhận theo tên đơn vị gửi ghi ở tiêu đề) trong số các tệp đã chọn ở trên; kiểm tra và tổng hợp được chạy lại.",
  resubmitting: "Đang cập nhật tệp đơn vị gửi lại…",
  resubmitDone: "Đã cập nhật {count} đơn vị gửi lại.",
  resubmitReplaced: "{unit}: {file} thay cho {old}",
  resubmitNew: "{unit}: {file} (chưa có tệp nào của đơn vị này trong các tệp đã chọn: thêm mới)",
  resubmitNotWritten: "Chỉ ghi lại được sheet tổng hợp khi mở trong Excel.",
  storedReport: "Sổ làm việc này giữ dữ liệu của {count} đơn vị từ lần tổng hợp trước: tệp mới của một đơn vị chỉ thay phần của đơn vị đó, không cần chọn lại các tệp khác.",
  diffAdded: "Thêm {n} dòng",
  diffRemoved: "Bớt {n} dòng",
  diffChanged: "Sửa {n} dòng",
  diffTotals: "{n} số lượng thay đổi",
  diffLabel: "Thay đổi của {unit}",

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
