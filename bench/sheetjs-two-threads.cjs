/**
 * SheetJS alone on two threads: the files given split between the main thread and one worker
 * (every other file), each parsed as bench/scale.ts's SheetJS alone parses them. Timed as a process
 * against SheetJS on one thread, it measures what a second thread is worth on this machine: the
 * most the CLI's reading threads can win here. (A shared machine's two "cores" need not run two
 * threads twice as fast as one; on the machine of the README's figures they ran them ≈1.2× as fast.)
 */
"use strict";
const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const XLSX = require("@e965/xlsx");

function parse(files) {
  for (const f of files) if (!/\.csv$/i.test(f)) XLSX.read(readFileSync(f), { dense: true });
}

if (isMainThread) {
  const files = process.argv.slice(2);
  const worker = new Worker(__filename, { workerData: files.filter((_, i) => i % 2 === 1) });
  parse(files.filter((_, i) => i % 2 === 0));
  worker.once("message", () => void worker.terminate());
} else {
  parse(workerData);
  parentPort.postMessage("done");
}
