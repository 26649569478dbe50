/**
 * Output written as it is produced (JSON and text). The CLI's JSON can hold 100,000 issues (tens of MB): building it as
 * one string doubles the peak memory and delays the first byte. `writeJson` writes exactly the bytes
 * of `JSON.stringify(value, null, 1)`, in blocks of whole lines, each block handed to `out` (which
 * ends it with a line break, as the CLI's `out` does) and awaited, so a slow reader (a pipe) holds the
 * writer back instead of the writer filling memory.
 */

/** A top-level array written item by item: the items are turned into JSON values only when written. */
export class Streamed<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown,
  ) {}
}

/** Blocks of about this many characters: large enough to be cheap, small enough to stream. */
const BLOCK = 64 * 1024;
/** Items of a streamed array joined into one piece of a block. */
const BATCH = 200;

function indent(json: string, pad: string): string {
  // JSON.stringify escapes line breaks inside strings, so every "\n" here is a line of the layout
  return pad + json.replace(/\n/g, "\n" + pad);
}

/**
 * One item of a top-level array as JSON.stringify(array, null, 1) lays it out (two spaces in). A flat
 * object (an issue: every value a string, number, boolean or null) is written directly, without
 * stringifying the whole and re-indenting it line by line: a check can print 100,000 issues.
 */
function itemJson(item: unknown): string {
  // what JSON.stringify writes for them inside an array
  if (item === undefined || typeof item === "function" || typeof item === "symbol") return "  null";
  if (item === null || typeof item !== "object" || Array.isArray(item) || typeof (item as { toJSON?: unknown }).toJSON === "function")
    return indent(JSON.stringify(item, null, 1), "  ");
  let out = "  {";
  let first = true;
  for (const key of Object.keys(item)) {
    const value = (item as Record<string, unknown>)[key];
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    if (value !== null && typeof value === "object") return indent(JSON.stringify(item, null, 1), "  ");
    out += (first ? "\n   " : ",\n   ") + JSON.stringify(key) + ": " + JSON.stringify(value);
    first = false;
  }
  return first ? "  {}" : out + "\n  }";
}

/**
 * Write `value` (an object whose values are JSON values or Streamed arrays) as
 * JSON.stringify(value, null, 1) would, streamed.
 */
export async function writeJson(value: Record<string, unknown>, out: (block: string) => unknown): Promise<void> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (!keys.length) return void (await out("{}"));
  let block = "{";
  const flush = async () => {
    await out(block);
    block = "";
  };
  // `block` always ends at the end of a line; the next line is added with a leading "\n" unless the
  // block was just flushed (out adds that line break)
  const line = (text: string) => {
    block += block === "" ? text : "\n" + text;
  };
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const v = value[key];
    const comma = k < keys.length - 1 ? "," : "";
    const name = " " + JSON.stringify(key) + ": ";
    if (!(v instanceof Streamed)) {
      line(name + indent(JSON.stringify(v, null, 1), " ").slice(1) + comma);
      continue;
    }
    if (!v.items.length) {
      line(name + "[]" + comma);
      continue;
    }
    line(name + "[");
    // items joined a batch at a time, each block one flat string rather than a rope of small pieces
    for (let i = 0; i < v.items.length; i += BATCH) {
      const end = Math.min(i + BATCH, v.items.length);
      const items: string[] = [];
      for (let j = i; j < end; j++) items.push(itemJson(v.map(v.items[j])));
      line(items.join(",\n") + (end < v.items.length ? "," : ""));
      if (block.length >= BLOCK) await flush();
    }
    line(" ]" + comma);
  }
  line("}");
  await flush();
}

/** Write text lines in blocks (each block handed to `out`, which ends it with a line break). */
export async function writeLines(lines: Iterable<string>, out: (block: string) => unknown): Promise<void> {
  let block: string[] = [];
  let size = 0;
  for (const line of lines) {
    block.push(line);
    size += line.length + 1;
    if (size >= BLOCK) {
      await out(block.join("\n"));
      block = [];
      size = 0;
    }
  }
  if (block.length) await out(block.join("\n"));
}
