/**
 * The row account of a sheet: where every row holding data ended. The product's first promise is
 * that nothing is lost in silence, so each such row is exactly one of
 *   - a record (an award, a figure, a summary line, a registry unit),
 *   - a named structural row (title block, header, column numbering, section, "Cộng" row, note,
 *     signature block, ...) with its reason,
 *   - a row not read, with its reason — and every row not read is reported to the user as a
 *     warning naming the file, sheet and rows (rule `rows-not-read`, or `sheet-no-table` when the
 *     sheet gave no table at all).
 * records + structural + not read = rows with data, by construction; the tests check the count of
 * rows with data against the grid itself and that each row not read has its warning.
 */
import { type Cell, cellText, colLetters, type Grid, isEmptyCell } from "../grid";
import type { ColumnRole, Localized, RowAccount } from "../model";
import type { DetectedTable } from "../layout/detect";
import { headerRole } from "../layout/headers";
import type { Finding } from "../rules/rule";
import { RECORDS, ROW_NOT_READ, ROW_STRUCTURAL } from "../i18n/records";

/** A reason's name in both languages (an unknown code names itself: a row kind added later). */
export function reasonText(code: string): Localized {
  if (code in ROW_STRUCTURAL.templates) return ROW_STRUCTURAL.t(code as keyof typeof ROW_STRUCTURAL.templates);
  if (code in ROW_NOT_READ.templates) return ROW_NOT_READ.t(code as keyof typeof ROW_NOT_READ.templates);
  return { vi: code, en: code };
}

/**
 * Whether a cell holds data: not empty, and not a formula whose result is an error. Templates fill
 * hundreds of blank rows with look-up formulas (VLOOKUP of an empty cell gives #N/A): such a row
 * holds nothing the unit typed. A row with a typed value and a broken formula still counts.
 */
export function holdsData(cell: Cell | undefined): boolean {
  return !isEmptyCell(cell) && !(cell!.t === "e" && cell!.f);
}

/** 0-based indices of the rows that hold data in at least one cell. */
export function rowsWithData(grid: Grid): number[] {
  const out: number[] = [];
  for (let r = 0; r < grid.cells.length; r++) if (grid.cells[r]?.some(holdsData)) out.push(r);
  return out;
}

function filledCount(grid: Grid, row: number, from = 0, to = Number.MAX_SAFE_INTEGER): number {
  const cells = grid.cells[row] ?? [];
  let n = 0;
  for (let c = Math.max(0, from); c < Math.min(cells.length, to + 1); c++) if (holdsData(cells[c])) n++;
  return n;
}

/** What one table of the sheet gave: its layout and the 0-based rows that became records. */
export interface TableOutcome {
  table: DetectedTable;
  recordRows: Set<number>;
  /** a registry table: its rows are units of the registry, not a unit's data */
  registry?: boolean;
}

/**
 * Account for every row with data in a sheet. `tables` in sheet order (as detectTables gives them).
 * `forceReason` puts every row under one structural reason (our own report, never read again).
 */
export function accountSheet(grid: Grid, tables: TableOutcome[], forceReason?: string): RowAccount {
  const filled = rowsWithData(grid);
  const account: RowAccount = { sheet: grid.sheet, rowsWithData: filled.length, records: 0, structural: {}, notRead: {} };
  const put = (r: number, reason: string, read: boolean) => {
    if (!read) (account.notRead[reason] ??= []).push(r + 1);
    else account.structural[reason] = (account.structural[reason] ?? 0) + 1;
  };
  if (forceReason) {
    for (const r of filled) put(r, forceReason, true);
    return account;
  }
  if (tables.length === 0) {
    for (const r of filled) put(r, "no-table", false);
    return account;
  }
  // each row's fate, from the layout: title block above a header, header rows, body rows by kind
  const fate = new Map<number, { reason: string; read: boolean } | "record">();
  let prevEnd = -1;
  for (const { table, recordRows, registry } of tables) {
    for (let r = prevEnd + 1; r < table.headerTop; r++) {
      // a title line holds one or two cells ("UBND HUYỆN ..." | "CỘNG HÒA ..."); a row with three
      // or more is likely data whose own header was not recognised: say so rather than call it a title
      fate.set(r, filledCount(grid, r) >= 3 ? { reason: "above-header", read: false } : { reason: "title", read: true });
    }
    for (let r = table.headerTop; r <= table.headerBottom; r++) fate.set(r, { reason: "header", read: true });
    let signed = false;
    let dataInSignature = false;
    for (const b of table.body) {
      if (b.kind === "signature") signed = true;
      // a signature line holds a title or a name, at most one per signer: a row filling four or
      // more of the table's columns is a data row the layout took for the signature (a recipient
      // whose job title is "Giám đốc" in a list without STT); the rows after it are then no safer
      if (!recordRows.has(b.row) && signed && filledCount(grid, b.row, table.firstCol, table.lastCol) >= 4) dataInSignature = true;
      if (recordRows.has(b.row)) fate.set(b.row, "record");
      else if (dataInSignature && filledCount(grid, b.row) > 0) fate.set(b.row, { reason: "in-signature", read: false });
      else if (registry && b.kind === "item") fate.set(b.row, { reason: "registry", read: true });
      else if (b.kind === "item") fate.set(b.row, { reason: table.kind !== "other" ? "item-not-read" : table.crossTab ? "cross-tab-unclear" : "unknown-table", read: false });
      else if (b.kind === "blank") fate.set(b.row, signed ? { reason: "signature", read: true } : { reason: "outside-columns", read: false });
      else fate.set(b.row, { reason: b.kind, read: true });
      prevEnd = Math.max(prevEnd, b.row);
    }
    prevEnd = Math.max(prevEnd, table.headerBottom);
  }
  const unread = tables.filter((t) => !t.registry).flatMap((t) => unreadColumns(t.table));
  if (unread.length) account.unreadColumns = unread;
  for (const r of filled) {
    const f = fate.get(r);
    if (f === "record") account.records++;
    else if (f) put(r, f.reason, f.read);
    // a row below every table's body (the body runs to the sheet's end, so only with an odd layout)
    else put(r, "outside-columns", false);
  }
  return account;
}

