/**
 * What the browser tests share: the production build (rebuilt when src/ is newer), a static server
 * on 127.0.0.1, the Excel double bundled for the page, and Debian's chromium launched offline
 * (office.js served from node_modules for its CDN URL; any other request is recorded and refused).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import type { Grid } from "../../src/core/grid";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const CHROMIUM = "/usr/bin/chromium";

/** Newest modification time under a folder (to tell whether dist/ is older than the sources). */
function newest(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
}

export function ensureBuild(): void {
  const built = path.join(DIST, "taskpane.html");
  const sources = Math.max(newest(path.join(ROOT, "src")), newest(path.join(ROOT, "webpack.config.js")), newest(path.join(ROOT, "manifest.xml")));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

export function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export function pageDoubleScript(): string {
  // esbuild comes with tsx; it bundles the same double the gateway tests use
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const out = esbuild.buildSync({ entryPoints: [path.join(__dirname, "pageDouble.ts")], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020" });
  return out.outputFiles[0].text;
}

/** chromium, offline, with a throw-away profile; `offline` collects every request that was refused. */
export async function launch(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; profile: string; offline: string[] }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tdkt-chromium-"));
  const offline: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const context = await chromium.launchPersistentContext(path.join(profile, "user-data"), {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, "config"), XDG_CACHE_HOME: path.join(profile, "cache"), HOME: profile },
    viewport,
    acceptDownloads: true,
    locale: "vi-VN",
  });
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    // office.js and the files it loads next to itself, from the npm copy of the CDN
    const m = /^\/lib\/1\/hosted\/(.+)$/.exec(url.pathname);
    if (url.hostname === "appsforoffice.microsoft.com" && m) {
      const local = path.join(OFFICE_JS, path.normalize(m[1]));
      if (local.startsWith(OFFICE_JS) && fs.existsSync(local)) return route.fulfill({ path: local, contentType: "text/javascript" });
    }
    offline.push(url.href);
    return route.abort();
  });
  return { context, profile, offline };
}

/** Opens the pane on a page with the Excel double holding `grids` as "this workbook". */
export async function openPane(page: Page, port: number, seed: { file: string; grids: Grid[] }, pageErrors: string[]): Promise<void> {
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // a blocked script or worker shows up only on the console
  page.on("console", (m) => {
    // (office.js outside Office tries to frame its telemetry page: refused by the CSP, as it should be)
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text()) && !/telemetryservice\.firstpartyapps/.test(m.text())) pageErrors.push(m.text());
  });
  await page.addInitScript({ content: `window.__TDKT_SEED__ = ${JSON.stringify(seed)};` });
  await page.addInitScript({ content: pageDoubleScript() });
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
}
