/**
 * Awards by sending unit (src/core/consolidate/units.ts awardsByUnit), row by row (issue 16): the
 * registry's units first in its order (each once, schools left out), then the senders it does not
 * list in the order met; who counts as having sent (a file with any unit data, even without
 * awards); counts per award and kind; award columns by rank, then first appearance.
 */
import { awardsByUnit, collectAwards } from "../../../src/core/consolidate";
import { awardRows, figureRows, lookup, parsedFile, sheet } from "./fixtures";

const plain = (rows: ReturnType<typeof awardsByUnit>["units"]) =>
  rows.map((r) => ({ unit: r.unit, inRegistry: r.inRegistry, sent: r.sent, counts: Object.fromEntries(r.counts) }));

describe("awardsByUnit", () => {
  const xaA = parsedFile("a.xlsx", "Xã  A", [
    sheet("a.xlsx", "DS", {
      awards: [...awardRows(2, { awardId: "gk-huyen", kind: "collective" }, "a.xlsx"), ...awardRows(1, { awardId: "gk-huyen", kind: "household" }, "a.xlsx"), ...awardRows(1, { awardId: "ldtt", kind: "individual" }, "a.xlsx")],
    }),
  ]);
  // sends figures only: it sent, with no award
  const xaB = parsedFile("b.xlsx", "UBND xã B", [sheet("b.xlsx", "Chỉ tiêu", { figures: figureRows("b.xlsx", "Chỉ tiêu", "UBND xã B", [["I. KINH TẾ", "1", "Trồng rừng", "ha", 10, 8]]) })]);
  // not in the registry; the award of rank above the others, met last
  const xaD = parsedFile("d.xlsx", "Xã D", [sheet("d.xlsx", "DS", { awards: awardRows(1, { awardId: "bk-tinh", kind: "individual" }, "d.xlsx") })]);
  // no sender: named by its file
  const noSender = parsedFile("khong-ten.xlsx", undefined, [sheet("khong-ten.xlsx", "DS", { awards: awardRows(1, { awardId: "gk-huyen", kind: "individual" }, "khong-ten.xlsx") })]);
  // a registry file: no unit data, nobody's report
  const registryFile = parsedFile("danh-muc.xlsx", "Xã E", [sheet("danh-muc.xlsx", "Danh mục", {})]);
  const registry = [{ name: "Xã C" }, { name: "Xã   A" }, { name: "UBND xã A" }, { name: "Trường TH Xã A", school: true }, { name: "Xã B" }, { name: "Xã E" }];

  it("registry units first in its order, each once; then senders it does not list, in the order met", () => {
    const files = [xaD, xaA, xaB, noSender, registryFile];
    const r = awardsByUnit(collectAwards(files, lookup), files, registry);
    const zero = { collectives: 0, individuals: 0, households: 0 };
    expect(plain(r.units)).toEqual([
      { unit: "Xã C", inRegistry: true, sent: false, counts: {} },
      { unit: "Xã A", inRegistry: true, sent: true, counts: { "gk-huyen": { ...zero, collectives: 2, households: 1 }, ldtt: { ...zero, individuals: 1 } } },
      { unit: "Xã B", inRegistry: true, sent: true, counts: {} },
      { unit: "Xã E", inRegistry: true, sent: false, counts: {} },
      { unit: "Xã D", inRegistry: false, sent: true, counts: { "bk-tinh": { ...zero, individuals: 1 } } },
      { unit: "khong-ten.xlsx", inRegistry: false, sent: true, counts: { "gk-huyen": { ...zero, individuals: 1 } } },
    ]);
  });

  it("award columns: titles before forms, higher level first, then first met", () => {
    const files = [xaD, xaA, noSender];
    expect(awardsByUnit(collectAwards(files, lookup), files).awards).toEqual([
      { key: "ldtt", name: "Lao động tiên tiến" },
      { key: "bk-tinh", name: "Bằng khen của Chủ tịch UBND tỉnh" },
      { key: "gk-huyen", name: "Giấy khen của Chủ tịch UBND huyện" },
    ]);
    // two awards of one rank: the first met first
    // X met first (and again after Y)
    const two = parsedFile("t.xlsx", "Xã T", [
      sheet("t.xlsx", "DS", {
        awards: [
          ...awardRows(1, { awardText: "Giấy khen của Giám đốc X", kind: "individual" }, "t.xlsx"),
          ...awardRows(1, { awardText: "Giấy khen của Giám đốc Y", kind: "individual" }, "t.xlsx"),
          ...awardRows(1, { awardText: "Giấy khen của Giám đốc X", kind: "individual" }, "t.xlsx"),
        ],
      }),
    ]);
    const awardInfo = (id: string) => (id === "x" || id === "y" ? { id, name: `Giấy khen của Giám đốc ${id.toUpperCase()}`, kinds: ["individual" as const] } : undefined);
    const intended = (t: string) => (t.endsWith("X") ? "x" : t.endsWith("Y") ? "y" : undefined);
    expect(awardsByUnit(collectAwards([two], awardInfo, intended), [two]).awards.map((a) => a.key)).toEqual(["x", "y"]);
    const swapped = { ...two, sheets: [{ ...two.sheets[0], awards: two.sheets[0].awards.slice(1) }] };
    expect(awardsByUnit(collectAwards([swapped], awardInfo, intended), [swapped]).awards.map((a) => a.key)).toEqual(["y", "x"]);
  });

  it("no registry: only the units that sent, nothing for no file", () => {
    expect(awardsByUnit([], [])).toEqual({ awards: [], units: [] });
    expect(plain(awardsByUnit([], [xaB]).units)).toEqual([{ unit: "UBND xã B", inRegistry: false, sent: true, counts: {} }]);
  });
});
