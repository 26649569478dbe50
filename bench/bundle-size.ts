/**
 * Gzip sizes of the built task pane (run `npm run build` first):
 *   npx tsx bench/bundle-size.ts [dist]
 * Initial chunks are the scripts taskpane.html loads; every other .js is lazy (the worker, the
 * engine, the spreadsheet parser). Exits 1 when the initial JS passes the 300 KB gzip budget or the
 * parser ended up in an initial chunk.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 300;
const dist = resolve(process.argv[2] ?? "dist");
const html = readFileSync(join(dist, "taskpane.html"), "utf8");
const initial = new Set([...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src)));
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

interface Row {
  file: string;
  kind: "initial" | "lazy";
  raw: number;
  gzip: number;
  parser: boolean;
}
const rows: Row[] = readdirSync(dist)
  .filter((f) => f.endsWith(".js"))
  .map((file): Row => {
    const bytes = readFileSync(join(dist, file));
    const text = bytes.toString("utf8");
    return {
      file,
      kind: initial.has(file) ? "initial" : "lazy",
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      // SheetJS announces itself in its version banner and in its codepage tables
      parser: /SheetJS|XLSX\.version|cptable/.test(text),
    };
  })
  .sort((a, b) => (a.kind === b.kind ? b.gzip - a.gzip : a.kind === "initial" ? -1 : 1));

console.log("chunk".padEnd(28), "kind".padEnd(8), "raw KB".padStart(8), "gzip KB".padStart(8), " contents");
for (const r of rows) {
  console.log(r.file.padEnd(28), r.kind.padEnd(8), String(kb(r.raw)).padStart(8), String(kb(r.gzip)).padStart(8), r.parser ? " spreadsheet parser" : "");
}
const total = (kind: Row["kind"]) => rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.gzip, 0);
console.log(`initial JS: ${kb(total("initial"))} KB gzip (budget ${BUDGET_KB} KB); lazy JS: ${kb(total("lazy"))} KB gzip`);
const parserInitial = rows.some((r) => r.kind === "initial" && r.parser);
if (parserInitial) console.error("the spreadsheet parser is in an initial chunk: it must be loaded with import()");
if (total("initial") > BUDGET_KB * 1024 || parserInitial) process.exit(1);