/**
 * The header cells of a table that no role took: columns the reader knows nothing of, or knows
 * and does not use ("Mã đơn vị", "Giới tính", "Thực hiện 6 tháng" beside "Cả năm").
 */
export function unreadColumns(table: DetectedTable): { column: string; header: string }[] {
  if (table.transposed) return [];
  const crossCols = table.crossTab?.axis === "units" ? table.crossTab.columns.map((c) => c.col) : [];
  const used = new Set<number>([...Object.values(table.columns), ...(table.awardColumns ?? []), ...(table.matrix ?? []).map((m) => m.col), ...crossCols]);
  return Object.entries(table.headerTexts)
    .map(([c, header]) => ({ col: Number(c), header: header.trim() }))
    // no sort: an object's integer keys come out in ascending order (ECMAScript's own-key order)
    .filter((x) => x.header && !used.has(x.col))
    .map((x) => ({ column: colLetters(x.col), header: x.header }));
}

/** Rows as a short list: "5, 7–9, 12" (at most `max` runs, then "…"). */
export function rowRuns(rows: number[], max = 8): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.length > max ? `${runs.slice(0, max).join(", ")}, …` : runs.join(", ");
}

const ROLE_WORDS = {
  award: "role_award",
  name: "role_name",
  actual: "role_actual",
  plan: "role_plan",
  indicator: "role_indicator",
} as const satisfies Partial<Record<ColumnRole, keyof typeof RECORDS.templates>>;

/**
 * Why no table was read from a sheet, from its best header-like row: "no column recognised as the
 * award" when names were found, and so on. Without such a row: no header row recognised.
 */
export function whyNoTable(grid: Grid): Localized {
  let best: Set<ColumnRole> = new Set();
  for (let r = 0; r < Math.min(grid.cells.length, 60); r++) {
    const roles = new Set<ColumnRole>();
    for (const c of grid.cells[r] ?? []) {
      if (c?.t !== "s") continue;
      const role = headerRole(cellText(c).trim());
      if (role) roles.add(role);
    }
    if (roles.size > best.size) best = roles;
  }
  const has = (r: ColumnRole) => best.has(r);
  const missing = (role: keyof typeof ROLE_WORDS): Localized => RECORDS.t("noColumnAs", { role: RECORDS.t(ROLE_WORDS[role]) });
  if ((has("name") || has("familyName")) && !has("award")) return missing("award");
  if (has("award") && !has("name")) return missing("name");
  if (has("indicator") && !has("actual") && !has("plan")) return missing("actual");
  if ((has("actual") || has("plan")) && !has("indicator")) return missing("indicator");
  return RECORDS.t("noHeaderRow");
}

/**
 * The findings a sheet's account asks for: one `rows-not-read` warning per reason, naming the rows
 * (a sheet with no table at all has its `sheet-no-table` warning instead, made by the caller).
 */
export function notReadFindings(account: RowAccount, firstCol = 0): Finding[] {
  const out: Finding[] = [];
  for (const [reason, rows] of Object.entries(account.notRead)) {
    if (reason === "no-table" || rows.length === 0) continue;
    const text = reasonText(reason);
    out.push({
      rule: "rows-not-read",
      cell: `${colLetters(firstCol)}${Math.min(...rows)}`,
      data: { count: rows.length, rows: rowRuns(rows), reasonVi: text.vi, reasonEn: text.en },
    });
  }
  return out;
}
