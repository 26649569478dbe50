/**
 * Checks a zip package (.xlsx, .ods) before SheetJS opens it.
 *
 * SheetJS CE trusts the sizes the zip headers declare and inflates every entry, so a "zip bomb"
 * (a few kilobytes that unpack to gigabytes) or a header that lies about sizes would freeze the task
 * pane or exhaust memory. Here the central directory is read, every entry's real unpacked size is
 * counted (inflateSize.ts: counting only, stops at the limit), and the package is refused when:
 *  - it unpacks to more than MAX_UNPACKED_BYTES in all, or an entry packs more than MAX_RATIO : 1;
 *  - an entry unpacks to more than its header declares (SheetJS would size its buffer from the lie);
 *  - an entry is encrypted, or an ODF manifest says the content is (a password-protected .ods:
 *    SheetJS would call it damaged);
 *  - an XML part declares a DOCTYPE (no spreadsheet program writes one; it is how XML entity
 *    expansion, "billion laughs", is smuggled in — SheetJS does not expand entities, this is a
 *    second wall).
 * No Node API: runs in the task pane too.
 */
import { inflatedSize } from "./inflateSize";

export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Packing ratio above which an entry is a bomb (real sheets pack 5–20 : 1; DEFLATE tops at ~1032 : 1). */
export const MAX_RATIO = 400;
/** Entries smaller than this are never called bombs (a tiny styles.xml of repeated tags may pack well). */
const RATIO_MIN_BYTES = 1024 * 1024;
/**
 * How far an entry may unpack past its declared size before the header counts as a lie. Some writers
 * miscount by a few bytes (calamine's issue 252: 699 bytes declared 697) and SheetJS reads those; a
 * lie that matters (1,000 bytes declared, megabytes inside) is far beyond this.
 */
const SIZE_SLACK = 64 * 1024;
/** Bytes of each XML part kept to look for a DOCTYPE in its prolog. */
const PROLOG_BYTES = 4096;
/** The ODF manifest is read whole (it lists every part and, for a protected file, its encryption). */
const MANIFEST = "META-INF/manifest.xml";
const MANIFEST_BYTES = 256 * 1024;

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** the larger of the sizes the central directory and the local header declare */
  declaredSize: number;
  /** counted by inflating (stored entries: their length) */
  size: number;
  /** where the entry's (packed) data starts in the file */
  dataStart: number;
}

export type ZipProblem =
  | { kind: "no-directory" }
  | { kind: "encrypted"; entry: string }
  | { kind: "too-large"; size: number }
  | { kind: "bomb"; entry: string; ratio: number }
  | { kind: "lying-size"; entry: string; declared: number; size: number }
  | { kind: "doctype"; entry: string }
  | { kind: "bad-entry"; entry: string; reason: string };

export interface ZipCheck {
  entries: ZipEntryInfo[];
  totalSize: number;
  problem?: ZipProblem;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
/** 64-bit little-endian as a JS number (exact up to 2^53, enough to compare with limits). */
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

function nameAt(b: Uint8Array, start: number, length: number): string {
  let s = "";
  for (let i = start; i < Math.min(b.length, start + length); i++) s += String.fromCharCode(b[i]);
  return s;
}

/** ZIP64 sizes from an extra field, where the 32-bit field says 0xFFFFFFFF. */
function zip64Sizes(b: Uint8Array, start: number, length: number, usz: number, csz: number): { usz: number; csz: number } {
  let i = start;
  const end = Math.min(b.length, start + length);
  while (i + 4 <= end) {
    const id = u16(b, i);
    const size = u16(b, i + 2);
    if (id === 0x0001) {
      let j = i + 4;
      if (usz === 0xffffffff && j + 8 <= end) {
        usz = u64(b, j);
        j += 8;
      }
      if (csz === 0xffffffff && j + 8 <= end) csz = u64(b, j);
      break;
    }
    i += 4 + size;
  }
  return { usz, csz };
}

/** The end-of-central-directory record: scanned backwards, as SheetJS does, over at most a max comment. */
function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  return -1;
}

/** Does an XML prolog (the bytes before the root element) declare a DOCTYPE or an ENTITY? */
export function prologHasDoctype(prefix: Uint8Array): boolean {
  const text = nameAt(prefix, 0, prefix.length);
  // the root element is the first "<" followed by a letter; DOCTYPE may only come before it
  const root = text.search(/<[A-Za-z_]/);
  const prolog = root < 0 ? text : text.slice(0, root);
  return /<!DOCTYPE|<!ENTITY/i.test(prolog);
}

