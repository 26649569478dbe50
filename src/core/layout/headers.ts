/**
 * Column roles from header text. Unit workbooks are typed by many hands, so one role has many
 * spellings: with and without diacritics, ALL CAPS, abbreviations ("KH", "TH", "ĐVT"), combined
 * columns ("Số, ngày QĐ", "Chức vụ, đơn vị công tác"). Matching is on headerKey (no diacritics,
 * lower case, punctuation as spaces), exact first, then by prefix for the roles whose headers
 * usually carry a suffix ("Kế hoạch năm 2021", "Thực hiện 6 tháng", "Tỷ lệ (%) so với KH").
 */
import type { ColumnRole } from "../model";
import { headerKey } from "../text/normalize";
import { remembered } from "../text/remembered";

const EXACT: [ColumnRole, string[]][] = [
  ["stt", ["stt", "tt", "so tt", "so thu tu", "thu tu"]],
  [
    "name",
    [
      "ho va ten",
      "ho ten",
      "ho va ten tap the",
      "ten tap the ca nhan",
      "ten tap the / ca nhan",
      "ten ca nhan tap the",
      "tap the ca nhan",
      "ten don vi ca nhan",
      "ten doi tuong",
      "doi tuong khen thuong",
      "ho va ten / ten tap the",
      "ho ten / ten tap the",
      "ten tap the ho gia dinh ca nhan",
      "ten don vi",
      "ten truong",
      "ten co quan don vi",
      "ten don vi/tap the",
      // a table of one kind only (two stacked tables, "Tập thể" then "Cá nhân")
      "ten tap the",
      "ten ca nhan",
      "ten ho gia dinh",
      "ho ten chu ho",
      "ten chu ho",
    ],
  ],
  ["familyName", ["ho dem", "ho va ten dem", "ho va dem", "ho"]],
  ["givenName", ["ten"]],
  ["birthDate", ["ngay sinh", "nam sinh", "ngay thang nam sinh", "ngay/thang/nam sinh"]],
  [
    "idNumber",
    ["so cccd", "cccd", "cmnd", "so cmnd", "cccd/cmnd", "so cccd/cmnd", "so cmnd/cccd", "cmnd/cccd", "so dinh danh", "so dinh danh ca nhan", "so can cuoc", "can cuoc cong dan", "so can cuoc cong dan", "so cmnd/can cuoc"],
  ],
  ["position", ["chuc vu", "cap bac chuc vu", "chuc danh", "chuc vu chuc danh"]],
  [
    "positionUnit",
    [
      "chuc vu don vi cong tac",
      "chuc vu don vi",
      "chuc vu noi cong tac",
      "cap bac chuc vu don vi",
      "chuc vu co quan don vi",
      "chuc danh don vi cong tac",
    ],
  ],
  // households and villages are placed by their thôn / bản / tổ dân phố
  ["unit", ["don vi", "don vi cong tac", "ten don vi cong tac", "ten don vi/tap the cong tac", "co quan don vi", "noi cong tac", "co quan", "dia chi don vi", "thon ban", "thon", "thon/ban", "thon, to dan pho", "thon/to dan pho", "to dan pho", "thon ban to dan pho"]],
  ["school", ["truong", "don vi truong", "truong hoc"]],
  [
    "award",
    [
      "hinh thuc khen thuong",
      "danh hieu",
      "danh hieu / hinh thuc",
      "danh hieu hinh thuc",
      "danh hieu thi dua",
      "hinh thuc",
      "danh hieu / hinh thuc khen thuong",
      "danh hieu thi dua / hinh thuc khen thuong",
      "hinh thuc khen thuong / danh hieu",
      "noi dung khen thuong",
    ],
  ],
  ["issuer", ["cap khen", "cap khen thuong", "cap quyet dinh", "co quan khen thuong", "thanh tich cap khen", "nguoi ky", "cap ky", "tham quyen khen thuong"]],
  [
    "decision",
    [
      "so ngay quyet dinh",
      "so ngay qd",
      "quyet dinh",
      "so va ngay quyet dinh",
      "so ngay thang nam quyet dinh",
      "quyet dinh khen thuong",
      "so quyet dinh ngay",
      "so qd ngay",
    ],
  ],
  ["decisionNumber", ["so qd", "so quyet dinh", "so hieu quyet dinh", "so hieu qd"]],
  ["decisionDate", ["ngay qd", "ngay quyet dinh", "ngay ky", "ngay ky qd", "ngay thang nam qd"]],
  [
    "recipientKind",
    ["tap the / ca nhan", "tap the ca nhan / ho gia dinh", "doi tuong", "loai doi tuong", "tt / cn", "phan loai doi tuong", "phan loai", "phan loai khen thuong", "ca nhan / tap the", "doi tuong khen thuong", "cn / tt"],
  ],
  ["issuer", ["cap khen", "cap khen thuong", "cap quyet dinh", "cap ra quyet dinh", "co quan khen thuong", "nguoi ky quyet dinh", "cap tang"]],
  ["occasion", ["loai khen thuong", "phuong thuc khen thuong", "phuong thuc", "loai hinh khen thuong"]],
  ["note", ["ghi chu", "ghi chu khac"]],
  ["indicator", ["chi tieu", "ten chi tieu", "noi dung", "noi dung chi tieu", "cac chi tieu"]],
  ["measure", ["dvt", "don vi tinh", "dv tinh"]],
  ["plan", ["kh", "ke hoach", "ke hoach nam", "chi tieu ke hoach"]],
  // the value column of an indicator table drawn as a form: "Chỉ tiêu | Đơn vị | Số lượng | Ghi chú"
  ["actual", ["th", "thuc hien", "ket qua thuc hien", "uoc thuc hien", "uoc th", "so luong", "so lieu", "gia tri", "ket qua"]],
  ["percent", ["%", "ty le %", "ty le", "% kh", "% so kh", "% so voi kh", "so sanh %", "ty le % so voi kh", "tl %"]],
  ["collectives", ["tap the", "so tap the"]],
  ["individuals", ["ca nhan", "so ca nhan"]],
  ["households", ["ho gia dinh", "so ho gia dinh"]],
  ["unitType", ["loai", "loai don vi", "cap hoc", "cap"]],
];

