/** "Gửi lại đơn vị": each picked file with problems, its annotated copy to download and send back. */
import { Button, Caption1, Text } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import type { Issue } from "../core/model";
import type { Translate } from "../i18n/strings";
import type { Busy, Copy } from "./paneTypes";
import { useStyles } from "./styles";

/**
 * "Gửi lại đơn vị": for each picked file with problems, its annotated copy to download and send back.
 * The workbook's own sheets get none: the user's workbook is never modified.
 */
export function ReturnToUnits({
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

