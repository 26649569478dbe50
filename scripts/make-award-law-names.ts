/**
 * Writes test/fixtures/awardLawNames.json: the award names of ../shared/reference/award-catalogue-law.md
 * (Tables A, B1–B7, C), read by test/fixtures/awardLawNames.ts. The catalogue tests read the reference
 * itself when ../shared is present, else this committed copy. Run: npm run fixtures:award-law-names
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { lawNames } from "../test/fixtures/awardLawNames";

const reference = resolve(__dirname, "../../shared/reference/award-catalogue-law.md");
if (!existsSync(reference)) {
  console.error(`${reference} is absent: the committed copy stays as it is`);
  process.exit(1);
}
const names = lawNames(readFileSync(reference, "utf8"));
const out = resolve(__dirname, "../test/fixtures/awardLawNames.json");
// one name a line, so a change of the reference reads as a small diff
const lines = names.map((n) => "  " + JSON.stringify(n)).join(",\n");
writeFileSync(out, `{\n "source": "../shared/reference/award-catalogue-law.md",\n "names": [\n${lines}\n ]\n}\n`);
console.log(`wrote ${out} (${names.length} names)`);
