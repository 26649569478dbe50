/**
 * The TĐKT rule pack (the structural rules live in ./structural and the engine concatenates both)
 * and a runner applying severity overrides.
 */
import type { Issue } from "../model";
import type { Rule, RuleContext } from "./rule";
import { RuleRun } from "./run";
import { awardDuplicate } from "./award-duplicate";
import { awardPrerequisite } from "./award-prerequisite";
import { awardRatio } from "./award-ratio";
import { awardUnknown } from "./award-unknown";
import { dateInvalid } from "./date-invalid";
import { dateOutOfPeriod } from "./date-out-of-period";
import { decisionNumberInvalid } from "./decision-number-invalid";
import { issuerAuthority } from "./issuer-authority";
import { percentMismatch } from "./percent-mismatch";
import { recipientKindMismatch } from "./recipient-kind-mismatch";
import { summaryMismatch } from "./summary-mismatch";
import { totalMismatch } from "./total-mismatch";
import { unitNotReported } from "./unit-not-reported";
import { unitUnknown } from "./unit-unknown";

export const TDKT_RULES: Rule[] = [
  totalMismatch,
  percentMismatch,
  summaryMismatch,
  awardDuplicate,
  awardUnknown,
  awardPrerequisite,
  awardRatio,
  recipientKindMismatch,
  unitUnknown,
  unitNotReported,
  dateInvalid,
  dateOutOfPeriod,
  decisionNumberInvalid,
  issuerAuthority,
];

/**
 * Run rules with the options' severity overrides ("off" disables a rule). Issues come sorted by
 * file (input order; file-less issues last), sheet (file order), row, column; a rule's own order
 * is kept for ties.
 */
export function runRules(ctx: RuleContext, rules: Rule[] = TDKT_RULES): Issue[] {
  const run = new RuleRun(ctx.options, rules);
  for (const f of ctx.files) run.addFile(f);
  return run.finish(ctx.files);
}

export { RuleRun } from "./run";
export type { Rule, RuleContext } from "./rule";
