/**
 * `tdkt annotate <files/folders>... --out <folder>`: check every file together (duplicates across
 * units, the registry), then write, for each unit file with problems, a marked copy
 * "<name> - kiem tra.xlsx" into --out. The unit files are only read, never written.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { CheckOptions } from "../core/rules/rule";
import { annotatedName } from "../files/annotate";
import { CLI } from "../core/i18n/cli";
import type { Params } from "../core/i18n/messages";
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
  const L = (key: Parameters<typeof CLI.text>[1], params: Params = {}) => CLI.text(args.lang, key, params as never);
  const folder = args.out!;
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    err(`tdkt: ${L("outNotFolder", { path: folder })}`);
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
      results.push({ file: file.name, issues: issues.length, cellsMarked: 0, rebuilt: false, skipped: error.message[args.lang] });
      continue;
    }
    // two sources with one base name (a.xls and a.xlsx) keep their extension apart
    let name = annotatedName(file.name);
    if (taken.has(name.toLowerCase())) name = `${basename(file.name)} - kiem tra.xlsx`;
    taken.add(name.toLowerCase());
    const target = join(folder, name);
    if (paths.some((p) => resolve(p) === resolve(target))) {
      results.push({ file: file.name, issues: issues.length, cellsMarked: 0, rebuilt: false, skipped: L("wouldOverwriteSource") });
      continue;
    }
    if (existsSync(target) && !args.force) {
      err(`tdkt: ${L("outExists", { path: target })}`);
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
        ? L("copyNotMade", { file: basename(r.file), why: r.skipped })
        : L("copyMade", { file: basename(r.file), out: r.out ?? "", issues: r.issues, cells: r.cellsMarked, rebuilt: r.rebuilt ? L("copyRebuilt") : "" }),
    );
    const written = results.filter((r) => r.out).length;
    out(L("copiesMade", { count: written, folder }) + "\n" + lines.join("\n"));
  }
  return 0;
}
