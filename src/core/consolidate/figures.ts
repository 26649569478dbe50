/**
 * Sector figures consolidated across units, matched by name (as Excel's Data > Consolidate "by
 * category"), never by position alone: section + indicator + ĐVT (+ the parent row for sub-rows).
 * Rows that match nothing are kept and marked `unmatched`. Plan and actual are summed over the
 * units that gave a number (null when none did), and the percent of plan is recomputed from the
 * sums, never summed.
 */
import type { FigureRow } from "../model";
import type { Contribution, FigureTotal } from "../report";
import type { ParsedFile } from "../rules/rule";
import { cleanSum, roundTo } from "./format";
import { consolidatedIndicatorName, measureKey, mostCommon, sectionKey, splitIndicator, wordSimilarity } from "./figure-keys";
import { senderOf } from "./awards";
import { unitKey } from "../domain/unitIdentity";

/** One unit's row, with what matching needs. */
interface UnitRow {
  row: FigureRow;
  file: ParsedFile;
  sheet: string;
  sender: string;
  /** the sender as one unit ("UBND xã X" = "Xã X": domain/unitIdentity.ts), to tell units apart */
  unit: string;
  sectionKey: string;
  indicatorKey: string;
  measureKey: string;
  parentKey: string;
  parentRow?: UnitRow;
  /** position among the sheet's rows of the same section (0-based), for the last-resort match */
  ordinal: number;
  /** a label row with sub-rows and no ĐVT or numbers ("Nuôi trồng thủy sản") */
  heading: boolean;
  plan: number | null;
  actual: number | null;
  notes: { plan?: "children" | "children-no-value"; actual?: "children" | "children-no-value" };
}

/** A consolidated indicator, as table III and the provenance table need it. */
export interface FigureGroup {
  key: string;
  rows: UnitRow[];
  heading: boolean;
  parent?: FigureGroup;
  total?: FigureTotal;
}

/** One contribution as the provenance table lists it. */
export interface ContributionDetail {
  indicator: string;
  column: "plan" | "actual";
  contribution: Contribution;
  /** the cell's own value when the contribution is the sum of the sub-rows */
  stated?: number | null;
}

export interface FigureConsolidation {
  totals: FigureTotal[];
  /** every group in report order, headings included */
  groups: FigureGroup[];
  details: ContributionDetail[];
}

export function consolidateFigures(files: ParsedFile[], parentTotals: "children" | "stated" = "children"): FigureConsolidation {
  const units = readUnitRows(files, parentTotals);
  const senders = new Set(units.flat().map((u) => u.unit));

  // 1. exact match on section | parent | indicator | ĐVT, in the order rows are met
  const groups = new Map<string, FigureGroup>();
  const order: FigureGroup[] = [];
  const groupOf = new Map<UnitRow, FigureGroup>();
  for (const sheetRows of units) {
    let prev: FigureGroup | undefined;
    for (const u of sheetRows) {
      const key = `${u.sectionKey}|${u.parentKey}|${u.indicatorKey}|${u.measureKey}`;
      let g = groups.get(key);
      if (!g) {
        g = { key, rows: [], heading: true };
        groups.set(key, g);
        // a new indicator goes right after the one it follows in this unit's sheet
        const at = prev ? order.indexOf(prev) + 1 : order.length;
        order.splice(at, 0, g);
      }
      g.rows.push(u);
      groupOf.set(u, g);
      prev = g;
    }
  }

  // 2. a group sent by one unit only: try a looser match (ĐVT missing, different parent, or the
  //    same place in the section with a similar name) before calling it unmatched
  if (senders.size > 1) {
    for (const g of [...order]) {
      const gSenders = new Set(g.rows.map((r) => r.unit));
      if (gSenders.size !== 1 || !order.includes(g)) continue;
      const match = bestLooseMatch(g, order, gSenders);
      if (match) {
        // the group met first keeps its place; the other one's rows join it
        const [keep, drop] = order.indexOf(match) < order.indexOf(g) ? [match, g] : [g, match];
        for (const r of drop.rows) {
          keep.rows.push(r);
          groupOf.set(r, keep);
        }
        order.splice(order.indexOf(drop), 1);
      }
    }
  }

  // 3. sections in the order first met; parents and totals
  const sectionOrder: string[] = [];
  for (const g of order) if (!sectionOrder.includes(g.rows[0].sectionKey)) sectionOrder.push(g.rows[0].sectionKey);
  const sorted = [...order].sort((a, b) => sectionOrder.indexOf(a.rows[0].sectionKey) - sectionOrder.indexOf(b.rows[0].sectionKey));
  for (const g of sorted) {
    g.heading = g.rows.every((r) => r.heading);
    const parentRow = g.rows.map((r) => r.parentRow).find((p) => p !== undefined);
    g.parent = parentRow ? groupOf.get(parentRow) : undefined;
  }

  const details: ContributionDetail[] = [];
  const totals: FigureTotal[] = [];
  for (const g of sorted) {
    if (g.heading) continue;
    const indicator = consolidatedIndicatorName(g.rows.map((r) => r.row.indicator));
    const contributions = { plan: [] as Contribution[], actual: [] as Contribution[] };
    for (const r of g.rows) {
      for (const column of ["plan", "actual"] as const) {
        const value = r[column];
        if (value === null) continue;
        const c: Contribution = {
          sender: r.sender,
          ref: { ...r.row.ref, cell: r.row.cells[column] ?? r.row.ref.cell },
          value,
        };
        contributions[column].push(c);
        details.push({ indicator, column, contribution: c, ...(r.notes[column] ? { stated: r.row[column] } : {}) });
      }
    }
    const sum = (cs: Contribution[]) => (cs.length ? cleanSum(cs.reduce((s, c) => s + c.value, 0)) : null);
    const plan = sum(contributions.plan);
    const actual = sum(contributions.actual);
    const total: FigureTotal = {
      section: mostCommon(g.rows.map((r) => r.row.section)),
      indicator,
      measure: mostCommon(g.rows.map((r) => r.row.measure).filter((m) => m.trim() !== "")),
      plan,
      actual,
      percentOfPlan: plan !== null && plan !== 0 && actual !== null ? roundTo((actual / plan) * 100, 1) : null,
      contributions,
    };
    if (g.parent && !g.parent.heading) total.parent = consolidatedIndicatorName(g.parent.rows.map((r) => r.row.indicator));
    if (senders.size > 1 && new Set(g.rows.map((r) => r.unit)).size === 1) total.unmatched = true;
    g.total = total;
    totals.push(total);
  }
  return { totals, groups: sorted, details };
}

