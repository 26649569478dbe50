/**
 * The deployable manifest: the same function the build uses (webpack.config.js manifestFor) puts
 * the add-in's address everywhere, with no localhost left, and the manifest asks only for the
 * requirement set the core needs (ExcelApi 1.7, src/excel/requirements.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { validateXML } from "xmllint-wasm";
import { REQUIRED_SETS } from "../../src/excel/requirements";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../../webpack.config.js") as { manifestFor: (xml: string, url?: string) => string };
const source = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

test("ADDIN_URL=https://example.org/tdkt: that address everywhere, no localhost", () => {
  const built = manifestFor(source, "https://example.org/tdkt/");
  expect(built).not.toMatch(/localhost/);
  const urls = [...built.matchAll(/DefaultValue="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
  expect(urls.length).toBeGreaterThan(5);
  expect(urls.every((u) => u.startsWith("https://example.org/tdkt"))).toBe(true);
  expect(built).toContain('<SourceLocation DefaultValue="https://example.org/tdkt/taskpane.html"/>');
});

test("an address that is not https is refused", () => {
  expect(() => manifestFor(source, "http://example.org/tdkt")).toThrow(/https/);
});

test("the manifest's requirement is the core's: ExcelApi 1.7", () => {
  const sets = [...source.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [m[1], m[2]]);
  expect(sets).toEqual(REQUIRED_SETS);
});

/** The vendored schemas (schemas/manifest/SOURCE.md), with the two published defects corrected on load. */
function schemas() {
  const dir = path.join(__dirname, "../../schemas/manifest");
  const load = (fileName: string) => ({
    fileName,
    contents: fs
      .readFileSync(path.join(dir, fileName), "utf8")
      .split('"https://www.w3.org/2001/XMLSchema"')
      .join('"http://www.w3.org/2001/XMLSchema"')
      .split("{0,3}?")
      .join("{0,3}"),
  });
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xsd"));
  return { schema: [load("OfficeAppManifestV1_1.xsd")], preload: files.filter((f) => f !== "OfficeAppManifestV1_1.xsd").map(load) };
}

async function validate(xml: string) {
  try {
    return await validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], ...schemas() });
  } catch (e) {
    // xmllint-wasm rejects when the document cannot be parsed at all
    return { valid: false, errors: [{ rawMessage: String(e) }] };
  }
}

test("the built manifest (ADDIN_URL=https://example.org/tdkt) passes the add-in manifest schemas, offline", async () => {
  const result = await validate(manifestFor(source, "https://example.org/tdkt"));
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}, 60_000);

test("the schema check can fail: an element out of the schema's order is refused", async () => {
  const result = await validate(source.replace("<Permissions>", "<Bogus/><Permissions>"));
  expect(result.valid).toBe(false);
  expect(result.errors[0].rawMessage).toContain("Bogus");
}, 60_000);
