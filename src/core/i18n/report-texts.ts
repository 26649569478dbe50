/**
 * Every text the consolidated report writes (sheet names, titles, column headers, sentence
 * phrases), in Vietnamese (default) and English. Domain words (Bằng khen, Chủ tịch UBND tỉnh,
 * Lao động tiên tiến) stay in their official Vietnamese form in both languages.
 */
import type { Occasion, Severity, TableKind } from "../model";
import type { Lang } from "./lang";
import { defineMessages, type Params, type Template } from "./messages";

export type { Lang };

/** The report's texts: a section of the one catalogue (catalogue.ts). */
export const REPORT = defineMessages("report", {
  reportTitle: { vi: "TỔNG HỢP KẾT QUẢ THI ĐUA, KHEN THƯỞNG", en: "CONSOLIDATED EMULATION AND COMMENDATION RESULTS" },
  period: { vi: "Từ {from} đến {to}", en: "From {from} to {to}" },

  sheetSummary: { vi: "Tổng hợp", en: "Summary" },
  sheetChecks: { vi: "Kiểm tra", en: "Checks" },
  sheetSources: { vi: "Nguồn", en: "Sources" },
  sheetByUnit: { vi: "Theo đơn vị", en: "By unit" },
  sheetFigures: { vi: "Số liệu", en: "Figures" },
  sheetSentences: { vi: "Câu báo cáo", en: "Sentences" },
  sheetIssueCounts: { vi: "Số lỗi theo loại", en: "Issues per kind" },
  sheetRowAccount: { vi: "Sổ dòng", en: "Row account" },
  sheetFigureSources: { vi: "Nguồn số liệu", en: "Figure sources" },

  checksTitle: { vi: "KẾT QUẢ KIỂM TRA CÁC TỆP", en: "CHECK RESULTS FOR THE FILES" },
  sourcesTitle: { vi: "NGUỒN SỐ LIỆU ĐÃ ĐỌC", en: "SOURCES READ" },

  tableAwards: { vi: "I. Kết quả khen thưởng", en: "I. Awards" },
  tableByUnit: { vi: "II. Khen thưởng theo đơn vị", en: "II. Awards by unit" },
  tableFigures: { vi: "III. Số liệu các lĩnh vực", en: "III. Sector figures" },
  tableSentences: { vi: "IV. Câu báo cáo", en: "IV. Report sentences" },
  tableFigureSources: { vi: "V. Chi tiết nguồn số liệu", en: "V. Where each figure comes from" },
  tableIssues: { vi: "Danh sách lỗi và cảnh báo", en: "Errors and warnings" },
  tableIssueCounts: { vi: "Số lượng theo loại lỗi", en: "Count per kind of problem" },
  tableLedger: { vi: "Các tệp và sheet đã đọc", en: "Files and sheets read" },

  colStt: { vi: "STT", en: "No." },
  colAward: { vi: "Hình thức khen thưởng", en: "Award" },
  colIssuer: { vi: "Cấp khen/Người ký", en: "Granted by" },
  colOccasion: { vi: "Phương thức", en: "Type" },
  colCampaign: { vi: "Đợt/Nội dung", en: "Campaign" },
  colCollectives: { vi: "Tập thể", en: "Collectives" },
  colIndividuals: { vi: "Cá nhân", en: "Individuals" },
  colHouseholds: { vi: "Hộ gia đình", en: "Households" },
  colUnit: { vi: "Đơn vị", en: "Unit" },
  colNote: { vi: "Ghi chú", en: "Note" },
  colIndicator: { vi: "Chỉ tiêu", en: "Indicator" },
  colMeasure: { vi: "ĐVT", en: "Unit of measure" },
  colPlan: { vi: "Kế hoạch", en: "Plan" },
  colActual: { vi: "Thực hiện", en: "Actual" },
  colPercent: { vi: "% KH", en: "% of plan" },
  colUnitCount: { vi: "Số đơn vị báo cáo", en: "Units reporting" },
  colSentence: { vi: "Nội dung", en: "Text" },
  colSeverity: { vi: "Mức độ", en: "Severity" },
  colRule: { vi: "Loại lỗi", en: "Kind of problem" },
  colFile: { vi: "Tệp", en: "File" },
  colSheet: { vi: "Sheet", en: "Sheet" },
  colCell: { vi: "Ô", en: "Cell" },
  colMessage: { vi: "Nội dung", en: "Message" },
  colCount: { vi: "Số lượng", en: "Count" },
  colSender: { vi: "Đơn vị gửi", en: "Sending unit" },
  colTableKind: { vi: "Loại bảng", en: "Table type" },
  colHeaderRange: { vi: "Tiêu đề bảng", en: "Table header" },
  colRowsRead: { vi: "Số dòng đọc", en: "Rows read" },
  colRowsSkipped: { vi: "Số dòng bỏ qua", en: "Rows skipped" },
  colSkipReasons: { vi: "Lý do bỏ qua", en: "Why skipped" },
  colColumn: { vi: "Cột", en: "Column" },
  tableRowAccount: { vi: "Sổ dòng: mỗi dòng có dữ liệu đã đi đâu", en: "Row account: where every row with data went" },
  colRowsWithData: { vi: "Dòng có dữ liệu", en: "Rows with data" },
  colRecordRows: { vi: "Thành bản ghi", en: "Records" },
  colStructuralRows: { vi: "Dòng cấu trúc", en: "Structural rows" },
  colNotReadRows: { vi: "Không đọc (đã cảnh báo)", en: "Not read (warned)" },
  colRowDetail: { vi: "Chi tiết", en: "Detail" },
  colValue: { vi: "Giá trị", en: "Value" },

  total: { vi: "Tổng cộng", en: "Total" },
  unresolvedAward: { vi: "Chưa xác định", en: "Not settled" },
  unresolvedKind: { vi: "Chưa xác định đối tượng (tập thể/cá nhân)", en: "Recipient kind not settled (collective/individual)" },
  unresolvedGroup: {
    vi: "Chưa xác định (không cộng vào tổng; chọn danh hiệu trong danh mục hoặc \"không tính\")",
    en: "Not settled (outside the total; map each to a catalogue award or \"không tính\")",
  },
  notSent: { vi: "Chưa gửi", en: "Not sent" },
  notInRegistry: { vi: "Ngoài danh mục", en: "Not in the registry" },
  childrenSum: { vi: "Tổng các dòng con (ô ghi {stated})", en: "Sum of the sub-rows (the cell says {stated})" },
  childrenSumNoValue: { vi: "Tổng các dòng con (ô không có số)", en: "Sum of the sub-rows (the cell holds no number)" },
  unmatchedNote: { vi: "Chỉ tiêu chỉ có ở một đơn vị", en: "Indicator sent by one unit only" },
  fileError: { vi: "Không đọc được tệp: {error}", en: "File could not be read: {error}" },
  legacyNote: { vi: "Đã chuyển mã {encoding} sang Unicode", en: "Converted from {encoding} to Unicode" },
  noIssues: { vi: "Không phát hiện lỗi.", en: "No problems found." },
  rowsList: { vi: "dòng", en: "rows" },
  unreadColumns: { vi: "Cột không dùng", en: "Columns not used" },

  // sentence phrases
  campaignLead: { vi: "Khen thưởng thành tích xuất sắc trong {campaign}", en: "Commendation for outstanding achievement in {campaign}" },
  campaignWork: { vi: "công tác", en: "" },
  grants: { vi: "{issuer} tặng {form}", en: "{form} of the {issuer}" },
  grantsTo: { vi: "{issuer} tặng {form} cho {counts}", en: "{form} of the {issuer} for {counts}" },
  title: { vi: "Danh hiệu {award}", en: "Title {award}" },
  thematicAdhoc: { vi: "Chuyên đề, đột xuất", en: "Thematic and ad hoc" },
  thematicOnly: { vi: "Chuyên đề", en: "Thematic" },
  adhocOnly: { vi: "Đột xuất", en: "Ad hoc" },
  regularLead: { vi: "Khen thưởng thường xuyên", en: "Regular awards" },
  regularCampaignLead: { vi: "Khen thưởng {campaign}", en: "Regular awards, {campaign}" },
  collectives: { vi: "tập thể", en: "collectives" },
  collective1: { vi: "tập thể", en: "collective" },
  individuals: { vi: "cá nhân", en: "individuals" },
  individual1: { vi: "cá nhân", en: "individual" },
  households: { vi: "hộ gia đình", en: "households" },
  household1: { vi: "hộ gia đình", en: "household" },
});

