/**
 * Issue "foundation" acceptance on the reference corpus: every sheet's kind as answers.json says,
 * every planted error of the five structural codes at its file, sheet and row, and no other
 * error-severity issue from those rules.
 */
import { basename } from "node:path";
import { analyzeCorpus, answers, describeWithSamples, type Planted, rowOf } from "./corpus";

const STRUCTURAL = ["header-missing", "value-required", "value-not-number", "formula-error", "text-legacy-encoding"];

describeWithSamples("reading the reference corpus", () => {
  const a = answers();
  const analysis = analyzeCorpus();

  test("every sheet's kind is found", () => {
    for (const f of a.files) {
      const ledger = analysis.ledger.find((l) => basename(l.file) === f.file);
      expect(ledger).toBeDefined();
      expect(ledger!.error).toBeUndefined();
      for (const s of f.sheets) {
        const want = s.kind === "registry-schools" ? "registry" : s.kind;
        const got = ledger!.sheets.filter((x) => x.sheet === s.sheet).map((x) => x.kind);
        expect({ file: f.file, sheet: s.sheet, kind: got[0] }).toEqual({ file: f.file, sheet: s.sheet, kind: want });
      }
    }
  });

  test("award rows read per file match the corpus", () => {
    for (const f of a.files.filter((x: any) => x.awardRows)) {
      const parsed = analysis.files.find((p) => basename(p.file) === f.file)!;
      const rows = parsed.sheets.reduce((n, s) => n + s.awards.length, 0);
      expect({ file: f.file, rows }).toEqual({ file: f.file, rows: f.awardRows });
    }
  });

  test("the sending unit is found for every unit file", () => {
    for (const f of a.files.filter((x: any) => x.unit)) {
      const ledger = analysis.ledger.find((l) => basename(l.file) === f.file)!;
      expect({ file: f.file, unit: ledger.sender }).toEqual({ file: f.file, unit: f.unit });
    }
  });

  test.each(STRUCTURAL)("planted %s errors are reported at their place", (rule) => {
    const planted: Planted[] = a.planted.filter((p: Planted) => p.rule === rule);
    expect(planted.length).toBeGreaterThan(0);
    for (const p of planted) {
      const rows = new Set([...(p.cells ?? []).map(rowOf), p.row, ...(p.rows ?? [])].filter(Boolean));
      const hit = analysis.issues.find(
        (i) =>
          i.rule === rule &&
          basename(i.file) === p.file &&
          (p.sheet == null || i.sheet === p.sheet) &&
          (rows.size === 0 || rowOf(i.cell) === null || rows.has(rowOf(i.cell))),
      );
      expect({ id: p.id, found: !!hit }).toEqual({ id: p.id, found: true });
    }
  });

  test("the structural rules raise no other error", () => {
    const planted: Planted[] = a.planted.filter((p: Planted) => STRUCTURAL.includes(p.rule));
    const extra = analysis.issues.filter(
      (i) =>
        STRUCTURAL.includes(i.rule) &&
        i.severity === "error" &&
        !planted.some((p) => p.rule === i.rule && basename(i.file) === p.file),
    );
    expect(extra.map((i) => `${i.rule} ${basename(i.file)} ${i.sheet}!${i.cell}`)).toEqual([]);
  });

  test("Vietnamese-formatted text numbers are read as the corpus says", () => {
    for (const t of a.expected.textNumbers) {
      const parsed = analysis.files.find((p) => basename(p.file) === t.file)!;
      const sheet = parsed.sheets.find((s) => s.sheet === t.sheet)!;
      const values = [
        ...sheet.figures.flatMap((f) => [f.cells.plan === t.cell ? f.plan : undefined, f.cells.actual === t.cell ? f.actual : undefined]),
        ...sheet.summaries.flatMap((s) => [s.cells.collectives === t.cell ? s.collectives : undefined, s.cells.individuals === t.cell ? s.individuals : undefined]),
      ].filter((v) => v !== undefined);
      expect({ cell: `${t.file} ${t.cell}`, values }).toEqual({ cell: `${t.file} ${t.cell}`, values: [t.value] });
    }
  });
});
