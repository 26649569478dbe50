/**
 * The pane's face of the one session (src/app/session.ts): its requests and the views it shows
 * (summary, stored report, row), mapped onto the session's use cases — the CLI calls the same
 * session directly. It runs inside the Web Worker (worker.ts) so the pane stays responsive; tests
 * and browsers without workers run it in-process. The session loads the parser, the engine and
 * exceljs with dynamic import(), so they never weigh on the pane's first load.
 */
import { errorOf } from "../core/errors";
import { ERRORS } from "../core/i18n/errors";
import { createSession, type Session } from "../app/session";
import type { Grid } from "../core/grid";
import type { FileLedger, Issue, Localized } from "../core/model";
import type { ReportModel } from "../core/report";
import { hasUnitData } from "../core/rules/rule";
import type { Analysis } from "../core/engine";
import type { ReportData, ReportSheetMark } from "../core/submissions/contributions";
import type { UnitDiff } from "../core/submissions/diff";
import type { Unsettled } from "../core/domain/awards";
import type { ColumnDecision } from "../core/layout/columnDecisions";

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
  /** the user's decisions on columns (file name or content hash, sheet, column letter, role) */
  columnDecisions?: ColumnDecision[];
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

export { isoToday } from "../core/submissions/contributions";

export function createEngineService(session: Session = createSession()): EngineService {
  return {
    async check(request, onStage) {
      // the pane sends its whole list every time (already one file per content, names unique)
      for (const f of [...session.state.files]) session.removeFile(f.name);
      session.setWorkbook(request.workbook);
      if (request.files.length > 0 || request.registryFile) onStage?.("files");
      session.addFiles(request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })));
      await session.setRegistry(request.registryFile && { name: request.registryFile.name, bytes: new Uint8Array(request.registryFile.bytes) });
      session.settle({ period: request.period, ratioLimit: request.ratioLimit, awardDecisions: { ...request.awardDecisions }, localCatalogue: request.localCatalogue, columnDecisions: request.columnDecisions });
      onStage?.("analyze");
      const analysis = await session.check();
      return await summaryOf(analysis, await import("../core/domain/awards"));
    },

    report(request) {
      if (request.period) session.settle({ period: request.period });
      if (request.decisionCampaigns) session.settle({ campaigns: request.decisionCampaigns });
      return session.report({ lang: request.lang, title: request.title });
    },

    async annotate(request) {
      const copy = await session.annotate(request.file, request.lang);
      return { fileName: copy.fileName, bytes: copy.bytes, rebuilt: copy.rebuilt, issues: copy.issues };
    },

    async reportData(reportSheets) {
      const data = await session.reportData(reportSheets);
      const { dataSheetCells } = await import("../core/submissions/dataSheet");
      return { cells: dataSheetCells(data), stored: await storedReportOf(data) };
    },

    async openReport(cells) {
      const { reportDataFromCells, DataSheetVersionError } = await import("../core/submissions/dataSheet");
      let data: ReportData | null;
      try {
        data = reportDataFromCells(cells);
      } catch (e) {
        session.openReport(null);
        if (e instanceof DataSheetVersionError) {
          throw errorOf(ERRORS, "newer-data", "newerData", {}, { marker: e.marker });
        }
        throw e;
      }
      session.openReport(data);
      return data ? storedReportOf(data) : null;
    },

    async row(request) {
      const grid = session.state.files.find((f) => f.name === request.file)?.grids?.find((g) => g.sheet === request.sheet);
      return grid ? (await import("./rowView")).rowView(grid, request.cell) : null;
    },

    async resubmit(request, onStage) {
      const fromWorkbook = request.base === "workbook";
      if (fromWorkbook && !session.state.stored) throw errorOf(ERRORS, "no-workbook-data", "noWorkbookData", {});
      // the campaign names of Thiết lập are the ones in force: the pane edits the whole list
      if (request.decisionCampaigns) session.settle({ campaigns: request.decisionCampaigns });
      session.settle({ period: request.period, ratioLimit: request.ratioLimit });
      onStage?.("files");
      const result = await session.resubmit({
        files: request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
        lang: request.lang,
        today: request.today,
        base: fromWorkbook ? "stored" : "run",
      });
      onStage?.("analyze");
      const { formatUnitDiff } = await import("../core/submissions/format");
      return {
        summary: await summaryOf(result.analysis, await import("../core/domain/awards")),
        units: result.units.map((u) => ({ ...u, text: formatUnitDiff(u.unit, u.file, u.diff, request.lang, !u.replacedFile) })),
      };
    },
  };
}
