/**
 * The two writers draw one plan alike. The demo samples (samples/demo, made by
 * scripts/make-samples.ts) are consolidated once; the plan of that report is drawn into the Excel
 * double (the pane's all-or-nothing write, with the units' data) and into an .xlsx file (the CLI's
 * writer, the data embedded as `tdkt consolidate` does), and the file is read back with SheetJS —
 * and with exceljs for what SheetJS does not read (frozen rows, fonts, print setup). Every sheet's
 * name, cells (values and number formats), merged areas, column widths, row heights, frozen rows,
 * bold and italic cells, and print setup must be the same both ways.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { analyze } from "../../src/core/engine";
import { buildReport } from "../../src/core/report-build";
import { planReport, type ReportPlan } from "../../src/core/report-plan";
import { dataSheetCells } from "../../src/core/submissions/dataSheet";
import { readInput } from "../../src/cli/files";
import { POINTS_PER_CHAR } from "../../src/excel/drawing";
import { writeReportPlan } from "../../src/excel/writing";
import { embedReportData, reportDataFromAnalysis } from "../../src/files/reportData";
import { drawReportXlsx } from "../../src/files/writeReportXlsx";
import { contextFor, workbookFromGrids, type SheetModel, type WorkbookModel } from "../excel/excelDouble";

const DEMO = resolve(__dirname, "../../samples/demo");
const DEMO_FILES = readdirSync(DEMO).filter((f) => /\.(xlsx|xls|csv)$/i.test(f));
const DATA = "_tdkt_data";

type Cells = Record<string, { v: string | number | boolean; z: string }>;

let plan: ReportPlan;
let excel: WorkbookModel;
let sheetjs: XLSX.WorkBook;
let exceljs: ExcelJS.Workbook;

beforeAll(async () => {
  const analysis = analyze(DEMO_FILES.map((f) => readInput(join(DEMO, f))), {});
  const report = buildReport(analysis, { lang: "vi", period: analysis.period, registry: analysis.registry });
  plan = planReport(report);
  const data = await reportDataFromAnalysis(analysis, "2026-12-01");

  excel = workbookFromGrids([]);
  await writeReportPlan(contextFor(excel), plan, { data: (reportSheets) => dataSheetCells({ ...data, reportSheets }) });

  const bytes = await embedReportData(await drawReportXlsx(plan, report.title), data, { recordReportSheets: true });
  sheetjs = XLSX.read(bytes, { type: "array", cellNF: true, cellStyles: true });
  exceljs = new ExcelJS.Workbook();
  await exceljs.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
}, 300_000);

function excelCells(s: SheetModel): Cells {
  const out: Cells = {};
  for (const [k, c] of s.cells) if (c.v !== "") out[k] = { v: c.v, z: c.z ?? "General" };
  return out;
}

function fileCells(ws: XLSX.WorkSheet): Cells {
  const out: Cells = {};
  for (const [a, c] of Object.entries(ws)) {
    if (a.startsWith("!")) continue;
    const { r, c: col } = XLSX.utils.decode_cell(a);
    const cell = c as XLSX.CellObject;
    if (cell.v === undefined || cell.v === "") continue;
    out[`${r},${col}`] = { v: cell.v as string | number | boolean, z: String(cell.z ?? "General") };
  }
  return out;
}

const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();

test("the same sheets, in the same order, the data sheet last and very hidden in both", () => {
  const names = [...plan.sheets.map((s) => s.name), DATA];
  expect(plan.sheets.length).toBeGreaterThanOrEqual(9);
  expect(excel.sheets.map((s) => s.name)).toEqual(names);
  expect(sheetjs.SheetNames).toEqual(names);
  expect(excel.sheet(DATA).visibility).toBe("VeryHidden");
  expect(exceljs.getWorksheet(DATA)?.state).toBe("veryHidden");
});

test("every sheet: the same cells, values and number formats", () => {
  for (const name of [...plan.sheets.map((s) => s.name), DATA]) {
    const pane = excelCells(excel.sheet(name));
    const file = fileCells(sheetjs.Sheets[name]);
    expect({ name, count: Object.keys(file).length > 0 }).toEqual({ name, count: true });
    expect({ name, cells: file }).toEqual({ name, cells: pane });
  }
  // the report has numbers under their formats and texts under "@", both ways
  const summary = excelCells(excel.sheet(plan.sheets[0].name));
  expect(Object.values(summary).some((c) => typeof c.v === "number" && c.z === "#,##0")).toBe(true);
  expect(Object.values(summary).some((c) => typeof c.v === "string" && c.z === "@")).toBe(true);
});

test("every sheet: the same merged areas, column widths and row heights", () => {
  for (const s of plan.sheets) {
    const pane = excel.sheet(s.name);
    const ws = sheetjs.Sheets[s.name];
    const fileMerges = (ws["!merges"] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
    expect({ name: s.name, merges: sorted(fileMerges) }).toEqual({ name: s.name, merges: sorted(pane.merges) });
    const fileWidths = (ws["!cols"] ?? []).map((c) => c?.width);
    const paneWidths = Array.from({ length: s.style.lastCol + 1 }, (_, c) => (pane.columnWidths.get(c) ?? 0) / POINTS_PER_CHAR);
    expect({ name: s.name, widths: fileWidths.slice(0, paneWidths.length) }).toEqual({ name: s.name, widths: paneWidths });
    const fileHeights = (ws["!rows"] ?? []).flatMap((r, i) => (r?.hpt ? [[i, r.hpt]] : []));
    expect({ name: s.name, heights: fileHeights }).toEqual({ name: s.name, heights: [...pane.rowHeights].sort((a, b) => a[0] - b[0]) });
  }
  expect(plan.sheets.some((s) => s.style.merges.length > 0 && s.style.heights.length > 0)).toBe(true);
});

test("every sheet: the same frozen rows, bold and italic cells, and print setup", () => {
  for (const s of plan.sheets) {
    const pane = excel.sheet(s.name);
    const ws = exceljs.getWorksheet(s.name)!;
    const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
    expect({ name: s.name, frozen: view?.state === "frozen" ? view.ySplit : 0 }).toEqual({ name: s.name, frozen: pane.frozenRows });
    const styled = (key: "bold" | "italic") => {
      const pane = new Set<string>();
      const file = new Set<string>();
      for (const [k, c] of excel.sheet(s.name).cells) if (c.font?.[key]) pane.add(k);
      ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => void (cell.font?.[key] && file.add(`${r - 1},${c - 1}`))));
      return { pane: [...pane].sort(), file: [...file].sort() };
    };
    for (const key of ["bold", "italic"] as const) {
      const { pane: p, file: f } = styled(key);
      // a merged area's covered cells take its first cell's font in the file: compare the cells the pane styled
      expect({ name: s.name, key, missing: p.filter((k) => !f.includes(k)) }).toEqual({ name: s.name, key, missing: [] });
    }
    const page = pane.pageLayout;
    const setup = ws.pageSetup;
    expect({ name: s.name, orientation: String(page.orientation).toLowerCase(), paper: page.paperSize }).toEqual({ name: s.name, orientation: setup.orientation, paper: "A4" });
    expect(setup.paperSize).toBe(9);
    const fit = (page.zoom as { horizontalFitToPages?: number; scale?: number }).horizontalFitToPages === 1;
    expect({ name: s.name, fit }).toEqual({ name: s.name, fit: Boolean(setup.fitToPage) });
    const rows = page.printTitleRows as { r0: number; r1: number } | undefined;
    expect({ name: s.name, titles: rows ? `${rows.r0 + 1}:${rows.r1 + 1}` : undefined }).toEqual({ name: s.name, titles: setup.printTitlesRow });
    expect(page["headersFooters.defaultForAllPages.centerFooter"]).toBe(ws.headerFooter.oddFooter?.replace(/^&C/, ""));
    expect(page["headersFooters.firstPage.centerHeader"]).toBe(ws.headerFooter.firstHeader?.replace(/^&C/, ""));
    expect(page.margins).toMatchObject({ unit: "Inches", ...setup.margins });
  }
});
