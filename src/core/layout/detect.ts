/**
 * Table recognition in a Grid: where each table's header is (one or two rows, merged), which role
 * each column plays, what kind of table it is, and what each body row is (item, section, subtotal,
 * repeated header, note, signature, blank, column numbering).
 *
 * Several tables may be stacked in one sheet; a table may start in any column; a title block sits
 * above and a signature block below. Nothing here knows a file, sheet or unit name.
 */
import { cellText, type Grid, isEmptyCell, mergeAt } from "../grid";
import type { ColumnRole, RowKind, TableKind } from "../model";
import { headerKey } from "../text/normalize";
import { looksLikeCollectiveName, looksLikePersonName, parseRecipientKind } from "../domain/recipientKind";
import { headerRole, isColumnNumberToken, isKnownOtherHeader } from "./headers";
import { columnContentKind, type InferredColumn, roleFromContent } from "./infer";
import { isExampleMarker, isNoteText, isSectionMarker, isSignatureForm, isSignatureText, isSubtotalText } from "./rowText";
import { type TransposedFigures, transposedAt } from "./transposed";
import { type CrossTab, crossTabOf, pickByYear } from "./crossTab";
import { decidedRoles, decisionsKey } from "./columnDecisions";

export { isExampleMarker, isSectionMarker, isSignatureForm, isSignatureText, isSubtotalText } from "./rowText";

export type { InferredColumn } from "./infer";
export { tableKind, type CodeColumn, type ColumnMap, type MatrixColumn } from "./headerRow";
import { type CodeColumn, headerAt, rowTexts, tableKind, type ColumnMap, type HeaderCandidate, type MatrixColumn } from "./headerRow";

export interface BodyRow {
  /** 0-based row index in the grid */
  row: number;
  kind: RowKind;
  /** for a section row: its text ("TẬP THỂ", "KINH TẾ") */
  sectionText?: string;
}

export interface DetectedTable {
  kind: TableKind;
  headerTop: number;
  headerBottom: number;
  firstCol: number;
  lastCol: number;
  columns: ColumnMap;
  /** header text per column (both header rows joined), for the ledger and messages */
  headerTexts: Record<number, string>;
  body: BodyRow[];
  /** text lines above the header, nearest last: the title block */
  titleLines: string[];
  /**
   * Every award column when the header has more than one: "Danh hiệu thi đua" and "Hình thức
   * khen thưởng" side by side, a row filling one or the other. `columns.award` is the first.
   */
  awardColumns?: number[];
  /** every kind column when more than one names the kind (see HeaderCandidate.kindColumns) */
  kindColumns?: number[];
  /** set for a MATRIX table (see MatrixColumn): one column per award, marks in the cells */
  matrix?: MatrixColumn[];
  /** columns whose role was read from their contents (blank or unknown header cell): reported as a warning */
  inferred?: InferredColumn[];
  /** set for figures with units or periods across the columns (see crossTab.ts) */
  crossTab?: CrossTab;
  /** set for figures drawn the other way round (indicators across, figure lines down): see transposed.ts */
  transposed?: TransposedFigures;
  /** columns of codes ("Mã hình thức khen thưởng"): resolved through the workbook's look-up sheet (records/codes.ts) */
  codeColumns?: CodeColumn[];
}

/** The value columns of a kind: a section row has none of them filled. */
function valueColumns(kind: TableKind, columns: ColumnMap, extra: number[]): number[] {
  const roles: ColumnRole[] =
    kind === "figures"
      ? ["plan", "actual", "percent", "measure"]
      : kind === "awards"
        ? ["award", "issuer", "decision", "decisionNumber", "decisionDate", "recipientKind", "position", "positionUnit", "unit", "school"]
        : kind === "award-summary"
          ? ["collectives", "individuals", "households"]
          : [];
  return [...roles.map((r) => columns[r]).filter((c): c is number => c !== undefined), ...extra];
}

