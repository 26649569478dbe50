/**
 * Recipient kinds (tập thể / cá nhân / hộ gia đình) and the name-shape heuristics that tell a
 * person's name ("Điêu Thị Thúy") from a collective's ("Tổ bầu cử số 2 (Khối Sơn Thủy)").
 */
import type { RecipientKind } from "../model";
import { collapseSpaces, headerKey, nameKey, nfc } from "../text/normalize";
import { remembered } from "../text/remembered";

const KIND_WORDS: [string, RecipientKind][] = [
  ["tap the", "collective"],
  ["tt", "collective"],
  ["don vi", "collective"],
  ["ca nhan", "individual"],
  ["cn", "individual"],
  ["ho gia dinh", "household"],
  ["hgd", "household"],
  ["ho", "household"],
  ["gia dinh", "household"],
];

/** the longer kind words, found anywhere in a section row ("Danh sách cá nhân"), each matched by its compiled expression */
const KIND_WORDS_WITHIN: [RegExp, RecipientKind][] = KIND_WORDS.filter(([w]) => w.length > 3).map(([w, kind]) => [new RegExp(`(^| )${w}( |$)`), kind]);

/** Kinds of texts already read: a list repeats its section rows and kind cells on every row. */
const KINDS = new Map<string, RecipientKind | null>();

/** "Tập thể" / "TT" -> collective, "Cá nhân" / "CN" -> individual, "Hộ gia đình" / "HGĐ" -> household. */
export function parseRecipientKind(text: string | undefined): RecipientKind | undefined {
  // (null: read, and no kind; the cache's own "not yet read" is undefined)
  return remembered(KINDS, text ?? "", (t) => kindOf(t) ?? null) ?? undefined;
}

function kindOf(text: string): RecipientKind | undefined {
  // a section marker before the words ("A. TẬP THỂ", "II. CÁ NHÂN") is not part of the kind
  const key = headerKey(text).replace(/^([a-d]|[ivx]+|\d+)\s+(?=\S)/, "");
  for (const [w, kind] of KIND_WORDS) if (key === w) return kind;
  // section rows: "A. TẬP THỂ", "II. CÁ NHÂN", "Danh sách cá nhân"
  for (const [re, kind] of KIND_WORDS_WITHIN) if (re.test(key)) return kind;
  return undefined;
}

/**
 * Words that begin the name of an organisation, in nameKey form. Only checked at the start of a
 * name: "Hội", "Khối", "Đoàn" are also given names or surnames ("Nguyễn Văn Hội", "Đoàn Văn Lâm").
 */
const ORG_STARTS = [
  "trường", "tổ", "ban", "công an", "ubnd", "ủy ban", "chi đoàn", "chi bộ", "chi hội", "hội", "đội", "đồn",
  "phòng", "trung tâm", "khối", "bản", "thôn", "xóm", "làng", "ấp", "xã", "thị trấn", "phường", "huyện", "tỉnh",
  "lớp", "nhóm", "văn phòng", "hạt", "liên đoàn", "đảng bộ", "đoàn thanh niên", "huyện đoàn", "công ty", "hợp tác xã",
  "htx", "cụm", "tiểu ban", "bộ phận", "khoa", "bệnh viện", "trạm", "mặt trận", "ủy ban mttq", "mttq", "câu lạc bộ",
  "clb", "tập thể", "cơ quan", "ngân hàng", "kho bạc", "chi cục", "cục", "sở", "viện", "lực lượng", "dân quân",
  "tiểu đội", "trung đội", "đại đội", "hộ", "gia đình", "thanh tra", "tòa án", "viện kiểm sát", "ban chỉ huy",
  "hội đồng", "đài", "nhà", "doanh nghiệp", "chi nhánh", "điểm", "khu",
].map((w) => nameKey(w));

/** Each organisation word with the space after it, made once (asked of every row's name). */
const ORG_STARTS_SPACED = ORG_STARTS.map((w) => w + " ");

function startsWithOrgWord(key: string): boolean {
  for (let i = 0; i < ORG_STARTS.length; i++) if (key === ORG_STARTS[i] || key.startsWith(ORG_STARTS_SPACED[i])) return true;
  return false;
}

