/**
 * A double of the Excel JavaScript API subset the gateway uses (src/excel/excelApi.ts), with the
 * semantics that make office-js code go wrong when ignored:
 *  - commands are queued and applied, in order, only at `context.sync()`; `syncCount` counts them;
 *  - a property can be read only after it was loaded AND synced, else it throws PropertyNotLoaded;
 *  - `*OrNullObject` gives a proxy whose `isNullObject` is known after the sync;
 *  - every sync measures its request (JSON of the queued writes) and its response (JSON of the
 *    loaded values) and throws RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded
 *    past 5 MB, as Excel on the web does;
 *  - a written string becomes a formula (or a number) only when its cell's number format is not
 *    "@" (Text), as in Excel, so tests can prove that text stays text;
 *  - sheet names: unique ignoring case, 1–31 characters, none of []:*?/\ (else the sync throws).
 *
 * It is loaded with Grids (e.g. the sample files read by readWorkbook). No DOM, no Node API, so the
 * same file is bundled for the browser test page.
 */
import type { Cell, Grid, Range } from "../../src/core/grid";
import { colLetters, parseRange } from "../../src/core/grid";
import type {
  XlApplication,
  XlBorder,
  XlBorders,
  XlContext,
  XlCustomProperties,
  XlCustomProperty,
  XlFont,
  XlPageLayout,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheets,
} from "../../src/excel/excelApi";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class ExcelDoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

// ------------------------------------------------------------------------------------------
// The model: what the workbook holds

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

export class SheetModel {
  cells = new Map<string, CellModel>();
  merges: Range[] = [];
  borders: { range: Range; edge: string; style: string }[] = [];
  columnWidths = new Map<number, number>();
  customProperties = new Map<string, string>();
  frozenRows = 0;
  pageLayout: Record<string, unknown> = {};
  visibility = "Visible";
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
  constructor(public name = "Book1.xlsx") {}
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

// ------------------------------------------------------------------------------------------
// The request queue

interface Op {
  /** bytes this command adds to the request */
  bytes: number;
  /** runs at sync; returns the bytes it adds to the response */
  apply(): number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  suspendedCalculation: boolean;
  suspendedScreen: boolean;
}

export class RequestContextDouble implements XlContext {
  readonly workbook: WorkbookDouble;
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  private queue: Op[] = [];
  private flags = { calc: false, screen: false };

  constructor(
    readonly model: WorkbookModel,
    readonly limits = { request: PAYLOAD_LIMIT, response: PAYLOAD_LIMIT },
  ) {
    this.workbook = new WorkbookDouble(this);
  }

  enqueue(bytes: number, apply: () => number | void): void {
    this.queue.push({ bytes, apply: () => apply() ?? 0 });
  }
  /** a write command: its size is the JSON of what it sends */
  write(what: string, args: unknown, apply: () => void): void {
    this.enqueue(60 + what.length + JSON.stringify(args ?? null).length, apply);
  }
  flag(which: "calc" | "screen"): void {
    this.enqueue(60, () => void (this.flags[which] = true));
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, suspendedCalculation: false, suspendedScreen: false };
    this.syncs.push(record);
    if (requestBytes > this.limits.request) {
      throw new ExcelDoubleError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.flags = { calc: false, screen: false };
    // Excel applies the batch in order and stops at the first failing command.
    for (const op of ops) record.responseBytes += op.apply();
    record.suspendedCalculation = this.flags.calc;
    record.suspendedScreen = this.flags.screen;
    if (record.responseBytes > this.limits.response) {
      throw new ExcelDoubleError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    await Promise.resolve();
  }
}

// ------------------------------------------------------------------------------------------
// Proxy objects

/** Base of every proxy: load-before-read, with values snapshotted at the sync that loads them. */
abstract class ProxyDouble {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: RequestContextDouble) {}

  /** the current value of a loadable property, computed at sync time */
  protected abstract resolveProperty(name: string): unknown;
  /** child proxies that "a/b" paths navigate into */
  protected child(_name: string): ProxyDouble | undefined {
    return undefined;
  }

