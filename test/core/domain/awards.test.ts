import { AWARDS, awardById, awardKey, matchAward } from "../../../src/core/domain/awards";
import { frameworkOn, TDKT_CONFIG } from "../../../src/core/domain/config";

const idOf = (t: string) => {
  const m = matchAward(t);
  return m.kind === "known" ? m.award.id : `unknown(${m.suggestion?.id ?? ""})`;
};

describe("matchAward", () => {
  it.each([
    ["LĐTT", "ldtt"],
    ["Danh hiệu Lao động tiên tiến", "ldtt"],
    ["“Lao động tiên tiến”", "ldtt"],
    ["CSTĐCS", "cstdcs"],
    ["Chiến sỹ thi đua cơ sở", "cstdcs"],
    ["Chiến sĩ thi đua cấp cơ sở", "cstdcs"],
    ["Chiến Sĩ Thi Đua Cơ Sở", "cstdcs"],
    ["TTLĐTT", "tt-ldtt"],
    ["Tập thể LĐTT", "tt-ldtt"],
    ["Danh hiệu Tập thể lao động tiên tiến", "tt-ldtt"],
    ["TTLĐXS", "tt-ldxs"],
    ["Tập Thể Lao Động Xuất Sắc", "tt-ldxs"],
    ["GK CT UBND huyện", "gk-ct-ubnd-huyen"],
    ["Giấy khen CT UBND huyện", "gk-ct-ubnd-huyen"],
    ["Giấy khen Chủ tịch UBND huyện", "gk-ct-ubnd-huyen"],
    ["Giấy khen của Chủ tịch Ủy ban nhân dân huyện", "gk-ct-ubnd-huyen"],
    ["Giấy khen cuả Chủ tịch Uỷ ban nhân dân huyện", "gk-ct-ubnd-huyen"],
    ["GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN TUẦN GIÁO", "gk-ct-ubnd-huyen"],
    ["Bằng khen của Chủ tịch UBND tỉnh Điện Biên", "bk-ct-ubnd-tinh"],
    ["Bằng khen của Chủ tịch UBND tỉnh Lai Châu", "bk-ct-ubnd-tinh"],
    ["BK CT UBND tỉnh", "bk-ct-ubnd-tinh"],
    ["BKTTg", "bk-ttg"],
    ["Gia đình văn hoá", "gdvh"],
    ["Huân chương Lao động hạng Ba", "hcld-3"],
    ["HCLĐ hạng III", "hcld-3"],
    ["Huân chương Lao động hạng 3", "hcld-3"],
    ["Huân chương lao động hạng nhì", "hcld-2"],
    ["Chiến sỹ thi đua toàn quốc", "cstdtq"],
    ["Gia đình văn hoá", "gdvh"],
    ["Nhà giáo Nhân dân", "ngnd"],
    ["Giấy khen của Chủ tịch UBND thị xã Mường Lay", "gk-ct-ubnd-thi-xa"],
    ["Bằng khen của Ban Thường vụ Tỉnh ủy Điện Biên", "bk-tinh-uy"],
    ["Lao dong tien tien", "ldtt"],
    ["Giấy khen cua Chu tich UBND huyen", "gk-ct-ubnd-huyen"],
    ["Lao động tiên tiến".normalize("NFD"), "ldtt"],
  ])("%s -> %s", (text, id) => expect(idOf(text)).toBe(id));

  it.each([
    ["Lao đông tiến tiến", "ldtt"],
    ["Lao động tiến tiến", "ldtt"],
    ["Lao động tiên tiếnn", "ldtt"],
    ["Chiến sĩ thi đau cơ sở", "cstdcs"],
  ])("misspelling %s is unknown, suggesting %s", (text, id) => {
    const m = matchAward(text);
    expect(m.kind).toBe("unknown");
    if (m.kind === "unknown") {
      expect(m.suggestion?.id).toBe(id);
      expect(m.distance).toBeGreaterThan(0);
    }
  });

  it("gives no suggestion for text far from every award", () => {
    const m = matchAward("Khen ngợi miệng trước toàn trường");
    expect(m).toEqual({ kind: "unknown", text: "Khen ngợi miệng trước toàn trường" });
  });

  it("marks the official spelling exact and abbreviations not", () => {
    expect(matchAward("Lao động tiên tiến")).toMatchObject({ kind: "known", exact: true });
    expect(matchAward("LĐTT")).toMatchObject({ kind: "known", exact: false });
    expect(matchAward("Giấy khen của Chủ tịch Ủy ban nhân dân huyện")).toMatchObject({ kind: "known", exact: true });
  });

  it("reads an issuer written after a title", () => {
    expect(matchAward("CSTĐCS của Chủ tịch UBND xã")).toMatchObject({ kind: "known", issuer: "ct-ubnd-xa" });
    expect(matchAward("Lao động tiên tiến do Chủ tịch UBND huyện tặng")).toMatchObject({ kind: "known", issuer: "ct-ubnd-huyen" });
  });

  it("keeps the key diacritic-sensitive", () => {
    expect(awardKey("Lao đông tiến tiến")).not.toBe(awardKey("Lao động tiên tiến"));
    expect(awardKey("UBND")).toBe(awardKey("Ủy ban nhân dân"));
  });
});

describe("catalogue data", () => {
  it("has unique ids and every reportAs resolves", () => {
    expect(new Set(AWARDS.map((a) => a.id)).size).toBe(AWARDS.length);
    for (const a of AWARDS) expect(awardById(a.reportAs)).toBeDefined();
  });
  it("totals Tập thể lao động tiên tiến under Lao động tiên tiến", () => {
    expect(awardById("tt-ldtt")?.reportAs).toBe("ldtt");
    expect(awardById("tt-ldtt")?.recipients).toEqual(["collective"]);
    expect(awardById("ldtt")?.recipients).toEqual(["individual"]);
    expect(awardById("gdvh")?.recipients).toEqual(["household"]);
  });
  it("ends the district Giấy khen with the district tier (30/6/2025)", () => {
    expect(awardById("gk-ct-ubnd-huyen")?.valid.to).toBe("2025-06-30");
    expect(TDKT_CONFIG.districtTierLastDay).toBe("2025-06-30");
  });
  it("every alias matches its own entry", () => {
    for (const a of AWARDS)
      for (const s of [a.name, a.fullName, ...a.aliases].filter((x): x is string => !!x)) {
        const m = matchAward(s);
        expect(m.kind === "known" ? m.award.id : "unknown").toBe(a.id);
      }
  });
});

describe("frameworkOn", () => {
  it.each([
    ["2021-05-24", "2017"],
    ["2023-12-31", "2017"],
    ["2024-01-01", "2024"],
    ["2025-06-30", "2024"],
    ["2025-07-01", "2025"],
  ])("%s -> %s", (d, id) => expect(frameworkOn(d).id).toBe(id));
});

describe("issuers written in full", () => {
  test.each([
    ["Giấy khen của Giám đốc Sở Nội vụ", "gk-giam-doc-so"],
    ["Giấy khen của Giám đốc Sở Giáo dục và Đào tạo", "gk-giam-doc-so"],
    ["Giấy khen của Chủ tịch UBND đặc khu Phú Quốc", "gk-ct-ubnd-xa"],
    ["GK UBND phường", "gk-ct-ubnd-xa"],
    ["Giấy khen của Chủ tịch UBND phường Mường Thanh", "gk-ct-ubnd-xa"],
  ])("%s -> %s", (text, id) => {
    const m = matchAward(text);
    expect(m.kind === "known" ? m.award.id : `unknown (${m.suggestion?.id})`).toBe(id);
  });
});
