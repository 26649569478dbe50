/**
 * Table recognition in a Grid: where each table's header is (one or two rows, merged), which role
 * each column plays, what kind of table it is, and what each body row is (item, section, subtotal,
 * repeated header, note, signature, blank, column numbering).
 *
 * Several tables may be stacked in one sheet; a table may start in any column; a title block sits
 * above and a signature block below. Nothing here knows a file, sheet or unit name.
 */
import { cellText, type Grid, isEmptyCell, mergeAt, type Range } from "../grid";
import type { ColumnRole, RecipientKind, RowKind, TableKind } from "../model";
import { matchAward } from "../domain/awards";
import { headerKey } from "../text/normalize";
import { headerRole, isColumnNumberToken, isKnownOtherHeader } from "./headers";
import { columnContentKind, type InferredColumn, roleFromContent } from "./infer";

export type { InferredColumn } from "./infer";

export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface BodyRow {
  /** 0-based row index in the grid */
  row: number;
  kind: RowKind;
  /** for a section row: its text ("TẬP THỂ", "KINH TẾ") */
  sectionText?: string;
}

export interface DetectedTable {
  kind: TableKind;
  headerTop: number;
  headerBottom: number;
  firstCol: number;
  lastCol: number;
  columns: ColumnMap;
  /** header text per column (both header rows joined), for the ledger and messages */
  headerTexts: Record<number, string>;
  body: BodyRow[];
  /** text lines above the header, nearest last: the title block */
  titleLines: string[];
  /**
   * Every award column when the header has more than one: "Danh hiệu thi đua" and "Hình thức
   * khen thưởng" side by side, a row filling one or the other. `columns.award` is the first.
   */
  awardColumns?: number[];
  /** set for a MATRIX table (see MatrixColumn): one column per award, marks in the cells */
  matrix?: MatrixColumn[];
  /** columns whose role was read from their contents (blank or unknown header cell): reported as a warning */
  inferred?: InferredColumn[];
}

/**
 * A MATRIX award table — the registration form "Đăng ký thi đua" or a proposal list laid out as
 * one row per person or collective and one column per title ("Tập thể LĐTT | Tập thể LĐXS |
 * Cá nhân LĐTT | CSTĐCS"), an "x" in the cell for each title asked for, often under a two-row
 * header with "Tập thể" / "Cá nhân" merged over their titles. Such a table has a name column and
 * no award column; its award columns are recognised by the award catalogue on the header text.
 * The reader emits one award record per mark.
 */
export interface MatrixColumn {
  col: number;
  /** the award the column names, with its group word when that makes it an award ("Tập thể" + "Lao động tiên tiến") */
  awardText: string;
  /** the kind the group header gives ("Tập thể" -> collective); absent when there is no group */
  kind?: RecipientKind;
}

const MIN_HEADER_ROLES = 3;

interface HeaderCandidate {
  top: number;
  bottom: number;
  columns: ColumnMap;
  headerTexts: Record<number, string>;
  firstCol: number;
  lastCol: number;
  awardColumns?: number[];
  matrix?: MatrixColumn[];
}

/** A header cell naming an award (a MATRIX column): known to the catalogue, or plainly an award form. */
function isAwardTitleHeader(text: string): boolean {
  if (text.length > 80) return false;
  if (matchAward(text).kind === "known") return true;
  // "Cờ thi đua" alone names no level: still an award column (its marks get an award-unknown issue)
  return /^(co thi dua|bang khen|giay khen|huan chuong|huy chuong|ky niem chuong)\b/.test(headerKey(text));
}

/** The kind a MATRIX group header gives: "Tập thể" / "Cá nhân" / "Hộ gia đình" (alone). */
function groupKind(text: string): RecipientKind | undefined {
  const key = headerKey(text);
  if (/^(danh hieu |khen thuong )?(cho )?tap the$/.test(key)) return "collective";
  if (/^(danh hieu |khen thuong )?(cho )?ca nhan$/.test(key)) return "individual";
  if (/^(danh hieu |khen thuong )?(cho )?ho gia dinh$/.test(key)) return "household";
  return undefined;
}

