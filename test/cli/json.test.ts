/**
 * `check --json` writes its issues from issueShape (their values in a fixed key order) instead of an
 * object each: the bytes must be those of JSON.stringify over issueJson, in both languages, whatever
 * the issue lacks (sheet, cell) and whatever its texts hold.
 */
import type { Issue } from "../../src/core/model";
import { issueJson, issueShape } from "../../src/cli/json";
import { Streamed, writeJson } from "../../src/cli/stream";

async function written(value: Record<string, unknown>): Promise<string> {
  const blocks: string[] = [];
  await writeJson(value, (s) => blocks.push(s + "\n"));
  return blocks.join("");
}

const issues: Issue[] = [
  { rule: "award-duplicate", severity: "error", file: "C:\\đơn vị\\a.xlsx", sheet: "Danh sách", cell: "B12", message: { vi: 'Dòng "trích"\nxuống dòng\t\u2028', en: "Quoted \"line\"" } },
  { rule: "award-duplicate", severity: "error", file: "C:\\đơn vị\\a.xlsx", sheet: "Danh sách", cell: "B13", message: { vi: "lần hai", en: "second" } },
  { rule: "unit-not-reported", severity: "warning", file: "", message: { vi: "không tệp", en: "no file" } },
  { rule: "header-missing", severity: "info", file: "b.xlsx", sheet: "DS", message: { vi: "không ô", en: "no cell" }, related: ["x | y!A1"] },
  { rule: "award-duplicate", severity: "error", file: "C:\\đơn vị\\a.xlsx", sheet: "Danh sách", cell: "B14", message: { vi: "", en: "" } },
];

test.each(["vi", "en"] as const)("issues written from their shape are JSON.stringify of issueJson (%s)", async (lang) => {
  const expected = JSON.stringify({ n: 1, issues: issues.map((i) => issueJson(i, lang)) }, null, 1) + "\n";
  expect(await written({ n: 1, issues: new Streamed(issues, (i) => issueJson(i, lang), issueShape(lang)) })).toBe(expected);
  // and the same as the object path
  expect(await written({ n: 1, issues: new Streamed(issues, (i) => issueJson(i, lang)) })).toBe(expected);
});

test("the shape's keys are issueJson's keys in its order", () => {
  const shape = issueShape("vi");
  expect(shape.keys).toEqual(Object.keys(issueJson(issues[0], "vi")));
  expect(shape.values(issues[2])).toEqual(Object.values(issueJson(issues[2], "vi")));
});
