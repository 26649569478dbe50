import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { BUILT_IN_AWARDS } from "../../../src/core/domain/awards";
import { renderCatalogueDoc } from "../../../src/core/domain/awards/doc";

describe("docs/catalogue.md", () => {
  it("is up to date with the catalogue data (run npm run docs:catalogue)", () => {
    const committed = readFileSync(resolve(__dirname, "../../../docs/catalogue.md"), "utf8");
    expect(committed).toBe(renderCatalogueDoc(BUILT_IN_AWARDS));
  });
  it("lists every entry by id, in Vietnamese and English", () => {
    const doc = renderCatalogueDoc(BUILT_IN_AWARDS);
    for (const a of BUILT_IN_AWARDS) expect(doc).toContain(`\`${a.id}\``);
    expect(doc).toContain("Chưa xác định");
    expect(doc).toContain("family, class and issuer level all agree");
  });
});
