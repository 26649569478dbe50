/**
 * The CLI reads files on a pool of threads (src/cli/readPool.ts); its output is byte for byte that
 * of one thread: the files' results are merged in the files' order. Run through the bundled CLI
 * (`npm run tdkt`), on the project's demo files (samples/demo: a registry among the sources, so the
 * two-step path runs; and with --units, the one-step path).
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

function tdkt(workers: number, args: string[]) {
  const r = spawnSync("npm", ["run", "--silent", "tdkt", "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TDKT_WORKERS: String(workers) },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test.each([
  [["check", "samples/demo", "--json"]],
  [["check", "samples/demo", "--units", "samples/demo/danh-muc-don-vi.xlsx", "--json", "--lang", "en"]],
  [["check", "samples/demo"]],
])("same output with 1 and 3 threads: %j", (args) => {
  const one = tdkt(1, args);
  const three = tdkt(3, args);
  expect(one.err).toBe("");
  expect(one.out.length).toBeGreaterThan(500);
  expect(three).toEqual(one);
}, 180_000);
