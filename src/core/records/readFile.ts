/**
 * One workbook -> ParsedFile and its ledger: every table of every sheet read into records, with the
 * findings the structural rules report and the rows skipped (and why). The sending unit is found
 * once per file, from the first title block that names one.
 */
import { a1, colLetters, type Grid } from "../grid";
import type { FileLedger, Localized, SheetLedger, TableKind } from "../model";
import type { DetectedTable } from "../layout/detect";
import { tablesOf } from "../layout/tablesOf";
import type { Finding, ParsedFile, ParsedSheet, RegistryUnit } from "../rules/rule";
import { readAwards } from "./awards";
import { readFigures } from "./figures";
import { readSummaries } from "./summaries";
import { readRegistry } from "./registry";
import { awardFromTitle, decisionFromTitle, detectSender, occasionFromTitle, titleCells } from "./titles";
import type { LegacyDecoding } from "./legacy";

export interface FileInput {
  file: string;
  grids: Grid[];
  error?: Localized;
  warnings?: Localized[];
}

/**
 * The hidden sheet in which a report made by this tool keeps the units' data: a workbook holding
 * it is our own output, never a unit's submission, and is not read again as one.
 */
export const REPORT_DATA_SHEET = "_tdkt_data";

const MISSING_TEXT: Record<string, { vi: string; en: string }> = {
  award: { vi: "Hình thức khen thưởng", en: "award" },
  actual: { vi: "Thực hiện", en: "actual figure" },
  counts: { vi: "Tập thể / Cá nhân", en: "counts" },
};

function ledgerColumns(table: DetectedTable): SheetLedger["columns"] {
  const out: SheetLedger["columns"] = {};
  for (const [role, col] of Object.entries(table.columns)) out[role as keyof SheetLedger["columns"]] = colLetters(col as number);
  return out;
}

const OWN_REPORT: Localized = {
  vi: "Đây là báo cáo tổng hợp do Tổng hợp TĐKT tạo ra, không phải tệp của đơn vị: không đọc lại để tránh cộng hai lần.",
  en: "This is a report made by Tổng hợp TĐKT, not a unit's file: it is not read again, so nothing is counted twice.",
};

