/**
 * The engine: workbooks (as Grids) -> tables -> records -> issues, and -> the report.
 * Pure: the CLI, the task pane and the tests call it with Grids they obtained elsewhere.
 */
import type { Grid } from "./grid";
import type { Analysis, WorkbookInput } from "./analysis";
import { detectTables } from "./layout/detect";
import { readRegistry } from "./records/registry";
import { readFile } from "./records/readFile";
import { decodeLegacyTexts, type LegacyDecoding } from "./records/legacy";
import { periodFromTitle } from "./records/titles";
import type { CheckOptions, ParsedFile, RegistryUnit, Rule } from "./rules/rule";
import type { FileLedger, Issue } from "./model";
import { STRUCTURAL_RULES } from "./rules/structural";
import { runRules as runRuleSet, TDKT_RULES } from "./rules";
import { applyAwardDecisions } from "./domain/awards";

export type { Analysis, WorkbookInput } from "./analysis";
export { buildReport, type ReportOptions } from "./report-build";

export const ALL_RULES: Rule[] = [...STRUCTURAL_RULES, ...TDKT_RULES];

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
const legacyOf = new WeakMap<WorkbookInput, LegacyDecoding[]>();

/** Run rules (all by default), apply severity overrides, order by file, sheet and row. */
export function runRules(files: ParsedFile[], options: CheckOptions, rules: Rule[] = ALL_RULES): Issue[] {
  return runRuleSet({ files, options }, rules);
}

/** Read and recognise every workbook, without running the rules (the benchmark times both apart). */
export function parseWorkbooks(inputs: WorkbookInput[], options: CheckOptions = {}): Omit<Analysis, "issues"> {
  // legacy TCVN3/VNI text first: headers typed in .VnTime are only recognisable once decoded
  for (const input of inputs) {
    if (input.error || legacyOf.has(input)) continue;
    const legacy = decodeLegacyTexts(input.grids);
    if (legacy.length) legacyOf.set(input, legacy);
  }
  const registry = options.registry?.length ? options.registry : registryFromInputs(inputs);
  const files: ParsedFile[] = [];
  const ledger: FileLedger[] = [];
  const titles: string[] = [];
  for (const input of inputs) {
    const r = readFile(input, registry, legacyOf.get(input));
    files.push(r.parsed);
    ledger.push(r.ledger);
    titles.push(...r.titles);
  }
  // the user's decisions on unsettled award names apply before any rule or total sees the records
  applyAwardDecisions(
    files.flatMap((f) => f.sheets.flatMap((s) => s.awards)),
    options.awardDecisions,
  );
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
