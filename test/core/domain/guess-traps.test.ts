/**
 * Held-out guess traps (test/fixtures/guessTraps.ts), generated from the law reference's names:
 * a near miss never resolves to the entry it is near, and no trap row is counted in a known total
 * it does not itself name — under the counting policies that count no guess ("none", "slips").
 * The default policy "all" follows the reference corpora's counting rules: a misspelling is
 * counted under its suggestion, and the issue says so for every such row (asserted below).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { matchAward } from "../../../src/core/domain/awards";
import { AWARD_POLICY, type SuggestionPolicy } from "../../../src/core/domain/config";
import { analyze } from "../../../src/core/engine";
import { buildReport } from "../../../src/core/report-build";
import { readWorkbook } from "../../../src/files/readWorkbook";
import type { LawName } from "../../fixtures/awardLawNames";
import { guessTraps } from "../../fixtures/guessTraps";

const names = (JSON.parse(readFileSync(resolve(__dirname, "../../fixtures/awardLawNames.json"), "utf8")) as { names: LawName[] }).names;
const OFFICIAL = [...new Set(names.flatMap((n) => (n.classes.length ? n.classes.map((c) => `${n.name} hạng ${c}`) : [n.name])))];
const TRAPS = guessTraps([...OFFICIAL, "Bằng khen của Bộ trưởng Bộ", "Giấy khen của Chủ tịch UBND thị xã", "Giấy khen của Chủ tịch UBND huyện", "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Tỉnh ủy"]);
const idOf = (t: string) => {
  const m = matchAward(t);
  return m.kind === "known" ? m.award.id : undefined;
};

describe("guess traps never resolve across a line", () => {
  it("covers every line", () => {
    for (const line of ["family", "order", "class", "level", "ministry", "bare"]) expect(TRAPS.some((t) => t.line === line)).toBe(true);
    expect(TRAPS.length).toBeGreaterThan(150);
  });
  it.each(TRAPS.filter((t) => t.near).map((t) => [t.text, t.near, t.line] as const))("%s is not %s (%s)", (text, near, line) => {
    const id = idOf(text);
    if (line === "ministry") expect(matchAward(text)).toMatchObject({ kind: "known", detail: text.slice(text.lastIndexOf("Bộ ")) });
    else if (id) expect(id).not.toBe(idOf(near));
  });
  it.each(TRAPS.filter((t) => !t.near).map((t) => t.text))("bare %s resolves to nothing", (text) => expect(idOf(text)).toBeUndefined());
});

/** One list holding every trap once, as an individual's row (Lò Văn A1, A2 …). */
function trapList(): Uint8Array {
  const rows = TRAPS.map((t, i) => `${i + 1},Lò Văn An ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)},Công chức,"${t.text}",12/QĐ-UBND,20/12/2022`);
  return new TextEncoder().encode(["DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2022", "STT,Họ và tên,Chức vụ,Hình thức khen thưởng,Số QĐ,Ngày QĐ", ...rows].join("\n"));
}

function countUnder(policy: SuggestionPolicy) {
  const before = AWARD_POLICY.countSuggested;
  AWARD_POLICY.countSuggested = policy;
  try {
    const read = readWorkbook(trapList(), "bay.csv");
    const analysis = analyze([{ file: read.file, grids: read.grids }]);
    return { analysis, report: buildReport(analysis, { lang: "vi" }) };
  } finally {
    AWARD_POLICY.countSuggested = before;
  }
}

describe("no trap is counted in a known total on a guess", () => {
  it.each(["none", "slips"] as const)("policy %s: known totals hold exactly the rows whose text names them", (policy) => {
    const { analysis, report } = countUnder(policy);
    const rows = analysis.files[0].sheets[0].awards;
    expect(rows).toHaveLength(TRAPS.length);
    // each known line's rows are rows whose own text resolves (or is settled) to that line's entry
    const byRef = new Map(rows.map((r) => [`${r.ref.sheet}!${r.ref.cell}`, r]));
    const crossed: string[] = [];
    for (const line of report.awards.filter((a) => !a.unresolved))
      for (const ref of line.sources) {
        const r = byRef.get(`${ref.sheet}!${ref.cell}`)!;
        // "slips" counts a misspelling whose family, class and level words all agree with its suggestion
        const m = matchAward(r.awardText);
        const slip = policy === "slips" && m.kind === "unknown" && !!m.slip;
        if (!r.awardId && !slip) crossed.push(`"${r.awardText}" counted under "${line.award}"`);
      }
    expect(crossed).toEqual([]);
    // and every unresolved trap row is on a "Chưa xác định" line
    const apart = report.awards.filter((a) => a.unresolved).reduce((n, a) => n + a.sources.length, 0);
    const slips = rows.filter((r) => !r.awardId && policy === "slips" && (matchAward(r.awardText) as { slip?: boolean }).slip).length;
    expect(apart).toBe(rows.filter((r) => !r.awardId).length - slips);
  });

  it("policy all (the corpora's convention): every row counted under a suggestion says so", () => {
    const { analysis, report } = countUnder("all");
    const rows = analysis.files[0].sheets[0].awards;
    const guessed = new Set<number>();
    for (const line of report.awards.filter((a) => !a.unresolved)) for (const ref of line.sources) if (!rows.find((r) => r.ref.row === ref.row)!.awardId) guessed.add(ref.row);
    expect(guessed.size).toBeGreaterThan(0);
    const rowOf = (cell = "") => Number(/\d+$/.exec(cell)?.[0]);
    const told = new Set(analysis.issues.filter((i) => i.rule === "award-unknown" && /đang được tính vào danh hiệu gợi ý|chỉ khác chính tả/.test(i.message.vi)).map((i) => rowOf(i.cell)));
    expect([...guessed].filter((c) => !told.has(c))).toEqual([]);
  });
});