function classifyBody(grid: Grid, cand: HeaderCandidate, kind: TableKind, start: number, end: number, crossCols: number[] = [], headerColumns: ColumnMap = cand.columns): BodyRow[] {
  const out: BodyRow[] = [];
  const { columns, firstCol, lastCol } = cand;
  // a repeated header has the same header cells: the roles read from contents (or chosen by the
  // title's year) are not among them, so it is compared with the header's own roles (taken
  // before either was added)
  const headerSignature = JSON.stringify(
    Object.entries(headerColumns)
      .map(([r, c]) => `${r}:${c}`)
      .sort(),
  );
  // the MATRIX mark columns and a second award column are value columns too (a section row has none)
  const valueCols = valueColumns(kind, columns, [...(cand.awardColumns ?? []), ...(cand.matrix ?? []).map((m) => m.col), ...crossCols]);
  const textCol = columns.name ?? columns.indicator ?? columns.award ?? columns.familyName;
  const positionCols = new Set([columns.position, columns.positionUnit, columns.unit, columns.school].filter((c) => c !== undefined));
  const ownValueCols = valueCols.filter((c) => !positionCols.has(c));
  let signed = false;
  for (let r = start; r <= end; r++) {
    const texts = rowTexts(grid, r, firstCol - 1, lastCol + 1);
    // a row with a text has its array of cells (rowTexts found them there)
    const cells = grid.cells[r];
    // a template's blank row holds only look-up formulas over empty input (#N/A): nothing typed
    if (texts.length === 0 || texts.every((t) => cells[t.col]!.t === "e" && !!cells[t.col]!.f)) {
      out.push({ row: r, kind: "blank" });
      continue;
    }
    const sttCell = columns.stt !== undefined ? cells[columns.stt] : undefined;
    const sttText = sttCell ? cellText(sttCell).trim() : "";
    const hasNumberStt = sttCell?.t === "n" || /^\d+[.)]?$/.test(sttText);
    // the row's own values (award, decision, figures), not a position cell that may say "Giám đốc"
    // (a signature line may sit in a value column: "TM. ỦY BAN NHÂN DÂN" under the award)
    const ownValuesEmpty = () => ownValueCols.every((c) => isEmptyCell(cells[c]) || isSignatureText(cellText(cells[c]).trim()));
    if (signed) {
      // the block ends the table: a numbered row with values after it is data (a list typed on)
      if (!(hasNumberStt && !ownValuesEmpty())) {
        out.push({ row: r, kind: "signature" });
        continue;
      }
      signed = false;
    }
    // the block's form ("Người lập biểu", "TM. ...") starts it; a job title only on a row of its own
    const signatureTexts = hasNumberStt ? [] : texts.filter((t) => isSignatureText(t.text));
    // (a row whose texts are all signature lines has no value of its own either: a value cell
    // holding one counts as empty, see ownValuesEmpty)
    // (texts is not empty here: no signature text, no signature row)
    if (signatureTexts.some((t) => isSignatureForm(t.text)) || signatureTexts.length === texts.length) {
      signed = true;
      out.push({ row: r, kind: "signature" });
      continue;
    }
    // a repeated header where a printed list spans pages
    const again = headerAt(grid, r);
    if (again) {
      const sig = JSON.stringify(
        Object.entries(again.columns)
          .map(([k, c]) => `${k}:${c}`)
          .sort(),
      );
      if (sig === headerSignature) {
        out.push({ row: r, kind: "header" });
        while (r < again.bottom && r < end) out.push({ row: ++r, kind: "header" });
        continue;
      }
    }
    if (texts.length >= 2 && texts.every((t) => isColumnNumberToken(t.text) || /^[A-Z]$/.test(t.text))) {
      if (texts.some((t) => /^\(\d+\)$/.test(t.text)) || texts.length >= 3) {
        const allSequential = texts.every((t) => cells[t.col]!.t === "s" || t.col !== columns.stt);
        // column letters "A | B | C | D | E" under a form's header number its columns too
        const letters = texts.every((t) => /^[A-Z]$/.test(t.text)) && texts.every((t, i) => i === 0 || t.text.charCodeAt(0) > texts[i - 1].text.charCodeAt(0));
        if (allSequential && (letters || textCol === undefined || isColumnNumberToken(cellText(cells[textCol]) || "1"))) {
          out.push({ row: r, kind: "numbering" });
          continue;
        }
      }
    }
    // a sample row a template carries ("VD:", "Ví dụ", "Mẫu" in its first cells) is not a recipient or an indicator
    if (texts.length && (isExampleMarker(texts[0].text) || (texts.length > 1 && isExampleMarker(texts[1].text)))) {
      out.push({ row: r, kind: "example" });
      continue;
    }
    const mainText = textCol !== undefined ? cellText(cells[textCol]).trim() : "";
    const firstText = texts.find((t) => t.col !== columns.stt)?.text ?? texts[0].text;
    if (isSubtotalText(mainText || firstText) || (sttText && isSubtotalText(sttText))) {
      out.push({ row: r, kind: "subtotal" });
      continue;
    }
    const valuesEmpty = valueCols.every((c) => isEmptyCell(cells[c]));
    if (!hasNumberStt && isNoteText(firstText) && valuesEmpty) {
      out.push({ row: r, kind: "note" });
      continue;
    }
    // a group heading inside a list ("1 | Trường Mầm non Hoa Ban" merged across the row) is a
    // section even with a number: its text spans the value columns, so it cannot be an award row
    const mergedAcross = textCol !== undefined && (mergeAt(grid, r, textCol)?.c1 ?? textCol) - (mergeAt(grid, r, textCol)?.c0 ?? textCol) >= 2;
    if (kind === "awards" && hasNumberStt && valuesEmpty && mergedAcross && texts.length <= 2) {
      out.push({ row: r, kind: "section", sectionText: mainText });
      continue;
    }
    if (!hasNumberStt && valuesEmpty && (isSectionMarker(sttText) || (texts.length === 1 && (!sttText || sttText.length > 3)))) {
      const sectionText = texts.filter((t) => t.col !== columns.stt).map((t) => t.text).join(" ") || sttText;
      out.push({ row: r, kind: "section", sectionText });
      continue;
    }
    out.push({ row: r, kind: "item" });
  }
  return out;
}

