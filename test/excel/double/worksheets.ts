/** Workbook, application, worksheets, page layout and custom properties of the double. */
import { parseRange } from "../../../src/core/grid";
import type {
  XlApplication,
  XlCustomProperties,
  XlCustomProperty,
  XlHeaderFooter,
  XlHeaderFooterGroup,
  XlPageLayout,
  XlRange,
  XlWorkbook,
  XlWorkbookProtection,
  XlWorksheet,
  XlWorksheets,
} from "../../../src/excel/excelApi";
import type { RequestContextDouble } from "./context";
import { ExcelDoubleError, ProxyDouble } from "./proxy";
import { SheetModel, type WorkbookModel } from "./model";
import { RangeDouble } from "./range";

export function notFound(what: string): never {
  throw new ExcelDoubleError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

/**
 * A protected structure refuses adding, deleting, renaming and hiding sheets; Excel's code for a
 * refused operation is AccessDenied
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * workbook.protection is ExcelApi 1.7 (https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection).
 */
function checkStructure(model: WorkbookModel): void {
  if (model.structureProtected) throw new ExcelDoubleError("AccessDenied", "You cannot perform the requested operation: the workbook structure is protected.");
}

export class WorkbookProtectionDouble extends ProxyDouble implements XlWorkbookProtection {
  protected override resolveProperty(name: string): unknown {
    if (name === "protected") return this.ctx.model.structureProtected;
    throw new ExcelDoubleError("InvalidArgument", `WorkbookProtection.${name} is not in the double`);
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

export class WorkbookDouble extends ProxyDouble implements XlWorkbook {
  readonly worksheets: WorksheetCollectionDouble;
  readonly application: ApplicationDouble;
  readonly protection: WorkbookProtectionDouble;
  constructor(ctx: RequestContextDouble) {
    super(ctx);
    this.worksheets = new WorksheetCollectionDouble(ctx);
    this.application = new ApplicationDouble(ctx);
    this.protection = new WorkbookProtectionDouble(ctx);
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
  /** ExcelApi 1.4 (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member(1)) */
  getItemOrNullObject(key: string): WorksheetDouble & { isNullObject: boolean } {
    return new WorksheetDouble(this.ctx, () => this.ctx.model.find(key) ?? notFound(`sheet ${key}`), () => this.ctx.model.find(key) === undefined);
  }
  add(name?: string): WorksheetDouble {
    let created: SheetModel | undefined;
    this.ctx.write("worksheets.add", name, () => {
      const model = this.ctx.model;
      let n = name;
      checkStructure(model);
      if (n === undefined) for (let i = 1; model.find((n = `Sheet${i}`)); i++);
      checkSheetName(model, n);
      created = new SheetModel(n);
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
    /** for getItemOrNullObject: whether the sheet is missing (isNullObject, known after the sync) */
    private readonly missing?: () => boolean,
  ) {
    super(ctx);
    if (missing) this.autoLoad("isNullObject");
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
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  protected override resolveProperty(name: string): unknown {
    if (name === "isNullObject") return this.missing?.() ?? false;
    const s = this.sheet();
    if (name === "name") return s.name;
    if (name === "visibility") return s.visibility;
    if (name === "id") return s.id;
    throw new ExcelDoubleError("InvalidArgument", `Worksheet.${name} is not in the double`);
  }
  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.ctx.write("worksheet.name", value, () => {
      const s = this.sheet();
      checkStructure(this.ctx.model);
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
      checkStructure(this.ctx.model);
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
      checkStructure(model);
      // A very hidden sheet cannot be deleted: make it hidden or visible first. By design, said the
      // office-js team (https://github.com/OfficeDev/office-js/issues/365; documented in
      // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#delete-a-worksheet).
      if (s.visibility === "VeryHidden") throw new ExcelDoubleError("GeneralException", "There was an internal error while processing the request.");
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
  get centerHorizontally(): boolean {
    return this.unreadable();
  }
  set centerHorizontally(v: boolean) {
    this.set("centerHorizontally", v);
  }
  /** ExcelApi 1.9: the header and footer texts, recorded as headersFooters.<group>.<part> */
  readonly headersFooters: XlHeaderFooterGroup = headersFootersDouble((key, value) => this.set(`headersFooters.${key}`, value));
  setPrintMargins(unit: "Inches", margins: Excel.PageLayoutMarginOptions): void {
    this.set("margins", { unit, ...margins });
  }
  /** ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprinttitlerows-member(1)) */
  setPrintTitleRows(range: XlRange | string): void {
    const address = typeof range === "string" ? range : (range as RangeDouble).area();
    this.set("printTitleRows", address);
  }
  setPrintTitleColumns(range: XlRange | string): void {
    const address = typeof range === "string" ? range : (range as RangeDouble).area();
    this.set("printTitleColumns", address);
  }
}

/** Write-only header/footer objects: every assignment is a queued write of `group.part`. */
function headersFootersDouble(set: (key: string, value: unknown) => void): XlHeaderFooterGroup {
  const part = (group: string): XlHeaderFooter => ({
    get centerHeader(): string {
      throw new ExcelDoubleError("PropertyNotLoaded", "headersFooters are write-only in the double");
    },
    set centerHeader(v: string) {
      set(`${group}.centerHeader`, v);
    },
    get centerFooter(): string {
      throw new ExcelDoubleError("PropertyNotLoaded", "headersFooters are write-only in the double");
    },
    set centerFooter(v: string) {
      set(`${group}.centerFooter`, v);
    },
  });
  const defaultForAllPages = part("defaultForAllPages");
  const firstPage = part("firstPage");
  return {
    get state(): XlHeaderFooterGroup["state"] {
      throw new ExcelDoubleError("PropertyNotLoaded", "headersFooters are write-only in the double");
    },
    set state(v: XlHeaderFooterGroup["state"]) {
      set("state", v);
    },
    defaultForAllPages,
    firstPage,
  };
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
