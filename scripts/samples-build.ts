/**
 * Builders for unit workbooks in the styles the real corpus has (title block, merged title, header,
 * section rows, award lists of layout A and B, a figures sheet, a "Tổng hợp" self-summary, a signature
 * block). Shared by the demo samples (scripts/make-samples.ts), the bench corpus (bench/corpus.ts) and
 * tests that need fixtures. Node only (exceljs); never imported by src/.
 */
import ExcelJS from "exceljs";

/** A date of a decision: an Excel serial written as a date cell, or text as typed ("31/06/2024"). */
export type DateValue = { serial: number } | string;

/** Layout A: one row per recipient, decision number and date combined in one cell. */
export interface AwardRowA {
  name: string;
  /** "Chức vụ, đơn vị công tác" */
  position: string;
  award: string;
  /** "QĐ số 112/QĐ-UBND ngày 15/03/2024" */
  decision: string;
  /** "Ghi chú": the occasion as people write it ("Thường xuyên", "Chuyên đề bầu cử", "Đột xuất") */
  note: string;
}

/** Layout B: flat list with explicit kind and occasion columns. */
export interface AwardRowB {
  name: string;
  unit: string;
  award: string;
  number: string;
  date: DateValue;
  kind: "Tập thể" | "Cá nhân";
  occasion: "Thường xuyên" | "Chuyên đề" | "Đột xuất";
}

export type AwardSheetSpec =
  | { layout: "A"; name: string; collectives: AwardRowA[]; individuals: AwardRowA[] }
  | { layout: "B"; name: string; rows: AwardRowB[] };

/** A row of the figures sheet: a Roman section, an item, or a "-" child of the item above. */
export type FigureSpecRow =
  | { section: string; title: string }
  | {
      stt: string;
      indicator: string;
      measure: string;
      plan?: number;
      actual?: number;
      /** stated percent of plan (43.8 for 43,8 %); layout B stores it as a fraction */
      percent?: number;
      /** number format of plan/actual ("#,##0", "#,##0.0") */
      format?: string;
      /** the actual cell is a live SUM over the "-" rows right below it (cached result: `actual`) */
      sumOfChildren?: boolean;
    };

export interface FiguresSheetSpec {
  name: string;
  /** A: one header row, percent as a number; B: "Năm ..." merged over KH / TH / % (fraction, 0.0%) */
  layout: "A" | "B";
  year: number;
  rows: FigureSpecRow[];
}

export interface SummarySpecRow {
  award: string;
  collectives: number;
  individuals: number;
}

export interface SummarySheetSpec {
  name: string;
  rows: SummarySpecRow[];
  /** typed (not formula) totals for the "Cộng" row, to plant a total that does not add up */
  typedTotal?: { collectives: number; individuals: number };
}

export interface UnitWorkbookSpec {
  /** file name, e.g. "01-xa-tan-lap.xlsx" */
  file: string;
  /** the upper authority line, "UBND HUYỆN MẪU SƠN" */
  authority: string;
  /** the unit line, "UBND XÃ TÂN LẬP" */
  unitLine: string;
  /** "Tân Lập, ngày 20 tháng 6 năm 2024" */
  placeDate: string;
  /** "(Kèm theo Báo cáo số 45/BC-UBND ngày 20/6/2024 của UBND xã Tân Lập)" */
  attachedTo: string;
  /** who reports, as in running text: "UBND xã Tân Lập", "Phòng Giáo dục và Đào tạo" */
  issuer: string;
  /** "6 THÁNG ĐẦU NĂM 2024" */
  periodUpper: string;
  awards?: AwardSheetSpec;
  figures?: FiguresSheetSpec;
  summary?: SummarySheetSpec;
  signature: { leftTitle: string; rightTitle: string[]; leftName: string; rightName: string };
  /** "CỘNG HÒA" (new tone placement) or "CỘNG HOÀ" (old), as the unit types it */
  republic?: string;
}

const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

type Value = string | number | null | undefined | { formula: string; result: number };

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: Value, style: CellStyle = {}): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  if (value !== null && value !== undefined && value !== "") cell.value = value;
  cell.font = { name: FONT, size: style.size ?? 13, bold: style.bold, italic: style.italic };
  if (style.border) cell.border = THIN;
  cell.alignment = {
    vertical: "middle",
    horizontal: style.center ? "center" : "left",
    wrapText: style.wrap ?? false,
  };
  if (style.numFmt) cell.numFmt = style.numFmt;
  return cell;
}

interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  center?: boolean;
  border?: boolean;
  wrap?: boolean;
  numFmt?: string;
  size?: number;
}

/** A sheet that prints on A4 landscape, fitted to the page width, as offices print these lists. */
function newSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}

