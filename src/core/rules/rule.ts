/**
 * The rule catalogue's shape, after ESLint's rule modules: each rule is one module exporting
 * metadata (stable code, default severity, Vietnamese and English texts, legal source) and a pure
 * check over what the reader produced. Rules never read files, Excel or the DOM.
 */
import { defineMessages, type MessageSection, type Templates } from "../i18n/messages";
import type { AwardRecord, FigureRow, FileLedger, Issue, Localized, Severity, SummaryRow } from "../model";
import type { ColumnDecision } from "../layout/columnDecisions";

/** Everything the reader learnt from one sheet that rules may look at. */
export interface ParsedSheet {
  file: string;
  sheet: string;
  kind: FileLedger["sheets"][number]["kind"];
  awards: AwardRecord[];
  figures: FigureRow[];
  summaries: SummaryRow[];
  /**
   * Findings made while reading cells, for the structural rules: a value that is not a number,
   * a formula error, a required value missing, a header missing. Each becomes an Issue in the
   * rule module that owns its code.
   */
  findings: Finding[];
}

export interface Finding {
  rule: string;
  cell?: string;
  /** message parameters for the owning rule */
  data: Record<string, string | number>;
}

export interface ParsedFile {
  file: string;
  ledger: FileLedger;
  sheets: ParsedSheet[];
  /** file-level findings (legacy encoding, unreadable file) */
  findings: Finding[];
}

/**
 * Whether a file carries a unit's data (an award list, figures or a summary): a registry file, or a
 * file in which nothing was recognised, is no unit's submission.
 */
export function hasUnitData(file: ParsedFile): boolean {
  return file.sheets.some((s) => s.awards.length > 0 || s.figures.length > 0 || s.summaries.length > 0);
}

export interface RegistryUnit {
  name: string;
  type?: string;
  /**
   * a school listed for checking names (a registry's "Trường học" sheet), not a unit that sends
   * its own report: it is never "Chưa gửi" and has no row in the submission ledger
   */
  school?: boolean;
}

/** The registry units expected to send a report (schools report through their Phòng GD&ĐT). */
export function reportingUnits(registry: RegistryUnit[] = []): RegistryUnit[] {
  return registry.filter((u) => !u.school);
}

export interface CheckOptions {
  /** reporting period, ISO dates inclusive */
  period?: { from: string; to: string };
  /** units expected to report (danh mục đơn vị); schools may be listed too */
  registry?: RegistryUnit[];
  /** CSTĐCS / LĐTT cap for award-ratio (default 0.15, NĐ 91/2017 Điều 9 k3) */
  ratioLimit?: number;
  /** severity overrides per rule code ("off" disables a rule) */
  severities?: Record<string, Severity | "off">;
  /** the user's decisions on unsettled award names (nameKey of the text -> catalogue id or "không tính") */
  awardDecisions?: Record<string, string>;
  /** the user's decisions on columns (layout/columnDecisions.ts): in file F, sheet S, column D is role R */
  columnDecisions?: ColumnDecision[];
}

export interface RuleContext {
  files: ParsedFile[];
  options: CheckOptions;
}

export interface RuleMeta {
  /** stable code, as in answers.json ("total-mismatch") */
  id: string;
  severity: Severity;
  title: Localized;
  description: Localized;
  /** what the user should do, shown with every issue */
  fix: Localized;
  /** legal source, where there is one */
  source?: string;
  /** configurable knobs, documented in docs/rules.md */
  options?: Localized;
  /**
   * The rule's issue messages as templates ({placeholders}, core/i18n/format.ts). They are part of
   * the one message catalogue (core/i18n/catalogue.ts lists every rule's meta), so every message
   * has Vietnamese and English with the same placeholders; the rule fills them with `ruleMessages`.
   */
  messages?: Templates;
}

/** A rule's message templates as a catalogue section ("rule.<id>"), to fill with typed parameters. */
export function ruleMessages<const S extends Templates>(id: string, templates: S): MessageSection<S> {
  return defineMessages(`rule.${id}`, templates);
}

/** What a rule gives before the engine adds its code and severity. */
export type IssueDraft = Omit<Issue, "rule" | "severity"> & { severity?: Severity };

export interface Rule {
  meta: RuleMeta;
  /**
   * "file": the rule looks at one file at a time. Its issues over many files are, file by file, the
   * issues it gives for each file alone (test/core/rules/scope.test.ts holds every rule marked so to
   * that), so the engine may run it on each file as soon as the file is read, while the reading
   * threads read the others.
   */
  scope?: "file";
  /**
   * An issue may carry its own severity when the rule's cases differ in weight (a header read from
   * its column's contents is a warning, a missing column an error; a fact the reference only infers
   * is a warning, never an error); the user's override still wins. The drafts are fresh objects,
   * handed over: the run completes them into issues in place (rules/run.ts).
   */
  check(ctx: RuleContext): IssueDraft[];
}
