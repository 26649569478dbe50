/**
 * The user's decisions on a recipient's kind (awards/kindDecisions.ts), in the core's own tests:
 * before issue 16's run, only the task pane and integration tests reached this module.
 */
import { applyKindDecisions, isKindDecisionKey, kindDecisionKey, kindValue, unsettledKinds } from "../../../src/core/domain/awards";
import type { AwardRecord, RecipientKind } from "../../../src/core/model";

const record = (over: Partial<AwardRecord>): AwardRecord => ({ name: "Văn nghệ Hoa Ban", kind: undefined, kindSource: "unknown", awardText: "Giấy khen", ...over }) as AwardRecord;

describe("kind decision keys and values", () => {
  test("one key per name, whatever its case or spacing; the key tells itself from an award text", () => {
    expect(kindDecisionKey("VĂN NGHỆ  Hoa Ban")).toBe(kindDecisionKey("Văn nghệ Hoa Ban"));
    expect(kindDecisionKey("Văn nghệ Hoa Ban")).not.toBe(kindDecisionKey("Văn nghệ Hoa Bàn"));
    expect(isKindDecisionKey(kindDecisionKey("Văn nghệ Hoa Ban"))).toBe(true);
    expect(isKindDecisionKey("Văn nghệ Hoa Ban")).toBe(false);
  });
  test.each([
    ["cá nhân", "individual"], ["Ca nhan", "individual"], ["individual", "individual"],
    ["Tập thể", "collective"], ["tap the", "collective"], ["collective", "collective"],
    ["hộ gia đình", "household"], ["ho gia dinh", "household"], ["Household", "household"],
  ] as [string, RecipientKind][])("%s is the kind %s", (text, kind) => expect(kindValue(text)).toBe(kind));
  test("only the whole value is a kind", () => {
    expect(kindValue("Tập thể lao động tiên tiến")).toBeUndefined();
    expect(kindValue("")).toBeUndefined();
  });
});

describe("applyKindDecisions", () => {
  const decisions = { [kindDecisionKey("Văn nghệ Hoa Ban")]: "tập thể" };
  test("a row the list does not place takes the user's kind", () => {
    const rows = [record({}), record({ kindSource: "award", kind: "individual" })];
    applyKindDecisions(rows, decisions);
    expect(rows.map((r) => [r.kind, r.kindSource])).toEqual([["collective", "user"], ["collective", "user"]]);
  });
  test("a section or a kind column keeps what the list says; other names and unreadable values are left alone", () => {
    const rows = [
      record({ kindSource: "section", kind: "individual" }),
      record({ kindSource: "column", kind: "household" }),
      record({ name: "Đội Văn nghệ" }),
      record({ name: "" }),
    ];
    applyKindDecisions(rows, decisions);
    expect(rows.map((r) => [r.kind, r.kindSource])).toEqual([["individual", "section"], ["household", "column"], [undefined, "unknown"], [undefined, "unknown"]]);
    const other = [record({})];
    applyKindDecisions(other, { [kindDecisionKey("Văn nghệ Hoa Ban")]: "không rõ" });
    applyKindDecisions(other, { "Giấy khen": "tập thể" });
    applyKindDecisions(other, undefined);
    expect(other[0]).toMatchObject({ kind: undefined, kindSource: "unknown" });
  });
});

describe("unsettledKinds", () => {
  test("each unsettled name once, with its rows, up to three units, in order of first appearance", () => {
    const rows = [
      record({ unit: "Xã A" }),
      record({ name: "văn nghệ  hoa ban", sender: "Xã B " }), // the same name, spelt otherwise
      record({ unit: "Xã A" }),
      record({ unit: "Xã C" }),
      record({ unit: "Xã D" }),
      record({ name: "Lò Văn Hùng" }), // a person's name settles itself
      record({ name: "Tổ 3" }), // so does a collective's
      record({ name: "Đội Xòe", awardExcluded: true }),
      record({ name: "  " }),
      record({ name: "Xyz Abc", kind: "household", kindSource: "user" }),
    ];
    expect(unsettledKinds(rows, () => undefined)).toEqual([
      { key: kindDecisionKey("Văn nghệ Hoa Ban"), name: "Văn nghệ Hoa Ban", rows: 5, units: ["Xã A", "Xã B", "Xã C"] },
      { key: kindDecisionKey("Xyz Abc"), name: "Xyz Abc", rows: 1, units: [], decided: "household" },
    ]);
  });
  test("an award with one kind settles the row", () => {
    expect(unsettledKinds([record({})], () => ["collective"])).toEqual([]);
    expect(unsettledKinds([record({})], () => ["collective", "individual"])).toHaveLength(1);
  });
});
