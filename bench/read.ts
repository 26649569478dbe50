/**
 * Reading benchmark: times readWorkbook (SheetJS parse + conversion to Grid) over a set of files,
 * with SheetJS's own XLSX.read parse time beside it, and the peak memory seen.
 *
 *   npx tsx bench/read.ts [file-or-folder ...]     (default: bench/corpus, made if missing, and ../shared/samples)
 *
 * Memory is sampled after every file (reading is synchronous, so a timer would never fire during a
 * parse): peakRssMb is the largest resident set size seen, peakHeapMb the largest V8 heap in use.
 */
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import { readWorkbook } from "../src/files/readWorkbook";
import { DEFAULT_CORPUS_DIR, makeCorpus } from "./corpus";

export interface BenchReadResult {
  files: number;
  /** files that came back with an error (not counted in cells) */
  errors: number;
  /** filled cells read into Grids */
  cells: number;
  bytes: number;
  /** readWorkbook over all files, ms */
  ms: number;
  /** XLSX.read alone (same options) over the same files, ms */
  parseMs: number;
  peakRssMb: number;
  peakHeapMb: number;
}

const SPREADSHEET = /\.(xlsx|xls|ods|csv)$/i;

/** Files to read: each path as is, or the spreadsheet files inside a folder (sorted). */
export function spreadsheetFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) continue;
    if (fs.statSync(p).isDirectory())
      out.push(...fs.readdirSync(p).filter((f) => SPREADSHEET.test(f)).sort().map((f) => path.join(p, f)));
    else out.push(p);
  }
  return out;
}

export function benchRead(paths: string[]): BenchReadResult {
  const files = spreadsheetFiles(paths);
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  let ms = 0;
  let parseMs = 0;
  let cells = 0;
  let errors = 0;
  let bytes = 0;
  for (const file of files) {
    const data = new Uint8Array(fs.readFileSync(file));
    bytes += data.length;
    let t = performance.now();
    const read = readWorkbook(data, path.basename(file));
    ms += performance.now() - t;
    sample();
    if (read.error) errors++;
    for (const g of read.grids) for (const row of g.cells) if (row) for (const c of row) if (c) cells++;
    if (!/\.csv$/i.test(file)) {
      t = performance.now();
      try {
        XLSX.read(data, { type: "array", dense: true, cellNF: true, cellFormula: true, cellStyles: true, cellDates: false });
      } catch {
        // counted by readWorkbook already
      }
      parseMs += performance.now() - t;
      sample();
    }
  }
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return { files: files.length, errors, cells, bytes, ms: Math.round(ms), parseMs: Math.round(parseMs), peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap) };
}

export function formatBenchRead(label: string, r: BenchReadResult): string {
  return (
    `${label}: ${r.files} files (${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.cells.toLocaleString("en-US")} cells, ${r.errors} errors): ` +
    `readWorkbook ${r.ms} ms, XLSX.read alone ${r.parseMs} ms, peak RSS ${r.peakRssMb} MB, peak heap ${r.peakHeapMb} MB`
  );
}

async function main() {
  const args = process.argv.slice(2);
  if (args.length) {
    console.log(formatBenchRead(args.join(" "), benchRead(args)));
    return;
  }
  if (spreadsheetFiles([DEFAULT_CORPUS_DIR]).length === 0) {
    console.log("bench/corpus is empty: writing 60 workbooks × 3,000 award rows ...");
    await makeCorpus(DEFAULT_CORPUS_DIR);
  }
  console.log(formatBenchRead("bench/corpus", benchRead([DEFAULT_CORPUS_DIR])));
  const samples = path.resolve(__dirname, "../../shared/samples");
  if (fs.existsSync(samples)) console.log(formatBenchRead("shared/samples", benchRead([samples])));
  else console.log(`shared/samples: ${samples} is absent, skipped`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
