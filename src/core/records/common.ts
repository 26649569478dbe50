/** Small helpers shared by the record readers. */
import { a1, cellText, type Grid } from "../grid";
import type { ColumnRole, RowKind, SheetClass, SkippedRow, SourceRef } from "../model";
import type { Finding } from "../rules/rule";
import type { ColumnMap } from "../layout/detect";
import { collapseSpaces, headerKey } from "../text/normalize";
import { ROW_SKIPPED } from "../i18n/records";

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

/** A1 address per role for one row (in the columns' key order; no list of entries made per row). */
export function cellsOf(columns: ColumnMap, row: number): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  for (const role in columns) out[role as ColumnRole] = a1(row, columns[role as ColumnRole]!);
  return out;
}

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
  return { row: row + 1, kind, reason: kind in ROW_SKIPPED.templates ? ROW_SKIPPED.t(kind as keyof typeof ROW_SKIPPED.templates) : { vi: kind, en: kind } };
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
