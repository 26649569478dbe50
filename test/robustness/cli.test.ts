/**
 * The CLI over calamine's 132 spreadsheets, as a user runs it: it never crashes, accounts for every
 * file in its JSON, and its stderr carries none of the parser's own console notes (SheetJS prints
 * "Missing Info for XLS Record ..." and "ODS number format may be incorrect ..." on these files).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const DIR = path.join(__dirname, "calamine");

test("tdkt check on calamine's files: every file in the JSON once, stderr empty, exit 2 (some inputs refused as unreadable, the others still checked), no crash", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-robust-"));
  const outFile = path.join(tmp, "check.json");
  const out = fs.openSync(outFile, "w");
  try {
    const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), "check", DIR, "--json"], { cwd: ROOT, stdio: ["ignore", out, "pipe"], encoding: "utf8", timeout: 300_000 });
    fs.closeSync(out);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: "" });
    const json = JSON.parse(fs.readFileSync(outFile, "utf8")) as { files: { file: string }[] };
    const files = fs.readdirSync(DIR).filter((f) => /\.(xls|xlsx|xlsm|xlsb|ods)$/i.test(f)).sort();
    expect(json.files.map((f) => path.basename(f.file)).sort()).toEqual(files);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
