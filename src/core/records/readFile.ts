/**
 * One workbook -> ParsedFile and its ledger: every table of every sheet read into records, with the
 * findings the structural rules report and the rows skipped (and why). The sending unit is found
 * once per file, from the first title block that names one (sender.ts).
 */
import type { PlainError } from "../errors";
import { a1, colLetters, type Grid } from "../grid";
import { sheetClassOf, skippedRow } from "./common";
import type { FileLedger, Localized, SheetLedger, TableKind } from "../model";
import type { DetectedTable } from "../layout/detect";
import type { InferredRole } from "../layout/infer";
import { tablesOf } from "../layout/tablesOf";
import type { Finding, ParsedFile, ParsedSheet, RegistryUnit } from "../rules/rule";
import { readAwards } from "./awards";
import { readFigures } from "./figures";
import { readSummaries } from "./summaries";
import { readRegistry } from "./registry";
import { areasIn } from "../domain/areas";
import { awardFromTitle, decisionFromTitle, occasionFromTitle } from "./titles";
import { attachSender, senderClues, type FileRecords, type FileResult } from "./sender";
import type { LegacyDecoding } from "./legacy";
import { accountSheet, notReadFindings, rowsWithData, type TableOutcome, whyNoTable } from "./rowAccount";
import { isCodeListSheet, listsOfSheet, type CodeLookup } from "./lookups";
import { tableCodes } from "./codes";
import { RECORDS, ROW_SKIPPED } from "../i18n/records";

export interface FileInput {
  file: string;
  grids: Grid[];
  error?: PlainError;
  warnings?: Localized[];
}

/**
 * The hidden sheet in which a report made by this tool keeps the units' data: a workbook holding
 * it is our own output, never a unit's submission, and is not read again as one.
 */
export const REPORT_DATA_SHEET = "_tdkt_data";

/** The column a header-missing warning names, and the header a column read from its contents is given. */
const MISSING_TEXT = { award: "missing_award", actual: "missing_actual", counts: "missing_counts" } as const;
const INFERRED_TEXT: Record<InferredRole, Extract<keyof typeof RECORDS.templates, `inferred_${string}`>> = {
  name: "inferred_name",
  award: "inferred_award",
  decisionNumber: "inferred_decisionNumber",
  decisionDate: "inferred_decisionDate",
  actual: "inferred_actual",
  plan: "inferred_plan",
};

function ledgerColumns(table: DetectedTable): SheetLedger["columns"] {
  const out: SheetLedger["columns"] = {};
  for (const [role, col] of Object.entries(table.columns)) out[role as keyof SheetLedger["columns"]] = colLetters(col);
  return out;
}

/** One workbook read, its sender attached from the registry (the two steps of sender.ts at once). */
export function readFile(input: FileInput, registry: RegistryUnit[], legacy: LegacyDecoding[] = []): FileResult {
  return attachSender(readFileRecords(input, legacy), registry);
}

