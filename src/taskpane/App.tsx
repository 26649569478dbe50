/**
 * The task pane, one screen: a sticky bar with the one primary action ("Tổng hợp": check, then
 * write the report) and the state of the run; below it Nguồn (sheets and files), the problems found,
 * Thiết lập, and the secondary work (send annotated copies back, a unit's resubmission).
 *
 * It gets the workbook and the engine as props (WorkbookHost, EngineService), so tests render it
 * with doubles and the browser test drives the real build with an Excel double on the page. State
 * lives in hooks (useWorkbook, useFiles, useSettings, useRun); each part of the screen is its own file.
 */
import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, Subtitle1 } from "@fluentui/react-components";
import type { Localized } from "../core/model";
import { translator, type Lang } from "../i18n/strings";
import { ActionBar } from "./ActionBar";
import { AwardDecisions } from "./AwardDecisions";
import { LocalCatalogueField } from "./LocalCatalogueField";
import { RecipientKindDecisions } from "./RecipientKindDecisions";
import type { EngineService } from "./engineService";
import { IssueList } from "./IssueList";
import { messageOf } from "./paneTypes";
import { Resubmission } from "./Resubmission";
import { ReturnToUnits } from "./ReturnToUnits";
import { RowAccountList } from "./RowAccountList";
import { SettingsSection } from "./SettingsSection";
import { SourcesSection } from "./SourcesSection";
import { useStyles } from "./styles";
import { useFiles } from "./useFiles";
import { useRun } from "./useRun";
import { useSettings } from "./useSettings";
import { useWorkbook } from "./useWorkbook";
import type { WorkbookHost } from "./workbookHost";

interface Props {
  host: WorkbookHost;
  engine: EngineService;
  lang: Lang;
  /** a message when Excel is too old (from checkRequirements) */
  requirementMessage?: Localized;
}

export function App({ host, engine, lang, requirementMessage }: Props) {
  const styles = useStyles();
  const t = React.useMemo(() => translator(lang), [lang]);
  const settings = useSettings();
  const files = useFiles(t);
  const errorSink = React.useRef<(m: string) => void>(() => undefined);
  const workbook = useWorkbook(
    host,
    engine,
    lang,
    t,
    (info) => {
      settings.setAwardDecisions((old) => (Object.keys(old).length ? old : info.awardDecisions ?? {}));
      settings.setLocalCatalogue((old) => old ?? (info.localCatalogue?.length ? { name: "", entries: info.localCatalogue } : null));
      settings.setCampaigns((old) => (old.length > 0 ? old : Object.entries(info.decisionCampaigns).map(([number, name]) => ({ id: settings.nextCampaignId(), number, name }))));
      if (info.period && !info.periodGuessed && !settings.from && !settings.to) settings.setPeriod(info.period.from, info.period.to);
    },
    (m) => errorSink.current(m),
  );
  const run = useRun({ host, engine, lang, t, files, settings, workbook });
  React.useLayoutEffect(() => {
    errorSink.current = run.setError;
  });
  const { summary, busy } = run;
  const fail = (e: unknown) => run.setError(messageOf(e, lang));
  const kindOf = (sheet: string) => summary?.ledger.find((l) => l.file === workbook.workbookName)?.sheets.find((s) => s.sheet === sheet)?.kind;
  const sources = files.files.length + workbook.sheets.filter((s) => workbook.chosenSheets.has(s.name)).length;

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <header style={{ paddingTop: "8px" }}>
        <Subtitle1 as="h1">{t("appTitle")}</Subtitle1>
        <div>
          <Caption1>{t("appSubtitle")}</Caption1>
        </div>
      </header>
      <ActionBar
        t={t}
        styles={styles}
        busy={busy}
        sources={sources}
        fileCount={files.files.length}
        summary={summary}
        written={run.written}
        notice={run.notice}
        error={run.error}
        hostAvailable={host.available}
        onRun={() => void run.runAll()}
        onCheck={() => void run.runCheck()}
        onOpenSheet={(sheet) => void host.activateSheet(sheet).catch(fail)}
      />
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
      <SourcesSection
        t={t}
        lang={lang}
        styles={styles}
        hostAvailable={host.available}
        sheets={workbook.sheets}
        chosenSheets={workbook.chosenSheets}
        onChoose={workbook.setChosen}
        kindOf={kindOf}
        files={files.files}
        notices={files.notices}
        summary={summary}
        preview={run.preview}
        onFiles={(list) => void files.addFiles(list)}
        onRemove={files.removeFile}
      />
      {summary?.unsettledAwards && <AwardDecisions items={summary.unsettledAwards} decisions={settings.awardDecisions} onChange={settings.setAwardDecisions} lang={lang} />}
      <LocalCatalogueField value={settings.localCatalogue} onChange={settings.setLocalCatalogue} lang={lang} />
      {summary?.unsettledKinds && <RecipientKindDecisions items={summary.unsettledKinds} decisions={settings.awardDecisions} onChange={settings.setAwardDecisions} lang={lang} />}
      {summary && summary.issues.length > 0 && (
        <IssueList
          t={t}
          lang={lang}
          styles={styles}
          summary={summary}
          workbookName={host.available ? workbook.workbookName : null}
          onGo={(i) => void host.selectCell(i.sheet!, i.cell!).catch(fail)}
          onRow={(i) => engine.row({ file: i.file, sheet: i.sheet!, cell: i.cell! }).catch(() => null)}
        />
      )}
      {summary && busy === null && <RowAccountList ledger={summary.ledger} lang={lang} />}
      <SettingsSection t={t} styles={styles} settings={settings} summary={summary} preview={run.preview} />
      <section className={styles.section} aria-labelledby="more-title">
        <h2 id="more-title" style={{ margin: 0, fontSize: "inherit" }}>
          {t("moreActions")}
        </h2>
        {summary && (
          <ReturnToUnits
            t={t}
            issues={summary.issues}
            files={run.checkedFiles}
            workbookChecked={summary.ledger.some((l) => l.file === workbook.workbookName && !run.checkedFiles.includes(l.file))}
            copies={run.copies}
            busy={busy}
            onAnnotate={(f) => void run.runAnnotate(f)}
          />
        )}
        <Resubmission
          t={t}
          lang={lang}
          enabled={busy === null && (summary !== null || workbook.stored !== null)}
          busy={busy}
          units={run.resubmitted}
          stored={workbook.stored && !run.wroteThisSession ? workbook.stored : null}
          hostAvailable={host.available}
          onFiles={(list) => void run.runResubmit(list)}
          styles={styles}
        />
      </section>
    </main>
  );
}
