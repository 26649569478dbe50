/**
 * Every rule grows linearly (or as n log n) with the rows: counted, not timed. The engine counts its
 * unit operations (src/core/operations.ts: a name normalised, two records compared by the duplicate
 * rule, two issues compared by the sort); ten times the rows must cost at most about ten times the
 * operations (n log n allowed). A quadratic rule would cost a hundred times.
 *
 * The generated lists are built to punish quadratic code: common names given the same award in
 * many units (a duplicate check that walks every earlier row of a name), real duplicates (one issue
 * per row, all sorted), and units outside the registry.
 */
import type { AwardRecord, RecipientKind, SummaryRow } from "../../../src/core/model";
import { operations } from "../../../src/core/operations";
import { ALL_RULES, runRules } from "../../../src/core/engine";
import type { ParsedFile, ParsedSheet, RegistryUnit } from "../../../src/core/rules/rule";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Quàng"];
const GIVEN = ["Văn An", "Thị Bình", "Văn Dũng", "Thị Hạnh", "Văn Hùng", "Thị Lan", "Văn Nam", "Thị Mai"];
const AWARDS = ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Giấy khen của Chủ tịch UBND huyện", "Bằng khen của Chủ tịch UBND tỉnh", "Lao động tiên tien"];
const FILES = 20;
const SYLLABLES = ["Na", "Pa", "Sa", "Ta", "Ma", "La", "Ka", "Ha", "Va", "Xa", "Nong", "Phin", "Chang", "Muong", "Lai", "Khong", "Tinh", "Quai", "Cang", "Mun"];

/** A distinct place name per number, as places are written (capitalised words, no digits). */
function place(n: number): string {
  const words: string[] = [];
  do {
    words.push(SYLLABLES[n % SYLLABLES.length]);
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return words.join(" ");
}

/** `rows` award rows over FILES files, each file with a summary; deterministic. */
function generate(rows: number): { files: ParsedFile[]; registry: RegistryUnit[] } {
  const registry: RegistryUnit[] = Array.from({ length: 50 }, (_, i) => ({ name: `UBND xã ${place(i)}`, type: "xã" }));
  const files: ParsedFile[] = [];
  const perFile = rows / FILES;
  for (let f = 0; f < FILES; f++) {
    const file = `don-vi-${f}.xlsx`;
    const sender = `UBND xã ${place(f)}`;
    const awards: AwardRecord[] = [];
    for (let i = 0; i < perFile; i++) {
      const n = f * perFile + i;
      const row = i + 5;
      // every 7th row repeats the row before it (a real duplicate); names are common, units many
      const k = n % 7 === 0 && i > 0 ? n - 1 : n;
      const kind: RecipientKind = k % 11 === 0 ? "collective" : "individual";
      awards.push({
        ref: { file, sheet: "DS", cell: `B${row}`, row },
        sender,
        name: kind === "collective" ? `Tổ dân phố số ${k % 300}` : `${FAMILY[k % FAMILY.length]} ${GIVEN[(k >> 3) % GIVEN.length]}`,
        kind,
        kindSource: k % 3 === 0 ? "section" : "column",
        position: k % 5 === 0 ? "Giáo viên" : "Công chức Văn phòng - Thống kê",
        // half the rows in a unit of their own (a common name given the same award in thousands of
        // units: no duplicate, and a walk over every earlier row of the name would be quadratic);
        // the other half in a thousand communes, most outside the registry
        unit: k % 2 === 0 ? `Thôn ${place(k)}, xã ${place(k)}` : `UBND xã ${place(k % 1000)}`,
        awardText: AWARDS[k % AWARDS.length],
        decisionNumber: `${100 + (k % 400)}/QĐ-UBND`,
        decisionDate: `2024-0${1 + (k % 9)}-1${k % 10}`,
        birthDate: k % 4 === 0 ? `19${60 + (k % 40)}-01-01` : undefined,
        cells: { name: `B${row}`, unit: `D${row}`, award: `E${row}` },
      });
    }
    const summaries: SummaryRow[] = AWARDS.slice(0, 4).map((awardText, j) => ({
      ref: { file, sheet: "Tổng hợp", cell: `B${j + 5}`, row: j + 5 },
      sender,
      awardText,
      collectives: j,
      individuals: 10 * j,
      isTotal: false,
      cells: { award: `B${j + 5}`, collectives: `C${j + 5}`, individuals: `D${j + 5}` },
    }));
    const sheets: ParsedSheet[] = [
      { file, sheet: "DS", kind: "awards", awards, figures: [], summaries: [], findings: [] },
      { file, sheet: "Tổng hợp", kind: "award-summary", awards: [], figures: [], summaries, findings: [] },
    ];
    files.push({ file, ledger: { file, sender, sheets: [] }, sheets, findings: [] });
  }
  return { files, registry };
}

function cost(rows: number): { ops: number; issues: number } {
  const { files, registry } = generate(rows);
  operations.count = 0;
  const issues = runRules(files, { registry, period: { from: "2024-01-01", to: "2024-12-31" } }, ALL_RULES);
  return { ops: operations.count, issues: issues.length };
}

test("all rules: 200,000 rows cost at most ~10× the operations of 20,000 (n log n allowed)", () => {
  const small = cost(20_000);
  const large = cost(200_000);
  // the lists hold what the rules look for: duplicates (one in seven rows) and unknown units
  expect(small.issues).toBeGreaterThan(20_000 / 7);
  expect(large.issues).toBeGreaterThan(200_000 / 7);
  expect(small.ops).toBeGreaterThan(20_000);
  const ratio = large.ops / small.ops;
  // linear gives 10, n log n about 12.3; quadratic 100
  expect(ratio).toBeLessThan(13);
}, 300_000);
