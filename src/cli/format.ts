/**
 * The human-readable check report (Vietnamese by default), as a specialist reads it: what was read,
 * then each unit's problems grouped by severity (errors first), in words — the rule's title and the
 * message, at its sheet and cell — and a summary at the end.
 */
import { ALL_RULES, type Analysis } from "../core/engine";
import { CLI } from "../core/i18n/cli";
import type { ParamArgs } from "../core/i18n/messages";
import type { Issue, Lang, Severity } from "../core/model";

type CliTemplates = typeof CLI.templates;
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


/** The check report line by line, so the CLI writes it as it is produced. */
export function* checkTextLines(a: Analysis, lang: Lang): Generator<string> {
  const L = <K extends Extract<keyof CliTemplates, string>>(key: K, ...params: ParamArgs<CliTemplates[K]>) => CLI.text(lang, key, ...params);
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
  yield L("filesRead", { count: a.ledger.length });
  if (a.period) {
    const from = viDate(a.period.from);
    const to = viDate(a.period.to);
    yield L(a.periodGuessed ? "periodGuessed" : "period", { from, to });
  }
  if (a.registry.length) yield L("registry", { count: a.registry.length });

  function* issueLines(list: Issue[], indent: string): Generator<string> {
    for (const s of ORDER) {
      const mine = list.filter((i) => i.severity === s);
      if (!mine.length) continue;
      yield `${indent}${L(`severity_${s}`)} (${mine.length}):`;
      for (const i of mine) {
        const at = place(i);
        yield `${indent}  - ${title(i.rule)}${at ? ` [${at}]` : ""}: ${i.message[lang]}`;
      }
    }
  }
  for (const f of a.ledger) {
    yield "";
    yield `■ ${f.sender ?? L("unitNotIdentified")} — ${fileName(f.file)}`;
    if (f.error) yield `   ${L("unreadable", { error: f.error.message })}`;
    for (const s of f.sheets)
      yield `   • ${L("sheetLine", { sheet: s.sheet, kind: L(`kind_${s.kind}`), header: s.header ? L("sheetHeader", { range: s.header }) : "", read: s.rowsRead, skipped: s.rowsSkipped })}`;
    const mine = byFile.get(f.file) ?? [];
    if (mine.length) yield* issueLines(mine, "   ");
    else if (!f.error) yield `   ${L("noProblem")}`;
  }
  const others = a.issues.filter((i) => !ledgerFiles.has(i.file));
  if (others.length) {
    yield "";
    yield L("general");
    yield* issueLines(others, "   ");
  }

  const count = (s: Severity) => a.issues.filter((i) => i.severity === s).length;
  const unreadable = a.ledger.filter((f) => f.error).length;
  yield "";
  yield L("summary");
  yield L("summaryCounts", { errors: count("error"), warnings: count("warning"), infos: count("info"), files: a.ledger.length, unreadable: unreadable ? L("summaryUnreadable", { count: unreadable }) : "" });
  const byRule = new Map<string, number>();
  for (const i of a.issues) byRule.set(i.rule, (byRule.get(i.rule) ?? 0) + 1);
  // the code in brackets: the name --severity takes
  for (const [rule, n] of [...byRule].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) yield `  ${title(rule)} (${rule}): ${n}`;
  if (!a.issues.length) yield L("noProblemFound");
}