function mergeText(ws: ExcelJS.Worksheet, row: number, c0: number, c1: number, text: string, style: CellStyle) {
  put(ws, row, c0, text, style);
  if (c1 > c0) ws.mergeCells(row, c0, row, c1);
}

/**
 * The administrative title block (rows 1–3) and the merged title (row 5, and row 6 when given).
 * Returns the first free row after one blank line.
 */
function titleBlock(ws: ExcelJS.Worksheet, spec: UnitWorkbookSpec, cols: number, title: string, subtitle?: string): number {
  const left = cols >= 7 ? 3 : 2;
  mergeText(ws, 1, 1, left, spec.authority, { center: true });
  mergeText(ws, 1, left + 1, cols, `${spec.republic ?? "CỘNG HÒA"} XÃ HỘI CHỦ NGHĨA VIỆT NAM`, { center: true, bold: true });
  mergeText(ws, 2, 1, left, spec.unitLine, { center: true, bold: true });
  mergeText(ws, 2, left + 1, cols, "Độc lập - Tự do - Hạnh phúc", { center: true, bold: true });
  mergeText(ws, 3, left + 1, cols, spec.placeDate, { center: true, italic: true });
  mergeText(ws, 5, 1, cols, title, { center: true, bold: true });
  if (subtitle) {
    mergeText(ws, 6, 1, cols, subtitle, { center: true, italic: true });
    return 8;
  }
  return 7;
}

function signatureBlock(ws: ExcelJS.Worksheet, spec: UnitWorkbookSpec, row: number, cols: number) {
  const left = cols >= 7 ? 3 : 2;
  const s = spec.signature;
  mergeText(ws, row, 1, left, s.leftTitle, { center: true, bold: true });
  s.rightTitle.forEach((t, i) => mergeText(ws, row + i, left + 1, cols, t, { center: true, bold: true }));
  mergeText(ws, row + 5, 1, left, s.leftName, { center: true, bold: true });
  mergeText(ws, row + 5, left + 1, cols, s.rightName, { center: true, bold: true });
}

function header(ws: ExcelJS.Worksheet, row: number, labels: string[]) {
  labels.forEach((l, i) => put(ws, row, i + 1, l, { bold: true, center: true, border: true, wrap: true }));
}

