/**
 * `npm run demo`: the main job on the project's own demo workbooks (samples/demo, made by
 * `npm run samples`): check them, consolidate them into out/, and say where the report is.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { run } from "../src/cli/main";

async function main(): Promise<void> {
  const root = resolve(__dirname, "..");
  const demo = join(root, "samples", "demo");
  if (!existsSync(demo)) {
    console.error("samples/demo is missing: run `npm run samples` first.");
    process.exit(2);
  }
  mkdirSync(join(root, "out"), { recursive: true });
  const out = join(root, "out", "bao-cao-tong-hop-demo.xlsx");
  const print = (s: string) => console.log(s);
  console.log("== tdkt check samples/demo ==\n");
  await run(["check", demo], print, print);
  console.log("\n== tdkt consolidate samples/demo ==\n");
  const code = await run(["consolidate", demo, "--out", out, "--force"], print, print);
  console.log(`\nBáo cáo / report: ${out}`);
  // the demo files carry deliberate problems: errors found is the expected outcome, not a failure
  process.exit(code === 2 || code === 3 ? code : 0);
}

void main();
