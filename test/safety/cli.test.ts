/**
 * The CLI over a folder of bad files next to a good one: the right exit code, every bad file named,
 * the good one read, not one byte or timestamp of a source changed, and the report never replaced
 * without --force (written through a temporary file and a rename).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { writeFileAtomic } from "../../src/cli/files";
import { CATALOGUE, GOOD_FILE, goodWorkbook } from "./badInputs";

// the >50 MB file is left to the reader tests: 50 MB on disk per run buys nothing here
const ENTRIES = CATALOGUE.filter((c) => c.id !== "over-50mb");

let root: string;
let sources: string;
let outDir: string;

function snapshot(dir: string) {
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => {
      const p = path.join(dir, f);
      const st = fs.statSync(p);
      return { f, mtimeMs: st.mtimeMs, size: st.size, bytes: fs.readFileSync(p).toString("base64") };
    });
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-safety-"));
  sources = path.join(root, "don-vi");
  outDir = path.join(root, "bao-cao");
  fs.mkdirSync(sources);
  fs.mkdirSync(outDir);
  fs.writeFileSync(path.join(sources, GOOD_FILE), goodWorkbook());
  for (const c of ENTRIES) fs.writeFileSync(path.join(sources, c.file), c.make());
  // sources read-only, as a received folder often is: any write attempt would fail loudly
  for (const f of fs.readdirSync(sources)) fs.chmodSync(path.join(sources, f), 0o444);
});
afterAll(() => {
  for (const f of fs.readdirSync(sources)) fs.chmodSync(path.join(sources, f), 0o644);
  fs.rmSync(root, { recursive: true, force: true });
});

test("check: exit 2 (unreadable input), every refused file named with its message, the good file read, sources untouched", async () => {
  const before = snapshot(sources);
  const r = await cli("check", sources, "--json", "--lang", "en");
  expect(r.code).toBe(2); // an input could not be read (README: exit codes); the others are still checked
  const json = JSON.parse(r.out) as { files: { file: string; error?: string; sheets: { rowsRead: number }[] }[] };
  expect(json.files).toHaveLength(ENTRIES.length + 1);
  const byName = new Map(json.files.map((f) => [path.basename(f.file), f]));
  expect(byName.get(GOOD_FILE)!.sheets.map((s) => s.rowsRead)).toEqual([3]);
  for (const c of ENTRIES) {
    const f = byName.get(c.file)!;
    if (c.expect.kind === "error") expect({ file: c.file, error: f.error }).toEqual({ file: c.file, error: expect.stringMatching(c.expect.en) });
    else expect({ file: c.file, error: f.error }).toEqual({ file: c.file, error: undefined });
  }
  expect(snapshot(sources)).toEqual(before);
});

test("consolidate: writes the report; refuses to replace it without --force; --force replaces it atomically", async () => {
  const before = snapshot(sources);
  const out = path.join(outDir, "tong-hop.xlsx");
  const first = await cli("consolidate", sources, "--out", out);
  expect(first.code).toBe(2); // refused files are unreadable input; the report is still written
  expect(fs.existsSync(out)).toBe(true);
  const written = fs.statSync(out);
  const bytes = fs.readFileSync(out);

  const again = await cli("consolidate", sources, "--out", out);
  expect(again.code).toBe(2);
  expect(again.err).toContain("--force");
  expect(fs.readFileSync(out).equals(bytes)).toBe(true);
  expect(fs.statSync(out).mtimeMs).toBe(written.mtimeMs);

  const forced = await cli("consolidate", sources, "--out", out, "--force");
  expect(forced.code).toBe(2);
  // a rename puts a new file in place (new inode), it does not write into the old one
  expect(fs.statSync(out).ino).not.toBe(written.ino);
  expect(fs.readdirSync(outDir)).toEqual(["tong-hop.xlsx"]); // no temporary file left
  expect(snapshot(sources)).toEqual(before);
});

describe("writeFileAtomic", () => {
  test("replaces through a rename; with overwrite: false never replaces, even a file that appeared meanwhile", () => {
    const p = path.join(outDir, "a.xlsx");
    writeFileAtomic(p, new Uint8Array([1, 2, 3]));
    const ino = fs.statSync(p).ino;
    writeFileAtomic(p, new Uint8Array([4, 5]));
    expect([...fs.readFileSync(p)]).toEqual([4, 5]);
    expect(fs.statSync(p).ino).not.toBe(ino);
    expect(() => writeFileAtomic(p, new Uint8Array([9]), { overwrite: false })).toThrow(/EEXIST/);
    expect([...fs.readFileSync(p)]).toEqual([4, 5]);
    const q = path.join(outDir, "b.xlsx");
    writeFileAtomic(q, new Uint8Array([7]), { overwrite: false });
    expect([...fs.readFileSync(q)]).toEqual([7]);
    expect(fs.readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    fs.rmSync(p);
    fs.rmSync(q);
  });

  test("a failed write leaves neither a temporary file nor a changed target", () => {
    const missing = path.join(outDir, "khong-co-thu-muc", "x.xlsx");
    expect(() => writeFileAtomic(missing, new Uint8Array([1]))).toThrow(/ENOENT/);
    expect(fs.readdirSync(outDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
