/**
 * ReportModel: the consolidated result, independent of any writer.
 *
 * Two faces:
 *  - semantic totals (awards, figures, sentences) for JSON output and tests;
 *  - `sheets`: the same content laid out as titled 2-D tables; src/core/report-plan/ turns them
 *    into the report as drawn (cells, formats, merges, widths, print setup), and both writers
 *    (office-js, .xlsx via exceljs) draw that plan as it is.
 */
import type { Issue, Localized, Occasion, SourceRef } from "./model";

/** One contribution to a consolidated figure: who sent it, and from which cell. */
export interface Contribution {
  sender: string;
  ref: SourceRef;
  value: number;
}

export interface AwardTotal {
  /** official Vietnamese name of the award (catalogue), or the text as written when unknown */
  award: string;
  awardId?: string;
  /** who grants it ("Chủ tịch UBND huyện"), when known */
  issuer?: string;
  occasion: Occasion;
  /** a named campaign when the sources name one (bầu cử, Covid-19) */
  campaign?: string;
  collectives: number;
  individuals: number;
  households: number;
  /** every record counted, for provenance */
  sources: SourceRef[];
  /**
   * The award did not resolve to a catalogue entry: a line of its own ("Chưa xác định: <text>"),
   * outside every known total and every sentence, until the user maps it (--award-map, the pane).
   */
  unresolved?: true;
  /** for an unresolved line: the award text as the files write it */
  writtenAs?: string;
}

export interface FigureTotal {
  section: string;
  indicator: string;
  /** ĐVT */
  measure: string;
  plan: number | null;
  actual: number | null;
  /** recomputed from the sums: actual / plan * 100, rounded to 1 decimal; null without a plan */
  percentOfPlan: number | null;
  parent?: string;
  contributions: { plan: Contribution[]; actual: Contribution[] };
  /** true when this indicator matched no other unit's (listed, never dropped) */
  unmatched?: boolean;
}

export type ReportCell = string | number | null;

/** Number format per column for a table body: Excel format codes. */
export type ColumnFormat = "text" | "#,##0" | "#,##0.0" | "#,##0.###" | "0.0%" | "dd/mm/yyyy";

export interface ReportTable {
  id: string;
  title: string;
  /**
   * header rows (one or two); a null cell continues the merge of the cell to its left; in the
   * second row, "" under a header cell continues that cell downwards (merged vertically)
   */
  header: (string | null)[][];
  rows: ReportCell[][];
  /** one per column */
  formats: ColumnFormat[];
  /** relative widths in characters, one per column */
  widths: number[];
  /** rows (0-based in `rows`) to draw bold: totals and section rows */
  boldRows?: number[];
  /** a note printed under the table */
  note?: string;
}

export interface ReportSheet {
  /** the sheet's name ("Tổng hợp", "Kiểm tra", "Nguồn"); writers make it unique */
  name: string;
  /** merged title lines at the top */
  title: string[];
  tables: ReportTable[];
}

export interface ReportModel {
  title: string;
  period?: { from: string; to: string };
  awards: AwardTotal[];
  figures: FigureTotal[];
  sentences: string[];
  issues: Issue[];
  sheets: ReportSheet[];
  /** language the sheet texts were written in */
  lang: keyof Localized;
}
