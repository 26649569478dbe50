/**
 * The records the engine reads out of tables, the issues it finds, and the import ledger.
 * Pure data, shared by every stage (layout -> records -> rules -> consolidate -> writers).
 */

/** Where a value came from: the file as given, the sheet, and the cell (A1) or row. */
export interface SourceRef {
  file: string;
  sheet: string;
  /** A1 address of the most telling cell of the record (e.g. the name cell) */
  cell: string;
  /** 1-based row number, as a spreadsheet shows it */
  row: number;
}

export type RecipientKind = "collective" | "individual" | "household";

/** Phương thức khen thưởng. Codes are stable; labels live in i18n. */
export type Occasion = "regular" | "thematic" | "adhoc";

export interface AwardRecord {
  ref: SourceRef;
  /** the unit that sent the file (from the title block / file), when known */
  sender?: string;
  /** recipient name as written (display spelling kept) */
  name: string;
  kind: RecipientKind | undefined;
  /** how the kind was learnt: a section row ("A. TẬP THỂ"), a kind column, the award's only kind, or the user's decision */
  kindSource: "section" | "column" | "award" | "user" | "unknown";
  position?: string;
  /** the recipient's unit / school / workplace, as written */
  unit?: string;
  /** award text as written (or as stated by the title when the column is missing) */
  awardText: string;
  /** canonical award id from the catalogue, when recognised */
  awardId?: string;
  /** for an unrecognised award text: the catalogue entry it most likely means (suggested, counted only for a slip) */
  suggestedAwardId?: string;
  /** the issuer as a "Cấp khen" column writes it */
  issuerText?: string;
  /** the named ministry of a Bộ-level award ("Bộ Giáo dục và Đào tạo"): totalled apart */
  awardDetail?: string;
  /** the award id was settled by another column (a bare "Giấy khen" and "Cấp khen: Chủ tịch UBND huyện") */
  awardSettledBy?: "issuer" | "user";
  /** the user decided this award is not counted ("không tính") */
  awardExcluded?: true;
  /** the award was not in the row but stated by the sheet's title (the award column is missing) */
  awardFromTitle?: boolean;
  /**
   * the award cell was blank and the award was taken from the other rows of the same decision
   * (every one of them names this one award): the decision number. The blank cell is still an error.
   */
  awardFromDecision?: string;
  occasion?: Occasion;
  /** a named campaign (bầu cử, Covid-19, ...) when the source names one */
  campaign?: string;
  decisionNumber?: string;
  /** ISO yyyy-mm-dd */
  decisionDate?: string;
  birthDate?: string;
  /** the person's CCCD / CMND / số định danh, digits only, leading zeros dropped (a number cell loses them) */
  idNumber?: string;
  note?: string;
  /** A1 address per column role, for issues that point at a specific cell */
  cells: Partial<Record<ColumnRole, string>>;
}

export interface FigureRow {
  ref: SourceRef;
  sender?: string;
  /** the section title ("KINH TẾ") the row sits under */
  section: string;
  /** the STT as written ("1", "-", "a") */
  stt: string;
  indicator: string;
  /** ĐVT */
  measure: string;
  plan: number | null;
  actual: number | null;
  /** stated % of plan, as a percent number (43.8), whatever its storage */
  percent: number | null;
  /** decimals shown for the percent (from its format), for rounding checks */
  percentDecimals?: number;
  /** index (in the same sheet's FigureRow list) of the parent row, for "-" children */
  parent?: number;
  /** whether the row has children (a parent/total row) */
  hasChildren?: boolean;
  /** the actual/plan cells hold a live formula */
  formulas?: Partial<Record<"plan" | "actual" | "percent", string>>;
  cells: Partial<Record<ColumnRole, string>>;
}

export interface SummaryRow {
  ref: SourceRef;
  sender?: string;
  awardText: string;
  awardId?: string;
  collectives: number | null;
  individuals: number | null;
  households?: number | null;
  /** a "Cộng" / "Tổng cộng" row */
  isTotal: boolean;
  cells: Partial<Record<ColumnRole, string>>;
}

/** The roles a table column can play. */
export type ColumnRole =
  | "stt"
  | "name"
  | "familyName" // "Họ đệm" when the name is split
  | "givenName" // "Tên"
  | "birthDate"
  | "idNumber" // "Số CCCD", "CMND", "Số định danh": tells a person from a namesake
  | "position"
  | "positionUnit" // "Chức vụ, đơn vị công tác" (combined)
  | "unit"
  | "school"
  | "award"
  | "issuer" // "Cấp khen": who gave a bare form ("Giấy khen" + "Chủ tịch UBND huyện")
  | "decision" // "Số, ngày QĐ" combined
  | "decisionNumber"
  | "decisionDate"
  | "recipientKind"
    // "Cấp khen": who granted the award, when the award cell does not say
  | "occasion"
  | "note"
  | "indicator"
  | "measure"
  | "plan"
  | "actual"
  | "percent"
  | "collectives"
  | "individuals"
  | "households"
  | "unitType";

