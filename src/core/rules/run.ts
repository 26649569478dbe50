/**
 * One run of the rules, fed the run's files one at a time and in their order as they are read, then
 * finished: a rule that looks at one file at a time (scope "file") checks each file as it comes; the
 * rules that look across files run at the end over all. The CLI feeds it while its reading threads
 * read the next files, so the per-file checking is done by the time the last file is read; what it
 * returns is exactly what running every rule at the end returns (same issues, same order:
 * test/integration/ruleScope.test.ts).
 *
 * A file is fed before the run's registry is known (a registry file may be read last), so the file
 * rules never see the registry, nor a file's sender (records/sender.ts attaches it later): they
 * are given the options without the registry, and the registry comes with finish().
 *
 * The cross-file rules wait for the end on purpose: award-duplicate could take the files one by one
 * (each row is compared with the rows before it), but its keys need each row's sender, which
 * without a given registry is known only once every file is in; and on the 2-core machine of the
 * README's figures a second thread is worth ≈ 1.2× of one, so work moved into the reading phase
 * would win little there (README, Performance).
 */
import type { Issue, Severity } from "../model";
import { operations } from "../operations";
import type { CheckOptions, IssueDraft, ParsedFile, RegistryUnit, Rule } from "./rule";

/**
 * A cell reference's sort keys: its row (the trailing digits) and its column (the leading letters,
 * A = 1, AA = 27: the order of column letters); 0 for what it lacks. Read by hand, not by regular
 * expressions: a province's check sorts 100,000 issues.
 */
function rowOf(cell: string | undefined): number {
  if (!cell) return 0;
  let start = cell.length;
  while (start > 0 && cell.charCodeAt(start - 1) >= 0x30 && cell.charCodeAt(start - 1) <= 0x39) start--;
  return start < cell.length ? Number(cell.slice(start)) : 0;
}

function colOf(cell: string | undefined): number {
  let col = 0;
  for (let i = 0; cell && i < cell.length; i++) {
    const c = cell.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return col;
}

export class RuleRun {
  /** the rules not turned off, in the order given */
  private readonly active: Rule[];
  /** each active rule's issues so far */
  private readonly drafts: IssueDraft[][];
  private readonly added: ParsedFile[] = [];
  /** what a file rule is given: the run's options without the registry */
  private readonly fileOptions: CheckOptions;
  private finished = false;

  constructor(
    private readonly options: CheckOptions,
    rules: Rule[],
  ) {
    this.active = rules.filter((r) => options.severities?.[r.meta.id] !== "off");
    this.drafts = this.active.map(() => []);
    const { registry: _registry, ...fileOptions } = options;
    this.fileOptions = fileOptions;
  }

  /** The next file of the run, in the run's order. */
  addFile(file: ParsedFile): void {
    this.added.push(file);
    for (let r = 0; r < this.active.length; r++) {
      const rule = this.active[r];
      if (rule.scope === "file") for (const d of rule.check({ files: [file], options: this.fileOptions })) this.drafts[r].push(d);
    }
  }

  /**
   * The run's issues, once every file was added (`files`: the same files, in the same order). Issues
   * come sorted by file (input order; file-less issues last), sheet (file order), row, column; a
   * rule's own order is kept for ties. `registry`: the run's, when it was not known at the start
   * (the rules across files need it; the file rules never saw it).
   */
  finish(files: ParsedFile[], registry: RegistryUnit[] | undefined = this.options.registry): Issue[] {
    if (files.length !== this.added.length || files.some((f, i) => f !== this.added[i]))
      throw new Error("rules: finish() needs the files that were added, in their order");
    // the file rules' drafts become the issues in place: a run finishes once
    if (this.finished) throw new Error("rules: finish() is called once per run");
    this.finished = true;
    const issues: Issue[] = [];
    const options = { ...this.options, registry };
    for (let r = 0; r < this.active.length; r++) {
      const rule = this.active[r];
      const late = rule.scope === "file" ? [] : rule.check({ files, options });
      const override = this.options.severities?.[rule.meta.id];
      const severityOf = (d: IssueDraft) => (override && override !== "off" ? override : (d.severity ?? rule.meta.severity));
      for (const d of this.drafts[r]) issues.push(completed(d, rule.meta.id, severityOf(d)));
      for (const d of late) issues.push(completed(d, rule.meta.id, severityOf(d)));
    }
    return sortIssues(issues, files);
  }
}

/**
 * A draft made an issue in place: a rule's drafts are its own fresh objects, made for this run and
 * handed over (Rule.check), so the run completes them instead of copying 100,000 of them.
 */
function completed(d: IssueDraft, rule: string, severity: Severity): Issue {
  // a draft handed twice (kept by a rule from an earlier run) would carry that run's severity
  if ("rule" in d) throw new Error(`rules: ${rule} returned an issue it had returned before; a rule makes fresh issues each run`);
  const issue = d as Issue;
  issue.rule = rule;
  issue.severity = severity;
  return issue;
}

/** Issues in the order the user reads them (see RuleRun.finish); `issues` is in rule order. */
function sortIssues(issues: Issue[], files: ParsedFile[]): Issue[] {
  const fileOrder = new Map(files.map((f, i) => [f.file, i]));
  const sheetOrder = new Map(files.map((f) => [f.file, new Map(f.sheets.map((s, i) => [s.sheet, i]))]));
  const sheetRank = (i: Issue) => (i.sheet === undefined ? -1 : (sheetOrder.get(i.file)?.get(i.sheet) ?? Number.MAX_SAFE_INTEGER));
  // by file first, one list per file in the input's order (issues of no file read last), each
  // list in rule order; then each list by the place in its file (placeKey, made once per issue),
  // a stable sort keeping rule order for one place. 100,000 issues: a third fewer comparisons
  // than one sort of all by file and place, each of one number.
  const byFile: { issue: Issue; place: number }[][] = files.map(() => []);
  const unread: { issue: Issue; place: number }[] = [];
  for (const issue of issues) {
    const f = fileOrder.get(issue.file);
    (f === undefined ? unread : byFile[f]).push({ issue, place: placeKey(sheetRank(issue), rowOf(issue.cell), colOf(issue.cell)) });
  }
  const out: Issue[] = [];
  for (const list of [...byFile, unread]) {
    list.sort((a, b) => {
      operations.count++;
      return a.place - b.place;
    });
    for (const x of list) out.push(x.issue);
  }
  return out;
}

/** Bits of the place key: a column (Excel's last, XFD, is 16,384), a row (1,048,576), a sheet. */
const COL_BITS = 2 ** 15;
const ROW_BITS = 2 ** 21;
const SHEET_BITS = 2 ** 17;

/**
 * Sheet, row and column in one exact number that orders as they do, one after the other: 17 + 21 +
 * 15 bits, within a double's 53. Sheet -1 (an issue about the whole file) comes first and a sheet
 * the file does not have last; a row or column past Excel's limits, which no cell reference the
 * engine makes has, ties with the last one.
 */
export function placeKey(sheet: number, row: number, col: number): number {
  const s = Math.min(sheet + 1, SHEET_BITS - 1);
  return (s * ROW_BITS + Math.min(row, ROW_BITS - 1)) * COL_BITS + Math.min(col, COL_BITS - 1);
}
