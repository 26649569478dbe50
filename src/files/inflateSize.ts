/**
 * How many bytes a raw DEFLATE stream unpacks to, without unpacking it.
 *
 * Why: SheetJS CE inflates every zip entry into a buffer sized from the size the zip header
 * declares. A header that lies (declares 1 000 bytes, or 0) makes it either grind through gigabytes
 * of output (time) or grow its buffer without end (memory). This decoder follows the same stream
 * but only counts: back-references add their length, nothing is stored except the first
 * `keepPrefix` bytes (to look at an XML part's prolog). It stops as soon as the count passes
 * `limit`, so its own cost is bounded by the limit, and its memory is a few kilobytes.
 *
 * A plain canonical-Huffman decoder after Mark Adler's puff.c (RFC 1951); pure TypeScript, runs in
 * the task pane and in Node alike.
 */

export type InflateSize =
  /** the stream ends after `size` bytes; `prefix` holds its first bytes */
  | { kind: "ok"; size: number; prefix: Uint8Array; end: number }
  /** more than `limit` bytes: counting stopped there */
  | { kind: "over"; size: number; prefix: Uint8Array }
  /** not a valid DEFLATE stream, or cut short */
  | { kind: "bad"; reason: string };

interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
}

class StreamError extends Error {}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman {
  const counts = new Uint16Array(16);
  const symbols = new Uint16Array(n);
  for (let s = 0; s < n; s++) counts[lengths[s]]++;
  // symbols sorted by code length, then by value: the canonical order
  const offs = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len] + counts[len];
  for (let s = 0; s < n; s++) if (lengths[s]) symbols[offs[lengths[s]]++] = s;
  return { counts, symbols };
}

let fixed: { lit: Huffman; dist: Huffman } | undefined;
function fixedTables() {
  if (!fixed) {
    const l = new Uint8Array(288);
    for (let i = 0; i < 144; i++) l[i] = 8;
    for (let i = 144; i < 256; i++) l[i] = 9;
    for (let i = 256; i < 280; i++) l[i] = 7;
    for (let i = 280; i < 288; i++) l[i] = 8;
    const d = new Uint8Array(30).fill(5);
    fixed = { lit: buildHuffman(l, 288), dist: buildHuffman(d, 30) };
  }
  return fixed;
}

/**
 * A faster count where the platform has one (the CLI: Node's zlib, src/cli/nativeInflate.ts). It
 * answers only a stream that ends within the limit, exactly as the count below would; anything else
 * (a stream over the limit, a damaged one) it leaves to the count below, so every answer the user
 * may see (a ratio, a reason) is the same with it or without it.
 */
export type FastInflateCount = (data: Uint8Array, start: number, limit: number, keepPrefix: number) => Extract<InflateSize, { kind: "ok" }> | undefined;
let fastCount: FastInflateCount | undefined;

/** Use `count` first from now on (once per thread, before any file is read). */
export function useFastInflateCount(count: FastInflateCount): void {
  fastCount = count;
}

/**
 * Count the bytes the raw DEFLATE stream at `data[start..]` unpacks to, stopping past `limit`.
 * Never throws.
 */
export function inflatedSize(data: Uint8Array, start: number, limit: number, keepPrefix = 0): InflateSize {
  const fast = fastCount?.(data, start, limit, keepPrefix);
  return fast ?? countInflated(data, start, limit, keepPrefix);
}

