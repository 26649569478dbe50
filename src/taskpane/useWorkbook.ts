/**
 * The open workbook as the pane sees it: its sheets (the add-in's own report sheets not ticked),
 * and the report kept in it by an earlier run (the units' data, read when the pane opens).
 */
import * as React from "react";
import { useLatest } from "./useLatest";
import type { SheetInfo } from "../excel/gateway";
import type { Lang, Translate } from "../i18n/strings";
import type { EngineService, StoredReport } from "./engineService";
import { messageOf } from "./paneTypes";
import type { WorkbookHost } from "./workbookHost";

export interface WorkbookState {
  workbookName: string;
  sheets: SheetInfo[];
  chosenSheets: Set<string>;
  setChosen: (name: string, on: boolean) => void;
  /** lists the sheets again (after a report was written) */
  refresh: () => void;
  stored: StoredReport | null;
  setStored: (s: StoredReport | null) => void;
}

export function useWorkbook(
  host: WorkbookHost,
  engine: EngineService,
  lang: Lang,
  t: Translate,
  onOpened: (info: StoredReport) => void,
  onError: (message: string) => void,
): WorkbookState {
  const [workbookName, setWorkbookName] = React.useState<string>(t("workbookFile"));
  const [sheets, setSheets] = React.useState<SheetInfo[]>([]);
  const [chosenSheets, setChosenSheets] = React.useState<Set<string>>(new Set());
  const [stored, setStored] = React.useState<StoredReport | null>(null);
  const opened = useLatest(onOpened);
  const failed = useLatest(onError);

  React.useEffect(() => {
    if (!host.available) return;
    host
      .listSheets()
      .then((list) => {
        setWorkbookName(list.workbook);
        setSheets(list.sheets);
        setChosenSheets(new Set(list.sheets.filter((s) => !s.createdByAddin).map((s) => s.name)));
        // a report made earlier (days ago, or by the CLI) keeps each unit's part: a unit's new
        // file can replace its part without the other files
        return host.readReportData();
      })
      .then((cells) => (cells ? engine.openReport(cells, lang) : null))
      .then((info) => {
        if (!info) return;
        setStored(info);
        opened.current(info);
      })
      .catch((e) => failed.current(messageOf(e, lang)));
  }, [host, engine, lang, opened, failed]);

  const setChosen = React.useCallback((name: string, on: boolean) => {
    setChosenSheets((old) => {
      const next = new Set(old);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  }, []);
  const refresh = React.useCallback(() => {
    // the list of sheets changed: the new report sheet must not be read as a source next time
    host.listSheets().then((list) => setSheets(list.sheets), () => undefined);
  }, [host]);
  return { workbookName, sheets, chosenSheets, setChosen, refresh, stored, setStored };
}