/** Middle syllables typed in lower case in real lists ("Lường văn Thuỷ"). */
const LOWER_MIDDLES = new Set(["văn", "thị", "đức", "thế"].map((w) => nameKey(w)));

/**
 * A person's name: 2–5 syllables, letters only, each capitalised (a lower-case "văn"/"thị" in the
 * middle is tolerated), not starting with an organisation word.
 */
export function looksLikePersonName(name: string | undefined): boolean {
  return remembered(PERSON_NAMES, name ?? "", personNameShape);
}

/**
 * Answers per distinct text (text/remembered.ts): a province's lists repeat their names and units
 * on many rows, and the rules ask again for every record.
 */
const PERSON_NAMES = new Map<string, boolean>();
const COLLECTIVE_NAMES = new Map<string, boolean>();
const FAMILY_NAMES = new Map<string, boolean>();

function personNameShape(name: string): boolean {
  const text = collapseSpaces(nfc(name));
  const words = text.split(" ");
  if (words.length < 2 || words.length > 5) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!/^[\p{L}\p{M}]+$/u.test(w)) return false;
    const capital = /^\p{Lu}/u.test(w);
    if (!capital && (i === 0 || i === words.length - 1 || !LOWER_MIDDLES.has(nameKey(w)))) return false;
  }
  // all-capital names ("ĐIÊU THỊ THÚY") are persons too; organisation words still exclude
  return !startsWithOrgWord(nameKey(text));
}

/**
 * Vietnamese family names, Kinh and those of the North-West's ethnic groups (Thái, Mông, Khơ Mú,
 * Lào, Hà Nhì …: Lò, Lường, Quàng, Cà, Cầm, Tòng, Vì, Điêu, Giàng, Sùng, Thào, Mùa, Vừ, Lầu, Hờ, Cứ …).
 * A name that starts with one of them and has the shape of a person's name is a person even with no
 * job beside it — the signal that tells "Cầm Văn Xiêng" from "Bản Xá Nhè" in a collectives list.
 */
const SURNAMES = new Set(
  [
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "vũ", "võ", "phan", "trương", "bùi", "đặng", "đỗ", "ngô", "hồ",
    "dương", "đinh", "đào", "đoàn", "vương", "trịnh", "lương", "lâm", "phùng", "mai", "tô", "tạ", "hà", "cao", "chu",
    "lưu", "kiều", "quách", "thái", "triệu", "doãn", "khổng", "lại", "mạc", "nông", "tăng", "văn", "nghiêm", "đàm",
    "lò", "lường", "quàng", "cà", "cầm", "tòng", "vì", "điêu", "giàng", "sùng", "thào", "mùa", "vừ", "lầu", "hờ", "cứ",
    "lý", "lù", "lừu", "chảo", "tẩn", "bàn", "hạng", "má", "sồng", "lỳ", "pờ", "chang", "khoàng", "xa", "sầm", "bạc",
    "lự", "mè", "ló", "kha", "phàn", "chá", "ly", "tao", "hầu", "vàng", "mào",
  ].map((w) => nameKey(w)),
);

/** A person's name (above) that also starts with a known family name. */
export function looksLikeFamilyName(name: string | undefined): boolean {
  return remembered(FAMILY_NAMES, name ?? "", (text) => looksLikePersonName(text) && SURNAMES.has(nameKey(collapseSpaces(nfc(text))).split(" ")[0]));
}

/** A collective's name: starts with an organisation word, or carries numbers / brackets / dashes. */
export function looksLikeCollectiveName(name: string | undefined): boolean {
  return remembered(COLLECTIVE_NAMES, name ?? "", collectiveNameShape);
}

function collectiveNameShape(name: string): boolean {
  // a person's name (looksLikePersonName) is letters only and starts with no organisation word,
  // so it never passes the test below: no need to ask it first
  const text = collapseSpaces(nfc(name));
  const key = nameKey(text);
  return startsWithOrgWord(key) || /[0-9()]/.test(text) || / [-–] /.test(text);
}

/**
 * Position texts that describe a person's job ("Công chức Văn hóa - Xã hội xã Quài Cang",
 * "Phó Chủ tịch UBND", "Giáo viên", "Đại úy, cán bộ ..."), as opposed to a unit ("UBND xã Quài Cang").
 */