export type ReportTextKey = keyof typeof REPORT.templates;

/**
 * The report on paper (report-plan/print.ts) and as a file. `&P` and `&N` are Excel's page and
 * page-count codes. The Quốc hiệu and Tiêu ngữ head a Vietnamese report's first page only (an
 * English report prints none); their English is the official translation.
 */
export const REPORT_PRINT = defineMessages("report.print", {
  footer: { vi: "Trang &P/&N", en: "Page &P of &N" },
  nationalTitle: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  /** the workbook's author in its properties: the product's name, the same in both languages */
  creator: { vi: "Tổng hợp TĐKT", en: "Tổng hợp TĐKT" },
});

/** The text for `key` in `lang`, with {placeholders} filled from `params` (the catalogue's formatter). */
export function rt(key: ReportTextKey, lang: Lang, params: Params = {}): string {
  return REPORT.text(lang, key, params as never);
}

export const OCCASION = defineMessages("report.occasion", {
  regular: { vi: "Thường xuyên", en: "Regular" },
  thematic: { vi: "Chuyên đề", en: "Thematic" },
  adhoc: { vi: "Đột xuất", en: "Ad hoc" },
});
export const OCCASION_LABELS: Record<Occasion, Template> = OCCASION.templates;

/** Group titles in table I: one per occasion. */
export const OCCASION_GROUP = defineMessages("report.occasionGroup", {
  regular: { vi: "Khen thưởng thường xuyên", en: "Regular awards" },
  thematic: { vi: "Khen thưởng chuyên đề", en: "Thematic awards" },
  adhoc: { vi: "Khen thưởng đột xuất", en: "Ad hoc awards" },
});
export const OCCASION_GROUPS: Record<Occasion, Template> = OCCASION_GROUP.templates;

export const SEVERITY = defineMessages("report.severity", {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Info" },
});
export const SEVERITY_LABELS: Record<Severity, Template> = SEVERITY.templates;

export const TABLE_KIND = defineMessages("report.tableKind", {
  awards: { vi: "Danh sách khen thưởng", en: "Award list" },
  figures: { vi: "Chỉ tiêu", en: "Figures" },
  "award-summary": { vi: "Bảng tổng hợp khen thưởng", en: "Award summary" },
  registry: { vi: "Danh mục đơn vị", en: "Unit registry" },
  other: { vi: "Khác", en: "Other" },
});
export const TABLE_KIND_LABELS: Record<TableKind, Template> = TABLE_KIND.templates;