/** A MATRIX column's award text: the group word joined when the catalogue then knows a more precise award. */
function matrixAwardText(title: string, group: string | undefined): string {
  if (group) {
    const joined = `${group} ${title}`;
    if (matchAward(joined).kind === "known") return joined;
  }
  return title;
}

function rowTexts(grid: Grid, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  const cells = grid.cells[row];
  if (!cells) return out;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || isEmptyCell(cell)) continue;
    out.push({ col: c, text: cellText(cell).trim() });
  }
  return out;
}

function mergesStartingInRow(grid: Grid, row: number): Range[] {
  return grid.merges.filter((m) => m.r0 === row);
}

/** Is `row` a header row? Returns the candidate (possibly two rows deep) or null. */
function headerAt(grid: Grid, row: number): HeaderCandidate | null {
  // a header row holds text only: a number (an STT, a figure) marks a data row, and most rows of
  // a 3,000-row list end here before any header text is looked up
  if (grid.cells[row]?.some((c) => c?.t === "n")) return null;
  const texts = rowTexts(grid, row);
  const strings = texts.filter((t) => grid.cells[row]?.[t.col]?.t === "s");
  if (strings.length < MIN_HEADER_ROLES) return null;
  const roles = new Map<number, ColumnRole>();
  for (const t of strings) {
    const role = headerRole(t.text);
    if (role) roles.set(t.col, role);
  }
  const known = strings.filter((t) => !roles.has(t.col) && isKnownOtherHeader(t.text)).length;
  // a one-row MATRIX header: a name column and at least two award-title columns, no award column;
  // a two-row one may have an award header merged over its titles ("Danh hiệu thi đua đăng ký")
  const roleSet = new Set(roles.values());
  const rowMerges = mergesStartingInRow(grid, row);
  const isGroupCell = (col: number) => rowMerges.some((m) => m.c0 === col && m.c1 > m.c0 && m.r1 === row);
  const maybeMatrix = roleSet.has("name") && [...roles].every(([col, r]) => r !== "award" || isGroupCell(col));
  const titleCells = maybeMatrix && !roleSet.has("award") ? strings.filter((t) => !roles.has(t.col) && isAwardTitleHeader(t.text)) : [];
  const titles = titleCells.length >= 2 ? titleCells.length : 0;
  if (roles.size + titles < MIN_HEADER_ROLES || (roles.size + known + titles) / texts.length < 0.6) return null;

  const columns: ColumnMap = {};
  const headerTexts: Record<number, string> = {};
  for (const t of texts) headerTexts[t.col] = t.text;
  let bottom = row;

  // A second header row: under a cell merged across columns ("Năm 2021" over Kế hoạch / Thực
  // hiện / %), or when first-row cells are merged down into it (A8:A9 "STT").
  const merges = mergesStartingInRow(grid, row);
  const below = rowTexts(grid, row + 1);
  const belowRoles = new Map<number, ColumnRole>();
  for (const t of below) {
    const role = headerRole(t.text) ?? subHeaderRole(t.text, roles.get(merges.find((m) => m.c1 > m.c0 && m.r1 === row && t.col >= m.c0 && t.col <= m.c1)?.c0 ?? -1));
    if (role && grid.cells[row + 1]?.[t.col]?.t === "s") belowRoles.set(t.col, role);
  }
  const spansAcross = merges.some((m) => m.c1 > m.c0 && m.r1 === row && [...belowRoles.keys()].some((c) => c >= m.c0 && c <= m.c1));
  const mergedDown = merges.some((m) => m.r1 > m.r0);
  if (belowRoles.size > 0 && (spansAcross || mergedDown) && belowRoles.size === below.length) {
    bottom = row + 1;
    for (const t of below) headerTexts[t.col] = headerTexts[t.col] ? `${headerTexts[t.col]} / ${t.text}` : t.text;
  }
  // a two-row MATRIX header: award titles under group cells ("Tập thể" merged over LĐTT / LĐXS)
  let matrix: MatrixColumn[] | undefined;
  if (maybeMatrix && bottom === row) {
    const groupOf = (col: number): string | undefined => {
      const m = merges.find((g) => g.r1 === row && col >= g.c0 && col <= g.c1 && g.c1 > g.c0);
      const text = m ? cellText(grid.cells[row]?.[m.c0]).trim() : cellText(grid.cells[row]?.[col]).trim();
      return text || undefined;
    };
    const under = below.filter((t) => grid.cells[row + 1]?.[t.col]?.t === "s" && isAwardTitleHeader(t.text) && groupOf(t.col));
    if (under.length >= 2 && under.length >= below.length - 1) {
      bottom = row + 1;
      matrix = under.map((t) => {
        const group = groupOf(t.col)!;
        const kind = groupKind(group);
        return { col: t.col, awardText: matrixAwardText(t.text, kind ? group : undefined), ...(kind ? { kind } : {}) };
      });
      for (const t of below) headerTexts[t.col] = headerTexts[t.col] ? `${headerTexts[t.col]} / ${t.text}` : t.text;
      // the group cells ("Tập thể", "Cá nhân", "Danh hiệu thi đua đăng ký") are neither count nor award columns here
      const groupRoles: ColumnRole[] = ["collectives", "individuals", "households", "award"];
      for (const [col, role] of [...roles]) if (groupRoles.includes(role) && isGroupCell(col) && matrix.some((m) => rowMerges.some((g) => g.c0 === col && m.col >= g.c0 && m.col <= g.c1))) roles.delete(col);
    }
  }
  if (!matrix && titles) matrix = titleCells.map((t) => ({ col: t.col, awardText: t.text }));
  // the lower row names the column when both do ("Năm 2021" / "Kế hoạch")
  const assign = (col: number, role: ColumnRole) => {
    if (columns[role] === undefined) columns[role] = col;
  };
  for (const [col, role] of belowRoles) if (bottom > row) assign(col, role);
  for (const [col, role] of roles) if (!(bottom > row && belowRoles.has(col))) assign(col, role);
  resolveNameColumns(columns);
  // "Danh hiệu thi đua" and "Hình thức khen thưởng" as two columns: keep both (the reader takes the filled one)
  const awardColumns = [...new Set([...(bottom > row ? [...belowRoles] : []), ...roles].filter(([, r]) => r === "award").map(([c]) => c))].sort((a, b) => a - b);

  const cols = Object.keys(headerTexts).map(Number);
  return {
    top: row,
    bottom,
    columns,
    headerTexts,
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
    ...(awardColumns.length > 1 ? { awardColumns } : {}),
    ...(matrix ? { matrix } : {}),
  };
}

