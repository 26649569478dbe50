/** Writes docs/rules.md from the rules' metadata (npm run docs:rules). */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ALL_RULES } from "../src/core/engine";
import { renderRulesDoc } from "../src/core/rules/docs";

const target = resolve(__dirname, "../docs/rules.md");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderRulesDoc(ALL_RULES), "utf8");
console.log(`wrote ${target} (${ALL_RULES.length} rules)`);
