/**
 * The human-readable check report (Vietnamese by default), as a specialist reads it: what was read,
 * then each unit's problems grouped by severity (errors first), in words — the rule's title and the
 * message, at its sheet and cell — and a summary at the end.
 */
import { ALL_RULES, type Analysis } from "../core/engine";
import type { Issue, Severity } from "../core/model";

const KIND: Record<string, { vi: string; en: string }> = {
  awards: { vi: "danh sách khen thưởng", en: "award list" },
  figures: { vi: "biểu chỉ tiêu", en: "figures" },
  "award-summary": { vi: "bảng tự tổng hợp", en: "award summary" },
  registry: { vi: "danh mục đơn vị", en: "unit registry" },
  other: { vi: "không nhận ra bảng", en: "no table recognised" },
};
const SEVERITY: Record<Severity, { vi: string; en: string }> = {
  error: { vi: "Lỗi", en: "Errors" },
  warning: { vi: "Cảnh báo", en: "Warnings" },
  info: { vi: "Lưu ý", en: "Notes" },
};
const ORDER: Severity[] = ["error", "warning", "info"];

/** dd/mm/yyyy, as Vietnamese documents write dates (English too: the dates are Vietnamese documents'). */
function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

function place(i: Issue): string {
  return [i.sheet, i.cell].filter(Boolean).join("!");
}

export function formatCheckText(a: Analysis, lang: "vi" | "en"): string {
  return [...checkTextLines(a, lang)].join("\n");
}

/** The check report line by line, so the CLI writes it as it is produced. */
export function* checkTextLines(a: Analysis, lang: "vi" | "en"): Generator<string> {
  const L = (vi: string, en: string) => (lang === "vi" ? vi : en);
  const titles = new Map(ALL_RULES.map((r) => [r.meta.id, r.meta.title[lang]]));
  const title = (code: string) => titles.get(code) ?? code;
  // issues grouped by file once (a filter per file is files × issues)
  const byFile = new Map<string, Issue[]>();
  for (const i of a.issues) {
    const list = byFile.get(i.file);
    if (list) list.push(i);
    else byFile.set(i.file, [i]);
  }
  const ledgerFiles = new Set(a.ledger.map((f) => f.file));
  yield L(`Đã đọc ${a.ledger.length} tệp.`, `Read ${a.ledger.length} file${a.ledger.length === 1 ? "" : "s"}.`);
  if (a.period) {
    const from = viDate(a.period.from);
    const to = viDate(a.period.to);
    yield L(`Kỳ báo cáo: ${from} đến ${to}${a.periodGuessed ? " (đoán từ tiêu đề; dùng --period để chỉ rõ)" : ""}`, `Period: ${from} to ${to}${a.periodGuessed ? " (guessed from titles; use --period)" : ""}`);
  }
  if (a.registry.length) yield L(`Danh mục đơn vị: ${a.registry.length} đơn vị.`, `Registry: ${a.registry.length} units.`);

  function* issueLines(list: Issue[], indent: string): Generator<string> {
    for (const s of ORDER) {
      const mine = list.filter((i) => i.severity === s);
      if (!mine.length) continue;
      yield `${indent}${SEVERITY[s][lang]} (${mine.length}):`;
      for (const i of mine) {
        const at = place(i);
        yield `${indent}  - ${title(i.rule)}${at ? ` [${at}]` : ""}: ${i.message[lang]}`;
      }
    }
  }
  for (const f of a.ledger) {
    yield "";
    yield `■ ${f.sender ?? L("(chưa rõ đơn vị)", "(unit not identified)")} — ${fileName(f.file)}`;
    if (f.error) yield `   ${L("KHÔNG ĐỌC ĐƯỢC", "UNREADABLE")}: ${f.error[lang]}`;
    for (const s of f.sheets)
      yield `   • ${s.sheet}: ${KIND[s.kind][lang]}${s.header ? `, ${L("tiêu đề", "header")} ${s.header}` : ""}, ${L("đọc", "read")} ${s.rowsRead} ${L("dòng", "rows")}, ${L("bỏ qua", "skipped")} ${s.rowsSkipped}`;
    const mine = byFile.get(f.file) ?? [];
    if (mine.length) yield* issueLines(mine, "   ");
    else if (!f.error) yield `   ${L("Không có vấn đề.", "No problem.")}`;
  }
  const others = a.issues.filter((i) => !ledgerFiles.has(i.file));
  if (others.length) {
    yield "";
    yield L("■ Chung", "■ General");
    yield* issueLines(others, "   ");
  }

  const count = (s: Severity) => a.issues.filter((i) => i.severity === s).length;
  const unreadable = a.ledger.filter((f) => f.error).length;
  yield "";
  yield L("Tóm tắt:", "Summary:");
  yield L(
    `  ${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} lưu ý trong ${a.ledger.length} tệp${unreadable ? `; ${unreadable} tệp không đọc được` : ""}.`,
    `  ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes in ${a.ledger.length} files${unreadable ? `; ${unreadable} unreadable` : ""}.`,
  );
  const byRule = new Map<string, number>();
  for (const i of a.issues) byRule.set(i.rule, (byRule.get(i.rule) ?? 0) + 1);
  // the code in brackets: the name --severity takes
  for (const [rule, n] of [...byRule].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) yield `  ${title(rule)} (${rule}): ${n}`;
  if (!a.issues.length) yield L("  Không tìm thấy vấn đề nào.", "  No problem found.");
}
