/**
 * The heavy work of the pane — reading unit files, analysing, building the report, making the
 * annotated copies, re-running after a unit resubmits — behind one small interface. It runs inside
 * the Web Worker (worker.ts) so the pane stays responsive; tests and browsers without workers run it
 * in-process. The parser, the engine and exceljs are loaded with dynamic import(), so they never
 * weigh on the pane's first load (exceljs only when a copy is asked for).
 */
import type { Grid } from "../core/grid";
import type { FileLedger, Issue, Localized } from "../core/model";
import type { ReportModel } from "../core/report";
import { hasUnitData, type ParsedFile, type RegistryUnit } from "../core/rules/rule";
import type { Analysis } from "../core/engine";
import type { ReportData, ReportSheetMark, UnitContribution } from "../core/submissions/contributions";
import type { UnitDiff } from "../core/submissions/diff";
import type { Unsettled } from "../core/domain/awards";

export interface FileBytes {
  name: string;
  bytes: ArrayBuffer;
}

export interface CheckRequest {
  /** the Excel workbook's own sheets, already read by the gateway */
  workbook?: { file: string; grids: Grid[]; warnings?: { vi: string; en: string }[] };
  files: FileBytes[];
  registryFile?: FileBytes;
  period?: { from: string; to: string };
  /** CSTĐCS cap as a fraction (0.15) */
  ratioLimit?: number;
  /** the user's decisions on unsettled award names (the picker in Kiểm tra) */
  awardDecisions?: Record<string, string>;
  localCatalogue?: ReportData["localCatalogue"]; // a province's own entries (docs/catalogue.md)
}

/** What a check found, and (Unsettled) what the pickers of Kiểm tra list. */
export interface CheckSummary extends Unsettled {
  issues: Issue[];
  ledger: FileLedger[];
  period?: { from: string; to: string };
  periodGuessed: boolean;
  registryCount: number;
  /** each rule's title in words, by code (the pane shows words; the code only in details) */
  ruleTitles: Record<string, Localized>;
  /** how many inputs hold a unit's data (0: nothing to consolidate, no report is written) */
  unitFiles: number;
}

/** The row an issue is about, from a picked file's sheet, for the pane to show. */
export interface RowRequest {
  file: string;
  sheet: string;
  cell: string;
}

export interface RowView {
  /** the table's header cells over the row (nearest row above with text in most columns), or null */
  header: string[] | null;
  /** the row's display texts, from column A to its last cell with text */
  values: string[];
  /** 0-based column of the issue's cell */
  column: number;
  /** 1-based row number, as Excel shows it */
  row: number;
}

export interface ReportRequest {
  lang: "vi" | "en";
  title?: string;
  period?: { from: string; to: string };
  /** decision number -> campaign name (Thiết lập), for decisions no unit's file names */
  decisionCampaigns?: Record<string, string>;
}

/** What the report kept in a workbook holds, as the pane shows it. */
export interface StoredReport {
  /** the units (or file names, for files without a sender) whose contributions it holds */
  units: string[];
  decisionCampaigns: Record<string, string>;
  /** the user's award decisions kept with the report */
  awardDecisions: Record<string, string>;
  localCatalogue?: ReportData["localCatalogue"];
  period?: { from: string; to: string };
  periodGuessed: boolean;
}

/** The data sheet's cells to write next to the report, and what they hold. */
export interface ReportDataCells {
  /** column A of "_tdkt_data" (src/core/submissions/dataSheet.ts) */
  cells: string[];
  stored: StoredReport;
}

export interface AnnotateRequest {
  /** the picked file's name, as in the check */
  file: string;
  lang: "vi" | "en";
}

export interface AnnotateResult {
  /** "<name> - kiem tra.xlsx" */
  fileName: string;
  bytes: Uint8Array;
  /** the source was not .xlsx: the copy was rebuilt from what was read */
  rebuilt: boolean;
  issues: number;
}

export interface ResubmitRequest {
  /** the units' new files */
  files: FileBytes[];
  lang: "vi" | "en";
  period?: { from: string; to: string };
  ratioLimit?: number;
  /** ISO yyyy-mm-dd, the day written on the ledger ("Gửi lại ngày …") */
  today: string;
  /**
   * what the new files replace parts of: "session" (default) the last check or resubmission in this
   * pane; "workbook" the data of the report kept in the workbook (openReport), for a pane opened
   * days later with nothing picked
   */
  base?: "session" | "workbook";
  /** the campaign names to use from now on (they replace those kept with the report) */
  decisionCampaigns?: Record<string, string>;
}