const PREFIX: [ColumnRole, string[]][] = [
  ["plan", ["ke hoach ", "kh nam", "kh "]],
  ["actual", ["thuc hien ", "uoc thuc hien", "th 6 thang", "th nam", "ket qua "]],
  ["percent", ["ty le ", "% so ", "% thuc hien", "so sanh "]],
  ["decision", ["so ngay quyet dinh", "so ngay qd", "quyet dinh so"]],
  ["award", ["hinh thuc khen", "danh hieu "]],
  ["positionUnit", ["chuc vu don vi", "chuc vu co quan"]],
  ["name", ["ho va ten", "ten tap the"]],
  ["note", ["ghi chu"]],
];

/** headerKey with "a / b" and "a/b" made alike. */
function roleKey(text: string): string {
  return headerKey(text).replace(/\s*\/\s*/g, "/");
}

const exactMap = new Map<string, ColumnRole>();
for (const [role, keys] of EXACT) for (const k of keys) exactMap.set(roleKey(k), role);
const prefixList: [ColumnRole, string][] = PREFIX.flatMap(([role, ps]) => ps.map((p) => [role, roleKey(p)] as [ColumnRole, string]));

/**
 * The role a header text names, or undefined. Memoised: every cell of every row is asked while
 * looking for headers, and the same texts (award names, unit names) repeat thousands of times.
 */
const roleCache = new Map<string, ColumnRole | null>();
const ROLE_CACHE_LIMIT = 50_000;
export function headerRole(text: string): ColumnRole | undefined {
  // a header is short: long texts (names with positions, notes) are never column titles
  if (text.length > 80) return undefined;
  return remembered(roleCache, text, (t) => computeHeaderRole(t) ?? null, ROLE_CACHE_LIMIT) ?? undefined;
}

