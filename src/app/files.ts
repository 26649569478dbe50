/**
 * The units' files of a session, known by their content: the same bytes added twice are one file
 * (the user is told which), and two different files with one name are both kept — the second under
 * "name (2).ext", the name the engine and the issues use. Pure: bytes come in with a name.
 */

/** A file as the session receives it: the CLI reads it from disk, the pane from a File. */
export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/**
 * A fingerprint of the bytes (two FNV-1a passes and the length): equal for equal bytes, and for
 * the few files of one session different for different bytes. Not a cryptographic hash.
 */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i], 0x01000193);
    b = Math.imul(b ^ bytes[bytes.length - 1 - i], 0x01000193);
  }
  return `${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}-${bytes.length}`;
}

/** "Bao cao.xlsx" -> "Bao cao (2).xlsx", the first such name not in `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Where a new file goes among those held: a duplicate of one of them, or its name in the session. */
export type Placement = { duplicateOf: string } | { name: string; renamed: boolean };

export function placeFile(held: readonly { name: string; hash: string }[], name: string, hash: string): Placement {
  const same = held.find((f) => f.hash === hash);
  if (same) return { duplicateOf: same.name };
  const unique = uniqueName(name, new Set(held.map((f) => f.name)));
  return { name: unique, renamed: unique !== name };
}