/**
 * The list attached to a decision ("DANH SÁCH ... được tặng Giấy khen ... (Kèm theo Quyết định số
 * 415/QĐ-UBND ...)") has names and workplaces but no award or decision column: both are in the
 * title. Such a table is an award list when its title says so.
 */
function isAttachedAwardList(columns: ColumnMap, titleLines: string[]): boolean {
  const has = (r: ColumnRole) => columns[r] !== undefined;
  if (!(has("name") || has("familyName")) || !(has("position") || has("positionUnit") || has("unit") || has("school"))) return false;
  return titleLines.some((line) => /\b(kem theo quyet dinh|duoc tang|duoc khen thuong|duoc cong nhan|de nghi khen thuong|de nghi tang)\b/.test(headerKey(line)));
}

/**
 * Give a role to the columns whose header cell is blank or unknown when the table lacks that role
 * and the column's contents say which it is (see infer.ts). Mutates the candidate; returns what
 * was inferred, for the warning at each header cell.
 */
function inferColumns(grid: Grid, cand: HeaderCandidate, end: number): InferredColumn[] {
  const out: InferredColumn[] = [];
  const rows: number[] = [];
  for (let r = cand.bottom + 1; r <= end && rows.length < 60; r++) rows.push(r);
  const used = new Set(Object.values(cand.columns));
  // the column just right of the last header cell may hold data under a blank header too
  const decided = decidedRoles(grid);
  for (let col = cand.firstCol; col <= cand.lastCol + 1; col++) {
    // a column the user said is not read ("none") is not read from its contents either
    if (used.has(col) || decided?.get(col) === "none") continue;
    const headerText = cand.headerTexts[col] ?? "";
    if (headerText && isKnownOtherHeader(headerText)) continue;
    const content = columnContentKind(grid, col, rows);
    const role = content && roleFromContent(content, col, cand.columns);
    if (!role) continue;
    cand.columns[role] = col;
    used.add(col);
    if (col > cand.lastCol) cand.lastCol = col;
    out.push({ col, role, headerText });
  }
  return out;
}

/**
 * Look-up lists side by side, as import templates keep them ("STT | Mã số | Hình thức khen thưởng |
 * (blank) | STT | Mã số | Danh hiệu thi đua | ..."): two or more STT columns in the header with a
 * blank column between the lists. Their entries name awards and units but are no unit's data.
 */
function isSideBySideLookup(cand: HeaderCandidate): boolean {
  const texts = cand.headerTexts;
  const stt = Object.values(texts).filter((t) => headerRole(t) === "stt").length;
  if (stt < 2) return false;
  for (let c = cand.firstCol; c <= cand.lastCol; c++) if (!texts[c]?.trim()) return true;
  return false;
}

/**
 * A table that illustrates an instruction: its sheet is named as instructions ("Hướng dẫn", "Cách
 * nhập", "Ví dụ") or its title block opens with one ("HƯỚNG DẪN NHẬP DANH SÁCH", "Ví dụ:"). Its rows
 * are examples, never a unit's data. A title that cites a guidance document ("Theo Hướng dẫn số
 * 12/HD-SNV") does not start with it and is not one.
 */