export function readFile(input: FileInput, registry: RegistryUnit[], legacy?: LegacyDecoding): { parsed: ParsedFile; ledger: FileLedger; titles: string[] } {
  const ledger: FileLedger = { file: input.file, sheets: [] };
  const parsed: ParsedFile = { file: input.file, ledger, sheets: [], findings: [] };
  const titles: string[] = [];
  if (input.error) {
    ledger.error = input.error;
    parsed.findings.push({ rule: "file-unreadable", data: { vi: input.error.vi, en: input.error.en } });
    return { parsed, ledger, titles };
  }
  for (const w of input.warnings ?? []) parsed.findings.push({ rule: "file-read-warning", data: { vi: w.vi, en: w.en } });
  if (input.grids.some((g) => g.sheet === REPORT_DATA_SHEET)) {
    parsed.findings.push({ rule: "file-read-warning", data: { ...OWN_REPORT } });
    for (const g of input.grids) ledger.sheets.push({ sheet: g.sheet, kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [] });
    return { parsed, ledger, titles };
  }
  if (legacy) {
    ledger.legacyEncoding = legacy.encoding;
    parsed.findings.push({ rule: "text-legacy-encoding", data: { ...legacy } });
  }
  // the sender is found once per file: the first title block that names one
  let fileSender: string | undefined;
  const detected = input.grids.map((grid) => ({ grid, tables: tablesOf(grid) }));
  for (const { grid, tables } of detected) {
    for (const t of tables) {
      if (t.kind === "registry" || t.kind === "other") continue; // a registry names units, it is not sent by one
      const cells = titleCells(grid, 0, t.headerTop);
      const s = detectSender(cells, t.firstCol, t.lastCol, registry);
      if (s) {
        fileSender = s;
        break;
      }
    }
    if (fileSender) break;
  }
  ledger.sender = fileSender;

  for (const { grid, tables } of detected) {
    if (tables.length === 0) {
      ledger.sheets.push({ sheet: grid.sheet, kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [] });
      // say so when the sheet holds something: a unit's list whose header was not recognised
      // must not vanish silently (blank sheets say nothing)
      const filled = grid.cells.reduce((n, row) => n + (row ?? []).filter((c) => c !== undefined).length, 0);
      if (filled > 0) parsed.sheets.push({ file: input.file, sheet: grid.sheet, kind: "other", awards: [], figures: [], summaries: [], findings: [{ rule: "sheet-no-table", data: { cells: filled } }] });
      continue;
    }
    for (const table of tables) {
      const ctx = { file: input.file, sheet: grid.sheet, sender: fileSender };
      titles.push(...table.titleLines);
      const sheet: ParsedSheet = { file: input.file, sheet: grid.sheet, kind: table.kind, awards: [], figures: [], summaries: [], findings: [] };
      const header = `${a1(table.headerTop, table.firstCol)}:${a1(table.headerBottom, table.lastCol)}`;
      const missing = (what: keyof typeof MISSING_TEXT, extra: Record<string, string> = {}): Finding => ({
        rule: "header-missing",
        cell: a1(table.headerTop, table.firstCol),
        data: { header, missingVi: MISSING_TEXT[what].vi, missingEn: MISSING_TEXT[what].en, ...extra },
      });
      let result: { findings: Finding[]; skipped: SheetLedger["skipped"]; count: number } = { findings: [], skipped: [], count: 0 };
      const kind: TableKind = table.kind;
      if (kind === "awards") {
        // a MATRIX table names its awards in the header: it has no award column to miss
        const noAwardColumn = table.columns.award === undefined && !table.matrix;
        const titleAward = noAwardColumn ? awardFromTitle(table.titleLines) : undefined;
        // the list attached to one decision ("Kèm theo Quyết định số ...") states its award in the
        // title by design: nothing is missing there (a list attached to a report still lacks it)
        const decisionAnnex = !!titleAward && !!decisionFromTitle(table.titleLines)?.number;
        if (noAwardColumn && !decisionAnnex) sheet.findings.push(missing("award", titleAward ? { titleAward } : {}));
        const r = readAwards(grid, table, ctx, { titleAward, titleOccasion: occasionFromTitle(table.titleLines) });
        sheet.awards = r.records;
        result = { findings: r.findings, skipped: r.skipped, count: r.records.length };
      } else if (kind === "figures") {
        if (table.columns.actual === undefined) sheet.findings.push(missing("actual"));
        const r = readFigures(grid, table, ctx);
        sheet.figures = r.records;
        result = { findings: r.findings, skipped: r.skipped, count: r.records.length };
      } else if (kind === "award-summary") {
        const r = readSummaries(grid, table, ctx);
        sheet.summaries = r.records;
        result = { findings: r.findings, skipped: r.skipped, count: r.records.length };
      } else if (kind === "registry") {
        const units = readRegistry(grid, table);
        result = { findings: [], skipped: [], count: units.length };
      } else {
        result.skipped = table.body.filter((b) => b.kind !== "blank").map((b) => ({ row: b.row + 1, kind: b.kind, reason: { vi: "bảng không nhận ra loại", en: "table of unknown kind" } }));
      }
      sheet.findings.push(...result.findings);
      if (kind !== "other" && kind !== "registry" && result.count === 0)
        sheet.findings.push({ rule: "table-empty", cell: a1(table.headerTop, table.firstCol), data: { header } });
      parsed.sheets.push(sheet);
      ledger.sheets.push({
        sheet: grid.sheet,
        kind,
        header,
        columns: ledgerColumns(table),
        rowsRead: result.count,
        rowsSkipped: result.skipped.length,
        skipped: result.skipped,
      });
    }
  }
  return { parsed, ledger, titles };
}

