/**
 * Memory and time of the reader on the heavy bad inputs of the safety catalogue (issue 6), for the
 * README's "Giới hạn và an toàn / Limits and safety".
 *
 *   npx tsx bench/bad-input-memory.ts
 *
 * Each case is written to a temporary folder, then read by readWorkbook in a fresh Node process, so
 * one case's garbage never counts against another. Printed per case: the file size, the verdict,
 * the wall time of readWorkbook, the process's resident set before reading (Node + SheetJS loaded)
 * and its peak (VmHWM) after: the peak is what a user's machine must have free for one file.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * This process's peak resident set, MB. Linux's VmHWM belongs to the process image, whereas
 * getrusage's maxRSS also keeps the peak of the parent it was forked from (the generator, which
 * holds every case in memory): VmHWM where there is /proc, maxRSS elsewhere.
 */
function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // no /proc
  }
  return process.resourceUsage().maxRSS / 1024;
}

if (process.argv[2] === "--one") {
  // child: read one file and report
  const file = process.argv[3];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readWorkbook } = require("../src/files/readWorkbook") as typeof import("../src/files/readWorkbook");
  const bytes = new Uint8Array(fs.readFileSync(file));
  const before = process.memoryUsage().rss;
  const t = process.hrtime.bigint();
  const r = readWorkbook(bytes, path.basename(file));
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cells = r.grids.reduce((n, g) => n + g.cells.reduce((m, row) => m + (row ?? []).filter(Boolean).length, 0), 0);
  process.stdout.write(
    JSON.stringify({ ms, beforeMb: before / 1048576, peakMb: peakRssMb(), error: r.error?.message.en, cells }) + "\n",
  );
  process.exit(0);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bad = require("../test/safety/badInputs") as typeof import("../test/safety/badInputs");

/** The largest sheet the reader accepts: 100,000 award rows of 8 columns (the row limit). */
function rowLimitSheet(): Uint8Array {
  const parts: string[] = [bad.rowXml(0, ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng", "Số, ngày quyết định", "Ngày", "Ghi chú", "Đơn vị"])];
  for (let r = 1; r < 100_000; r++)
    parts.push(bad.rowXml(r, [r, `Nguyễn Văn ${r}`, "Giáo viên Trường Tiểu học Quài Nưa", "Lao động tiên tiến", `${r % 900}/QĐ-UBND ngày 15/3/2024`, "15/03/2024", "Thường xuyên", "Xã Quài Nưa"]));
  return bad.xlsxPackage(bad.sheetXml(parts.join("")));
}

/** 1,000,000 rows of three text columns: ~186 MB of sheet XML, refused by the unpacked-size limit. */
function millionWideRows(): Uint8Array {
  const parts: string[] = [];
  for (let r = 0; r < 1_000_000; r++) parts.push(bad.rowXml(r, [r + 1, `Nguyễn Văn ${r}`, "Lao động tiên tiến"]));
  return bad.xlsxPackage(bad.sheetXml(parts.join("")), { sheetEntry: { level: 1 } });
}

/**
 * The worst a file can hold and pass every limit: just under 100 MB of sheet XML of small numeric
 * cells (50,000 rows x 75 columns = 3.75 million cells, under MAX_CELLS), which sets the memory bound.
 */
function densestAccepted(): Uint8Array {
  const parts: string[] = [];
  for (let r = 0; r < 50_000; r++) {
    let cells = "";
    for (let c = 0; c < 75; c++) cells += `<c r="${colName(c)}${r + 1}"><v>${(r + c) % 10}</v></c>`;
    parts.push(`<row r="${r + 1}">${cells}</row>`);
  }
  return bad.xlsxPackage(bad.sheetXml(parts.join("")), { sheetEntry: { level: 1 } });
}

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const byId = (id: string) => bad.CATALOGUE.find((c) => c.id === id)!.make;
const ALL_CASES: [string, () => Uint8Array][] = [
  ["good award list (3 rows)", bad.goodWorkbook],
  ["1,000,000 rows x 1 column (row limit)", bad.millionRows],
  ["1,000,000 rows x 3 columns (unpacked limit)", millionWideRows],
  ["100,000 rows x 8 columns (largest accepted sheet)", rowLimitSheet],
  ["50,000 x 75 numbers, ~96 MB XML (densest accepted)", densestAccepted],
  ["49 MB workbook (list + scanned page)", bad.nearLimitWorkbook],
  ["over 50 MB", byId("over-50mb")],
  ["zip bomb 200 MB, honest sizes", byId("zip-bomb")],
  ["zip bomb, lying sizes", byId("zip-bomb-lying")],
  ["billion laughs", byId("xml-entity-expansion")],
];

// optional filter: npx tsx bench/bad-input-memory.ts densest
const only = process.argv[2];
const CASES = only ? ALL_CASES.filter(([name]) => name.includes(only)) : ALL_CASES;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-bad-mem-"));
const mb = (n: number) => n.toFixed(0).padStart(6);
console.log(`node ${process.version}, ${os.cpus().length} CPU, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB\n`);
console.log("case".padEnd(52) + "   file MB  read ms  RSS before  RSS peak  verdict");
try {
  for (const [name, make] of CASES) {
    const file = path.join(dir, "case.xlsx");
    const bytes = make();
    fs.writeFileSync(file, bytes);
    const child = spawnSync(process.execPath, ["--import", "tsx", __filename, "--one", file], { encoding: "utf8", maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split("\n").pop() ?? "";
    let res: { ms: number; beforeMb: number; peakMb: number; error?: string; cells: number };
    try {
      res = JSON.parse(line);
    } catch {
      console.log(`${name.padEnd(52)} child failed: ${child.stderr.slice(0, 300)}`);
      continue;
    }
    const verdict = res.error ? `refused: ${res.error.slice(0, 70)}…` : `read, ${res.cells.toLocaleString("en-US")} cells`;
    console.log(`${name.padEnd(52)} ${(bytes.length / 1048576).toFixed(1).padStart(8)} ${mb(res.ms).padStart(8)} ${mb(res.beforeMb).padStart(11)} ${mb(res.peakMb).padStart(9)}  ${verdict}`);
    fs.rmSync(file);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
