/**
 * Thresholds and dates the TĐKT rules depend on, kept as data (domain.md §0: "keep thresholds in a
 * configuration table, not in code"). Rules read these through CheckOptions overrides first.
 */

/** The legal frameworks, by the date of the decision (or of the achievement when known). */
export interface LegalFramework {
  id: "2017" | "2024" | "2025";
  /** ISO dates, inclusive; open ends are undefined */
  from?: string;
  to?: string;
  law: string;
  decree: string;
  circular: string;
}

export const LEGAL_FRAMEWORKS: LegalFramework[] = [
  {
    id: "2017",
    to: "2023-12-31",
    law: "Luật Thi đua, Khen thưởng 2003 (sửa đổi 2005, 2013)",
    decree: "Nghị định 91/2017/NĐ-CP",
    circular: "Thông tư 12/2019/TT-BNV",
  },
  {
    id: "2024",
    from: "2024-01-01",
    to: "2025-06-30",
    law: "Luật Thi đua, khen thưởng 06/2022/QH15",
    decree: "Nghị định 98/2023/NĐ-CP",
    circular: "Thông tư 01/2024/TT-BNV",
  },
  {
    id: "2025",
    from: "2025-07-01",
    law: "Luật Thi đua, khen thưởng 06/2022/QH15",
    decree: "Nghị định 152/2025/NĐ-CP, Nghị định 129/2025/NĐ-CP",
    circular: "Thông tư 15/2025/TT-BNV",
  },
];

/**
 * The framework in force on an ISO date. The frameworks are in date order, each beginning the day
 * after the previous one ends (a test checks it), and the last one is open: the first that has not
 * ended by the date is the one in force.
 */
export function frameworkOn(isoDate: string): LegalFramework {
  return LEGAL_FRAMEWORKS.find((f) => !f.to || isoDate <= f.to)!;
}

export const TDKT_CONFIG = {
  /**
   * CSTĐCS individuals may not exceed this share of the unit's LĐTT individuals.
   * NĐ 91/2017 Điều 9 khoản 3 (confirmed for the 2017 framework). Whether Luật 2022 / NĐ 98/2023 /
   * NĐ 152/2025 keep it is UNCONFIRMED: the same default applies until a province sets its own.
   */
  cstdcsRatioLimit: 0.15,
  /** last day the district tier (Chủ tịch UBND huyện) could grant awards (NĐ 129/2025) */
  districtTierLastDay: "2025-06-30",
  /** Levenshtein distance under which an unknown award text gets a "did you mean" suggestion */
  awardSuggestionMaxDistance: 4,
  /** ... or this share of the text's length, whichever is larger */
  awardSuggestionMaxRatio: 0.25,
} as const;

/**
 * Which misspelt award names are counted under their suggestion (all others go on a "Chưa xác
 * định" line until the user settles them): "none" — nothing counted under a suggestion; "slips"
 * (the default) — only a typing slip that changes no family, class or issuer level ("Lao đông tiến
 * tiến" is still Lao động tiên tiến: no line is crossed, the count cannot move to another award
 * kind); "all" — any suggestion, even across a line ("Bằng khen cuả Chủ tịch UBND huyện" ->
 * Giấy khen huyện), which is a guess and so only on request (CLI --suggestions all). Every such row
 * is reported (award-unknown) with the suggestion. A bare "Bằng khen" is never counted on a guess.
 */
export type SuggestionPolicy = "none" | "slips" | "all";
export const AWARD_POLICY: { countSuggested: SuggestionPolicy } = { countSuggested: "slips" };
