/**
 * The report laid out as titled tables for the writers: "Tổng hợp" (I awards, II by unit,
 * III figures, IV sentences), "Kiểm tra" (every issue at its cell) and "Nguồn" (the import ledger
 * and where every figure comes from). Writers draw these blocks as they are.
 */
import type { FileLedger, Issue } from "../model";
import type { AwardTotal, ReportCell, ReportSheet, ReportTable } from "../report";
import { OCCASION_GROUPS, OCCASION_LABELS, SEVERITY_LABELS, TABLE_KIND_LABELS, rt, type Lang } from "../i18n/report-texts";
import { OCCASION_ORDER } from "./awards";
import { reasonText, rowRuns } from "../records/rowAccount";
import type { FigureConsolidation } from "./figures";
import { formatNumber } from "./format";
import type { ReportSentence } from "./sentences";
import type { AwardsByUnit } from "./units";
import { TDKT_RULES } from "../rules";
import { STRUCTURAL_RULES } from "../rules/structural";

/** "C:\\bao cao\\xa A.xlsx" or "/home/u/xa A.xlsx" -> "xa A.xlsx": the sheets name files, not the folders they were in. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** A rule's title in words ("Khen thưởng trùng"), for the sheets people read; the code when unknown. */
function ruleTitle(code: string, lang: Lang): string {
  const rule = [...STRUCTURAL_RULES, ...TDKT_RULES].find((r) => r.meta.id === code);
  return rule ? rule.meta.title[lang] : code;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

export function awardsTable(totals: AwardTotal[], lang: Lang): ReportTable {
  const rows: ReportCell[][] = [];
  const boldRows: number[] = [];
  let group = 0;
  const known = totals.filter((t) => !t.unresolved);
  const unresolved = totals.filter((t) => t.unresolved);
  const line = (t: AwardTotal, i: number) =>
    rows.push([i + 1, t.award, t.issuer ?? null, OCCASION_LABELS[t.occasion][lang], t.campaign ?? null, t.collectives, t.individuals, t.households]);
  for (const occasion of OCCASION_ORDER) {
    const inGroup = known.filter((t) => t.occasion === occasion);
    if (!inGroup.length) continue;
    boldRows.push(rows.length);
    // three occasions at most: always a numeral of ROMAN
    rows.push([ROMAN[group++], OCCASION_GROUPS[occasion][lang], null, null, null, ...sums(inGroup)]);
    inGroup.forEach(line);
  }
  boldRows.push(rows.length);
  rows.push([null, rt("total", lang), null, null, null, ...sums(known)]);
  // awards no catalogue entry settles: shown apart, below the total they are not part of
  if (unresolved.length) {
    boldRows.push(rows.length);
    rows.push([null, rt("unresolvedGroup", lang), null, null, null, ...sums(unresolved)]);
    unresolved.forEach(line);
  }
  return {
    id: "awards",
    title: rt("tableAwards", lang),
    header: [["colStt", "colAward", "colIssuer", "colOccasion", "colCampaign", "colCollectives", "colIndividuals", "colHouseholds"].map((k) => rt(k as never, lang))],
    rows,
    formats: ["text", "text", "text", "text", "text", "#,##0", "#,##0", "#,##0"],
    widths: [5, 32, 18, 12, 24, 9, 9, 10],
    boldRows,
  };
}

function sums(ts: { collectives: number; individuals: number; households: number }[]): number[] {
  return [ts.reduce((s, t) => s + t.collectives, 0), ts.reduce((s, t) => s + t.individuals, 0), ts.reduce((s, t) => s + t.households, 0)];
}

export function byUnitTable(data: AwardsByUnit, lang: Lang): ReportTable {
  const withHouseholds = new Set(
    data.awards.filter((a) => data.units.some((u) => (u.counts.get(a.key)?.households ?? 0) > 0)).map((a) => a.key),
  );
  const sub = (key: string) => (withHouseholds.has(key) ? ["colCollectives", "colIndividuals", "colHouseholds"] : ["colCollectives", "colIndividuals"]);
  const top: (string | null)[] = [rt("colStt", lang), rt("colUnit", lang)];
  // "" under a single-row heading: the writers merge it down ("STT" over both header rows)
  const second: (string | null)[] = ["", ""];
  const formats: ReportTable["formats"] = ["text", "text"];
  const widths = [5, 30];
  for (const a of data.awards) {
    sub(a.key).forEach((k, i) => {
      top.push(i === 0 ? a.name : null);
      second.push(rt(k as never, lang));
      formats.push("#,##0");
      widths.push(8);
    });
  }
  top.push(rt("colNote", lang));
  second.push("");
  formats.push("text");
  widths.push(14);

  const rows: ReportCell[][] = [];
  const totals = data.awards.flatMap((a) => sub(a.key).map(() => 0));
  data.units.forEach((u, i) => {
    const cells: ReportCell[] = [];
    let col = 0;
    for (const a of data.awards) {
      const c = u.counts.get(a.key);
      for (const k of sub(a.key)) {
        const v = !c ? 0 : k === "colCollectives" ? c.collectives : k === "colIndividuals" ? c.individuals : c.households;
        totals[col++] += v;
        cells.push(v === 0 ? null : v); // blank rather than a wall of zeros
      }
    }
    const note = !u.sent ? rt("notSent", lang) : !u.inRegistry ? rt("notInRegistry", lang) : null;
    rows.push([i + 1, u.unit, ...cells, note]);
  });
  rows.push([null, rt("total", lang), ...totals, null]);
  return {
    id: "by-unit",
    title: rt("tableByUnit", lang),
    header: [top, second],
    rows,
    formats,
    widths,
    boldRows: [rows.length - 1],
  };
}

export function figuresTable(fig: FigureConsolidation, lang: Lang): ReportTable {
  const rows: ReportCell[][] = [];
  const boldRows: number[] = [];
  let section = "";
  let sectionNo = 0;
  let itemNo = 0;
  for (const g of fig.groups) {
    const sec = g.total?.section ?? g.rows[0].row.section;
    const secKey = g.rows[0].sectionKey;
    if (secKey !== section) {
      section = secKey;
      boldRows.push(rows.length);
      rows.push([ROMAN[sectionNo++] ?? String(sectionNo), sec, null, null, null, null, null]);
    }
    const isChild = g.parent !== undefined;
    const name = g.total ? g.total.indicator : g.rows[0].row.indicator.trim();
    const stt = isChild ? "-" : String(++itemNo);
    const units = new Set(g.rows.map((r) => r.sender)).size;
    if (!g.total) {
      rows.push([stt, name, null, null, null, null, units]);
      continue;
    }
    const t = g.total;
    rows.push([stt, isChild ? `- ${name}` : name, t.measure || null, t.plan, t.actual, t.percentOfPlan, units]);
  }
  return {
    id: "figures",
    title: rt("tableFigures", lang),
    header: [["colStt", "colIndicator", "colMeasure", "colPlan", "colActual", "colPercent", "colUnitCount"].map((k) => rt(k as never, lang))],
    rows,
    formats: ["text", "text", "text", "#,##0.###", "#,##0.###", "#,##0.0", "#,##0"],
    widths: [6, 48, 10, 12, 12, 9, 10],
    boldRows,
  };
}

export function sentencesTable(sentences: ReportSentence[], lang: Lang): ReportTable {
  return {
    id: "sentences",
    title: rt("tableSentences", lang),
    header: [[rt("colSentence", lang)]],
    rows: sentences.map((s) => [(s.level === 0 ? "- " : "+ ") + s.text]),
    formats: ["text"],
    widths: [110],
  };
}

export function figureSourcesTable(fig: FigureConsolidation, lang: Lang): ReportTable {
  const rows: ReportCell[][] = fig.details.map((d) => {
    const note =
      d.stated === undefined ? null : d.stated === null ? rt("childrenSumNoValue", lang) : rt("childrenSum", lang, { stated: formatNumber(d.stated, lang) });
    return [d.indicator, rt(d.column === "plan" ? "colPlan" : "colActual", lang), d.contribution.sender, fileNameOf(d.contribution.ref.file), d.contribution.ref.sheet, d.contribution.ref.cell, d.contribution.value, note];
  });
  return {
    id: "figure-sources",
    title: rt("tableFigureSources", lang),
    header: [["colIndicator", "colColumn", "colUnit", "colFile", "colSheet", "colCell", "colValue", "colNote"].map((k) => rt(k as never, lang))],
    rows,
    formats: ["text", "text", "text", "text", "text", "text", "#,##0.###", "text"],
    widths: [30, 8, 20, 16, 12, 6, 10, 18],
  };
}

export function issuesTables(issues: Issue[], lang: Lang): ReportTable[] {
  const rows: ReportCell[][] = issues.map((is, i) => [
    i + 1,
    SEVERITY_LABELS[is.severity][lang],
    ruleTitle(is.rule, lang),
    fileNameOf(is.file),
    is.sheet ?? null,
    is.cell ?? null,
    is.message[lang] + (is.related?.length ? ` (${is.related.join("; ")})` : ""),
  ]);
  const counts = new Map<string, { severity: Issue["severity"]; n: number }>();
  for (const is of issues) {
    const c = counts.get(is.rule) ?? { severity: is.severity, n: 0 };
    c.n++;
    counts.set(is.rule, c);
  }
  const countRows: ReportCell[][] = [...counts.entries()].map(([rule, c]) => [ruleTitle(rule, lang), SEVERITY_LABELS[c.severity][lang], c.n]);
  countRows.push([rt("total", lang), null, issues.length]);
  return [
    {
      id: "issues",
      title: rt("tableIssues", lang),
      header: [["colStt", "colSeverity", "colRule", "colFile", "colSheet", "colCell", "colMessage"].map((k) => rt(k as never, lang))],
      rows,
      formats: ["text", "text", "text", "text", "text", "text", "text"],
      widths: [5, 10, 22, 18, 12, 7, 46],
      ...(issues.length ? {} : { note: rt("noIssues", lang) }),
    },
    {
      id: "issue-counts",
      title: rt("tableIssueCounts", lang),
      header: [["colRule", "colSeverity", "colCount"].map((k) => rt(k as never, lang))],
      rows: countRows,
      formats: ["text", "text", "#,##0"],
      widths: [46, 14, 10],
      boldRows: [countRows.length - 1],
    },
  ];
}

/**
 * The row account of every sheet read (see core/records/rowAccount.ts): rows with data = records +
 * structural rows + rows not read; the rows not read are named, and each has its warning above.
 */
export function rowAccountTable(ledger: FileLedger[], lang: Lang): ReportTable {
  const rows: ReportCell[][] = [];
  for (const f of ledger) {
    for (const a of f.rowAccounts ?? []) {
      if (a.rowsWithData === 0) continue;
      const structural = Object.values(a.structural).reduce((n, k) => n + k, 0);
      const notRead = Object.values(a.notRead).reduce((n, rs) => n + rs.length, 0);
      const detail = [
        ...Object.entries(a.structural).map(([r, n]) => `${reasonText(r)[lang]}: ${n}`),
        ...Object.entries(a.notRead).map(([r, rs]) => `${reasonText(r)[lang]}: ${rs.length} (${rt("rowsList", lang)} ${rowRuns(rs)})`),
        ...(a.unreadColumns?.length ? [`${rt("unreadColumns", lang)}: ${a.unreadColumns.map((c) => `${c.column} "${c.header}"`).join(", ")}`] : []),
      ];
      rows.push([fileNameOf(f.file), a.sheet, a.rowsWithData, a.records, structural, notRead, detail.join("; ") || null]);
    }
  }
  return {
    id: "row-account",
    title: rt("tableRowAccount", lang),
    header: [["colFile", "colSheet", "colRowsWithData", "colRecordRows", "colStructuralRows", "colNotReadRows", "colRowDetail"].map((k) => rt(k as never, lang))],
    rows,
    formats: ["text", "text", "#,##0", "#,##0", "#,##0", "#,##0", "text"],
    widths: [22, 16, 10, 10, 10, 12, 40],
  };
}

export function ledgerTable(ledger: FileLedger[], lang: Lang): ReportTable {
  const rows: ReportCell[][] = [];
  for (const f of ledger) {
    const fileNotes: string[] = [];
    if (f.error) fileNotes.push(rt("fileError", lang, { error: f.error.message[lang] }));
    if (f.legacyEncoding) fileNotes.push(rt("legacyNote", lang, { encoding: f.legacyEncoding.toUpperCase() }));
    if (!f.sheets.length || f.error) {
      rows.push([fileNameOf(f.file), f.sender ?? null, null, null, null, null, null, fileNotes.join("; ") || null]);
    }
    for (const s of f.sheets) {
      // "Dòng mục: 9, 20; Dòng cộng: 45" — one reason with the rows it applies to
      const byReason = new Map<string, number[]>();
      for (const sk of s.skipped) byReason.set(sk.reason[lang], [...(byReason.get(sk.reason[lang]) ?? []), sk.row]);
      const reasons = [...byReason.entries()].map(([r, rs]) => `${r} (${rt("rowsList", lang)} ${rs.join(", ")})`);
      if (s.legacy) reasons.unshift(rt("legacyNote", lang, { encoding: s.legacy.encoding.toUpperCase() }) + (s.legacy.columns ? ` (${s.legacy.columns.join(", ")})` : ""));
      rows.push([fileNameOf(f.file), f.sender ?? null, s.sheet, TABLE_KIND_LABELS[s.kind][lang], s.header ?? null, s.rowsRead, s.rowsSkipped, [...fileNotes, ...reasons].join("; ") || null]);
    }
  }
  return {
    id: "ledger",
    title: rt("tableLedger", lang),
    header: [["colFile", "colSender", "colSheet", "colTableKind", "colHeaderRange", "colRowsRead", "colRowsSkipped", "colSkipReasons"].map((k) => rt(k as never, lang))],
    rows,
    formats: ["text", "text", "text", "text", "text", "#,##0", "#,##0", "text"],
    widths: [18, 20, 14, 14, 10, 7, 7, 30],
  };
}

/**
 * One table per sheet: each prints on its own pages with its own column widths, its own
 * orientation and its header rows repeated (print titles are one range per sheet). Every sheet
 * carries the report's title block; the first of each group keeps the group's name.
 */
export function buildSheets(parts: {
  lang: Lang;
  titleLines: string[];
  awards: AwardTotal[];
  byUnit: AwardsByUnit;
  figures: FigureConsolidation;
  sentences: ReportSentence[];
  issues: Issue[];
  ledger: FileLedger[];
}): ReportSheet[] {
  const { lang, titleLines } = parts;
  const checks = [rt("checksTitle", lang), ...titleLines.slice(1)];
  const sources = [rt("sourcesTitle", lang), ...titleLines.slice(1)];
  const [issues, issueCounts] = issuesTables(parts.issues, lang);
  return [
    { name: rt("sheetSummary", lang), title: titleLines, tables: [awardsTable(parts.awards, lang)] },
    { name: rt("sheetByUnit", lang), title: titleLines, tables: [byUnitTable(parts.byUnit, lang)] },
    { name: rt("sheetFigures", lang), title: titleLines, tables: [figuresTable(parts.figures, lang)] },
    { name: rt("sheetSentences", lang), title: titleLines, tables: [sentencesTable(parts.sentences, lang)] },
    { name: rt("sheetChecks", lang), title: checks, tables: [issues] },
    { name: rt("sheetIssueCounts", lang), title: checks, tables: [issueCounts] },
    { name: rt("sheetRowAccount", lang), title: checks, tables: [rowAccountTable(parts.ledger, lang)] },
    { name: rt("sheetSources", lang), title: sources, tables: [ledgerTable(parts.ledger, lang)] },
    { name: rt("sheetFigureSources", lang), title: sources, tables: [figureSourcesTable(parts.figures, lang)] },
  ];
}