export interface ResubmittedUnitView {
  unit: string;
  file: string;
  /** the picked file it replaced; absent when no picked file came from that unit */
  replacedFile?: string;
  diff: UnitDiff;
  /** the diff as text (formatUnitDiff), in the request's language */
  text: string;
}

export interface ResubmitResult {
  summary: CheckSummary;
  units: ResubmittedUnitView[];
}

export type Stage = "files" | "analyze" | "report";

export interface EngineService {
  check(request: CheckRequest, onStage?: (stage: Stage) => void): Promise<CheckSummary>;
  /** builds the report of the last check (or of the last resubmission) */
  report(request: ReportRequest): Promise<ReportModel>;
  /** the annotated copy of one picked file of the last check ("Gửi lại đơn vị") */
  annotate(request: AnnotateRequest): Promise<AnnotateResult>;
  /** the last check again, each new file replacing the picked file of the same sending unit */
  resubmit(request: ResubmitRequest, onStage?: (stage: Stage) => void): Promise<ResubmitResult>;
  /**
   * the data sheet's cells for the report last built (call after report() and writing it);
   * `reportSheets`: the sheets just written (WriteResult.reportSheets), recorded in the data so that
   * a later pane knows them for the add-in's own
   */
  reportData(reportSheets?: ReportSheetMark[]): Promise<ReportDataCells>;
  /** remembers the data kept in the workbook (the data sheet's cells), for a resubmission with base "workbook"; null when the cells hold none */
  openReport(cells: string[], lang: "vi" | "en"): Promise<StoredReport | null>;
  /** the row a picked file's issue is about (null when the file, sheet or cell is not in the last check) */
  row(request: RowRequest): Promise<RowView | null>;
}

/** What the last check (or resubmission) left behind for the report, the copies and the next resubmission. */
interface Session {
  analysis: Analysis;
  registry: RegistryUnit[];
  /** the picked files' bytes and Grids, by file name (an annotated copy starts from them) */
  files: Map<string, { bytes: Uint8Array; grids: Grid[] }>;
  /** one per file of the analysis, in its order */
  contributions: UnitContribution[];
  /** the campaign names the last report was built with */
  decisionCampaigns?: Record<string, string>;
  /** the award decisions the last check applied */
  awardDecisions?: Record<string, string>;
  localCatalogue?: ReportData["localCatalogue"];
}

/** The ReportData of a session: what the data sheet keeps, and what a resubmission starts from. */
function dataOf(session: Session): ReportData {
  const a = session.analysis;
  return {
    version: 1,
    ...(a.period ? { period: a.period } : {}),
    ...(a.periodGuessed ? { periodGuessed: true } : {}),
    registry: session.registry,
    ...(session.decisionCampaigns && Object.keys(session.decisionCampaigns).length ? { decisionCampaigns: session.decisionCampaigns } : {}),
    ...(session.awardDecisions && Object.keys(session.awardDecisions).length ? { awardDecisions: session.awardDecisions } : {}),
    ...(session.localCatalogue?.length ? { localCatalogue: session.localCatalogue } : {}),
    contributions: session.contributions,
  };
}

async function storedReportOf(data: ReportData): Promise<StoredReport> {
  const { contributionLabel } = await import("../core/submissions/contributions");
  return {
    units: data.contributions.map(contributionLabel),
    decisionCampaigns: { ...data.decisionCampaigns },
    awardDecisions: { ...data.awardDecisions },
    ...(data.localCatalogue?.length ? { localCatalogue: data.localCatalogue } : {}),
    ...(data.period ? { period: data.period } : {}),
    periodGuessed: !!data.periodGuessed,
  };
}

const NEWER_DATA: Localized = {
  vi: "Dữ liệu các đơn vị trong sổ làm việc này được ghi bằng phiên bản khác của Tổng hợp TĐKT ({marker}): hãy cập nhật tiện ích để dùng được.",
  en: "The units' data in this workbook was written by another version of Tổng hợp TĐKT ({marker}): update the add-in to use it.",
};
const NO_WORKBOOK_DATA: Localized = {
  vi: "Sổ làm việc này không có dữ liệu các đơn vị của lần tổng hợp trước: hãy chọn lại các tệp, Kiểm tra rồi Tổng hợp.",
  en: "This workbook holds no units' data from an earlier consolidation: choose the files again, run Kiểm tra, then Tổng hợp.",
};

