/** "Cập nhật đơn vị gửi lại": a unit's new file replaces its part; what changed is shown. */
import * as React from "react";
import { Badge, Button, Caption1, Field, ProgressBar, Text } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import type { Lang, Translate } from "../i18n/strings";
import type { ResubmittedUnitView, StoredReport } from "./engineService";
import { ACCEPT, type Busy } from "./paneTypes";
import type { Styles } from "./styles";

/** "Cập nhật đơn vị gửi lại": pick the units' new files; what changed for each is shown below. */
export function Resubmission({
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
  styles: Styles;
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

