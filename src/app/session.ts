/**
 * One session: the product's use cases over one state, for the CLI (called directly) and the pane
 * (called inside its Web Worker, src/taskpane/engineService.ts). Pure TypeScript: no Node, no DOM;
 * file bytes come in as Uint8Array with a name, and leave the same way.
 *
 *   files (by content, files.ts) + registry + settings (period, campaigns, award decisions)
 *     → check → run (analysis + each unit's contribution)
 *     → report (+ submission ledger sheet) → report file with the units' data embedded
 *     → resubmit (a unit's new file replaces its part; the diff) → annotate (copies back to units)
 *
 * The parser, the engine and exceljs are loaded with import() when first needed, so that the pane's
 * first load never pays for them.
 */
import type { Analysis, FileChecks, WorkbookInput } from "../core/engine";
import type { Grid } from "../core/grid";
import type { ReportModel } from "../core/report";
import type { CheckOptions, RegistryUnit } from "../core/rules/rule";
import type { ColumnDecision } from "../core/layout/columnDecisions";
import type { ReportData, ReportSheetMark, UnitContribution } from "../core/submissions/contributions";
import type { ResubmitResult } from "../core/submissions/resubmit";
import type { AnnotatedCopy } from "../files/annotate";
import { isoToday } from "../core/submissions/contributions";
import { errorOf, TdktError } from "../core/errors";
import { ERRORS } from "../core/i18n/errors";
import { contentHash, placeFile, type NamedBytes } from "./files";

export type { NamedBytes } from "./files";


/** The settings a user gives (Thiết lập in the pane, options on the command line). */
export interface Settings {
  period?: { from: string; to: string };
  /** CSTĐCS cap as a fraction (0.15) */
  ratioLimit?: number;
  severities?: CheckOptions["severities"];
  /** decision number -> campaign name, for decisions no unit's file names */
  campaigns: Record<string, string>;
  /** the user's decisions on unsettled award names (nameKey of the text -> catalogue id or "không tính") */
  awardDecisions: Record<string, string>;
  /** a province's own catalogue entries (--catalogue, docs/catalogue.md), kept with the report */
  localCatalogue?: ReportData["localCatalogue"];
  /** the user's decisions on columns the reader could not name or named wrongly (core/layout/columnDecisions.ts) */
  columnDecisions?: ColumnDecision[];
}

/** A unit file held by the session. */
export interface SessionFile {
  name: string;
  hash: string;
  bytes: Uint8Array;
  /** the Grids read at the last check (an annotated copy and the pane's row view start from them) */
  grids?: Grid[];
}

/** What the last check or resubmission left: the report, the copies and the next resubmission start from it. */
export interface Run {
  analysis: Analysis;
  /**
   * one per file holding a unit's data, in the analysis's order; made when first needed (a report,
   * its data, a resubmission), so that a check alone never pays for them
   */
  contributions?: UnitContribution[];
}

export interface SessionState {
  files: SessionFile[];
  /** the open workbook's own sheets (the pane), read before the files */
  workbook?: WorkbookInput;
  /** the registry given (--units, the pane's registry picker); else the files' own registry tables */
  registry?: RegistryUnit[];
  settings: Settings;
  run?: Run;
  /** the data of a report read back (a report file, or the data sheet of the workbook) */
  stored?: ReportData;
}

export interface AddResult {
  added: string[];
  duplicates: { name: string; of: string }[];
  renamed: { name: string; as: string }[];
}

export interface ResubmitRequest {
  files: NamedBytes[];
  lang: "vi" | "en";
  /** ISO yyyy-mm-dd, written on the ledger ("Gửi lại ngày …") */
  today: string;
  /** "run": the last check or resubmission of this session (default); "stored": the report read back */
  base?: "run" | "stored";
}

