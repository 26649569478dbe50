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
  ])("usage error: %j", (argv) => expect(() => parseArgs(argv)).toThrow(UsageError));
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
