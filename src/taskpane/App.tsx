/**
 * The task pane: Nguồn (sources) -> Thiết lập (settings) -> Kiểm tra (check) -> Tổng hợp (report).
 *
 * It gets the workbook and the engine as props (WorkbookHost, EngineService), so tests render it
 * with doubles and the browser test drives the real build with an Excel double on the page.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  AddRegular,
  ArrowDownloadRegular,
  ArrowSyncRegular,
  DeleteRegular,
  DocumentAddRegular,
  DocumentTableRegular,
  OpenRegular,
  TaskListLtrRegular,
} from "@fluentui/react-icons";
import type { Issue, Localized, Severity } from "../core/model";
import { KIND_NAMES, translator, type Lang, type Translate } from "../i18n/strings";
import type { SheetInfo } from "../excel/gateway";
import { RowAccountList } from "./RowAccountList";
import { AwardDecisions } from "./AwardDecisions";
import {
  isoToday,
  type CheckSummary,
  type EngineService,
  type FileBytes,
  type ResubmittedUnitView,
  type Stage,
  type StoredReport,
} from "./engineService";
import type { WorkbookHost } from "./workbookHost";

const ACCEPT = ".xlsx,.xlsm,.xlsb,.xls,.ods,.fods,.csv";
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "16px", padding: "12px", minWidth: "280px" },
  section: { display: "flex", flexDirection: "column", gap: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
  },
  dropActive: { backgroundColor: tokens.colorNeutralBackground2 },
  list: { margin: 0, paddingLeft: "0", listStyleType: "none", display: "flex", flexDirection: "column", gap: "4px" },
  issue: { display: "flex", flexDirection: "column", alignItems: "flex-start", textAlign: "left" },
  hiddenInput: { display: "none" },
  group: { marginTop: "6px" },
  diffText: { whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, margin: 0 },
});

interface Props {
  host: WorkbookHost;
  engine: EngineService;
  lang: Lang;
  /** a message when Excel is too old (from checkRequirements) */
  requirementMessage?: Localized;
}

interface PickedFile {
  name: string;
  file: File;
}

type Busy =
  | { kind: "check"; stage: Stage | "sheets" }
  | { kind: "report"; percent: number }
  | { kind: "annotate"; file: string }
  | { kind: "resubmit"; stage: Stage }
  | null;

/** One row of the campaign editor (Thiết lập); `id` keeps React's keys and focus stable. */
interface CampaignRow {
  id: number;
  number: string;
  name: string;
}

/** The rows with both a number and a name, as ReportOptions.decisionCampaigns. */
function campaignsOf(rows: CampaignRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) if (r.number.trim() && r.name.trim()) out[r.number.trim()] = r.name.trim();
  return out;
}

/** An annotated copy made in this session, kept as an object URL so it can be saved again. */
interface Copy {
  file: string;
  fileName: string;
  url: string;
  rebuilt: boolean;
  issues: number;
}

function messageOf(e: unknown, lang: Lang): string {
  const localized = (e as { localized?: Localized })?.localized;
  if (localized) return localized[lang];
  return e instanceof Error ? e.message : String(e);
}

async function bytesOf(f: File): Promise<FileBytes> {
  return { name: f.name, bytes: await f.arrayBuffer() };
}

