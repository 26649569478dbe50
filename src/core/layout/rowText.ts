/**
 * What a single cell's text says about its row, whatever the table: a total ("Cộng", "Tổng cộng"),
 * a signature line, a template's example marker, a note, a section marker. Pure text tests, kept
 * apart from table recognition (detect.ts) so that each can be read and tested alone.
 */
import { headerKey } from "../text/normalize";

const ROMAN = /^(?=[IVXLC]+$)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
const SUBTOTAL_KEYS = new Set(["cong", "tong cong", "tong so", "tong", "cong chung", "cong toan bo", "cong so"]);
const SIGNATURE_EXACT = new Set([
  "nguoi lap bieu",
  "nguoi lap",
  "nguoi tong hop",
  "chu tich",
  "pho chu tich",
  "thu truong",
  "thu truong don vi",
  "thu truong co quan",
  "truong phong",
  "pho truong phong",
  "giam doc",
  "hieu truong",
  "chi huy truong",
  "truong cong an",
  "truong ban",
  "ky ten",
  "ky ten dong dau",
  "ky ghi ro ho ten",
]);

export function isSubtotalText(text: string): boolean {
  // headerKey has no punctuation: "Cộng:" is "cong"
  const key = headerKey(text);
  if (SUBTOTAL_KEYS.has(key)) return true;
  // "Tổng cộng toàn huyện", "Cộng: 12" — but never "Công an xã ..." (same letters without marks)
  return /^tong cong /.test(key) || (/^cong \d/.test(key) && /^c[ộo]ng\b/i.test(text.trim().normalize("NFC")));
}

export function isSignatureText(text: string): boolean {
  if (text.length > 60) return false; // signature lines are short; skip the key for long texts
  const key = headerKey(text);
  if (SIGNATURE_EXACT.has(key)) return true;
  return isSignatureFormKey(key);
}

/**
 * The FORM of a signature block, as opposed to a job title: "Người lập biểu", "TM. ỦY BAN NHÂN
 * DÂN", "KT. CHỦ TỊCH", "(Ký, ghi rõ họ tên)", "Thủ trưởng đơn vị". A job title alone ("Giám
 * đốc", "Chủ tịch") is also what a Chức vụ cell holds on an award row, so it starts a signature
 * block only on a row that holds nothing else.
 */
export function isSignatureForm(text: string): boolean {
  return text.length <= 60 && isSignatureFormKey(headerKey(text));
}

function isSignatureFormKey(key: string): boolean {
  return (
    /^(tm|kt|tl|tuq|q) /.test(key) ||
    key.startsWith("nguoi lap") ||
    key === "nguoi tong hop" ||
    // "ky ten", "ky ten dong dau" start with "ky " too
    /^ky /.test(key) ||
    /^thu truong( don vi| co quan)?$/.test(key) ||
    // the date line of a form left for the signer to date: "Ngày .... tháng .... năm 2022"
    /^ngay( \d{1,2})? thang( \d{1,2})? nam( \d{4})?$/.test(key)
  );
}

/** "VD:", "Ví dụ:", "(Ví dụ)", "Mẫu:" or a cell that is only "VD" / "Ví dụ" / "Mẫu": a template's sample row. */
export function isExampleMarker(text: string): boolean {
  // most texts are names and awards: the first letter rules them out before any regex
  if (text.length > 80 || !/^\s*\(?[VvMm]/.test(text)) return false;
  const t = text.trim().normalize("NFC");
  if (/^\(?(ví dụ|vd|mẫu|vi du|mau)\)?$/iu.test(t)) return true;
  return /^\(?(ví dụ|vd|vi du)\s*[:.)-]/iu.test(t) || /^\(?(mẫu|mau)\s*:/iu.test(t);
}

export function isNoteText(text: string): boolean {
  const key = headerKey(text);
  return /^(ghi chu|luu y|chu thich|nguon)/.test(key) || text.trim().startsWith("*") || isPlaceAndDate(text);
}

/** "Tuần Giáo, ngày 23 tháng 6 năm 2021": a place, a comma, a date (headerKey drops the comma, so it is looked for in the text). */
function isPlaceAndDate(text: string): boolean {
  const comma = text.indexOf(",");
  return comma > 0 && /^ngay .* thang .* nam /.test(headerKey(text.slice(comma + 1)));
}

/** A section marker in the STT column: I, II, A, B, or "Phần I". */
export function isSectionMarker(text: string): boolean {
  const t = text.trim().replace(/[.)]$/, "");
  return ROMAN.test(t) || /^[A-ZĐ]$/.test(t) || /^phan [ivx]+$/i.test(headerKey(t));
}
