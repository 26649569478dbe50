import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, UsageError } from "../../src/cli/args";
import { run } from "../../src/cli/main";

const DEMO = resolve(__dirname, "../../samples/demo");

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("arguments", () => {
  test("check with every option", () => {
    expect(parseArgs(["check", "a.xlsx", "dir", "--period", "2021-01-01..2021-06-30", "--units", "dm.xlsx", "--json", "--lang", "en"])).toMatchObject({
      command: "check",
      paths: ["a.xlsx", "dir"],
      period: { from: "2021-01-01", to: "2021-06-30" },
      units: "dm.xlsx",
      json: true,
      lang: "en",
    });
  });
  test("repeated --campaign names decisions", () => {
    const a = parseArgs(["consolidate", "d", "--out", "r.xlsx", "--campaign", "398/QĐ-UBND=Phòng, chống dịch Covid-19", "--campaign", "12/QĐ-UBND=Tết"]);
    expect(a.campaigns).toEqual({ "398/QĐ-UBND": "Phòng, chống dịch Covid-19", "12/QĐ-UBND": "Tết" });
  });
  test.each([
    [["frobnicate", "x"]],
    [["check"]],
    [["check", "x", "--period", "2021-06-30..2021-01-01"]],
    [["check", "x", "--period", "30/6/2021"]],
    [["check", "x", "--lang", "fr"]],
    [["check", "x", "--bogus"]],
    [["consolidate", "x"]],
    [["consolidate", "x", "--out", "r.xlsx", "--campaign", "no-equals"]],
    [["check", "x", "--column", "a.xlsx!D=award"]],
    [["check", "x", "--column", "a.xlsx!Danh sách!D=prize"]],
  ])("usage error: %j", (argv) => expect(() => parseArgs(argv)).toThrow(UsageError));
  test("repeated --column settles columns; a wrong one names the shape and the roles, in the user's language", () => {
    const a = parseArgs(["check", "d", "--column", "xa-a.xlsx!Danh sách!D=award", "--column", "xa-b.csv!xa-b!c=none"]);
    expect(a.columns).toEqual([
      { file: "xa-a.xlsx", sheet: "Danh sách", column: "D", role: "award" },
      { file: "xa-b.csv", sheet: "xa-b", column: "C", role: "none" },
    ]);
    const said = (lang: string) => {
      try {
        parseArgs(["check", "d", "--column", "D=award", "--lang", lang]);
      } catch (e) {
        return (e as UsageError).messageIn(lang === "en" ? "en" : "vi");
      }
      return "";
    };
    expect(said("en")).toMatch(/^--column must be "<file>!<sheet>!<column>=<role>".*not "D=award"; roles: stt, name, .*award.*, none$/);
    expect(said("vi")).toMatch(/^--column phải có dạng "<tệp>!<sheet>!<cột>=<vai trò>".*vai trò: stt, name, /);
  });
});

describe("--column on an award list whose award header is not recognised", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tdkt-column-"));
    const XLSX = await import("@e965/xlsx");
    const wb = XLSX.utils.book_new();
    const rows = [
      ["UBND XÃ TÂN LẬP"],
      ["DANH SÁCH KHEN THƯỞNG NĂM 2025"],
      ["STT", "Họ và tên", "Chức vụ", "Nội dung đề nghị khen"],
      [1, "Nguyễn Văn An", "Giáo viên", "Lao động tiên tiến"],
      [2, "Lò Thị Mai", "Kế toán", "Lao động tiên tiến"],
    ];
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), "Danh sách");
    writeFileSync(join(dir, "xa-tan-lap.xlsx"), XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("check --json: rows not read without it, records with it", async () => {
    const file = join(dir, "xa-tan-lap.xlsx");
    const records = async (extra: string[]) => {
      const r = await cli(["check", file, "--json", ...extra]);
      const j = JSON.parse(r.out) as { files: { rowAccount: { records: number; notReadRows: number }[] }[]; issues: { rule: string }[] };
      return { records: j.files[0].rowAccount[0].records, notRead: j.files[0].rowAccount[0].notReadRows, warned: j.issues.some((i) => i.rule === "rows-not-read" || i.rule === "sheet-no-table") };
    };
    expect(await records([])).toEqual({ records: 0, notRead: 2, warned: true });
    expect(await records(["--column", "xa-tan-lap.xlsx!Danh sách!D=award"])).toEqual({ records: 2, notRead: 0, warned: false });
  });

  test("a --column that names no file and sheet of the run is said on stderr, in the user's language", async () => {
    const file = join(dir, "xa-tan-lap.xlsx");
    const vi = await cli(["check", file, "--json", "--column", "xa-tan-lap.xlsx!Danh sach 2!D=award"]);
    expect(vi.err).toContain("tdkt: --column xa-tan-lap.xlsx!Danh sach 2!D=award: không có tệp và trang tính nào trùng tên");
    const en = await cli(["check", file, "--json", "--lang", "en", "--column", "xa-khac.xlsx!Danh sách!D=award"]);
    expect(en.err).toContain("tdkt: --column xa-khac.xlsx!Danh sách!D=award: no file and sheet of this run has that name");
    const used = await cli(["check", file, "--json", "--column", "XA-TAN-LAP.xlsx!danh sách!D=award"]);
    expect(used.err).not.toContain("--column");
  });
});

