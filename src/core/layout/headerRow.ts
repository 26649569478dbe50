/**
 * A table's header: where it is (one to three rows, merged group cells), which role each column
 * plays, and what kind of table those roles make. detect.ts builds tables around what this finds.
 */
import { cellText, type Grid, isEmptyCell, type Range } from "../grid";
import type { ColumnRole, RecipientKind, TableKind } from "../model";
import { matchAward } from "../domain/awards";
import { headerKey } from "../text/normalize";
import { codedRole, type CodedRole, headerRole, isCodeHeader, isKnownOtherHeader } from "./headers";
import { headerBottom, type StackedRole, stackedRoles } from "./headerStack";
import { isCrossTabHeader } from "./crossTab";
import { decidedRoles, type DecidedRole } from "./columnDecisions";


export type ColumnMap = Partial<Record<ColumnRole, number>>;

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

export const MIN_HEADER_ROLES = 3;

export interface HeaderCandidate {
  top: number;
  bottom: number;
  columns: ColumnMap;
  headerTexts: Record<number, string>;
  firstCol: number;
  lastCol: number;
  awardColumns?: number[];
  /** every column naming the kind when more than one does ("Phân loại khen thưởng" and "Phân loại đối tượng"): a row's kind is the first that reads as one */
  kindColumns?: number[];
  matrix?: MatrixColumn[];
  /** every column a role was read for, lowest header row first (a role may have several: the first is in `columns`) */
  roleColumns?: StackedRole[];
  /** columns whose header names a code ("Mã hình thức khen thưởng", "Mã đơn vị", "Mã số"), with the role a code stands for */
  codeColumns?: CodeColumn[];
}

/** A code column: its values are codes, resolved through the workbook's look-up sheet when they stand for a role. */
export interface CodeColumn {
  col: number;
  role?: CodedRole;
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

/** The row's non-empty cells as texts, trimmed; only columns `from`..`to` when given. */
export function rowTexts(grid: Grid, row: number, from = 0, to = Infinity): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  const cells = grid.cells[row];
  if (!cells) return out;
  for (let c = Math.max(0, from); c < cells.length && c <= to; c++) {
    const cell = cells[c];
    if (!cell || isEmptyCell(cell)) continue;
    out.push({ col: c, text: cellText(cell).trim() });
  }
  return out;
}

export function mergesStartingInRow(grid: Grid, row: number): Range[] {
  return grid.merges.filter((m) => m.r0 === row);
}

/** Is `row` a header row? Returns the candidate (one to three rows deep) or null. */
export function headerAt(grid: Grid, row: number): HeaderCandidate | null {
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
  // the user's decisions (columnDecisions.ts) name a header cell as its text would have
  const decided = decidedRoles(grid);
  if (decided)
    for (const t of strings) {
      const role = decided.get(t.col);
      if (role === "none") roles.delete(t.col);
      else if (role) roles.set(t.col, role);
    }
  // code columns count as header cells; one stands for its role when no column names that role
  // ("Mã hình thức khen thưởng" alone is the award column, its codes resolved through the look-up)
  const codeColumns: CodeColumn[] = strings.filter((t) => !roles.has(t.col) && isCodeHeader(t.text)).map((t) => ({ col: t.col, role: codedRole(t.text) }));
  const named = new Set(roles.values());
  const recipients = named.has("name") || named.has("familyName");
  for (const c of codeColumns) if (c.role && recipients && !named.has(c.role)) roles.set(c.col, c.role);
  // beside "Chỉ tiêu", units or periods across the columns are a cross-tab's headers (crossTab.ts)
  const indicatorRow = named.has("indicator");
  const known = strings.filter((t) => !roles.has(t.col) && (isKnownOtherHeader(t.text) || isCodeHeader(t.text) || (indicatorRow && isCrossTabHeader(t.text)))).length;
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
  const merges = mergesStartingInRow(grid, row);
  const below = rowTexts(grid, row + 1);
  // a two-row MATRIX header: award titles under group cells ("Tập thể" merged over LĐTT / LĐXS)
  let matrix: MatrixColumn[] | undefined;
  if (maybeMatrix) {
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
  // the roles, lowest header row first (see headerStack.ts): one row, or a header two or three
  // rows deep (cells merged down through it, group cells merged across their sub-columns)
  let stacked: StackedRole[] = [...roles].map(([col, role]) => ({ col, role, level: 0 }));
  if (!matrix) {
    const first = Math.min(...texts.map((t) => t.col));
    const last = Math.max(...texts.map((t) => t.col), ...merges.map((m) => m.c1));
    bottom = headerBottom(grid, row, first, last);
    if (bottom > row) {
      for (let h = row + 1; h <= bottom; h++) for (const t of rowTexts(grid, h)) headerTexts[t.col] = headerTexts[t.col] ? `${headerTexts[t.col]} / ${t.text}` : t.text;
      stacked = stackedRoles(grid, row, bottom, first, last);
      // a code column of the top row standing for its role keeps it ("Mã hình thức" merged down)
      for (const c of codeColumns) if (roles.has(c.col) && !stacked.some((s) => s.col === c.col)) stacked.push({ col: c.col, role: roles.get(c.col)!, level: 0 });
    }
  }
  if (decided) stacked = withDecisions(stacked, decided, Math.min(...texts.map((t) => t.col)), Math.max(...texts.map((t) => t.col), ...merges.map((m) => m.c1)));
  const assign = (col: number, role: ColumnRole) => {
    if (columns[role] === undefined) columns[role] = col;
  };
  for (const s of stacked) assign(s.col, s.role);
  resolveNameColumns(columns);
  resolveMeasureColumn(columns);
  // "Danh hiệu thi đua" and "Hình thức khen thưởng" as two columns: keep both (the reader takes the filled one)
  const columnsOf = (role: ColumnRole) => [...new Set(stacked.filter((s) => s.role === role).map((s) => s.col))].sort((a, b) => a - b);
  const awardColumns = columnsOf("award");
  const kindColumns = columnsOf("recipientKind");

  // a decided column under a blank header cell belongs to the table too
  const cols = [...Object.keys(headerTexts).map(Number), ...stacked.map((s) => s.col)];
  return {
    top: row,
    bottom,
    columns,
    headerTexts,
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
    ...(awardColumns.length > 1 ? { awardColumns } : {}),
    ...(kindColumns.length > 1 ? { kindColumns } : {}),
    ...(matrix ? { matrix } : {}),
    roleColumns: stacked,
    ...(codeColumns.length ? { codeColumns } : {}),
  };
}

/**
 * The roles with the user's decisions in force: a decided column plays the role given (first, so
 * it is the role's column) or none; a column right of the header's last cell may be decided too
 * (a blank header cell over data, as inferColumns reads it).
 */
function withDecisions(stacked: StackedRole[], decided: ReadonlyMap<number, DecidedRole>, first: number, last: number): StackedRole[] {
  const given: StackedRole[] = [];
  for (const [col, role] of decided) if (role !== "none" && col >= first && col <= last + 1) given.push({ col, role, level: 0 });
  return [...given.sort((a, b) => a.col - b.col), ...stacked.filter((s) => !decided.has(s.col))];
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

/**
 * "Đơn vị" beside "Chỉ tiêu" in a table without recipients is the indicator's unit of measure
 * ("Người", "ha"), never a workplace or the sender.
 */
function resolveMeasureColumn(columns: ColumnMap): void {
  if (columns.indicator === undefined || columns.measure !== undefined || columns.unit === undefined) return;
  if (columns.name !== undefined || columns.familyName !== undefined) return;
  columns.measure = columns.unit;
  delete columns.unit;
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

