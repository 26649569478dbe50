/**
 * The deployable manifest: the same function the build uses (webpack.config.js manifestFor) puts
 * the add-in's address everywhere, with no localhost left, and the manifest asks only for the
 * requirement set the core needs (ExcelApi 1.7, src/excel/requirements.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
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
