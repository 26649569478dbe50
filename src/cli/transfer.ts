/**
 * A compact form for handing a file's results from a reading thread to the main thread (readPool.ts).
 *
 * Why not postMessage's own structured clone: a file's records are thousands of small objects whose
 * strings repeat (the file name in every cell reference, the sheet, the sender, the award text).
 * The clone copies every string every time and rebuilds every object through the general
 * deserializer: on the scale corpus it cost the main thread about as much as the checks, and the
 * copies no longer share their strings, so every lookup keyed on them hashes them again.
 *
 * Packed, a value is: its distinct strings, each once (a cell reference, "B12", as a number: CELL);
 * its objects' key lists ("shapes"), each once; and one stream of numbers (tags, indexes, values)
 * in a Float64Array whose buffer is transferred, not copied. Unpacking rebuilds the same plain data: same keys in the same order, undefined values
 * and array holes kept, -0 and NaN kept (the CLI's output is byte for byte that of one thread:
 * test/cli/pool.test.ts). Anything that is not plain data (a Map, a Date, a class instance) is
 * refused with `NotPlainData`, and the caller posts the value as it is.
 */

import { a1 } from "../core/grid";

export interface Packed {
  strings: string[];
  /** each shape's keys, as indexes into `strings` */
  shapes: number[][];
  /** tags and numbers; `length` is the part in use (the buffer is transferred whole) */
  stream: Float64Array<ArrayBuffer>;
  length: number;
}

export class NotPlainData extends Error {}

const UNDEFINED = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
const STRING = 4; // then the string's index
const NUMBER = 5; // then the number
const ARRAY = 6; // then the length, then each item
const OBJECT = 7; // then the shape's index, then each value in the shape's key order
const HOLE = 8; // an array's missing item
const CELL = 9; // a cell reference ("B12"), then its column (A = 1) and its row

/**
 * A cell reference written as Excel writes it, "B12" (one to three capital letters, a row without a
 * leading zero), as one number: column × 2^32 + row; -1 for any other string. A file's records
 * name a cell for every value they hold, so most of a file's distinct strings are these: sent as
 * numbers, they need no look-up in the table of strings, and the main thread writes them again
 * (as grid.ts's a1 does: shared with every other file's same address).
 */
function cellNumber(s: string): number {
  const n = s.length;
  if (n < 2 || n > 13) return -1;
  let i = 0;
  let col = 0;
  for (; i < n && i < 3; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === n || s.charCodeAt(i) === 48) return -1;
  let row = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  return row < 2 ** 32 ? col * 2 ** 32 + row : -1;
}

class Writer {
  stream = new Float64Array(new ArrayBuffer(8 * 1024));
  length = 0;
  readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  readonly shapes: number[][] = [[]];
  /** shape -> key -> the shape with that key added: one lookup per key, no key list joined per object */
  private readonly next: Map<string, number>[] = [new Map<string, number>()];

  push(n: number): void {
    if (this.length === this.stream.length) {
      const bigger = new Float64Array(new ArrayBuffer(this.stream.length * 16));
      bigger.set(this.stream);
      this.stream = bigger;
    }
    this.stream[this.length++] = n;
  }

  string(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  shapeOf(keys: string[]): number {
    let shape = 0;
    for (const k of keys) {
      let to = this.next[shape].get(k);
      if (to === undefined) {
        to = this.shapes.length;
        this.shapes.push([...this.shapes[shape], this.string(k)]);
        this.next.push(new Map<string, number>());
        this.next[shape].set(k, to);
      }
      shape = to;
    }
    return shape;
  }

  value(v: unknown): void {
    switch (typeof v) {
      case "undefined":
        return this.push(UNDEFINED);
      case "boolean":
        return this.push(v ? TRUE : FALSE);
      case "number":
        this.push(NUMBER);
        return this.push(v);
      case "string": {
        const cell = cellNumber(v);
        if (cell >= 0) {
          this.push(CELL);
          return this.push(cell);
        }
        this.push(STRING);
        return this.push(this.string(v));
      }
      case "object":
        if (v === null) return this.push(NULL);
        if (Array.isArray(v)) {
          this.push(ARRAY);
          this.push(v.length);
          for (let i = 0; i < v.length; i++) {
            const item: unknown = v[i];
            if (item === undefined && !(i in v)) this.push(HOLE);
            else this.value(item);
          }
          return;
        }
        if (Object.getPrototypeOf(v) !== Object.prototype) throw new NotPlainData(Object.prototype.toString.call(v));
        {
          const keys = Object.keys(v);
          this.push(OBJECT);
          this.push(this.shapeOf(keys));
          for (const k of keys) this.value((v as Record<string, unknown>)[k]);
        }
        return;
      default:
        throw new NotPlainData(typeof v);
    }
  }
}

/** `value` packed; throws NotPlainData when it holds anything but plain data. */
export function pack(value: unknown): Packed {
  const w = new Writer();
  w.value(value);
  return { strings: w.strings, shapes: w.shapes, stream: w.stream, length: w.length };
}

/**
 * Each shape's objects made by one object literal of its keys, compiled once per shape: V8 then
 * makes each object whole, where setting its keys one by one goes through the general property
 * store for every key of every record (a file's records are thousands of objects of a few shapes).
 * The values are read in the literal's order, which is the keys' order. A shape with a key named
 * "__proto__" (which a literal would take as the object's prototype) is built key by key.
 */
type Builder = (read: () => unknown) => Record<string, unknown>;
function builderOf(keys: string[]): Builder {
  if (keys.includes("__proto__"))
    return (read) => {
      const out: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(out, k, { value: read(), enumerable: true, writable: true, configurable: true });
      return out;
    };
  // the keys are written as JSON strings: any text is a valid, inert property name (the code is
  // made from the keys alone, which the thread's packing wrote; no value is ever part of it)
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- see above: one literal per shape
  return new Function("read", `return { ${keys.map((k) => `${JSON.stringify(k)}: read()`).join(", ")} };`) as Builder;
}

/** The value `pack` was given, rebuilt. */
export function unpack(p: Packed): unknown {
  const { strings, stream } = p;
  const builders = p.shapes.map((keys) => builderOf(keys.map((k) => strings[k])));
  let at = 0;
  const read = (): unknown => {
    const tag = stream[at++];
    switch (tag) {
      case UNDEFINED:
        return undefined;
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case STRING:
        return strings[stream[at++]];
      case NUMBER:
        return stream[at++];
      case CELL: {
        const cell = stream[at++];
        const row = cell % 2 ** 32;
        // (shared with every other file's same address: grid.ts, a1)
        return a1(row - 1, (cell - row) / 2 ** 32 - 1);
      }
      case ARRAY: {
        const n = stream[at++];
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) {
          if (stream[at] === HOLE) {
            at++;
            out.length = i + 1; // a hole stays a hole
          } else out.push(read());
        }
        return out;
      }
      case OBJECT:
        return builders[stream[at++]](read);
      default:
        throw new Error(`transfer: unknown tag ${tag} at ${at - 1}`);
    }
  };
  const value = read();
  if (at !== p.length) throw new Error(`transfer: ${p.length - at} numbers left unread`);
  return value;
}
