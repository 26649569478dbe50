/**
 * `tdkt annotate <files/folders>... --out <folder>`: check every file together (duplicates across
 * units, the registry), then write, for each unit file with problems, a marked copy
 * "<name> - kiem tra.xlsx" into --out. The unit files are only read, never written.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { CheckOptions } from "../core/rules/rule";
import { annotatedName } from "../files/annotate";
import type { CliArgs } from "./args";
import { writeFileAtomic } from "./files";
import { sessionOf } from "./sessionOf";

export interface AnnotateResult {
  file: string;
  out?: string;
  issues: number;
  cellsMarked: number;
  rebuilt: boolean;
  /** why no copy was written */
  skipped?: string;
}

export async function runAnnotate(args: CliArgs, paths: string[], options: CheckOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const vi = args.lang === "vi";
  const folder = args.out!;
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    err(vi ? `tdkt: --out phải là một thư mục: ${folder}` : `tdkt: --out must be a folder: ${folder}`);
    return 2;
  }
  mkdirSync(folder, { recursive: true });
  // the session checks every file together, as the pane does (src/app/session.ts)
  const session = await sessionOf(args, options);
  const results: AnnotateResult[] = [];
  const readable: { name: string; bytes: Uint8Array }[] = [];
  for (const p of paths) {
    try {
      readable.push({ name: p, bytes: readFileSync(p) });
    } catch (e) {
      results.push({ file: p, issues: 0, cellsMarked: 0, rebuilt: false, skipped: (e as Error).message });
    }
  }
  session.addFiles(readable);
  const analysis = await session.check();
  const taken = new Set<string>();
  for (const file of session.state.files) {
    const issues = analysis.issues.filter((x) => x.file === file.name);
    if (!issues.length) continue;
    const error = analysis.ledger.find((f) => f.file === file.name)?.error;
    if (error) {
      results.push({ file: file.name, issues: issues.length, cellsMarked: 0, rebuilt: false, skipped: error[args.lang] });
      continue;
    }
    // two sources with one base name (a.xls and a.xlsx) keep their extension apart
    let name = annotatedName(file.name);
    if (taken.has(name.toLowerCase())) name = `${basename(file.name)} - kiem tra.xlsx`;
    taken.add(name.toLowerCase());
    const target = join(folder, name);
    if (paths.some((p) => resolve(p) === resolve(target))) {
      results.push({ file: file.name, issues: issues.length, cellsMarked: 0, rebuilt: false, skipped: "would overwrite a source file" });
      continue;
    }
    if (existsSync(target) && !args.force) {
      err(vi ? `tdkt: tệp ${target} đã có; dùng --force để ghi đè.` : `tdkt: ${target} exists; use --force to overwrite it.`);
      return 2;
    }
    const copy = await session.annotate(file.name, args.lang);
    writeFileAtomic(target, copy.bytes);
    results.push({ file: file.name, out: target, issues: copy.issues, cellsMarked: copy.cellsMarked, rebuilt: copy.rebuilt });
  }
  if (args.json) out(JSON.stringify({ copies: results }, null, 1));
  else {
    const lines = results.map((r) =>
      r.skipped
        ? `- ${basename(r.file)}: ${vi ? "không tạo bản sao" : "no copy"} (${r.skipped})`
        : vi
          ? `- ${basename(r.file)} → ${r.out}: ${r.issues} vấn đề, ${r.cellsMarked} ô được đánh dấu${r.rebuilt ? " (dựng lại dạng .xlsx)" : ""}`
          : `- ${basename(r.file)} → ${r.out}: ${r.issues} problems, ${r.cellsMarked} cells marked${r.rebuilt ? " (rebuilt as .xlsx)" : ""}`,
    );
    const written = results.filter((r) => r.out).length;
    out((vi ? `Đã tạo ${written} bản sao để gửi lại đơn vị, trong ${folder}:` : `${written} copies to send back to units, in ${folder}:`) + "\n" + lines.join("\n"));
  }
  return 0;
}
