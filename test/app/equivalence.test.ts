/**
 * The CLI and the pane are two faces of one session (src/app/session.ts): every corpus run through
 * the CLI's path (`run` of src/cli/main.ts, as `tdkt` runs it) and through the pane's path (the
 * worker's message handler, src/taskpane/worker.ts, loaded in-process and spoken to over the worker
 * protocol by engineOverWorker, messages structured-cloned as postMessage does) gives the same JSON
 * (the pane's results put in the CLI's JSON shapes, src/cli/json.ts).
 *
 * Fields that are legitimately path-specific, and removed or normalised before comparing:
 * - `file` (files, issues, resubmitted units) and `replacedFile`: the CLI names a file by the path it
 *   was given ("../shared/samples/01-x.xlsx"), the pane by the picked file's name ("01-x.xlsx"); both
 *   are compared as the name relative to the corpus folder (a resubmitted file, which the CLI reads
 *   from a temporary folder, by its base name).
 * - a file named inside an issue's `message` ("đã có ở tệp …/01-x.xlsx"): as above, the path for the
 *   CLI, the name for the pane; compared without the corpus folder.
 * - `out`: the path the CLI wrote its report to; the pane draws into the open workbook.
 * Corpora: the project's samples/demo always; ../shared/samples and ../shared/samples-2022 when
 * present (skipped with a message otherwise).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve, sep } from "node:path";
import { collectFiles } from "../../src/cli/files";
import { awardsJson, figuresJson, fileJson, issueJson, resubmittedUnitJson, unresolvedAwardsJson } from "../../src/cli/json";
import { run } from "../../src/cli/main";
import { isoToday, type EngineService } from "../../src/taskpane/engineService";
import { engineOverWorker } from "../../src/taskpane/workerChannel";
import { TdktError } from "../../src/core/errors";
import { readWorkbook } from "../../src/files/readWorkbook";

const ROOT = resolve(__dirname, "../..");
const CORPORA = [join(ROOT, "samples/demo"), join(ROOT, "../shared/samples"), join(ROOT, "../shared/samples-2022")];

/** The pane's worker, in this process: its onmessage and postMessage joined to a fake Worker. */
function paneEngine(): EngineService {
  const fake = { onmessage: null as ((e: { data: unknown }) => void) | null, onerror: null, postMessage: (m: unknown) => queueMicrotask(() => scope.onmessage!({ data: structuredClone(m) })) };
  const scope = { onmessage: null as ((e: { data: unknown }) => void) | null, postMessage: (m: unknown) => queueMicrotask(() => fake.onmessage?.({ data: structuredClone(m) })) };
  // the worker takes `self` when it loads; left in place it would make exceljs think it runs in a browser
  const global = globalThis as { self?: unknown };
  global.self = scope;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/taskpane/worker");
    });
  } finally {
    delete global.self;
  }
  return engineOverWorker(fake as unknown as Worker);
}

/** A file's name relative to the corpus folder; a file outside it (a resubmitted one) by its base name. */
function nameIn(dir: string, file: string): string {
  const rel = relative(dir, resolve(dir, file));
  return rel.startsWith("..") ? basename(file) : rel;
}

/** `file`/`replacedFile` as the name relative to the corpus folder, `out` removed (see the header). */
function normalised(json: unknown, dir: string): unknown {
  if (Array.isArray(json)) return json.map((x) => normalised(x, dir));
  if (!json || typeof json !== "object") return json;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) {
    if (k === "out") continue;
    if (k === "message" && typeof v === "string") {
      out[k] = v.split(dir + sep).join("");
      continue;
    }
    out[k] = (k === "file" || k === "replacedFile") && typeof v === "string" && v ? nameIn(dir, v) : normalised(v, dir);
  }
  return out;
}

async function cli(argv: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  const out: string[] = [];
  const code = await run(argv, (s) => out.push(s), () => undefined, {});
  return { code, json: JSON.parse(out.join("\n")) as Record<string, unknown> };
}

