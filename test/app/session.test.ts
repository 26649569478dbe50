/** The session's own rules: files by content, a broken resubmission refused, campaign names kept. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { contentHash, placeFile } from "../../src/app/files";
import { createSession } from "../../src/app/session";
import { TdktError } from "../../src/core/errors";
import { run } from "../../src/cli/main";
import { readReportData } from "../../src/files/reportData";

const DEMO = resolve(__dirname, "../../samples/demo");
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DEMO, name)));
const UNITS = ["01-xa-tan-lap.xlsx", "02-xa-hoa-binh.xlsx", "03-thi-tran-mau-son.xlsx"];
const BROKEN = new TextEncoder().encode("PK\u0003\u0004 not really a workbook");

describe("files are known by their content, not their name", () => {
  test("the same bytes twice are one file; two contents under one name are both kept", () => {
    const session = createSession();
    const a = bytesOf(UNITS[0]);
    const b = bytesOf(UNITS[1]);
    const added = session.addFiles([
      { name: "Bao cao.xlsx", bytes: a },
      { name: "copy of it.xlsx", bytes: a.slice() },
      { name: "Bao cao.xlsx", bytes: b },
    ]);
    expect(added.added).toEqual(["Bao cao.xlsx", "Bao cao (2).xlsx"]);
    expect(added.duplicates).toEqual([{ name: "copy of it.xlsx", of: "Bao cao.xlsx" }]);
    expect(added.renamed).toEqual([{ name: "Bao cao.xlsx", as: "Bao cao (2).xlsx" }]);
    expect(session.state.files.map((f) => f.hash)).toEqual([contentHash(a), contentHash(b)]);
  });
  test("placeFile: a different byte is a different file", () => {
    const a = bytesOf(UNITS[0]);
    const changed = a.slice();
    changed[changed.length - 1] ^= 1;
    expect(placeFile([{ name: "x.xlsx", hash: contentHash(a) }], "y.xlsx", contentHash(changed))).toEqual({ name: "y.xlsx", renamed: false });
  });
});

describe("resubmission", () => {
  test("a new file that cannot be read is refused with its name, and the unit's part is kept", async () => {
    const session = createSession();
    session.addFiles(UNITS.map((name) => ({ name, bytes: bytesOf(name) })));
    await session.check();
    const before = await session.reportData();
    const refused = session.resubmit({ files: [{ name: "02-xa-hoa-binh (gui lai).xlsx", bytes: BROKEN }], lang: "vi", today: "2026-12-01" });
    await expect(refused).rejects.toBeInstanceOf(TdktError);
    await expect(refused).rejects.toMatchObject({ code: "file-unreadable", location: { file: "02-xa-hoa-binh (gui lai).xlsx" } });
    await expect(refused).rejects.toThrow(/02-xa-hoa-binh \(gui lai\)\.xlsx/);
    expect(await session.reportData()).toEqual(before);
    expect(session.state.files.map((f) => f.name)).toEqual(UNITS);
  });

  test("the CLI refuses it too (exit 2, no report written), and --campaign adds to the names kept with the report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tdkt-session-"));
    try {
      const report = join(dir, "bao-cao.xlsx");
      const quiet = () => undefined;
      expect(await run(["consolidate", DEMO, "--out", report, "--campaign", "1/QĐ-UBND=Đợt một", "--json"], quiet, quiet, {})).toBeLessThan(2);
      const broken = join(dir, "02-xa-hoa-binh.xlsx");
      writeFileSync(broken, BROKEN);
      const err: string[] = [];
      expect(await run(["resubmit", report, broken, "--out", join(dir, "moi.xlsx")], quiet, (s) => err.push(s), {})).toBe(2);
      expect(err.join("\n")).toContain("02-xa-hoa-binh.xlsx");
      expect(existsSync(join(dir, "moi.xlsx"))).toBe(false);

      const again = join(dir, "02-xa-hoa-binh (gui lai).xlsx");
      writeFileSync(again, bytesOf(UNITS[1]));
      expect(await run(["resubmit", report, again, "--out", join(dir, "moi.xlsx"), "--campaign", "2/QĐ-UBND=Đợt hai"], quiet, quiet, {})).toBeLessThan(2);
      const data = await readReportData(readFileSync(join(dir, "moi.xlsx")));
      expect(data?.decisionCampaigns).toEqual({ "1/QĐ-UBND": "Đợt một", "2/QĐ-UBND": "Đợt hai" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
