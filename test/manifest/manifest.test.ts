/**
 * The add-in manifest, checked offline: `office-addin-manifest validate` needs Microsoft's web
 * service, so this reads manifest.xml with office-addin-manifest's own XML reader and checks what
 * the schema and Office require: element order, the vi-VN overrides, ExcelApi 1.7 (the core's need: src/excel/requirements.ts), every resid
 * defined, https URLs, and icons that exist with the declared sizes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
// The package's main entry also loads its JSON-manifest exporter, which needs fs-extra (not
// installed here); the XML handler is the code readManifestFile runs for .xml manifests.
import { ManifestHandlerXml } from "office-addin-manifest/lib/manifestHandler/manifestHandlerXml";

// Its nested uuid is ESM-only, which jest 30 cannot require; reading never makes an id anyway.
jest.mock("../../node_modules/office-addin-manifest/node_modules/uuid/dist-node/index.js", () => ({ v4: () => "00000000-0000-4000-8000-000000000000" }));

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");

/** TaskPaneApp child order (docs: develop/manifest-element-ordering.md). */
const ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];

type Node = Record<string, unknown> & { $?: Record<string, string> };
const text = fs.readFileSync(MANIFEST, "utf8");

async function parsed(): Promise<Node> {
  const xml = (await new ManifestHandlerXml(MANIFEST).parseXmlAsync()) as { OfficeApp: Node };
  return xml.OfficeApp;
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test("the reader sees an Excel task pane add-in at https://localhost:3000", async () => {
  const info = await new ManifestHandlerXml(MANIFEST).parseManifest();
  expect(info.officeAppType).toBe("TaskPaneApp");
  expect(info.hosts).toEqual(["Workbook"]);
  expect(info.defaultLocale).toBe("en-US");
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
  expect(info.permissions).toBe("ReadWriteDocument");
});

test("top-level elements are in the schema's order", async () => {
  const keys = Object.keys(await parsed()).filter((k) => k !== "$");
  const positions = keys.map((k) => ORDER.indexOf(k));
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});

test("display name, description and ribbon labels have vi-VN overrides", async () => {
  const app = await parsed();
  const override = (el: unknown) => ((el as Node[])[0].Override as Node[]).map((o) => o.$!);
  expect(override(app.DisplayName)).toEqual([{ Locale: "vi-VN", Value: "Tổng hợp TĐKT" }]);
  expect(override(app.Description)[0].Locale).toBe("vi-VN");
  expect(override(app.Description)[0].Value).toContain("khen thưởng");
  for (const id of ["TaskpaneButton.Label", "TdktGroup.Label", "TaskpaneButton.Tooltip", "GetStarted.Title", "GetStarted.Description"]) {
    expect(text).toMatch(new RegExp(`<bt:String id="${id.replace(".", "\\.")}"[^>]*>\\s*<bt:Override Locale="vi-VN" Value="[^"]+"/>`));
  }
});

test("requires ExcelApi 1.7", async () => {
  const app = await parsed();
  const sets = ((app.Requirements as Node[])[0].Sets as Node[])[0];
  expect((sets.Set as Node[]).map((s) => s.$)).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
});

test("the ribbon button shows the task pane, every resid is defined and every URL is https", () => {
  expect(text).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
  const used = new Set([...text.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  const defined = new Set([...text.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const id of used) expect(defined).toContain(id);
  const urls = [...text.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
});

test("every icon the manifest names exists in assets/ with its size", () => {
  const icons = [...text.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
  expect(new Set(icons.map((m) => m[1]))).toEqual(new Set(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]));
  for (const [, file, size] of icons) {
    expect(pngSize(path.join(ROOT, "assets", file))).toEqual({ width: Number(size), height: Number(size) });
  }
  expect(pngSize(path.join(ROOT, "assets", "icon-128.png"))).toEqual({ width: 128, height: 128 });
});
