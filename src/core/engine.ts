/**
 * The engine: workbooks (as Grids) -> tables -> records -> issues, and -> the report.
 * Pure: the CLI, the task pane and the tests call it with Grids they obtained elsewhere.
 */
import type { Grid } from "./grid";
import type { Analysis, WorkbookInput } from "./analysis";
import { tablesOf } from "./layout/tablesOf";
import { attachColumnDecisions, type ColumnDecision } from "./layout/columnDecisions";
import { readRegistry } from "./records/registry";
import { readFile, readFileRecords } from "./records/readFile";
import { attachSender, type FileRecords, type FileResult } from "./records/sender";
import { decodeLegacyTexts, type LegacyDecoding } from "./records/legacy";
import { periodFromTitle } from "./records/titles";
import type { CheckOptions, ParsedFile, RegistryUnit, Rule } from "./rules/rule";
import type { FileLedger, Issue } from "./model";
import { STRUCTURAL_RULES } from "./rules/structural";
import { RuleRun, runRules as runRuleSet, TDKT_RULES } from "./rules";
import { applyAwardDecisions } from "./domain/awards";

export type { Analysis, WorkbookInput } from "./analysis";
export { buildReport, type ReportOptions } from "./report-build";

export const ALL_RULES: Rule[] = [...STRUCTURAL_RULES, ...TDKT_RULES];

/** Registry units from any registry table among the inputs (danh mục đơn vị). */
function registryFromInputs(inputs: WorkbookInput[]): RegistryUnit[] {
  const units: RegistryUnit[] = [];
  for (const input of inputs)
    for (const grid of input.grids)
      for (const table of tablesOf(grid)) if (table.kind === "registry") units.push(...readRegistry(grid, table));
  return units;
}

/** Read a registry file's Grids into units (for --units and the pane's registry picker). */
export function registryFromGrids(grids: Grid[]): RegistryUnit[] {
  return registryFromInputs([{ file: "", grids }]);
}

/** What decoding legacy text did per input (decoding runs before any table is looked for). */
const legacyOf = new WeakMap<WorkbookInput, LegacyDecoding[]>();

/** Run rules (all by default), apply severity overrides, order by file, sheet and row. */
export function runRules(files: ParsedFile[], options: CheckOptions, rules: Rule[] = ALL_RULES): Issue[] {
  return runRuleSet({ files, options }, rules);
}

/** One file after its first step: legacy text decoded, tables found, the registry units it holds. */
export interface PreparedInput {
  input: WorkbookInput;
  legacy: LegacyDecoding[];
  registryUnits: RegistryUnit[];
}

export type { FileRecords, FileResult };

/**
 * A file's first step, on its own (the CLI runs it on a pool of threads, the pane in its worker):
 * legacy TCVN3/VNI text decoded first (headers typed in .VnTime are only recognisable once decoded),
 * then the registry tables it holds. Its tables are found once and kept for the second step.
 */
export function prepareInput(input: WorkbookInput, columnDecisions?: readonly ColumnDecision[]): PreparedInput {
  // the user's decisions on columns are in force before any table is looked for
  attachColumnDecisions(input.grids, columnDecisions);
  if (!input.error && !legacyOf.has(input)) {
    const legacy = decodeLegacyTexts(input.grids);
    if (legacy.length) legacyOf.set(input, legacy);
  }
  return { input, legacy: legacyOf.get(input) ?? [], registryUnits: registryFromInputs([input]) };
}

/** A file's second step: its records, once the run's registry is known (it names the senders). */
export function recogniseInput(prepared: PreparedInput, registry: RegistryUnit[]): FileResult {
  return readFile(prepared.input, registry, prepared.legacy);
}

/**
 * A file's second step before the registry is known: its records, and the title blocks that will
 * name its sender (records/sender.ts). `attachSender` completes it once every file gave its
 * registry units; the file's sheets need not be kept until then.
 */
export function recogniseRecords(prepared: PreparedInput): FileRecords {
  return readFileRecords(prepared.input, prepared.legacy);
}

export { attachSender };

/** The registry of a run: given in the options, else every registry table among the files, in their order. */
export function runRegistry(prepared: { registryUnits: RegistryUnit[] }[], options: CheckOptions = {}): RegistryUnit[] {
  return options.registry?.length ? options.registry : prepared.flatMap((p) => p.registryUnits);
}

/** Files whose records already carry the user's decisions on award names (applied once per file). */
const settled = new WeakSet<ParsedFile>();

/** The user's decisions on unsettled award names, applied to one file's records before any rule or total sees them. */
function settleFile(file: ParsedFile, options: CheckOptions): void {
  if (settled.has(file)) return;
  settled.add(file);
  applyAwardDecisions(
    file.sheets.flatMap((s) => s.awards),
    options.awardDecisions,
  );
}

/** The files' results (in the files' order) as one run's result, without the rules. */
export function combineFiles(results: FileResult[], registry: RegistryUnit[], options: CheckOptions = {}): Omit<Analysis, "issues"> {
  const files: ParsedFile[] = [];
  const ledger: FileLedger[] = [];
  const titles: string[] = [];
  for (const r of results) {
    settleFile(r.parsed, options);
    files.push(r.parsed);
    ledger.push(r.ledger);
    for (const t of r.titles) titles.push(t);
  }
  const guessed = options.period ? undefined : periodFromTitle(titles);
  return { files, ledger, registry, period: options.period ?? guessed, periodGuessed: !options.period && !!guessed };
}

/**
 * The checks of a run, given each file as soon as it is read, in the files' order (the CLI, while
 * its threads read the next files): before the run's registry is known and before the file's
 * sender is attached, which the file rules never need (rules/run.ts). `checkParsed` finishes them
 * with the registry. The issues are those of running every rule at the end.
 */
export interface FileChecks {
  add(file: { parsed: ParsedFile }): void;
  readonly run: RuleRun;
}

/** Checks to feed file by file, with the run's options (its registry may come only at the end). */
export function startChecks(options: CheckOptions): FileChecks {
  const run = new RuleRun(options, ALL_RULES);
  return {
    run,
    add(file) {
      settleFile(file.parsed, options);
      run.addFile(file.parsed);
    },
  };
}

/** Read and recognise every workbook, without running the rules (the benchmark times both apart). */
export function parseWorkbooks(inputs: WorkbookInput[], options: CheckOptions = {}): Omit<Analysis, "issues"> {
  const prepared = inputs.map((input) => prepareInput(input, options.columnDecisions));
  const registry = runRegistry(prepared, options);
  return combineFiles(
    prepared.map((p) => recogniseInput(p, registry)),
    registry,
    options,
  );
}

/** The rules over a run's files (the CLI's pool of threads reads them, then calls this with the checks it fed). */
export function checkParsed(parsed: Omit<Analysis, "issues">, options: CheckOptions = {}, checks?: FileChecks): Analysis {
  // the period guessed from titles is shown to the user, but only an explicit period is checked
  const issues = checks ? checks.run.finish(parsed.files, parsed.registry) : runRules(parsed.files, { ...options, registry: parsed.registry });
  return { ...parsed, issues };
}

/** Read, recognise and check every workbook. One unreadable file never stops the others. */
export function analyze(inputs: WorkbookInput[], options: CheckOptions = {}): Analysis {
  return checkParsed(parseWorkbooks(inputs, options), options);
}
