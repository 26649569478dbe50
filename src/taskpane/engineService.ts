/**
 * The heavy work of the pane — reading unit files, analysing, building the report — behind one
 * small interface. It runs inside the Web Worker (worker.ts) so the pane stays responsive; tests
 * and browsers without workers run it in-process. The parser and the engine are loaded with
 * dynamic import(), so they never weigh on the pane's first load.
 */
import type { Grid } from "../core/grid";
import type { FileLedger, Issue } from "../core/model";
import type { ReportModel } from "../core/report";
import type { RegistryUnit } from "../core/rules/rule";
import type { Analysis } from "../core/engine";

export interface FileBytes {
  name: string;
  bytes: ArrayBuffer;
}

export interface CheckRequest {
  /** the Excel workbook's own sheets, already read by the gateway */
  workbook?: { file: string; grids: Grid[] };
  files: FileBytes[];
  registryFile?: FileBytes;
  period?: { from: string; to: string };
  /** CSTĐCS cap as a fraction (0.15) */
  ratioLimit?: number;
}

export interface CheckSummary {
  issues: Issue[];
  ledger: FileLedger[];
  period?: { from: string; to: string };
  periodGuessed: boolean;
  registryCount: number;
}

export interface ReportRequest {
  lang: "vi" | "en";
  title?: string;
  period?: { from: string; to: string };
}

export type Stage = "files" | "analyze" | "report";

export interface EngineService {
  check(request: CheckRequest, onStage?: (stage: Stage) => void): Promise<CheckSummary>;
  /** builds the report of the last check */
  report(request: ReportRequest): Promise<ReportModel>;
}

export function createEngineService(): EngineService {
  let last: { analysis: Analysis; registry: RegistryUnit[] } | undefined;
  return {
    async check(request, onStage) {
      const inputs: { file: string; grids: Grid[]; error?: { vi: string; en: string } }[] = [];
      if (request.workbook && request.workbook.grids.length > 0) inputs.push(request.workbook);
      let registry: RegistryUnit[] | undefined;
      const engine = await import("../core/engine");
      if (request.files.length > 0 || request.registryFile) {
        onStage?.("files");
        const { readWorkbook } = await import("../files/readWorkbook");
        for (const f of request.files) {
          const read = readWorkbook(new Uint8Array(f.bytes), f.name);
          inputs.push({ file: read.file, grids: read.grids, error: read.error });
        }
        if (request.registryFile) {
          const read = readWorkbook(new Uint8Array(request.registryFile.bytes), request.registryFile.name);
          registry = engine.registryFromGrids(read.grids);
        }
      }
      onStage?.("analyze");
      const analysis = engine.analyze(inputs, { period: request.period, registry, ratioLimit: request.ratioLimit });
      last = { analysis, registry: analysis.registry };
      return {
        issues: analysis.issues,
        ledger: analysis.ledger,
        period: analysis.period,
        periodGuessed: analysis.periodGuessed ?? false,
        registryCount: analysis.registry.length,
      };
    },
    async report(request) {
      if (!last) throw new Error("report() before check()");
      const engine = await import("../core/engine");
      return engine.buildReport(last.analysis, {
        lang: request.lang,
        period: request.period ?? last.analysis.period,
        registry: last.registry,
        title: request.title,
      });
    },
  };
}
