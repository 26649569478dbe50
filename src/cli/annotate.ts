/**
 * `tdkt annotate <files/folders>... --out <folder>`: check every file together (duplicates across
 * units, the registry), then write, for each unit file with problems, a marked copy
 * "<name> - kiem tra.xlsx" into --out. The unit files are only read, never written.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { analyze } from "../core/engine";
import type { CheckOptions } from "../core/rules/rule";
import { annotateWorkbook, annotatedName } from "../files/annotate";
import { CLI } from "../core/i18n/cli";
import type { Params } from "../core/i18n/messages";
import type { CliArgs } from "./args";
import { writeFileAtomic } from "./files";
import { readInput } from "./readInput";

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
  const inputs = paths.map(readInput);
  const analysis = analyze(inputs, options);
  const results: AnnotateResult[] = [];
  const taken = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    const issues = analysis.issues.filter((x) => x.file === input.file);
    if (!issues.length) continue;
    if (input.error) {
      results.push({ file: input.file, issues: issues.length, cellsMarked: 0, rebuilt: false, skipped: input.error[args.lang] });
      continue;
    }
    // two sources with one base name (a.xls and a.xlsx) keep their extension apart
    let name = annotatedName(input.file);
    if (taken.has(name.toLowerCase())) name = `${basename(input.file)} - kiem tra.xlsx`;
    taken.add(name.toLowerCase());
    const target = join(folder, name);
    if (paths.some((p) => resolve(p) === resolve(target))) {
      results.push({ file: input.file, issues: issues.length, cellsMarked: 0, rebuilt: false, skipped: L("wouldOverwriteSource") });
      continue;
    }
    if (existsSync(target) && !args.force) {
      err(`tdkt: ${L("outExists", { path: target })}`);
      return 2;
    }
    const copy = await annotateWorkbook(readFileSync(input.file), input.file, issues, {
      lang: args.lang,
      grids: input.grids,
      parsed: analysis.files[i],
    });
    writeFileAtomic(target, copy.bytes);
    results.push({ file: input.file, out: target, issues: copy.issues, cellsMarked: copy.cellsMarked, rebuilt: copy.rebuilt });
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
