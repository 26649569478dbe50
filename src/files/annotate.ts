/**
 * "Gửi lại đơn vị": a copy of a unit's own workbook with every problem marked where it is — the cell
 * filled (red for an error, yellow for a warning, blue for a note), a cell note in Vietnamese saying
 * what is wrong and how to fix it — and a first sheet "Kết quả kiểm tra" listing every problem.
 *
 * The unit's layout is kept: an .xlsx is loaded with exceljs and only the marked cells' fill and note
 * change. exceljs cannot read .xls / .ods / .csv, so for those the copy is rebuilt as .xlsx from the
 * Grid the reader produced (values, formulas with their results, number formats, merges, hidden rows;
 * not fonts, colours or column widths) and the first sheet says so.
 *
 * Bytes in, bytes out: no Node API, so the task pane can call it with exceljs's browser build.
 */
import ExcelJS from "exceljs";
import { ALL_RULES } from "../core/engine";
import { parseA1, rangeA1, type Grid } from "../core/grid";
import type { AwardRecord, Issue, Lang, Localized, Severity } from "../core/model";
import type { ParsedFile } from "../core/rules/rule";
import { ANNOTATE, ANNOTATE_HEADERS } from "../core/i18n/annotate";
import { readWorkbook } from "./readWorkbook";
import { safeSheetName } from "./writeReportXlsx";


/** The first sheet of a copy, listing the problems ("Kết quả kiểm tra" in a Vietnamese copy). */
export const RESULT_SHEET = ANNOTATE.text("vi", "sheetName");

export interface AnnotateOptions {
  lang?: Lang;
  /**
   * The Grids already read from this file (the CLI and the pane have them): used to rebuild a
   * non-.xlsx file. For a TCVN3/VNI file these hold the text already converted to Unicode.
   */
  grids?: Grid[];
  /** the file's records, to also mark the award cell of a row reported at its name cell */
  parsed?: ParsedFile;
  /** fix text per rule id; defaults to the rule catalogue's meta.fix */
  fixes?: Record<string, Localized>;
}

export interface AnnotatedCopy {
  /** "<original name> - kiem tra.xlsx" */
  fileName: string;
  bytes: Uint8Array;
  /** true when the copy was rebuilt from the Grid (the source was not .xlsx) */
  rebuilt: boolean;
  /** cells that got a note */
  cellsMarked: number;
  issues: number;
}

const FILL: Record<Severity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };
const DEFAULT_FIXES: Record<string, Localized> = Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, r.meta.fix]));

/** "02-xa-quai-cang.xlsx" -> "02-xa-quai-cang - kiem tra.xlsx" (no folder, any extension). */
export function annotatedName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return `${base.replace(/\.(xlsx|xlsm|xlsb|xls|ods|fods|csv)$/i, "")} - kiem tra.xlsx`;
}

/** Rules whose issue is at a row's name cell but is about its award: mark the award cell too. */
const AWARD_ROW_RULES = new Set(["award-duplicate", "award-prerequisite", "award-ratio"]);

interface Mark {
  sheet: string;
  cell: string;
}

/** "Sheet!A1" or "file | Sheet!A1" -> the place, when it is in this file. */
function relatedInFile(ref: string, file: string): Mark | null {
  const bar = ref.lastIndexOf(" | ");
  if (bar >= 0 && ref.slice(0, bar) !== file) return null;
  const rest = bar >= 0 ? ref.slice(bar + 3) : ref;
  const bang = rest.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = rest.slice(0, bang).replace(/^'|'$/g, "");
  const cell = rest.slice(bang + 1);
  return parseA1(cell) ? { sheet, cell } : null;
}

function awardCellOfRow(parsed: ParsedFile | undefined, sheet: string, cell: string): string | undefined {
  const at = parseA1(cell);
  if (!parsed || !at) return undefined;
  const s = parsed.sheets.find((x) => x.sheet === sheet);
  const record: AwardRecord | undefined = s?.awards.find((r) => r.ref.row === at.row + 1);
  return record?.cells.award;
}

