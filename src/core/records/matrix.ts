/**
 * MATRIX award tables -> AwardRecord: the registration form "Đăng ký thi đua" and proposal lists
 * laid out as one row per person or collective and one column per title, an "x" (or "X", "✓")
 * where the title is asked for. One record per mark: the award is the column's header, the kind
 * comes from the header's group ("Tập thể" / "Cá nhân"), else a kind column or section row, else
 * the award itself; the record's award cell is the mark cell (where a rule points).
 */
import { a1, cellText, type Grid } from "../grid";
import type { AwardRecord, RecipientKind, SkippedRow } from "../model";
import type { DetectedTable } from "../layout/detect";
import type { Finding } from "../rules/rule";
import { matchAward } from "../domain/awards";
import { parseRecipientKind } from "../domain/recipientKind";
import { headerKey } from "../text/normalize";
import { ROW_SKIPPED } from "../i18n/records";
import { cellsOf, nameAt, kindFromSection, type ReadContext, type ReadResult, refOf, skippedRow, textAt } from "./common";

/**
 * An unmarked cell: empty, or a written "no" ("0", "-", "k", "không", "Không đạt", "Chưa xét").
 * Anything else is a mark: a "no" read as a mark would count an award nobody was given.
 */
function isMark(text: string): boolean {
  const t = text.trim();
  // headerKey drops punctuation, so a dash alone is told by its text
  return !!t && !/^(0|k|khong( .+)?|chua( .+)?)$/.test(headerKey(t)) && !/^[-–—]$/.test(t);
}

export function readMatrixAwards(grid: Grid, table: DetectedTable, ctx: ReadContext, titleOccasion?: Pick<AwardRecord, "occasion" | "campaign">): ReadResult<AwardRecord> {
  const { columns } = table;
  const matrix = table.matrix ?? [];
  const records: AwardRecord[] = [];
  const findings: Finding[] = [];
  const skipped: SkippedRow[] = [];
  const nameCol = columns.name ?? columns.familyName ?? columns.givenName;
  let sectionKind: RecipientKind | undefined;

  for (const body of table.body) {
    const r = body.row;
    if (body.kind === "section") {
      sectionKind = kindFromSection(body.sectionText ?? "") ?? sectionKind;
      skipped.push(skippedRow(r, body.kind));
      continue;
    }
    if (body.kind !== "item") {
      if (body.kind !== "blank") skipped.push(skippedRow(r, body.kind));
      continue;
    }
    const name = nameAt(grid, r, columns);
    for (let c = table.firstCol; c <= table.lastCol; c++) {
      const cell = grid.cells[r]?.[c];
      if (cell?.t === "e") findings.push({ rule: "formula-error", cell: a1(r, c), data: { value: String(cell.v), column: table.headerTexts[c] ?? "" } });
    }
    const marked = matrix.filter((m) => grid.cells[r]?.[m.col]?.t !== "e" && isMark(cellText(grid.cells[r]?.[m.col])));
    if (!marked.length) {
      skipped.push({ row: r + 1, kind: "item", reason: ROW_SKIPPED.t("noAwardMarked") });
      continue;
    }
    if (!name && nameCol !== undefined) findings.push({ rule: "value-required", cell: a1(r, nameCol), data: { column: table.headerTexts[nameCol] ?? "", what: "name" } });
    const kindText = textAt(grid, r, columns.recipientKind);
    const columnKind = kindText ? parseRecipientKind(kindText) : undefined;
    const noteText = textAt(grid, r, columns.note);
    for (const m of marked) {
      const match = matchAward(m.awardText);
      let kind: RecipientKind | undefined;
      let kindSource: AwardRecord["kindSource"] = "unknown";
      if (m.kind) [kind, kindSource] = [m.kind, "column"];
      else if (columnKind) [kind, kindSource] = [columnKind, "column"];
      else if (sectionKind) [kind, kindSource] = [sectionKind, "section"];
      else if (match.kind === "known" && match.award.recipients.length === 1) [kind, kindSource] = [match.award.recipients[0], "award"];
      const cells = cellsOf(columns, r);
      cells.award = a1(r, m.col);
      records.push({
        ref: refOf(ctx, r, nameCol ?? table.firstCol),
        sender: ctx.sender,
        name,
        kind,
        kindSource,
        position: textAt(grid, r, columns.position) || textAt(grid, r, columns.positionUnit) || undefined,
        unit: textAt(grid, r, columns.school) || textAt(grid, r, columns.unit) || undefined,
        awardText: m.awardText,
        awardId: match.kind === "known" ? match.award.id : undefined,
        suggestedAwardId: match.kind === "unknown" ? match.suggestion?.id : undefined,
        occasion: titleOccasion?.occasion,
        campaign: titleOccasion?.campaign,
        note: noteText || undefined,
        cells,
      });
    }
  }
  return { records, findings, skipped };
}