/**
 * A figure column about another period — "Thực hiện cùng kỳ năm 2024", "Tỷ lệ (%) so với cùng kỳ",
 * "Thực hiện năm trước" — is not this period's plan, actual or percent (it would be read in their
 * place when it comes first). Such a header plays no role but still counts as a header cell.
 */
const OTHER_PERIOD = /(^|\s)(cung ky|nam truoc|ky truoc|nam ngoai)(\s|\/|$)/;

function computeHeaderRole(text: string): ColumnRole | undefined {
  const key = roleKey(text);
  if (!key) return undefined;
  if (OTHER_PERIOD.test(key)) return undefined;
  const exact = exactMap.get(key);
  if (exact) return exact;
  // word-boundary prefix: "ke hoach nam 2021" starts with "ke hoach" + " "
  for (const [role, p] of prefixList) if (key.startsWith(p + " ") || key.startsWith(p + "/")) return role;
  return undefined;
}

/**
 * Headers of columns the engine does not use but that award lists often carry (giới tính, dân
 * tộc, thành tích...). They play no role, but they make a row look like a header: without them a
 * wide header with many such columns would fall below the share of recognised cells.
 */
const KNOWN_OTHER = new Set(
  [
    "gioi tinh", "nam", "nu", "nam/nu", "dan toc", "ton giao", "que quan", "dia chi", "noi o", "trinh do",
    "trinh do chuyen mon", "thanh tich", "noi dung thanh tich", "tom tat thanh tich", "thanh tich dat duoc",
    "xep loai", "xep loai danh gia", "muc do hoan thanh nhiem vu", "sang kien", "sang kien de tai", "de tai",
    "so tien", "muc thuong", "tien thuong", "so nam cong tac", "nam vao nganh", "ngay tuyen dung", "ma so",
    "ma dinh danh", "so dien thoai", "linh vuc", "ma phan loai", "phan loai",
  ].map((k) => k),
);
/** Their longer forms, as production systems' templates name them ("Lĩnh vực hoạt động", "Tên gọi (Ông/Bà/Chức danh)"). */
const KNOWN_OTHER_PREFIX = /^(linh vuc|phan loai|ten goi|ten phong ban|phong ban|dia chi|lua chon)( |\/|$)/;

/** A header text the engine knows but does not use (it still counts as a header cell). */
export function isKnownOtherHeader(text: string): boolean {
  return text.length <= 80 && (KNOWN_OTHER.has(roleKey(text)) || OTHER_PERIOD.test(roleKey(text)) || KNOWN_OTHER_PREFIX.test(roleKey(text)));
}

/** A header naming a code column: "Mã", "Mã số", "Mã hình thức khen thưởng", "CODE", or a field name ("mahinhthuckt"). */
export function isCodeHeader(text: string): boolean {
  if (text.length > 80) return false;
  const key = headerKey(text);
  return /^(ma|ma so|code|ky hieu)( |$)/.test(key) || /^ma[a-z]{3,}$/.test(key);
}

/** The roles a code column may stand for, when resolved through the workbook's look-up sheet. */
export type CodedRole = "award" | "unit" | "recipientKind";

/**
 * The role a code column's header names: "Mã hình thức khen thưởng", "Mã danh hiệu thi đua" ->
 * award; "Mã đơn vị" -> unit; "Mã phân loại khen thưởng" -> recipientKind. Other codes ("Mã phân
 * loại cán bộ", "Mã số") stand for nothing the engine counts.
 */
export function codedRole(text: string): CodedRole | undefined {
  if (!isCodeHeader(text)) return undefined;
  const key = headerKey(text);
  const rest = key.replace(/^(ma so|ma) /, "");
  if (rest === key) return undefined;
  const role = headerRole(rest);
  return role === "award" || role === "unit" || role === "recipientKind" ? role : undefined;
}

/**
 * A column-numbering cell under a header: "(1)", "1", "A", "B", "(2)=(1)x3". Such rows are skipped.
 */
export function isColumnNumberToken(text: string): boolean {
  return /^\(?[0-9]{1,2}\)?$/.test(text.trim()) || /^\([0-9]{1,2}\)\s*[=x*+\-/]/.test(text.trim());
}
