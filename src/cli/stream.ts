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

function indent(json: string, pad: string): string {
  // JSON.stringify escapes line breaks inside strings, so every "\n" here is a line of the layout
  return pad + json.replace(/\n/g, "\n" + pad);
}

/** `"key": ` as JSON writes it, made once per key name (an issue has six, written 100,000 times). */
const keyText = new Map<string, string>();

/**
 * An object whose values are all strings, numbers, booleans or null (an issue, a total line) as
 * JSON.stringify(item, null, 1) writes it `pad` deep, built directly: no re-indenting of a
 * stringified batch. Undefined when the item is anything else (nested values, an array, a
 * toJSON), which the caller stringifies.
 */
export function flatItemJson(item: unknown, pad: string): string | undefined {
  if (item === null || typeof item !== "object" || Array.isArray(item) || typeof (item as { toJSON?: unknown }).toJSON === "function") return undefined;
  let body = "";
  for (const k of Object.keys(item)) {
    const v = (item as Record<string, unknown>)[k];
    const t = typeof v;
    // what JSON.stringify leaves out of an object
    if (t === "undefined" || t === "function" || t === "symbol") continue;
    if (t === "object" && v !== null) return undefined;
    let key = keyText.get(k);
    if (key === undefined) keyText.set(k, (key = JSON.stringify(k) + ": "));
    body += (body === "" ? "" : ",\n") + pad + " " + key + JSON.stringify(v);
  }
  return body === "" ? pad + "{}" : pad + "{\n" + body + "\n" + pad + "}";
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
    // item by item: a flat item (an issue) written directly, any other stringified and indented
    for (let i = 0; i < v.items.length; i++) {
      const item = v.map(v.items[i]);
      // (in an array, what JSON leaves out of an object is written null)
      const json = flatItemJson(item, "  ") ?? indent(JSON.stringify(item, null, 1) ?? "null", "  ");
      line(json + (i < v.items.length - 1 ? "," : ""));
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
