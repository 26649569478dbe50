/**
 * The one message catalogue: every section of user-visible text, by area. Texts live in the
 * section files (pane.ts, cli.ts, report-texts.ts, read.ts, errors.ts, records.ts, submissions.ts,
 * annotate.ts, excel.ts, awards.ts, rules.ts) and in each rule's meta
 * (title, description, fix, options, messages); this module lists them all, so the catalogue test
 * can check that every message has Vietnamese and English with the same placeholders.
 *
 * Only tests and documentation import this module: code imports the one section it needs.
 */
import { ALL_RULES } from "../engine";
import type { Template, Templates } from "./messages";
import { ANNOTATE } from "./annotate";
import { AWARD_TEXTS } from "./awards";
import { CLI } from "./cli";
import { ERRORS, EXCEL_OPERATIONS } from "./errors";
import { PANE } from "./pane";
import { FILE_KINDS, READ } from "./read";
import { DIFF_FIELDS, DIFF_OCCASIONS, RECIPIENT_KINDS, RESUBMISSION, SUBMISSIONS } from "./submissions";
import { OCCASION, OCCASION_GROUP, REPORT, REPORT_PRINT, SEVERITY, TABLE_KIND } from "./report-texts";
import { RECORDS, ROW_NOT_READ, ROW_SKIPPED, ROW_STRUCTURAL } from "./records";
import { EXCEL } from "./excel";
import { KIND_COUNTS, KIND_WORDS } from "./rules";

export interface CatalogueSection {
  area: string;
  templates: Templates;
}

/** A rule's meta texts as a section "rule.<id>". */
function ruleSection(rule: (typeof ALL_RULES)[number]): CatalogueSection {
  const { id, title, description, fix, options, messages } = rule.meta;
  const templates: Record<string, Template> = { title, description, fix, ...(options ? { options } : {}) };
  for (const [key, t] of Object.entries(messages ?? {})) templates[`message.${key}`] = t;
  return { area: `rule.${id}`, templates };
}

/** The record readers', the submission ledger's, the printed report's and the Excel side's sections. */
const MORE_SECTIONS: CatalogueSection[] = [ROW_NOT_READ, ROW_STRUCTURAL, ROW_SKIPPED, RECORDS, DIFF_FIELDS, DIFF_OCCASIONS, SUBMISSIONS, REPORT_PRINT, EXCEL];

export function catalogue(): CatalogueSection[] {
  return [PANE, CLI, REPORT, OCCASION, OCCASION_GROUP, SEVERITY, TABLE_KIND, READ, FILE_KINDS, ERRORS, EXCEL_OPERATIONS, RESUBMISSION, RECIPIENT_KINDS, ANNOTATE, AWARD_TEXTS, KIND_WORDS, KIND_COUNTS, ...MORE_SECTIONS, ...ALL_RULES.map(ruleSection)];
}

/** Every message by its id ("pane.checkButton", "rule.date-invalid.title"). */
export function allMessages(): Map<string, Template> {
  const all = new Map<string, Template>();
  for (const s of catalogue()) for (const [key, t] of Object.entries(s.templates)) all.set(`${s.area}.${key}`, t);
  return all;
}
