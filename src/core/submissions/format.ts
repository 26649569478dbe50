/** A unit's resubmission diff as text for people (CLI, task pane), in Vietnamese or English. */
import type { Lang, Localized, RecipientKind } from "../model";
import type { RowRef, UnitDiff } from "./diff";


const KIND: Record<RecipientKind, Localized> = {
  collective: { vi: "tập thể", en: "collectives" },
  individual: { vi: "cá nhân", en: "individuals" },
  household: { vi: "hộ gia đình", en: "households" },
};

const T = {
  header: { vi: "{unit}: tệp mới {file}", en: "{unit}: new file {file}" },
  newUnit: { vi: "{unit}: đơn vị gửi lần đầu, tệp {file}", en: "{unit}: first file from this unit, {file}" },
  nothing: { vi: "  Không có thay đổi nào về số liệu.", en: "  Nothing counted changed." },
  added: { vi: "  Thêm {n} dòng:", en: "  {n} rows added:" },
  removed: { vi: "  Bớt {n} dòng:", en: "  {n} rows removed:" },
  changed: { vi: "  Sửa {n} dòng:", en: "  {n} rows changed:" },
  totals: { vi: "  Số lượng trước → sau:", en: "  Totals before → after:" },
} satisfies Record<string, Localized>;

function fill(t: Localized, lang: Lang, p: Record<string, string | number>): string {
  return t[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));
}

function place(r: RowRef): string {
  return `${r.sheet}!${r.cell}`;
}

function rowText(r: RowRef): string {
  return `${r.label || "(trống)"} — ${r.detail} (${place(r)})`;
}

export function formatUnitDiff(unit: string, fileName: string, diff: UnitDiff, lang: Lang, isNew = false): string {
  const lines = [fill(isNew ? T.newUnit : T.header, lang, { unit, file: fileName })];
  if (diff.added.length) lines.push(fill(T.added, lang, { n: diff.added.length }), ...diff.added.map((r) => "    + " + rowText(r)));
  if (diff.removed.length) lines.push(fill(T.removed, lang, { n: diff.removed.length }), ...diff.removed.map((r) => "    - " + rowText(r)));
  if (diff.changed.length) {
    lines.push(fill(T.changed, lang, { n: diff.changed.length }));
    for (const c of diff.changed) {
      lines.push(`    ~ ${c.after.label} (${place(c.after)})`);
      for (const f of c.fields) lines.push(`        ${f.label[lang]}${f.cell ? ` [${f.cell}]` : ""}: "${f.before}" → "${f.after}"`);
    }
  }
  const moved = diff.totals.filter((t) => t.before !== t.after);
  if (moved.length) {
    lines.push(T.totals[lang]);
    for (const t of moved) {
      const delta = t.after - t.before;
      lines.push(`    ${t.award}, ${KIND[t.kind][lang]}: ${t.before} → ${t.after} (${delta > 0 ? "+" : ""}${delta})`);
    }
  }
  if (lines.length === 1) lines.push(T.nothing[lang]);
  return lines.join("\n");
}