function isInstruction(sheet: string, titleLines: string[]): boolean {
  const opens = (text: string) => /^(huong dan|cach nhap|vi du|vd)( |$)/.test(headerKey(text));
  return opens(sheet) || titleLines.some(opens);
}

/**
 * A row holding only a name ("Lê Thanh Hải", "UBND Huyện"), no STT, after the list's last full
 * row: a heading heads the rows under it, and these have none. They are recipients whose other
 * cells (the award among them) are not filled yet, as a list exported before the awards were
 * chosen; read as rows, the missing award is then an error at its cell. A kind heading ("Tập thể")
 * or a numbered heading ("II. Cá nhân") stays a section.
 */
function namesAloneAreRecipients(grid: Grid, columns: ColumnMap, body: BodyRow[]): void {
  const nameCol = columns.name ?? columns.familyName;
  if (nameCol === undefined) return;
  let lastItem = -1;
  body.forEach((b, i) => {
    if (b.kind === "item") lastItem = i;
  });
  for (let i = lastItem + 1; i < body.length; i++) {
    const b = body[i];
    if (b.kind === "signature") break;
    if (b.kind !== "section") continue;
    const text = cellText(grid.cells[b.row]?.[nameCol]).trim();
    if (!text || text !== b.sectionText || parseRecipientKind(text) || /^([A-Za-z]|[IVX]+|\d+)[.)]\s/u.test(text)) continue;
    if (looksLikePersonName(text) || looksLikeCollectiveName(text)) {
      b.kind = "item";
      delete b.sectionText;
    }
  }
}

/**
 * Tables found per Grid (and the user's decisions on its columns): the registry look-up and the
 * reader ask for the same sheets, and detection walks every cell. A WeakMap: gone with the grid.
 * A grid's cells are not changed after its tables are asked for (legacy text is decoded before,
 * in engine.prepareInput).
 */
const detected = new WeakMap<Grid, { decisions: string; tables: DetectedTable[] }>();

/** Every table in the sheet, top to bottom (computed once per Grid and the user's decisions on its columns). */
export function detectTables(grid: Grid): DetectedTable[] {
  const decisions = decisionsKey(grid);
  let found = detected.get(grid);
  if (found?.decisions !== decisions) {
    found = { decisions, tables: findTables(grid) };
    detected.set(grid, found);
  }
  return found.tables;
}