class LocalizedError extends Error {
  constructor(readonly localized: Localized, lang: "vi" | "en") {
    super(localized[lang]);
  }
}

/**
 * A file's contribution (core/submissions/contributions.ts, which loads no exceljs: a check must
 * not pay for the writer). The workbook's own sheets get no sender.
 */
async function contributionOf(parsed: ParsedFile, today: string, isWorkbook: boolean): Promise<UnitContribution> {
  const { contributionOf: make } = await import("../core/submissions/contributions");
  return make(parsed, today, { anonymous: isWorkbook });
}

async function summaryOf(analysis: Analysis, awards: typeof import("../core/domain/awards")): Promise<CheckSummary> {
  const { ALL_RULES } = await import("../core/engine");
  const used = new Set(analysis.issues.map((i) => i.rule));
  const ruleTitles: Record<string, Localized> = {};
  for (const r of ALL_RULES) if (used.has(r.meta.id)) ruleTitles[r.meta.id] = r.meta.title;
  return {
    issues: analysis.issues,
    ...awards.unsettledOf(analysis.files.flatMap((f) => f.sheets.flatMap((s) => s.awards))),
    ledger: analysis.ledger,
    period: analysis.period,
    periodGuessed: analysis.periodGuessed ?? false,
    registryCount: analysis.registry.length,
    ruleTitles,
    unitFiles: analysis.files.filter(hasUnitData).length,
  };
}

