/**
 * What the pane does: the one primary action (check, then write the report), a check alone, the
 * annotated copies, a unit's resubmission, and a quiet read of the files as soon as they are added
 * (to show each file's unit and the period guessed from the titles before the first click).
 */
import * as React from "react";
import { useLatest } from "./useLatest";
import type { Lang, Translate } from "../i18n/strings";
import { isoToday, type CheckSummary, type EngineService, type ResubmittedUnitView } from "./engineService";
import { ACCEPTED_NAME, bytesOf, campaignsOf, contentHash, messageOf, saveUrl, XLSX_TYPE, type Busy, type Copy, type PickedFile } from "./paneTypes";
import type { FilesState } from "./useFiles";
import type { SettingsState } from "./useSettings";
import type { WorkbookState } from "./useWorkbook";
import type { WorkbookHost } from "./workbookHost";

export interface RunState {
  busy: Busy;
  error: string | null;
  setError: (e: string | null) => void;
  /** a message that is not an error (nothing to consolidate) */
  notice: string | null;
  summary: CheckSummary | null;
  /** what the quiet read of the added files found (units, guessed period) */
  preview: CheckSummary | null;
  written: string | null;
  checkedFiles: string[];
  copies: Copy[];
  resubmitted: ResubmittedUnitView[] | null;
  wroteThisSession: boolean;
  runAll: () => Promise<void>;
  runCheck: () => Promise<boolean>;
  runAnnotate: (file: string) => Promise<void>;
  runResubmit: (list: FileList | null) => Promise<void>;
}

