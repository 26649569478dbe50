/** Writes docs/catalogue.md from the award catalogue's data (npm run docs:catalogue). */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { BUILT_IN_AWARDS } from "../src/core/domain/awards";
import { renderCatalogueDoc } from "../src/core/domain/awards/doc";

const target = resolve(__dirname, "../docs/catalogue.md");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderCatalogueDoc(BUILT_IN_AWARDS), "utf8");
console.log(`wrote ${target} (${BUILT_IN_AWARDS.length} entries)`);
