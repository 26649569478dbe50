/**
 * Output written as it is produced (JSON and text). The CLI's JSON can hold 100,000 issues (tens of MB): building it as
 * one string doubles the peak memory and delays the first byte. `writeJson` writes exactly the bytes
 * of `JSON.stringify(value, null, 1)`, in blocks of whole lines, each block handed to `out` (which
 * ends it with a line break, as the CLI's `out` does) and awaited, so a slow reader (a pipe) holds the
 * writer back instead of the writer filling memory.
 *
 * Where `out` also takes bytes (`out.bytes`, the CLI's stdout), the JSON is written as UTF-8 straight
 * into a buffer, piece by piece: a block built as one string from a million small pieces and then
 * encoded cost about ten times as much (46 MB of issues: ≈ 0.6 s against ≈ 0.07 s).
 */

import { remembered } from "../core/text/remembered";

/** Where output goes: a text block, which the writer ends with a line break; or, when it takes them, bytes that already end with one. */
export interface Output {
  (block: string): unknown;
  bytes?: (block: Uint8Array) => unknown;
}

/** Blocks of about this many characters (or bytes): large enough to be cheap, small enough to stream. */
const BLOCK = 64 * 1024;

/** The block being filled: pieces joined by line breaks, handed on ending with one. */
interface Block {
  /** the next line (or lines) of the output */
  add(text: string): void;
  /** full enough to hand on */
  readonly full: boolean;
  /** hand the block on (awaited: a slow reader holds the writer back) and start the next */
  flush(): Promise<void>;
}

class TextBlock implements Block {
  private text = "";
  constructor(private readonly out: (block: string) => unknown) {}
  add(line: string): void {
    // a flushed block was ended by `out`'s line break: the next starts without one
    this.text += this.text === "" ? line : "\n" + line;
  }
  get full(): boolean {
    return this.text.length >= BLOCK;
  }
  async flush(): Promise<void> {
    await this.out(this.text);
    this.text = "";
  }
}

class ByteBlock implements Block {
  private buffer = Buffer.allocUnsafe(2 * BLOCK);
  private at = 0;
  constructor(private readonly out: (block: Uint8Array) => unknown) {}
  add(line: string): void {
    // room for the line in UTF-8 (at most 3 bytes per UTF-16 unit) and two line breaks
    const need = this.at + 3 * line.length + 2;
    if (need > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, 2 * this.buffer.length));
      this.buffer.copy(bigger, 0, 0, this.at);
      this.buffer = bigger;
    }
    if (this.at > 0) this.buffer[this.at++] = 0x0a;
    this.at += this.buffer.write(line, this.at);
  }
  get full(): boolean {
    return this.at >= BLOCK;
  }
  async flush(): Promise<void> {
    this.buffer[this.at++] = 0x0a;
    // the reader may keep the bytes until written (a pipe): the block is handed over, a new one begun
    const block = this.buffer.subarray(0, this.at);
    this.buffer = Buffer.allocUnsafe(2 * BLOCK);
    this.at = 0;
    await this.out(block);
  }
}

/**
 * A top-level array written item by item: the items are turned into JSON values only when written.
 * With a `shape`, each item is written from its values in the shape's key order (what `map` would
 * give, written as flatItemJson writes it): no object per item, no keys listed per item.
 */
export class Streamed<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown,
    readonly shape?: FlatShape<T>,
  ) {}
}

/** Plain values (never undefined) under fixed keys: an issue's six texts. */
export type FlatValue = string | number | boolean | null;

/** The keys of a flat item and how to read its values, in that order (see Streamed). */
export class FlatShape<T> {
  constructor(
    readonly keys: readonly string[],
    readonly values: (item: T) => readonly FlatValue[],
  ) {}
}


function indent(json: string, pad: string): string {
  // JSON.stringify escapes line breaks inside strings, so every "\n" here is a line of the layout
  return pad + json.replace(/\n/g, "\n" + pad);
}