export interface Session {
  readonly state: Readonly<SessionState>;
  addFiles(files: NamedBytes[]): AddResult;
  removeFile(name: string): void;
  setWorkbook(workbook: WorkbookInput | undefined): void;
  /** reads a registry file (danh mục đơn vị); returns its units (none: the file holds no registry table) */
  setRegistry(file: NamedBytes | RegistryUnit[] | undefined): Promise<RegistryUnit[]>;
  settle(settings: Partial<Settings>): void;
  /**
   * the user settles one column: in this file (its name, or its content hash), this sheet, this
   * column is this role ("none": not read). Replaces an earlier decision on the same column; in
   * force from the next check.
   */
  decideColumn(decision: ColumnDecision): void;
  /**
   * reads the held files and runs the rules; `parsed`: files already read elsewhere (the CLI's
   * threads), with `checks` when they were checked one by one as they were read (startChecks)
   */
  check(parsed?: Omit<Analysis, "issues">, checks?: FileChecks): Promise<Analysis>;
  /** the checks of this session's settings, to feed each file as it is read elsewhere (the CLI's threads) */
  startChecks(): Promise<FileChecks>;
  /** the report of the last run, with the submission ledger sheet */
  report(request: { lang: "vi" | "en"; title?: string }): Promise<ReportModel>;
  /** the data a report keeps for a later resubmission; `reportSheets`: the sheets just written */
  reportData(reportSheets?: ReportSheetMark[]): Promise<ReportData>;
  /** the report as an .xlsx file, with the units' data embedded */
  reportFile(report: ReportModel): Promise<Uint8Array>;
  /** remembers a report's data (read back from a report file or a data sheet); its campaigns and decisions become the settings */
  openReport(data: ReportData | null): void;
  resubmit(request: ResubmitRequest): Promise<ResubmitResult>;
  /** the marked copy of one held file, for its unit */
  annotate(name: string, lang: "vi" | "en"): Promise<AnnotatedCopy>;
}


/** The non-empty entries of a map, or nothing (the data sheet keeps no empty fields). */
function nonEmpty(map: Record<string, string> | undefined): Record<string, string> | undefined {
  return map && Object.keys(map).length ? map : undefined;
}