/** One workbook's records, ledger and title lines, its sender still to be attached (sender.ts). */
export function readFileRecords(input: FileInput, legacy: LegacyDecoding[] = []): FileRecords {
  const ledger: FileLedger = { file: input.file, sheets: [] };
  const parsed: ParsedFile = { file: input.file, ledger, sheets: [], findings: [] };
  const titles: string[] = [];
  if (input.error) {
    ledger.error = input.error;
    parsed.findings.push({ rule: "file-unreadable", data: { vi: input.error.message.vi, en: input.error.message.en } });
    return { parsed, ledger, titles, senderClues: [] };
  }
  for (const w of input.warnings ?? []) parsed.findings.push({ rule: "file-read-warning", data: { vi: w.vi, en: w.en } });
  if (input.grids.some((g) => g.sheet === REPORT_DATA_SHEET)) {
    parsed.findings.push({ rule: "file-read-warning", data: { ...RECORDS.t("ownReport") } });
    for (const g of input.grids) ledger.sheets.push({ sheet: g.sheet, kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [] });
    ledger.rowAccounts = input.grids.map((g) => accountSheet(g, [], "own-report"));
    return { parsed, ledger, titles, senderClues: [] };
  }
  // one finding for a file typed in TCVN3/VNI, else one per legacy sheet or column
  for (const d of legacy) {
    if (!d.scope) ledger.legacyEncoding = d.encoding;
    parsed.findings.push({ rule: "text-legacy-encoding", data: { ...d } });
  }
  // the sender is found once per file, once the registry is known (sender.ts): its title blocks are kept
  const detected = input.grids.map((grid) => ({ grid, tables: tablesOf(grid) }));
  const clues = senderClues(detected);
  // the sender's place among the ledger's keys, as before the two steps; attachSender fills it
  ledger.sender = undefined;
  /** the ledger line of a sheet in which legacy text alone was converted */
  const sheetLegacy = (sheet: string): Pick<SheetLedger, "legacy"> => {
    const here = legacy.filter((d) => d.scope && d.sheet === sheet);
    if (!here.length) return {};
    const columns = here.filter((d) => d.scope === "column").map((d) => d.column!);
    return { legacy: { encoding: here[0].encoding, ...(columns.length ? { columns } : {}) } };
  };

  // a sheet that is not data, by its name ("Hướng dẫn", "DANHMUC") or, for a look-up, by its
  // contents: one code list ("mahinhthuckt | tenhinhthuckt", "CANHAN | Khen thưởng cá nhân")
  const classOf = (grid: Grid, tables: DetectedTable[]) => sheetClassOf(grid.sheet) ?? (tables.every((t) => t.kind === "other") && isCodeListSheet(grid) ? "lookup" : undefined);
  const classes = detected.map(({ grid, tables }) => classOf(grid, tables));
  // the workbook's own look-up lists, for the code columns of its tables
  const lookup: CodeLookup = {
    lists: detected.flatMap(({ grid, tables }, i) => (classes[i] === "lookup" || tables.some((t) => t.body.some((b) => b.kind === "lookup")) ? listsOfSheet(grid) : [])),
  };

  ledger.rowAccounts = [];
  for (const [index, { grid, tables }] of detected.entries()) {
    // a sheet of instructions or a lookup list is classified, shown, and not counted (its sample
    // rows look like data); a registry table in it (a registry file's "Danh mục đơn vị") is read
    const sheetClass = classes[index];
    if (sheetClass && !tables.some((t) => t.kind === "registry")) {
      const rowKind = sheetClass === "instructions" ? "example" : "lookup";
      const skipped: SheetLedger["skipped"] = rowsWithData(grid).map((r) => skippedRow(r, rowKind));
      ledger.sheets.push({ sheet: grid.sheet, kind: "other", sheetClass, columns: {}, rowsRead: 0, rowsSkipped: skipped.length, skipped, ...sheetLegacy(grid.sheet) });
      ledger.rowAccounts.push(accountSheet(grid, [], rowKind));
      continue;
    }
    if (tables.length === 0) {
      ledger.sheets.push({ sheet: grid.sheet, kind: "other", columns: {}, rowsRead: 0, rowsSkipped: 0, skipped: [], ...sheetLegacy(grid.sheet) });
      // say so when the sheet holds something: a unit's list whose header was not recognised
      // must not vanish silently (blank sheets say nothing)
      const account = accountSheet(grid, []);
      ledger.rowAccounts.push(account);
      if (account.rowsWithData > 0) {
        const why = whyNoTable(grid);
        parsed.sheets.push({ file: input.file, sheet: grid.sheet, kind: "other", awards: [], figures: [], summaries: [], findings: [{ rule: "sheet-no-table", data: { sheet: grid.sheet, rows: account.rowsWithData, whyVi: why.vi, whyEn: why.en } }] });
      }
      continue;
    }
    // what each table gave, for the sheet's row account
    const outcomes: TableOutcome[] = [];
    let lastSheet: ParsedSheet | undefined;
    for (const table of tables) {
      // records are made without their sender (attachSender writes it in, the registry known)
      const ctx = { file: input.file, sheet: grid.sheet, sender: undefined };
      titles.push(...table.titleLines);
      const sheet: ParsedSheet = { file: input.file, sheet: grid.sheet, kind: table.kind, awards: [], figures: [], summaries: [], findings: [] };
      const header = `${a1(table.headerTop, table.firstCol)}:${a1(table.headerBottom, table.lastCol)}`;
      const missing = (what: keyof typeof MISSING_TEXT, extra: Record<string, string> = {}): Finding => ({
        rule: "header-missing",
        cell: a1(table.headerTop, table.firstCol),
        data: { header, missingVi: RECORDS.text("vi", MISSING_TEXT[what]), missingEn: RECORDS.text("en", MISSING_TEXT[what]), ...extra },
      });
      for (const inf of table.inferred ?? []) {
        const text = RECORDS.t(INFERRED_TEXT[inf.role]);
        sheet.findings.push({
          rule: "header-missing",
          cell: a1(table.headerTop, inf.col),
          data: { header, column: colLetters(inf.col), headerText: inf.headerText, inferredVi: text.vi, inferredEn: text.en },
        });
      }
      let result: { findings: Finding[]; skipped: SheetLedger["skipped"]; count: number; codes?: SheetLedger["codes"] } = { findings: [], skipped: [], count: 0 };
      const kind: TableKind = table.kind;
      if (kind === "awards") {
        // a MATRIX table names its awards in the header: it has no award column to miss
        const noAwardColumn = table.columns.award === undefined && !table.matrix;
        const titleAward = noAwardColumn ? awardFromTitle(table.titleLines) : undefined;
        // the list attached to one decision ("Kèm theo Quyết định số ...") states its award in the
        // title by design: nothing is missing there (a list attached to a report still lacks it)
        const decisionAnnex = !!titleAward && !!decisionFromTitle(table.titleLines)?.number;
        if (noAwardColumn && !decisionAnnex) sheet.findings.push(missing("award", titleAward ? { titleAward } : {}));
        const codes = tableCodes(grid, table, lookup);
        const r = readAwards(grid, table, ctx, { titleAward, titleOccasion: occasionFromTitle(table.titleLines), codes });
        sheet.awards = r.records;
        result = { findings: r.findings, skipped: r.skipped, count: r.records.length, codes: codes.ledger() };
      } else if (kind === "figures") {
        const hasActual = table.transposed ? table.transposed.lines.actual !== undefined : table.columns.actual !== undefined || table.crossTab?.axis === "units";
        if (!hasActual) sheet.findings.push(missing("actual"));
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
        result.skipped = table.body.filter((b) => b.kind !== "blank").map((b) => (b.kind === "item" ? { row: b.row + 1, kind: b.kind, reason: ROW_SKIPPED.t("unknownTable") } : skippedRow(b.row, b.kind)));
      }
      sheet.findings.push(...result.findings);
      // an instruction's example table is meant to hold no data
      if (kind !== "other" && kind !== "registry" && result.count === 0 && !table.body.some((b) => b.kind === "example"))
        sheet.findings.push({ rule: "table-empty", cell: a1(table.headerTop, table.firstCol), data: { header } });
      parsed.sheets.push(sheet);
      lastSheet = sheet;
      const recordRows = new Set<number>([...sheet.awards, ...sheet.figures, ...sheet.summaries].map((rec) => rec.ref.row - 1));
      outcomes.push({ table, recordRows, registry: kind === "registry" });
      ledger.sheets.push({
        sheet: grid.sheet,
        kind,
        header,
        columns: ledgerColumns(table),
        rowsRead: result.count,
        rowsSkipped: result.skipped.length,
        skipped: result.skipped,
        ...(result.codes?.length ? { codes: result.codes } : {}),
        ...sheetLegacy(grid.sheet),
      });
    }
    const account = accountSheet(grid, outcomes);
    ledger.rowAccounts.push(account);
    lastSheet?.findings.push(...notReadFindings(account, tables[0].firstCol));
  }
  const areas = [...new Set(titles.flatMap(areasIn))];
  if (areas.length) ledger.titleAreas = areas;
  return { parsed, ledger, titles, senderClues: clues };
}

