/** Small helpers shared by the record readers. */
import { a1, cellText, type Grid } from "../grid";
import type { ColumnRole, Localized, RowKind, SheetClass, SkippedRow, SourceRef } from "../model";
import type { Finding } from "../rules/rule";
import type { ColumnMap } from "../layout/detect";
import { collapseSpaces, headerKey } from "../text/normalize";

export interface ReadContext {
  file: string;
  sheet: string;
  /** the unit that sent the file, when known */
  sender?: string;
}

export interface ReadResult<T> {
  records: T[];
  findings: Finding[];
  skipped: SkippedRow[];
}

export function textAt(grid: Grid, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  return collapseSpaces(cellText(grid.cells[row]?.[col]));
}

export function refOf(ctx: ReadContext, row: number, col: number): SourceRef {
  return { file: ctx.file, sheet: ctx.sheet, cell: a1(row, col), row: row + 1 };
}

/** A1 address per role for one row. */
export function cellsOf(columns: ColumnMap, row: number): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const [role, col] of Object.entries(columns) as [ColumnRole, number][]) out[role] = a1(row, col);
  return out;
}

const SKIP_REASONS: Record<Exclude<RowKind, "item" | "blank">, Localized> = {
  section: { vi: "dòng mục (tiêu đề nhóm)", en: "section row (group title)" },
  subtotal: { vi: "dòng cộng / tổng", en: "total row" },
  header: { vi: "dòng tiêu đề bảng lặp lại", en: "repeated table header" },
  note: { vi: "dòng ghi chú", en: "note row" },
  signature: { vi: "khối chữ ký", en: "signature block" },
  numbering: { vi: "dòng đánh số cột", en: "column-numbering row" },
  lookup: { vi: "dòng danh mục tra cứu (không phải dữ liệu của đơn vị)", en: "look-up list entry (not a unit's data)" },
  example: { vi: "dòng ví dụ của phần hướng dẫn (không tính)", en: "example row of an instruction (not counted)" },
  values: { vi: "dòng số liệu của biểu xoay (chỉ tiêu theo cột), đã đọc vào từng chỉ tiêu", en: "figure line of a transposed table (indicators across), read into each indicator" },
};

/**
 * A sheet that is not data, told by its name: instructions ("Hướng dẫn", "HD nhập liệu", "Ghi chú
 * cách nhập") or a lookup list ("DANHMUC", "Danh mục", "DM hình thức", "Lists"). A registry file's
 * own "Danh mục đơn vị" is read as a registry before this is asked.
 */
export function sheetClassOf(sheet: string): SheetClass | undefined {
  const key = headerKey(sheet).replace(/[_-]+/g, " ");
  if (/^(huong dan|hd|hdsd|ghi chu cach nhap|cach nhap|instructions?|readme|doc truoc)( |$)/.test(key)) return "instructions";
  if (/^(danh ?muc|dm|tra cuu|lists?|lookup|ma)( |$)/.test(key)) return "lookup";
  return undefined;
}

export function skippedRow(row: number, kind: RowKind): SkippedRow {
  return { row: row + 1, kind, reason: SKIP_REASONS[kind as keyof typeof SKIP_REASONS] ?? { vi: kind, en: kind } };
}

/** The recipient kind a section title implies: "A. TẬP THỂ" -> collective. */
export function kindFromSection(text: string): "collective" | "individual" | "household" | undefined {
  const key = headerKey(text);
  if (/\bho gia dinh\b/.test(key)) return "household";
  if (/\btap the\b/.test(key) && !/\bca nhan\b/.test(key)) return "collective";
  if (/\bca nhan\b/.test(key) && !/\btap the\b/.test(key)) return "individual";
  return undefined;
}

/** The recipient's name on a row: one name column, or "Họ đệm" + "Tên" joined. */
export function nameAt(grid: Grid, row: number, columns: ColumnMap): string {
  if (columns.name !== undefined) return textAt(grid, row, columns.name);
  return [textAt(grid, row, columns.familyName), textAt(grid, row, columns.givenName)].filter(Boolean).join(" ");
}