function setWidths(ws: ExcelJS.Worksheet, widths: number[]) {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function addAwardSheetA(wb: ExcelJS.Workbook, spec: UnitWorkbookSpec, s: Extract<AwardSheetSpec, { layout: "A" }>) {
  const ws = newSheet(wb, s.name);
  setWidths(ws, [6, 28, 36, 36, 30, 20]);
  const cols = 6;
  let r = titleBlock(ws, spec, cols, `DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG ${spec.periodUpper}`, spec.attachedTo);
  header(ws, r++, ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định", "Ghi chú"]);
  const section = (code: string, title: string) => {
    put(ws, r, 1, code, { bold: true, center: true, border: true });
    mergeText(ws, r, 2, cols, title, { bold: true, border: true });
    r++;
  };
  const list = (rows: AwardRowA[]) =>
    rows.forEach((a, i) => {
      put(ws, r, 1, i + 1, { center: true, border: true, numFmt: "#,##0" });
      [a.name, a.position, a.award, a.decision, a.note].forEach((v, c) => put(ws, r, c + 2, v, { border: true, wrap: true }));
      r++;
    });
  section("A", "TẬP THỂ");
  list(s.collectives);
  section("B", "CÁ NHÂN");
  list(s.individuals);
  signatureBlock(ws, spec, r + 1, cols);
}

function dateCell(ws: ExcelJS.Worksheet, row: number, col: number, d: DateValue) {
  if (typeof d === "string") put(ws, row, col, d, { border: true, center: true, numFmt: "@" });
  else put(ws, row, col, d.serial, { border: true, center: true, numFmt: "dd/mm/yyyy" });
}

function addAwardSheetB(wb: ExcelJS.Workbook, spec: UnitWorkbookSpec, s: Extract<AwardSheetSpec, { layout: "B" }>) {
  const ws = newSheet(wb, s.name);
  setWidths(ws, [6, 30, 24, 34, 16, 14, 14, 16]);
  const cols = 8;
  let r = titleBlock(ws, spec, cols, `DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG ${spec.periodUpper}`, spec.attachedTo);
  header(ws, r++, ["STT", "Tên tập thể, cá nhân", "Đơn vị", "Danh hiệu/Hình thức", "Số QĐ", "Ngày QĐ", "Tập thể/Cá nhân", "Loại khen thưởng"]);
  s.rows.forEach((a, i) => {
    put(ws, r, 1, i + 1, { center: true, border: true, numFmt: "#,##0" });
    put(ws, r, 2, a.name, { border: true, wrap: true });
    put(ws, r, 3, a.unit, { border: true, wrap: true });
    put(ws, r, 4, a.award, { border: true, wrap: true });
    put(ws, r, 5, a.number, { border: true, center: true });
    dateCell(ws, r, 6, a.date);
    put(ws, r, 7, a.kind, { border: true, center: true });
    put(ws, r, 8, a.occasion, { border: true, center: true });
    r++;
  });
  signatureBlock(ws, spec, r + 1, cols);
}

function addFiguresSheet(wb: ExcelJS.Workbook, spec: UnitWorkbookSpec, s: FiguresSheetSpec) {
  const ws = newSheet(wb, s.name);
  const cols = 7;
  let r = titleBlock(ws, spec, cols, `BIỂU TỔNG HỢP MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI ${spec.periodUpper}`, `(Kèm theo Báo cáo của ${spec.issuer})`);
  // column positions per layout (1-based)
  const B = s.layout === "B";
  const col = B
    ? { stt: 1, indicator: 2, plan: 3, actual: 4, percent: 5, measure: 6, note: 7 }
    : { stt: 1, indicator: 2, measure: 3, plan: 4, actual: 5, percent: 6, note: 7 };
  if (B) {
    setWidths(ws, [6, 44, 14, 14, 10, 10, 14]);
    header(ws, r, ["STT", "Chỉ tiêu", `Năm ${s.year}`, "", "", "ĐVT", "Ghi chú"]);
    header(ws, r + 1, ["", "", "Kế hoạch", "Thực hiện 6 tháng", "%", "", ""]);
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
    ws.mergeCells(r, 3, r, 5);
    ws.mergeCells(r, 6, r + 1, 6);
    ws.mergeCells(r, 7, r + 1, 7);
    r += 2;
  } else {
    setWidths(ws, [6, 44, 10, 14, 14, 12, 14]);
    header(ws, r++, ["STT", "Chỉ tiêu", "ĐVT", `Kế hoạch năm ${s.year}`, "Thực hiện 6 tháng", "Tỷ lệ (%) so với KH", "Ghi chú"]);
  }
  const firstBodyRow = r;
  s.rows.forEach((row, i) => {
    const r = firstBodyRow + i;
    for (let c = 1; c <= cols; c++) put(ws, r, c, null, { border: true });
    if ("section" in row) {
      put(ws, r, col.stt, row.section, { bold: true, center: true, border: true });
      put(ws, r, col.indicator, row.title, { bold: true, border: true });
    } else {
      const fmt = row.format ?? "#,##0";
      put(ws, r, col.stt, row.stt, { center: true, border: true });
      put(ws, r, col.indicator, row.indicator, { border: true, wrap: true });
      put(ws, r, col.measure, row.measure, { center: true, border: true });
      if (row.plan !== undefined) put(ws, r, col.plan, row.plan, { border: true, numFmt: fmt });
      if (row.actual !== undefined) {
        let children = 0;
        while (i + children + 1 < s.rows.length && (s.rows[i + children + 1] as { stt?: string }).stt === "-") children++;
        const a = colLetter(col.actual);
        const v: Value = row.sumOfChildren && children > 0 ? { formula: `SUM(${a}${r + 1}:${a}${r + children})`, result: row.actual } : row.actual;
        put(ws, r, col.actual, v, { border: true, numFmt: fmt });
      }
      if (row.percent !== undefined) {
        if (B) put(ws, r, col.percent, Math.round(row.percent * 10) / 1000, { border: true, numFmt: "0.0%" });
        else put(ws, r, col.percent, row.percent, { border: true, numFmt: "#,##0.0" });
      }
    }
  });
  signatureBlock(ws, spec, firstBodyRow + s.rows.length + 1, cols);
}

function addSummarySheet(wb: ExcelJS.Workbook, spec: UnitWorkbookSpec, s: SummarySheetSpec) {
  const ws = newSheet(wb, s.name);
  setWidths(ws, [6, 44, 12, 12, 16]);
  const cols = 5;
  let r = titleBlock(ws, spec, cols, `TỔNG HỢP KẾT QUẢ KHEN THƯỞNG ${spec.periodUpper}`);
  header(ws, r++, ["STT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "Ghi chú"]);
  const first = r;
  s.rows.forEach((x, i) => {
    put(ws, r, 1, i + 1, { center: true, border: true, numFmt: "#,##0" });
    put(ws, r, 2, x.award, { border: true, wrap: true });
    put(ws, r, 3, x.collectives, { center: true, border: true, numFmt: "#,##0" });
    put(ws, r, 4, x.individuals, { center: true, border: true, numFmt: "#,##0" });
    put(ws, r, 5, null, { border: true });
    r++;
  });
  const last = r - 1;
  const sum = (k: "collectives" | "individuals") => s.rows.reduce((a, x) => a + x[k], 0);
  put(ws, r, 1, null, { border: true });
  put(ws, r, 2, "Cộng", { bold: true, center: true, border: true });
  const total = (c: number, k: "collectives" | "individuals"): Value =>
    s.typedTotal ? s.typedTotal[k] : { formula: `SUM(${colLetter(c)}${first}:${colLetter(c)}${last})`, result: sum(k) };
  put(ws, r, 3, total(3, "collectives"), { bold: true, center: true, border: true, numFmt: "#,##0" });
  put(ws, r, 4, total(4, "individuals"), { bold: true, center: true, border: true, numFmt: "#,##0" });
  put(ws, r, 5, null, { border: true });
  signatureBlock(ws, spec, r + 2, cols);
}

function colLetter(c: number): string {
  return String.fromCharCode(64 + c);
}

/** A fixed moment for workbook properties, so generated files are byte-stable. */
export const FIXED_DATE = new Date(Date.UTC(2024, 5, 28, 8, 0, 0));

export function buildUnitWorkbook(spec: UnitWorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Tổng hợp TĐKT (mẫu)";
  wb.lastModifiedBy = "Tổng hợp TĐKT (mẫu)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (spec.awards?.layout === "A") addAwardSheetA(wb, spec, spec.awards);
  if (spec.awards?.layout === "B") addAwardSheetB(wb, spec, spec.awards);
  if (spec.figures) addFiguresSheet(wb, spec, spec.figures);
  if (spec.summary) addSummarySheet(wb, spec, spec.summary);
  return wb;
}

/** The registry of reporting units: "Danh mục đơn vị" with STT | Tên đơn vị | Loại. */
export function buildRegistryWorkbook(title: string, subtitle: string, units: { name: string; type: string }[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Tổng hợp TĐKT (mẫu)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = newSheet(wb, "Danh mục đơn vị");
  setWidths(ws, [6, 44, 14]);
  mergeText(ws, 1, 1, 3, title, { bold: true, center: true });
  mergeText(ws, 2, 1, 3, subtitle, { italic: true, center: true });
  header(ws, 4, ["STT", "Tên đơn vị", "Loại"]);
  units.forEach((u, i) => {
    put(ws, 5 + i, 1, i + 1, { center: true, border: true, numFmt: "#,##0" });
    put(ws, 5 + i, 2, u.name, { border: true });
    put(ws, 5 + i, 3, u.type, { border: true, center: true });
  });
  return wb;
}

/** Counts per award as listed (each row once, by its kind): what a unit's "Tổng hợp" should say. */
export function countAwards(awards: AwardSheetSpec): SummarySpecRow[] {
  const by = new Map<string, SummarySpecRow>();
  const add = (award: string, collective: boolean) => {
    const row = by.get(award) ?? { award, collectives: 0, individuals: 0 };
    if (collective) row.collectives++;
    else row.individuals++;
    by.set(award, row);
  };
  if (awards.layout === "A") {
    awards.collectives.forEach((a) => add(a.award, true));
    awards.individuals.forEach((a) => add(a.award, false));
  } else awards.rows.forEach((a) => add(a.award, a.kind === "Tập thể"));
  return [...by.values()];
}

/** CSV of a layout-B list, as a spreadsheet program exports it: title line, blank line, header, rows (UTF-8). */
export function awardListCsv(title: string, rows: AwardRowB[]): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const dateText = (d: DateValue) => (typeof d === "string" ? d : serialToDmy(d.serial));
  const lines = [
    [title, "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["STT", "Tên tập thể, cá nhân", "Đơn vị", "Danh hiệu/Hình thức", "Số QĐ", "Ngày QĐ", "Tập thể/Cá nhân", "Loại khen thưởng"],
    ...rows.map((a, i) => [String(i + 1), a.name, a.unit, a.award, a.number, dateText(a.date), a.kind, a.occasion]),
  ];
  return lines.map((l) => l.map(q).join(",")).join("\n") + "\n";
}

/** Excel serial (1900 system) for a calendar date. */
export function serialOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function serialToDmy(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/**
 * Workbook -> .xlsx bytes that are the same on every run: exceljs stamps each zip entry with the
 * current time, so every entry's DOS date/time is set to FIXED_DATE afterwards.
 */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = new Uint8Array((await wb.xlsx.writeBuffer()));
  return fixZipTimestamps(buf, FIXED_DATE);
}

export function fixZipTimestamps(zip: Uint8Array, when: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  // end of central directory: signature 0x06054b50 within the last 64 KB
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let e = 0; e < entries; e++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
