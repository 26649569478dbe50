/**
 * `tdkt --help` and usage errors start without the parsers: the bundle's entry and every chunk it
 * imports statically hold neither SheetJS nor exceljs; they are reached only by dynamic import(),
 * when a command reads or writes a workbook. Evidence from the built bundle itself (esbuild marks
 * each bundled package with a "// node_modules/<package>/" comment), not from timings.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../..");
const dist = join(root, "dist-cli");
const PARSERS = ["node_modules/@e965/xlsx/", "node_modules/exceljs/"];

/** The chunks an ES module imports statically (`import ... from "./x.mjs"` / `import "./x.mjs"`), transitively. */
function staticallyLoaded(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    for (const m of code.matchAll(/^(?:import|export)\b[^;]*?from\s*"\.\/([^"]+\.mjs)"|^import\s*"\.\/([^"]+\.mjs)"/gm)) visit(m[1] ?? m[2]);
  };
  visit(entry);
  return seen;
}

test("tdkt --help answers in Vietnamese from a bundle whose start-up loads no parser", () => {
  // runs the CLI as users do; scripts/tdkt.cjs rebuilds the bundle first when src/ is newer
  const r = spawnSync(process.execPath, [join(root, "scripts/tdkt.cjs"), "--help"], { encoding: "utf8", env: { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "" } });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("Cách dùng:");
  expect(existsSync(join(dist, "tdkt.mjs"))).toBe(true);

  const loaded = staticallyLoaded("tdkt.mjs");
  for (const file of loaded) {
    const code = readFileSync(join(dist, file), "utf8");
    for (const p of PARSERS) expect({ file, parser: code.includes(`// ${p}`) ? p : null }).toEqual({ file, parser: null });
  }
  // the parsers are in the bundle, in chunks loaded later: the check above can fail
  const all = readdirSync(dist).filter((f) => f.endsWith(".mjs"));
  for (const p of PARSERS) expect(all.some((f) => !loaded.has(f) && readFileSync(join(dist, f), "utf8").includes(`// ${p}`))).toBe(true);
});
