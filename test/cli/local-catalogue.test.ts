/**
 * A province's own catalogue (--catalogue) is kept in the report's data sheet: a resubmission
 * without --catalogue still counts the local honour under its own entry, and Kiểm tra says which
 * rows the local catalogue settled.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { useCatalogue } from "../../src/core/domain/awards";
import { readReportData } from "../../src/files/reportData";

async function cli(argv: string[]) {
  const out: string[] = [];
  const code = await run(argv, (s) => out.push(s), () => undefined);
  return { code, out: out.join("\n") };
}

const HONOUR = "Huy hiệu Vì sự nghiệp phát triển bản";
const LIST = [
  "DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2022",
  "STT,Họ và tên,Chức vụ,Hình thức khen thưởng,Số QĐ,Ngày QĐ",
  "1,Lò Văn Hùng,Công chức xã,Lao động tiên tiến,12/QĐ-UBND,20/12/2022",
  `2,Giàng A Sử,Trưởng bản,${HONOUR},15/QĐ-UBND,20/12/2022`,
].join("\n");
const ENTRIES = [{ id: "huy-hieu-ban", name: HONOUR, family: "huy-hieu", recipients: ["individual"] }];

describe("--catalogue kept with the report", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tdkt-localcat-"));
    writeFileSync(join(dir, "ds.csv"), LIST, "utf8");
    writeFileSync(join(dir, "cat.json"), JSON.stringify(ENTRIES), "utf8");
  });
  afterAll(() => {
    useCatalogue([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("the data sheet holds the entries; a resubmission reuses them; Kiểm tra names the local catalogue", async () => {
    const report = join(dir, "report.xlsx");
    const first = await cli(["consolidate", join(dir, "ds.csv"), "--out", report, "--force", "--json", "--catalogue", join(dir, "cat.json")]);
    const json = JSON.parse(first.out);
    expect(json.awards.find((a: { award: string }) => a.award === HONOUR)?.individuals).toBe(1);
    const info = json.issues.filter((i: { rule: string; severity: string; message: string }) => i.rule === "award-unknown" && i.severity === "info");
    expect(info.map((i: { message: string }) => i.message)).toEqual([expect.stringContaining("danh mục riêng của tỉnh")]);
    expect((await readReportData(readFileSync(report)))?.localCatalogue).toEqual(ENTRIES);

    // a fresh start: the built-in catalogue only, as a new process would have
    useCatalogue([]);
    const again = join(dir, "again");
    mkdirSync(again);
    writeFileSync(join(again, "ds.csv"), LIST + `\n3,Vì Văn Tâm,Trưởng bản,${HONOUR},16/QĐ-UBND,21/12/2022`, "utf8");
    const r = await cli(["resubmit", report, join(again, "ds.csv"), "--out", join(dir, "after.xlsx"), "--force", "--json"]);
    const after = JSON.parse(r.out);
    expect(after.awards.find((a: { award: string }) => a.award === HONOUR)?.individuals).toBe(2);
    expect(after.unresolvedAwards).toEqual([]);
    expect((await readReportData(readFileSync(join(dir, "after.xlsx"))))?.localCatalogue).toEqual(ENTRIES);
  });
});
