/**
 * `tdkt resubmit <report.xlsx> <new-unit-file>... --out <new-report.xlsx>`: a unit sent its file
 * again. The report remembers every unit's contribution (hidden sheet _tdkt_data); the units the new
 * files come from (matched by sender) get their contribution replaced, everything is checked again
 * and the report re-built, and what changed for each of those units is printed.
 * The work is the session's (src/app/session.ts), as in the pane: a new file that cannot be read
 * is refused with its reason and the report is left as it was.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { createSession } from "../app/session";
import { registryFromGrids } from "../core/engine";
import type { ReportData } from "../core/submissions/contributions";
import { formatUnitDiff } from "../core/submissions/format";
import { isoToday, readReportData } from "../files/reportData";
import type { CliArgs } from "./args";
import { TdktError } from "../core/errors";
import { CLI } from "../core/i18n/cli";
import type { Params } from "../core/i18n/messages";
import { collectFiles, writeFileAtomic } from "./files";
import { readInput } from "./readInput";
import { awardsJson, issueJson, resubmittedUnitJson, unresolvedAwardsJson } from "./json";

export async function runResubmit(args: CliArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [reportPath, ...newPaths] = args.paths;
  const fail = (key: Parameters<typeof CLI.text>[1], params: Params = {}) => {
    err(`tdkt: ${CLI.text(args.lang, key, params as never)}`);
    return 2;
  };
  if (!existsSync(reportPath)) return fail("reportNotFound", { path: reportPath });
  if (existsSync(args.out!) && !args.force) return fail("outExists", { path: args.out! });
  let files: string[];
  try {
    files = collectFiles(newPaths);
  } catch (e) {
    return fail("inputUnreadable", { error: TdktError.from(e).text });
  }
  if (files.some((f) => resolvePath(f) === resolvePath(args.out!))) return fail("outIsInput");
  let data: ReportData | null;
  try {
    data = await readReportData(readFileSync(reportPath));
  } catch (e) {
    return fail("reportDataUnreadable", { path: reportPath, detail: (e as Error).message });
  }
  if (!data)
    return fail("reportHasNoData", { path: reportPath });
  let registry;
  if (args.units) {
    const input = readInput(args.units);
    if (input.error) return fail("inputUnreadable", { error: input.error.message });
    registry = registryFromGrids(input.grids);
  }
  const session = createSession();
  session.openReport(data);
  // --campaign adds or corrects names; those kept with the report stay (nobody retypes them all)
  session.settle({ period: args.period, ratioLimit: args.ratio, campaigns: { ...session.state.settings.campaigns, ...args.campaigns } });
  if (registry) await session.setRegistry(registry);
  let result;
  try {
    const inputs = files.map((f) => ({ name: f, bytes: readFileSync(f) }));
    result = await session.resubmit({ files: inputs, lang: args.lang, today: isoToday(), base: "stored" });
  } catch (e) {
    if (e instanceof TdktError) {
      err(`tdkt: ${e.messageIn(args.lang)}`);
      return 2;
    }
    throw e;
  }
  const bytes = await session.reportFile(await session.report({ lang: args.lang }));
  writeFileAtomic(args.out!, bytes);
  const hasError = result.analysis.issues.some((i) => i.severity === "error");
  const newFiles = new Set(files);
  if (args.json) {
    out(
      JSON.stringify(
        {
          out: args.out,
          units: result.units.map((u) => resubmittedUnitJson(u, args.lang)),
          // the district totals after the resubmission, as `consolidate --json` prints them
          awards: awardsJson(result.report),
          unresolvedAwards: unresolvedAwardsJson(result.report),
          sentences: result.report.sentences,
          issues: result.analysis.issues.filter((i) => newFiles.has(i.file)).map((i) => issueJson(i, args.lang)),
        },
        null,
        1,
      ),
    );
  } else {
    const blocks = result.units.map((u) => formatUnitDiff(u.unit, u.file, u.diff, args.lang, !u.replacedFile));
    out(`${CLI.text(args.lang, "newReportWritten", { path: args.out! })}\n\n${blocks.join("\n\n")}`);
  }
  return hasError ? 1 : 0;
}