/**
 * A sub-header that names a role only under its group: "Quyết định khen thưởng" merged over
 * "Số" | "Ngày" (alone, "Số" and "Ngày" mean nothing).
 */
function subHeaderRole(text: string, groupRole: ColumnRole | undefined): ColumnRole | undefined {
  if (groupRole !== "decision") return undefined;
  const key = headerKey(text);
  if (/^(so|so hieu|ky hieu|so ky hieu|so qd|so quyet dinh)$/.test(key)) return "decisionNumber";
  if (/^(ngay|ngay ky|ngay thang|ngay thang nam|ngay ban hanh)$/.test(key)) return "decisionDate";
  return undefined;
}

/** "Họ đệm" + "Tên": the "Tên" column is the given name only when a family-name column exists. */
function resolveNameColumns(columns: ColumnMap): void {
  if (columns.givenName !== undefined && columns.familyName === undefined && columns.name === undefined) {
    columns.name = columns.givenName;
    delete columns.givenName;
  }
  if (columns.familyName !== undefined && columns.givenName === undefined && columns.name === undefined) {
    // "Họ" alone is not a name column
    delete columns.familyName;
  }
}

export function tableKind(columns: ColumnMap): TableKind {
  const has = (r: ColumnRole) => columns[r] !== undefined;
  const hasName = has("name") || has("familyName");
  if (hasName && (has("award") || has("decision") || has("decisionNumber") || has("decisionDate") || has("recipientKind")))
    return "awards";
  if (has("indicator") && (has("plan") || has("actual") || has("percent"))) return "figures";
  if (has("award") && (has("collectives") || has("individuals") || has("households"))) return "award-summary";
  if (hasName && has("unitType")) return "registry";
  return "other";
}

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
  const key = headerKey(text).replace(/:$/, "");
  if (SUBTOTAL_KEYS.has(key)) return true;
  // "Tổng cộng toàn huyện", "Cộng: 12" — but never "Công an xã ..." (same letters without marks)
  return /^tong cong( |$)/.test(key) || (/^cong( \d|:|$)/.test(key) && /^c[ộo]ng\b/i.test(text.trim().normalize("NFC")));
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
    /^\(?ky /.test(key) ||
    key.startsWith("ky ten") ||
    /^thu truong( don vi| co quan)?$/.test(key)
  );
}

