/**
 * Match keys for sector figures sent by different units.
 *
 * Units write the same indicator in slightly different ways: old or new tone placement
 * ("thuỷ sản" / "thủy sản"), section titles with or without "Lĩnh vực" ("KINH TẾ" / "LĨNH VỰC
 * KINH TẾ"), and the unit's own locality at the end ("... tại trạm y tế xã" from a commune,
 * "... tại trạm y tế thị trấn" from the town). The keys below make these equal, and the display
 * name of a consolidated indicator names every locality ("... tại trạm y tế xã, thị trấn").
 */
import { collapseSpaces, nameKey, nfc } from "../text/normalize";

/** Words a section title may carry or not: "LĨNH VỰC KINH TẾ" = "KINH TẾ". */
const SECTION_FILLERS = ["lĩnh vực", "khối", "nhóm", "phần", "về"];

/** Section key: no numbering ("I.", "1-"), no filler words, tone placement and case ignored. */
export function sectionKey(section: string): string {
  let s = nfc(collapseSpaces(section)).toLowerCase();
  s = s.replace(/^([ivxlc]+|\d+|[a-z])\s*[.)\-–:]?\s+/u, "");
  for (const w of SECTION_FILLERS) s = s.replace(new RegExp(`(^|\\s)${w}(?=\\s|$)`, "gu"), " ");
  return nameKey(s.replace(/\s*[-–]\s*/g, " - "));
}

/** Locality words, in the order a consolidated name lists them ("xã, phường, thị trấn"). */
const LOCALITIES = ["xã", "phường", "thị trấn"];
const LOCALITY_TAIL = /(?:\s*(?:,|và|\/)?\s*(?:xã|phường|thị trấn))+\s*$/u;

export interface IndicatorName {
  /** the name without its trailing locality words, display spelling (NFC) */
  base: string;
  /** locality words found at the end, in canonical order */
  localities: string[];
  /** key of `base`: tone placement, case, spacing and a leading "-" / "+" ignored */
  key: string;
}

export function splitIndicator(indicator: string): IndicatorName {
  const text = nfc(collapseSpaces(indicator)).replace(/^[-+*•]\s*/u, "");
  // lower-case copy with the modern tone placement, so "thị trấn" is found however it is typed
  const lower = text.toLowerCase();
  const m = LOCALITY_TAIL.exec(lower);
  // keep at least two words of a name ("Xã" alone is not an indicator)
  // (the match begins with the spaces before the locality: the name before it ends in no space)
  if (m && lower.slice(0, m.index).includes(" ")) {
    const tail = lower.slice(m.index);
    const localities = LOCALITIES.filter((l) => tail.includes(l));
    const base = text.slice(0, m.index);
    return { base, localities, key: nameKey(base) };
  }
  return { base: text, localities: [], key: nameKey(text) };
}

/** Display name for one indicator written several ways: the commonest base + every locality. */
export function consolidatedIndicatorName(names: string[]): string {
  const parts = names.map(splitIndicator);
  const localities = LOCALITIES.filter((l) => parts.some((p) => p.localities.includes(l)));
  const base = mostCommon(parts.map((p) => p.base));
  if (localities.length === 0) return base;
  return `${base} ${localities.join(", ")}`;
}

export function measureKey(measure: string): string {
  return nameKey(nfc(collapseSpaces(measure)));
}

/** The commonest value (compared by name key); ties go to the shorter, then the first met. */
export function mostCommon(values: string[]): string {
  const counts = new Map<string, { value: string; n: number; first: number }>();
  values.forEach((v, i) => {
    const k = nameKey(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value: v, n: 1, first: i });
  });
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.value.length - b.value.length || a.first - b.first)[0];
  return best ? best.value : "";
}

/** Word overlap of two keys (Dice coefficient on words), 0..1. */
export function wordSimilarity(a: string, b: string): number {
  const wa = a.split(/[\s,.;:()/-]+/).filter(Boolean);
  const wb = b.split(/[\s,.;:()/-]+/).filter(Boolean);
  const words = wa.length + wb.length;
  if (words === 0) return 0;
  const pool = [...wb];
  let common = 0;
  for (const w of wa) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / words;
}
