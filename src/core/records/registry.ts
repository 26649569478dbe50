/** A registry table (danh mục đơn vị: STT | Tên đơn vị | Loại) -> the units expected to report. */
import type { Grid } from "../grid";
import type { DetectedTable } from "../layout/detect";
import type { RegistryUnit } from "../rules/rule";
import { headerKey } from "../text/normalize";
import { textAt } from "./common";

/** Levels of schools as a registry's type column writes them. */
const SCHOOL_LEVEL = /^(mam non|mau giao|nha tre|tieu hoc|thcs|thpt|trung hoc|ptdtbt|pt dtbt|ptdtnt|lien cap|tieu hoc va thcs|th va thcs|th&thcs|gdtx|gdnn)/;

export function readRegistry(grid: Grid, table: DetectedTable): RegistryUnit[] {
  const units: RegistryUnit[] = [];
  // a list of schools: its name header says "Tên trường" or its type header "Cấp học"
  const headers = Object.values(table.headerTexts).map(headerKey);
  const schoolList = headers.some((h) => /\btruong\b/.test(h) || /\bcap hoc\b/.test(h));
  for (const body of table.body) {
    // a unit called "Công an huyện" must not be mistaken for a total row: any named row counts
    if (body.kind !== "item" && body.kind !== "subtotal") continue;
    const name = textAt(grid, body.row, table.columns.name);
    if (!name) continue;
    const type = textAt(grid, body.row, table.columns.unitType) || undefined;
    const school = schoolList || SCHOOL_LEVEL.test(headerKey(type ?? ""));
    units.push(school ? { name, type, school } : { name, type });
  }
  return units;
}