/** Today as ISO yyyy-mm-dd in local time. */
export function isoToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function createEngineService(): EngineService {
  let last: Session | undefined;
  /** the data of the report kept in the workbook (openReport) */
  let stored: ReportData | undefined;
  const need = (what: string): Session => {
    if (!last) throw new Error(`${what}() before check()`);
    return last;
  };
  return {
    async check(request, onStage) {
      const inputs: { file: string; grids: Grid[]; error?: { vi: string; en: string }; warnings?: { vi: string; en: string }[] }[] = [];
      if (request.workbook && request.workbook.grids.length > 0) inputs.push(request.workbook);
      let registry: RegistryUnit[] | undefined;
      const files = new Map<string, { bytes: Uint8Array; grids: Grid[] }>();
      const engine = await import("../core/engine");
      if (request.files.length > 0 || request.registryFile) {
        onStage?.("files");
        const { readWorkbook } = await import("../files/readWorkbook");
        for (const f of request.files) {
          const bytes = new Uint8Array(f.bytes);
          const read = readWorkbook(bytes, f.name);
          inputs.push({ file: read.file, grids: read.grids, error: read.error });
          files.set(read.file, { bytes, grids: read.grids });
        }
        if (request.registryFile) {
          const read = readWorkbook(new Uint8Array(request.registryFile.bytes), request.registryFile.name);
          registry = engine.registryFromGrids(read.grids);
        }
      }
      onStage?.("analyze");
      const awards = await import("../core/domain/awards");
      awards.useLocalCatalogue(request.localCatalogue); // the worker lives on: the catalogue in use is this request's
      const analysis = engine.analyze(inputs, { period: request.period, registry, ratioLimit: request.ratioLimit, awardDecisions: request.awardDecisions });
      const today = isoToday();
      const workbookFile = request.workbook?.file;
      const contributions = await Promise.all(analysis.files.filter(hasUnitData).map((f) => contributionOf(f, today, f.file === workbookFile)));
      last = { analysis, registry: analysis.registry, files, contributions, awardDecisions: request.awardDecisions, localCatalogue: request.localCatalogue };
      return await summaryOf(analysis, awards);
    },

    async report(request) {
      const session = need("report");
      const engine = await import("../core/engine");
      session.decisionCampaigns = request.decisionCampaigns ?? session.decisionCampaigns;
      const report = engine.buildReport(session.analysis, {
        lang: request.lang,
        period: request.period ?? session.analysis.period,
        registry: session.registry,
        title: request.title,
        decisionCampaigns: session.decisionCampaigns,
      });
      // as the CLI's consolidate: a sheet of who sent, who has not, who sent again and when
      // (always written, so a later report never leaves an outdated one behind)
      const { submissionSheet } = await import("../core/submissions/status");
      return { ...report, sheets: [...report.sheets, submissionSheet(session.registry, session.contributions, session.analysis.issues, request.lang)] };
    },

    async annotate(request) {
      const session = need("annotate");
      const source = session.files.get(request.file);
      if (!source) throw new Error(`annotate(): ${request.file} is not a picked file of the last check`);
      const { annotateWorkbook } = await import("../files/annotate");
      const copy = await annotateWorkbook(source.bytes, request.file, session.analysis.issues, {
        lang: request.lang,
        grids: source.grids,
        parsed: session.analysis.files.find((f) => f.file === request.file),
      });
      return { fileName: copy.fileName, bytes: copy.bytes, rebuilt: copy.rebuilt, issues: copy.issues };
    },

    async reportData(reportSheets) {
      // the sheets of THIS write; a list kept from an earlier report would name sheets since replaced
      const data: ReportData = { ...dataOf(need("reportData")), ...(reportSheets ? { reportSheets } : {}) };
      const { dataSheetCells } = await import("../core/submissions/dataSheet");
      return { cells: dataSheetCells(data), stored: await storedReportOf(data) };
    },

    async openReport(cells, lang) {
      const { reportDataFromCells, DataSheetVersionError } = await import("../core/submissions/dataSheet");
      try {
        stored = reportDataFromCells(cells) ?? undefined;
      } catch (e) {
        stored = undefined;
        if (e instanceof DataSheetVersionError) {
          throw new LocalizedError({ vi: NEWER_DATA.vi.replace("{marker}", e.marker), en: NEWER_DATA.en.replace("{marker}", e.marker) }, lang);
        }
        throw e;
      }
      return stored ? storedReportOf(stored) : null;
    },

    async row(request) {
      const grid = last?.files.get(request.file)?.grids.find((g) => g.sheet === request.sheet);
      return grid ? (await import("./rowView")).rowView(grid, request.cell) : null;
    },

    async resubmit(request, onStage) {
      const fromWorkbook = request.base === "workbook";
      if (fromWorkbook && !stored) throw new LocalizedError(NO_WORKBOOK_DATA, request.lang);
      const session = fromWorkbook ? undefined : need("resubmit");
      const base = session ? dataOf(session) : stored!;
      // the campaign names of Thiết lập are the ones in force: a name removed there is gone
      const data: ReportData = request.decisionCampaigns ? { ...base, decisionCampaigns: request.decisionCampaigns } : base;
      onStage?.("files");
      const { readWorkbook } = await import("../files/readWorkbook");
      const engine = await import("../core/engine");
      const read = request.files.map((f) => {
        const bytes = new Uint8Array(f.bytes);
        return { bytes, read: readWorkbook(bytes, f.name) };
      });
      // an unreadable new file must not replace a good one: nothing changes, the pane says why
      const broken = read.find((r) => r.read.error);
      if (broken) throw new LocalizedError(broken.read.error!, request.lang);
      onStage?.("analyze");
      (await import("../core/domain/awards")).useLocalCatalogue(data.localCatalogue); // the report's own entries settle the new files too
      const parsed = engine.parseWorkbooks(
        read.map((r) => ({ file: r.read.file, grids: r.read.grids })),
        { registry: data.registry },
      );
      const incoming = await Promise.all(parsed.files.map((f) => contributionOf(f, request.today, false)));
      const { rerunWithResubmission } = await import("../core/submissions/resubmit");
      const { formatUnitDiff } = await import("../core/submissions/format");
      const result = rerunWithResubmission(data, incoming, {
        lang: request.lang,
        today: request.today,
        period: request.period,
        ratioLimit: request.ratioLimit,
        registry: data.registry,
      });
      // the picked files' bytes (for annotated copies): the new ones replace those they replaced
      const files = new Map(session?.files ?? []);
      for (const u of result.units) if (u.replacedFile) files.delete(u.replacedFile);
      for (const r of read) files.set(r.read.file, { bytes: r.bytes, grids: r.read.grids });
      last = {
        analysis: result.analysis,
        registry: result.analysis.registry,
        files,
        contributions: result.data.contributions,
        decisionCampaigns: result.data.decisionCampaigns,
        awardDecisions: result.data.awardDecisions,
        localCatalogue: result.data.localCatalogue,
      };
      return {
        summary: await summaryOf(result.analysis, await import("../core/domain/awards")),
        units: result.units.map((u) => ({ ...u, text: formatUnitDiff(u.unit, u.file, u.diff, request.lang, !u.replacedFile) })),
      };
    },
  };
}