/**
 * A key as JSON writes it in an item `pad` deep (`,\n   "key": `), made once per key name, and the
 * last value written under it with its JSON: an issue has six keys, written 100,000 times, and the
 * issues of one file follow each other, so its rule, severity, file and sheet repeat from one issue
 * to the next.
 */
interface KeyJson {
  pad: string;
  /** the key, after the line break and indent of a first item or of a following one */
  first: string;
  next: string;
  last: unknown;
  lastJson: string;
}
const keyJson = new Map<string, KeyJson>();

function keyJsonOf(k: string, pad: string): KeyJson {
  let e = keyJson.get(k);
  if (e === undefined || e.pad !== pad) {
    const key = pad + " " + JSON.stringify(k) + ": ";
    e = { pad, first: key, next: ",\n" + key, last: undefined, lastJson: "" };
    keyJson.set(k, e);
  }
  return e;
}

/**
 * The JSON of a long text met before: a message repeats across the issues (forty copies of a list
 * share their duplicates' messages: rules/award-duplicate.ts), not always from one issue to the next.
 * Bounded; a text shorter than LONG_TEXT is quicker to write again than to look up.
 */
const LONG_TEXT = 40;
const textJson = new Map<string, string>();
function jsonOf(v: unknown): string {
  if (typeof v !== "string" || v.length < LONG_TEXT) return JSON.stringify(v);
  return remembered(textJson, v, (t) => JSON.stringify(t), 20_000);
}

/** `k: v` as the first or a following member of an item `pad` deep (a value equal to the key's last is the same JSON; NaN never is). */
function memberJson(k: string, v: unknown, pad: string, first: boolean): string {
  const e = keyJsonOf(k, pad);
  if (v !== e.last) {
    e.last = v;
    e.lastJson = jsonOf(v);
  }
  return (first ? e.first : e.next) + e.lastJson;
}

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
    body += memberJson(k, v, pad, body === "");
  }
  return body === "" ? pad + "{}" : pad + "{\n" + body + "\n" + pad + "}";
}

/** An item of `shape` as flatItemJson writes `map(item)`, `pad` deep, from its values. */
function shapedItemJson(keys: readonly string[], values: readonly FlatValue[], pad: string): string {
  let body = "";
  for (let i = 0; i < keys.length; i++) body += memberJson(keys[i], values[i], pad, i === 0);
  return body === "" ? pad + "{}" : pad + "{\n" + body + "\n" + pad + "}";
}

/**
 * Write `value` (an object whose values are JSON values or Streamed arrays) as
 * JSON.stringify(value, null, 1) would, streamed.
 */
export async function writeJson(value: Record<string, unknown>, out: Output): Promise<void> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (!keys.length) return void (await out("{}"));
  const block: Block = out.bytes ? new ByteBlock(out.bytes) : new TextBlock(out);
  block.add("{");
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const v = value[key];
    const comma = k < keys.length - 1 ? "," : "";
    const name = " " + JSON.stringify(key) + ": ";
    if (!(v instanceof Streamed)) {
      block.add(name + indent(JSON.stringify(v, null, 1), " ").slice(1) + comma);
      continue;
    }
    if (!v.items.length) {
      block.add(name + "[]" + comma);
      continue;
    }
    block.add(name + "[");
    // item by item: a flat item (an issue) written directly, any other stringified and indented
    for (let i = 0; i < v.items.length; i++) {
      let json: string;
      if (v.shape) json = shapedItemJson(v.shape.keys, v.shape.values(v.items[i]), "  ");
      else {
        const item = v.map(v.items[i]);
        // (in an array, what JSON leaves out of an object is written null)
        json = flatItemJson(item, "  ") ?? indent(JSON.stringify(item, null, 1) ?? "null", "  ");
      }
      block.add(json + (i < v.items.length - 1 ? "," : ""));
      if (block.full) await block.flush();
    }
    block.add(" ]" + comma);
  }
  block.add("}");
  await block.flush();
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
