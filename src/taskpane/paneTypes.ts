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

/**
 * A fingerprint of a file's bytes (two FNV-1a 32-bit hashes and the length): enough to tell the
 * same file added twice from two files that share a name. Synchronous and dependency-free, so it
 * works in every pane host (Web Crypto is not everywhere an add-in runs).
 */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[bytes.length - 1 - i], 0x01000193);
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}-${bytes.length}`;
}

/** "Bao cao.xlsx" -> "Bao cao (2).xlsx", the first such name not in `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
