#!/usr/bin/env node
// `npm run tdkt`: runs the bundled CLI (dist-cli/tdkt.mjs, made by scripts/build-cli.mjs). In a
// working copy the bundle is rebuilt first when any file under src/ (or the build script) is newer
// than it, or when it is missing (a clone where `npm ci` ran with --ignore-scripts): what runs is
// always the source as it is. Checking a hundred modification times costs about a millisecond.
"use strict";
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { spawnSync } = require("node:child_process");

const root = join(__dirname, "..");
const bundle = join(root, "dist-cli", "tdkt.mjs");

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!existsSync(bundle)) return true;
  // a copy without sources (a packaged install) runs its bundle as it is
  if (!existsSync(join(root, "src"))) return false;
  const built = statSync(bundle).mtimeMs;
  return newestUnder(join(root, "src")) > built || statSync(join(__dirname, "build-cli.mjs")).mtimeMs > built;
}

if (stale()) {
  // a child process: the build's own modules (esbuild) stay out of the CLI's memory
  const r = spawnSync(process.execPath, [join(__dirname, "build-cli.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) {
    process.stderr.write("tdkt: building the CLI bundle failed (node scripts/build-cli.mjs)\n");
    process.exit(3);
  }
}
import(pathToFileURL(bundle).href).catch((e) => {
  process.stderr.write(`tdkt: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 3;
});