  load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length === 0) throw new ExcelDoubleError("InvalidArgument", "Empty load(): load only the properties you read.");
    for (const name of names) {
      const slash = name.indexOf("/");
      if (slash > 0) {
        const child = this.child(name.slice(0, slash));
        if (!child) throw new ExcelDoubleError("InvalidArgument", `Unknown navigation property ${name}`);
        child.load(name.slice(slash + 1));
        continue;
      }
      this.ctx.enqueue(40 + name.length, () => {
        const value = this.resolveProperty(name);
        this.loaded.set(name, value);
        return JSON.stringify(value ?? null).length + name.length + 4;
      });
    }
    return this;
  }

  /** reading a property: only after load + sync, like Excel */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new ExcelDoubleError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }
  /** for null objects: isNullObject is loaded automatically at the next sync */
  protected autoLoad(name: string): void {
    this.ctx.enqueue(20, () => {
      this.loaded.set(name, this.resolveProperty(name));
      return 10;
    });
  }
}

function notFound(what: string): never {
  throw new ExcelDoubleError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

export class WorkbookDouble extends ProxyDouble implements XlWorkbook {
  readonly worksheets: WorksheetCollectionDouble;
  readonly application: ApplicationDouble;
  constructor(ctx: RequestContextDouble) {
    super(ctx);
    this.worksheets = new WorksheetCollectionDouble(ctx);
    this.application = new ApplicationDouble(ctx);
  }
  protected override resolveProperty(name: string): unknown {
    if (name === "name") return this.ctx.model.name;
    throw new ExcelDoubleError("InvalidArgument", `Workbook.${name} is not in the double`);
  }
  get name(): string {
    return this.read("name");
  }
}

export class ApplicationDouble implements XlApplication {
  constructor(private readonly ctx: RequestContextDouble) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.flag("calc");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.flag("screen");
  }
}

const FORBIDDEN = /[[\]:*?/\\]/;