function findTables(grid: Grid): DetectedTable[] {
  const candidates: HeaderCandidate[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const cand = headerAt(grid, r);
    if (!cand) continue;
    const prev = candidates[candidates.length - 1];
    // a header identical to the previous table's is a repeated page header, not a new table
    if (prev && JSON.stringify(prev.columns) === JSON.stringify(cand.columns)) {
      r = cand.bottom;
      continue;
    }
    candidates.push(cand);
    r = cand.bottom;
  }
  if (candidates.length === 0) return transposedTables(grid);
  const tables: DetectedTable[] = [];
  let titleStart = 0;
  for (let i = 0; i < candidates.length; i++) {
    const cand = candidates[i];
    // a MATRIX table is an award table: its awards are in the header, its marks in the cells
    const end = i + 1 < candidates.length ? candidates[i + 1].top - 1 : grid.rowCount - 1;
    const titleLines: string[] = [];
    for (let r = titleStart; r < cand.top; r++) for (const t of rowTexts(grid, r)) titleLines.push(t.text);
    // look-up lists are no unit's data: nothing is inferred from them, their rows are look-up entries
    const lookup = isSideBySideLookup(cand);
    // units or periods across the columns: their figures are read by the cross-tab, not inferred
    const headerColumns = { ...cand.columns };
    let crossTab = cand.matrix || lookup ? undefined : crossTabOf(cand.columns, cand.headerTexts, titleLines);
    // "Thực hiện năm 2022 | Thực hiện năm 2023": the title's year is the figure, else the table is unclear
    for (const role of ["plan", "actual"] as const) {
      const pick = cand.columns.indicator !== undefined && !crossTab ? pickByYear(cand.roleColumns ?? [], cand.headerTexts, role, titleLines) : undefined;
      if (pick?.chosen !== undefined) cand.columns[role] = pick.chosen;
      else if (pick) crossTab = { axis: "periods", columns: [] };
    }
    if (crossTab?.chosen !== undefined) cand.columns.actual = crossTab.chosen;
    const inferred = cand.matrix || lookup || crossTab ? [] : inferColumns(grid, cand, end);
    let kind: TableKind = cand.matrix && (cand.columns.name !== undefined || cand.columns.familyName !== undefined) ? "awards" : tableKind(cand.columns);
    // units across are read one unit per column; periods across with no column of the title's period are reported
    if (crossTab?.axis === "units") kind = "figures";
    else if (crossTab && crossTab.chosen === undefined) kind = "other";
    if (kind === "other" && isAttachedAwardList(cand.columns, titleLines)) kind = "awards";
    if (lookup) kind = "other";
    const body = classifyBody(grid, cand, kind, cand.bottom + 1, end, crossTab?.columns.map((c) => c.col), headerColumns);
    if (kind === "awards" && i + 1 === candidates.length) namesAloneAreRecipients(grid, cand.columns, body);
    // the rows under an instruction ("HƯỚNG DẪN NHẬP ...", "Ví dụ:") show how to fill the form
    const rowsAre = lookup ? "lookup" : isInstruction(grid.sheet, titleLines) ? "example" : undefined;
    if (rowsAre) {
      for (const b of body) if (b.kind === "item") b.kind = rowsAre;
    }
    tables.push({
      kind,
      headerTop: cand.top,
      headerBottom: cand.bottom,
      firstCol: cand.firstCol,
      lastCol: cand.lastCol,
      columns: cand.columns,
      headerTexts: cand.headerTexts,
      body,
      titleLines,
      ...(cand.awardColumns ? { awardColumns: cand.awardColumns } : {}),
      ...(cand.kindColumns ? { kindColumns: cand.kindColumns } : {}),
      ...(cand.matrix ? { matrix: cand.matrix } : {}),
      ...(inferred.length ? { inferred } : {}),
      ...(crossTab ? { crossTab } : {}),
      ...(cand.codeColumns ? { codeColumns: cand.codeColumns } : {}),
    });
    // the next table's title block starts after this table's last data row: trailing section or
    // note lines before the next header are that table's title, not this table's sections
    const lastItem = [...body].reverse().find((b) => b.kind === "item" || b.kind === "subtotal" || b.kind === "header" || b.kind === "numbering");
    titleStart = lastItem ? lastItem.row + 1 : cand.bottom + 1;
    if (i + 1 < candidates.length) {
      for (const b of body) if (b.row >= titleStart && b.kind === "section") b.kind = "note";
    }
  }
  return tables;
}

/**
 * Figures drawn the other way round (transposed.ts), in a sheet with no header row: the indicator
 * row is the table's header; of the figure lines, the actual line (else the plan) holds the
 * records and the others are `values` rows read into them; what follows is classified as under
 * any table (blank, notes, signature), and a line the reader does not know is an item not read.
 */
function transposedTables(grid: Grid): DetectedTable[] {
  for (let r = 0; r < grid.rowCount; r++) {
    const t = transposedAt(grid, r);
    if (!t) continue;
    const lastCol = Math.max(...t.itemCols);
    const headerTexts: Record<number, string> = {};
    for (const c of [t.labelCol, ...t.itemCols]) headerTexts[c] = cellText(grid.cells[r]?.[c]).trim();
    const titleLines: string[] = [];
    for (let h = 0; h < r; h++) for (const x of rowTexts(grid, h)) titleLines.push(x.text);
    const recordRow = t.lines.actual ?? t.lines.plan!;
    const body: BodyRow[] = [];
    // every row down to lastRow has a label (transposedAt stops at the first blank one)
    for (let b = r + 1; b <= t.lastRow; b++) body.push({ row: b, kind: b === recordRow || t.unknownLines.includes(b) ? "item" : "values" });
    const cand: HeaderCandidate = { top: r, bottom: r, columns: { indicator: t.labelCol }, headerTexts, firstCol: t.labelCol, lastCol };
    // one transposed table per sheet: the rest of the sheet is its tail (notes, signature)
    body.push(...classifyBody(grid, cand, "figures", t.lastRow + 1, grid.rowCount - 1));
    return [{ kind: "figures", headerTop: r, headerBottom: r, firstCol: t.labelCol, lastCol, columns: { indicator: t.labelCol }, headerTexts, body, titleLines, transposed: t }];
  }
  return [];
}
