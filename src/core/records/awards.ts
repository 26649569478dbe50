/**
 * Award list rows -> AwardRecord, with the cell of every value, and the findings the structural
 * rules report (a blank name, a date that does not exist, an error value).
 */
import { a1, type Grid, mergeAt } from "../grid";
import type { AwardRecord, Occasion, RecipientKind, SkippedRow } from "../model";
import type { DetectedTable } from "../layout/detect";
import type { Finding } from "../rules/rule";
import { decisionNumberKey, readDateCell, parseDecisionRef, type DateRead } from "../values";
import { matchAward, settle } from "../domain/awards";
import { campaignOnDate, parseOccasion } from "../domain/occasion";
import { looksLikeCollectiveName, parseRecipientKind } from "../domain/recipientKind";
import { headerKey } from "../text/normalize";
import { cellsOf, nameAt, kindFromSection, type ReadContext, type ReadResult, refOf, skippedRow, textAt } from "./common";
import { readMatrixAwards } from "./matrix";
import { decisionFromTitle, kindFromTitle } from "./titles";
import type { TableCodes } from "./codes";

export interface AwardSheetHints {
  /** the award stated by the title when the list has no award column ("... ĐƯỢC TẶNG GIẤY KHEN ...") */
  titleAward?: string;
  /** occasion implied by the title ("năm học" lists are regular) */
  titleOccasion?: { occasion?: Occasion; campaign?: string };
  /** the decision the title says the list is attached to, for a list without a decision column */
  titleDecision?: { number?: string; date?: string };
  /** the kind the title states for the whole table ("2. Cá nhân" over the header) */
  titleKind?: RecipientKind;
  /** the table's code columns, resolved through the workbook's look-up sheet (codes.ts) */
  codes?: TableCodes;
}

function dateFinding(read: DateRead, cell: string): Finding | undefined {
  if (read.kind !== "invalid") return undefined;
  return { rule: "date-invalid", cell, data: { text: read.text, reason: read.reason } };
}

/** A bare award form, which names no issuer ("Giấy khen", "Bằng khen", "Cờ thi đua"). */
const BARE_FORM = /^(giay khen|bang khen|co thi dua)$/;

/**
 * The award column holds only the form ("Giấy khen") and a "Cấp khen" column says who gave it
 * ("Chủ tịch UBND huyện"): together they are the award ("Giấy khen của Chủ tịch UBND huyện"). A
 * title ("Lao động tiên tiến") is the award alone; its "Cấp khen" is who decided it.
 */
export function withIssuer(award: string, issuer: string): string {
  if (!award || !issuer || !BARE_FORM.test(headerKey(award))) return award;
  const who = issuer.replace(/^(của|cua)\s+/i, "");
  return `${award} của ${who}`;
}

/**
 * "Họ đệm" + "Tên" in two columns: a person's row needs both parts; a collective's name fills the
 * first (often merged across both) and leaves "Tên" blank by design. Returns the blank part of a
 * person's row: a row listed as an individual, or of unknown kind whose name is not merged across
 * both columns and does not read as an organisation.
 */
function missingNamePart(grid: Grid, r: number, columns: DetectedTable["columns"], kind: RecipientKind | undefined): "familyName" | "givenName" | undefined {
  if (columns.name !== undefined || columns.familyName === undefined || columns.givenName === undefined) return undefined;
  const family = textAt(grid, r, columns.familyName);
  const given = textAt(grid, r, columns.givenName);
  if (family && given) return undefined;
  if (kind === "collective" || kind === "household") return undefined;
  const filled = family || given;
  const merged = mergeAt(grid, r, family ? columns.familyName : columns.givenName);
  const spansBoth = !!merged && merged.c0 <= Math.min(columns.familyName, columns.givenName) && merged.c1 >= Math.max(columns.familyName, columns.givenName);
  if (kind !== "individual" && (spansBoth || looksLikeCollectiveName(filled))) return undefined;
  return family ? "givenName" : "familyName";
}