/** Every cell an issue should be marked at, in this file. */
export function marksOf(issue: Issue, file: string, parsed?: ParsedFile): Mark[] {
  if (!issue.cell || !issue.sheet) return [];
  const marks: Mark[] = [{ sheet: issue.sheet, cell: issue.cell }];
  for (const r of issue.related ?? []) {
    const m = relatedInFile(r, file);
    if (m) marks.push(m);
  }
  if (AWARD_ROW_RULES.has(issue.rule))
    for (const m of [...marks]) {
      const award = awardCellOfRow(parsed, m.sheet, m.cell);
      if (award) marks.push({ sheet: m.sheet, cell: award });
    }
  const seen = new Set<string>();
  return marks.filter((m) => {
    const k = `${m.sheet}!${m.cell}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function noteText(issue: Issue, lang: Lang, fixes: Record<string, Localized>): string {
  const fix = fixes[issue.rule];
  return `[${ANNOTATE.text(lang, `severity_${issue.severity}`)}] ${issue.message[lang]}${fix ? `\n${ANNOTATE.text(lang, "fixLabel")}: ${fix[lang]}` : ""}`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Fill and note every marked cell; several issues at one cell share one note. */
function markCells(wb: ExcelJS.Workbook, issues: Issue[], file: string, lang: Lang, fixes: Record<string, Localized>, parsed?: ParsedFile): number {
  const byCell = new Map<string, { mark: Mark; notes: string[]; severity: Severity }>();
  for (const issue of issues)
    for (const mark of marksOf(issue, file, parsed)) {
      const k = `${mark.sheet}!${mark.cell}`;
      const entry = byCell.get(k) ?? { mark, notes: [], severity: issue.severity };
      entry.notes.push(noteText(issue, lang, fixes));
      if (SEVERITY_RANK[issue.severity] < SEVERITY_RANK[entry.severity]) entry.severity = issue.severity;
      byCell.set(k, entry);
    }
  let marked = 0;
  for (const { mark, notes, severity } of byCell.values()) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws) continue;
    const cell = ws.getCell(mark.cell);
    // a fresh style object: a loaded workbook shares style objects between cells
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: FILL[severity] } } };
    cell.note = { texts: [{ text: notes.join("\n\n") }] };
    marked++;
  }
  return marked;
}

/** An .xlsx workbook rebuilt from Grids: values, formulas with results, number formats, merges, hidden rows. */
function workbookFromGrids(grids: Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const g of grids) {
    const ws = wb.addWorksheet(safeSheetName(g.sheet, taken));
    const widths: number[] = [];
    g.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c) return;
        const cell = ws.getCell(r + 1, col + 1);
        const result = c.t === "e" ? { error: String(c.v) } : c.v;
        // text stays text: a value starting with "=" is only a formula when the source said so
        cell.value = (c.f ? { formula: c.f, result } : c.t === "e" ? { error: String(c.v) } : c.v) as ExcelJS.CellValue;
        if (c.z && c.z !== "General") cell.numFmt = c.z;
        const shown = (c.w ?? String(c.v)).length;
        widths[col] = Math.max(widths[col] ?? 0, Math.min(shown, 50));
      }),
    );
    for (const m of g.merges) if (m.r1 > m.r0 || m.c1 > m.c0) ws.mergeCells(rangeA1(m));
    for (const r of g.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    // merged title cells would make their column huge: a merged cell's text does not size its column
    const inMerge = (r: number, c: number) => g.merges.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1 && m.c1 > m.c0);
    widths.forEach((_, col) => {
      let w = 0;
      g.cells.forEach((row, r) => {
        const c = row?.[col];
        if (c && !inMerge(r, col)) w = Math.max(w, Math.min((c.w ?? String(c.v)).length, 50));
      });
      ws.getColumn(col + 1).width = Math.max(6, w + 2);
    });
  }
  return wb;
}

function addResultSheet(wb: ExcelJS.Workbook, issues: Issue[], fileName: string, lang: Lang, fixes: Record<string, Localized>, extra: string[]) {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const ws = wb.addWorksheet(safeSheetName(ANNOTATE.text(lang, "sheetName"), taken));
  // first tab: before every sheet of the unit's
  // (orderNo is how exceljs orders sheets; its typings leave it out)
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  order(ws).orderNo = Math.min(0, ...wb.worksheets.map((w) => order(w).orderNo)) - 1;
  const font = { name: "Times New Roman", size: 12 };
  const widths = [6, 20, 10, 24, 10, 70, 60];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const lines = [ANNOTATE.text(lang, "title"), ANNOTATE.text(lang, "file", { file: fileName }), ANNOTATE.text(lang, "count", { n: issues.length }), ...extra, ANNOTATE.text(lang, "send")];
  let r = 1;
  for (const line of lines) {
    const c = ws.getCell(r, 1);
    c.value = line;
    c.font = { ...font, bold: r === 1, size: r === 1 ? 14 : 12 };
    c.alignment = { wrapText: true, vertical: "top" };
    ws.mergeCells(r, 1, r, widths.length);
    if (r > 1) ws.getRow(r).height = 32;
    r++;
  }
  r++;
  const border: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  ANNOTATE_HEADERS.map((k) => ANNOTATE.text(lang, k)).forEach((h, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = h;
    c.font = { ...font, bold: true };
    c.border = border;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  const headerRow = r;
  r++;
  issues.forEach((issue, i) => {
    const sheetExists = !!(issue.sheet && wb.getWorksheet(issue.sheet));
    const values: ExcelJS.CellValue[] = [
      i + 1,
      issue.sheet ?? "",
      issue.cell
        ? sheetExists
          ? { text: issue.cell, hyperlink: `#'${issue.sheet!.replace(/'/g, "''")}'!${issue.cell}` }
          : issue.cell
        : ANNOTATE.text(lang, "wholeFile"),
      issue.rule,
      ANNOTATE.text(lang, `severity_${issue.severity}`),
      issue.message[lang],
      fixes[issue.rule]?.[lang] ?? "",
    ];
    values.forEach((v, j) => {
      const c = ws.getCell(r, j + 1);
      c.value = v;
      c.font = j === 2 && typeof v === "object" ? { ...font, color: { argb: "FF0563C1" }, underline: true } : font;
      c.border = border;
      c.alignment = { vertical: "top", wrapText: j >= 5 };
    });
    ws.getCell(r, 5).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[issue.severity] } };
    r++;
  });
  ws.views = [{ state: "frozen", ySplit: headerRow, tabSelected: true } as unknown as ExcelJS.WorksheetView];
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  // open on this sheet, with no other tab selected (two selected tabs would group the sheets)
  for (const other of wb.worksheets) if (other !== ws) other.views = (other.views ?? []).map((v) => ({ ...v, tabSelected: false }) as unknown as ExcelJS.WorksheetView);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
}

