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
/** Items of a streamed array stringified together. */
const BATCH = 200;

function indent(json: string, pad: string): string {
  // JSON.stringify escapes line breaks inside strings, so every "\n" here is a line of the layout
  return pad + json.replace(/\n/g, "\n" + pad);
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
    // items stringified a batch at a time: one JSON.stringify and one re-indent per batch, not per
    // item (100,000 issues), and the block one flat string rather than a rope of small pieces
    for (let i = 0; i < v.items.length; i += BATCH) {
      const end = Math.min(i + BATCH, v.items.length);
      const batch: unknown[] = [];
      for (let j = i; j < end; j++) batch.push(v.map(v.items[j]));
      // "[\n {…},\n {…}\n]" without its brackets: the items one level in, commas between them
      const json = JSON.stringify(batch, null, 1);
      line(indent(json.slice(2, -2), " ") + (end < v.items.length ? "," : ""));
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
