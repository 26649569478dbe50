/**
 * What the double's workbook holds (no office-js semantics here: see context.ts and the proxies).
 */
import type { Cell, Grid, Range } from "../../../src/core/grid";
import { parseRange } from "../../../src/core/grid";

export interface CellModel {
  /** value as Range.values returns it (the cached result for a formula) */
  v: string | number | boolean;
  /** formula with "=" */
  f?: string;
  /** number format; absent = General */
  z?: string;
  /** display text when known from the source */
  w?: string;
  error?: boolean;
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean };
  horizontalAlignment?: string;
  wrapText?: boolean;
}

let sheetIds = 0;

export class SheetModel {
  cells = new Map<string, CellModel>();
  merges: Range[] = [];
  borders: { range: Range; edge: string; style: string }[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  customProperties = new Map<string, string>();
  frozenRows = 0;
  pageLayout: Record<string, unknown> = {};
  visibility = "Visible";
  /** Worksheet.id: kept through renames and moves; a copy gets a new one */
  readonly id = `{${String(++sheetIds).padStart(8, "0")}-0000-0000-0000-000000000000}`;
  /** Review › Protect Sheet: cell writes fail with AccessDenied */
  protected = false;
  constructor(public name: string) {}

  key(r: number, c: number) {
    return `${r},${c}`;
  }
  get(r: number, c: number): CellModel | undefined {
    return this.cells.get(this.key(r, c));
  }
  cell(r: number, c: number): CellModel {
    let cell = this.get(r, c);
    if (!cell) {
      cell = { v: "" };
      this.cells.set(this.key(r, c), cell);
    }
    return cell;
  }
  /** the bounding box of cells with a value (valuesOnly) or with a value or a format */
  usedRange(valuesOnly: boolean): Range | null {
    let box: Range | null = null;
    for (const [k, cell] of this.cells) {
      const has = cell.v !== "" || cell.f !== undefined || (!valuesOnly && (cell.z !== undefined || cell.font !== undefined));
      if (!has) continue;
      const [r, c] = k.split(",").map(Number);
      if (!box) box = { r0: r, c0: c, r1: r, c1: c };
      else box = { r0: Math.min(box.r0, r), c0: Math.min(box.c0, c), r1: Math.max(box.r1, r), c1: Math.max(box.c1, c) };
    }
    return box;
  }
  /** the values of a range as rows of cell values (for assertions) */
  valuesOf(address: string): (string | number | boolean)[][] {
    const r = parseRange(address)!;
    const out: (string | number | boolean)[][] = [];
    for (let i = r.r0; i <= r.r1; i++) {
      const row: (string | number | boolean)[] = [];
      for (let j = r.c0; j <= r.c1; j++) row.push(this.get(i, j)?.v ?? "");
      out.push(row);
    }
    return out;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  activeSheet?: SheetModel;
  selection?: { sheet: string; address: string };
  /** Review › Protect Workbook (structure): no sheet can be added, deleted, renamed or hidden */
  structureProtected = false;
  /** the user is typing in a cell: a batch fails unless run with delayForCellEdit (then it waits) */
  cellEditMode = false;
  private editEnded?: () => void;
  private editEnd?: Promise<void>;
  /** syncs of every context over this workbook, counted from 1 */
  syncCount = 0;
  /** a test's failure injection: true refuses that sync (nothing of it is applied) */
  failSync?: (n: number) => boolean;
  /** copies opened with Excel.createWorkbook (base64), for tests */
  createdWorkbooks: string[] = [];
  constructor(public name = "Book1.xlsx") {}

  startCellEdit(): void {
    this.cellEditMode = true;
    this.editEnd = new Promise((resolve) => (this.editEnded = resolve));
  }
  endCellEdit(): void {
    this.cellEditMode = false;
    this.editEnded?.();
  }
  /** resolves when the user leaves the cell (at once when not editing) */
  untilEditEnds(): Promise<void> {
    return this.cellEditMode && this.editEnd ? this.editEnd : Promise.resolve();
  }

  /** Everything a user could see or a later run could read, for "exactly as before" assertions. */
  snapshot(): unknown {
    return {
      name: this.name,
      active: this.activeSheet?.name,
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        cells: [...s.cells].map(([k, c]) => [k, JSON.stringify(c)]).sort(),
        merges: JSON.stringify(s.merges),
        borders: s.borders.length,
        widths: [...s.columnWidths],
        props: [...s.customProperties].sort(),
        frozen: s.frozenRows,
        page: JSON.stringify(s.pageLayout),
      })),
    };
  }
  find(name: string): SheetModel | undefined {
    const k = name.normalize("NFC").toLocaleLowerCase("vi");
    return this.sheets.find((s) => s.name.normalize("NFC").toLocaleLowerCase("vi") === k);
  }
  sheet(name: string): SheetModel {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}

/** Loads Grids (one per sheet) into a workbook model, as Excel would hold them. */
export function workbookFromGrids(grids: Grid[], name = "Book1.xlsx"): WorkbookModel {
  const wb = new WorkbookModel(name);
  for (const g of grids) {
    const sheet = new SheetModel(g.sheet);
    g.cells.forEach((row, r) =>
      row?.forEach((cell: Cell | undefined, c) => {
        if (!cell) return;
        const m: CellModel = { v: cell.v };
        if (cell.t === "e") m.error = true;
        if (cell.f) m.f = `=${cell.f}`;
        if (cell.z && cell.z !== "General") m.z = cell.z;
        if (cell.w !== undefined) m.w = cell.w;
        if (cell.font) m.font = { name: cell.font };
        sheet.cells.set(sheet.key(r, c), m);
      }),
    );
    sheet.merges = g.merges.map((m) => ({ ...m }));
    wb.sheets.push(sheet);
  }
  return wb;
}