function isXlsx(bytes: Uint8Array, fileName: string): boolean {
  // a zip (PK..) named .xlsx/.xlsm; an .ods is a zip too but exceljs cannot read it
  return bytes[0] === 0x50 && bytes[1] === 0x4b && /\.(xlsx|xlsm)$/i.test(fileName);
}

function formatName(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  return m ? "." + m[1].toLowerCase() : "?";
}

/**
 * The annotated copy of one unit's file. `issues` are the issues of this file (issue.file equal to
 * `fileName`); issues of other files are ignored. The original bytes are never modified.
 */
export async function annotateWorkbook(bytes: Uint8Array, fileName: string, issues: Issue[], options: AnnotateOptions = {}): Promise<AnnotatedCopy> {
  const lang = options.lang ?? "vi";
  const fixes = { ...DEFAULT_FIXES, ...options.fixes };
  const mine = issues.filter((i) => i.file === fileName);
  const extra: string[] = [];
  let wb: ExcelJS.Workbook | undefined;
  if (isXlsx(bytes, fileName)) {
    try {
      wb = new ExcelJS.Workbook();
      // exceljs may keep a reference to the buffer it was given: give it a copy
      await wb.xlsx.load(bytes.slice().buffer);
    } catch {
      wb = undefined;
    }
  }
  const rebuilt = !wb;
  if (!wb) {
    const grids = options.grids ?? readWorkbook(bytes, fileName).grids;
    wb = workbookFromGrids(grids);
    extra.push(ANNOTATE.text(lang, "rebuilt", { format: formatName(fileName) }));
    if (mine.some((i) => i.rule === "text-legacy-encoding") && options.grids) extra.push(ANNOTATE.text(lang, "legacy"));
  }
  const cellsMarked = markCells(wb, mine, fileName, lang, fixes, options.parsed);
  addResultSheet(wb, mine, fileName.split(/[\\/]/).pop() ?? fileName, lang, fixes, extra);
  const out = new Uint8Array((await wb.xlsx.writeBuffer()));
  return { fileName: annotatedName(fileName), bytes: out, rebuilt, cellsMarked, issues: mine.length };
}


