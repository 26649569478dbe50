/**
 * award-duplicate keeps the rows of one name and award as a list while they are few and in maps by
 * unit, place, sender, birth date and CCCD once they are many (candidateList). Both must name the
 * same earlier row for every row: the rule's issues are compared with the list always walked and
 * the maps always used, over generated lists of one name under units, places, senders, birth dates
 * and CCCDs that agree and disagree in every way.
 */
import type { AwardRecord } from "../../../src/core/model";
import { awardDuplicate, candidateList } from "../../../src/core/rules/award-duplicate";
import { contextOf, sheetOf, type SheetBuilder } from "./ruleTester";

/** A small deterministic generator (the same lists on every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}
const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];

const UNITS = [undefined, "Trường TH số 1", "Trường TH số 2", "Xã Quài Nưa", "UBND xã Quài Nưa", "Trường TH xã Quài Nưa", "Phòng Giáo dục và Đào tạo"];
const SENDERS = [undefined, "UBND xã Quài Nưa", "Phòng Giáo dục và Đào tạo", "Văn phòng HĐND và UBND huyện"];
const BIRTHS = [undefined, undefined, "1985-02-01", "1990-07-11"];
const IDS = [undefined, undefined, undefined, "011234567890", "011234567891"];
const NAMES = ["Lò Văn Minh", "LÒ VĂN MINH", "Lò Thị Hoa"];
const AWARDS = ["Lao động tiên tiến", "LĐTT", "Chiến sĩ thi đua cơ sở"];
const YEARS = [undefined, "2021-05-24", "2022-06-01"];

function lists(seed: number, rows: number): SheetBuilder[] {
  const next = random(seed);
  const sheets = new Map<string, SheetBuilder>();
  for (let i = 0; i < rows; i++) {
    const file = pick(next, ["a.xlsx", "b.xlsx", "c.xlsx"]);
    if (!sheets.has(file)) sheets.set(file, sheetOf(file, "DS", pick(next, SENDERS), 10));
    const row: Partial<AwardRecord> & { name: string; awardText: string } = {
      name: pick(next, NAMES),
      awardText: pick(next, AWARDS),
      unit: pick(next, UNITS),
      position: next() < 0.3 ? "Giáo viên Trường TH số 1" : undefined,
      birthDate: pick(next, BIRTHS),
      idNumber: pick(next, IDS),
      decisionDate: pick(next, YEARS),
      kind: next() < 0.1 ? "collective" : "individual",
    };
    sheets.get(file)!.award(row);
  }
  return [...sheets.values()];
}

function issuesWith(listRows: number, sheets: SheetBuilder[]) {
  const saved = candidateList.rows;
  candidateList.rows = listRows;
  try {
    return awardDuplicate.check(contextOf({ name: "", sheets })).map((i) => `${i.file}!${i.cell} ${i.severity ?? ""} ${i.message.en} ${i.related?.join() ?? ""}`);
  } finally {
    candidateList.rows = saved;
  }
}

describe("award-duplicate: a few rows walked as a list, many looked up in maps, the same answer", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("generated lists, seed %i: list, maps and the mix give the same issues", (seed) => {
    const sheets = lists(seed, 60);
    const always = issuesWith(Number.MAX_SAFE_INTEGER, sheets);
    expect(always.length).toBeGreaterThan(5);
    expect(issuesWith(0, sheets)).toEqual(always);
    expect(issuesWith(1, sheets)).toEqual(always);
    expect(issuesWith(8, sheets)).toEqual(always);
  });

  it("the lists hold both kinds of finding: a duplicate, and a namesake with the same birth date elsewhere", () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => issuesWith(0, lists(seed, 60)));
    expect(all.some((t) => t.includes("twice"))).toBe(true);
    expect(all.some((t) => t.includes("has the name and birth date of a person in another unit"))).toBe(true);
  });
});
