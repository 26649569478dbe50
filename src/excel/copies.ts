/**
 * Copies that arrive: an annotated copy or a report copy opens as a new workbook through
 * Excel.createWorkbook(base64) (ExcelApi 1.8, https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)).
 * A file download from the task pane does nothing in some web views (Excel on Mac), so the
 * download is only the fallback, for an Excel without ExcelApi 1.8 or outside Excel.
 */
import { wrap } from "./errors";

/** Base64 of bytes, in slices (a spread of a large array would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type CreateWorkbook = (base64?: string) => Promise<void>;

/**
 * Opens the bytes as a new workbook. Returns false (nothing done) when this Excel cannot: the
 * caller then offers the file as a download.
 */
export async function openAsNewWorkbook(bytes: Uint8Array, supported: boolean): Promise<boolean> {
  const create = (globalThis as { Excel?: { createWorkbook?: CreateWorkbook } }).Excel?.createWorkbook;
  if (!supported || typeof create !== "function") return false;
  await wrap("openCopy", () => create(toBase64(bytes)));
  return true;
}