export function readAwards(grid: Grid, table: DetectedTable, ctx: ReadContext, hints: AwardSheetHints = {}): ReadResult<AwardRecord> {
  // a MATRIX table (one column per award, "x" marks) has its own reader
  if (table.matrix) return readMatrixAwards(grid, table, ctx, hints.titleOccasion);
  const { columns } = table;
  const records: AwardRecord[] = [];
  const findings: Finding[] = [];
  const skipped: SkippedRow[] = [];
  // the title's kind holds until a section row says otherwise
  let sectionKind: RecipientKind | undefined = hints.titleKind ?? kindFromTitle(table.titleLines);
  // a list attached to a decision and without a decision column: every row has the title's decision
  const hasDecisionColumn = columns.decision !== undefined || columns.decisionNumber !== undefined || columns.decisionDate !== undefined;
  const titleDecision = hasDecisionColumn ? undefined : (hints.titleDecision ?? decisionFromTitle(table.titleLines));
  /** a group heading naming an organisation ("Trường Mầm non Hoa Ban"): the unit of the rows below */
  let sectionUnit: string | undefined;
  const nameCol = columns.name ?? columns.familyName ?? columns.givenName;
  /** rows whose award cell is blank, with their value-required finding */
  const blankAward = new Map<AwardRecord, Finding>();
  // a code ("HT02", "1650360184") is read as the name the workbook's look-up gives it
  const code = (r: number, col: number | undefined) => {
    const read = hints.codes?.read(col, r, textAt(grid, r, col)) ?? { text: textAt(grid, r, col) };
    if (read.finding) findings.push(read.finding);
    return read.text;
  };
  // two kind columns ("Phân loại khen thưởng" | "Phân loại đối tượng"): the first that reads as a kind
  const kindCols = table.kindColumns ?? [columns.recipientKind];

  for (const body of table.body) {
    const r = body.row;
    if (body.kind === "section") {
      const k = kindFromSection(body.sectionText ?? "");
      if (k) {
        sectionKind = k;
        sectionUnit = undefined;
      } else if (looksLikeCollectiveName(body.sectionText)) sectionUnit = body.sectionText;
      skipped.push(skippedRow(r, body.kind));
      continue;
    }
    if (body.kind !== "item") {
      if (body.kind !== "blank") skipped.push(skippedRow(r, body.kind));
      continue;
    }
    const name = nameAt(grid, r, columns);
    const cells = cellsOf(columns, r);
    // two award columns ("Danh hiệu thi đua" | "Hình thức khen thưởng"): the row fills one of them
    // (an error cell's text is its value, "#N/A": it fills it too)
    const awardCol = table.awardColumns?.find((c) => textAt(grid, r, c)) ?? columns.award;
    if (awardCol !== undefined) cells.award = a1(r, awardCol);
    const awardCellText = withIssuer(code(r, awardCol), textAt(grid, r, columns.issuer));
    // (one kind column, the common case: no list made per row)
    const kindTexts = kindCols.length === 1 ? undefined : kindCols.map((c) => code(r, c));
    const kindAt = kindTexts ? Math.max(0, kindTexts.findIndex((t) => parseRecipientKind(t))) : 0;
    const kindText = kindTexts ? kindTexts[kindAt] : code(r, kindCols[0]);
    if (kindCols[kindAt] !== undefined) cells.recipientKind = a1(r, kindCols[kindAt]);
    const codedUnit = code(r, columns.unit);
    const awardText = awardCellText || (columns.award === undefined ? (hints.titleAward ?? "") : "");

    // error values anywhere in the row (e.g. a broken lookup formula)
    for (let c = table.firstCol; c <= table.lastCol; c++) {
      const cell = grid.cells[r]?.[c];
      if (cell?.t === "e") findings.push({ rule: "formula-error", cell: a1(r, c), data: { value: String(cell.v), column: table.headerTexts[c] ?? "" } });
    }
    if (!name && nameCol !== undefined) findings.push({ rule: "value-required", cell: a1(r, nameCol), data: { column: table.headerTexts[nameCol] ?? "", what: "name" } });
    // (an error cell is not blank: its text is the error's, reported above)
    const awardFinding: Finding | undefined =
      !awardText && columns.award !== undefined ? { rule: "value-required", cell: a1(r, columns.award), data: { column: table.headerTexts[columns.award] ?? "", what: "award" } } : undefined;
    if (awardFinding) findings.push(awardFinding);

    // recipient kind: an explicit column wins, then the section ("A. TẬP THỂ"), then the award
    let kind: RecipientKind | undefined;
    let kindSource: AwardRecord["kindSource"] = "unknown";
    // the kind cell that reads as one (else the first, which reads as none)
    kind = parseRecipientKind(kindText);
    if (kind) kindSource = "column";
    if (!kind && sectionKind) {
      kind = sectionKind;
      kindSource = "section";
    }
    const issuerText = textAt(grid, r, columns.issuer) || undefined;
    let match = awardText ? matchAward(awardText) : undefined;
    if (!kind && match?.kind === "known" && match.award.recipients.length === 1) {
      kind = match.award.recipients[0];
      kindSource = "award";
    }
    const missingPart = name ? missingNamePart(grid, r, columns, kind) : undefined;
    if (missingPart !== undefined)
      findings.push({ rule: "value-required", cell: a1(r, columns[missingPart]!), data: { column: table.headerTexts[columns[missingPart]!] ?? "", what: missingPart } });

    // occasion: its own column, else the note ("Chuyên đề bầu cử"), else the title
    const occasionText = textAt(grid, r, columns.occasion);
    const noteText = textAt(grid, r, columns.note);
    let occ = occasionText ? parseOccasion(occasionText) : {};
    if (!occ.occasion && noteText) occ = { ...parseOccasion(noteText), ...(occ.campaign ? { campaign: occ.campaign } : {}) };
    if (!occ.occasion && hints.titleOccasion?.occasion) occ = { ...hints.titleOccasion, ...occ, occasion: hints.titleOccasion.occasion };

    // decision: one combined cell ("705/QĐ-UBND ngày 24/5/2021") or number and date columns
    let decisionNumber: string | undefined;
    let decisionDate: string | undefined;
    if (titleDecision) {
      decisionNumber = titleDecision.number;
      decisionDate = titleDecision.date;
    }
    if (columns.decision !== undefined) {
      const text = textAt(grid, r, columns.decision);
      if (text) {
        const ref = parseDecisionRef(text);
        decisionNumber = ref.number;
        if (ref.date?.kind === "date") decisionDate = ref.date.iso;
        const f = ref.date && dateFinding(ref.date, a1(r, columns.decision));
        if (f) findings.push(f);
      }
    }
    if (columns.decisionNumber !== undefined) {
      const text = textAt(grid, r, columns.decisionNumber);
      if (text) {
        const ref = parseDecisionRef(text);
        decisionNumber = ref.number ?? text;
        // the number typed with its date ("705/QĐ-UBND ngày 24/5/2021") in a table with no date column
        if (columns.decisionDate === undefined && ref.date?.kind === "date") decisionDate = ref.date.iso;
      }
    }
    if (columns.decisionDate !== undefined) {
      const read = readDateCell(grid.cells[r]?.[columns.decisionDate]);
      if (read.kind === "date") decisionDate = read.iso;
      const f = dateFinding(read, a1(r, columns.decisionDate));
      if (f) findings.push(f);
    }
    let birthDate: string | undefined;
    if (columns.birthDate !== undefined) {
      const cell = grid.cells[r]?.[columns.birthDate];
      // (a text cell is read as a date text)
      const read = readDateCell(cell);
      if (read.kind === "date") birthDate = read.iso;
      else if (cell?.t === "n" && Number.isInteger(cell.v) && Number(cell.v) > 1900 && Number(cell.v) < 2100) birthDate = String(cell.v);
    }

    if (match?.kind === "unknown" && match.incomplete) match = settle(match, { issuerText, decisionNumber, date: decisionDate });
    if (!kind && match?.kind === "known" && match.award.recipients.length === 1) {
      kind = match.award.recipients[0];
      kindSource = "award";
    }
    // a number cell's display may be "1.23457E+11": its value keeps every digit
    const idCell = columns.idNumber === undefined ? undefined : grid.cells[r]?.[columns.idNumber];
    const idNumber = idNumberOf(idCell?.t === "n" ? String(idCell.v) : textAt(grid, r, columns.idNumber));
    const positionUnit = textAt(grid, r, columns.positionUnit);
    const record: AwardRecord = {
      ref: refOf(ctx, r, nameCol ?? table.firstCol),
      sender: ctx.sender,
      name,
      kind,
      kindSource,
      position: textAt(grid, r, columns.position) || positionUnit || undefined,
      unit: textAt(grid, r, columns.school) || codedUnit || sectionUnit || undefined,
      awardText,
      awardId: match?.kind === "known" ? match.award.id : undefined,
      suggestedAwardId: match?.kind === "unknown" ? match.suggestion?.id : undefined,
      // (every key in one literal, the absent ones undefined: a literal with spreads in it is built
      // key by key, about twice the time, for each of a province's 100,000 rows)
      issuerText,
      awardDetail: (match?.kind === "known" && match.detail) || undefined,
      awardSettledBy: (match?.kind === "known" && match.settledBy) || undefined,
      awardFromTitle: !awardCellText && !!awardText ? true : undefined,
      occasion: occ.occasion,
      campaign: campaignOnDate(occ.campaign, decisionDate),
      decisionNumber,
      decisionDate,
      birthDate,
      idNumber: idNumber || undefined,
      note: noteText || undefined,
      cells,
    };
    records.push(record);
    if (awardFinding) blankAward.set(record, awardFinding);
  }
  awardsFromDecisions(records, blankAward);
  return { records, findings, skipped };
}