export function App({ host, engine, lang, requirementMessage }: Props) {
  const styles = useStyles();
  const t = React.useMemo(() => translator(lang), [lang]);
  const [workbookName, setWorkbookName] = React.useState<string>(t("workbookFile"));
  const [sheets, setSheets] = React.useState<SheetInfo[]>([]);
  const [chosenSheets, setChosenSheets] = React.useState<Set<string>>(new Set());
  const [files, setFiles] = React.useState<PickedFile[]>([]);
  const [registry, setRegistry] = React.useState<File | null>(null);
  const [from, setFrom] = React.useState("");
  const [to, setTo] = React.useState("");
  const [ratio, setRatio] = React.useState("15");
  const [busy, setBusy] = React.useState<Busy>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [summary, setSummary] = React.useState<CheckSummary | null>(null);
  const [written, setWritten] = React.useState<string | null>(null);
  /** the picked files the last check read (only these have an annotated copy to offer) */
  const [checkedFiles, setCheckedFiles] = React.useState<string[]>([]);
  const [copies, setCopies] = React.useState<Copy[]>([]);
  const [resubmitted, setResubmitted] = React.useState<ResubmittedUnitView[] | null>(null);
  const [campaigns, setCampaigns] = React.useState<CampaignRow[]>([]);
  const [awardDecisions, setAwardDecisions] = React.useState<Record<string, string>>({});
  const nextCampaignId = React.useRef(1);
  /** the units' data kept in the workbook by an earlier report (read when the pane opens) */
  const [stored, setStored] = React.useState<StoredReport | null>(null);
  /**
   * a report was written from this pane's own check or resubmission: from then on the engine's
   * memory and the workbook's data agree, and a resubmission starts from the engine's memory
   */
  const [wroteThisSession, setWroteThisSession] = React.useState(false);

  // object URLs hold the copies' bytes: free them when the pane goes
  const copiesRef = React.useRef(copies);
  copiesRef.current = copies;
  React.useEffect(() => () => copiesRef.current.forEach((c) => URL.revokeObjectURL(c.url)), []);
  const dropCopies = () => {
    copies.forEach((c) => URL.revokeObjectURL(c.url));
    setCopies([]);
  };

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
        setAwardDecisions((old) => (Object.keys(old).length ? old : info.awardDecisions ?? {}));
        setCampaigns((old) =>
          old.length > 0 ? old : Object.entries(info.decisionCampaigns).map(([number, name]) => ({ id: nextCampaignId.current++, number, name })),
        );
        if (info.period && !info.periodGuessed) {
          setFrom((old) => old || info.period!.from);
          setTo((old) => old || info.period!.to);
        }
      })
      .catch((e) => setError(messageOf(e, lang)));
  }, [host, engine, lang]);

  const addFiles = (list: FileList | File[] | null) => {
    if (!list) return;
    const accepted = Array.from(list).filter((f) => /\.(xlsx|xls|ods|csv)$/i.test(f.name));
    setFiles((old) => [...old.filter((o) => !accepted.some((a) => a.name === o.name)), ...accepted.map((file) => ({ name: file.name, file }))]);
  };

  const runCheck = async () => {
    setError(null);
    setWritten(null);
    setResubmitted(null);
    dropCopies();
    const names = sheets.filter((s) => chosenSheets.has(s.name)).map((s) => s.name);
    if (names.length === 0 && files.length === 0) {
      setError(t("nothingToCheck"));
      return;
    }
    try {
      setBusy({ kind: "check", stage: "sheets" });
      const grids = names.length > 0 ? await host.readSheets(names, workbookName) : [];
      const request = {
        workbook: grids.length > 0 ? { file: workbookName, grids: [...grids], warnings: grids.warnings } : undefined,
        files: await Promise.all(files.map((f) => bytesOf(f.file))),
        registryFile: registry ? await bytesOf(registry) : undefined,
        period: from && to ? { from, to } : undefined,
        ratioLimit: Number(ratio) > 0 ? Number(ratio) / 100 : undefined,
        awardDecisions,
      };
      const result = await engine.check(request, (stage) => setBusy({ kind: "check", stage }));
      setSummary(result);
      setCheckedFiles(files.map((f) => f.name));
      if (!from && !to && result.period) {
        setFrom(result.period.from);
        setTo(result.period.to);
      }
    } catch (e) {
      setError(messageOf(e, lang));
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
    const report = await engine.report({ lang, title: t("reportDefaultTitle"), period: from && to ? { from, to } : undefined, decisionCampaigns: campaignsOf(campaigns) });
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
      if (data) setStored(data.stored);
    } finally {
      // said once everything is written (or the data sheet's failure is shown next to it)
      setWritten(result.sheets[0] ?? null);
      // the list of sheets changed: the new report sheet must not be read as a source next time
      host.listSheets().then((list) => setSheets(list.sheets), () => undefined);
    }
  };

  const runReport = async () => {
    setError(null);
    try {
      await writeReportSheets();
    } catch (e) {
      setError(messageOf(e, lang));
    } finally {
      setBusy(null);
    }
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
    const picked = Array.from(list ?? []).filter((f) => /\.(xlsx|xls|ods|csv)$/i.test(f.name));
    if (picked.length === 0) return;
    setError(null);
    setWritten(null);
    // the report kept in the workbook, unless this pane has written one since it opened
    const base = stored && !wroteThisSession ? "workbook" : "session";
    try {
      setBusy({ kind: "resubmit", stage: "files" });
      const result = await engine.resubmit(
        {
          files: await Promise.all(picked.map(bytesOf)),
          lang,
          period: from && to ? { from, to } : undefined,
          ratioLimit: Number(ratio) > 0 ? Number(ratio) / 100 : undefined,
          today: isoToday(),
          base,
          decisionCampaigns: campaignsOf(campaigns),
        },
        (stage) => setBusy({ kind: "resubmit", stage }),
      );
      setSummary(result.summary);
      setResubmitted(result.units);
      dropCopies();
      if (base === "workbook") {
        // the other units' files are not picked (their parts come from the workbook): the list
        // stays as it is, and the new files can be annotated and sent back
        setCheckedFiles(picked.map((f) => f.name));
        if (host.available) await writeReportSheets();
        return;
      }
      // the new files take the place of the ones they replaced, in the list and for the next check
      const newFile = (name: string): PickedFile => ({ name, file: picked.find((f) => f.name === name)! });
      const replacing = new Map(result.units.filter((u) => u.replacedFile).map((u) => [u.replacedFile!, u.file]));
      const placed = new Set(replacing.values());
      const next = [
        ...files.flatMap((f) => (replacing.has(f.name) ? [newFile(replacing.get(f.name)!)] : placed.has(f.name) || picked.some((p) => p.name === f.name) ? [] : [f])),
        ...picked.filter((f) => !placed.has(f.name)).map((f) => newFile(f.name)),
      ];
      setFiles(next);
      setCheckedFiles(next.map((f) => f.name));
      if (host.available) await writeReportSheets();
    } catch (e) {
      setError(messageOf(e, lang));
    } finally {
      setBusy(null);
    }
  };

  const kindOf = (sheet: string) => summary?.ledger.find((l) => l.file === workbookName)?.sheets.find((s) => s.sheet === sheet)?.kind;

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <header>
        <Subtitle1 as="h1">{t("appTitle")}</Subtitle1>
        <div>
          <Caption1>{t("appSubtitle")}</Caption1>
        </div>
      </header>
      {requirementMessage && (
        <MessageBar intent="warning">
          <MessageBarBody>{requirementMessage[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {!host.available && (
        <MessageBar intent="info">
          <MessageBarBody>{t("notInExcel")}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="sources-title">
        <Subtitle2 as="h2" id="sources-title">
          {t("sourcesTitle")}
        </Subtitle2>
        {host.available && (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend>
              <Text weight="semibold">{t("workbookSheets")}</Text>
            </legend>
            {sheets.length === 0 && <Text>{t("noSheets")}</Text>}
            {sheets.map((s) => {
              const kind = kindOf(s.name);
              const notes = [
                s.createdByAddin ? t("reportSheetNote") : null,
                s.visibility !== "Visible" ? t("hiddenSheet") : null,
                kind ? t("kindLabel", { kind: KIND_NAMES[kind]?.[lang] ?? kind }) : null,
              ].filter(Boolean);
              return (
                <Checkbox
                  key={s.name}
                  checked={chosenSheets.has(s.name)}
                  onChange={(_, d) =>
                    setChosenSheets((old) => {
                      const next = new Set(old);
                      if (d.checked) next.add(s.name);
                      else next.delete(s.name);
                      return next;
                    })
                  }
                  label={notes.length > 0 ? `${s.name} (${notes.join("; ")})` : s.name}
                />
              );
            })}
          </fieldset>
        )}
        <FileDrop t={t} onFiles={addFiles} styles={styles} />
        {files.length === 0 ? (
          <Caption1>{t("noFiles")}</Caption1>
        ) : (
          <ul className={styles.list} aria-label={t("filesLabel")}>
            {files.map((f) => {
              const ledger = summary?.ledger.find((l) => l.file === f.name);
              return (
                <li key={f.name} className={styles.row}>
                  <DocumentTableRegular aria-hidden />
                  <Text>{f.name}</Text>
                  {ledger?.error && <Badge color="danger">{t("fileError")}</Badge>}
                  {ledger?.sheets.map((s) => (
                    <Badge key={s.sheet} appearance="outline">
                      {s.sheet}: {KIND_NAMES[s.kind]?.[lang] ?? s.kind}
                    </Badge>
                  ))}
                  <Button size="small" appearance="subtle" onClick={() => setFiles((old) => old.filter((o) => o.name !== f.name))}>
                    {t("removeFile", { name: f.name })}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-labelledby="settings-title">
        <Subtitle2 as="h2" id="settings-title">
          {t("settingsTitle")}
        </Subtitle2>
        <div className={styles.row}>
          <Field label={t("periodFrom")}>
            <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
          </Field>
          <Field label={t("periodTo")}>
            <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
          </Field>
        </div>
        {summary?.periodGuessed && summary.period && (
          <Caption1>{t("periodGuessed", { from: viDate(summary.period.from), to: viDate(summary.period.to) })}</Caption1>
        )}
        <Field label={t("registryFile")} hint={summary && summary.registryCount > 0 ? t("registryLoaded", { count: summary.registryCount }) : undefined}>
          <RegistryPicker t={t} file={registry} onFile={setRegistry} />
        </Field>
        <Field label={t("ratioLabel")}>
          <Input type="number" min={0} max={100} value={ratio} onChange={(_, d) => setRatio(d.value)} />
        </Field>
        <CampaignEditor t={t} rows={campaigns} onChange={setCampaigns} nextId={() => nextCampaignId.current++} styles={styles} />
      </section>

      <section className={styles.section} aria-labelledby="check-title">
        <Subtitle2 as="h2" id="check-title">
          {t("checkTitle")}
        </Subtitle2>
        <div className={styles.row}>
          <Button appearance="primary" icon={<TaskListLtrRegular />} onClick={runCheck} disabled={busy !== null}>
            {t("checkButton")}
          </Button>
        </div>
        <div aria-live="polite" role="status">
          {busy?.kind === "check" && (
            <Field validationMessage={stageText(busy.stage, t, files.length)} validationState="none">
              <ProgressBar />
            </Field>
          )}
          {summary && busy === null && (
            <Text>{summary.issues.length === 0 ? t("noIssues") : t("checkDone", { count: summary.issues.length, files: summary.ledger.length })}</Text>
          )}
        </div>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{t("errorPrefix", { message: error })}</MessageBarBody>
          </MessageBar>
        )}
        {summary?.unsettledAwards && <AwardDecisions items={summary.unsettledAwards} decisions={awardDecisions} onChange={setAwardDecisions} lang={lang} />}
        {summary && summary.issues.length > 0 && (
          <IssueList issues={summary.issues} lang={lang} t={t} workbookName={host.available ? workbookName : null} onGo={(i) => host.selectCell(i.sheet!, i.cell!).catch((e) => setError(messageOf(e, lang)))} />
        )}
        {summary && busy === null && <RowAccountList ledger={summary.ledger} lang={lang} />}
        {summary && (
          <ReturnToUnits
            t={t}
            issues={summary.issues}
            files={checkedFiles}
            workbookChecked={summary.ledger.some((l) => l.file === workbookName && !checkedFiles.includes(l.file))}
            copies={copies}
            busy={busy}
            onAnnotate={runAnnotate}
          />
        )}
      </section>

      <section className={styles.section} aria-labelledby="report-title">
        <Subtitle2 as="h2" id="report-title">
          {t("reportTitle")}
        </Subtitle2>
        <div className={styles.row}>
          <Button appearance="primary" icon={<DocumentAddRegular />} onClick={runReport} disabled={busy !== null || !summary || !host.available}>
            {t("reportButton")}
          </Button>
        </div>
        {!host.available && <Caption1>{t("reportNeedsExcel")}</Caption1>}
        {host.available && !summary && <Caption1>{t("reportNeedsCheck")}</Caption1>}
        <div aria-live="polite" role="status">
          {busy?.kind === "report" && (
            <Field validationMessage={t("writing", { percent: busy.percent })} validationState="none">
              <ProgressBar value={busy.percent / 100} />
            </Field>
          )}
          {written && <Text>{t("reportDone", { sheet: written })}</Text>}
        </div>
        {written && (
          <div>
            <Button icon={<OpenRegular />} onClick={() => host.activateSheet(written).catch((e) => setError(messageOf(e, lang)))}>
              {t("openSheet", { sheet: written })}
            </Button>
          </div>
        )}
        <Resubmission
          t={t}
          lang={lang}
          enabled={busy === null && (summary !== null || stored !== null)}
          busy={busy}
          units={resubmitted}
          stored={stored && !wroteThisSession ? stored : null}
          hostAvailable={host.available}
          onFiles={runResubmit}
          styles={styles}
        />
      </section>
    </main>
  );
}

/** Save a Blob URL under a file name, as a click on an <a download> link does. */
function saveUrl(url: string, fileName: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * "Gửi lại đơn vị": for each picked file with problems, its annotated copy to download and send back.
 * The workbook's own sheets get none: the user's workbook is never modified.
 */
function ReturnToUnits({
  t,
  issues,
  files,
  workbookChecked,
  copies,
  busy,
  onAnnotate,
}: {
  t: Translate;
  issues: Issue[];
  files: string[];
  workbookChecked: boolean;
  copies: Copy[];
  busy: Busy;
  onAnnotate: (file: string) => void;
}) {
  const styles = useStyles();
  const count = (file: string) => issues.filter((i) => i.file === file).length;
  const withIssues = files.filter((f) => count(f) > 0);
  const making = busy?.kind === "annotate" ? busy.file : null;
  return (
    <div className={styles.section} role="group" aria-labelledby="return-title">
      <Text weight="semibold" as="h3" id="return-title">
        {t("returnTitle")}
      </Text>
      <Caption1>{t("returnHint")}</Caption1>
      {workbookChecked && <Caption1>{t("returnWorkbookNote")}</Caption1>}
      {withIssues.length === 0 ? (
        <Text>{t("returnNone")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("returnTitle")} data-testid="return-list">
          {withIssues.map((file) => {
            const copy = copies.find((c) => c.file === file);
            return (
              <li key={file} className={styles.row}>
                <Text>{t("returnFileIssues", { file, count: count(file) })}</Text>
                <Button size="small" icon={<ArrowDownloadRegular />} disabled={busy !== null} onClick={() => onAnnotate(file)} aria-label={t("annotateFor", { file })}>
                  {t("annotateButton")}
                </Button>
                {copy && (
                  <a href={copy.url} download={copy.fileName}>
                    {t("saveCopy", { name: copy.fileName })}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div aria-live="polite" role="status">
        {making && <Text>{t("annotating", { file: making })}</Text>}
        {!making &&
          copies.map((c) => (
            <div key={c.file}>
              <Text>{t("annotated", { name: c.fileName, count: c.issues })}</Text>
              {c.rebuilt && <Caption1> {t("annotatedRebuilt")}</Caption1>}
            </div>
          ))}
      </div>
    </div>
  );
}

/** "Cập nhật đơn vị gửi lại": pick the units' new files; what changed for each is shown below. */
function Resubmission({
  t,
  lang,
  enabled,
  busy,
  units,
  stored,
  hostAvailable,
  onFiles,
  styles,
}: {
  t: Translate;
  lang: Lang;
  enabled: boolean;
  busy: Busy;
  units: ResubmittedUnitView[] | null;
  /** the report kept in the workbook, when a resubmission starts from it */
  stored: StoredReport | null;
  hostAvailable: boolean;
  onFiles: (files: FileList | null) => void;
  styles: ReturnType<typeof useStyles>;
}) {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.section} role="group" aria-labelledby="resubmit-title">
      <Text weight="semibold" as="h3" id="resubmit-title">
        {t("resubmitButton")}
      </Text>
      <Caption1 id="resubmit-hint">{stored ? t("storedReport", { count: stored.units.length }) : t("resubmitHint")}</Caption1>
      <div className={styles.row}>
        <Button icon={<ArrowSyncRegular />} disabled={!enabled} onClick={() => input.current?.click()} aria-describedby="resubmit-hint">
          {t("resubmitButton")}
        </Button>
      </div>
      {!hostAvailable && <Caption1>{t("resubmitNotWritten")}</Caption1>}
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept={ACCEPT}
        aria-label={t("resubmitInput")}
        data-testid="resubmit-input"
        onChange={(e) => {
          onFiles(e.target.files);
          e.target.value = "";
        }}
      />
      <div aria-live="polite" role="status">
        {busy?.kind === "resubmit" && (
          <Field validationMessage={t("resubmitting")} validationState="none">
            <ProgressBar />
          </Field>
        )}
        {units && busy?.kind !== "resubmit" && <Text>{t("resubmitDone", { count: units.length })}</Text>}
      </div>
      {units &&
        units.map((u) => {
          const moved = u.diff.totals.filter((x) => x.before !== x.after).length;
          // formatUnitDiff's first line names the unit and file, which the heading already says
          const body = u.text.split("\n").slice(1).join("\n");
          return (
            <div key={u.file} className={styles.group} role="region" aria-label={t("diffLabel", { unit: u.unit })} data-testid="unit-diff">
              <Text weight="semibold" as="h4">
                {u.replacedFile ? t("resubmitReplaced", { unit: u.unit, file: u.file, old: u.replacedFile }) : t("resubmitNew", { unit: u.unit, file: u.file })}
              </Text>
              <div className={styles.row}>
                <Badge appearance="tint" color="success">{t("diffAdded", { n: u.diff.added.length })}</Badge>
                <Badge appearance="tint" color="danger">{t("diffRemoved", { n: u.diff.removed.length })}</Badge>
                <Badge appearance="tint" color="warning">{t("diffChanged", { n: u.diff.changed.length })}</Badge>
                <Badge appearance="tint" color="informative">{t("diffTotals", { n: moved })}</Badge>
              </div>
              <pre className={styles.diffText} lang={lang}>
                {body}
              </pre>
            </div>
          );
        })}
    </div>
  );
}

/**
 * "Đợt khen thưởng theo số quyết định": rows of decision number + campaign name, added and removed
 * with buttons. Every input and button has its own accessible name ("Số quyết định, đợt 2"); a new
 * row takes the focus, and removing a row gives it to the row that takes its place (or "Thêm đợt").
 */
function CampaignEditor({
  t,
  rows,
  onChange,
  nextId,
  styles,
}: {
  t: Translate;
  rows: CampaignRow[];
  /** a state setter: every change is an update of the latest rows (two quick clicks add two rows) */
  onChange: React.Dispatch<React.SetStateAction<CampaignRow[]>>;
  nextId: () => number;
  styles: ReturnType<typeof useStyles>;
}) {
  const [focus, setFocus] = React.useState<string | null>(null);
  const addButton = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (!focus) return;
    if (focus === "add") addButton.current?.focus();
    else (document.getElementById(focus) as HTMLInputElement | null)?.focus();
    setFocus(null);
  }, [focus]);
  const edit = (id: number, field: "number" | "name", value: string) => onChange((old) => old.map((r) => (r.id === id ? { ...r, [field]: value } : r)));
  const incomplete = rows.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => (r.number.trim() === "") !== (r.name.trim() === ""));
  return (
    <div className={styles.section} role="group" aria-labelledby="campaigns-title" aria-describedby="campaigns-hint">
      <Text weight="semibold" as="h3" id="campaigns-title">
        {t("campaignsTitle")}
      </Text>
      <Caption1 id="campaigns-hint">{t("campaignsHint")}</Caption1>
      {rows.length === 0 ? (
        <Caption1>{t("campaignsNone")}</Caption1>
      ) : (
        <ul className={styles.list} aria-labelledby="campaigns-title" data-testid="campaign-rows">
          {rows.map((r, i) => (
            <li key={r.id} className={styles.row}>
              <Input
                id={`campaign-number-${r.id}`}
                value={r.number}
                placeholder={t("campaignNumber")}
                aria-label={t("campaignNumberFor", { n: i + 1 })}
                onChange={(_, d) => edit(r.id, "number", d.value)}
                style={{ width: "9em" }}
              />
              <Input
                value={r.name}
                placeholder={t("campaignName")}
                aria-label={t("campaignNameFor", { n: i + 1 })}
                onChange={(_, d) => edit(r.id, "name", d.value)}
                style={{ flexGrow: 1, minWidth: "10em" }}
              />
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t("campaignRemoveFor", { n: i + 1 })}
                onClick={() => {
                  onChange((old) => old.filter((x) => x.id !== r.id));
                  const next = rows.filter((x) => x.id !== r.id);
                  const after = next[i] ?? next[i - 1];
                  setFocus(after ? `campaign-number-${after.id}` : "add");
                }}
              >
                {t("campaignRemove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {incomplete.length > 0 && (
        <div role="status">
          {incomplete.map(({ r, n }) => (
            <Caption1 key={r.id} as="p">
              {t("campaignIncomplete", { n })}
            </Caption1>
          ))}
        </div>
      )}
      <div>
        <Button
          ref={addButton}
          icon={<AddRegular />}
          onClick={() => {
            const id = nextId();
            onChange((old) => [...old, { id, number: "", name: "" }]);
            setFocus(`campaign-number-${id}`);
          }}
        >
          {t("campaignAdd")}
        </Button>
      </div>
    </div>
  );
}

/** ISO yyyy-mm-dd -> dd/mm/yyyy, as Vietnamese documents write dates. */
function viDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function RegistryPicker({ t, file, onFile }: { t: Translate; file: File | null; onFile: (f: File | null) => void }) {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div style={{ display: "flex", gap: "8px", alignItems: "center" }}>
      <Button icon={<DocumentTableRegular />} onClick={() => input.current?.click()}>
        {t("pickFiles")}
      </Button>
      <Caption1>{file ? file.name : t("noFiles")}</Caption1>
      <input
        ref={input}
        style={{ display: "none" }}
        type="file"
        accept={ACCEPT}
        aria-label={t("registryFile")}
        data-testid="registry-input"
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
    </div>
  );
}

function stageText(stage: Stage | "sheets", t: Translate, fileCount: number): string {
  if (stage === "sheets") return t("readingSheets");
  if (stage === "files") return t("readingFiles", { count: fileCount });
  return t("analyzing");
}

function FileDrop({ t, onFiles, styles }: { t: Translate; onFiles: (f: FileList | null) => void; styles: ReturnType<typeof useStyles> }) {
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  return (
    <div
      className={over ? `${styles.drop} ${styles.dropActive}` : styles.drop}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(e.dataTransfer.files);
      }}
    >
      <Text weight="semibold" id="files-label">
        {t("filesLabel")}
      </Text>
      <div className={styles.row}>
        <Button icon={<DocumentAddRegular />} onClick={() => input.current?.click()}>
          {t("pickFiles")}
        </Button>
        <Caption1>{t("dropHint")}</Caption1>
      </div>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept={ACCEPT}
        aria-labelledby="files-label"
        data-testid="files-input"
        onChange={(e) => {
          onFiles(e.target.files);
          e.target.value = "";
        }}
      />
    </div>
  );
}

function IssueList({
  issues,
  lang,
  t,
  workbookName,
  onGo,
}: {
  issues: Issue[];
  lang: Lang;
  t: Translate;
  workbookName: string | null;
  onGo: (issue: Issue) => void;
}) {
  const styles = useStyles();
  const bySeverity = SEVERITIES.map((s) => [s, issues.filter((i) => i.severity === s).length] as const);
  const byCode = [...issues.reduce((m, i) => m.set(i.rule, (m.get(i.rule) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  const groups = [...issues.reduce((m, i) => m.set(i.file, [...(m.get(i.file) ?? []), i]), new Map<string, Issue[]>())];
  return (
    <div>
      <div className={styles.row} aria-label={t("byCode")}>
        {bySeverity.map(([s, n]) => (
          <Badge key={s} color={s === "error" ? "danger" : s === "warning" ? "warning" : "informative"} data-severity={s}>
            {t(`severity_${s}`)}: {n}
          </Badge>
        ))}
      </div>
      <ul className={styles.list} aria-label={t("byCode")}>
        {byCode.map(([code, n]) => (
          <li key={code} data-rule={code}>
            <Caption1>
              {code}: {n}
            </Caption1>
          </li>
        ))}
      </ul>
      {groups.map(([file, list]) => (
        <div key={file} className={styles.group}>
          <Text weight="semibold" as="h3">
            {file} ({list.length})
          </Text>
          <ul className={styles.list} data-testid="issue-list">
            {list.map((issue, k) => {
              const place = t("place", { file: issue.file, sheet: issue.sheet ?? "–", cell: issue.cell ?? "–" });
              const inWorkbook = workbookName !== null && issue.file === workbookName && issue.sheet && issue.cell;
              const body = (
                <span className={styles.issue}>
                  <Text>
                    <Badge size="small" appearance="tint" color={issue.severity === "error" ? "danger" : issue.severity === "warning" ? "warning" : "informative"}>
                      {issue.rule}
                    </Badge>{" "}
                    {issue.message[lang]}
                  </Text>
                  <Caption1>{place}</Caption1>
                </span>
              );
              return (
                <li key={k} data-rule={issue.rule}>
                  {inWorkbook ? (
                    <Button appearance="subtle" onClick={() => onGo(issue)} aria-label={`${issue.message[lang]} — ${t("goToCell", { place })}`}>
                      {body}
                    </Button>
                  ) : (
                    body
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
