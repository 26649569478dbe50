/**
 * Unknown awards, unsure names and the user's decisions, end to end through the CLI: a list with
 * a bare "Bằng khen", a misspelling across families and a local honour gives exact known totals and
 * the unknowns on their own "Chưa xác định" lines; --award-map moves them to the mapped rows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { useCatalogue } from "../../src/core/domain/awards";
import { AWARD_POLICY } from "../../src/core/domain/config";

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const LIST = [
  "DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2022",
  "STT,Họ và tên,Chức vụ,Hình thức khen thưởng,Số QĐ,Ngày QĐ",
  "1,Lò Văn Hùng,Công chức xã,Lao động tiên tiến,12/QĐ-UBND,20/12/2022",
  "2,Quàng Thị Mai,Công chức xã,Lao động tiên tiến,12/QĐ-UBND,20/12/2022",
  "3,Cà Văn Sơn,Công chức xã,Bằng khen,13/QĐ-UBND,20/12/2022",
  "4,Tòng Thị Hoa,Công chức xã,Bằng khen cuả Chủ tịch UBND huyện,14/QĐ-UBND,20/12/2022",
  "5,Giàng A Sử,Trưởng bản,Huy hiệu Vì sự nghiệp phát triển bản,15/QĐ-UBND,20/12/2022",
].join("\n");

describe("Chưa xác định lines and --award-map", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tdkt-awardmap-"));
    writeFileSync(join(dir, "ds.csv"), LIST, "utf8");
  });
  afterAll(() => {
    useCatalogue([]);
    AWARD_POLICY.countSuggested = "slips";
    rmSync(dir, { recursive: true, force: true });
  });

  const consolidate = async (...extra: string[]) => {
    const r = await cli(["consolidate", join(dir, "ds.csv"), "--out", join(dir, "r.xlsx"), "--force", "--json", "--suggestions", "slips", ...extra]);
    return { ...r, json: r.out ? JSON.parse(r.out) : undefined };
  };

  it("counts known awards exactly and puts every unsettled name on its own line", async () => {
    const { json } = await consolidate();
    const ldtt = json.awards.find((a: { award: string }) => a.award === "Lao động tiên tiến");
    expect(ldtt.individuals).toBe(2);
    expect(json.awards.some((a: { award: string }) => /Bằng khen|Chưa xác định/.test(a.award))).toBe(false);
    expect(json.unresolvedAwards.map((u: { writtenAs: string }) => u.writtenAs).sort()).toEqual(
      ["Bằng khen", "Bằng khen cuả Chủ tịch UBND huyện", "Huy hiệu Vì sự nghiệp phát triển bản"].sort(),
    );
    expect(json.sentences.join(" ")).not.toMatch(/Bằng khen|Huy hiệu/);
  });

  it("applies the user's decisions: mapped rows move to their award, 'không tính' rows leave the totals", async () => {
    const map = join(dir, "map.json");
    writeFileSync(map, JSON.stringify({ "Bằng khen": "bk-ct-ubnd-tinh", "Bằng khen cuả Chủ tịch UBND huyện": "không tính" }), "utf8");
    const { json } = await consolidate("--award-map", map);
    const bk = json.awards.find((a: { award: string }) => a.award === "Bằng khen của Chủ tịch UBND tỉnh");
    expect(bk.individuals).toBe(1);
    expect(json.unresolvedAwards.map((u: { writtenAs: string }) => u.writtenAs)).toEqual(["Huy hiệu Vì sự nghiệp phát triển bản"]);
    const decided = json.issues.filter((i: { rule: string; severity: string }) => i.rule === "award-unknown" && i.severity === "info");
    expect(decided).toHaveLength(2);
  });

  it("keeps the decisions in the report's data: a resubmission settles the same names the same way", async () => {
    const map = join(dir, "map2.json");
    writeFileSync(map, JSON.stringify({ "Bằng khen": "bk-ct-ubnd-tinh" }), "utf8");
    const report = join(dir, "with-map.xlsx");
    expect((await cli(["consolidate", join(dir, "ds.csv"), "--out", report, "--force", "--award-map", map])).code).toBeLessThan(2);
    const again = join(dir, "again");
    mkdirSync(again);
    writeFileSync(join(again, "ds.csv"), LIST + "\n6,Vì Văn Tâm,Công chức xã,Bằng khen,16/QĐ-UBND,21/12/2022", "utf8");
    const r = await cli(["resubmit", report, join(again, "ds.csv"), "--out", join(dir, "after.xlsx"), "--force", "--json"]);
    const json = JSON.parse(r.out);
    expect(json.awards.find((a: { award: string }) => a.award === "Bằng khen của Chủ tịch UBND tỉnh")?.individuals).toBe(2);
    expect(json.unresolvedAwards.map((u: { writtenAs: string }) => u.writtenAs)).not.toContain("Bằng khen");
  });

  it("takes a two-column csv map and a province's own catalogue", async () => {
    const map = join(dir, "map.csv");
    writeFileSync(map, "Tên trong tệp,Mã danh mục\nBằng khen,Bằng khen của Chủ tịch UBND tỉnh\n", "utf8");
    const cat = join(dir, "cat.json");
    writeFileSync(cat, JSON.stringify([{ id: "huy-hieu-ban", name: "Huy hiệu Vì sự nghiệp phát triển bản", family: "huy-hieu", recipients: ["individual"] }]), "utf8");
    const { json } = await consolidate("--award-map", map, "--catalogue", cat);
    expect(json.awards.find((a: { award: string }) => a.award === "Huy hiệu Vì sự nghiệp phát triển bản")?.individuals).toBe(1);
    expect(json.awards.find((a: { award: string }) => a.award === "Bằng khen của Chủ tịch UBND tỉnh")?.individuals).toBe(1);
    expect(json.unresolvedAwards.map((u: { writtenAs: string }) => u.writtenAs)).toEqual(["Bằng khen cuả Chủ tịch UBND huyện"]);
  });

  it("by default a misspelling that crosses a line is not counted: it waits on its Chưa xác định line", async () => {
    const r = await cli(["consolidate", join(dir, "ds.csv"), "--out", join(dir, "r.xlsx"), "--force", "--json"]);
    const json = JSON.parse(r.out);
    const apart = json.unresolvedAwards.map((u: { writtenAs: string }) => u.writtenAs);
    expect(apart).toContain("Bằng khen cuả Chủ tịch UBND huyện");
    expect(apart).toContain("Bằng khen");
    // the known award stays exact
    expect(json.awards.find((a: { award: string }) => a.award === "Lao động tiên tiến").individuals).toBe(2);
    const msg = json.issues.find((i: { message: string }) => i.message.includes("Bằng khen cuả"));
    expect(msg.message).toContain("Chưa xác định");
    expect(msg.message).not.toContain("đang được tính vào danh hiệu gợi ý");
  });

  it("only on request (--suggestions all) a misspelling across a line counts as suggested, and says so", async () => {
    const r = await cli(["consolidate", join(dir, "ds.csv"), "--out", join(dir, "r.xlsx"), "--force", "--json", "--suggestions", "all"]);
    const json = JSON.parse(r.out);
    expect(json.unresolvedAwards.map((u: { writtenAs: string }) => u.writtenAs)).not.toContain("Bằng khen cuả Chủ tịch UBND huyện");
    const msg = json.issues.find((i: { message: string }) => i.message.includes("Bằng khen cuả"));
    expect(msg.message).toContain("đang được tính vào danh hiệu gợi ý");
  });

  it("refuses a map to an id the catalogue does not have (usage error naming the file)", async () => {
    const map = join(dir, "bad.json");
    writeFileSync(map, JSON.stringify({ "Bằng khen": "khong-co-ma-nay" }), "utf8");
    const r = await cli(["check", join(dir, "ds.csv"), "--award-map", map]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("bad.json");
  });
});
