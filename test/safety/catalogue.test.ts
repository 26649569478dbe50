/**
 * Every entry of the bad-input catalogue: the reader's message in Vietnamese and English naming the
 * file, no throw, and the good file of the same batch still read by the engine (issue 6).
 */
import { analyze, type WorkbookInput } from "../../src/core/engine";
import { readWorkbook } from "../../src/files/readWorkbook";
import { CATALOGUE, GOOD_FILE, GOOD_NAMES, goodWorkbook, type BadInput } from "./badInputs";

function input(file: string, bytes: Uint8Array): WorkbookInput {
  const r = readWorkbook(bytes, file);
  return { file, grids: r.grids, error: r.error };
}

function namesOf(analysis: ReturnType<typeof analyze>, file: string): string[] {
  return analysis.files.find((f) => f.file === file)!.sheets.flatMap((s) => s.awards.map((a) => a.name));
}

const HEAVY = new Set(["zip-bomb", "over-50mb"]);

describe.each(CATALOGUE.map((c) => [c.id, c] as [string, BadInput]))("bad input %s", (_id, entry) => {
  // built once per entry: the bomb and the 50 MB file are large
  const bytes = entry.make();
  const read = readWorkbook(bytes, `don-vi/${entry.file}`);

  test(`${entry.what}: ${entry.expect.kind} in Vietnamese and English, naming the file`, () => {
    if (entry.expect.kind === "error") {
      expect(read.grids).toEqual([]);
      expect(read.error?.message.vi).toMatch(entry.expect.vi);
      expect(read.error?.message.en).toMatch(entry.expect.en);
    } else {
      expect(read.error).toBeUndefined();
      const w = read.warnings ?? [];
      expect(w.map((x) => x.vi)).toEqual(expect.arrayContaining([expect.stringMatching(entry.expect.vi)]));
      expect(w.map((x) => x.en)).toEqual(expect.arrayContaining([expect.stringMatching(entry.expect.en)]));
    }
  });

  test("the good file of the same batch is still read; the bad one is in the ledger", () => {
    const analysis = analyze([input(entry.file, bytes), input(GOOD_FILE, goodWorkbook())]);
    expect(namesOf(analysis, GOOD_FILE)).toEqual(GOOD_NAMES);
    const ledger = analysis.ledger.find((l) => l.file === entry.file)!;
    if (entry.expect.kind === "error") {
      expect(ledger.error?.message.vi).toMatch(entry.expect.vi);
      const issue = analysis.issues.find((i) => i.file === entry.file && i.rule === "file-unreadable");
      expect(issue?.severity).toBe("error");
      expect(issue?.message.vi).toMatch(entry.expect.vi);
      expect(issue?.message.en).toMatch(entry.expect.en);
    } else {
      expect(ledger.error).toBeUndefined();
      if (entry.names) expect(namesOf(analysis, entry.file)).toEqual(entry.names);
    }
  });

  if (HEAVY.has(entry.id)) return;
  test("never throws on any prefix of the bytes either", () => {
    for (const n of [1, 4, 30, 100, 512, Math.floor(bytes.length / 3)]) {
      if (n >= bytes.length) continue;
      const r = readWorkbook(bytes.subarray(0, n), entry.file);
      expect(Array.isArray(r.grids)).toBe(true);
      if (r.error) expect([r.grids.length, r.error.message.vi.includes(`"${entry.file}"`), r.error.message.en.includes(`"${entry.file}"`)]).toEqual([0, true, true]);
    }
  });
});
