/** A unit's resubmission diff as text for people (CLI, task pane), in Vietnamese or English. */
import { RECIPIENT_KINDS, RESUBMISSION } from "../i18n/submissions";
import type { Lang } from "../model";
import { fieldText, type RowRef, type UnitDiff } from "./diff";


function place(r: RowRef): string {
  return `${r.sheet}!${r.cell}`;
}

function rowText(r: RowRef, lang: Lang): string {
  return `${r.label || RESUBMISSION.text(lang, "empty")} — ${r.detail} (${place(r)})`;
}

export function formatUnitDiff(unit: string, fileName: string, diff: UnitDiff, lang: Lang, isNew = false): string {
  const lines = [RESUBMISSION.text(lang, isNew ? "newUnit" : "header", { unit, file: fileName })];
  if (diff.added.length) lines.push(RESUBMISSION.text(lang, "added", { n: diff.added.length }), ...diff.added.map((r) => "    + " + rowText(r, lang)));
  if (diff.removed.length) lines.push(RESUBMISSION.text(lang, "removed", { n: diff.removed.length }), ...diff.removed.map((r) => "    - " + rowText(r, lang)));
  if (diff.changed.length) {
    lines.push(RESUBMISSION.text(lang, "changed", { n: diff.changed.length }));
    for (const c of diff.changed) {
      lines.push(`    ~ ${c.after.label} (${place(c.after)})`);
      for (const f of c.fields) lines.push(`        ${f.label[lang]}${f.cell ? ` [${f.cell}]` : ""}: "${fieldText(f.before, lang)}" → "${fieldText(f.after, lang)}"`);
    }
  }
  const moved = diff.totals.filter((t) => t.before !== t.after);
  if (moved.length) {
    lines.push(RESUBMISSION.text(lang, "totals"));
    for (const t of moved) {
      const delta = t.after - t.before;
      lines.push(`    ${t.award}, ${RECIPIENT_KINDS.text(lang, t.kind)}: ${t.before} → ${t.after} (${delta > 0 ? "+" : ""}${delta})`);
    }
  }
  if (lines.length === 1) lines.push(RESUBMISSION.text(lang, "nothing"));
  return lines.join("\n");
}
