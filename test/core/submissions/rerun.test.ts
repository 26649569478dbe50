/**
 * A resubmission in the pure core (src/core/submissions/resubmit.ts rerunWithResubmission), without
 * the CLI or files (those are test/core/submissions/resubmit.test.ts): which period is checked (an
 * explicit one; a guessed one only shown), what the new report data keeps (decisions and campaigns
 * merged, the guessed flag only while it holds), and each resubmitted unit's diff against its own
 * earlier file only.
 */
import { decisionKey, NOT_COUNTED } from "../../../src/core/domain/awards";
import type { AwardRecord } from "../../../src/core/model";
import type { ParsedFile } from "../../../src/core/rules/rule";
import type { ReportData, UnitContribution } from "../../../src/core/submissions/contributions";
import { rerunWithResubmission, type ResubmitOptions } from "../../../src/core/submissions/resubmit";

const GK = "Giấy khen của Chủ tịch UBND huyện";
const PERIOD = { from: "2021-01-01", to: "2021-06-30" };

function award(file: string, row: number, name: string, decisionDate: string, awardText = GK): AwardRecord {
  return {
    ref: { file, sheet: "DS", cell: `B${row}`, row },
    name,
    kind: "individual",
    kindSource: "section",
    awardText,
    decisionNumber: "12/QĐ-UBND",
    decisionDate,
    cells: { name: `B${row}`, award: `D${row}`, decisionDate: `F${row}` },
  };
}

function parsed(file: string, sender: string, awards: AwardRecord[]): ParsedFile {
  return {
    file,
    ledger: { file, sender, sheets: [] },
    sheets: [{ file, sheet: "DS", kind: "awards", awards, figures: [], summaries: [], findings: [] }],
    findings: [],
  };
}

function contribution(p: ParsedFile, receivedOn = "2021-07-01"): UnitContribution {
  return { sender: p.ledger.sender, fileName: p.file, hash: p.file, receivedOn, parsed: p };
}

// Xã A sent two rows, one dated after the period; Xã B one row
const a = () => contribution(parsed("a.xlsx", "Xã A", [award("a.xlsx", 10, "Lò Văn Thủy", "2021-05-10"), award("a.xlsx", 11, "Cà Văn Xiêng", "2021-07-15")]));
const b = () => contribution(parsed("b.xlsx", "Xã B", [award("b.xlsx", 10, "Quàng Thị Hoa", "2021-05-10")]));
const data = (extra: Partial<ReportData> = {}): ReportData => ({ version: 1, registry: [{ name: "Xã A" }, { name: "Xã B" }], contributions: [a(), b()], ...extra });
const options = (extra: Partial<ResubmitOptions> = {}): ResubmitOptions => ({ lang: "vi", today: "2021-07-02", ...extra });
const outOfPeriod = (r: ReturnType<typeof rerunWithResubmission>) => r.analysis.issues.filter((i) => i.rule === "date-out-of-period").map((i) => `${i.file}!${i.cell}`);

