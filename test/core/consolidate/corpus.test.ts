/**
 * The sample corpus end to end (reader + rules + consolidation) against answers.json: award totals
 * per award and occasion, and every sector figure. Skips when /work/shared is not there.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { analyze } from "../../../src/core/engine";
import { readInput } from "../../../src/cli/readInput";
import { catalogueAwardInfo, catalogueIntendedAwardId, consolidate } from "../../../src/core/consolidate";

const SAMPLES = path.resolve(__dirname, "../../../../shared/samples");
const present = existsSync(path.join(SAMPLES, "answers.json"));
if (!present) console.warn(`corpus test skipped: ${SAMPLES} not found`);
const maybe = present ? describe : describe.skip;

maybe("consolidating the Tuần Giáo sample corpus", () => {
  const answers = present ? JSON.parse(readFileSync(path.join(SAMPLES, "answers.json"), "utf8")) : undefined;
  const model = (() => {
    if (!present) return undefined;
    const files = readdirSync(SAMPLES).filter((f) => /^\d\d-/.test(f)).sort();
    const inputs = [readInput(path.join(SAMPLES, "danh-muc-don-vi.xlsx")), ...files.map((f) => readInput(path.join(SAMPLES, f)))];
    const a = analyze(inputs, { period: { from: "2021-01-01", to: "2021-06-30" } });
    return consolidate(a.files, {
      lang: "vi",
      awardInfo: catalogueAwardInfo,
      intendedAwardId: catalogueIntendedAwardId,
      issues: a.issues,
      ledger: a.ledger,
      registry: a.registry,
      period: { from: "2021-01-01", to: "2021-06-30" },
    });
  })();
  const OCC: Record<string, string> = { regular: "thường xuyên", thematic: "chuyên đề", adhoc: "đột xuất" };

  it("totals every award by occasion as answers.json expects", () => {
    const got = (award: string, occasion: string) => {
      const rows = model!.awards.filter((t) => t.award === award && OCC[t.occasion] === occasion);
      return [rows.reduce((s, t) => s + t.collectives, 0), rows.reduce((s, t) => s + t.individuals, 0)];
    };
    for (const e of answers.expected.awards) expect([e.award, e.occasion, ...got(e.award, e.occasion)]).toEqual([e.award, e.occasion, e.collectives, e.individuals]);
  });

  it("gives every expected figure, matched across the 19 communes", () => {
    const figures = model!.figures.map((f) => ({ section: f.section, indicator: f.indicator, plan: f.plan, actual: f.actual, percentOfPlan: f.percentOfPlan, parent: f.parent ?? null }));
    const expected = answers.expected.figures.map((e: Record<string, unknown>) => ({ section: e.section, indicator: e.indicator, plan: e.plan, actual: e.actual, percentOfPlan: e.percentOfPlan, parent: e.parent ?? null }));
    expect(figures).toEqual(expected);
    expect(model!.figures.some((f) => f.unmatched)).toBe(false);
  });

  it("writes the Section IV lines the lists support", () => {
    expect(model!.sentences).toContain("Danh hiệu Lao động tiên tiến: 56 tập thể, 1.762 cá nhân;");
    expect(model!.sentences).toContain("Danh hiệu Chiến sĩ thi đua cơ sở: 211 cá nhân;");
    expect(model!.sentences.some((s) => s.endsWith("Chủ tịch UBND tỉnh tặng Bằng khen cho 03 tập thể, 03 cá nhân; Chủ tịch UBND huyện tặng Giấy khen cho 44 tập thể, 74 cá nhân."))).toBe(true);
  });
});
