/**
 * Nguồn: the workbook's sheets to read, and the units' files as a compact list — one line each
 * (status icon, unit, counts), the file name, its sheets and "Bỏ" on demand.
 */
import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DocumentRegular, ErrorCircleRegular, WarningRegular } from "@fluentui/react-icons";
import type { FileLedger, Issue } from "../core/model";
import type { SheetInfo } from "../excel/gateway";
import { kindName, type Lang, type Translate } from "../i18n/strings";
import type { CheckSummary } from "./engineService";
import { FileDrop } from "./FilePickers";
import type { PickedFile } from "./paneTypes";
import type { Styles } from "./styles";

function counts(issues: Issue[], file: string) {
  const mine = issues.filter((i) => i.file === file);
  return { errors: mine.filter((i) => i.severity === "error").length, warnings: mine.filter((i) => i.severity === "warning").length };
}

function FileLine({ f, ledger, summary, lang, t, styles, onRemove }: { f: PickedFile; ledger?: FileLedger; summary: CheckSummary | null; lang: Lang; t: Translate; styles: Styles; onRemove: () => void }) {
  const checked = summary?.ledger.some((l) => l.file === f.name) ?? false;
  const c = summary ? counts(summary.issues, f.name) : { errors: 0, warnings: 0 };
  const icon = ledger?.error || c.errors > 0 ? <ErrorCircleRegular aria-hidden color="#c50f1f" /> : c.warnings > 0 ? <WarningRegular aria-hidden color="#bc4b09" /> : checked ? <CheckmarkCircleRegular aria-hidden color="#107c10" /> : <DocumentRegular aria-hidden />;
  const unit = ledger?.sender ?? (ledger ? t("unitUnknown") : f.name);
  const status = ledger?.error ? t("fileError") : checked ? (c.errors + c.warnings > 0 ? t("fileCounts", c) : t("fileNoIssues")) : ledger ? t("fileTables", { count: ledger.sheets.length }) : "";
  return (
    <li data-file={f.name}>
      <details>
        <summary className={styles.fileLine}>
          {icon}
          <Text className={styles.fileUnit}>{unit}</Text>
          <Caption1>{status}</Caption1>
        </summary>
        <div className={styles.details}>
          <Caption1>{t("fileName", { name: f.name })}</Caption1>
          {ledger?.error && <Caption1>{ledger.error.message[lang]}</Caption1>}
          {ledger?.sheets.map((s) => (
            <Caption1 key={s.sheet}>
              {s.sheet}: {kindName(s.kind, lang)}
            </Caption1>
          ))}
          <div>
            <Button size="small" appearance="subtle" onClick={onRemove}>
              {t("removeFile", { name: f.name })}
            </Button>
          </div>
        </div>
      </details>
    </li>
  );
}

export function SourcesSection(props: {
  t: Translate;
  lang: Lang;
  styles: Styles;
  hostAvailable: boolean;
  sheets: SheetInfo[];
  chosenSheets: Set<string>;
  onChoose: (name: string, on: boolean) => void;
  kindOf: (sheet: string) => string | undefined;
  files: PickedFile[];
  notices: string[];
  summary: CheckSummary | null;
  preview: CheckSummary | null;
  onFiles: (list: FileList | null) => void;
  onRemove: (name: string) => void;
}) {
  const { t, lang, styles, files, summary, preview } = props;
  const ledgerOf = (name: string) => summary?.ledger.find((l) => l.file === name) ?? preview?.ledger.find((l) => l.file === name);
  return (
    <section className={styles.section} aria-labelledby="sources-title">
      <Subtitle2 as="h2" id="sources-title">
        {t("sourcesTitle")}
      </Subtitle2>
      {props.hostAvailable && (
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend>
            <Text weight="semibold">{t("workbookSheets")}</Text>
          </legend>
          {props.sheets.length === 0 && <Text>{t("noSheets")}</Text>}
          {props.sheets.map((s) => {
            const kind = props.kindOf(s.name);
            const notes = [
              s.createdByAddin ? t("reportSheetNote") : null,
              s.visibility !== "Visible" ? t("hiddenSheet") : null,
              kind ? t("kindLabel", { kind: kindName(kind, lang) }) : null,
            ].filter(Boolean);
            return (
              <Checkbox
                key={s.name}
                checked={props.chosenSheets.has(s.name)}
                onChange={(_, d) => props.onChoose(s.name, !!d.checked)}
                label={notes.length > 0 ? `${s.name} (${notes.join("; ")})` : s.name}
              />
            );
          })}
        </fieldset>
      )}
      <FileDrop t={t} onFiles={props.onFiles} styles={styles} />
      {props.notices.length > 0 && (
        <MessageBar intent="info" data-testid="file-notices">
          <MessageBarBody>
            {props.notices.map((n) => (
              <div key={n}>{n}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {files.length === 0 ? (
        <Caption1>{t("noFiles")}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t("filesLabel")} data-testid="file-list">
          {files.map((f) => (
            <FileLine key={f.name} f={f} ledger={ledgerOf(f.name)} summary={summary} lang={lang} t={t} styles={styles} onRemove={() => props.onRemove(f.name)} />
          ))}
        </ul>
      )}
    </section>
  );
}
