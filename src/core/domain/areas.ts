/**
 * District-level areas (huyện, quận, thị xã, thành phố) named in a text: "UBND HUYỆN MƯỜNG ẢNG" ->
 * ["mường ảng"], "Hạt Kiểm lâm huyện Tủa Chùa" -> ["tủa chùa"] (nameKey form). The areas a run's
 * title blocks name are its home; a unit of another area is not one of its units. Nothing here
 * knows any place: the home is learnt from the files and the registry of each run.
 */
import { collapseSpaces, nameKey, nfc } from "../text/normalize";

// no "i" flag: with it \p{Lu} would match lower case too, and the area is the capitalised run
// after the level word ("huyện Tủa Chùa"; in capitals "HUYỆN MƯỜNG ẢNG")
const AREA_WORD = /(^|[\s,(])(?:[Hh]uyện|HUYỆN|[Qq]uận|QUẬN|[Tt]hị xã|THỊ XÃ|[Tt]hành phố|THÀNH PHỐ)\s+((?:\p{Lu}[\p{L}\p{M}]*\s*)+)/gu;

/** The areas as written with their level word ("huyện Tủa Chùa") and their keys ("tủa chùa"). */
export function areaMentions(text: string | undefined): { written: string; key: string }[] {
  if (!text) return [];
  const out: { written: string; key: string }[] = [];
  for (const m of nfc(text).matchAll(AREA_WORD)) {
    // m[2] holds at least one capitalised word (never empty); nameKey collapses its spaces
    out.push({ written: collapseSpaces(m[0].slice(m[1].length)), key: nameKey(m[2]) });
  }
  return out;
}

export function areasIn(text: string | undefined): string[] {
  return areaMentions(text).map((a) => a.key);
}
