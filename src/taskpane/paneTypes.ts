/** Types and small helpers the pane's components and hooks share. */
import { isPlainError, TdktError } from "../core/errors";
import type { Lang } from "../i18n/strings";
import type { FileBytes, Stage } from "./engineService";

export const ACCEPT = ".xlsx,.xlsm,.xlsb,.xls,.ods,.fods,.csv";
export const ACCEPTED_NAME = /\.(xlsx|xlsm|xlsb|xls|ods|fods|csv)$/i;
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A unit file chosen in the pane. It is known by its content (`hash`), not its name: two units
 * often reply with the same template name ("Bao cao.xlsx"). `name` is unique among the picked
 * files (the engine keys files by it): the second "Bao cao.xlsx" becomes "Bao cao (2).xlsx".
 */
export interface PickedFile {
  name: string;
  /** the name the file had on disk */
  original: string;
  hash: string;
  file: File;
}

export type Busy =
  | { kind: "check"; stage: Stage | "sheets" }
  | { kind: "report"; percent: number }
  | { kind: "annotate"; file: string }
  | { kind: "resubmit"; stage: Stage }
  | null;

/** One row of the campaign editor (Thiết lập); `id` keeps React's keys and focus stable. */
export interface CampaignRow {
  id: number;
  number: string;
  name: string;
}

/** The rows with both a number and a name, as ReportOptions.decisionCampaigns. */
export function campaignsOf(rows: CampaignRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) if (r.number.trim() && r.name.trim()) out[r.number.trim()] = r.name.trim();
  return out;
}

/** An annotated copy made in this session, kept as an object URL so it can be saved again. */
export interface Copy {
  file: string;
  fileName: string;
  url: string;
  rebuilt: boolean;
  issues: number;
}

/** A failure as the user reads it: the one error type in the pane's language; a bug's Error as it is. */
export function messageOf(e: unknown, lang: Lang): string {
  if (e instanceof TdktError || isPlainError(e)) return TdktError.from(e).messageIn(lang);
  return e instanceof Error ? e.message : String(e);
}

export async function bytesOf(f: File, name = f.name): Promise<FileBytes> {
  return { name, bytes: await f.arrayBuffer() };
}

/** Save a Blob URL under a file name, as a click on an <a download> link does. */
export function saveUrl(url: string, fileName: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** ISO yyyy-mm-dd -> dd/mm/yyyy, as Vietnamese documents write dates. */
export function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** dd/mm/yyyy (also d/m/yyyy, with - or .) -> ISO yyyy-mm-dd; null when it is no real date. */
export function isoFromVi(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${y}-${p(mo)}-${p(d)}`;
}

/** Files are known by their content, as in the session (src/app/files.ts). */
export { contentHash } from "../app/files";
