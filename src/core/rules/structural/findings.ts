/**
 * The structural rules report what the reader found while reading cells (a finding carries the
 * rule code, the cell and the values to quote). This turns a rule's findings into issues.
 */
import type { Localized, Severity } from "../../model";
import type { Finding, IssueDraft, RuleContext } from "../rule";

export type { IssueDraft };

export function issuesFromFindings(ctx: RuleContext, rule: string, message: (f: Finding) => Localized, severity?: (f: Finding) => Severity | undefined): IssueDraft[] {
  const out: IssueDraft[] = [];
  for (const file of ctx.files) {
    // a file-level finding about one sheet (a legacy-encoded sheet) names that sheet
    for (const f of file.findings)
      if (f.rule === rule) out.push({ file: file.file, ...(typeof f.data.sheet === "string" ? { sheet: f.data.sheet } : {}), cell: f.cell, message: message(f) });
    for (const sheet of file.sheets)
      for (const f of sheet.findings)
        if (f.rule === rule) {
          const own = severity?.(f);
          out.push({ file: file.file, sheet: sheet.sheet, cell: f.cell, message: message(f), ...(own ? { severity: own } : {}) });
        }
  }
  return out;
}

/** Quote a cell value in a message, cut to a readable length. */
export function quote(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any cell value may come here; its default text is what is quoted
  const s = value === null || value === undefined ? "" : String(value);
  return `"${s.length > 60 ? s.slice(0, 57) + "..." : s}"`;
}
