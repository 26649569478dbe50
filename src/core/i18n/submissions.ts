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