const XML_PART = /\.(xml|rels|vml)$/i;

export function checkZip(bytes: Uint8Array): ZipCheck {
  const entries: ZipEntryInfo[] = [];
  let totalSize = 0;
  const end = findEnd(bytes);
  if (end < 0) return { entries, totalSize, problem: { kind: "no-directory" } };
  const count = u16(bytes, end + 10);
  let p = u32(bytes, end + 16);
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return { entries, totalSize, problem: { kind: "no-directory" } };
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const offset = u32(bytes, p + 42);
    const name = nameAt(bytes, p + 46, nameLen);
    const cd = zip64Sizes(bytes, p + 46 + nameLen, extraLen, u32(bytes, p + 24), u32(bytes, p + 20));
    p += 46 + nameLen + extraLen + commentLen;

    if (offset + 30 > bytes.length || u32(bytes, offset) !== 0x04034b50) return { entries, totalSize, problem: { kind: "bad-entry", entry: name, reason: "no local header" } };
    const localFlags = u16(bytes, offset + 6);
    const localNameLen = u16(bytes, offset + 26);
    const localExtraLen = u16(bytes, offset + 28);
    const local = zip64Sizes(bytes, offset + 30 + localNameLen, localExtraLen, u32(bytes, offset + 22), u32(bytes, offset + 18));
    const dataStart = offset + 30 + localNameLen + localExtraLen;
    const declaredSize = Math.max(cd.usz, local.usz);
    const compressedSize = Math.max(cd.csz, local.csz);
    // bit 0: traditional encryption; bit 6: strong encryption; bit 13: encrypted directory
    if ((flags | localFlags) & 0x2041) return { entries, totalSize, problem: { kind: "encrypted", entry: name } };

    let size: number;
    let prefix: Uint8Array | undefined;
    if (method === 8) {
      const keep = name === MANIFEST ? MANIFEST_BYTES : XML_PART.test(name) ? PROLOG_BYTES : 0;
      const counted = inflatedSize(bytes, dataStart, Math.max(0, MAX_UNPACKED_BYTES - totalSize), keep);
      if (counted.kind === "bad") return { entries, totalSize, problem: { kind: "bad-entry", entry: name, reason: counted.reason } };
      size = counted.size;
      prefix = counted.prefix;
      if (counted.kind === "over") {
        const ratio = size / Math.max(1, compressedSize);
        if (ratio > MAX_RATIO) return { entries, totalSize, problem: { kind: "bomb", entry: name, ratio } };
        return { entries, totalSize, problem: { kind: "too-large", size: Math.max(totalSize + size, declaredSize) } };
      }
    } else {
      // stored (0) or a method SheetJS will refuse by itself: the bytes as they are
      size = Math.min(compressedSize, Math.max(0, bytes.length - dataStart));
      if (XML_PART.test(name)) prefix = bytes.subarray(dataStart, dataStart + Math.min(size, name === MANIFEST ? MANIFEST_BYTES : PROLOG_BYTES));
    }
    if (size > declaredSize + SIZE_SLACK) return { entries, totalSize, problem: { kind: "lying-size", entry: name, declared: declaredSize, size } };
    if (size >= RATIO_MIN_BYTES && size / Math.max(1, compressedSize) > MAX_RATIO)
      return { entries, totalSize, problem: { kind: "bomb", entry: name, ratio: size / Math.max(1, compressedSize) } };
    totalSize += size;
    entries.push({ name, method, flags, compressedSize, declaredSize, size, dataStart });
    if (totalSize > MAX_UNPACKED_BYTES || declaredSize > MAX_UNPACKED_BYTES) return { entries, totalSize, problem: { kind: "too-large", size: Math.max(totalSize, declaredSize) } };
    if (prefix && prologHasDoctype(prefix)) return { entries, totalSize, problem: { kind: "doctype", entry: name } };
    if (prefix && name === MANIFEST && /<(?:\w+:)?encryption-data[\s/>]/.test(nameAt(prefix, 0, prefix.length))) return { entries, totalSize, problem: { kind: "encrypted", entry: name } };
  }
  return { entries, totalSize };
}
