/**
 * The user's decisions on award names (awards/decisions.ts), in the core's own tests: before
 * issue 16's run, only the task pane and integration tests reached this module.
 */
import {
  applyAwardDecisions,
  awardById,
  decisionKey,
  isNotCounted,
  kindDecisionKey,
  NOT_COUNTED,
  parseAwardMap,
  parseLocalCatalogue,
  unsettledAwards,
} from "../../../src/core/domain/awards";
import type { AwardRecord } from "../../../src/core/model";

const ldtt = awardById("ldtt")!;
const record = (over: Partial<AwardRecord>): AwardRecord => ({ name: "Lò Văn Hùng", kind: "individual", kindSource: "section", awardText: "Lao đông tiến tiến", ...over }) as AwardRecord;

describe("isNotCounted", () => {
  test.each(["không tính", "KHÔNG TÍNH", " khong tinh ", "not counted", "Exclude"])("%j is the 'not counted' decision", (v) => expect(isNotCounted(v)).toBe(true));
  test.each(["", "tính", "ldtt", "không tính gì"])("%j is not", (v) => expect(isNotCounted(v)).toBe(false));
});

describe("parseAwardMap", () => {
  const byName = (t: string) => (t === "Lao động tiên tiến" ? ldtt : undefined);
  test("each kind of line: an id, a name, not counted, a kind word; a header row skipped; an unknown target reported by its line", () => {
    const rows = [
      ["Tên trong tệp", "Mã danh mục"],
      ["Lao đông tiến tiến", "ldtt"],
      ["LĐTT", " Lao động tiên tiến "],
      ["Giấy khen xyz", "không tính"],
      ["Văn nghệ Hoa Ban", "tập thể"],
      ["Bằng khen abc", "không có mã này"],
      ["", "ldtt"],
      ["Cờ", ""],
    ];
    expect(parseAwardMap(rows, byName)).toEqual({
      decisions: {
        [decisionKey("Lao đông tiến tiến")]: "ldtt",
        [decisionKey("LĐTT")]: "ldtt",
        [decisionKey("Giấy khen xyz")]: NOT_COUNTED,
        [kindDecisionKey("Văn nghệ Hoa Ban")]: "tập thể",
      },
      problems: ['6: "không có mã này"'],
    });
  });
  test("a first row that is a decision is read; with no header allowed an unknown first row is a problem", () => {
    expect(parseAwardMap([["A", "ldtt"]], byName).decisions).toEqual({ [decisionKey("A")]: "ldtt" });
    expect(parseAwardMap([["A", "x"]], byName, false)).toEqual({ decisions: {}, problems: ['1: "x"'] });
    expect(parseAwardMap([["A", "x"]], byName)).toEqual({ decisions: {}, problems: [] });
  });
});

describe("applyAwardDecisions", () => {
  test("an id settles the award, 'not counted' excludes the row, both marked as the user's; other rows are left alone", () => {
    const rows = [record({}), record({ awardText: "Giấy khen xyz" }), record({ awardText: "Cờ" }), record({ awardText: "Bằng khen abc" })];
    applyAwardDecisions(rows, {
      [decisionKey("Lao đông tiến tiến")]: "ldtt",
      [decisionKey("Giấy khen xyz")]: NOT_COUNTED,
      [decisionKey("Bằng khen abc")]: "khong-co-ma-nay",
    });
    expect(rows.map((r) => [r.awardId, r.awardExcluded, r.awardSettledBy])).toEqual([
      ["ldtt", undefined, "user"],
      [undefined, true, "user"],
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
  });
  test("the kind decisions in the same map are applied too", () => {
    const rows = [record({ name: "Văn nghệ Hoa Ban", kind: undefined, kindSource: "unknown" })];
    applyAwardDecisions(rows, { [kindDecisionKey("Văn nghệ Hoa Ban")]: "tập thể" });
    expect(rows[0]).toMatchObject({ kind: "collective", kindSource: "user" });
  });
  test("no decisions change nothing", () => {
    const rows = [record({})];
    applyAwardDecisions(rows, {});
    applyAwardDecisions(rows, undefined);
    expect(rows[0].awardSettledBy).toBeUndefined();
  });
});

describe("unsettledAwards", () => {
  test("each unsettled text once with its rows and suggestion; a catalogue match is not listed, a user's decision is, with what was decided", () => {
    const rows = [
      record({}),
      record({ awardText: " Lao đông tiến tiến " }),
      record({ awardText: "Lao động tiên tiến", awardId: "ldtt" }),
      record({ awardText: "Giấy khen xyz", awardExcluded: true, awardSettledBy: "user" }),
      record({ awardText: "Bằng khen abc", awardId: "ldtt", awardSettledBy: "user" }),
      record({ awardText: "  " }),
    ];
    const suggestion = (t: string) => (t.startsWith("Lao") ? ldtt : undefined);
    expect(unsettledAwards(rows, suggestion)).toEqual([
      { key: decisionKey("Lao đông tiến tiến"), text: "Lao đông tiến tiến", rows: 2, suggestion: { id: "ldtt", name: ldtt.name } },
      { key: decisionKey("Giấy khen xyz"), text: "Giấy khen xyz", rows: 1, decided: NOT_COUNTED },
      { key: decisionKey("Bằng khen abc"), text: "Bằng khen abc", rows: 1, decided: "ldtt" },
    ]);
  });
});

describe("parseLocalCatalogue", () => {
  test("a province's entry gets the defaults and is marked local; a title stays a title", () => {
    const [e, t] = parseLocalCatalogue([
      { id: "gk-rieng", name: "Giấy khen riêng", family: "giay-khen", recipients: ["individual"] },
      { id: "dh-rieng", name: "Danh hiệu riêng", family: "danh-hieu", recipients: ["collective"], category: "title" },
    ]);
    expect(e).toMatchObject({ id: "gk-rieng", name: "Giấy khen riêng", source: "local", category: "form" });
    expect(t).toMatchObject({ id: "dh-rieng", source: "local", category: "title" });
  });
  test("not an array, or an entry without id, name, family or recipients, is a clear error", () => {
    expect(() => parseLocalCatalogue({})).toThrow(/mảng JSON|JSON array/);
    for (const field of ["id", "name", "family", "recipients"]) {
      const entry: Record<string, unknown> = { id: "x", name: "X", family: "giay-khen", recipients: ["individual"] };
      delete entry[field];
      expect(() => parseLocalCatalogue([{ id: "ok", name: "Ok", family: "giay-khen", recipients: ["individual"] }, entry])).toThrow(new RegExp(`2.*${field}`));
    }
  });
});
