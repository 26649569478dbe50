/**
 * The user's decisions on columns: "in file F, sheet S, column D is the award" (or any other role,
 * or "none": not read). For a column the reader could not name (a header it does not know, with
 * contents that leave a doubt) or named wrongly. Nothing is counted on a guess: without a decision
 * such rows stay "not read" (a warning the user sees); with one, the header row takes the role the
 * user gave, before the table's kind is decided, exactly as if the header had said so.
 *
 * A decision names its file as the user sees it: the file's name (with or without its folder), or
 * in the session its content hash (src/app/session.ts turns a hash into the file's name).
 * Decisions are attached to a file's Grids before any table is looked for (engine.prepareInput);
 * the header reader asks `decidedRoles(grid)`.
 */
import type { Grid } from "../grid";
import type { ColumnRole } from "../model";
import { collapseSpaces } from "../text/normalize";

/** Every role a user may give a column ("none": the column is not read). */
export const DECIDABLE_ROLES = [
  "stt",
  "name",
  "familyName",
  "givenName",
  "birthDate",
  "idNumber",
  "position",
  "positionUnit",
  "unit",
  "school",
  "award",
  "issuer",
  "decision",
  "decisionNumber",
  "decisionDate",
  "recipientKind",
  "occasion",
  "note",
  "indicator",
  "measure",
  "plan",
  "actual",
  "percent",
  "collectives",
  "individuals",
  "households",
  "unitType",
  "none",
] as const satisfies readonly (ColumnRole | "none")[];

export type DecidedRole = (typeof DECIDABLE_ROLES)[number];

export interface ColumnDecision {
  /** the file's name as given (a folder may be left out), or its content hash in the session */
  file: string;
  sheet: string;
  /** the column's letters: "D", "AB" */
  column: string;
  role: DecidedRole;
}

const isRole = (text: string): text is DecidedRole => (DECIDABLE_ROLES as readonly string[]).includes(text);

/** "AB" -> 27; undefined for anything but letters. */
export function columnIndex(letters: string): number | undefined {
  const up = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(up)) return undefined;
  let n = 0;
  for (const ch of up) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * "bao-cao.xlsx!Danh sách!D=award" -> a decision; undefined when it is not of that shape (no file,
 * sheet, column letters or a known role). The file is what comes before the first "!", the column
 * what comes after the last one, the sheet what lies between (a sheet name may hold "!").
 */
export function parseColumnDecision(text: string): ColumnDecision | undefined {
  const eq = text.lastIndexOf("=");
  // without "=", eq is -1 and the "role" is the whole text, which holds "!" and is no role
  const role = text.slice(eq + 1).trim();
  const where = text.slice(0, eq);
  const first = where.indexOf("!");
  const last = where.lastIndexOf("!");
  // no "!" (both -1) or only one: no sheet between a file and a column
  if (last === first) return undefined;
  const file = where.slice(0, first).trim();
  const sheet = where.slice(first + 1, last).trim();
  const column = where.slice(last + 1).trim().toUpperCase();
  if (!file || !sheet || columnIndex(column) === undefined || !isRole(role)) return undefined;
  return { file, sheet, column, role };
}

const fold = (s: string) => collapseSpaces(s.normalize("NFC")).toLowerCase();
/** A path folded for comparison: case and Unicode form ignored, "\\" read as "/". */
const foldPath = (path: string) => fold(path).replace(/\\/g, "/");

/**
 * Whether a decision's file names this file, case ignored: the same path, or one path the other's
 * tail at a folder boundary. A name alone ("bao-cao.xlsx") names that file in any folder; a name
 * with its folder ("xa-a/bao-cao.xlsx") names only the one in that folder, not "xa-b/bao-cao.xlsx"
 * (units often send files of one name, kept in a folder per unit).
 */
export function namesFile(decision: { file: string }, file: string): boolean {
  const d = foldPath(decision.file);
  const f = foldPath(file);
  return d === f || f.endsWith("/" + d) || d.endsWith("/" + f);
}

const DECIDED = new WeakMap<Grid, ReadonlyMap<number, DecidedRole>>();

/**
 * Attaches to each Grid the decisions naming its file and sheet (sheet names compared as Excel
 * does, ignoring case), replacing what an earlier run attached (the pane's open workbook keeps its
 * Grids between runs). The last decision on one column wins.
 */
export function attachColumnDecisions(grids: Grid[], decisions: readonly ColumnDecision[] | undefined): void {
  for (const grid of grids) {
    const roles = new Map<number, DecidedRole>();
    for (const d of decisions ?? []) {
      const col = columnIndex(d.column);
      if (col !== undefined && namesFile(d, grid.file) && fold(grid.sheet) === fold(d.sheet)) roles.set(col, d.role);
    }
    if (roles.size) DECIDED.set(grid, roles);
    else DECIDED.delete(grid);
  }
}

/** The roles the user gave this sheet's columns (column index -> role), if any. */
export function decidedRoles(grid: Grid): ReadonlyMap<number, DecidedRole> | undefined {
  return DECIDED.get(grid);
}

/** A short key of a grid's decisions: the tables found for it are kept per key. */
export function decisionsKey(grid: Grid): string {
  const roles = DECIDED.get(grid);
  return roles ? [...roles].map(([c, r]) => `${c}=${r}`).join(",") : "";
}

/**
 * The decisions that named no file and sheet of a run (a typo in the file or sheet name): said to
 * the user, never dropped in silence, since the column they meant is then still read as before.
 */
export function unmatchedDecisions(decisions: readonly ColumnDecision[] | undefined, ledger: readonly { file: string; sheets: readonly { sheet: string }[] }[]): ColumnDecision[] {
  return (decisions ?? []).filter((d) => !ledger.some((f) => namesFile(d, f.file) && f.sheets.some((s) => fold(s.sheet) === fold(d.sheet))));
}
