/**
 * The problems found, grouped by unit and then by severity, in words (the rule's title and the
 * message); the rule's code only in the details. Every problem leads somewhere: one in the open
 * workbook selects its cell; one in a picked file shows the row it is about, with the cell marked,
 * and the file, sheet and cell to open.
 */
import * as React from "react";
import { Button, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import type { FileLedger, Issue, Severity } from "../core/model";
import { colLetters } from "../core/grid";
import type { Lang, Translate } from "../i18n/strings";
import type { CheckSummary, RowView } from "./engineService";
import type { Styles } from "./styles";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

interface Props {
  t: Translate;
  lang: Lang;
  styles: Styles;
  summary: CheckSummary;
  /** the open workbook's name, when the pane runs in Excel (its issues select their cell) */
  workbookName: string | null;
  onGo: (issue: Issue) => void;
  onRow: (issue: Issue) => Promise<RowView | null>;
}

function unitOf(file: string, ledger: FileLedger[]): string {
  const sender = ledger.find((l) => l.file === file)?.sender;
  return sender ? `${sender} — ${file}` : file;
}

function RowPanel({ issue, view, t, styles, onClose }: { issue: Issue; view: RowView | null; t: Translate; styles: Styles; onClose: () => void }) {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-label={t("rowTitle", { row: view?.row ?? "", file: issue.file, sheet: issue.sheet ?? "" })} data-testid="row-view">
      {view ? (
        <>
          <Caption1 as="p">{t("rowTitle", { row: view.row, file: issue.file, sheet: issue.sheet ?? "" })}</Caption1>
          <table className={styles.rowTable}>
            <tbody>
              {view.values.map((v, c) => (
                <tr key={c} className={c === view.column ? styles.marked : undefined} data-marked={c === view.column ? "true" : undefined}>
                  <th scope="row" style={{ textAlign: "left", fontWeight: "normal", paddingRight: "6px" }}>
                    {colLetters(c)} {view.header?.[c] ? `· ${view.header[c]}` : ""}
                  </th>
                  <td>{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <Caption1 as="p">{t("rowNotFound")}</Caption1>
      )}
      <Text as="p" weight="semibold">
        {t("rowOpen", { file: issue.file, sheet: issue.sheet ?? "–", cell: issue.cell ?? "–" })}
      </Text>
      <Button size="small" onClick={onClose}>
        {t("rowClose")}
      </Button>
    </div>
  );
}

export function IssueList({ t, lang, styles, summary, workbookName, onGo, onRow }: Props) {
  const [open, setOpen] = React.useState<{ key: string; issue: Issue; view: RowView | null } | null>(null);
  const byFile = [...summary.issues.reduce((m, i) => m.set(i.file, [...(m.get(i.file) ?? []), i]), new Map<string, Issue[]>())];
  const title = (i: Issue) => summary.ruleTitles[i.rule]?.[lang];
  return (
    <section className={styles.section} aria-labelledby="issues-title">
      <Subtitle2 as="h2" id="issues-title">
        {t("issuesTitle")}
      </Subtitle2>
      {byFile.map(([file, list], g) => (
        <div key={file} className={styles.group} role="group" aria-labelledby={`unit-${g}`}>
          <Text weight="semibold" as="h3" id={`unit-${g}`}>
            {unitOf(file, summary.ledger)} · {t("issueCount", { count: list.length })}
          </Text>
          {SEVERITIES.filter((s) => list.some((i) => i.severity === s)).map((s) => (
            <div key={s}>
              <Caption1 as="h4" style={{ margin: "4px 0" }}>
                {t(`severity_${s}`)} ({list.filter((i) => i.severity === s).length})
              </Caption1>
              <ul className={styles.list} data-testid="issue-list">
                {list
                  .filter((i) => i.severity === s)
                  .map((issue, k) => {
                    const key = `${file}|${s}|${k}`;
                    const place = t("place", { file: issue.file, sheet: issue.sheet ?? "–", cell: issue.cell ?? "–" });
                    const inWorkbook = workbookName !== null && issue.file === workbookName && issue.sheet && issue.cell;
                    const canShowRow = !inWorkbook && issue.sheet && issue.cell;
                    const body = (
                      <span className={styles.issue}>
                        {title(issue) && <Text weight="semibold">{title(issue)}</Text>}
                        <Text>{issue.message[lang]}</Text>
                        <Caption1>{place}</Caption1>
                      </span>
                    );
                    return (
                      <li key={key} data-rule={issue.rule} data-severity={issue.severity}>
                        {inWorkbook ? (
                          <Button appearance="subtle" onClick={() => onGo(issue)} aria-label={`${issue.message[lang]} — ${t("goToCell", { place })}`}>
                            {body}
                          </Button>
                        ) : canShowRow ? (
                          <Button
                            appearance="subtle"
                            aria-expanded={open?.key === key}
                            aria-label={t("showRow", { message: `${issue.message[lang]} (${place})` })}
                            onClick={() => (open?.key === key ? setOpen(null) : void onRow(issue).then((view) => setOpen({ key, issue, view })))}
                          >
                            {body}
                          </Button>
                        ) : (
                          body
                        )}
                        <details>
                          <summary>
                            <Caption1>{t("issueDetails")}</Caption1>
                          </summary>
                          <Caption1>{t("ruleCode", { code: issue.rule })}</Caption1>
                          {issue.related?.length ? <Caption1> · {issue.related.join("; ")}</Caption1> : null}
                        </details>
                        {open?.key === key && <RowPanel issue={issue} view={open.view} t={t} styles={styles} onClose={() => setOpen(null)} />}
                      </li>
                    );
                  })}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
