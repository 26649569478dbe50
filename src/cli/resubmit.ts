/**
 * `tdkt resubmit <report.xlsx> <new-unit-file>... --out <new-report.xlsx>`: a unit sent its file
 * again. The report remembers every unit's contribution (hidden sheet _tdkt_data); the units the new
 * files come from (matched by sender) get their contribution replaced, everything is checked again
 * and the report re-built, and what changed for each of those units is printed.
 *
 * Also home of `writeReportWithSubmissions`, which the consolidate command uses so that every report
 * carries the submission ledger and the data a later resubmission needs.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseLocalCatalogue, useCatalogue } from "../core/domain/awards";
import { parseWorkbooks, registryFromGrids, type Analysis } from "../core/engine";
import type { ReportModel } from "../core/report";
import type { ReportData } from "../core/submissions/contributions";
import { rerunWithResubmission, type ResubmitOptions, type ResubmitResult } from "../core/submissions/resubmit";
import { formatUnitDiff } from "../core/submissions/format";
import { submissionSheet } from "../core/submissions/status";
import { contributionOf, embedReportData, isoToday, readReportData, reportDataFromAnalysis } from "../files/reportData";
import { writeReportXlsx } from "../files/writeReportXlsx";
import type { CliArgs } from "./args";
import { collectFiles, readInput, writeFileAtomic } from "./files";
import { awardsJson, issueJson, unresolvedAwardsJson } from "./json";

/**
 * The report's .xlsx with the submission ledger sheet appended and the units' data embedded. The
 * data also records the report sheets written (name and title cells), so that the pane, when this
 * workbook is opened in Excel, knows them for the add-in's own: exceljs cannot give them the
 * tdkt=report mark the pane puts on its sheets.
 */
export async function writeReportWithSubmissions(
  report: ReportModel,
  analysis: Analysis,
  extra: { data?: ReportData; decisionCampaigns?: Record<string, string>; awardDecisions?: Record<string, string>; localCatalogue?: unknown[] } = {},
): Promise<Uint8Array> {
  const embedded = extra.data ?? (await reportDataFromAnalysis(analysis));
  if (!extra.data && extra.decisionCampaigns && Object.keys(extra.decisionCampaigns).length) embedded.decisionCampaigns = extra.decisionCampaigns;
  if (!extra.data && extra.awardDecisions && Object.keys(extra.awardDecisions).length) embedded.awardDecisions = extra.awardDecisions;
  if (!extra.data && extra.localCatalogue?.length) embedded.localCatalogue = extra.localCatalogue;
  const withLedger: ReportModel = {
    ...report,
    sheets: [...report.sheets, submissionSheet(embedded.registry, embedded.contributions, analysis.issues, report.lang)],
  };
  return embedReportData(await writeReportXlsx(withLedger), embedded, { recordReportSheets: true });
}

/**
 * Read the new files against the report's registry and period, then re-run (see
 * core/submissions/resubmit.ts).
 */
export async function resubmit(
  data: ReportData,
  inputs: Parameters<typeof parseWorkbooks>[0],
  options: Omit<ResubmitOptions, "today"> & { today?: string },
): Promise<ResubmitResult> {
  const today = options.today ?? isoToday();
  const registry = options.registry?.length ? options.registry : data.registry;
  // the province's own entries the report was made with settle the same names in the new files
  if (data.localCatalogue?.length) useCatalogue(parseLocalCatalogue(data.localCatalogue));
  const parsed = parseWorkbooks(inputs, { registry, period: options.period ?? data.period });
  const incoming = await Promise.all(parsed.files.map((f) => contributionOf(f, today)));
  return rerunWithResubmission(data, incoming, { ...options, today });
}


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
  if (files.some((f) => resolve(f) === resolve(args.out!))) return fail("--out trùng một tệp đầu vào.", "--out is one of the input files.");
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
  const result = await resubmit(data, files.map(readInput), { lang: args.lang, period: args.period, ratioLimit: args.ratio, registry, decisionCampaigns: args.campaigns });
  const bytes = await writeReportWithSubmissions(result.report, result.analysis, { data: result.data });
  writeFileAtomic(args.out!, bytes);
  const hasError = result.analysis.issues.some((i) => i.severity === "error");
  const newFiles = new Set(files);
  if (args.json) {
    out(
      JSON.stringify(
        {
          out: args.out,
          units: result.units.map((u) => ({
            unit: u.unit,
            file: u.file,
            replacedFile: u.replacedFile ?? null,
            added: u.diff.added,
            removed: u.diff.removed,
            changed: u.diff.changed.map((c) => ({ ...c, fields: c.fields.map((f) => ({ field: f.field, label: f.label[args.lang], before: f.before, after: f.after, cell: f.cell ?? "" })) })),
            totals: u.diff.totals.filter((t) => t.before !== t.after),
          })),
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
