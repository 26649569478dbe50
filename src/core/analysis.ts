/**
 * What the engine takes in (one workbook's Grids) and gives back (records, ledger, issues). Types
 * only, in their own module so that the report builder can name them without importing the engine.
 */
import type { PlainError } from "./errors";
import type { Grid } from "./grid";
import type { FileLedger, Issue, Localized } from "./model";
import type { ParsedFile, RegistryUnit } from "./rules/rule";

export interface WorkbookInput {
  file: string;
  grids: Grid[];
  /** why the file could not be read (the reader's error, structured); the other files go on */
  error?: PlainError;
  /** what the reader noticed but could work around (misnamed file, control characters, code page) */
  warnings?: Localized[];
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
