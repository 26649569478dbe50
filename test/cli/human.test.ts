/**
 * The CLI for people: Vietnamese by default (English with --lang en or an English locale), help in
 * the user's language, one-line errors naming the file and what to do, the documented exit codes,
 * and the text report grouped by unit then severity with a summary at the end.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { cliLang, parseArgs } from "../../src/cli/args";
import { exitCode, failureText, run } from "../../src/cli/main";
import type { FileLedger, Issue } from "../../src/core/model";
import { errorOf } from "../../src/core/errors";
import { READ } from "../../src/core/i18n/read";

const ROOT = resolve(__dirname, "../..");
const DEMO = resolve(ROOT, "samples/demo");

async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (s) => out.push(s), (s) => err.push(s), env);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("language", () => {
  test("Vietnamese unless --lang en or an English locale", () => {
    expect(cliLang([], {})).toBe("vi");
    expect(cliLang([], { LANG: "C.UTF-8" })).toBe("vi");
    expect(cliLang([], { LANG: "vi_VN.UTF-8" })).toBe("vi");
    expect(cliLang([], { LANG: "en_US.UTF-8" })).toBe("en");
    expect(cliLang([], { LANG: "en_US.UTF-8", LC_ALL: "vi_VN.UTF-8" })).toBe("vi");
    expect(cliLang(["check", "x", "--lang", "en"], { LANG: "vi_VN" })).toBe("en");
    expect(cliLang(["check", "x", "--lang", "vi"], { LANG: "en_GB" })).toBe("vi");
    expect(parseArgs(["check", "x"], { LC_ALL: "en_US" }).lang).toBe("en");
  });

  test("--help in the user's language", async () => {
    const vi = await cli(["--help"]);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^Tổng hợp TĐKT — kiểm tra/);
    expect(vi.out).toContain("Cách dùng:");
    expect(vi.out).toContain("Mã thoát: 0 không tìm thấy vấn đề, 1 có lỗi hoặc cảnh báo, 2 sai cú pháp hoặc không đọc được tệp");
    expect(vi.out).not.toMatch(/\bUsage\b/);
    const en = await cli(["--help"], { LANG: "en_US.UTF-8" });
    expect(en.out).toContain("Usage:");
    expect(en.out).toContain("Exit codes: 0 no problem found, 1 errors or warnings found, 2 bad usage or unreadable input");
    expect((await cli(["check", "--help", "--lang", "en"])).out).toContain("Usage:");
  });

  test("a usage error is said in Vietnamese, on one line, with where to look", async () => {
    const r = await cli(["check", DEMO, "--period", "30/6/2021"]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toEqual(['tdkt: --period phải có dạng YYYY-MM-DD..YYYY-MM-DD, không phải "30/6/2021"', "Xem hướng dẫn: tdkt --help"]);
    const en = await cli(["check", DEMO, "--period", "30/6/2021", "--lang", "en"]);
    expect(en.err).toContain('--period must be YYYY-MM-DD..YYYY-MM-DD, not "30/6/2021"');
  });
});

describe("errors and exit codes", () => {
  test("tdkt check missing-folder: one Vietnamese line naming it, exit 2", async () => {
    const r = await cli(["check", "missing-folder"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe("tdkt: không tìm thấy tệp hoặc thư mục “missing-folder”; hãy kiểm tra lại tên và đường dẫn.");
  });

  test("the real command line too: one line on stderr, no stack, exit 2", () => {
    const r = spawnSync(process.execPath, [resolve(ROOT, "node_modules/tsx/dist/cli.mjs"), resolve(ROOT, "src/cli/main.ts"), "check", "missing-folder"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "" },
      timeout: 120_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual(["tdkt: không tìm thấy tệp hoặc thư mục “missing-folder”; hãy kiểm tra lại tên và đường dẫn."]);
  });

  test("an unexpected failure is one line unless --debug", () => {
    const e = Object.assign(new Error("EACCES: permission denied\n    at open"), { path: "/x/bao-cao.xlsx" });
    const line = failureText(e, ["check", "x"], {});
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toContain("/x/bao-cao.xlsx");
    expect(line).toContain("--debug");
    expect(failureText(e, ["check", "x", "--debug"], {})).toContain(e.stack!.split("\n")[0]);
    expect(failureText(e, ["check", "x"], { LANG: "en_US" })).toMatch(/^tdkt: unexpected failure/);
  });

  test("exit 0 when nothing is found, 1 for errors or warnings, 2 when an input cannot be read", () => {
    const issue = (severity: Issue["severity"]): Issue => ({ rule: "x", severity, file: "a.xlsx", message: { vi: "", en: "" } });
    const ok: FileLedger = { file: "a.xlsx", sheets: [] };
    expect(exitCode({ issues: [], ledger: [ok] })).toBe(0);
    expect(exitCode({ issues: [issue("info")], ledger: [ok] })).toBe(0);
    expect(exitCode({ issues: [issue("warning")], ledger: [ok] })).toBe(1);
    expect(exitCode({ issues: [issue("error")], ledger: [ok] })).toBe(1);
    expect(exitCode({ issues: [], ledger: [ok, { file: "b.xls", sheets: [], error: errorOf(READ, "file-unreadable", "corrupt", { file: "b.xls" }, { file: "b.xls", detail: "broken" }).toPlain() }] })).toBe(2);
  });
});

describe("the text report", () => {
  test("grouped by unit, then severity (errors first), in words, with a summary at the end", async () => {
    const r = await cli(["check", DEMO]);
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    const units = lines.filter((l) => l.startsWith("■ "));
    expect(units.length).toBeGreaterThanOrEqual(6);
    // within each unit's block, severities come in the order Lỗi, Cảnh báo, Lưu ý, each once
    let block: string[] = [];
    const order = ["Lỗi", "Cảnh báo", "Lưu ý"];
    const check = () => {
      const seen = block.map((l) => /^ {3}(Lỗi|Cảnh báo|Lưu ý) \(\d+\):$/.exec(l)?.[1]).filter((x): x is string => !!x);
      expect(seen).toEqual([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(new Set(seen).size).toBe(seen.length);
    };
    for (const l of lines) {
      if (l.startsWith("■ ") || l === "Tóm tắt:") {
        check();
        block = [];
      }
      block.push(l);
    }
    // the summary closes the report, the rule named in words with its code for --severity
    const summary = lines.indexOf("Tóm tắt:");
    expect(summary).toBeGreaterThan(lines.lastIndexOf(units[units.length - 1]));
    expect(lines[summary + 1]).toMatch(/^ {2}\d+ lỗi, \d+ cảnh báo, \d+ lưu ý trong \d+ tệp\.$/);
    expect(lines.slice(summary + 2).some((l) => /^ {2}Khen thưởng trùng \(award-duplicate\): \d+$/.test(l))).toBe(true);
    // issue lines speak words: no bare "[ERROR] award-duplicate" codes
    expect(r.out).not.toMatch(/\[(ERROR|WARNING|LỖI)\]/);
    expect(lines.filter((l) => /^ {5}- /.test(l)).every((l) => !/^ {5}- [a-z]+(-[a-z]+)+\b/.test(l))).toBe(true);
    // dates as Vietnamese write them
    expect(r.out).toMatch(/Kỳ báo cáo: \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}/);
  });

  test("in English with --lang en", async () => {
    const r = await cli(["check", DEMO, "--lang", "en"]);
    expect(r.out).toContain("Summary:");
    expect(r.out).toMatch(/ {3}Errors \(\d+\):/);
    expect(r.out).not.toContain("Tóm tắt");
  });
});