export function createSession(): Session {
  const state: SessionState = { files: [], settings: { campaigns: {}, awardDecisions: {} } };
  const needRun = (): Run => {
    if (!state.run) throw errorOf(ERRORS, "not-checked", "noRun", {});
    return state.run;
  };
  const options = (): CheckOptions => ({
    period: state.settings.period,
    registry: state.registry,
    ratioLimit: state.settings.ratioLimit,
    severities: state.settings.severities,
    awardDecisions: nonEmpty(state.settings.awardDecisions),
    columnDecisions: columnDecisions(),
  });
  /** the column decisions in force, a content hash turned into the name the file is read under */
  const columnDecisions = (): ColumnDecision[] | undefined => {
    const decisions = state.settings.columnDecisions;
    if (!decisions?.length) return undefined;
    return decisions.map((d) => {
      const held = state.files.find((f) => f.hash === d.file);
      return held ? { ...d, file: held.name } : d;
    });
  };
  const contributionsOf = async (run: Run): Promise<UnitContribution[]> => {
    if (run.contributions) return run.contributions;
    const { contributionOf } = await import("../core/submissions/contributions");
    const { hasUnitData } = await import("../core/rules/rule");
    // the workbook's own sheets are no unit's file: their contribution has no sender
    const workbook = state.workbook?.file;
    const today = isoToday();
    run.contributions = await Promise.all(run.analysis.files.filter(hasUnitData).map((f) => contributionOf(f, today, { anonymous: f.file === workbook })));
    return run.contributions;
  };
  const dataOf = async (run: Run): Promise<ReportData> => {
    const a = run.analysis;
    const campaigns = nonEmpty(state.settings.campaigns);
    const decisions = nonEmpty(state.settings.awardDecisions);
    return {
      version: 1,
      ...(a.period ? { period: a.period } : {}),
      ...(a.periodGuessed ? { periodGuessed: true } : {}),
      registry: a.registry,
      ...(campaigns ? { decisionCampaigns: { ...campaigns } } : {}),
      ...(decisions ? { awardDecisions: { ...decisions } } : {}),
      ...(state.settings.localCatalogue?.length ? { localCatalogue: state.settings.localCatalogue } : {}),
      contributions: await contributionsOf(run),
    };
  };

  return {
    state,

    addFiles(files) {
      const result: AddResult = { added: [], duplicates: [], renamed: [] };
      for (const f of files) {
        const hash = contentHash(f.bytes);
        const place = placeFile(state.files, f.name, hash);
        if ("duplicateOf" in place) {
          result.duplicates.push({ name: f.name, of: place.duplicateOf });
          continue;
        }
        if (place.renamed) result.renamed.push({ name: f.name, as: place.name });
        state.files.push({ name: place.name, hash, bytes: f.bytes });
        result.added.push(place.name);
      }
      return result;
    },

    removeFile(name) {
      state.files = state.files.filter((f) => f.name !== name);
    },

    setWorkbook(workbook) {
      state.workbook = workbook && workbook.grids.length > 0 ? workbook : undefined;
    },

    async setRegistry(file) {
      if (!file || Array.isArray(file)) {
        state.registry = file;
        return file ?? [];
      }
      const { readWorkbook } = await import("../files/readWorkbook");
      const read = readWorkbook(file.bytes, file.name);
      // the reader's own error, as it was made (code, message id, parameters, file)
      if (read.error) throw TdktError.from(read.error);
      const { registryFromGrids } = await import("../core/engine");
      state.registry = registryFromGrids(read.grids);
      return state.registry;
    },

    settle(settings) {
      state.settings = { ...state.settings, ...settings };
    },

    decideColumn(decision) {
      const same = (d: ColumnDecision) => d.file === decision.file && d.sheet === decision.sheet && d.column.toUpperCase() === decision.column.toUpperCase();
      state.settings = { ...state.settings, columnDecisions: [...(state.settings.columnDecisions ?? []).filter((d) => !same(d)), decision] };
    },

    async startChecks() {
      const engine = await import("../core/engine");
      // the catalogue in use is this session's, before any award is looked up
      (await import("../core/domain/awards")).useLocalCatalogue(state.settings.localCatalogue);
      return engine.startChecks(options());
    },

    async check(parsed, checks) {
      const engine = await import("../core/engine");
      // the catalogue in use is this session's (a worker lives on between requests)
      (await import("../core/domain/awards")).useLocalCatalogue(state.settings.localCatalogue);
      let analysis: Analysis;
      if (parsed) analysis = engine.checkParsed(parsed, options(), checks);
      else {
        const inputs: WorkbookInput[] = state.workbook ? [state.workbook] : [];
        if (state.files.length) {
          const { readWorkbook } = await import("../files/readWorkbook");
          for (const f of state.files) {
            const read = readWorkbook(f.bytes, f.name);
            f.grids = read.grids;
            inputs.push({ file: read.file, grids: read.grids, error: read.error, warnings: read.warnings });
          }
        }
        analysis = engine.analyze(inputs, options());
      }
      state.run = { analysis };
      return analysis;
    },

    async report(request) {
      const run = needRun();
      const { buildReport } = await import("../core/report-build");
      const { submissionSheet } = await import("../core/submissions/status");
      const a = run.analysis;
      const report = buildReport(a, {
        lang: request.lang,
        period: state.settings.period ?? a.period,
        registry: a.registry,
        title: request.title,
        decisionCampaigns: nonEmpty(state.settings.campaigns),
      });
      // a sheet of who sent, who has not, who sent again and when (always written, so a later
      // report never leaves an outdated one behind)
      return { ...report, sheets: [...report.sheets, submissionSheet(a.registry, await contributionsOf(run), a.issues, request.lang)] };
    },

    async reportData(reportSheets) {
      // the sheets of THIS write; a list kept from an earlier report would name sheets since replaced
      return { ...(await dataOf(needRun())), ...(reportSheets ? { reportSheets } : {}) };
    },

    async reportFile(report) {
      const { writeReportXlsx } = await import("../files/writeReportXlsx");
      const { embedReportData } = await import("../files/reportData");
      // the data also records the report sheets written, so that the pane, when this workbook is
      // opened in Excel, knows them for the add-in's own (exceljs cannot mark them as the pane does)
      return embedReportData(await writeReportXlsx(report), await dataOf(needRun()), { recordReportSheets: true });
    },

    openReport(data) {
      state.stored = data ?? undefined;
      if (!data) return;
      // what the report was made with is in force, until the user changes it
      state.settings = { ...state.settings, campaigns: { ...data.decisionCampaigns }, awardDecisions: { ...data.awardDecisions }, localCatalogue: data.localCatalogue };
    },

    async resubmit(request) {
      const base = request.base === "stored" ? state.stored : state.run && (await dataOf(state.run));
      if (!base) throw request.base === "stored" ? errorOf(ERRORS, "no-workbook-data", "noWorkbookData", {}) : errorOf(ERRORS, "not-checked", "noRun", {});
      const { readWorkbook } = await import("../files/readWorkbook");
      const read = request.files.map((f) => ({ file: f, read: readWorkbook(f.bytes, f.name) }));
      // an unreadable new file must not replace a good one, nor count as a first submission:
      // nothing changes, and the user is told which file and why
      const broken = read.find((r) => r.read.error);
      if (broken) throw TdktError.from(broken.read.error);
      const registry = state.registry?.length ? state.registry : base.registry;
      const period = state.settings.period ?? base.period;
      const engine = await import("../core/engine");
      // the report's own catalogue entries settle the new files too
      (await import("../core/domain/awards")).useLocalCatalogue(base.localCatalogue);
      const parsed = engine.parseWorkbooks(
        read.map((r) => ({ file: r.read.file, grids: r.read.grids, warnings: r.read.warnings })),
        { registry, period, columnDecisions: columnDecisions() },
      );
      const { contributionOf } = await import("../core/submissions/contributions");
      const incoming = await Promise.all(parsed.files.map((f) => contributionOf(f, request.today)));
      const { rerunWithResubmission } = await import("../core/submissions/resubmit");
      // the campaign names in force are the session's (the report's, as the user edited them)
      const data: ReportData = { ...base, decisionCampaigns: nonEmpty(state.settings.campaigns) };
      const result = rerunWithResubmission(data, incoming, {
        lang: request.lang,
        today: request.today,
        period: state.settings.period,
        ratioLimit: state.settings.ratioLimit,
        severities: state.settings.severities,
        registry,
      });
      // the held files: each new one replaces the file of its unit it replaced
      const replaced = new Set(result.units.map((u) => u.replacedFile).filter((f): f is string => !!f));
      state.files = state.files.filter((f) => !replaced.has(f.name));
      for (const r of read) {
        state.files = state.files.filter((f) => f.name !== r.read.file);
        state.files.push({ name: r.read.file, hash: contentHash(r.file.bytes), bytes: r.file.bytes, grids: r.read.grids });
      }
      state.run = { analysis: result.analysis, contributions: result.data.contributions };
      state.stored = undefined;
      return result;
    },

    async annotate(name, lang) {
      const run = needRun();
      const source = state.files.find((f) => f.name === name);
      if (!source)
        throw errorOf(ERRORS, "internal", "notAPickedFile", { file: name }, { file: name });
      const { annotateWorkbook } = await import("../files/annotate");
      return annotateWorkbook(source.bytes, name, run.analysis.issues, {
        lang,
        grids: source.grids,
        parsed: run.analysis.files.find((f) => f.file === name),
      });
    },
  };
}
