/**
 * Issue 11's test list, the award-map part: a list with unknown awards, a recipient whose kind
 * nothing settles and one personal name in two units gives exact known totals and the unknowns on
 * their own "Chưa xác định" lines; after the user's decisions (an award map with award and kind
 * rows) the unknowns move to the mapped rows — through the pane's engine and through the CLI alike,
 * with the same totals. The expected totals are computed from each row's truth, never hard-coded.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { awardById, decisionKey, kindDecisionKey, KIND_VALUES } from "../../src/core/domain/awards";
import type { RecipientKind } from "../../src/core/model";
import { createEngineService } from "../../src/taskpane/engineService";

interface Row {
  name: string;
  unit: string;
  award: string;
  /** as the list states it (a Phân loại column), or nothing */
  listed?: RecipientKind;
  /** what the row really is: the catalogue id it must end under after the map, or "không tính" */
  truly: string;
  /** the kind it really is */
  kind: RecipientKind;
}

const ROWS: Row[] = [
  { name: "Lò Văn Hùng", unit: "UBND xã Nà Tấu", award: "Lao động tiên tiến", truly: "ldtt", kind: "individual", listed: "individual" },
  // the same name, another unit of work: another person (no duplicate)
  { name: "Lò Văn Hùng", unit: "Trường Tiểu học Mường Đăng", award: "Lao động tiên tiến", truly: "ldtt", kind: "individual", listed: "individual" },
  { name: "Quàng Thị Dung", unit: "UBND xã Nà Tấu", award: "Bằng khen", truly: "bk-ct-ubnd-tinh", kind: "individual", listed: "individual" },
  { name: "Trường Mầm non Nà Tấu", unit: "Xã Nà Tấu", award: "Bằng khen", truly: "bk-ct-ubnd-tinh", kind: "collective", listed: "collective" },
  { name: "Tòng Văn Khiêm", unit: "Hội Cựu chiến binh xã Nà Tấu", award: "Giấy khen của Hội Cựu chiến binh xã", truly: "không tính", kind: "individual", listed: "individual" },
  // nothing settles the kind: not listed, an award open to every kind, a name neither a person's nor a body's
  { name: "Văn nghệ Hoa Ban", unit: "Xã Nà Tấu", award: "Giấy khen của Chủ tịch UBND xã", truly: "gk-ct-ubnd-xa", kind: "collective" },
  { name: "Cà Văn Pọm", unit: "Bản Nà Tấu", award: "Giấy khen của Chủ tịch UBND xã", truly: "gk-ct-ubnd-xa", kind: "individual", listed: "individual" },
];
const KIND_TEXT: Record<RecipientKind, string> = { individual: "Cá nhân", collective: "Tập thể", household: "Hộ gia đình" };
const CSV = [
  `"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2024"`,
  "STT,Phân loại,Tên tập thể / cá nhân,Đơn vị công tác,Hình thức khen thưởng,Số QĐ,Ngày QĐ",
  ...ROWS.map((r, i) => `${i + 1},${r.listed ? KIND_TEXT[r.listed] : ""},${r.name},${r.unit},${r.award},1520/QĐ-UBND,10/12/2024`),
].join("\n");

/** The user's decisions, as a map file writes them: award text -> id / "không tính"; name -> kind. */
const MAP: Record<string, string> = {
  "Bằng khen": "bk-ct-ubnd-tinh",
  "Giấy khen của Hội Cựu chiến binh xã": "không tính",
  "Văn nghệ Hoa Ban": KIND_VALUES.collective,
};
/** The same decisions as the pane's pickers key them. */
const PANE_DECISIONS: Record<string, string> = {
  [decisionKey("Bằng khen")]: "bk-ct-ubnd-tinh",
  [decisionKey("Giấy khen của Hội Cựu chiến binh xã")]: "không tính",
  [kindDecisionKey("Văn nghệ Hoa Ban")]: KIND_VALUES.collective,
};

type Line = { award: string; collectives: number; individuals: number; households: number };
/** Known lines by award name, from the rows' truth: rows settled by the catalogue alone, or by the map too. */
function expected(mapped: boolean): Line[] {
  const lines = new Map<string, Line>();
  for (const r of ROWS) {
    const known = r.award === awardById(r.truly)?.name && (mapped || r.listed);
    if (!known && !(mapped && r.truly !== "không tính")) continue;
    const name = awardById(r.truly)!.name;
    const l = lines.get(name) ?? { award: name, collectives: 0, individuals: 0, households: 0 };
    l[r.kind === "collective" ? "collectives" : r.kind === "household" ? "households" : "individuals"]++;
    lines.set(name, l);
  }
  return [...lines.values()].sort((a, b) => a.award.localeCompare(b.award));
}
const known = (lines: (Line & { unresolved?: boolean })[]) =>
  lines.filter((l) => !l.unresolved).map(({ award, collectives, individuals, households }) => ({ award, collectives, individuals, households })).sort((a, b) => a.award.localeCompare(b.award));

describe("the award map moves the unknowns to the mapped rows, in the pane and the CLI alike", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tdkt-maplist-"));
    writeFileSync(join(dir, "ds.csv"), CSV, "utf8");
    writeFileSync(join(dir, "map.json"), JSON.stringify(MAP), "utf8");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(...extra: string[]) {
    const out: string[] = [];
    await run(["consolidate", join(dir, "ds.csv"), "--out", join(dir, "r.xlsx"), "--force", "--json", ...extra], (s) => out.push(s), () => undefined);
    return JSON.parse(out.join("\n")) as { awards: Line[]; unresolvedAwards: (Line & { writtenAs: string })[]; issues: { rule: string }[] };
  }
  async function pane(decisions?: Record<string, string>) {
    const engine = createEngineService();
    const summary = await engine.check({ files: [{ name: "ds.csv", bytes: new TextEncoder().encode(CSV).buffer }], ...(decisions ? { awardDecisions: decisions } : {}) });
    return { summary, report: await engine.report({ lang: "vi" }) };
  }

  it("before: known totals exact, unknowns apart, no false duplicate", async () => {
    const json = await cli();
    expect(known(json.awards)).toEqual(expected(false));
    expect(json.unresolvedAwards.map((u) => u.writtenAs).sort()).toEqual(["Bằng khen", "Giấy khen của Chủ tịch UBND xã", "Giấy khen của Hội Cựu chiến binh xã"].sort());
    expect(json.issues.some((i) => i.rule === "award-duplicate")).toBe(false);
    const { summary, report } = await pane();
    expect(known(report.awards)).toEqual(expected(false));
    expect(summary.unsettledAwards.map((u) => u.text).sort()).toEqual(["Bằng khen", "Giấy khen của Hội Cựu chiến binh xã"].sort());
    expect(summary.unsettledKinds.map((u) => u.name)).toEqual(["Văn nghệ Hoa Ban"]);
  });

  it("after: the same totals through both paths, every row under what it truly is", async () => {
    const json = await cli("--award-map", join(dir, "map.json"));
    const { report } = await pane(PANE_DECISIONS);
    expect(known(json.awards)).toEqual(expected(true));
    expect(known(report.awards)).toEqual(expected(true));
    expect(json.unresolvedAwards).toEqual([]);
    expect(report.awards.filter((a) => a.unresolved)).toEqual([]);
  });
});
