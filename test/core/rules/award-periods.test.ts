import { issuerAuthority } from "../../../src/core/rules/issuer-authority";
import { awardRatio } from "../../../src/core/rules/award-ratio";
import { matchAward } from "../../../src/core/domain/awards";
import type { AwardRecord } from "../../../src/core/model";
import type { ParsedFile } from "../../../src/core/rules/rule";

let n = 10;
const row = (awardText: string, decisionDate: string, extra: Partial<AwardRecord> = {}): AwardRecord => {
  const m = matchAward(awardText);
  const r = n++;
  return {
    ref: { file: "ds.xlsx", sheet: "DS", cell: `B${r}`, row: r },
    sender: "Xã A",
    name: `Lò Văn ${String.fromCharCode(65 + (r % 26))}`,
    kind: "individual",
    kindSource: "section",
    awardText,
    ...(m.kind === "known" ? { awardId: m.award.id } : {}),
    decisionDate,
    cells: { name: `B${r}`, award: `D${r}` },
    ...extra,
  };
};
const files = (awards: AwardRecord[]) =>
  [{ file: "ds.xlsx", sheets: [{ sheet: "DS", awards, figures: [], summaries: [], findings: [] }], ledger: { file: "ds.xlsx", sheets: [] } }] as unknown as ParsedFile[];

describe("rules keyed by the decision's date and the law then in force", () => {
  it("a title that did not exist yet is an error; a P3 commune grant is fine, a P2 one is not", () => {
    const out = issuerAuthority.check({
      files: files([
        row("Xã, phường, thị trấn tiêu biểu", "2022-05-01", { kind: "collective" }),
        row("Xã, phường, thị trấn tiêu biểu", "2024-05-01", { kind: "collective" }),
        row("CSTĐCS của Chủ tịch UBND xã", "2025-08-01"),
        row("CSTĐCS của Chủ tịch UBND xã", "2024-08-01"),
        row("Giấy khen của Chủ tịch UBND huyện", "2025-07-02"),
        row("LĐTT của Giám đốc Sở", "2024-03-01"),
      ]),
      options: {},
    });
    expect(out.map((i) => i.cell)).toHaveLength(3);
    expect(out.every((i) => i.severity === undefined)).toBe(true);
  });
  it("an inferred power ([I]) is at most a warning that says why", () => {
    const out = issuerAuthority.check({ files: files([row("Chiến sĩ tiên tiến do Chủ tịch UBND xã tặng", "2024-03-01")]), options: {} });
    expect(out).toHaveLength(1);
    expect(out[0].severity).toBe("warning");
    expect(out[0].message.vi).toContain("chưa được xác nhận");
  });
  it("CSTĐCS over 15% of LĐTT: an error under NĐ 91/2017, nothing after 2023 unless the user sets a share, then a warning", () => {
    const list = (year: string) => [...Array.from({ length: 5 }, () => row("Lao động tiên tiến", `${year}-06-01`)), row("Chiến sĩ thi đua cơ sở", `${year}-06-01`)];
    expect(awardRatio.check({ files: files(list("2022")), options: {} }).map((i) => i.severity)).toEqual([undefined]);
    expect(awardRatio.check({ files: files(list("2024")), options: {} })).toEqual([]);
    expect(awardRatio.check({ files: files(list("2024")), options: { ratioLimit: 0.1 } }).map((i) => i.severity)).toEqual(["warning"]);
  });
});
