/**
 * The engine: workbooks (as Grids) -> tables -> records -> issues, and -> the report.
 * Pure: the CLI, the task pane and the tests call it with Grids they obtained elsewhere.
 */
import { a1, type Grid } from "./grid";
import type { FileLedger, Issue, Localized, SheetLedger, TableKind } from "./model";
import { colLetters } from "./grid";
import { detectTables, type DetectedTable } from "./layout/detect";
import { readAwards } from "./records/awards";
import { readFigures } from "./records/figures";
import { readSummaries } from "./records/summaries";
import { readRegistry } from "./records/registry";
import { awardFromTitle, detectSender, occasionFromTitle, periodFromTitle, titleCells } from "./records/titles";
import type { CheckOptions, Finding, ParsedFile, ParsedSheet, RegistryUnit, Rule } from "./rules/rule";
import { STRUCTURAL_RULES } from "./rules/structural";
import { runRules as runRuleSet, TDKT_RULES } from "./rules";
import { decodeLegacy, detectLegacyEncoding } from "./text/legacy";

export interface WorkbookInput {
  file: string;
  grids: Grid[];
  /** why the file could not be read (the reader's message); the other files go on */
  error?: Localized;
}

export interface Analysis {
  files: ParsedFile[];
  ledger: FileLedger[];
  issues: Issue[];
  /** the registry used: given in the options, or found among the inputs */
  registry: RegistryUnit[];
  /** the reporting period: given, or guessed from the titles */
  period?: { from: string; to: string };
  periodGuessed?: boolean;
}

export { buildReport, type ReportOptions } from "./report-build";

export const ALL_RULES: Rule[] = [...STRUCTURAL_RULES, ...TDKT_RULES];

const MISSING_TEXT: Record<string, { vi: string; en: string }> = {
  award: { vi: "Hình thức khen thưởng", en: "award" },
  actual: { vi: "Thực hiện", en: "actual figure" },
  counts: { vi: "Tập thể / Cá nhân", en: "counts" },
};

/** Convert a file typed in TCVN3/VNI to Unicode, in place; returns what was done. */
function decodeLegacyText(grids: Grid[]): { encoding: "tcvn3" | "vni"; cells: number; sample: string } | null {
  const texts: string[] = [];
  const fonts: (string | undefined)[] = [];
  // a sample is enough to tell: a legacy file is legacy throughout, and 3,000 long lists cost time
  const SAMPLE = 3000;
  for (const g of grids)
    for (const row of g.cells) {
      if (texts.length >= SAMPLE) break;
      for (const cell of row ?? [])
        if (cell?.t === "s" && texts.length < SAMPLE) {
          texts.push(String(cell.v));
          fonts.push(cell.font);
        }
    }
  const encoding = detectLegacyEncoding(texts, fonts);
  if (!encoding) return null;
  let cells = 0;
  let sample = "";
  for (const g of grids)
    for (const row of g.cells)
      for (const cell of row ?? []) {
        if (cell?.t !== "s") continue;
        const before = String(cell.v);
        const after = decodeLegacy(before, encoding, cell.font);
        if (after !== before) {
          if (!sample && /[^\x00-\x7f]/.test(before) && before.length < 60) sample = `"${before}" → "${after}"`;
          cell.v = after;
          if (cell.w !== undefined) cell.w = after;
          cells++;
        }
      }
  return { encoding, cells, sample };
}

function ledgerColumns(table: DetectedTable): SheetLedger["columns"] {
  const out: SheetLedger["columns"] = {};
  for (const [role, col] of Object.entries(table.columns)) out[role as keyof SheetLedger["columns"]] = colLetters(col as number);
  return out;
}

/** Registry units from any registry table among the inputs (danh mục đơn vị). */
function registryFromInputs(inputs: WorkbookInput[]): RegistryUnit[] {
  const units: RegistryUnit[] = [];
  for (const input of inputs)
    for (const grid of input.grids)
      for (const table of detectTables(grid)) if (table.kind === "registry") units.push(...readRegistry(grid, table));
  return units;
}

/** Read a registry file's Grids into units (for --units and the pane's registry picker). */
export function registryFromGrids(grids: Grid[]): RegistryUnit[] {
  return registryFromInputs([{ file: "", grids }]);
}

/** What decoding legacy text did per input (decoding runs before any table is looked for). */
const legacyOf = new WeakMap<WorkbookInput, NonNullable<ReturnType<typeof decodeLegacyText>>>();

function readFile(input: WorkbookInput, registry: RegistryUnit[]): { parsed: ParsedFile; ledger: FileLedger; titles: string[] } {
  const ledger: FileLedger = { file: input.file, sheets: [] };
  const parsed: ParsedFile = { file: input.file, ledger, sheets: [], findings: [] };
  const titles: string[] = [];
  if (input.error) {
    ledger.error = input.error;
    parsed.findings.push({ rule: "file-unreadable", data: { vi: input.error.vi, en: input.error.en } });
    return { parsed, ledger, titles };
  }
  const legacy = legacyOf.get(input);
  if (legacy) {
    ledger.legacyEncoding = legacy.encoding;
    parsed.findings.push({ rule: "text-legacy-encoding", data: legacy });
  }
  // the sender is found once per file: the first title block that names one
  let fileSender: string | undefined;
  const detected = input.grids.map((grid) => ({ grid, tables: detectTables(grid) }));
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
        const titleAward = table.columns.award === undefined ? awardFromTitle(table.titleLines) : undefined;
        if (table.columns.award === undefined) sheet.findings.push(missing("award", titleAward ? { titleAward } : {}));
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

/** Run rules (all by default), apply severity overrides, order by file, sheet and row. */
export function runRules(files: ParsedFile[], options: CheckOptions, rules: Rule[] = ALL_RULES): Issue[] {
  return runRuleSet({ files, options }, rules);
}

/** Read and recognise every workbook, without running the rules (the benchmark times both apart). */
export function parseWorkbooks(inputs: WorkbookInput[], options: CheckOptions = {}): Omit<Analysis, "issues"> {
  // legacy TCVN3/VNI text first: headers typed in .VnTime are only recognisable once decoded
  for (const input of inputs) {
    if (input.error || legacyOf.has(input)) continue;
    const legacy = decodeLegacyText(input.grids);
    if (legacy) legacyOf.set(input, legacy);
  }
  const registry = options.registry?.length ? options.registry : registryFromInputs(inputs);
  const files: ParsedFile[] = [];
  const ledger: FileLedger[] = [];
  const titles: string[] = [];
  for (const input of inputs) {
    const r = readFile(input, registry);
    files.push(r.parsed);
    ledger.push(r.ledger);
    titles.push(...r.titles);
  }
  const guessed = options.period ? undefined : periodFromTitle(titles);
  return { files, ledger, registry, period: options.period ?? guessed, periodGuessed: !options.period && !!guessed };
}

/** Read, recognise and check every workbook. One unreadable file never stops the others. */
export function analyze(inputs: WorkbookInput[], options: CheckOptions = {}): Analysis {
  const parsed = parseWorkbooks(inputs, options);
  // the period guessed from titles is shown to the user, but only an explicit period is checked
  const issues = runRules(parsed.files, { ...options, registry: parsed.registry });
  return { ...parsed, issues };
}
