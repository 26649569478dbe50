/** A unit's resubmission as text for people (CLI, task pane): a section of the one catalogue. */
import { defineMessages } from "./messages";

export const RESUBMISSION = defineMessages("resubmission", {
  header: { vi: "{unit}: tệp mới {file}", en: "{unit}: new file {file}" },
  newUnit: { vi: "{unit}: đơn vị gửi lần đầu, tệp {file}", en: "{unit}: first file from this unit, {file}" },
  nothing: { vi: "  Không có thay đổi nào về số liệu.", en: "  Nothing counted changed." },
  added: { vi: "  Thêm {n} dòng:", en: "  {n} {n:plural:row|rows} added:" },
  removed: { vi: "  Bớt {n} dòng:", en: "  {n} {n:plural:row|rows} removed:" },
  changed: { vi: "  Sửa {n} dòng:", en: "  {n} {n:plural:row|rows} changed:" },
  totals: { vi: "  Số lượng trước → sau:", en: "  Totals before → after:" },
  empty: { vi: "(trống)", en: "(empty)" },
});

export const RECIPIENT_KINDS = defineMessages("resubmission.kind", {
  collective: { vi: "tập thể", en: "collectives" },
  individual: { vi: "cá nhân", en: "individuals" },
  household: { vi: "hộ gia đình", en: "households" },
});

/** A field of a resubmitted row that changed, by its name for people ("Award: A → B"). */
export const DIFF_FIELDS = defineMessages("resubmission.field", {
  award: { vi: "Hình thức khen thưởng", en: "Award" },
  name: { vi: "Họ và tên / tên tập thể", en: "Name" },
  position: { vi: "Chức vụ", en: "Position" },
  unit: { vi: "Đơn vị", en: "Unit" },
  occasion: { vi: "Loại khen thưởng", en: "Occasion" },
  decisionNumber: { vi: "Số quyết định", en: "Decision number" },
  decisionDate: { vi: "Ngày quyết định", en: "Decision date" },
  note: { vi: "Ghi chú", en: "Note" },
  measure: { vi: "ĐVT", en: "Measure" },
  plan: { vi: "Kế hoạch", en: "Plan" },
  actual: { vi: "Thực hiện", en: "Actual" },
  percent: { vi: "Tỷ lệ (%)", en: "Percent" },
});

/** An award row's occasion as the resubmission diff writes it ("thường xuyên → chuyên đề"). */
export const DIFF_OCCASIONS = defineMessages("resubmission.occasion", {
  regular: { vi: "thường xuyên", en: "regular" },
  thematic: { vi: "chuyên đề", en: "thematic" },
  adhoc: { vi: "đột xuất", en: "ad hoc" },
});

/** The submission ledger (core/submissions/status.ts): its sheet "Đơn vị gửi" in the report. */
export const SUBMISSIONS = defineMessages("submissions", {
  sheetName: { vi: "Đơn vị gửi", en: "Submissions" },
  title: { vi: "Tình hình gửi báo cáo của các đơn vị", en: "Submissions by unit" },
  stt: { vi: "STT", en: "No." },
  unit: { vi: "Đơn vị", en: "Unit" },
  state: { vi: "Tình trạng", en: "Status" },
  file: { vi: "Tệp", en: "File" },
  date: { vi: "Ngày gửi", en: "Received" },
  errors: { vi: "Số lỗi", en: "Errors" },
  sent: { vi: "Đã gửi", en: "Sent" },
  notSent: { vi: "Chưa gửi", en: "Not sent" },
  resent: { vi: "Gửi lại ngày {date}", en: "Sent again on {date}" },
  withErrors: { vi: "{state}, có lỗi", en: "{state}, has errors" },
  notInRegistry: { vi: "{unit} (ngoài danh mục)", en: "{unit} (not in the registry)" },
  note: {
    vi: "Số lỗi: số lỗi (mức Lỗi) mà bước kiểm tra tìm thấy trong tệp của đơn vị; chi tiết ở sheet Kiểm tra.",
    en: "Errors: error-level issues the check found in the unit's file; details in the Check sheet.",
  },
});
