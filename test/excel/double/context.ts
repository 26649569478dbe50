/**
 * The request queue and the proxies' base: commands are queued and applied, in order, only at
 * `context.sync()`; a property is readable only after it was loaded AND synced.
 */
import { utf8Length } from "../../../src/excel/addresses";
import type { XlContext } from "../../../src/excel/excelApi";
import type { WorkbookModel } from "./model";
import { ExcelDoubleError, PAYLOAD_LIMIT } from "./proxy";
import { WorkbookDouble } from "./worksheets";

export { ExcelDoubleError, PAYLOAD_LIMIT, READ_CELL_LIMIT, ProxyDouble } from "./proxy";

interface Op {
  /** bytes this command adds to the request */
  bytes: number;
  /** runs at sync; returns the bytes it adds to the response */
  apply(): number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  suspendedCalculation: boolean;
  suspendedScreen: boolean;
}

export class RequestContextDouble implements XlContext {
  readonly workbook: WorkbookDouble;
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  private queue: Op[] = [];
  private flags = { calc: false, screen: false };

  constructor(
    readonly model: WorkbookModel,
    readonly limits = { request: PAYLOAD_LIMIT, response: PAYLOAD_LIMIT },
    /** Excel.run's options (https://learn.microsoft.com/javascript/api/excel/excel.runoptions) */
    readonly runOptions: { delayForCellEdit?: boolean } = {},
  ) {
    this.workbook = new WorkbookDouble(this);
  }

  enqueue(bytes: number, apply: () => number | void): void {
    this.queue.push({ bytes, apply: () => apply() ?? 0 });
  }
  /** a write command: its size is the JSON of what it sends */
  write(what: string, args: unknown, apply: () => void): void {
    this.enqueue(60 + what.length + utf8Length(JSON.stringify(args ?? null)), apply);
  }
  flag(which: "calc" | "screen"): void {
    this.enqueue(60, () => void (this.flags[which] = true));
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    // In cell-edit mode a batch fails, unless the run asked to wait for the edit to end
    // (RunOptions.delayForCellEdit, ExcelApi 1.5: https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
    if (this.model.cellEditMode) {
      if (!this.runOptions.delayForCellEdit) {
        throw new ExcelDoubleError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      await this.model.untilEditEnds();
    }
    const n = ++this.model.syncCount;
    if (this.model.failSync?.(n)) throw new ExcelDoubleError("GeneralException", `There was an internal error while processing the request (sync ${n}, injected).`);
    const requestBytes = ops.reduce((n, op) => n + op.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, suspendedCalculation: false, suspendedScreen: false };
    this.syncs.push(record);
    if (requestBytes > this.limits.request) {
      throw new ExcelDoubleError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.flags = { calc: false, screen: false };
    // Excel applies the batch in order and stops at the first failing command.
    for (const op of ops) record.responseBytes += op.apply();
    record.suspendedCalculation = this.flags.calc;
    record.suspendedScreen = this.flags.screen;
    if (record.responseBytes > this.limits.response) {
      throw new ExcelDoubleError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    await Promise.resolve();
  }
}

