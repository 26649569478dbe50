/** The human-readable check report (Vietnamese by default), as a specialist reads it. */
import type { Analysis } from "../core/engine";
import type { Issue, Severity } from "../core/model";

const KIND: Record<string, { vi: string; en: string }> = {
  awards: { vi: "danh sách khen thưởng", en: "award list" },
  figures: { vi: "biểu chỉ tiêu", en: "figures" },
  "award-summary": { vi: "bảng tự tổng hợp", en: "award summary" },
  registry: { vi: "danh mục đơn vị", en: "unit registry" },
  other: { vi: "không nhận ra bảng", en: "no table recognised" },
};
const SEVERITY: Record<Severity, { vi: string; en: string }> = {
  error: { vi: "LỖI", en: "ERROR" },
  warning: { vi: "CẢNH BÁO", en: "WARNING" },
  info: { vi: "THÔNG TIN", en: "INFO" },
};

function place(i: Issue): string {
  return [i.sheet, i.cell].filter(Boolean).join("!");
}

export function formatCheckText(a: Analysis, lang: "vi" | "en"): string {
  return [...checkTextLines(a, lang)].join("\n");
}

/** The check report line by line, so the CLI writes it as it is produced. */
export function* checkTextLines(a: Analysis, lang: "vi" | "en"): Generator<string> {
  const L = (vi: string, en: string) => (lang === "vi" ? vi : en);
  // issues grouped by file once (a filter per file is files × issues)
  const byFile = new Map<string, Issue[]>();
  for (const i of a.issues) {
    const list = byFile.get(i.file);
    if (list) list.push(i);
    else byFile.set(i.file, [i]);
  }
  const ledgerFiles = new Set(a.ledger.map((f) => f.file));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  yield L(`Đã đọc ${a.ledger.length} tệp.`, `Read ${plural(a.ledger.length, "file")}.`);
  if (a.period)
    yield L(`Kỳ báo cáo: ${a.period.from} đến ${a.period.to}${a.periodGuessed ? " (đoán từ tiêu đề; dùng --period để chỉ rõ)" : ""}`, `Period: ${a.period.from} to ${a.period.to}${a.periodGuessed ? " (guessed from titles; use --period)" : ""}`);
  if (a.registry.length) yield L(`Danh mục đơn vị: ${a.registry.length} đơn vị.`, `Registry: ${a.registry.length} units.`);
  yield "";
  for (const f of a.ledger) {
    yield `■ ${f.file}${f.sender ? ` — ${f.sender}` : ""}`;
    if (f.error) yield `   ${L("KHÔNG ĐỌC ĐƯỢC", "UNREADABLE")}: ${f.error[lang]}`;
    for (const s of f.sheets)
      yield `   • ${s.sheet}: ${KIND[s.kind][lang]}${s.header ? `, ${L("tiêu đề", "header")} ${s.header}` : ""}, ${L("đọc", "read")} ${s.rowsRead} ${L("dòng", "rows")}, ${L("bỏ qua", "skipped")} ${s.rowsSkipped}`;
    const mine = byFile.get(f.file) ?? [];
    for (const i of mine) yield `     [${SEVERITY[i.severity][lang]}] ${i.rule} ${place(i)}: ${i.message[lang]}`;
  }
  const others = a.issues.filter((i) => !ledgerFiles.has(i.file));
  if (others.length) {
    yield "";
    yield L("Chung:", "General:");
    for (const i of others) yield `  [${SEVERITY[i.severity][lang]}] ${i.rule}: ${i.message[lang]}`;
  }
  const bySeverity = (s: Severity) => a.issues.filter((i) => i.severity === s).length;
  const byRule = new Map<string, number>();
  for (const i of a.issues) byRule.set(i.rule, (byRule.get(i.rule) ?? 0) + 1);
  yield "";
  yield L(
    `Tổng cộng: ${bySeverity("error")} lỗi, ${bySeverity("warning")} cảnh báo, ${bySeverity("info")} thông tin.`,
    `Total: ${plural(bySeverity("error"), "error")}, ${plural(bySeverity("warning"), "warning")}, ${bySeverity("info")} info.`,
  );
  for (const [rule, n] of [...byRule].sort()) yield `  ${rule}: ${n}`;
}