/** The count itself, in JavaScript (the task pane has no zlib). */
function countInflated(data: Uint8Array, start: number, limit: number, keepPrefix: number): InflateSize {
  let pos = start;
  let bitBuf = 0;
  let bitCount = 0;
  let size = 0;
  const prefix = new Uint8Array(keepPrefix);

  const bits = (need: number): number => {
    let val = bitBuf;
    while (bitCount < need) {
      if (pos >= data.length) throw new StreamError("cut short");
      val |= data[pos++] << bitCount;
      bitCount += 8;
    }
    bitBuf = val >>> need;
    bitCount -= need;
    return val & ((1 << need) - 1);
  };
  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= bits(1);
      const count = h.counts[len];
      if (code - count < first) return h.symbols[index + (code - first)];
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    throw new StreamError("invalid Huffman code");
  };
  const emit = (byte: number) => {
    if (size < keepPrefix) prefix[size] = byte;
    size++;
  };
  const copy = (length: number, dist: number) => {
    if (dist > size) throw new StreamError("distance too far back");
    // only the kept prefix needs real bytes; past it, a copy is just a length
    while (length > 0 && size < keepPrefix) {
      prefix[size] = prefix[size - dist];
      size++;
      length--;
    }
    size += length;
  };

  try {
    let last = 0;
    while (!last) {
      last = bits(1);
      const type = bits(2);
      if (type === 0) {
        bitBuf = 0;
        bitCount = 0;
        if (pos + 4 > data.length) throw new StreamError("cut short");
        const len = data[pos] | (data[pos + 1] << 8);
        const nlen = data[pos + 2] | (data[pos + 3] << 8);
        if (len !== (~nlen & 0xffff)) throw new StreamError("stored block length");
        pos += 4;
        if (pos + len > data.length) throw new StreamError("cut short");
        const keep = Math.min(len, Math.max(0, keepPrefix - size));
        for (let i = 0; i < keep; i++) prefix[size + i] = data[pos + i];
        size += len;
        pos += len;
      } else if (type === 1 || type === 2) {
        let lit: Huffman;
        let dist: Huffman;
        if (type === 1) ({ lit, dist } = fixedTables());
        else {
          const nlen = bits(5) + 257;
          const ndist = bits(5) + 1;
          const ncode = bits(4) + 4;
          if (nlen > 286 || ndist > 30) throw new StreamError("bad counts");
          const lengths = new Uint8Array(320);
          for (let i = 0; i < ncode; i++) lengths[CODE_LENGTH_ORDER[i]] = bits(3);
          const lencode = buildHuffman(lengths, 19);
          lengths.fill(0);
          let index = 0;
          while (index < nlen + ndist) {
            let symbol = decode(lencode);
            if (symbol < 16) lengths[index++] = symbol;
            else {
              let len = 0;
              if (symbol === 16) {
                if (index === 0) throw new StreamError("repeat with no first length");
                len = lengths[index - 1];
                symbol = 3 + bits(2);
              } else if (symbol === 17) symbol = 3 + bits(3);
              else symbol = 11 + bits(7);
              if (index + symbol > nlen + ndist) throw new StreamError("too many lengths");
              while (symbol--) lengths[index++] = len;
            }
          }
          if (lengths[256] === 0) throw new StreamError("no end-of-block code");
          lit = buildHuffman(lengths.subarray(0, nlen), nlen);
          dist = buildHuffman(lengths.subarray(nlen, nlen + ndist), ndist);
        }
        for (;;) {
          const symbol = decode(lit);
          if (symbol < 256) emit(symbol);
          else if (symbol === 256) break;
          else {
            const s = symbol - 257;
            if (s >= 29) throw new StreamError("bad length symbol");
            const length = LENGTH_BASE[s] + bits(LENGTH_EXTRA[s]);
            const d = decode(dist);
            if (d >= 30) throw new StreamError("bad distance symbol");
            copy(length, DIST_BASE[d] + bits(DIST_EXTRA[d]));
          }
          if (size > limit) return { kind: "over", size, prefix };
        }
      } else throw new StreamError("bad block type");
      if (size > limit) return { kind: "over", size, prefix };
    }
    return { kind: "ok", size, prefix: size < keepPrefix ? prefix.subarray(0, size) : prefix, end: pos };
  } catch (e) {
    if (e instanceof StreamError) return { kind: "bad", reason: e.message };
    return { kind: "bad", reason: String(e) };
  }
}
