/**
 * The no-silent-loss invariant, checked from outside the engine: for every sheet of every input,
 * the rows holding data (counted here from the grid itself) are exactly the rows that became
 * records (counted here from the records' references) + the named structural rows + the rows not
 * read — and every row not read is named by a warning the user sees, for that file and sheet.
 */
import type { Analysis, WorkbookInput } from "../../src/core/engine";

/**
 * Rows with a cell holding data, counted independently of the engine's own helper: a non-blank
 * cell that is not a formula whose result is an error (a template's look-up of an empty row).
 */
function filledRows(cells: ({ t: string; v: unknown; f?: string } | undefined)[][]): number {
  let n = 0;
  for (const row of cells) if ((row ?? []).some((c) => c && !(c.t === "s" && String(c.v).trim() === "") && !(c.t === "e" && c.f))) n++;
  return n;
}

/** Every violation of the invariant, as readable lines (an empty list means it holds). */
export function silentLosses(inputs: WorkbookInput[], analysis: Analysis): string[] {
  const problems: string[] = [];
  for (const input of inputs) {
    const ledger = analysis.ledger.find((l) => l.file === input.file);
    if (!ledger) {
      problems.push(`${input.file}: no ledger`);
      continue;
    }
    if (input.error || ledger.error) {
      // an unreadable file is itself an error issue the user sees
      if (!analysis.issues.some((i) => i.file === input.file && i.severity === "error")) problems.push(`${input.file}: unreadable and not reported`);
      continue;
    }
    const accounts = ledger.rowAccounts ?? [];
    const parsed = analysis.files.find((f) => f.file === input.file);
    for (const grid of input.grids) {
      const where = `${input.file} | ${grid.sheet}`;
      const a = accounts.find((x) => x.sheet === grid.sheet);
      if (!a) {
        problems.push(`${where}: no row account`);
        continue;
      }
      const data = filledRows(grid.cells);
      const structural = Object.values(a.structural).reduce((s, k) => s + k, 0);
      const notRead = Object.values(a.notRead).reduce((s, rs) => s + rs.length, 0);
      if (a.rowsWithData !== data) problems.push(`${where}: account says ${a.rowsWithData} rows with data, the grid has ${data}`);
      if (a.records + structural + notRead !== data) problems.push(`${where}: ${a.records} records + ${structural} structural + ${notRead} not read ≠ ${data} rows with data`);
      const recordRows = new Set<number>();
      for (const s of parsed?.sheets ?? [])
        if (s.sheet === grid.sheet) for (const r of [...s.awards, ...s.figures, ...s.summaries]) recordRows.add(r.ref.row);
      if (recordRows.size !== a.records) problems.push(`${where}: ${recordRows.size} rows hold records, the account says ${a.records}`);
      if (notRead > 0) {
        const warned = analysis.issues.filter(
          (i) => i.file === input.file && i.sheet === grid.sheet && i.severity !== "info" && (i.rule === "rows-not-read" || i.rule === "sheet-no-table"),
        );
        const named = warned.reduce((s, i) => s + Number(/(\d+)/.exec(i.message.en.replace(/^Sheet '[^']*': /, ""))?.[1] ?? 0), 0);
        if (named !== notRead) problems.push(`${where}: ${notRead} rows not read, warnings name ${named}`);
      }
    }
  }
  return problems;
}