/**
 * A row whose award cell is blank, under a decision every other row of which (two at least) names
 * one and the same award: that award is what the decision gave, and the row is counted under it,
 * as the unit's own summary counts it. The blank cell stays an error, which says what was assumed.
 */
function awardsFromDecisions(records: AwardRecord[], blankAward: Map<AwardRecord, Finding>): void {
  if (!blankAward.size) return;
  const byDecision = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const r of records) {
    if (!r.decisionNumber || !r.awardText || !r.awardId) continue;
    const key = decisionNumberKey(r.decisionNumber);
    (byDecision.get(key) ?? byDecision.set(key, new Set()).get(key)!).add(r.awardId);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (const [record, finding] of blankAward) {
    if (!record.decisionNumber) continue;
    const key = decisionNumberKey(record.decisionNumber);
    const ids = byDecision.get(key);
    if (!ids || ids.size !== 1 || (count.get(key) ?? 0) < 2) continue;
    const [id] = ids;
    const sibling = records.find((r) => r.awardId === id && r.decisionNumber && decisionNumberKey(r.decisionNumber) === key)!;
    record.awardText = sibling.awardText;
    record.awardId = id;
    record.awardFromDecision = record.decisionNumber;
    if (!record.kind && sibling.kind && sibling.kindSource === "award") {
      record.kind = sibling.kind;
      record.kindSource = "award";
    }
    finding.data.inferredAward = sibling.awardText;
    finding.data.decision = record.decisionNumber;
  }
}

/**
 * A CCCD / CMND as a comparable key: digits only, leading zeros dropped (a number cell has lost
 * them already). Fewer than 9 digits (CMND has 9, CCCD 12) is no identity number: not used.
 */
export function idNumberOf(text: string): string | undefined {
  const digits = text.replace(/\D/g, "");
  return digits.length >= 9 && digits.length <= 12 ? digits.replace(/^0+/, "") : undefined;
}
