/**
 * Awards by sending unit: the table that shows where each total comes from. Units of the registry
 * come first, in its order; units that sent something but are not in the registry follow; a
 * registry unit that sent no file is listed with "Chưa gửi".
 */
import { hasUnitData, reportingUnits, type ParsedFile, type RegistryUnit } from "../rules/rule";
import { unitKey } from "../domain/unitIdentity";
import { collapseSpaces, nfc } from "../text/normalize";
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

/** One unit, one row: the unit identity of rules, ledger and resubmission (domain/unitIdentity.ts). */
export { unitKey };

export function awardsByUnit(counted: CountedAward[], files: ParsedFile[], registry: RegistryUnit[] = []): AwardsByUnit {
  const rows = new Map<string, UnitAwardRow>();
  for (const r of reportingUnits(registry)) {
    const key = unitKey(r.name);
    if (!rows.has(key)) rows.set(key, { unit: nfc(collapseSpaces(r.name)), inRegistry: true, sent: false, counts: new Map() });
  }
  const touch = (name: string): UnitAwardRow => {
    const key = unitKey(name);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { unit: name, inRegistry: false, sent: true, counts: new Map() }));
    else row.sent = true;
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
