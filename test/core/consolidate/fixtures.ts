/** Hand-made ParsedFile records for the consolidation tests. */
import type { AwardRecord, FigureRow, Occasion, RecipientKind } from "../../../src/core/model";
import type { ParsedFile, ParsedSheet } from "../../../src/core/rules/rule";
import type { AwardInfo } from "../../../src/core/consolidate";

export const CATALOGUE: Record<string, AwardInfo> = {
  "gk-huyen": { id: "gk-huyen", name: "Giấy khen của Chủ tịch UBND huyện", issuer: "Chủ tịch UBND huyện" },
  "bk-tinh": { id: "bk-tinh", name: "Bằng khen của Chủ tịch UBND tỉnh", issuer: "Chủ tịch UBND tỉnh" },
  cstdcs: { id: "cstdcs", name: "Chiến sĩ thi đua cơ sở", kinds: ["individual"] },
  ldtt: { id: "ldtt", name: "Lao động tiên tiến", kinds: ["individual"] },
  ttldtt: { id: "ttldtt", name: "Tập thể lao động tiên tiến", reportAs: "ldtt", kinds: ["collective"] },
};
export const lookup = (id: string) => CATALOGUE[id];

export const ELECTION = "Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026";
export const COVID = "Phòng, chống dịch Covid-19";
export const SCHOOL_YEAR = "Năm học 2020 - 2021";

let rowNo = 10;
export interface AwardSpec {
  awardId?: string;
  awardText?: string;
  kind?: RecipientKind;
  occasion?: Occasion;
  campaign?: string;
  decisionDate?: string;
  sender?: string;
}

/** `n` award rows alike, each with its own row number. */
export function awardRows(n: number, spec: AwardSpec, file = "x.xlsx", sheet = "DS"): AwardRecord[] {
  const out: AwardRecord[] = [];
  for (let i = 0; i < n; i++) {
    const row = rowNo++;
    out.push({
      ref: { file, sheet, cell: `B${row}`, row },
      sender: spec.sender,
      name: `Người ${row}`,
      kind: spec.kind,
      kindSource: spec.kind ? "section" : "unknown",
      awardText: spec.awardText ?? (spec.awardId ? CATALOGUE[spec.awardId].name : ""),
      awardId: spec.awardId,
      occasion: spec.occasion,
      campaign: spec.campaign,
      decisionDate: spec.decisionDate,
      cells: { name: `B${row}`, award: `D${row}` },
    });
  }
  return out;
}

export function sheet(file: string, name: string, parts: Partial<ParsedSheet>): ParsedSheet {
  return { file, sheet: name, kind: parts.figures?.length ? "figures" : "awards", awards: [], figures: [], summaries: [], findings: [], ...parts };
}

export function parsedFile(file: string, sender: string | undefined, sheets: ParsedSheet[]): ParsedFile {
  return {
    file,
    ledger: {
      file,
      sender,
      sheets: sheets.map((s) => ({ sheet: s.sheet, kind: s.kind, header: "A8:G8", columns: {}, rowsRead: s.awards.length + s.figures.length, rowsSkipped: 0, skipped: [] })),
    },
    sheets,
    findings: [],
  };
}

/** A figures sheet from compact rows: [stt, indicator, ĐVT, plan, actual, parentIndex?] */
export type FigSpec = [section: string, stt: string, indicator: string, measure: string, plan: number | null, actual: number | null, parent?: number];

export function figureRows(file: string, sheetName: string, sender: string | undefined, specs: FigSpec[]): FigureRow[] {
  return specs.map(([section, stt, indicator, measure, plan, actual, parent], i) => {
    const row = 10 + i;
    return {
      ref: { file, sheet: sheetName, cell: `B${row}`, row },
      sender,
      section,
      stt,
      indicator,
      measure,
      plan,
      actual,
      percent: null,
      ...(parent !== undefined ? { parent } : {}),
      ...(specs.some((s) => s[6] === i) ? { hasChildren: true } : {}),
      cells: { indicator: `B${row}`, plan: `D${row}`, actual: `E${row}` },
    };
  });
}
