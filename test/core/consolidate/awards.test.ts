import { collectAwards, consolidate, totalAwards } from "../../../src/core/consolidate";
import { CATALOGUE, COVID, ELECTION, SCHOOL_YEAR, awardRows, lookup, parsedFile, sheet } from "./fixtures";

describe("award totals", () => {
  const file = parsedFile("20-phong-gddt.xlsx", "Phòng Giáo dục và Đào tạo", [
    sheet("20-phong-gddt.xlsx", "DS khen thưởng năm học", {
      awards: [
        ...awardRows(3, { awardId: "ttldtt", kind: "collective", occasion: "regular", campaign: SCHOOL_YEAR }),
        ...awardRows(2, { awardId: "ldtt", kind: "collective", occasion: "regular", campaign: SCHOOL_YEAR }),
        ...awardRows(12, { awardId: "ldtt", kind: "individual", occasion: "regular", campaign: SCHOOL_YEAR }),
        ...awardRows(4, { awardId: "cstdcs", kind: "individual", occasion: "regular", campaign: SCHOOL_YEAR }),
        // the reader could not tell the kind: TTLĐTT can only go to a collective
        ...awardRows(1, { awardId: "ttldtt", occasion: "regular", campaign: SCHOOL_YEAR }),
        // misspelled, but the reader recognised the intended award
        ...awardRows(1, { awardId: "ldtt", awardText: "Lao đông tiến tiến", kind: "individual", occasion: "regular", campaign: SCHOOL_YEAR }),
        // an award nobody knows: counted under its text
        ...awardRows(2, { awardText: "Giấy  khen của Hiệu trưởng", kind: "individual", occasion: "regular" }),
      ],
    }),
  ]);

  it("counts Tập thể lao động tiên tiến as collectives of Lao động tiên tiến", () => {
    const totals = totalAwards(collectAwards([file], lookup));
    const ldtt = totals.filter((t) => t.award === "Lao động tiên tiến");
    expect(ldtt).toHaveLength(1);
    expect(ldtt[0]).toMatchObject({ awardId: "ldtt", occasion: "regular", campaign: SCHOOL_YEAR, collectives: 6, individuals: 13, households: 0 });
    expect(ldtt[0].sources).toHaveLength(19);
    expect(totals.some((t) => t.award === CATALOGUE.ttldtt.name)).toBe(false);
  });

  it("lists an unknown award on its own 'Chưa xác định' line, under its text as written, spaces tidied", () => {
    const totals = totalAwards(collectAwards([file], lookup));
    const unknown = totals.find((t) => t.award === "Chưa xác định: Giấy khen của Hiệu trưởng");
    expect(unknown).toMatchObject({ individuals: 2, collectives: 0, unresolved: true, writtenAs: "Giấy khen của Hiệu trưởng" });
    expect(totals[totals.length - 1].unresolved).toBe(true);
    expect(unknown?.awardId).toBeUndefined();
    expect(totals.some((t) => t.award === "Lao đông tiến tiến")).toBe(false);
  });

  it("splits one award by occasion and campaign, counting a doubtful kind as listed", () => {
    const f = parsedFile("21-vp.xlsx", "Văn phòng HĐND và UBND huyện", [
      sheet("21-vp.xlsx", "DS", {
        awards: [
          ...awardRows(2, { awardId: "gk-huyen", kind: "collective", occasion: "thematic", campaign: ELECTION }),
          ...awardRows(5, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", campaign: ELECTION }),
          ...awardRows(3, { awardId: "gk-huyen", kind: "individual", occasion: "adhoc" }),
          ...awardRows(1, { awardId: "bk-tinh", kind: "household", occasion: "thematic", campaign: COVID }),
        ],
      }),
    ]);
    const totals = totalAwards(collectAwards([f], lookup));
    expect(totals.map((t) => [t.award, t.occasion, t.campaign ?? "", t.collectives, t.individuals, t.households])).toEqual([
      ["Bằng khen của Chủ tịch UBND tỉnh", "thematic", COVID, 0, 0, 1],
      ["Giấy khen của Chủ tịch UBND huyện", "thematic", ELECTION, 2, 5, 0],
      ["Giấy khen của Chủ tịch UBND huyện", "adhoc", "", 0, 3, 0],
    ]);
    expect(totals[1].issuer).toBe("Chủ tịch UBND huyện");
  });

  it("lists every registry unit, 'Chưa gửi' for those that sent nothing, and others after", () => {
    const a = parsedFile("01.xlsx", "UBND thị trấn Tuần Giáo", [
      sheet("01.xlsx", "DS", { awards: awardRows(2, { awardId: "gk-huyen", kind: "individual", occasion: "thematic", sender: "UBND thị trấn Tuần Giáo" }) }),
    ]);
    const b = parsedFile("03.xlsx", "Xã Quài Nưa", [sheet("03.xlsx", "DS", { awards: awardRows(1, { awardId: "gk-huyen", kind: "collective", occasion: "thematic" }) })]);
    const c = parsedFile("22.xls", "Công an huyện", [sheet("22.xls", "DS", { awards: awardRows(4, { awardId: "bk-tinh", kind: "individual", occasion: "thematic" }) })]);
    const model = consolidate([a, b, c], {
      lang: "vi",
      awardInfo: lookup,
      issues: [],
      ledger: [a.ledger, b.ledger, c.ledger],
      registry: [{ name: "Thị trấn Tuần Giáo" }, { name: "Xã Quài Cang" }, { name: "Xã Quài Nưa" }, { name: "Phòng Nội vụ" }],
    });
    const t = model.sheets.flatMap((s) => s.tables).find((x) => x.id === "by-unit")!;
    expect(t.header[0]).toEqual(["STT", "Đơn vị", "Bằng khen của Chủ tịch UBND tỉnh", null, "Giấy khen của Chủ tịch UBND huyện", null, "Ghi chú"]);
    expect(t.header[1]).toEqual(["", "", "Tập thể", "Cá nhân", "Tập thể", "Cá nhân", ""]);
    expect(t.rows).toEqual([
      [1, "Thị trấn Tuần Giáo", null, null, null, 2, null],
      [2, "Xã Quài Cang", null, null, null, null, "Chưa gửi"],
      [3, "Xã Quài Nưa", null, null, 1, null, null],
      [4, "Phòng Nội vụ", null, null, null, null, "Chưa gửi"],
      [5, "Công an huyện", null, 4, null, null, "Ngoài danh mục"],
      [null, "Tổng cộng", 0, 4, 1, 2, null],
    ]);
    expect(t.boldRows).toEqual([5]);
  });
});

describe("a recipient whose kind nothing settles", () => {
  it("is counted on its own 'Chưa xác định đối tượng' line, apart from the known totals", () => {
    const rows = [
      ...awardRows(3, { awardId: "gk-huyen", kind: "individual" }),
      ...awardRows(1, { awardId: "gk-huyen" }).map((r) => ({ ...r, name: "Lò Văn Hùng" })),
      ...awardRows(1, { awardId: "gk-huyen" }).map((r) => ({ ...r, name: "Trường Tiểu học số 1" })),
      ...awardRows(2, { awardId: "gk-huyen" }).map((r) => ({ ...r, name: "abc" })),
    ];
    const totals = totalAwards(collectAwards([parsedFile("k.xlsx", "Xã A", [sheet("k.xlsx", "DS", { awards: rows })])], lookup));
    const known = totals.find((t) => t.award === "Giấy khen của Chủ tịch UBND huyện");
    expect(known).toMatchObject({ individuals: 4, collectives: 1 });
    const apart = totals.find((t) => t.unresolved);
    expect(apart).toMatchObject({ award: "Chưa xác định đối tượng (tập thể/cá nhân): Giấy khen của Chủ tịch UBND huyện", individuals: 2 });
  });
});
