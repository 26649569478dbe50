/**
 * A rule tester in the style of ESLint's RuleTester: `valid` cases must produce no issue,
 * `invalid` cases exactly the listed issues (in the rule's order), each matched by cell and/or a
 * message fragment. Cases are built from small hand-made records with the helpers below.
 */
import type { AwardRecord, ColumnRole, FigureRow, Issue, SummaryRow } from "../../../src/core/model";
import type { CheckOptions, Finding, ParsedFile, ParsedSheet, Rule, RuleContext } from "../../../src/core/rules/rule";

export interface Case {
  name: string;
  /** the sheets, in input order (files in order of first appearance) */
  sheets: SheetBuilder[];
  options?: CheckOptions;
}

export interface InvalidCase extends Case {
  issues: { cell?: string; file?: string; messageIncludes?: string; related?: string }[];
}

type AwardInput = Partial<AwardRecord> & { name: string; awardText: string };

/** Builds one sheet's records; rows are numbered from `firstRow` in the order they are added. */
export class SheetBuilder {
  readonly awards: AwardRecord[] = [];
  readonly figures: FigureRow[] = [];
  readonly summaries: SummaryRow[] = [];
  readonly findings: Finding[] = [];
  fileFindings: Finding[] = [];
  /** the districts the file's title block names (the reader fills FileLedger.titleAreas) */
  titleAreas?: string[];
  private row: number;

  constructor(
    readonly file: string,
    readonly sheet: string,
    readonly sender?: string,
    firstRow = 10,
  ) {
    this.row = firstRow;
  }

  private ref(col: string) {
    const row = this.row++;
    return { file: this.file, sheet: this.sheet, cell: `${col}${row}`, row };
  }

  /** An award row: name in B, unit C, award D, number E, date F, birth G. */
  award(a: AwardInput): this {
    const ref = this.ref("B");
    const r = ref.row;
    const cells: Partial<Record<ColumnRole, string>> = {
      name: `B${r}`,
      unit: `C${r}`,
      position: `C${r}`,
      award: `D${r}`,
      decisionNumber: `E${r}`,
      decisionDate: `F${r}`,
      birthDate: `G${r}`,
    };
    this.awards.push({ ref, sender: this.sender, kind: "individual", kindSource: "column", cells, ...a });
    return this;
  }

  /** A figures row: indicator B, measure C, plan D, actual E, percent F. */
  figure(f: Partial<FigureRow> & { indicator: string }): this {
    const ref = this.ref("B");
    const r = ref.row;
    this.figures.push({
      ref,
      sender: this.sender,
      section: "",
      stt: "",
      measure: "",
      plan: null,
      actual: null,
      percent: null,
      cells: { indicator: `B${r}`, measure: `C${r}`, plan: `D${r}`, actual: `E${r}`, percent: `F${r}` },
      ...f,
    });
    return this;
  }

  /** A summary row: award B, collectives C, individuals D, households E. */
  summary(s: Partial<SummaryRow> & { awardText: string }): this {
    const ref = this.ref("B");
    const r = ref.row;
    this.summaries.push({
      ref,
      sender: this.sender,
      collectives: null,
      individuals: null,
      isTotal: false,
      cells: { award: `B${r}`, collectives: `C${r}`, individuals: `D${r}`, households: `E${r}` },
      ...s,
    });
    return this;
  }

  finding(f: Finding): this {
    this.findings.push(f);
    return this;
  }
}

export const sheetOf = (file: string, sheet = "Danh sách", sender?: string, firstRow?: number) =>
  new SheetBuilder(file, sheet, sender, firstRow);

export function contextOf(c: Case): RuleContext {
  const files: ParsedFile[] = [];
  for (const s of c.sheets) {
    let f = files.find((x) => x.file === s.file);
    if (!f) {
      f = { file: s.file, ledger: { file: s.file, sender: s.sender, sheets: [], ...(s.titleAreas ? { titleAreas: s.titleAreas } : {}) }, sheets: [], findings: [] };
      files.push(f);
    }
    f.findings.push(...s.fileFindings);
    const sheet: ParsedSheet = {
      file: s.file,
      sheet: s.sheet,
      kind: s.figures.length ? "figures" : s.summaries.length ? "award-summary" : "awards",
      awards: s.awards,
      figures: s.figures,
      summaries: s.summaries,
      findings: s.findings,
    };
    f.sheets.push(sheet);
  }
  return { files, options: c.options ?? {} };
}

function describeIssues(issues: Omit<Issue, "rule" | "severity">[]): string {
  return issues.map((i) => `${i.file} ${i.sheet ?? ""}!${i.cell ?? ""}: ${i.message.vi}`).join("\n");
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it("has complete bilingual metadata", () => {
      for (const t of [rule.meta.title, rule.meta.description, rule.meta.fix]) {
        expect(t.vi.trim()).not.toBe("");
        expect(t.en.trim()).not.toBe("");
      }
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const issues = rule.check(contextOf(c));
        if (issues.length) throw new Error(`expected no issue, got:\n${describeIssues(issues)}`);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const ctx = contextOf(c);
        const issues = rule.check(ctx);
        if (issues.length !== c.issues.length)
          throw new Error(`expected ${c.issues.length} issue(s), got ${issues.length}:\n${describeIssues(issues)}`);
        c.issues.forEach((want, k) => {
          const got = issues[k];
          if (want.cell !== undefined) expect(got.cell).toBe(want.cell);
          if (want.file !== undefined) expect(got.file).toBe(want.file);
          if (want.messageIncludes !== undefined) expect(got.message.vi + "\n" + got.message.en).toContain(want.messageIncludes);
          if (want.related !== undefined) expect(got.related ?? []).toContain(want.related);
          expect(got.message.vi.trim()).not.toBe("");
          expect(got.message.en.trim()).not.toBe("");
        });
        // pure: the same context gives the same issues
        expect(rule.check(ctx)).toEqual(issues);
      });
    }
  });
}
