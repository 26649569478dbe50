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
import { createSession, SessionError } from "../app/session";
import { registryFromGrids } from "../core/engine";
import type { ReportData } from "../core/submissions/contributions";
import { formatUnitDiff } from "../core/submissions/format";
import { isoToday, readReportData } from "../files/reportData";
import type { CliArgs } from "./args";
import { collectFiles, readInput, writeFileAtomic } from "./files";
import { awardsJson, issueJson, resubmittedUnitJson, unresolvedAwardsJson } from "./json";

export async function runResubmit(args: CliArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const vi = args.lang === "vi";
  const [reportPath, ...newPaths] = args.paths;
  const fail = (v: string, e: string) => {
    err(`tdkt: ${vi ? v : e}`);
    return 2;
  };
  if (!existsSync(reportPath)) return fail(`không thấy tệp báo cáo ${reportPath}`, `report not found: ${reportPath}`);
  if (existsSync(args.out!) && !args.force) return fail(`tệp ${args.out} đã có; dùng --force để ghi đè.`, `${args.out} exists; use --force to overwrite it.`);
  let files: string[];
  try {
    files = collectFiles(newPaths);
  } catch (e) {
    return fail((e as Error).message, (e as Error).message);
  }
  if (files.some((f) => resolvePath(f) === resolvePath(args.out!))) return fail("--out trùng một tệp đầu vào.", "--out is one of the input files.");
  let data: ReportData | null;
  try {
    data = await readReportData(readFileSync(reportPath));
  } catch (e) {
    return fail(`không đọc được dữ liệu trong ${reportPath}: ${(e as Error).message}`, `cannot read the data in ${reportPath}: ${(e as Error).message}`);
  }
  if (!data)
    return fail(
      `${reportPath} không có dữ liệu các đơn vị (sheet ẩn _tdkt_data); hãy tổng hợp lại bằng lệnh consolidate.`,
      `${reportPath} holds no unit data (hidden sheet _tdkt_data); consolidate again.`,
    );
  let registry;
  if (args.units) {
    const input = readInput(args.units);
    if (input.error) return fail(input.error.vi, input.error.en);
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
    if (e instanceof SessionError) return fail(e.localized.vi, e.localized.en);
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
    out(`${vi ? "Đã ghi báo cáo mới" : "New report written"}: ${args.out}\n\n${blocks.join("\n\n")}`);
  }
  return hasError ? 1 : 0;
}
