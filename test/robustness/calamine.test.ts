/**
 * calamine's test spreadsheets (test/robustness/calamine, MIT; see the README there): every file is
 * read or refused for the right reason, none is left unaccounted, nothing reaches the console, and
 * where calamine's own tests (tests/test.rs) assert values, our Grid holds the same.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "../../src/core/grid";
import { readWorkbook, type WorkbookRead } from "../../src/files/readWorkbook";

const DIR = join(__dirname, "calamine");
const FILES = readdirSync(DIR).filter((f) => /\.(xls|xlsx|xlsm|xlsb|ods)$/i.test(f)).sort();

/** Files refused, and the reason's words (English message) — each a refusal calamine makes too. */
const REFUSED: Record<string, RegExp> = {
  // a password (calamine: XlsError::Password, XlsxError::Password, XlsbError::Password, OdsError::Password)
  "issue_385.xls": /is password-protected \(encrypted\)/,
  "pass_protected.xlsx": /is password-protected \(encrypted\)/,
  "pass_protected.xlsb": /is password-protected \(encrypted\)/,
  "pass_protected.ods": /is password-protected \(encrypted\).*LibreOffice/,
  // 999,999,999 × 999,999,999 repeated cells (calamine: "Cell limit exceeded")
  "issue_594_dos.ods": /has more than 5,000,000 filled cells/,
  // 68 bytes of text, no OLE signature (calamine: "Invalid OLE ... not an office document?")
  "too_small.xls": /is not an Excel \(\.xlsx, \.xls\), OpenDocument \(\.ods\) or CSV spreadsheet/,
};

/** Files read that hold no cell: what calamine's tests look at in them is sheet names, pictures, VBA or defined names. */
const EMPTY = new Set([
  "capitalized_wbook_stream.xls", // calamine's test only opens it (a "BOOK" stream)
  "empty_sheet.xlsx",
  "issue127.ods", // sheet order only
  "issue127.xls",
  "issue127.xlsb",
  "issue127.xlsx",
  "issue281.xlsm", // VBA only
  "issue_666_lost_sheets.xlsb", // sheet names only
  "issue_666_panic.xlsb",
  "misc_biff5_parsing.xls", // eleven sheets and a defined name
  "picture.ods", // pictures only
  "picture.xls",
  "picture.xlsb",
  "picture.xlsx",
  "vba.xlsm",
]);

const reads = new Map<string, WorkbookRead>();
const consoleCalls: unknown[][] = [];
beforeAll(() => {
  const spies = (["error", "warn", "log"] as const).map((k) => jest.spyOn(console, k).mockImplementation((...args: unknown[]) => void consoleCalls.push(args)));
  try {
    for (const f of FILES) reads.set(f, readWorkbook(new Uint8Array(readFileSync(join(DIR, f))), `calamine/${f}`));
  } finally {
    for (const s of spies) s.mockRestore();
  }
});

const read = (f: string) => reads.get(f)!;
const sheet = (f: string, name?: string): Grid => {
  const r = read(f);
  const g = name === undefined ? r.grids[0] : r.grids.find((x) => x.sheet === name);
  if (!g) throw new Error(`${f}: no sheet ${name ?? "0"} (${r.error?.message.en ?? r.grids.map((x) => x.sheet).join(", ")})`);
  return g;
};
const value = (g: Grid, r: number, c: number) => g.cells[r]?.[c]?.v;
const column = (g: Grid, c = 0) => g.cells.map((row) => row[c]?.v);
const merges = (g: Grid) => g.merges.map((m) => `${m.r0},${m.c0}-${m.r1},${m.c1}`).sort();

test("the folder holds calamine's spreadsheets, and every one is accounted for here", () => {
  expect(FILES.length).toBe(132);
  for (const f of [...Object.keys(REFUSED), ...EMPTY]) expect(FILES).toContain(f);
});

test("every file is read with data, read empty (as calamine's tests expect), or refused for calamine's reason — naming the file in both languages", () => {
  const verdicts = FILES.map((f) => {
    const r = read(f);
    if (r.error) {
      const named = r.error.message.vi.includes(`"${f}"`) && r.error.message.en.includes(`"${f}"`);
      return [f, named && REFUSED[f]?.test(r.error.message.en) ? "refused as expected" : `refused: ${r.error.message.en}`];
    }
    const filled = r.grids.some((g) => g.cells.some((row) => row.some(Boolean)));
    return [f, filled === !EMPTY.has(f) && !REFUSED[f] ? "read as expected" : `read, ${filled ? "with" : "without"} data`];
  });
  expect(verdicts.filter(([, v]) => !/as expected$/.test(v))).toEqual([]);
});

test("SheetJS's console output on these files never reaches the console", () => {
  expect(consoleCalls).toEqual([]);
});