/** "VD:", "Ví dụ:", "(Ví dụ)", "Mẫu:" or a cell that is only "VD" / "Ví dụ" / "Mẫu": a template's sample row. */
export function isExampleMarker(text: string): boolean {
  // most texts are names and awards: the first letter rules them out before any regex
  if (text.length > 80 || !/^\s*\(?[VvMm]/.test(text)) return false;
  const t = text.trim().normalize("NFC");
  if (/^\(?(ví dụ|vd|mẫu|vi du|mau)\)?$/iu.test(t)) return true;
  return /^\(?(ví dụ|vd|vi du)\s*[:.)\-]/iu.test(t) || /^\(?(mẫu|mau)\s*:/iu.test(t);
}

function isNoteText(text: string): boolean {
  const key = headerKey(text);
  return (
    /^(ghi chu|luu y|chu thich|nguon|\*)/.test(key) ||
    text.trim().startsWith("*") ||
    /, ngay .* thang .* nam /.test(key) // "Tuần Giáo, ngày 23 tháng 6 năm 2021"
  );
}

/** A section marker in the STT column: I, II, A, B, or "Phần I". */
export function isSectionMarker(text: string): boolean {
  const t = text.trim().replace(/[.)]$/, "");
  return ROMAN.test(t) || /^[A-ZĐ]$/.test(t) || /^phan [ivx]+$/i.test(headerKey(t));
}

/** The value columns of a kind: a section row has none of them filled. */
function valueColumns(kind: TableKind, columns: ColumnMap, extra: number[] = []): number[] {
  const roles: ColumnRole[] =
    kind === "figures"
      ? ["plan", "actual", "percent", "measure"]
      : kind === "awards"
        ? ["award", "issuer", "decision", "decisionNumber", "decisionDate", "recipientKind", "position", "positionUnit", "unit", "school"]
        : kind === "award-summary"
          ? ["collectives", "individuals", "households"]
          : [];
  return [...roles.map((r) => columns[r]).filter((c): c is number => c !== undefined), ...extra];
}

function classifyBody(grid: Grid, cand: HeaderCandidate, kind: TableKind, start: number, end: number, inferred: InferredColumn[] = []): BodyRow[] {
  const out: BodyRow[] = [];
  const { columns, firstCol, lastCol } = cand;
  // a repeated header has the same header cells: the roles read from contents are not among them
  const headerSignature = JSON.stringify(
    Object.entries(columns)
      .filter(([r]) => !inferred.some((i) => i.role === r))
      .map(([r, c]) => `${r}:${c}`)
      .sort(),
  );
  // the MATRIX mark columns and a second award column are value columns too (a section row has none)
  const valueCols = valueColumns(kind, columns, [...(cand.awardColumns ?? []), ...(cand.matrix ?? []).map((m) => m.col)]);
  const textCol = columns.name ?? columns.indicator ?? columns.award ?? columns.familyName;
  const positionCols = new Set([columns.position, columns.positionUnit, columns.unit, columns.school].filter((c) => c !== undefined));
  const ownValueCols = valueCols.filter((c) => !positionCols.has(c));
  let signed = false;
  for (let r = start; r <= end; r++) {
    const texts = rowTexts(grid, r).filter((t) => t.col >= firstCol - 1 && t.col <= lastCol + 1);
    if (texts.length === 0) {
      out.push({ row: r, kind: "blank" });
      continue;
    }
    const sttCell = columns.stt !== undefined ? grid.cells[r]?.[columns.stt] : undefined;
    const sttText = sttCell ? cellText(sttCell).trim() : "";
    const hasNumberStt = sttCell?.t === "n" || /^\d+[.)]?$/.test(sttText);
    // the row's own values (award, decision, figures), not a position cell that may say "Giám đốc"
    // (a signature line may sit in a value column: "TM. ỦY BAN NHÂN DÂN" under the award)
    const ownValuesEmpty = () => ownValueCols.every((c) => isEmptyCell(grid.cells[r]?.[c]) || isSignatureText(cellText(grid.cells[r]?.[c]).trim()));
    if (signed) {
      // the block ends the table: a numbered row with values after it is data (a list typed on)
      if (!(hasNumberStt && !ownValuesEmpty())) {
        out.push({ row: r, kind: "signature" });
        continue;
      }
      signed = false;
    }
    // the block's form ("Người lập biểu", "TM. ...") starts it; a job title only on a row of its own
    const signatureTexts = hasNumberStt ? [] : texts.filter((t) => isSignatureText(t.text));
    if (signatureTexts.length > 0 && (signatureTexts.some((t) => isSignatureForm(t.text)) || (signatureTexts.length === texts.length && ownValuesEmpty()))) {
      signed = true;
      out.push({ row: r, kind: "signature" });
      continue;
    }
    // a repeated header where a printed list spans pages
    const again = headerAt(grid, r);
    if (again) {
      const sig = JSON.stringify(
        Object.entries(again.columns)
          .map(([k, c]) => `${k}:${c}`)
          .sort(),
      );
      if (sig === headerSignature) {
        out.push({ row: r, kind: "header" });
        if (again.bottom > r) out.push({ row: ++r, kind: "header" });
        continue;
      }
    }
    if (texts.length >= 2 && texts.every((t) => isColumnNumberToken(t.text) || /^[A-Z]$/.test(t.text))) {
      if (texts.some((t) => /^\(\d+\)$/.test(t.text)) || texts.length >= 3) {
        const allSequential = texts.every((t) => grid.cells[r]?.[t.col]?.t === "s" || t.col !== columns.stt);
        if (allSequential && (textCol === undefined || isColumnNumberToken(cellText(grid.cells[r]?.[textCol]) || "1"))) {
          out.push({ row: r, kind: "numbering" });
          continue;
        }
      }
    }
    // a sample row a template carries ("VD:", "Ví dụ", "Mẫu" in its first cells) is not a recipient or an indicator
    if (texts.length && (isExampleMarker(texts[0].text) || (texts.length > 1 && isExampleMarker(texts[1].text)))) {
      out.push({ row: r, kind: "example" });
      continue;
    }
    const mainText = textCol !== undefined ? cellText(grid.cells[r]?.[textCol]).trim() : "";
    const firstText = texts.find((t) => t.col !== columns.stt)?.text ?? texts[0].text;
    if (isSubtotalText(mainText || firstText) || (sttText && isSubtotalText(sttText))) {
      out.push({ row: r, kind: "subtotal" });
      continue;
    }
    const valuesEmpty = valueCols.every((c) => isEmptyCell(grid.cells[r]?.[c]));
    if (!hasNumberStt && isNoteText(firstText) && valuesEmpty) {
      out.push({ row: r, kind: "note" });
      continue;
    }
    // a group heading inside a list ("1 | Trường Mầm non Hoa Ban" merged across the row) is a
    // section even with a number: its text spans the value columns, so it cannot be an award row
    const mergedAcross = textCol !== undefined && (mergeAt(grid, r, textCol)?.c1 ?? textCol) - (mergeAt(grid, r, textCol)?.c0 ?? textCol) >= 2;
    if (kind === "awards" && hasNumberStt && valuesEmpty && mergedAcross && texts.length <= 2) {
      out.push({ row: r, kind: "section", sectionText: mainText });
      continue;
    }
    if (!hasNumberStt && valuesEmpty && (isSectionMarker(sttText) || (texts.length === 1 && (!sttText || sttText.length > 3)))) {
      const sectionText = texts.filter((t) => t.col !== columns.stt).map((t) => t.text).join(" ") || sttText;
      out.push({ row: r, kind: "section", sectionText });
      continue;
    }
    out.push({ row: r, kind: "item" });
  }
  return out;
}