function checkSheetName(model: WorkbookModel, name: string, self?: SheetModel): void {
  if (name.length === 0 || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new ExcelDoubleError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: sheet name "${name}".`);
  }
  const other = model.find(name);
  if (other && other !== self) {
    throw new ExcelDoubleError("ItemAlreadyExists", `A resource with the same name or identifier already exists: ${name}.`);
  }
}

export class WorksheetCollectionDouble extends ProxyDouble implements XlWorksheets {
  private itemsLoaded?: WorksheetDouble[];
  private itemProps: string[] = [];
  constructor(ctx: RequestContextDouble) {
    super(ctx);
  }
  override load(propertyNames?: string | string[]): this {
    const names = (Array.isArray(propertyNames) ? propertyNames : (propertyNames ?? "").split(","))
      .map((s) => s.trim().replace(/^items\//, ""))
      .filter((s) => s && s !== "items");
    this.ctx.enqueue(60, () => {
      this.itemsLoaded = this.ctx.model.sheets.map((s) => {
        const proxy = new WorksheetDouble(this.ctx, () => s);
        proxy.prime(names);
        return proxy;
      });
      this.itemProps = names;
      return this.ctx.model.sheets.reduce((n, s) => n + s.name.length + 30 * names.length, 0);
    });
    return this;
  }
  protected override resolveProperty(): unknown {
    return undefined;
  }
  get items(): WorksheetDouble[] {
    if (!this.itemsLoaded) throw new ExcelDoubleError("PropertyNotLoaded", "The property 'items' is not available: load and sync first.");
    return this.itemsLoaded;
  }
  getItem(key: string): WorksheetDouble {
    return new WorksheetDouble(this.ctx, () => this.ctx.model.find(key) ?? notFound(`sheet ${key}`));
  }
  add(name?: string): WorksheetDouble {
    let created: SheetModel | undefined;
    this.ctx.write("worksheets.add", name, () => {
      const model = this.ctx.model;
      let n = name;
      if (n === undefined) for (let i = 1; model.find((n = `Sheet${i}`)); i++);
      checkSheetName(model, n!);
      created = new SheetModel(n!);
      model.sheets.push(created);
    });
    return new WorksheetDouble(this.ctx, () => created ?? notFound("sheet being added"));
  }
  /** names of the loaded item properties (for tests) */
  get loadedItemProperties(): string[] {
    return this.itemProps;
  }
}

export class WorksheetDouble extends ProxyDouble implements XlWorksheet {
  private cached?: SheetModel;
  readonly customProperties: CustomPropertiesDouble;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: PageLayoutDouble;
  constructor(
    ctx: RequestContextDouble,
    private readonly locate: () => SheetModel,
  ) {
    super(ctx);
    this.customProperties = new CustomPropertiesDouble(ctx, () => this.sheet());
    this.freezePanes = {
      freezeRows: (count = 1) => ctx.write("freezeRows", count, () => void (this.sheet().frozenRows = count)),
    };
    this.pageLayout = new PageLayoutDouble(ctx, () => this.sheet());
  }
  /** the sheet this proxy stands for; resolved once, so a renamed sheet stays the same sheet */
  sheet(): SheetModel {
    if (!this.cached) this.cached = this.locate();
    if (!this.ctx.model.sheets.includes(this.cached)) notFound(`sheet ${this.cached.name} (deleted)`);
    return this.cached;
  }
  /** used by collection loads: the listed properties are filled at the same sync */
  prime(names: string[]): void {
    // same as load + the sync in progress
    for (const n of names) this.loaded.set(n, this.resolveProperty(n));
  }
  protected override resolveProperty(name: string): unknown {
    const s = this.sheet();
    if (name === "name") return s.name;
    if (name === "visibility") return s.visibility;
    throw new ExcelDoubleError("InvalidArgument", `Worksheet.${name} is not in the double`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.ctx.write("worksheet.name", value, () => {
      const s = this.sheet();
      checkSheetName(this.ctx.model, value, s);
      s.name = value;
    });
  }
  get visibility(): XlWorksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(value: XlWorksheet["visibility"]) {
    this.ctx.write("worksheet.visibility", value, () => {
      const s = this.sheet();
      // as Excel: a workbook keeps at least one visible sheet
      if (String(value) !== "Visible" && !this.ctx.model.sheets.some((x) => x !== s && x.visibility === "Visible")) {
        throw new ExcelDoubleError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      s.visibility = String(value);
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    return new RangeDouble(this.ctx, this, () => this.sheet().usedRange(valuesOnly), true);
  }
  getRange(address?: string): RangeDouble {
    if (address === undefined) return new RangeDouble(this.ctx, this, () => ({ r0: 0, c0: 0, r1: 1048575, c1: 16383 }), false);
    const r = parseRange(address);
    if (!r) throw new ExcelDoubleError("InvalidArgument", `Bad address ${address}`);
    return new RangeDouble(this.ctx, this, () => r, false);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeDouble {
    if (rowCount < 1 || columnCount < 1) throw new ExcelDoubleError("InvalidArgument", "Empty range");
    return new RangeDouble(this.ctx, this, () => ({ r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 }), false);
  }
  activate(): void {
    this.ctx.write("activate", null, () => void (this.ctx.model.activeSheet = this.sheet()));
  }
  delete(): void {
    this.ctx.write("delete", null, () => {
      const s = this.sheet();
      const model = this.ctx.model;
      if (model.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new ExcelDoubleError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      model.sheets = model.sheets.filter((x) => x !== s);
      if (model.activeSheet === s) model.activeSheet = model.sheets[0];
    });
  }
}

export class PageLayoutDouble implements XlPageLayout {
  constructor(
    private readonly ctx: RequestContextDouble,
    private readonly sheet: () => SheetModel,
  ) {}
  private set(key: string, value: unknown) {
    this.ctx.write(`pageLayout.${key}`, value, () => void (this.sheet().pageLayout[key] = value));
  }
  private unreadable(): never {
    throw new ExcelDoubleError("PropertyNotLoaded", "pageLayout properties are write-only in the double");
  }
  get orientation(): XlPageLayout["orientation"] {
    return this.unreadable();
  }
  set orientation(v: XlPageLayout["orientation"]) {
    this.set("orientation", v);
  }
  get paperSize(): XlPageLayout["paperSize"] {
    return this.unreadable();
  }
  set paperSize(v: XlPageLayout["paperSize"]) {
    this.set("paperSize", v);
  }
  get zoom(): XlPageLayout["zoom"] {
    return this.unreadable();
  }
  set zoom(v: XlPageLayout["zoom"]) {
    this.set("zoom", v);
  }
}

export class CustomPropertiesDouble implements XlCustomProperties {
  constructor(
    private readonly ctx: RequestContextDouble,
    private readonly sheet: () => SheetModel,
  ) {}
  add(key: string, value: unknown): void {
    this.ctx.write("customProperties.add", { key, value }, () => void this.sheet().customProperties.set(key, String(value)));
  }
  getItemOrNullObject(key: string): CustomPropertyDouble {
    return new CustomPropertyDouble(this.ctx, () => {
      const props = this.sheet().customProperties;
      return props.has(key) ? { key, value: props.get(key)! } : null;
    });
  }
}

export class CustomPropertyDouble extends ProxyDouble implements XlCustomProperty {
  constructor(
    ctx: RequestContextDouble,
    private readonly locate: () => { key: string; value: string } | null,
  ) {
    super(ctx);
    this.autoLoad("isNullObject");
  }
  protected override resolveProperty(name: string): unknown {
    const found = this.locate();
    if (name === "isNullObject") return found === null;
    if (!found) return null;
    if (name === "key") return found.key;
    if (name === "value") return found.value;
    throw new ExcelDoubleError("InvalidArgument", `CustomProperty.${name} is not in the double`);
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get key(): string {
    return this.read("key");
  }
  get value(): string {
    return this.read("value");
  }
}

/** Excel's address text: 'Tổng hợp'!A1:B2 (quotes when the name is not a plain word). */
export function sheetAddress(sheet: string, r: Range): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  const b = `${colLetters(r.c1)}${r.r1 + 1}`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

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
  /** calls fn for every cell of the range (creating the cells) */
  eachCell(fn: (cell: CellModel, i: number, j: number) => void): void {
    const r = this.area();
    const s = this.sheetModel();
    for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) fn(s.cell(i, j), i - r.r0, j - r.c0);
  }
  private grid<T>(fn: (cell: CellModel | undefined) => T): T[][] {
    const r = this.area();
    if ((r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1) > 5_000_000) return null as unknown as T[][];
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
      const s = this.sheetModel();
      const parts = across ? Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) => ({ ...r, r0: r.r0 + i, r1: r.r0 + i })) : [r];
      for (const p of parts) {
        if (p.r0 === p.r1 && p.c0 === p.c1) continue;
        // Excel keeps the top-left value and clears the others
        for (let i = p.r0; i <= p.r1; i++) for (let j = p.c0; j <= p.c1; j++) if (i !== p.r0 || j !== p.c0) s.get(i, j) && (s.cell(i, j).v = "");
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
      const inside = s.merges.filter((m) => m.r0 >= r.r0 && m.r1 <= r.r1 && m.c0 >= r.c0 && m.c1 <= r.c1);
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
          ctx.write("border", { edge, style }, () => void range.sheetModel().borders.push({ range: range.area(), edge, style }));
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
      for (let c = r.c0; c <= r.c1; c++) this.range.sheetModel().columnWidths.set(c, w);
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
      if (!seen) (first = v), (seen = true);
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
export function contextFor(model: WorkbookModel, limits?: { request: number; response: number }): RequestContextDouble {
  return new RequestContextDouble(model, limits);
}

/** `Excel.run` for the double: one new context per run, sync at the end as Excel does. */
export function runFor(model: WorkbookModel) {
  return async <T>(fn: (ctx: RequestContextDouble) => Promise<T>): Promise<T> => {
    const ctx = new RequestContextDouble(model);
    const result = await fn(ctx);
    await ctx.sync();
    return result;
  };
}
