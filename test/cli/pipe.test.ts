/**
 * The CLI's output read through a pipe, as `| jq` or a script reads it: the whole output arrives,
 * however large (a process that exits before stdout drains cuts it at the pipe's 64 KB buffer).
 * The input is made here: one CSV award list whose rows come in pairs (one award-duplicate per pair),
 * so the JSON runs well over 1 MB.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const PAIRS = 4000;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tdkt-pipe-"));
  const lines = ['STT,"Tên tập thể, cá nhân",Đơn vị,Danh hiệu/Hình thức,Số QĐ,Ngày QĐ,Tập thể/Cá nhân,Loại khen thưởng'];
  for (let i = 1; i <= 2 * PAIRS; i++) {
    const p = Math.ceil(i / 2);
    lines.push(`${i},Nguyễn Văn Người ${p},UBND xã Một,Giấy khen của Chủ tịch UBND huyện,${100 + (p % 50)}/QĐ-UBND,10/05/2024,Cá nhân,Chuyên đề`);
  }
  writeFileSync(join(dir, "danh-sach.csv"), lines.join("\n") + "\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run --silent tdkt -- ARGS | node -e READER`, through a real shell pipe; returns the reader's stdout (the CLI exits 1: the duplicates are errors). */
function throughPipe(args: string, reader: string): string {
  return execFileSync("bash", ["-c", `npm run --silent tdkt -- ${args} | node -e '${reader}'`], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

test("check --json through a pipe: over 1 MB of JSON, whole and valid", () => {
  const reader = `const t = require("fs").readFileSync(0, "utf8"); const j = JSON.parse(t); console.log(t.length, j.issues.filter((i) => i.rule === "award-duplicate").length)`;
  const [chars, duplicates] = throughPipe(`check "${dir}" --json`, reader).trim().split(" ").map(Number);
  expect(chars).toBeGreaterThan(1024 * 1024);
  expect(duplicates).toBe(PAIRS);
}, 120_000);

test("check (text) through a pipe: every issue line and the closing totals arrive", () => {
  // prints: issue lines naming award-duplicate, whether a "Total:" line is there, the count on the
  // closing "  award-duplicate: N" line, and whether the text ends with a per-rule total line
  const reader = `const t = require("fs").readFileSync(0, "utf8"); const dup = t.match(/\\n  award-duplicate: (\\d+)\\n/); console.log(t.split("\\n").filter((l) => l.includes("award-duplicate") && l.includes("!")).length, /\\nTotal: /.test(t), dup ? dup[1] : "none", /\\n  [a-z-]+: \\d+\\n$/.test(t))`;
  const [lines, total, duplicates, endsWithTotals] = throughPipe(`check "${dir}" --lang en`, reader).trim().split(" ");
  expect(Number(lines)).toBe(PAIRS);
  expect(total).toBe("true");
  expect(Number(duplicates)).toBe(PAIRS);
  expect(endsWithTotals).toBe("true");
}, 120_000);
