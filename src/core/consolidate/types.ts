/**
 * What consolidation needs from outside: the options, and a small view of the award catalogue.
 * The catalogue (src/core/domain/awards.ts) is reached only through `AwardInfo`, so this folder
 * does not depend on how the catalogue stores its entries.
 */
import type { FileLedger, Issue, RecipientKind } from "../model";
import type { RegistryUnit } from "../rules/rule";
import type { Lang } from "../i18n/report-texts";

export interface AwardInfo {
  id: string;
  /** official Vietnamese name ("Giấy khen của Chủ tịch UBND huyện") */
  name: string;
  /** who grants it ("Chủ tịch UBND huyện"), when the catalogue knows */
  issuer?: string;
  /** id of the award this one is totalled under ("Tập thể lao động tiên tiến" -> Lao động tiên tiến) */
  reportAs?: string;
  /** danh hiệu thi đua (title) or hình thức khen thưởng (form); guessed from the name when absent */
  category?: "title" | "form";
  /** the only recipient kinds the award can go to, used when a record does not say */
  kinds?: RecipientKind[];
  /** order in reports, lower first (higher awards first); guessed from the name when absent */
  rank?: number;
}

export type AwardLookup = (id: string) => AwardInfo | undefined;

export interface ConsolidateOptions {
  /** reporting period, ISO dates inclusive */
  period?: { from: string; to: string };
  /** units expected to report, in the order the report lists them */
  registry?: RegistryUnit[];
  issues: Issue[];
  ledger: FileLedger[];
  lang: Lang;
  awardInfo: AwardLookup;
  /**
   * For a record the reader could not recognise (no awardId): the award id its text is meant as
   * ("Lao đông tiến tiến" -> Lao động tiên tiến), so it is counted where it belongs while the
   * award-unknown rule still reports the cell. Without it, the text is listed as written.
   */
  intendedAwardId?: (awardText: string) => string | undefined;
  title?: string;
  /**
   * Campaigns of decisions no file names ("398/QĐ-UBND" -> "Phòng, chống dịch Covid-19"). A
   * decision named in one file is already applied to its rows in every other file.
   */
  decisionCampaigns?: Record<string, string>;
  /**
   * Campaigns (by name) that get a sentence of their own. When absent, a thematic/ad hoc campaign
   * gets its own sentence when it includes an award other than the commonest one of the
   * thematic/ad hoc awards (the seed: Covid-19 and the elections, which have provincial Bằng khen).
   */
  featuredCampaigns?: string[];
  /**
   * How a total row ("Tổng đàn gia súc") is consolidated when its sub-rows carry numbers:
   * "children" (default) sums the sub-rows, so a typed-wrong or broken total does not spread into
   * the district total (the total-mismatch / formula-error rules report the cell); "stated" uses
   * the value typed in the cell, falling back to the sub-rows when the cell holds no number.
   */
  parentTotals?: "children" | "stated";
}
