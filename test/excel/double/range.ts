/** Ranges, merged areas, formats and fonts of the double. */
import type { Range } from "../../../src/core/grid";
import { colLetters } from "../../../src/core/grid";
import type { XlBorder, XlBorders, XlFont, XlRange, XlRangeAreas, XlRangeFormat } from "../../../src/excel/excelApi";
import type { RequestContextDouble } from "./context";
import { ExcelDoubleError, ProxyDouble, READ_CELL_LIMIT } from "./proxy";
import type { CellModel, SheetModel } from "./model";
import type { WorksheetDouble } from "./worksheets";

export function sheetAddress(sheet: string, r: Range): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  const b = `${colLetters(r.c1)}${r.r1 + 1}`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

/** getMergedAreasOrNullObject answers for at most this many areas */
export const MERGED_AREAS_LIMIT = 512;

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export class RangeDouble extends ProxyDouble implements XlRange {
  readonly format: RangeFormatDouble;
  constructor(
    ctx: RequestContextDouble,
    private readonly worksheet: WorksheetDouble,
    private readonly locate: () => Range | null,
    private readonly nullable: boolean,
  ) {
    super(ctx);
    this.format = new RangeFormatDouble(ctx, this);
    if (nullable) this.autoLoad("isNullObject");
  }
  protected override child(name: string): ProxyDouble | undefined {
    return name === "format" ? this.format : undefined;
  }
  sheetModel(): SheetModel {
    return this.worksheet.sheet();
  }
  area(): Range {
    const r = this.locate();
    if (!r) throw new ExcelDoubleError("InvalidObjectPath", "The object is a null object.");
    return r;
  }
  /**
   * The sheet, for a write: a protected sheet refuses it with AccessDenied
   * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling;
   * protection: https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection).
   */
  writableSheet(): SheetModel {
    const s = this.sheetModel();
    if (s.protected) throw new ExcelDoubleError("AccessDenied", `You cannot perform the requested operation: sheet ${s.name} is protected.`);
    return s;
  }
  /** calls fn for every cell of the range (creating the cells) */
  eachCell(fn: (cell: CellModel, i: number, j: number) => void): void {
    const r = this.area();
    const s = this.writableSheet();
    for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) fn(s.cell(i, j), i - r.r0, j - r.c0);
  }
  private grid<T>(fn: (cell: CellModel | undefined) => T): T[][] {
    const r = this.area();
    if ((r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1) > READ_CELL_LIMIT) {
      throw new ExcelDoubleError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number (5,000,000 cells for a read).");
    }
    const s = this.sheetModel();
    const out: T[][] = [];
    for (let i = r.r0; i <= r.r1; i++) {
      const row: T[] = [];
      for (let j = r.c0; j <= r.c1; j++) row.push(fn(s.get(i, j)));
      out.push(row);
    }
    return out;
  }
  protected override resolveProperty(name: string): unknown {
    if (name === "isNullObject") return this.nullable && this.locate() === null;
    // a null object's properties come back null, they do not fail the batch
    if (this.nullable && this.locate() === null) return null;
    const r = this.area();
    switch (name) {
      case "address":
        return sheetAddress(this.sheetModel().name, r);
      case "rowCount":
        return r.r1 - r.r0 + 1;
      case "columnCount":
        return r.c1 - r.c0 + 1;
      case "values":
        return this.grid((c) => c?.v ?? "");
      case "numberFormat":
        return this.grid((c) => c?.z ?? "General");
      case "formulas":
        return this.grid((c) => c?.f ?? c?.v ?? "");
      case "text":
        return this.grid((c) => (c ? (c.w ?? String(c.v)) : ""));
      case "valueTypes":
        return this.grid((c) =>
          !c || c.v === "" ? "Empty" : c.error ? "Error" : typeof c.v === "number" ? "Double" : typeof c.v === "boolean" ? "Boolean" : "String",
        );
      default:
        throw new ExcelDoubleError("InvalidArgument", `Range.${name} is not in the double`);
    }
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): any[][] {
    return this.read("values");
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }
  private checkShape(what: string, data: unknown[][]): void {
    const r = this.area();
    const rows = r.r1 - r.r0 + 1;
    const cols = r.c1 - r.c0 + 1;
    if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new ExcelDoubleError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`);
    }
  }
  set values(data: any[][]) {
    this.ctx.write("range.values", data, () => {
      this.checkShape("values", data);
      this.eachCell((cell, i, j) => {
        const v = data[i][j];
        if (v === null || v === undefined) return; // null leaves the cell unchanged, as in Excel
        delete cell.f;
        delete cell.w;
        delete cell.error;
        if (typeof v === "string" && cell.z !== "@") {
          // Excel parses what is written into a non-Text cell, as if typed
          if (/^[=+-]/.test(v) && v.length > 1 && !NUMBER_TEXT.test(v)) {
            cell.f = v.startsWith("=") ? v : `=${v}`;
            cell.v = 0; // not recalculated by the double
            return;
          }
          if (NUMBER_TEXT.test(v.trim())) {
            cell.v = Number(v);
            return;
          }
        }
        cell.v = v;
      });
    });
  }
  set numberFormat(data: any[][]) {
    this.ctx.write("range.numberFormat", data, () => {
      this.checkShape("numberFormat", data);
      this.eachCell((cell, i, j) => {
        const z = data[i][j];
        if (z === null || z === undefined) return;
        if (z === "General") delete cell.z;
        else cell.z = String(z);
      });
    });
  }
  set formulas(data: any[][]) {
    this.ctx.write("range.formulas", data, () => {
      this.checkShape("formulas", data);
      this.eachCell((cell, i, j) => {
        const f = data[i][j];
        if (typeof f === "string" && f.startsWith("=") && cell.z !== "@") {
          cell.f = f;
          cell.v = 0;
        } else if (f !== null && f !== undefined) {
          delete cell.f;
          cell.v = f;
        }
      });
    });
  }
  set text(_: string[][]) {
    throw new ExcelDoubleError("InvalidArgument", "Range.text is read-only");
  }
  set valueTypes(_: Excel.RangeValueType[][]) {
    throw new ExcelDoubleError("InvalidArgument", "Range.valueTypes is read-only");
  }
  set address(_: string) {
    throw new ExcelDoubleError("InvalidArgument", "Range.address is read-only");
  }
  set rowCount(_: number) {
    throw new ExcelDoubleError("InvalidArgument", "read-only");
  }
  set columnCount(_: number) {
    throw new ExcelDoubleError("InvalidArgument", "read-only");
  }
  set isNullObject(_: boolean) {
    throw new ExcelDoubleError("InvalidArgument", "read-only");
  }
  merge(across = false): void {
    this.ctx.write("range.merge", across, () => {
      const r = this.area();
      const s = this.writableSheet();
      const parts = across ? Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) => ({ ...r, r0: r.r0 + i, r1: r.r0 + i })) : [r];
      for (const p of parts) {
        if (p.r0 === p.r1 && p.c0 === p.c1) continue;
        // Excel keeps the top-left value and clears the others
        for (let i = p.r0; i <= p.r1; i++) for (let j = p.c0; j <= p.c1; j++) if ((i !== p.r0 || j !== p.c0) && s.get(i, j)) s.cell(i, j).v = "";
        s.merges = s.merges.filter((m) => m.r1 < p.r0 || m.r0 > p.r1 || m.c1 < p.c0 || m.c0 > p.c1);
        s.merges.push({ ...p });
      }
    });
  }
  select(): void {
    this.ctx.write("range.select", null, () => {
      const s = this.sheetModel();
      if (this.ctx.model.activeSheet !== s) throw new ExcelDoubleError("InvalidSelection", "The selection is not on the active sheet.");
      this.ctx.model.selection = { sheet: s.name, address: sheetAddress(s.name, this.area()).split("!")[1] };
    });
  }
  getMergedAreasOrNullObject(): RangeAreasDouble {
    return new RangeAreasDouble(this.ctx, () => {
      const r = this.area();
      const s = this.sheetModel();
      // Only the areas whose top-left cell is in the range (https://github.com/OfficeDev/office-js/issues/3611);
      // over 512 the method "will fail to return the result"
      // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
      const inside = s.merges.filter((m) => m.r0 >= r.r0 && m.r0 <= r.r1 && m.c0 >= r.c0 && m.c0 <= r.c1);
      if (inside.length > MERGED_AREAS_LIMIT) throw new ExcelDoubleError("GeneralException", "There was an internal error while processing the request.");
      return inside.length === 0 ? null : inside.map((m) => sheetAddress(s.name, m)).join(",");
    });
  }
}

export class RangeAreasDouble extends ProxyDouble implements XlRangeAreas {
  constructor(
    ctx: RequestContextDouble,
    private readonly locate: () => string | null,
  ) {
    super(ctx);
    this.autoLoad("isNullObject");
  }
  protected override resolveProperty(name: string): unknown {
    const found = this.locate();
    if (name === "isNullObject") return found === null;
    if (name === "address") return found;
    throw new ExcelDoubleError("InvalidArgument", `RangeAreas.${name} is not in the double`);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
}

export class RangeFormatDouble extends ProxyDouble implements XlRangeFormat {
  readonly font: FontDouble;
  readonly borders: XlBorders;
  constructor(
    ctx: RequestContextDouble,
    private readonly range: RangeDouble,
  ) {
    super(ctx);
    this.font = new FontDouble(ctx, range);
    this.borders = {
      getItem: (edge): XlBorder => {
        const set = (style: string) =>
          ctx.write("border", { edge, style }, () => void range.writableSheet().borders.push({ range: range.area(), edge, style }));
        return {
          get style(): XlBorder["style"] {
            throw new ExcelDoubleError("PropertyNotLoaded", "border style is write-only in the double");
          },
          set style(v: XlBorder["style"]) {
            set(String(v));
          },
        };
      },
    };
  }
  protected override child(name: string): ProxyDouble | undefined {
    return name === "font" ? this.font : undefined;
  }
  protected override resolveProperty(name: string): unknown {
    throw new ExcelDoubleError("InvalidArgument", `RangeFormat.${name} is not readable in the double`);
  }
  private setEach(what: string, value: unknown, fn: (cell: CellModel) => void) {
    this.ctx.write(`format.${what}`, value, () => this.range.eachCell(fn));
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(w: number) {
    this.ctx.write("format.columnWidth", w, () => {
      const r = this.range.area();
      for (let c = r.c0; c <= r.c1; c++) this.range.writableSheet().columnWidths.set(c, w);
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(h: number) {
    this.ctx.write("format.rowHeight", h, () => {
      const r = this.range.area();
      for (let i = r.r0; i <= r.r1; i++) this.range.writableSheet().rowHeights.set(i, h);
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.setEach("wrapText", v, (c) => (c.wrapText = v));
  }
  get horizontalAlignment(): XlRangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: XlRangeFormat["horizontalAlignment"]) {
    this.setEach("horizontalAlignment", v, (c) => (c.horizontalAlignment = String(v)));
  }
  get verticalAlignment(): XlRangeFormat["verticalAlignment"] {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: XlRangeFormat["verticalAlignment"]) {
    this.ctx.write("format.verticalAlignment", v, () => undefined);
  }
}

export class FontDouble extends ProxyDouble implements XlFont {
  constructor(
    ctx: RequestContextDouble,
    private readonly range: RangeDouble,
  ) {
    super(ctx);
  }
  protected override resolveProperty(name: string): unknown {
    // like Excel: the common value of the range, or null when the cells differ
    let first: unknown;
    let mixed = false;
    let seen = false;
    const r = this.range.area();
    const s = this.range.sheetModel();
    const defaults: Record<string, unknown> = { name: "Calibri", size: 11, bold: false, italic: false };
    if (!(name in defaults)) throw new ExcelDoubleError("InvalidArgument", `Font.${name} is not in the double`);
    for (const [k, cell] of s.cells) {
      const [i, j] = k.split(",").map(Number);
      if (i < r.r0 || i > r.r1 || j < r.c0 || j > r.c1) continue;
      const v = (cell.font as Record<string, unknown> | undefined)?.[name] ?? defaults[name];
      if (!seen) {
        first = v;
        seen = true;
      }
      else if (v !== first) mixed = true;
    }
    return mixed ? null : seen ? first : defaults[name];
  }
  private setFont(key: "name" | "size" | "bold" | "italic", v: unknown) {
    this.ctx.write(`font.${key}`, v, () =>
      this.range.eachCell((c) => {
        c.font = { ...c.font, [key]: v };
      }),
    );
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.setFont("name", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.setFont("size", v);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setFont("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.setFont("italic", v);
  }
}

/** A fresh context over a model, as `Excel.run` would give one. */