/**
 * The list attached to a decision ("DANH SÁCH ... được tặng Giấy khen ... (Kèm theo Quyết định số
 * 415/QĐ-UBND ...)") has names and workplaces but no award or decision column: both are in the
 * title. Such a table is an award list when its title says so.
 */
function isAttachedAwardList(columns: ColumnMap, titleLines: string[]): boolean {
  const has = (r: ColumnRole) => columns[r] !== undefined;
  if (!(has("name") || has("familyName")) || !(has("position") || has("positionUnit") || has("unit") || has("school"))) return false;
  return titleLines.some((line) => /\b(kem theo quyet dinh|duoc tang|duoc khen thuong|duoc cong nhan|de nghi khen thuong|de nghi tang)\b/.test(headerKey(line)));
}

/**
 * Give a role to the columns whose header cell is blank or unknown when the table lacks that role
 * and the column's contents say which it is (see infer.ts). Mutates the candidate; returns what
 * was inferred, for the warning at each header cell.
 */
function inferColumns(grid: Grid, cand: HeaderCandidate, end: number): InferredColumn[] {
  const out: InferredColumn[] = [];
  const rows: number[] = [];
  for (let r = cand.bottom + 1; r <= end && rows.length < 60; r++) rows.push(r);
  const used = new Set(Object.values(cand.columns));
  // the column just right of the last header cell may hold data under a blank header too
  for (let col = cand.firstCol; col <= cand.lastCol + 1; col++) {
    if (used.has(col)) continue;
    const headerText = cand.headerTexts[col] ?? "";
    if (headerText && isKnownOtherHeader(headerText)) continue;
    const content = columnContentKind(grid, col, rows);
    const role = content && roleFromContent(content, col, cand.columns);
    if (!role) continue;
    cand.columns[role] = col;
    used.add(col);
    if (col > cand.lastCol) cand.lastCol = col;
    out.push({ col, role, headerText });
  }
  return out;
}

