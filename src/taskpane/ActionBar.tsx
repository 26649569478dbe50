/**
 * The sticky bar at the top of the pane: the ONE primary action ("Tổng hợp": check, then write the
 * report), a secondary "Kiểm tra" (check only), and the state of the run, always in view.
 */
import { Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import { DocumentAddRegular, TaskListLtrRegular } from "@fluentui/react-icons";
import type { Translate } from "../i18n/strings";
import type { CheckSummary, Stage } from "./engineService";
import type { Busy } from "./paneTypes";
import type { Styles } from "./styles";

function stageText(stage: Stage | "sheets", t: Translate, fileCount: number): string {
  if (stage === "sheets") return t("readingSheets");
  if (stage === "files") return t("readingFiles", { count: fileCount });
  return t("analyzing");
}

export function ActionBar(props: {
  t: Translate;
  styles: Styles;
  busy: Busy;
  sources: number;
  fileCount: number;
  summary: CheckSummary | null;
  written: string | null;
  notice: string | null;
  error: string | null;
  hostAvailable: boolean;
  onRun: () => void;
  onCheck: () => void;
  onOpenSheet: (sheet: string) => void;
}) {
  const { t, styles, busy, summary, written } = props;
  const state = (() => {
    if (busy?.kind === "check") return stageText(busy.stage, t, props.fileCount);
    if (busy?.kind === "report") return t("writing", { percent: busy.percent });
    if (busy) return null;
    if (props.notice) return props.notice;
    if (written) return t("reportDone", { sheet: written });
    if (summary) return summary.issues.length === 0 ? t("noIssues") : t("checkDone", { count: summary.issues.length, files: summary.ledger.length });
    return props.sources === 0 ? t("stateEmpty") : t("stateReady", { count: props.sources });
  })();
  return (
    <div className={styles.actionBar} role="region" aria-label={t("reportTitle")} data-testid="action-bar">
      <div className={styles.row}>
        <Button appearance="primary" icon={<DocumentAddRegular />} onClick={props.onRun} disabled={busy !== null} aria-describedby="action-hint">
          {t("reportButton")}
        </Button>
        <Button icon={<TaskListLtrRegular />} onClick={props.onCheck} disabled={busy !== null}>
          {t("checkButton")}
        </Button>
      </div>
      <Caption1 id="action-hint">{props.hostAvailable ? t("actionHint") : t("reportNeedsExcel")}</Caption1>
      <div aria-live="polite" role="status" data-testid="run-state">
        {(busy?.kind === "check" || busy?.kind === "report") && (
          <Field validationMessage={state} validationState="none">
            <ProgressBar value={busy.kind === "report" ? busy.percent / 100 : undefined} />
          </Field>
        )}
        {!busy && state && <Text>{state}</Text>}
      </div>
      {written && !busy && (
        <div>
          <Button size="small" onClick={() => props.onOpenSheet(written)}>
            {t("openSheet", { sheet: written })}
          </Button>
        </div>
      )}
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t("errorPrefix", { message: props.error })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