describe("rerunWithResubmission", () => {
  // Xã A sends again: the row after the period is gone, a row added
  const again = () => contribution(parsed("a (sửa).xlsx", "UBND xã A", [award("a (sửa).xlsx", 10, "Lò Văn Thủy", "2021-05-10"), award("a (sửa).xlsx", 12, "Tòng Văn Sơn", "2021-08-01")]), "2021-07-02");
  const fresh = () => contribution(parsed("c.xlsx", "Xã C", [award("c.xlsx", 10, "Lường Văn Ánh", "2021-05-10")]), "2021-07-02");

  it("replaces the unit's contribution, keeps the others, adds a new unit; each unit's diff is against its own earlier file", () => {
    const r = rerunWithResubmission(data({ period: PERIOD }), [again(), fresh()], options());
    expect(r.data.contributions.map((c) => [c.fileName, c.receivedOn, c.resubmittedOn ?? ""])).toEqual([
      ["a (sửa).xlsx", "2021-07-01", "2021-07-02"],
      ["b.xlsx", "2021-07-01", ""],
      ["c.xlsx", "2021-07-02", ""],
    ]);
    expect(r.units.map((u) => ({ ...u, diff: { added: u.diff.added.map((x) => x.label), removed: u.diff.removed.map((x) => x.label), changed: u.diff.changed.length } }))).toEqual([
      { unit: "UBND xã A", file: "a (sửa).xlsx", replacedFile: "a.xlsx", diff: { added: ["Tòng Văn Sơn"], removed: ["Cà Văn Xiêng"], changed: 0 } },
      { unit: "Xã C", file: "c.xlsx", diff: { added: ["Lường Văn Ánh"], removed: [], changed: 0 } },
    ]);
    expect("replacedFile" in r.units[1]).toBe(false);
    // the rules run again over every unit's rows, the new ones included
    expect(r.analysis.files.map((f) => f.file)).toEqual(["a (sửa).xlsx", "b.xlsx", "c.xlsx"]);
    expect(r.analysis.ledger.map((l) => l.sender)).toEqual(["UBND xã A", "Xã B", "Xã C"]);
    expect(outOfPeriod(r)).toEqual(["a (sửa).xlsx!F12"]);
  });

  it("the report's period is checked when it was given, and kept in the analysis and the new data", () => {
    const r = rerunWithResubmission(data({ period: PERIOD }), [], options());
    expect(outOfPeriod(r)).toEqual(["a.xlsx!F11"]);
    expect(r.analysis.period).toEqual(PERIOD);
    expect(r.data.period).toEqual(PERIOD);
    expect("periodGuessed" in r.analysis).toBe(false);
    expect("periodGuessed" in r.data).toBe(false);
  });

  it("a period guessed from titles is shown but not checked, and stays marked as guessed", () => {
    const r = rerunWithResubmission(data({ period: PERIOD, periodGuessed: true }), [], options());
    expect(outOfPeriod(r)).toEqual([]);
    expect(r.analysis.period).toEqual(PERIOD);
    expect(r.analysis.periodGuessed).toBe(true);
    expect(r.data.period).toEqual(PERIOD);
    expect(r.data.periodGuessed).toBe(true);
  });

  it("a period given with the resubmission replaces a guessed one: checked, no longer guessed", () => {
    const given = { from: "2021-01-01", to: "2021-12-31" };
    const r = rerunWithResubmission(data({ period: PERIOD, periodGuessed: true }), [again()], options({ period: given }));
    // 2021-08-01 is inside the given period, 2021-07-15 was replaced
    expect(outOfPeriod(r)).toEqual([]);
    expect(r.analysis.period).toEqual(given);
    expect(r.data.period).toEqual(given);
    expect("periodGuessed" in r.analysis).toBe(false);
    expect("periodGuessed" in r.data).toBe(false);
    const strict = rerunWithResubmission(data({ period: PERIOD, periodGuessed: true }), [], options({ period: PERIOD }));
    expect(outOfPeriod(strict)).toEqual(["a.xlsx!F11"]);
  });

  it("no period anywhere: none checked, none written", () => {
    const r = rerunWithResubmission(data(), [], options());
    expect(outOfPeriod(r)).toEqual([]);
    expect("period" in r.analysis).toBe(false);
    expect("period" in r.data).toBe(false);
  });

  it("the registry given with the resubmission replaces the report's; an empty one keeps it", () => {
    const registry = [{ name: "Xã A" }, { name: "Xã B" }, { name: "Xã D" }];
    expect(rerunWithResubmission(data(), [], options({ registry })).data.registry).toEqual(registry);
    expect(rerunWithResubmission(data(), [], options({ registry })).analysis.registry).toEqual(registry);
    expect(rerunWithResubmission(data(), [], options({ registry: [] })).data.registry).toEqual(data().registry);
    // Xã D sent nothing: the rules see the given registry
    expect(rerunWithResubmission(data(), [], options({ registry })).analysis.issues.filter((i) => i.rule === "unit-not-reported").length).toBe(1);
    expect(rerunWithResubmission(data(), [], options()).analysis.issues.filter((i) => i.rule === "unit-not-reported")).toEqual([]);
  });

  it("campaigns and award decisions: the report's and the resubmission's merged; none is no key", () => {
    const r = rerunWithResubmission(
      data({ decisionCampaigns: { "12/QĐ-UBND": "Phòng, chống dịch" }, awardDecisions: { "giay khen x": "không tính" } }),
      [],
      options({ decisionCampaigns: { "13/QĐ-UBND": "Bầu cử" }, awardDecisions: { "bang khen y": "không tính" } }),
    );
    expect(r.data.decisionCampaigns).toEqual({ "12/QĐ-UBND": "Phòng, chống dịch", "13/QĐ-UBND": "Bầu cử" });
    expect(r.data.awardDecisions).toEqual({ "giay khen x": "không tính", "bang khen y": "không tính" });
    const none = rerunWithResubmission(data(), [], options());
    expect("decisionCampaigns" in none.data).toBe(false);
    expect("awardDecisions" in none.data).toBe(false);
    const onlyGiven = rerunWithResubmission(data(), [], options({ decisionCampaigns: { "13/QĐ-UBND": "Bầu cử" } }));
    expect(onlyGiven.data.decisionCampaigns).toEqual({ "13/QĐ-UBND": "Bầu cử" });
  });

  it("the report's award decisions and the resubmission's settle the names in every file, the resubmitted ones too", () => {
    const first = "Giấy khen phong trào xyz";
    const second = "Giấy khen phong trào abc";
    const odd = () =>
      contribution(parsed("a2.xlsx", "Xã A", [award("a2.xlsx", 10, "Lò Văn Thủy", "2021-05-10", first), award("a2.xlsx", 11, "Cà Văn Xiêng", "2021-05-10", second), award("a2.xlsx", 12, "Tòng Văn Sơn", "2021-05-10")]));
    const r = rerunWithResubmission(data({ awardDecisions: { [decisionKey(first)]: NOT_COUNTED } }), [odd()], options({ awardDecisions: { [decisionKey(second)]: NOT_COUNTED } }));
    expect(r.analysis.files[0].sheets[0].awards.map((x) => [x.name, x.awardExcluded ?? false])).toEqual([
      ["Lò Văn Thủy", true],
      ["Cà Văn Xiêng", true],
      ["Tòng Văn Sơn", false],
    ]);
  });
});
