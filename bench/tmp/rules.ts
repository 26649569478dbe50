import { readFileSync } from "node:fs";
import { ALL_RULES, parseWorkbooks, runRules } from "../../src/core/engine";
import { readWorkbook } from "../../src/files/readWorkbook";
import { collectFiles } from "../../src/cli/files";
const dir = readFileSync("/tmp/speed/scaledir", "utf8").trim();
const files = collectFiles([dir]);
const inputs = files.map((f) => { const r = readWorkbook(readFileSync(f), f); return { file: f, grids: r.grids, error: r.error, warnings: r.warnings }; });
const parsed = parseWorkbooks(inputs);
const ctx = { files: parsed.files, options: { registry: parsed.registry, period: parsed.period } };
const times: [string, number, number][] = [];
for (const rule of ALL_RULES) { const t = performance.now(); const n = rule.check(ctx).length; times.push([rule.meta.id, performance.now() - t, n]); }
times.sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([id, ms, n]) => console.log(id, ms.toFixed(0), n));
let t = performance.now(); runRules(parsed.files, ctx.options); console.log("runRules total", (performance.now() - t).toFixed(0));
