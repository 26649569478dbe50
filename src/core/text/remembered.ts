/**
 * One answer per distinct text: a province's lists repeat their names, units, award texts and dates
 * on thousands of rows, and the engine asks the same questions of each. The answers are kept in the
 * caller's own map, bounded: past `limit` texts the map starts again (a long run never holds more).
 * An answer may be any value but undefined, which means "not asked yet" (use null for "none").
 */
export function remembered<V extends NonNullable<unknown> | null>(memo: Map<string, V>, text: string, answer: (text: string) => V, limit = 200_000): V {
  let known = memo.get(text);
  if (known === undefined) {
    known = answer(text);
    if (memo.size >= limit) memo.clear();
    memo.set(text, known);
  }
  return known;
}
