/**
 * Issue 11's test list (test/fixtures/awardTestList.ts), the award-map part: after the user's
 * decisions — each unknown award mapped to an entry or to "không tính", the recipient whose kind
 * nothing settles given its kind — no "Chưa xác định" line is left and the rows are under what they
 * were mapped to, with the same totals through the pane's engine and through the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { awardById, decisionKey, kindDecisionKey, KIND_VALUES, NOT_COUNTED } from "../../src/core/domain/awards";
import { createEngineService } from "../../src/taskpane/engineService";
import { awardTestList, MISSING_CODE, PERIOD, UNKNOWN_AWARDS } from "../fixtures/awardTestList";
import { xlsxBytes } from "../metamorphic/book";

type Line = { award: string; collectives: number; individuals: number; households: number; unresolved?: boolean };
const known = (lines: Line[]) =>
  lines.filter((l) => !l.unresolved).map(({ award, collectives, individuals, households }) => ({ award, collectives, individuals, households })).sort((a, b) => a.award.localeCompare(b.award));

/** The user's decisions: one unknown award mapped to an entry, the others not counted; the unsure kind settled. */
const MAPPED_TO = "gk-quan-doi";
const AWARD_MAP: Record<string, string> = Object.fromEntries(UNKNOWN_AWARDS.map((t) => [t, t === "Giấy khen của Ban Chỉ huy Quân sự xã" ? MAPPED_TO : NOT_COUNTED]));

describe("issue 11's test list after an award map: the pane and the CLI alike", () => {
  let dir: string;
  let files: { name: string; bytes: Uint8Array }[];
  let unsure: string;
  beforeAll(async () => {
    const list = awardTestList();
    unsure = list.truth.find((t) => !t.kind)!.name;
    files = await Promise.all(list.books.map(async (b) => ({ name: `${b.base}.xlsx`, bytes: await xlsxBytes(b) })));
    dir = mkdtempSync(join(tmpdir(), "tdkt-testlist-map-"));
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
    writeFileSync(join(dir, "map.json"), JSON.stringify({ ...AWARD_MAP, [unsure]: KIND_VALUES.collective }), "utf8");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("moves the unknowns to the mapped rows, with the same totals on both paths", async () => {
    const out: string[] = [];
    const period = `${PERIOD.from}..${PERIOD.to}`;
    await run(["consolidate", ...files.map((f) => join(dir, f.name)), "--period", period, "--out", join(dir, "r.xlsx"), "--force", "--json", "--award-map", join(dir, "map.json")], (s) => out.push(s), () => undefined);
    const cli = JSON.parse(out.join("\n")) as { awards: Line[]; unresolvedAwards: Line[] };

    const engine = createEngineService();
    const decisions = { ...Object.fromEntries(Object.entries(AWARD_MAP).map(([t, v]) => [decisionKey(t), v])), [kindDecisionKey(unsure)]: KIND_VALUES.collective };
    const summary = await engine.check({ files: files.map((f) => ({ name: f.name, bytes: f.bytes.slice().buffer })), period: PERIOD, awardDecisions: decisions });
    const pane = await engine.report({ lang: "vi" });

    expect(cli.unresolvedAwards).toEqual([]);
    expect(pane.awards.filter((a) => a.unresolved)).toEqual([]);
    expect(known(pane.awards)).toEqual(known(cli.awards));
    expect(known(cli.awards).find((l) => l.award === awardById(MAPPED_TO)!.name)).toMatchObject({ individuals: 1 });
    expect(summary.unsettledKinds).toEqual([expect.objectContaining({ name: unsure, decided: "collective" })]);
    expect(summary.unsettledAwards.map((u) => u.decided).sort()).toEqual(Object.values(AWARD_MAP).sort());
    expect(UNKNOWN_AWARDS).toContain(MISSING_CODE);
  });
});
