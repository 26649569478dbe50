/**
 * A recipient whose kind nothing settles, through the CLI: counted apart on a "Chưa xác định đối
 * tượng" line (never in a known total); an --award-map row "name | cá nhân / tập thể / hộ gia đình"
 * settles it, the rows move into the known total and Kiểm tra shows the user's decision.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";

async function cli(argv: string[]) {
  const out: string[] = [];
  const code = await run(argv, (s) => out.push(s), () => undefined);
  return { code, json: out.length ? JSON.parse(out.join("\n")) : undefined };
}

const GK = "Giấy khen của Chủ tịch UBND xã";
const LIST = [
  "DANH SÁCH KHEN THƯỞNG NĂM 2022",
  "STT,Tên tập thể / cá nhân,Đơn vị,Hình thức khen thưởng,Số QĐ,Ngày QĐ",
  `1,Lò Văn Hùng,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
  `2,Văn nghệ Hoa Ban,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
  `3,Quang,Xã Quài Cang,${GK},12/QĐ-UBND,20/12/2022`,
].join("\n");

describe("unsure recipient kinds and --award-map", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tdkt-kindmap-"));
    writeFileSync(join(dir, "ds.csv"), LIST, "utf8");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const consolidate = (...extra: string[]) => cli(["consolidate", join(dir, "ds.csv"), "--out", join(dir, "r.xlsx"), "--force", "--json", ...extra]);
  type Line = { award: string; collectives: number; individuals: number; households: number; unresolved?: boolean };

  it("counts the unsure rows apart, never in the known total", async () => {
    const { json } = await consolidate();
    const lines: Line[] = json.awards;
    expect(lines.find((a) => a.award === GK)).toMatchObject({ individuals: 1, collectives: 0 });
    expect(json.unresolvedAwards).toEqual([expect.objectContaining({ line: expect.stringMatching(/^Chưa xác định đối tượng.*Giấy khen/), individuals: 2 })]);
    expect(json.issues.filter((i: { rule: string; severity: string }) => i.rule === "recipient-kind-mismatch" && i.severity === "warning")).toHaveLength(2);
  });

  it("a two-column map settles each recipient's kind; the rows move to the known total", async () => {
    const map = join(dir, "map.csv");
    writeFileSync(map, "Tên,Quyết định\nVăn nghệ Hoa Ban,Tập thể\nquang,hộ gia đình\n", "utf8");
    const { json } = await consolidate("--award-map", map);
    const lines: Line[] = json.awards;
    expect(lines.find((a) => a.award === GK)).toMatchObject({ individuals: 1, collectives: 1, households: 1 });
    expect(json.unresolvedAwards).toEqual([]);
    const decided = json.issues.filter((i: { rule: string; severity: string }) => i.rule === "recipient-kind-mismatch" && i.severity === "info");
    expect(decided.map((i: { message: string }) => i.message).sort()).toEqual(['Người dùng đã xác định "Quang" là hộ gia đình.', 'Người dùng đã xác định "Văn nghệ Hoa Ban" là tập thể.']);
  });

  it("a JSON map: the same decisions", async () => {
    const map = join(dir, "map.json");
    writeFileSync(map, JSON.stringify({ "Văn nghệ Hoa Ban": "cá nhân", Quang: "ca nhan" }), "utf8");
    const { json } = await consolidate("--award-map", map);
    expect((json.awards as Line[]).find((a) => a.award === GK)).toMatchObject({ individuals: 3, collectives: 0 });
  });
});