export function useRun(p: { host: WorkbookHost; engine: EngineService; lang: Lang; t: Translate; files: FilesState; settings: SettingsState; workbook: WorkbookState }): RunState {
  const { host, engine, lang, t, files, settings, workbook } = p;
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [summary, setSummary] = React.useState<CheckSummary | null>(null);
  const [preview, setPreview] = React.useState<CheckSummary | null>(null);
  const [written, setWritten] = React.useState<string | null>(null);
  const [checkedFiles, setCheckedFiles] = React.useState<string[]>([]);
  const [copies, setCopies] = React.useState<Copy[]>([]);
  const [resubmitted, setResubmitted] = React.useState<ResubmittedUnitView[] | null>(null);
  /**
   * a report was written from this pane's own check or resubmission: from then on the engine's
   * memory and the workbook's data agree, and a resubmission starts from the engine's memory
   */
  const [wroteThisSession, setWroteThisSession] = React.useState(false);

  // object URLs hold the copies' bytes: free them when the pane goes
  const copiesRef = useLatest(copies);
  React.useEffect(() => () => copiesRef.current.forEach((c) => URL.revokeObjectURL(c.url)), [copiesRef]);
  const dropCopies = () => {
    copies.forEach((c) => URL.revokeObjectURL(c.url));
    setCopies([]);
  };

  /** the engine's session is a resubmission into the report kept in the workbook (no file picked) */
  const workbookSession = React.useRef(false);
  // the quiet read: the engine keeps one session, so a run waits for it to finish
  const previewing = React.useRef<Promise<unknown>>(Promise.resolve());
  const showGuess = useLatest(settings.showGuess);
  const skipPreview = React.useRef(false);
  React.useEffect(() => {
    if (skipPreview.current) {
      // the list changed because a resubmission replaced files: the engine's session is that run's
      skipPreview.current = false;
      return;
    }
    if (files.files.length === 0) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the preview belongs to the file list: emptied with it, in the same effect that reads it
      setPreview(null);
      return;
    }
    let current = true;
    const task = previewing.current
      .then(async () => engine.check({ files: await Promise.all(files.files.map((f) => bytesOf(f.file, f.name))) }))
      .then((result) => {
        if (!current) return;
        setPreview(result);
        if (result.periodGuessed) showGuess.current(result.period);
      })
      .catch(() => undefined); // the run itself reports what cannot be read
    previewing.current = task;
    return () => {
      current = false;
    };
  }, [engine, files.files, showGuess]);

  const runCheck = async (): Promise<CheckSummary | null> => {
    setError(null);
    setNotice(null);
    setWritten(null);
    setResubmitted(null);
    dropCopies();
    const names = workbook.sheets.filter((s) => workbook.chosenSheets.has(s.name)).map((s) => s.name);
    if (names.length === 0 && files.files.length === 0) {
      setNotice(t("nothingToConsolidate"));
      return null;
    }
    try {
      setBusy({ kind: "check", stage: "sheets" });
      await previewing.current;
      const grids = names.length > 0 ? await host.readSheets(names, workbook.workbookName) : [];
      const result = await engine.check(
        {
          workbook: grids.length > 0 ? { file: workbook.workbookName, grids: [...grids], warnings: grids.warnings } : undefined,
          files: await Promise.all(files.files.map((f) => bytesOf(f.file, f.name))),
          registryFile: settings.registry ? await bytesOf(settings.registry) : undefined,
          period: settings.period(),
          ratioLimit: settings.ratioLimit(),
          awardDecisions: settings.awardDecisions,
          localCatalogue: settings.localCatalogue?.entries,
        },
        (stage) => setBusy({ kind: "check", stage }),
      );
      setSummary(result);
      workbookSession.current = false;
      setCheckedFiles(files.files.map((f) => f.name));
      if (result.periodGuessed) settings.showGuess(result.period);
      return result;
    } catch (e) {
      setError(messageOf(e, lang));
      return null;
    } finally {
      setBusy(null);
    }
  };

  /**
   * Build the report of the engine's last run and write it, with the units' data next to it (so a
   * unit's resubmission works days later); the add-in's earlier sheets are replaced.
   */
  const writeReportSheets = async () => {
    setBusy({ kind: "report", percent: 0 });
    const report = await engine.report({ lang, title: t("reportDefaultTitle"), period: settings.period(), decisionCampaigns: campaignsOf(settings.campaigns) });
    // the report and its data (which names the report sheets) in one all-or-nothing write
    let data: Awaited<ReturnType<typeof engine.reportData>> | undefined;
    const result = await host.writeReport(
      report,
      (done, total) => setBusy({ kind: "report", percent: Math.round((done / Math.max(1, total)) * 100) }),
      async (reportSheets) => (data = await engine.reportData(reportSheets)).cells,
    );
    // the report in the workbook is now the engine's last run, whatever happens to the data sheet
    setWroteThisSession(true);
    try {
      if (result.dataRefused) throw result.dataRefused;
      if (data) workbook.setStored(data.stored);
    } finally {
      setWritten(result.sheets[0] ?? null);
      workbook.refresh();
    }
  };

  /** Write the report sheets; a failure is shown in the pane, and the pane is free again either way. */
  const writeShowingErrors = async () => {
    setError(null);
    try {
      await writeReportSheets();
    } catch (e) {
      setError(messageOf(e, lang));
    } finally {
      setBusy(null);
    }
  };

  /** The primary action: check with the settings shown, then write the report (in Excel). */
  const runAll = async () => {
    if (workbookSession.current && files.files.length === 0 && host.available) {
      // a unit resubmitted into the report kept in the workbook, no file picked: the engine's session
      // holds every unit's part (from the workbook's data), so the report is written from it again
      setNotice(null);
      await writeShowingErrors();
      return;
    }
    const result = await runCheck();
    if (!result) return;
    if (result.unitFiles === 0) {
      setNotice(t("noUnitData"));
      return;
    }
    if (!host.available) return; // the pane says the report needs Excel
    await writeShowingErrors();
  };

  const runAnnotate = async (file: string) => {
    setError(null);
    try {
      setBusy({ kind: "annotate", file });
      const copy = await engine.annotate({ file, lang });
      const url = URL.createObjectURL(new Blob([copy.bytes as BlobPart], { type: XLSX_TYPE }));
      setCopies((old) => {
        old.filter((c) => c.file === file).forEach((c) => URL.revokeObjectURL(c.url));
        return [...old.filter((c) => c.file !== file), { file, fileName: copy.fileName, url, rebuilt: copy.rebuilt, issues: copy.issues }];
      });
      // open it as a new workbook (Excel.createWorkbook, ExcelApi 1.8: a download does nothing in some
      // web views, Excel on Mac); else start the download at once. The link stays to save again.
      if (!(await host.openCopy(new Uint8Array(copy.bytes)).catch(() => false))) saveUrl(url, copy.fileName);
    } catch (e) {
      setError(messageOf(e, lang));
    } finally {
      setBusy(null);
    }
  };

  const runResubmit = async (list: FileList | null) => {
    const picked = Array.from(list ?? []).filter((f) => ACCEPTED_NAME.test(f.name));
    if (picked.length === 0) return;
    setError(null);
    setNotice(null);
    setWritten(null);
    // the report kept in the workbook, unless this pane has written one since it opened
    const base = workbook.stored && !wroteThisSession ? "workbook" : "session";
    try {
      setBusy({ kind: "resubmit", stage: "files" });
      await previewing.current;
      const result = await engine.resubmit(
        {
          files: await Promise.all(picked.map((f) => bytesOf(f))),
          lang,
          period: settings.period(),
          ratioLimit: settings.ratioLimit(),
          today: isoToday(),
          base,
          decisionCampaigns: campaignsOf(settings.campaigns),
        },
        (stage) => setBusy({ kind: "resubmit", stage }),
      );
      setSummary(result.summary);
      setResubmitted(result.units);
      dropCopies();
      if (base === "workbook") {
        workbookSession.current = true;
        // the other units' files are not picked (their parts come from the workbook): the list
        // stays as it is, and the new files can be annotated and sent back
        setCheckedFiles(picked.map((f) => f.name));
        if (host.available) await writeReportSheets();
        return;
      }
      // the new files take the place of the ones they replaced, in the list and for the next check
      const current = files.files;
      const newFile = async (name: string): Promise<PickedFile> => {
        const file = picked.find((f) => f.name === name)!;
        return { name, original: name, hash: contentHash(new Uint8Array(await file.arrayBuffer())), file };
      };
      const replacing = new Map(result.units.filter((u) => u.replacedFile).map((u) => [u.replacedFile!, u.file]));
      const placed = new Set(replacing.values());
      const next = [
        ...(await Promise.all(
          current.map(async (f) => (replacing.has(f.name) ? [await newFile(replacing.get(f.name)!)] : placed.has(f.name) || picked.some((q) => q.name === f.name) ? [] : [f])),
        )).flat(),
        ...(await Promise.all(picked.filter((f) => !placed.has(f.name)).map((f) => newFile(f.name)))),
      ];
      skipPreview.current = true;
      files.setFiles(next);
      setCheckedFiles(next.map((f) => f.name));
      if (host.available) await writeReportSheets();
    } catch (e) {
      setError(messageOf(e, lang));
    } finally {
      setBusy(null);
    }
  };

  return { busy, error, setError, notice, summary, preview, written, checkedFiles, copies, resubmitted, wroteThisSession, runAll, runCheck: async () => (await runCheck()) !== null, runAnnotate, runResubmit };
}
