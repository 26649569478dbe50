/** A registry table (danh mục đơn vị: STT | Tên đơn vị | Loại) -> the units expected to report. */
import type { Grid } from "../grid";
import type { DetectedTable } from "../layout/detect";
import type { RegistryUnit } from "../rules/rule";
import { textAt } from "./common";

export function readRegistry(grid: Grid, table: DetectedTable): RegistryUnit[] {
  const units: RegistryUnit[] = [];
  for (const body of table.body) {
    // a unit called "Công an huyện" must not be mistaken for a total row: any named row counts
    if (body.kind !== "item" && body.kind !== "subtotal") continue;
    const name = textAt(grid, body.row, table.columns.name);
    if (!name) continue;
    const type = textAt(grid, body.row, table.columns.unitType) || undefined;
    units.push({ name, type });
  }
  return units;
}
