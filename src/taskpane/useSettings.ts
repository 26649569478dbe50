/**
 * Thiết lập: the period (guessed from the files' titles, shown, editable), the CSTĐCS cap, the unit
 * list and the campaign names. A period the user has not touched is sent as "none" so the engine
 * guesses it exactly as the CLI does without --period: the pane and the CLI agree on the same files,
 * from the first click on.
 */
import * as React from "react";
import type { CampaignRow } from "./paneTypes";

export interface SettingsState {
  from: string;
  to: string;
  /** true once the user typed a period (then it is sent as given, as the CLI's --period) */
  edited: boolean;
  setPeriod: (from: string, to: string) => void;
  /** shows a guessed period, unless the user typed one */
  showGuess: (period: { from: string; to: string } | undefined) => void;
  /** the period to send: the user's when typed and complete, otherwise none (the engine guesses) */
  period: () => { from: string; to: string } | undefined;
  ratio: string;
  setRatio: (v: string) => void;
  ratioLimit: () => number | undefined;
  registry: File | null;
  setRegistry: (f: File | null) => void;
  campaigns: CampaignRow[];
  setCampaigns: React.Dispatch<React.SetStateAction<CampaignRow[]>>;
  /** the user's decisions on unsettled award names (AwardDecisions): name as written -> catalogue id or "không tính" */
  awardDecisions: Record<string, string>;
  setAwardDecisions: React.Dispatch<React.SetStateAction<Record<string, string>>>;
  /** a province's own catalogue (LocalCatalogueField): its file name and entries, kept with the report */
  localCatalogue: LocalCatalogue | null;
  setLocalCatalogue: React.Dispatch<React.SetStateAction<LocalCatalogue | null>>;
  nextCampaignId: () => number;
}

export interface LocalCatalogue {
  /** the file it came from, or "" when it came with the workbook's report */
  name: string;
  entries: unknown[];
}

export function useSettings(): SettingsState {
  const [from, setFrom] = React.useState("");
  const [to, setTo] = React.useState("");
  const [edited, setEdited] = React.useState(false);
  const [ratio, setRatio] = React.useState("15");
  const [registry, setRegistry] = React.useState<File | null>(null);
  const [campaigns, setCampaigns] = React.useState<CampaignRow[]>([]);
  const [awardDecisions, setAwardDecisions] = React.useState<Record<string, string>>({});
  const [localCatalogue, setLocalCatalogue] = React.useState<LocalCatalogue | null>(null);
  const nextId = React.useRef(1);
  return {
    from,
    to,
    edited,
    setPeriod: (f, t) => {
      setFrom(f);
      setTo(t);
      setEdited(f !== "" || t !== "");
    },
    showGuess: (p) => {
      if (edited || !p) return;
      setFrom(p.from);
      setTo(p.to);
    },
    period: () => (edited && from && to ? { from, to } : undefined),
    ratio,
    setRatio,
    ratioLimit: () => (Number(ratio) > 0 ? Number(ratio) / 100 : undefined),
    registry,
    setRegistry,
    campaigns,
    setCampaigns,
    awardDecisions,
    setAwardDecisions,
    localCatalogue,
    setLocalCatalogue,
    nextCampaignId: () => nextId.current++,
  };
}