/**
 * Look-up lists side by side, as import templates keep them ("STT | Mã số | Hình thức khen thưởng |
 * (blank) | STT | Mã số | Danh hiệu thi đua | ..."): two or more STT columns in the header with a
 * blank column between the lists. Their entries name awards and units but are no unit's data.
 */
function isSideBySideLookup(cand: HeaderCandidate): boolean {
  const texts = cand.headerTexts;
  const stt = Object.values(texts).filter((t) => headerRole(t) === "stt").length;
  if (stt < 2) return false;
  for (let c = cand.firstCol; c <= cand.lastCol; c++) if (!texts[c]?.trim()) return true;
  return false;
}

/**
 * A table that illustrates an instruction: its sheet is named as instructions ("Hướng dẫn", "Cách
 * nhập", "Ví dụ") or its title block opens with one ("HƯỚNG DẪN NHẬP DANH SÁCH", "Ví dụ:"). Its rows
 * are examples, never a unit's data. A title that cites a guidance document ("Theo Hướng dẫn số
 * 12/HD-SNV") does not start with it and is not one.
 */
function isInstruction(sheet: string, titleLines: string[]): boolean {
  const opens = (text: string) => /^(huong dan|cach nhap|vi du|vd)( |$)/.test(headerKey(text));
  return opens(sheet) || titleLines.some(opens);
}

