/**
 * Awards by sending unit: the table that shows where each total comes from. Units of the registry
 * come first, in its order; units that sent something but are not in the registry follow; a
 * registry unit that sent no file is listed with "Chưa gửi".
 */
import { hasUnitData, reportingUnits, type ParsedFile, type RegistryUnit } from "../rules/rule";
import { collapseSpaces, nameKey, nfc } from "../text/normalize";
import { addKind, type CountedAward } from "./awards";

export interface Counts {
  collectives: number;
  individuals: number;
  households: number;
}

export interface UnitAwardRow {
  unit: string;
  inRegistry: boolean;
  /** the unit sent at least one file */
  sent: boolean;
  /** award key -> counts */
  counts: Map<string, Counts>;
}

export interface AwardsByUnit {
  /** award columns, in report order */
  awards: { key: string; name: string }[];
  units: UnitAwardRow[];
}

/**
 * Key to match a unit name with the registry: tone placement and case do not matter, and the
 * "UBND" / "Ủy ban nhân dân" prefix a commune puts before its name is dropped ("UBND xã Quài Nưa"
 * = "Xã Quài Nưa").
 */
export function unitKey(name: string): string {
  let key = UNIT_KEYS.get(name);
  if (key === undefined) {
    key = nameKey(nfc(collapseSpaces(name)).replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/iu, ""));
    if (UNIT_KEYS.size > 20_000) UNIT_KEYS.clear();
    UNIT_KEYS.set(name, key);
  }
  return key;
}
const UNIT_KEYS = new Map<string, string>();

export function awardsByUnit(counted: CountedAward[], files: ParsedFile[], registry: RegistryUnit[] = []): AwardsByUnit {
  const rows = new Map<string, UnitAwardRow>();
  for (const r of reportingUnits(registry)) {
    const key = unitKey(r.name);
    if (!rows.has(key)) rows.set(key, { unit: nfc(collapseSpaces(r.name)), inRegistry: true, sent: false, counts: new Map() });
  }
  const touch = (name: string): UnitAwardRow => {
    const key = unitKey(name);
    let row = rows.get(key);
    if (!row) {
      row = { unit: name, inRegistry: false, sent: true, counts: new Map() };
      rows.set(key, row);
    }
    row.sent = true;
    return row;
  };
  // a file counts as sent by its unit when it holds unit data; a registry file is no unit's report
  for (const f of files) if (hasUnitData(f)) touch(nfc(collapseSpaces(f.ledger.sender || f.file)));

  const awardCols = new Map<string, { key: string; name: string; rank: number; first: number }>();
  counted.forEach((c, i) => {
    const row = touch(c.sender);
    let counts = row.counts.get(c.award.key);
    if (!counts) row.counts.set(c.award.key, (counts = { collectives: 0, individuals: 0, households: 0 }));
    addKind(counts, c.kind);
    if (!awardCols.has(c.award.key)) awardCols.set(c.award.key, { key: c.award.key, name: c.award.name, rank: c.award.rank, first: i });
  });
  const awards = [...awardCols.values()]
    .sort((a, b) => a.rank - b.rank || a.first - b.first)
    .map(({ key, name }) => ({ key, name }));
  // registry rows keep their order (Map insertion order); the others follow in the order met
  return { awards, units: [...rows.values()] };
}
