/**
 * The value readers on the sample corpus (/work/shared/samples): every decision reference, date,
 * text number and percent cell the sub-units typed reads as intended, and the planted value errors
 * (P02 31/6/2021, P04 83,7%, P07 "Không", P11 "QĐ 705") are the only ones that do not.
 */
import * as fs from "fs";
import * as path from "path";
import { cellText, type Cell, type Grid } from "../../../src/core/grid";
import { decodeTcvn3, looksLikeTcvn3 } from "../../../src/core/text/legacy";
import { readWorkbook } from "../../../src/files/readWorkbook";
import {
  isValidDecisionNumber,
  parseDateText,
  parseDecisionRef,
  percentMatches,
  readDateCell,
  readNumberCell,
  readPercentCell,
} from "../../../src/core/values";

const SAMPLES = path.resolve(__dirname, "../../../../shared/samples");
const present = fs.existsSync(path.join(SAMPLES, "answers.json"));
if (!present) console.warn(`samples not found at ${SAMPLES}: sample-corpus value tests skipped`);
const describeSamples = present ? describe : describe.skip;

interface Located {
  file: string;
  sheet: string;
  row: number;
  col: number;
  cell: Cell;
  text: string;
}

function loadAll(): { grids: Grid[]; cells: Located[] } {
  const grids: Grid[] = [];
  for (const f of fs.readdirSync(SAMPLES).filter((f) => /\.(xlsx|xls|ods|csv)$/.test(f))) {
    const wb = readWorkbook(new Uint8Array(fs.readFileSync(path.join(SAMPLES, f))), f);
    grids.push(...wb.grids);
  }
  const cells: Located[] = [];
  for (const g of grids) {
    g.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        let text = cellText(cell);
        if (cell.t === "s" && looksLikeTcvn3(text)) text = decodeTcvn3(text);
        cells.push({ file: g.file, sheet: g.sheet, row: r, col: c, cell, text });
      }),
    );
  }
  return { grids, cells };
}

describeSamples("value readers on the sample corpus", () => {
  let all: { grids: Grid[]; cells: Located[] };
  beforeAll(() => {
    all = loadAll();
  });
  const answers = present ? JSON.parse(fs.readFileSync(path.join(SAMPLES, "answers.json"), "utf8")) : {};

  test("decision references read, and only 'QĐ 705' has an invalid number", () => {
    const refs = all.cells.filter((c) => c.cell.t === "s" && /^(Số |QĐ số |Quyết định số )?\d+\/QĐ-UBND|^QĐ \d+$/.test(c.text));
    expect(refs.length).toBeGreaterThan(50);
    const invalid = refs.filter((c) => !isValidDecisionNumber(parseDecisionRef(c.text).number ?? ""));
    expect(invalid.map((c) => `${c.file}:${c.text}`)).toEqual(["19-xa-na-say.xlsx:QĐ 705"]);
    // combined "number + date" cells (layout A) all carry a readable date, TCVN3 ones included
    const combined = refs.filter((c) => /ngày/.test(c.text));
    expect(combined.length).toBeGreaterThan(20);
    expect(combined.some((c) => c.file.startsWith("16-"))).toBe(true);
    for (const c of combined) expect(parseDecisionRef(c.text).date?.kind).toBe("date");
  });

  test("typed dates read day-first; the only impossible one is P02 31/6/2021", () => {
    const typed = all.cells.filter((c) => c.cell.t === "s" && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(c.text.trim()));
    expect(typed.length).toBeGreaterThan(100);
    const bad = typed.filter((c) => parseDateText(c.text).kind !== "date");
    expect(bad.map((c) => `${c.file}:${c.text}`)).toEqual(["07-xa-toa-tinh.xlsx:31/6/2021"]);
    expect(parseDateText(bad[0].text)).toMatchObject({ kind: "invalid", reason: "no-such-day" });
  });

  test("real date cells (04-xa-quai-to 'Ngày QĐ') read as dates in the period", () => {
    const dated = all.cells.filter((c) => c.cell.t === "n" && c.file.startsWith("04-") && readDateCell(c.cell).kind === "date");
    expect(dated.length).toBeGreaterThan(0);
    for (const c of dated) {
      const r = readDateCell(c.cell);
      expect(r.kind === "date" && r.iso >= "2021-01-01" && r.iso <= "2021-06-30").toBe(true);
    }
  });

  test("the corpus' text numbers read with the Vietnamese convention", () => {
    const expected: { file: string; sheet: string; cell: string; text: string; value: number }[] = answers.expected.textNumbers;
    expect(expected.length).toBeGreaterThan(0);
    for (const t of expected) {
      const found = all.cells.find((c) => c.file === t.file && c.sheet === t.sheet && c.text === t.text);
      expect(found).toBeDefined();
      expect(readNumberCell(found!.cell)).toMatchObject({ kind: "number", value: t.value, fromText: true });
    }
  });

  test("P07: 'Không' in a figures cell is text, not a number", () => {
    const khong = all.cells.find((c) => c.file.startsWith("15-") && c.text === "Không");
    expect(khong).toBeDefined();
    expect(readNumberCell(khong!.cell)).toEqual({ kind: "text", text: "Không" });
  });

  test("P04: the stored fraction 0,837 disagrees with 30/58; the fraction cells of other files agree", () => {
    const fractions = all.cells.filter((c) => c.cell.t === "n" && readPercentCell(c.cell).kind === "number" && (readPercentCell(c.cell) as { style: string }).style === "fraction");
    expect(fractions.length).toBeGreaterThan(10);
    const p04 = fractions.find((c) => c.file.startsWith("11-") && Math.abs((c.cell.v as number) - 0.837) < 1e-9);
    expect(p04).toBeDefined();
    const read = readPercentCell(p04!.cell);
    expect(read).toMatchObject({ percent: 83.7, decimals: 1, style: "fraction" });
    expect(percentMatches(83.7, 30, 58, 1)).toBe(false);
    // every fraction cell in a row whose two preceding numbers are plan and actual matches them,
    // except P04
    const grids = new Map(all.grids.map((g) => [`${g.file}|${g.sheet}`, g]));
    const mismatches: string[] = [];
    for (const c of fractions) {
      const g = grids.get(`${c.file}|${c.sheet}`)!;
      const row = g.cells[c.row] ?? [];
      const nums = row.slice(0, c.col).map((x) => readNumberCell(x)).filter((x) => x.kind === "number") as { value: number }[];
      if (nums.length < 2) continue;
      const [plan, actual] = nums.slice(-2).map((n) => n.value);
      const p = readPercentCell(c.cell) as { percent: number; decimals: number };
      if (plan !== 0 && !percentMatches(p.percent, actual, plan, p.decimals)) mismatches.push(`${c.file}:${p.percent}`);
    }
    expect(mismatches).toEqual(["11-xa-muong-thin.xlsx:83.7"]);
  });
});
