import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ALL_RULES } from "../../../src/core/engine";
import { TDKT_RULES } from "../../../src/core/rules";
import { renderRulesDoc } from "../../../src/core/rules/docs";

describe("docs/rules.md", () => {
  it("is up to date with the rules' metadata (run npm run docs:rules)", () => {
    const committed = readFileSync(resolve(__dirname, "../../../docs/rules.md"), "utf8");
    expect(committed).toBe(renderRulesDoc(ALL_RULES));
  });
  it("documents every TĐKT rule and says where the law is unconfirmed", () => {
    const doc = renderRulesDoc(ALL_RULES);
    for (const r of TDKT_RULES) expect(doc).toContain(`## ${r.meta.id}`);
    expect(doc).toMatch(/## award-ratio[\s\S]*UNCONFIRMED/);
  });
  it("uses unique, stable rule codes", () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
