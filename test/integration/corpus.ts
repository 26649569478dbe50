/**
 * Shared access to the reference corpus in ../shared/samples (present on the team's machines and
 * in CI, absent from a user's clone): tests that use it skip with a clear message when it is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyze, type Analysis } from "../../src/core/engine";
import { collectFiles } from "../../src/cli/files";
import { readInput } from "../../src/cli/readInput";

export const SAMPLES = resolve(__dirname, "../../../shared/samples");
export const HAVE_SAMPLES = existsSync(join(SAMPLES, "answers.json"));

export interface Planted {
  id: string;
  rule: string;
  file: string;
  sheet: string | null;
  cells: string[];
  row?: number;
  rows?: number[];
}

export function answers(): any {
  return JSON.parse(readFileSync(join(SAMPLES, "answers.json"), "utf8"));
}

let cached: Analysis | undefined;
/** The corpus checked once per test file, with the period and registry the answers name. */
export function analyzeCorpus(): Analysis {
  if (cached) return cached;
  const a = answers();
  const files = collectFiles([SAMPLES]);
  const inputs = files.map(readInput);
  cached = analyze(inputs, { period: a.period });
  return cached;
}

/** describe or describe.skip, with the reason printed once. */
export function describeWithSamples(name: string, fn: () => void): void {
  if (!HAVE_SAMPLES) {
     
    console.warn(`SKIPPED "${name}": the reference corpus ${SAMPLES} is absent (it ships only with the team's shared folder).`);
    // the body is not run: it reads the corpus while jest collects the tests
    describe.skip(name, () => test(`needs ${SAMPLES}`, () => undefined));
  } else describe(name, fn);
}

export const rowOf = (cell?: string) => {
  const m = /(\d+)$/.exec(cell ?? "");
  return m ? Number(m[1]) : null;
};
