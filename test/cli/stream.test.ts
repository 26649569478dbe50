/** Streamed output is byte for byte what the whole string would have been, written in many blocks. */
import { Streamed, writeJson, writeLines, type Output } from "../../src/cli/stream";

async function collect(write: (out: (s: string) => unknown) => Promise<void>) {
  const blocks: string[] = [];
  await write((s) => blocks.push(s));
  // the CLI's out ends every block with a line break
  return { text: blocks.map((b) => b + "\n").join(""), blocks: blocks.length };
}

test("writeJson = JSON.stringify(value, null, 1), streamed arrays in blocks", async () => {
  const issues = Array.from({ length: 3000 }, (_, i) => ({ rule: "r" + (i % 7), message: `dòng ${i}\n"trích"`, nested: { a: [i, { b: null }], e: [] } }));
  const value = { files: [{ file: "a.xlsx", sheets: [] }], empty: [], issues, n: 3, s: "x", out: undefined };
  const { text, blocks } = await collect((out) =>
    writeJson({ ...value, empty: new Streamed([], (x) => x), issues: new Streamed(issues, (i) => ({ ...i, rule: i.rule })) }, out),
  );
  expect(text).toBe(JSON.stringify(value, null, 1) + "\n");
  expect(blocks).toBeGreaterThan(3);
});

test("writeJson of an empty object and of one streamed item", async () => {
  expect((await collect((out) => writeJson({}, out))).text).toBe("{}\n");
  expect((await collect((out) => writeJson({ a: new Streamed([1], (x) => x) }, out))).text).toBe(JSON.stringify({ a: [1] }, null, 1) + "\n");
});

test("writeLines joins lines as the whole text would", async () => {
  const lines = Array.from({ length: 20000 }, (_, i) => `dòng ${i}`);
  const { text, blocks } = await collect((out) => writeLines(lines, out));
  expect(text).toBe(lines.join("\n") + "\n");
  expect(blocks).toBeGreaterThan(1);
});

test.each([1, 199, 200, 201, 400, 401])("writeJson of %i streamed items, around the batch size, as the whole string", async (n) => {
  const items = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? i : { i, text: `Nguyễn ${i}`, list: i % 2 ? [] : [i, "x"] }));
  const value = { before: 1, items, after: "z" };
  const { text } = await collect((out) => writeJson({ ...value, items: new Streamed(items, (x) => x) }, out));
  expect(text).toBe(JSON.stringify(value, null, 1) + "\n");
});

test("writeJson writes each kind of array item as JSON.stringify does (flat objects written directly, the rest stringified)", async () => {
  const fn = () => 1;
  const items: unknown[] = [
    { rule: "award-duplicate", severity: "error", file: "C:\\đơn vị\\a.xlsx", sheet: "Danh sách", cell: "B12", message: 'Dòng "trích"\nxuống dòng\t\u2028 và \u0000' },
    { n: 1.5, neg: -0, nan: NaN, inf: Infinity, yes: true, no: false, nil: null, gone: undefined, f: fn },
    {},
    { only: undefined },
    { nested: { a: 1 } },
    { list: [1, 2] },
    { when: new Date(Date.UTC(2021, 5, 30)) },
    new Date(Date.UTC(2021, 0, 1)),
    { toJSON: () => "mine" },
    undefined,
    fn,
    null,
    "chữ",
    42,
    [],
    [{ a: 1 }],
  ];
  const { text } = await collect((out) => writeJson({ items: new Streamed(items, (x) => x) }, out));
  expect(text).toBe(JSON.stringify({ items }, null, 1) + "\n");
});

test("items that repeat a value from one to the next (a file's issues) are written as JSON.stringify writes each", async () => {
  const same = { rule: "award-duplicate", severity: "error", file: "a.xlsx" };
  const items: unknown[] = [
    { ...same, cell: "B2", n: 0 },
    { ...same, cell: "B3", n: -0 },
    { ...same, cell: "B3", n: NaN },
    { ...same, file: "b.xlsx", cell: "B3", n: NaN },
    { severity: "error", rule: "award-duplicate", n: "0" },
    { rule: 0, severity: "0", file: null },
    { rule: false, file: "a.xlsx" },
    { ...same, cell: "B3", n: 0 },
  ];
  const { text } = await collect((out) => writeJson({ first: new Streamed(items, (x) => x), again: new Streamed(items.slice().reverse(), (x) => x) }, out));
  expect(text).toBe(JSON.stringify({ first: items, again: items.slice().reverse() }, null, 1) + "\n");
});

test("long texts met again further on (one message shared by forty files' duplicates) are written as JSON.stringify writes each", async () => {
  const long = (i: number) => `"Lò Văn Minh ${i}" được "Lao động tiên tiến" hai lần: đã có ở tệp a.xlsx (DS!B10).\n\t\\ \ud800 \u2028 ${"x".repeat(i % 3)}`;
  const texts = [long(1), long(2), long(3), "short", long(1).slice(0, 39), long(1).slice(0, 40)];
  // the same texts again and again, never twice in a row, as numbers, as keys' values of several keys
  const items = Array.from({ length: 200 }, (_, i) => ({ message: texts[i % texts.length], other: texts[(i * 5) % texts.length], n: i }));
  const { text } = await collect((out) => writeJson({ issues: new Streamed(items, (x) => x) }, out));
  expect(text).toBe(JSON.stringify({ issues: items }, null, 1) + "\n");
});

/** The CLI's stdout takes bytes too: the same JSON, written as UTF-8 blocks that each end with a line break. */
async function collectBytes(write: (out: Output) => Promise<void>) {
  const blocks: Buffer[] = [];
  const texts: string[] = [];
  const out: Output = Object.assign((s: string) => void texts.push(s + "\n"), { bytes: (b: Uint8Array) => void blocks.push(Buffer.from(b)) });
  await write(out);
  // a block is whole lines: it never splits a character or a line
  for (const b of blocks) expect(b[b.length - 1]).toBe(0x0a);
  return { text: texts.join("") + Buffer.concat(blocks).toString("utf8"), blocks: blocks.length, texts: texts.length };
}

describe("writeJson to an output that takes bytes", () => {
  test("the same bytes as JSON.stringify, in many blocks, none as text", async () => {
    const issues = Array.from({ length: 3000 }, (_, i) => ({ rule: "award-duplicate", file: `Đơn vị ${i}.xlsx`, message: `"Nguyễn Thị Ánh ${i}" được "Lao động tiên tiến" hai lần\n€ 𝄞` }));
    const value = { files: [{ file: "a.xlsx", sheets: [] }], issues };
    const { text, blocks, texts } = await collectBytes((out) => writeJson({ ...value, issues: new Streamed(issues, (i) => i) }, out));
    expect(text).toBe(JSON.stringify(value, null, 1) + "\n");
    expect(blocks).toBeGreaterThan(3);
    expect(texts).toBe(0);
  });

  test("an item longer than the buffer makes it grow; nested and odd items as JSON.stringify writes them", async () => {
    const long = "Tập thể lao động xuất sắc ".repeat(20_000);
    const items: unknown[] = [{ a: long }, { nested: { b: [1, "x"] } }, undefined, "chữ", [], { n: -0, nan: NaN }];
    const { text } = await collectBytes((out) => writeJson({ items: new Streamed(items, (x) => x), after: "z" }, out));
    expect(text).toBe(JSON.stringify({ items, after: "z" }, null, 1) + "\n");
  });

  test("an empty object is written as text, as before", async () => {
    expect((await collectBytes((out) => writeJson({}, out))).text).toBe("{}\n");
  });
});