const JOB_STARTS = [
  "công chức", "cán bộ", "viên chức", "chủ tịch", "phó", "bí thư", "trưởng", "tổ trưởng", "tổ phó", "thư ký",
  "giáo viên", "hiệu trưởng", "nhân viên", "kế toán", "văn thư", "thủ quỹ", "người có uy tín", "nhân dân",
  "hội viên", "đoàn viên", "đảng viên", "dân quân", "chiến sĩ", "chiến sỹ", "đại úy", "thượng úy", "trung úy",
  "thiếu úy", "thiếu tá", "trung tá", "thượng tá", "đại tá", "binh nhất", "binh nhì", "hạ sĩ", "trung sĩ",
  "thượng sĩ", "chỉ huy trưởng", "chính trị viên", "giám đốc", "chánh", "chuyên viên", "bác sĩ", "bác sỹ",
  "y sĩ", "y sỹ", "điều dưỡng", "nữ hộ sinh", "tổng phụ trách", "cộng tác viên", "trưởng bản", "trưởng thôn",
  "công an viên", "lao động", "nông dân", "học sinh", "sinh viên", "bảo vệ", "lái xe", "kiểm lâm viên",
].map((w) => nameKey(w));

export function looksLikePersonJob(position: string | undefined): boolean {
  return remembered(PERSON_JOBS, position ?? "", personJobShape);
}

/** Positions already read: a list repeats a handful of them ("Giáo viên", "Công chức ...") on every row. */
const PERSON_JOBS = new Map<string, boolean>();

function personJobShape(position: string): boolean {
  const key = nameKey(collapseSpaces(nfc(position)));
  for (const w of JOB_STARTS) if (key === w || key.startsWith(w + " ") || key.startsWith(w + ",")) return true;
  return false;
}

/** Organisation words that name a workplace inside a position text ("Giáo viên Trường Tiểu học số 1"). */
const WORKPLACE_WORDS = [
  "trường", "ubnd", "ủy ban nhân dân", "phòng", "trung tâm", "công an", "xã", "thị trấn", "phường", "bệnh viện",
  "trạm", "ban", "hội", "đội", "chi cục", "sở", "công ty", "hợp tác xã", "htx", "văn phòng", "khoa", "ngân hàng",
  "kho bạc", "bản", "thôn", "tổ dân phố", "huyện đoàn", "đồn", "hạt", "viện", "tòa án", "viện kiểm sát",
].map((w) => nameKey(w));

/**
 * The workplace a position text names, from the first organisation word followed by a proper name
 * or a number ("Giáo viên Trường Tiểu học số 1" -> "Trường Tiểu học số 1", "Công chức Văn hóa - Xã
 * hội xã Quài Cang" -> "xã Quài Cang"); undefined when it names none.
 */
export function workplaceIn(position: string | undefined): string | undefined {
  const words = collapseSpaces(nfc(position ?? "")).split(" ");
  for (let i = 0; i < words.length; i++) {
    for (const w of WORKPLACE_WORDS) {
      const n = w.split(" ").length;
      if (nameKey(words.slice(i, i + n).join(" ")) !== w) continue;
      const next = words[i + n];
      if (!next) continue;
      if (w === "ubnd" || w === nameKey("ủy ban nhân dân") || /^[\p{Lu}0-9]/u.test(next)) return words.slice(i).join(" ");
    }
  }
  return undefined;
}

/**
 * The kind a row counts as, from every signal it carries, in order: as listed (a section, a Phân
 * loại column, the user's decision), the only kind its award can go to (TTLĐTT -> collective),
 * what its name plainly is ("Lò Văn Hùng", "Trường Tiểu học số 1"). Undefined when nothing settles
 * it: the row is then counted apart and the user is asked (never a guess in a known total).
 */
export function settledKind(record: { kind?: RecipientKind; name?: string }, awardKinds: readonly RecipientKind[] | undefined): RecipientKind | undefined {
  if (record.kind) return record.kind;
  if (awardKinds && awardKinds.length === 1) return awardKinds[0];
  if (looksLikePersonName(record.name)) return "individual";
  if (looksLikeCollectiveName(record.name)) return "collective";
  return undefined;
}
