/**
 * Code columns of an award table, resolved through the workbook's own look-up lists (lookups.ts):
 * "Mã hình thức khen thưởng" HT02 -> "Lao động tiên tiến", "Phân loại khen thưởng" TAPTHE ->
 * "Khen thưởng tập thể". The name is what the catalogue, the rules and the totals see. A code a
 * code column holds that no list has is a finding at its cell (code-unknown), never a guess; the
 * row keeps the code as written, so it is totalled apart on a "Chưa xác định" line.
 */
import { a1, colLetters, type Grid } from "../grid";
import type { CodeColumnLedger } from "../model";
import type { DetectedTable } from "../layout/detect";
import type { Finding } from "../rules/rule";
import { codeKey, type CodeLookup, codeText, listForCodes, looksLikeCode, type LookupList } from "./lookups";
import { SYSTEM_AWARD_CODES, SYSTEM_AWARD_CODES_SOURCE, SYSTEM_KIND_CODE_LIST } from "./awardCodes";

/**
 * The recipient-kind codes of the same production system (awardCodes.ts, with its source). Its
 * exported lists carry the codes without the list, so they are known here; a workbook's own list
 * comes first. A built-in list is on no sheet of the workbook: the ledger says `builtIn` instead.
 */
const SYSTEM_KIND_CODES: LookupList = {
  sheet: "",
  title: "CANHAN / TAPTHE / HOGIADINH",
  entries: new Map(SYSTEM_KIND_CODE_LIST),
  builtIn: true,
};

/** The same system's award codes (awardCodes.ts, with its source). */
const SYSTEM_AWARDS: LookupList = {
  sheet: "",
  title: SYSTEM_AWARD_CODES_SOURCE,
  entries: new Map(SYSTEM_AWARD_CODES.map(([code, name]) => [codeKey(code), name])),
  builtIn: true,
};

const BUILT_IN: Record<string, CodeLookup> = { award: { lists: [SYSTEM_AWARDS] }, recipientKind: { lists: [SYSTEM_KIND_CODES] } };

export interface CellRead {
  /** what the rules see: the name the code stands for, else the text as written */
  text: string;
  finding?: Finding;
}

export interface TableCodes {
  read(col: number | undefined, row: number, raw: string): CellRead;
  ledger(): CodeColumnLedger[];
}

interface ColumnState {
  col: number;
  role: string;
  declared: boolean;
  list?: LookupList;
  /** the one finding of a column whose codes no list holds */
  columnFinding?: Finding;
  resolved: number;
  notFound: number;
}

/**
 * The code columns of one award table: the columns whose header names a code, and the award,
 * unit and recipient-kind columns whose values are codes a look-up list of the workbook holds.
 */
export function tableCodes(grid: Grid, table: DetectedTable, lookup: CodeLookup): TableCodes {
  const items = table.body.filter((b) => b.kind === "item").map((b) => b.row);
  const states = new Map<number, ColumnState>();
  const declared = new Map((table.codeColumns ?? []).map((c) => [c.col, c.role] as const));
  const candidates: [number, string][] = [];
  for (const col of table.awardColumns ?? (table.columns.award !== undefined ? [table.columns.award] : [])) candidates.push([col, "award"]);
  if (table.columns.unit !== undefined) candidates.push([table.columns.unit, "unit"]);
  for (const col of table.kindColumns ?? (table.columns.recipientKind !== undefined ? [table.columns.recipientKind] : [])) candidates.push([col, "recipientKind"]);
  for (const [col, role] of candidates) {
    const isDeclared = declared.has(col);
    const values = items.map((r) => codeText(grid, r, col)).filter(Boolean);
    const codes = values.filter(looksLikeCode);
    // a name column with a few code-like words ("LĐTT") is read as names unless a list holds them
    if (!isDeclared && !codes.length) continue;
    const asked = isDeclared ? values : codes;
    // the workbook's own lists first, then the codes a production system is known to use
    const list = listForCodes(lookup, asked) ?? (BUILT_IN[role] && listForCodes(BUILT_IN[role], asked));
    if (!isDeclared && !list) continue;
    states.set(col, { col, role, declared: isDeclared, list, resolved: 0, notFound: 0 });
  }
  return {
    read(col, row, raw) {
      const state = col === undefined ? undefined : states.get(col);
      if (!state || !raw) return { text: raw };
      const code = col === undefined ? raw : codeText(grid, row, col) || raw;
      const name = state.list?.entries.get(codeKey(code));
      if (name) {
        state.resolved++;
        return { text: name };
      }
      // a name written in a column of codes, or a word that only looks like a code: read as written
      if (!state.declared || !looksLikeCode(code)) return { text: raw };
      state.notFound++;
      // the award keeps its code, to be totalled apart; a unit or kind code is no unit or kind
      const text = state.role === "award" ? raw : "";
      const column = table.headerTexts[state.col] ?? "";
      if (!state.list) {
        // no list of the workbook holds any of the column's codes: said once, at its header, with the count
        if (state.columnFinding) {
          state.columnFinding.data.count = state.notFound;
          return { text };
        }
        state.columnFinding = { rule: "code-unknown", cell: a1(table.headerTop, state.col), data: { code, column, lookup: "", count: 1 } };
        return { text, finding: state.columnFinding };
      }
      return { text, finding: { rule: "code-unknown", cell: a1(row, state.col), data: { code, column, lookup: state.list.builtIn ? "" : state.list.sheet } } };
    },
    ledger() {
      return [...states.values()]
        .filter((s) => s.resolved || s.notFound || s.declared)
        .map((s) => ({
          column: colLetters(s.col),
          role: s.role,
          ...(s.list ? (s.list.builtIn ? { builtIn: true as const, list: s.list.title } : { lookup: s.list.sheet, list: s.list.title }) : {}),
          resolved: s.resolved,
          notFound: s.notFound,
        }));
    },
  };
}
