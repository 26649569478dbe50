import { awardDuplicate } from "../../../src/core/rules/award-duplicate";
import { workplaceIn } from "../../../src/core/domain/recipientKind";
import type { AwardRecord } from "../../../src/core/model";
import type { ParsedFile } from "../../../src/core/rules/rule";

const row = (n: number, name: string, extra: Partial<AwardRecord> = {}): AwardRecord => ({
  ref: { file: "ds.xlsx", sheet: "DS", cell: `B${n}`, row: n },
  sender: "Phòng Giáo dục và Đào tạo",
  name,
  kind: "individual",
  kindSource: "section",
  awardText: "Lao động tiên tiến",
  awardId: "ldtt",
  decisionDate: "2022-06-01",
  cells: { name: `B${n}`, award: `D${n}` },
  ...extra,
});
const file = (awards: AwardRecord[]) =>
  ({ file: "ds.xlsx", sheets: [{ sheet: "DS", awards, figures: [], summaries: [], findings: [] }], ledger: { file: "ds.xlsx", sheets: [] } }) as unknown as ParsedFile;
const run = (awards: AwardRecord[]) => awardDuplicate.check({ files: [file(awards)], options: {} });

describe("duplicates that are duplicates", () => {
  it("reads the workplace a position names", () => {
    expect(workplaceIn("Giáo viên Trường Tiểu học số 1")).toBe("Trường Tiểu học số 1");
    expect(workplaceIn("Công chức Văn hóa - Xã hội xã Quài Cang")).toBe("xã Quài Cang");
    expect(workplaceIn("Giáo viên")).toBeUndefined();
  });
  it("one name in two schools of one sender is two people", () => {
    expect(run([row(5, "Nguyễn Thị Hoa", { position: "Giáo viên Trường Tiểu học số 1" }), row(9, "Nguyễn Thị Hoa", { position: "Giáo viên Trường Mầm non Hoa Ban" })])).toEqual([]);
  });
  it("the same person twice in one workplace is a duplicate (whitespace, case, tones folded)", () => {
    const issues = run([row(5, "Nguyễn Thị Hoa", { position: "Giáo viên Trường Tiểu học số 1" }), row(9, "NGUYỄN  THỊ HOA", { position: "Giáo viên Trường Tiểu học số 1" })]);
    expect(issues).toHaveLength(1);
    expect(issues[0].severity).toBeUndefined();
  });
  it("different birth dates tell two people apart; a matching birth date in another unit is an info line", () => {
    expect(run([row(5, "Lò Văn Hùng", { birthDate: "1980-01-02" }), row(9, "Lò Văn Hùng", { birthDate: "1985-03-04" })])).toEqual([]);
    const info = run([
      row(5, "Lò Văn Hùng", { unit: "Trường Tiểu học số 1", birthDate: "1980-01-02" }),
      row(9, "Lò Văn Hùng", { unit: "Trường Mầm non Hoa Ban", birthDate: "1980-01-02" }),
    ]);
    expect(info.map((i) => i.severity)).toEqual(["info"]);
  });
});