describe.each(CORPORA)("CLI and pane give the same JSON: %s", (dir) => {
  const present = existsSync(dir);
  if (!present) {
    test.skip(`${dir} is absent: skipped (the shared reference corpora are not on this machine)`, () => undefined);
    return;
  }
  const answers = join(dir, "answers.json");
  const period = existsSync(answers) ? (JSON.parse(readFileSync(answers, "utf8")) as { period: { from: string; to: string } }).period : undefined;
  const registry = join(dir, "danh-muc-don-vi.xlsx");
  const options = [...(period ? ["--period", `${period.from}..${period.to}`] : []), ...(existsSync(registry) ? ["--units", registry] : [])];
  const picked = () => collectFiles([dir]).map((f) => ({ name: relative(dir, f), bytes: new Uint8Array(readFileSync(f)).buffer }));
  const lang = "vi" as const;
  let tmp: string;
  let pane: EngineService;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "tdkt-equivalence-"));
    pane = paneEngine();
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("check, consolidate and a unit's resubmission", async () => {
    // check
    const cliCheck = await cli(["check", dir, ...options, "--json"]);
    const registryFile = existsSync(registry) ? { name: basename(registry), bytes: new Uint8Array(readFileSync(registry)).buffer } : undefined;
    const summary = await pane.check({ files: picked(), registryFile, period });
    const paneCheck = { files: summary.ledger.map((f) => fileJson(f, lang)), issues: summary.issues.map((i) => issueJson(i, lang)) };
    expect(normalised(paneCheck, dir)).toEqual(normalised(cliCheck.json, dir));
    expect((cliCheck.json.issues as unknown[]).length).toBeGreaterThan(0);

    // consolidate
    const reportPath = join(tmp, "bao-cao.xlsx");
    const cliCons = await cli(["consolidate", dir, ...options, "--out", reportPath, "--json", "--force"]);
    const report = await pane.report({ lang, period });
    const paneCons = {
      awards: awardsJson(report),
      unresolvedAwards: unresolvedAwardsJson(report),
      figures: figuresJson(report),
      sentences: report.sentences,
      issues: summary.issues.map((i) => issueJson(i, lang)),
      files: summary.ledger.map((f) => fileJson(f, lang)),
    };
    expect(normalised(paneCons, dir)).toEqual(normalised(cliCons.json, dir));
    expect((cliCons.json.awards as unknown[]).length).toBeGreaterThan(0);

    // a unit sends its file again (a changed name, the same content: nothing moves, the file is replaced)
    const first = summary.ledger.find((f) => f.sender && !f.error && f.file !== basename(registry))!;
    const again = join(tmp, first.file.replace(/(\.[^.]+)$/, " (gui lai)$1"));
    copyFileSync(join(dir, first.file), again);
    const cliRe = await cli(["resubmit", reportPath, again, ...(period ? ["--period", `${period.from}..${period.to}`] : []), "--out", join(tmp, "bao-cao-2.xlsx"), "--json"]);
    const re = await pane.resubmit({ files: [{ name: basename(again), bytes: new Uint8Array(readFileSync(again)).buffer }], lang, period, today: isoToday() });
    const newFile = basename(again);
    const paneRe = {
      units: re.units.map((u) => resubmittedUnitJson(u, lang)),
      awards: awardsJson(await pane.report({ lang, period })),
      unresolvedAwards: unresolvedAwardsJson(await pane.report({ lang, period })),
      sentences: (await pane.report({ lang, period })).sentences,
      issues: re.summary.issues.filter((i) => i.file === newFile).map((i) => issueJson(i, lang)),
    };
    expect(normalised(paneRe, dir)).toEqual(normalised(cliRe.json, dir));
    expect(re.units.map((u) => u.unit)).toEqual([first.sender]);
  }, 600_000);
});

describe("errors through the pane's worker", () => {
  test("a damaged file arrives as the reader's TdktError: same code, message id, parameters and file", async () => {
    const good = readFileSync(join(ROOT, "samples/demo/danh-muc-don-vi.xlsx"));
    const cut = new Uint8Array(good.subarray(0, Math.floor(good.length / 2)));
    // what one thread makes of it, with no worker in between
    const direct = TdktError.from(readWorkbook(cut, "hong.xlsx").error);
    const engine = paneEngine();
    const failure: unknown = await engine.check({ files: [], registryFile: { name: "hong.xlsx", bytes: cut.slice().buffer } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(TdktError);
    const error = failure as TdktError;
    expect(error.toPlain()).toEqual(direct.toPlain());
    expect(error).toMatchObject({ code: "file-unreadable", id: "read.corrupt", location: { file: "hong.xlsx" } });
  }, 60_000);
});