describe("tdkt on the project's demo workbooks", () => {
  test("usage errors exit 2 and say how to call", async () => {
    const r = await cli(["check", "--period", "x"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("tdkt --help");
  });

  test("check --json: stdout is only the JSON of the contract; errors give exit 1", async () => {
    const r = await cli(["check", DEMO, "--json", "--period", "2024-01-01..2024-06-30"]);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual(["files", "issues"]);
    expect(json.files.length).toBeGreaterThan(4);
    for (const f of json.files) for (const s of f.sheets) expect(["awards", "figures", "award-summary", "registry", "other"]).toContain(s.kind);
    for (const i of json.issues) {
      expect(Object.keys(i).sort()).toEqual(["cell", "file", "message", "rule", "severity", "sheet"]);
      expect(["error", "warning", "info"]).toContain(i.severity);
    }
    expect(json.issues.some((i: { severity: string }) => i.severity === "error")).toBe(true);
    expect(r.code).toBe(1);
  });

  test("check --lang en writes English messages", async () => {
    const vi = JSON.parse((await cli(["check", DEMO, "--json"])).out);
    const en = JSON.parse((await cli(["check", DEMO, "--json", "--lang", "en"])).out);
    expect(en.issues.length).toBe(vi.issues.length);
    expect(en.issues[0].message).not.toBe(vi.issues[0].message);
  });

  test("consolidate writes the report, refuses to overwrite without --force, and leaves the sources alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tdkt-cli-"));
    try {
      const out = join(dir, "bao-cao.xlsx");
      const before = statSync(join(DEMO, "01-xa-tan-lap.xlsx")).mtimeMs;
      const first = await cli(["consolidate", DEMO, "--out", out, "--json"]);
      const json = JSON.parse(first.out);
      expect(Object.keys(json)).toEqual(expect.arrayContaining(["awards", "figures", "sentences", "issues"]));
      expect(json.awards.length).toBeGreaterThan(0);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
      writeFileSync(out, "keep me");
      const second = await cli(["consolidate", DEMO, "--out", out]);
      expect(second.code).toBe(2);
      expect(readFileSync(out, "utf8")).toBe("keep me");
      const third = await cli(["consolidate", DEMO, "--out", out, "--force"]);
      expect([0, 1]).toContain(third.code);
      expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
      expect(statSync(join(DEMO, "01-xa-tan-lap.xlsx")).mtimeMs).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("--severity", () => {
  test("changes a rule's severity or turns it off; an unknown code is a usage error", async () => {
    const base = JSON.parse((await cli(["check", DEMO, "--json"])).out);
    const rule = base.issues.find((i: { severity: string }) => i.severity === "error").rule;
    const off = JSON.parse((await cli(["check", DEMO, "--json", "--severity", `${rule}=off`])).out);
    expect(off.issues.some((i: { rule: string }) => i.rule === rule)).toBe(false);
    const warn = JSON.parse((await cli(["check", DEMO, "--json", "--severity", `${rule}=warning`])).out);
    expect(warn.issues.filter((i: { rule: string }) => i.rule === rule).every((i: { severity: string }) => i.severity === "warning")).toBe(true);
    expect((await cli(["check", DEMO, "--severity", "no-such-rule=off"])).code).toBe(2);
    expect((await cli(["check", DEMO, "--severity", "award-ratio=loud"])).code).toBe(2);
  });
});

describe("the report is never a source", () => {
  test("--out naming a source file is refused, even with --force, and the source is unchanged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tdkt-cli-"));
    try {
      const src = join(dir, "don-vi.xlsx");
      writeFileSync(src, readFileSync(join(DEMO, "01-xa-tan-lap.xlsx")));
      const before = readFileSync(src);
      const r = await cli(["consolidate", dir, "--out", src, "--force"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("tệp nguồn");
      expect(readFileSync(src).equals(before)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a report written into the sources' folder is not read back on the next run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tdkt-cli-"));
    try {
      writeFileSync(join(dir, "don-vi.xlsx"), readFileSync(join(DEMO, "01-xa-tan-lap.xlsx")));
      const out = join(dir, "bao-cao.xlsx");
      const first = JSON.parse((await cli(["consolidate", dir, "--out", out, "--json"])).out);
      const second = JSON.parse((await cli(["consolidate", dir, "--out", join(dir, "bao-cao-2.xlsx"), "--json"])).out);
      expect(second.awards).toEqual(first.awards);
      expect(second.issues.some((i: { file: string; rule: string }) => i.file.endsWith("bao-cao.xlsx") && i.rule === "file-read-warning")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