export type TableKind = "awards" | "figures" | "award-summary" | "registry" | "other";

export type Severity = "error" | "warning" | "info";

/** A text in both languages (the one definition is in core/i18n/lang.ts). */
import type { Localized } from "./i18n/lang";
import type { PlainError } from "./errors";
export type { Lang, Localized } from "./i18n/lang";

export interface Issue {
  rule: string;
  severity: Severity;
  file: string;
  sheet?: string;
  /** A1 address, when the issue is at a cell */
  cell?: string;
  message: Localized;
  /** other cells involved (e.g. the first row of a duplicate), "Sheet!A1" or "file | sheet!A1" */
  related?: readonly string[];
}

/**
 * What a table row is. Stable names (the ledger counts rows by them): "example" is a row marked as
 * a sample ("Ví dụ", "VD:", "Mẫu") or any row of an instruction sheet; "lookup" a row of a lookup
 * list (a DANHMUC sheet feeding a drop-down). Neither is counted. "values" is a figure line of a
 * transposed figures table (indicators across): read into the indicators, whose records sit on
 * the actual line.
 */
export type RowKind = "item" | "section" | "subtotal" | "header" | "note" | "signature" | "blank" | "numbering" | "example" | "lookup" | "values";

/** A sheet that is not data, by its name: instructions ("Hướng dẫn") or a lookup list ("DANHMUC"). */
export type SheetClass = "instructions" | "lookup";

export interface SkippedRow {
  row: number;
  kind: RowKind;
  reason: Localized;
}

export interface SheetLedger {
  sheet: string;
  kind: TableKind;
  /** header range in A1 ("A8:F8", "A8:G9"); absent when no table was found */
  header?: string;
  /** column role -> column letter */
  columns: Partial<Record<ColumnRole, string>>;
  rowsRead: number;
  rowsSkipped: number;
  skipped: SkippedRow[];
  /** set for a sheet that is not data (instructions, lookup list): its rows are not counted */
  sheetClass?: SheetClass;
  /** legacy text converted in this sheet alone (the file's other sheets are Unicode): whole sheet, or these columns */
  legacy?: { encoding: "tcvn3" | "vni"; columns?: string[] };
  /** code columns resolved through a look-up sheet of the workbook (code -> name) */
  codes?: CodeColumnLedger[];
}

/** One code column of a table: which look-up list resolved it, and how many codes were (not) found. */
export interface CodeColumnLedger {
  /** column letter */
  column: string;
  /** the role its names play: "award", "unit", "recipientKind" */
  role: string;
  /** the sheet whose list resolved it; absent when no list of the workbook holds its codes */
  lookup?: string;
  /** resolved by a list the engine knows (a production system's codes, records/awardCodes.ts), not the workbook's */
  builtIn?: true;
  /** that list's header ("Hình thức khen thưởng") */
  list?: string;
  resolved: number;
  notFound: number;
}

/**
 * Where every row holding data in one sheet ended (see core/records/rowAccount.ts):
 * records + sum(structural) + sum(notRead rows) = rowsWithData. Rows not read are always reported
 * to the user (warnings `rows-not-read` / `sheet-no-table`).
 */
export interface RowAccount {
  sheet: string;
  /** rows holding at least one non-empty cell */
  rowsWithData: number;
  /** rows read into records (award, figure, summary line) */
  records: number;
  /** structural rows by reason: title, header, numbering, section, subtotal, note, signature, ... */
  structural: Record<string, number>;
  /** rows not read, by reason, as 1-based row numbers (each reason is a warning the user sees) */
  notRead: Record<string, number[]>;
  /**
   * columns of the sheet's tables the reader did not use (helper and code columns, a period it did
   * not take): letter and header text. Never a reason to drop a table; listed so nothing is unseen.
   */
  unreadColumns?: { column: string; header: string }[];
}

export interface FileLedger {
  file: string;
  /** why the file could not be read at all: the reader's error (code, message id, parameters, file) */
  error?: PlainError;
  /** the sending unit, when found */
  sender?: string;
  /** what named the sender: the title block, a labelled line ("Đơn vị: ..."), or the file name (matched to the registry) */
  senderSource?: "title" | "label" | "file-name";
  /** district-level areas its title lines name ("UBND HUYỆN X" -> "x", nameKey form): the run's home, for unit-unknown */
  titleAreas?: string[];
  /** "tcvn3" / "vni" when legacy text was converted */
  legacyEncoding?: "tcvn3" | "vni";
  sheets: SheetLedger[];
  /** the row account of every sheet of the file, in sheet order (absent for an unreadable file) */
  rowAccounts?: RowAccount[];
}
