/**
 * The command line's texts (a section of the one catalogue): usage errors, `tdkt --help`, the
 * human-readable check report and the run's notes. The CLI speaks Vietnamese unless `--lang en`
 * is given or the locale is English (src/cli/args.ts).
 */
import { defineMessages } from "./messages";

export const CLI = defineMessages("cli", {
  // usage errors (exit 2)
  unknownCommand: { vi: 'không có lệnh "{command}" (dùng check, consolidate, annotate hoặc resubmit)', en: 'unknown command "{command}" (use check, consolidate, annotate or resubmit)' },
  needsValue: { vi: "{option} cần một giá trị", en: "{option} needs a value" },
  badLang: { vi: '--lang phải là vi hoặc en, không phải "{value}"', en: '--lang must be vi or en, not "{value}"' },
  badPeriod: { vi: '--period phải có dạng YYYY-MM-DD..YYYY-MM-DD, không phải "{value}"', en: '--period must be YYYY-MM-DD..YYYY-MM-DD, not "{value}"' },
  badCampaign: { vi: '--campaign phải có dạng <số quyết định>=<tên đợt>, không phải "{value}"', en: '--campaign must be <decision number>=<campaign name>, not "{value}"' },
  badSuggestions: { vi: '--suggestions phải là none, slips hoặc all, không phải "{value}"', en: '--suggestions must be none, slips or all, not "{value}"' },
  badSeverity: { vi: '--severity phải có dạng <mã quy tắc>=error|warning|info|off, không phải "{value}"', en: '--severity must be <rule code>=error|warning|info|off, not "{value}"' },
  badColumn: {
    vi: '--column phải có dạng "<tệp>!<sheet>!<cột>=<vai trò>" (ví dụ "xa-a.xlsx!Danh sách!D=award"), không phải "{value}"; vai trò: {roles}',
    en: '--column must be "<file>!<sheet>!<column>=<role>" (e.g. "xa-a.xlsx!Danh sách!D=award"), not "{value}"; roles: {roles}',
  },
  badRatio: { vi: "--ratio phải là một tỷ lệ từ 0 đến 1 (ví dụ 0.15)", en: "--ratio must be a fraction between 0 and 1 (e.g. 0.15)" },
  unknownOption: { vi: "không có tùy chọn {option} (xem tdkt --help)", en: "unknown option {option} (see tdkt --help)" },
  noPaths: { vi: "hãy chỉ ra ít nhất một tệp hoặc thư mục", en: "give at least one file or folder" },
  consolidateNeedsOut: { vi: "consolidate cần --out <tệp.xlsx>", en: "consolidate needs --out <file.xlsx>" },
  annotateNeedsOut: { vi: "annotate cần --out <thư mục> (tệp của đơn vị không bao giờ bị sửa)", en: "annotate needs --out <folder> (the unit files are never changed)" },
  resubmitNeeds: { vi: "resubmit cần <báo-cáo.xlsx> <tệp-mới-của-đơn-vị>... --out <báo-cáo-mới.xlsx>", en: "resubmit needs <report.xlsx> <new-unit-file>... --out <new-report.xlsx>" },
  awardMapUnreadable: { vi: "--award-map {path}: {detail}", en: "--award-map {path}: {detail}" },
  awardMapNotObject: {
    vi: '--award-map {path}: cần một đối tượng JSON { "tên như trong tệp": "mã danh mục" | "không tính" }',
    en: '--award-map {path}: expected a JSON object { "tên như trong tệp": "mã danh mục" | "không tính" }',
  },
  awardMapUnknown: { vi: "--award-map {path}: không có trong danh mục (dòng: giá trị): {problems}", en: "--award-map {path}: not in the catalogue (row: value): {problems}" },
  unknownRule: { vi: "--severity: không có quy tắc {codes} (xem docs/rules.md)", en: "--severity: unknown rule {codes} (see docs/rules.md)" },
  catalogueUnreadable: { vi: "--catalogue {path}: {detail}", en: "--catalogue {path}: {detail}" },
  inputUnreadable: { vi: "{error}", en: "{error}" },
  noRegistry: {
    vi: "{path}: không thấy bảng danh mục đơn vị (STT | Tên đơn vị | Loại); hãy chọn đúng tệp danh mục cho --units",
    en: "{path}: no unit registry table (STT | Tên đơn vị | Loại) found; give the registry file to --units",
  },
  seeHelp: { vi: "Xem hướng dẫn: tdkt --help", en: "See: tdkt --help" },
  notFound: { vi: "không tìm thấy tệp hoặc thư mục “{path}”; hãy kiểm tra lại tên và đường dẫn.", en: "no file or folder “{path}”; check the name and the path." },
  outIsSource: { vi: "--out {path} là một tệp nguồn; chọn tên tệp khác.", en: "--out {path} is one of the sources; choose another name." },
  columnUnused: {
    vi: "--column {decision}: không có tệp và trang tính nào trùng tên; cột đó vẫn được đọc như khi không có quyết định.",
    en: "--column {decision}: no file and sheet of this run has that name; that column is read as if there were no decision.",
  },
  outExists: { vi: "tệp {path} đã có; dùng --force để ghi đè.", en: "{path} exists; use --force to overwrite it." },
  outNotFolder: { vi: "--out phải là một thư mục: {path}", en: "--out must be a folder: {path}" },
  reportWritten: {
    vi: 'Đã ghi báo cáo tổng hợp: {path}\n{files} tệp; {errors} lỗi, {warnings} cảnh báo cần xem (sheet "Kiểm tra").',
    en: 'Report written: {path}\n{files} {files:plural:file|files}; {errors} {errors:plural:error|errors}, {warnings} {warnings:plural:warning|warnings} to review (sheet "Kiểm tra").',
  },
  unexpected: {
    vi: "lỗi bất ngờ{where}: {what}. Chạy lại với --debug để xem chi tiết và báo cho người phát triển.",
    en: "unexpected failure{where}: {what}. Run again with --debug for the details and report it.",
  },
  // resubmit and annotate
  reportNotFound: { vi: "không thấy tệp báo cáo {path}", en: "report not found: {path}" },
  outIsInput: { vi: "--out trùng một tệp đầu vào.", en: "--out is one of the input files." },
  reportDataUnreadable: { vi: "không đọc được dữ liệu trong {path}: {detail}", en: "cannot read the data in {path}: {detail}" },
  reportHasNoData: {
    vi: "{path} không có dữ liệu các đơn vị (sheet ẩn _tdkt_data); hãy tổng hợp lại bằng lệnh consolidate.",
    en: "{path} holds no unit data (hidden sheet _tdkt_data); consolidate again.",
  },
  newReportWritten: { vi: "Đã ghi báo cáo mới: {path}", en: "New report written: {path}" },
  cannotOpen: { vi: "Không mở được tệp {file}: {detail}", en: "Cannot open {file}: {detail}" },
  copyNotMade: { vi: "- {file}: không tạo bản sao ({why})", en: "- {file}: no copy ({why})" },
  wouldOverwriteSource: { vi: "sẽ ghi đè một tệp nguồn", en: "would overwrite a source file" },
  copyMade: {
    vi: "- {file} → {out}: {issues} vấn đề, {cells} ô được đánh dấu{rebuilt}",
    en: "- {file} → {out}: {issues} {issues:plural:problem|problems}, {cells} {cells:plural:cell|cells} marked{rebuilt}",
  },
  copyRebuilt: { vi: " (dựng lại dạng .xlsx)", en: " (rebuilt as .xlsx)" },
  copiesMade: { vi: "Đã tạo {count} bản sao để gửi lại đơn vị, trong {folder}:", en: "{count} {count:plural:copy|copies} to send back to units, in {folder}:" },

  // the human-readable check report (format.ts)
  filesRead: { vi: "Đã đọc {count} tệp.", en: "Read {count} {count:plural:file|files}." },
  period: { vi: "Kỳ báo cáo: {from} đến {to}", en: "Period: {from} to {to}" },
  periodGuessed: { vi: "Kỳ báo cáo: {from} đến {to} (đoán từ tiêu đề; dùng --period để chỉ rõ)", en: "Period: {from} to {to} (guessed from titles; use --period)" },
  registry: { vi: "Danh mục đơn vị: {count} đơn vị.", en: "Registry: {count} {count:plural:unit|units}." },
  unitNotIdentified: { vi: "(chưa rõ đơn vị)", en: "(unit not identified)" },
  unreadable: { vi: "KHÔNG ĐỌC ĐƯỢC: {error}", en: "UNREADABLE: {error}" },
  sheetLine: { vi: "{sheet}: {kind}{header}, đọc {read} dòng, bỏ qua {skipped}", en: "{sheet}: {kind}{header}, read {read} rows, skipped {skipped}" },
  sheetHeader: { vi: ", tiêu đề {range}", en: ", header {range}" },
  noProblem: { vi: "Không có vấn đề.", en: "No problem." },
  general: { vi: "■ Chung", en: "■ General" },
  summary: { vi: "Tóm tắt:", en: "Summary:" },
  summaryCounts: {
    vi: "  {errors} lỗi, {warnings} cảnh báo, {infos} lưu ý trong {files} tệp{unreadable}.",
    en: "  {errors} {errors:plural:error|errors}, {warnings} {warnings:plural:warning|warnings}, {infos} {infos:plural:note|notes} in {files} {files:plural:file|files}{unreadable}.",
  },
  summaryUnreadable: { vi: "; {count} tệp không đọc được", en: "; {count} unreadable" },
  noProblemFound: { vi: "  Không tìm thấy vấn đề nào.", en: "  No problem found." },
  kind_awards: { vi: "danh sách khen thưởng", en: "award list" },
  kind_figures: { vi: "biểu chỉ tiêu", en: "figures" },
  "kind_award-summary": { vi: "bảng tự tổng hợp", en: "award summary" },
  kind_registry: { vi: "danh mục đơn vị", en: "unit registry" },
  kind_other: { vi: "không nhận ra bảng", en: "no table recognised" },
  severity_error: { vi: "Lỗi", en: "Errors" },
  severity_warning: { vi: "Cảnh báo", en: "Warnings" },
  severity_info: { vi: "Lưu ý", en: "Notes" },

  usage: {
    vi: `Tổng hợp TĐKT — kiểm tra và tổng hợp bảng tính thi đua, khen thưởng

Cách dùng:
  npm run --silent tdkt -- check <tệp-hoặc-thư-mục>... [--period YYYY-MM-DD..YYYY-MM-DD] [--units <danh-mục.xlsx>] [--json]
      kiểm tra các tệp của đơn vị, in các vấn đề theo đơn vị và mức độ
  npm run --silent tdkt -- consolidate <tệp-hoặc-thư-mục>... --out <báo-cáo.xlsx> [--period ..] [--units ..] [--campaign "<số QĐ>=<tên đợt>"]... [--json] [--force]
      kiểm tra rồi ghi báo cáo tổng hợp
  npm run --silent tdkt -- annotate <tệp-hoặc-thư-mục>... --out <thư-mục> [--period ..] [--units ..] [--json] [--force]
      bản sao tệp của đơn vị có đánh dấu ô lỗi và ghi chú, để gửi lại đơn vị
  npm run --silent tdkt -- resubmit <báo-cáo.xlsx> <tệp-mới-của-đơn-vị>... --out <báo-cáo-mới.xlsx> [--period ..] [--campaign ..]... [--json] [--force]
      thay phần của đơn vị gửi lại, tổng hợp lại, in những gì thay đổi

Tùy chọn chung:
  --severity <mã>=error|warning|info|off   đổi mức độ hoặc tắt một quy tắc (mã trong docs/rules.md)
  --award-map <tệp.json|.xlsx|.csv>        tên khen thưởng như trong tệp -> mã danh mục hoặc "không tính"
  --suggestions none|slips|all             tên sai chính tả tính theo gợi ý nào (mặc định slips)
  --catalogue <tệp.json>                   danh hiệu riêng của tỉnh (docs/catalogue.md)
  --column "<tệp>!<sheet>!<cột>=<vai trò>" cột mà chương trình không nhận ra (hoặc nhận sai) đọc theo vai trò này,
                                           ví dụ "xa-a.xlsx!Danh sách!D=award"; "=none": không đọc cột đó
  --ratio 0.15                             tỷ lệ CSTĐCS tối đa so với số LĐTT
  --lang vi|en                             ngôn ngữ (mặc định tiếng Việt; tiếng Anh khi máy dùng locale tiếng Anh)
  --debug                                  in chi tiết kỹ thuật khi có lỗi bất ngờ

Mã thoát: 0 không tìm thấy vấn đề, 1 có lỗi hoặc cảnh báo, 2 sai cú pháp hoặc không đọc được tệp, 3 lỗi bất ngờ của chương trình`,
    en: `Tổng hợp TĐKT — check and consolidate emulation and commendation (thi đua, khen thưởng) workbooks

Usage:
  npm run --silent tdkt -- check <file-or-folder>... [--period YYYY-MM-DD..YYYY-MM-DD] [--units <registry.xlsx>] [--json]
      check the units' files, print the problems by unit and severity
  npm run --silent tdkt -- consolidate <file-or-folder>... --out <report.xlsx> [--period ..] [--units ..] [--campaign "<decision no.>=<campaign>"]... [--json] [--force]
      check, then write the consolidated report
  npm run --silent tdkt -- annotate <file-or-folder>... --out <folder> [--period ..] [--units ..] [--json] [--force]
      marked copies of the units' files (problem cells coloured and noted) to send back
  npm run --silent tdkt -- resubmit <report.xlsx> <new-unit-file>... --out <new-report.xlsx> [--period ..] [--campaign ..]... [--json] [--force]
      replace a unit's part, consolidate again, print what changed

Common options:
  --severity <code>=error|warning|info|off   change a rule's severity or turn it off (codes in docs/rules.md)
  --award-map <file.json|.xlsx|.csv>         award name as written -> catalogue id or "không tính"
  --suggestions none|slips|all               which misspelt award names count as suggested (default slips)
  --catalogue <file.json>                    a province's own titles and honours (docs/catalogue.md)
  --column "<file>!<sheet>!<column>=<role>"  read a column the reader did not recognise (or misread) in this role,
                                             e.g. "xa-a.xlsx!Danh sách!D=award"; "=none": do not read that column
  --ratio 0.15                               CSTĐCS cap as a share of LĐTT
  --lang vi|en                               language (Vietnamese by default; English under an English locale)
  --debug                                    print technical details of an unexpected failure

Exit codes: 0 no problem found, 1 errors or warnings found, 2 bad usage or unreadable input, 3 unexpected failure`,
  },
});