/** Tables found per Grid: the registry look-up and the reader ask for the same sheets. */
const detected = new WeakMap<Grid, DetectedTable[]>();

/** Every table in the sheet, top to bottom (computed once per Grid). */
export function detectTables(grid: Grid): DetectedTable[] {
  let tables = detected.get(grid);
  if (!tables) {
    tables = findTables(grid);
    detected.set(grid, tables);
  }
  return tables;
}

function findTables(grid: Grid): DetectedTable[] {
  const candidates: HeaderCandidate[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cand = headerAt(grid, r);
    if (!cand) continue;
    const prev = candidates[candidates.length - 1];
    // a header identical to the previous table's is a repeated page header, not a new table
    if (prev && JSON.stringify(prev.columns) === JSON.stringify(cand.columns)) {
      r = cand.bottom;
      continue;
    }
    candidates.push(cand);
    r = cand.bottom;
  }
  const tables: DetectedTable[] = [];
  let titleStart = 0;
  for (let i = 0; i < candidates.length; i++) {
    const cand = candidates[i];
    // a MATRIX table is an award table: its awards are in the header, its marks in the cells
    const end = i + 1 < candidates.length ? candidates[i + 1].top - 1 : grid.rowCount - 1;
    const titleLines: string[] = [];
    for (let r = titleStart; r < cand.top; r++) for (const t of rowTexts(grid, r)) titleLines.push(t.text);
    // look-up lists are no unit's data: nothing is inferred from them, their rows are look-up entries
    const lookup = isSideBySideLookup(cand);
    const inferred = cand.matrix || lookup ? [] : inferColumns(grid, cand, end);
    let kind: TableKind = cand.matrix && (cand.columns.name !== undefined || cand.columns.familyName !== undefined) ? "awards" : tableKind(cand.columns);
    if (kind === "other" && isAttachedAwardList(cand.columns, titleLines)) kind = "awards";
    if (lookup) kind = "other";
    const body = classifyBody(grid, cand, kind, cand.bottom + 1, end, inferred);
    // the rows under an instruction ("HƯỚNG DẪN NHẬP ...", "Ví dụ:") show how to fill the form
    const rowsAre = lookup ? "lookup" : isInstruction(grid.sheet, titleLines) ? "example" : undefined;
    if (rowsAre) {
      for (const b of body) if (b.kind === "item") b.kind = rowsAre;
    }
    tables.push({
      kind,
      headerTop: cand.top,
      headerBottom: cand.bottom,
      firstCol: cand.firstCol,
      lastCol: cand.lastCol,
      columns: cand.columns,
      headerTexts: cand.headerTexts,
      body,
      titleLines,
      ...(cand.awardColumns ? { awardColumns: cand.awardColumns } : {}),
      ...(cand.matrix ? { matrix: cand.matrix } : {}),
      ...(inferred.length ? { inferred } : {}),
    });
    // the next table's title block starts after this table's last data row: trailing section or
    // note lines before the next header are that table's title, not this table's sections
    const lastItem = [...body].reverse().find((b) => b.kind === "item" || b.kind === "subtotal" || b.kind === "header" || b.kind === "numbering");
    titleStart = lastItem ? lastItem.row + 1 : cand.bottom + 1;
    if (i + 1 < candidates.length) {
      for (const b of body) if (b.row >= titleStart && b.kind === "section") b.kind = "note";
    }
  }
  return tables;
}