describe("the values calamine's tests assert", () => {
  test("errors.xlsx: the seven Excel errors", () => {
    const g = sheet("errors.xlsx", "Feuil1");
    expect(column(g)).toEqual(["#DIV/0!", "#NAME?", "#VALUE!", "#NULL!", "#REF!", "#NUM!", "#N/A"]);
    expect(g.cells.every((row) => row[0]?.t === "e")).toBe(true);
  });

  test("dates in the 1904 system land on the same days as in the 1900 system (2021-01-01, 2021-01-02); the duration is unchanged", () => {
    for (const f of ["date_1904.xlsx", "date_1904.xls", "date_1904.xlsb", "date.xlsx", "date.xls", "date.xlsb"]) {
      const g = sheet(f);
      expect([f, value(g, 0, 0), value(g, 1, 0)]).toEqual([f, 44197, 44198]); // 44197 = 2021-01-01 (1900 system)
      expect(value(g, 2, 0)).toBeCloseTo(10.632060185185185, 9); // 255:10:10 as [hh]:mm:ss
    }
  });

  test("XML entities and _x000D_ escapes decoded", () => {
    expect(column(sheet("encoded_entities.xlsx"))).toEqual(["&", "\n"]); // the XML says &amp; and &#xA; (calamine trims the second to "")
    expect(value(sheet("has_x000D_.xlsx"), 0, 0)).toBe("ABC\r\nDEF");
    // inline string: SheetJS gives "\n" for calamine's "\r\n" — the escape is decoded, only the line ending differs
    expect(String(value(sheet("has_x000D_inline.xlsx"), 0, 0)).replace(/\r\n/g, "\n")).toBe("ABC\nDEF");
  });

  test("special characters (&, <, >, quotes, ☺, ֍, accents) in .xlsx, .xlsb and .ods", () => {
    for (const f of ["issues.xlsx", "issues.xlsb", "issues.ods"]) expect([f, column(sheet(f, "spc_chrs"))]).toEqual([f, ["&", "<", ">", "aaa ' aaa", '"', "☺", "֍", "àâéêèçöïî«»"]]);
  });

  test("rich text: runs joined into one string (inline and shared, namespaced; ODS partial rich text)", () => {
    const g = sheet("richtext-namespaced.xlsx", "Sheet1");
    expect([value(g, 0, 0), value(g, 0, 7)]).toEqual(["inline string\nLine 2\nLine 3", "shared string\nLine 2\nLine 3"]);
    expect(sheet("richtext_issue.ods", "datatypes").cells.map((row) => row.map((c) => c?.v))).toEqual([["abc"]]);
  });

  test("inline strings: CDATA, and an extraneous <v> ignored", () => {
    expect(value(sheet("inlineStr_cdata.xlsx"), 0, 0)).toBe("Hello CDATA");
    expect(value(sheet("inlineStr_with_value.xlsx"), 0, 4)).toBe("ID");
  });

  test("merged ranges (.xlsx, .xls, .ods)", () => {
    for (const f of ["merge_cells.xlsx", "merge_cells.xls"]) expect([f, merges(sheet(f))]).toEqual([f, ["0,0-0,1", "1,0-3,0", "1,1-3,3"]]);
    for (const f of ["merged_range.xlsx", "merged_range.xls"]) {
      expect([f, merges(sheet(f, "Sheet1"))]).toEqual([f, ["0,0-1,0", "0,1-1,1", "0,2-1,3", "0,4-1,4", "0,5-1,5", "0,6-1,6", "0,7-1,7", "2,2-2,3", "3,2-3,3"]]);
      expect([f, merges(sheet(f, "Sheet2"))]).toEqual([f, ["0,0-3,0", "0,1-1,1", "0,2-1,3", "0,4-1,4", "0,5-3,7", "2,2-3,3"]]);
    }
    expect(sheet("merged_cells.ods").cells.map((row) => [0, 1, 2].map((c) => row[c]?.v ?? null))).toEqual([
      ["A", "B", "C"],
      ["A", "B", "C"],
      [null, null, "C"],
    ]);
  });

  test("BIFF8 shared strings across CONTINUE records and with a wrong unique count", () => {
    expect(value(sheet("sst_continue.xls", "Sheet1"), 135, 0)).toBe("New CONTINUE block");
    expect(value(sheet("gh548_incorrect_sst_unique_count.xls", "System Level Data"), 9, 2)).toBe("11th May 2023");
  });

  test("a sheet declaring A1:XFD1048576 (issue 174, written by Gnumeric) is read, sized by its two rows of data", () => {
    const g = sheet("issue_174.xlsx");
    expect(g.rowCount).toBe(2);
    expect(g.colCount).toBeLessThanOrEqual(16);
  });

  test("sheet names, hidden and chart sheets included, in every format; an unmatched .xlsb record loses no sheet", () => {
    for (const f of ["any_sheets.xlsx", "any_sheets.xlsb", "any_sheets.xls", "any_sheets.ods"]) expect([f, read(f).grids.map((g) => g.sheet)]).toEqual([f, ["Visible", "Hidden", "VeryHidden", "Chart"]]);
    for (const f of ["issue_666_lost_sheets.xlsb", "issue_666_panic.xlsb"]) expect([f, read(f).grids.map((g) => g.sheet)]).toEqual([f, ["Sheet1"]]);
  });
});