function bestLooseMatch(g: FigureGroup, order: FigureGroup[], gSenders: Set<string>): FigureGroup | undefined {
  const u = g.rows[0];
  let best: { g: FigureGroup; score: number } | undefined;
  for (const other of order) {
    if (other === g) continue;
    const o = other.rows[0];
    if (o.sectionKey !== u.sectionKey) continue;
    if (other.rows.some((r) => gSenders.has(r.unit))) continue; // a unit never matches itself
    const sameMeasure = o.measureKey === u.measureKey || !o.measureKey || !u.measureKey;
    if (!sameMeasure) continue;
    let score = 0;
    if (o.indicatorKey === u.indicatorKey) score = 2; // only ĐVT or parent differed
    else {
      const sim = wordSimilarity(o.indicatorKey, u.indicatorKey);
      const samePlace = other.rows.some((r) => r.ordinal === u.ordinal);
      // a similar name at the same place in the section is the same indicator reworded
      if (sim >= 0.8 || (samePlace && sim >= 0.6)) score = sim + (samePlace ? 0.5 : 0);
    }
    if (score > 0 && (!best || score > best.score)) best = { g: other, score };
  }
  return best?.g;
}

/** Read every figure row, with its keys and the values it contributes. */
function readUnitRows(files: ParsedFile[], parentTotals: "children" | "stated"): UnitRow[][] {
  const out: UnitRow[][] = [];
  for (const file of files) {
    for (const sheet of file.sheets) {
      if (!sheet.figures.length) continue;
      const rows = sheet.figures;
      const childrenOf = new Map<number, FigureRow[]>();
      rows.forEach((r) => {
        if (r.parent !== undefined) childrenOf.set(r.parent, [...(childrenOf.get(r.parent) ?? []), r]);
      });
      const ordinals = new Map<string, number>();
      const unitRows: UnitRow[] = rows.map((row, i) => {
        const children = childrenOf.get(i) ?? [];
        const hasChildren = children.length > 0 || row.hasChildren === true;
        const sk = sectionKey(row.section);
        const ordinal = ordinals.get(sk) ?? 0;
        ordinals.set(sk, ordinal + 1);
        const parent = row.parent !== undefined ? rows[row.parent] : undefined;
        const notes: UnitRow["notes"] = {};
        const heading = hasChildren && row.measure.trim() === "" && row.plan === null && row.actual === null;
        // only sub-rows in the parent's ĐVT add up to it (a heading's sub-rows may be ha and tấn)
        const addable = children.filter((c) => !c.measure.trim() || measureKey(c.measure) === measureKey(row.measure));
        const value = (column: "plan" | "actual"): number | null => {
          const stated = row[column];
          if (heading) return stated;
          const childValues = addable.map((c) => c[column]).filter((v): v is number => v !== null);
          if (!childValues.length) return stated;
          const childSum = cleanSum(childValues.reduce((s, v) => s + v, 0));
          if (parentTotals === "stated" && stated !== null) return stated;
          if (stated !== childSum) notes[column] = stated === null ? "children-no-value" : "children";
          return childSum;
        };
        const plan = value("plan");
        const actual = value("actual");
        const sender = senderOf(row, file);
        return {
          row,
          file,
          sheet: sheet.sheet,
          sender,
          unit: unitKey(sender) || sender,
          sectionKey: sk,
          indicatorKey: splitIndicator(row.indicator).key,
          measureKey: measureKey(row.measure),
          parentKey: parent ? splitIndicator(parent.indicator).key : "",
          ordinal,
          heading,
          plan,
          actual,
          notes,
        };
      });
      unitRows.forEach((u) => {
        if (u.row.parent !== undefined) u.parentRow = unitRows[u.row.parent];
      });
      out.push(unitRows);
    }
  }
  return out;
}
