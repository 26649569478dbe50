/**
 * Tables of a sheet, found once: the registry lookup and the record reader both need them, and
 * detection walks every cell. Kept per Grid object (a WeakMap: gone with the grid). A grid is not
 * changed after its tables are asked for (legacy text is decoded before, in engine.prepareInput).
 */
import type { Grid } from "../grid";
import { detectTables, type DetectedTable } from "./detect";

/** The tables of a sheet (found once per Grid and the user's decisions on its columns: detect.ts keeps them). */
export function tablesOf(grid: Grid): DetectedTable[] {
  return detectTables(grid);
}
