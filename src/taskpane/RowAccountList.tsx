/**
 * The row account in the pane (Kiểm tra): per file and sheet, rows with data = records + structural
 * rows + rows not read. A sheet with rows not read is shown first and open, with the rows and why;
 * the rest is one line each. The same figures are in the report's "Kiểm tra" sheet and the CLI JSON.
 * Its few texts live here (vi default, en) so the pane's dictionary stays the pane's.
 */
import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FileLedger, RowAccount } from "../core/model";
import { reasonText, rowRuns } from "../core/records/rowAccount";

type Lang = "vi" | "en";

const TEXTS = {
  vi: {
    title: "Sổ dòng",
    line: "{data} dòng có dữ liệu: {records} thành bản ghi, {structural} dòng cấu trúc, {notRead} không đọc",
    allRead: "Mọi dòng có dữ liệu đã được đọc hoặc gọi tên ({sheets} sheet).",
    rows: "dòng",
    columns: "Cột không dùng",
  },
  en: {
    title: "Row account",
    line: "{data} rows with data: {records} records, {structural} structural, {notRead} not read",
    allRead: "Every row with data was read or named ({sheets} sheets).",
    rows: "rows",
    columns: "Columns not used",
  },
};

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
}

function sums(a: RowAccount) {
  return {
    structural: Object.values(a.structural).reduce((n, k) => n + k, 0),
    notRead: Object.values(a.notRead).reduce((n, rs) => n + rs.length, 0),
  };
}

export function RowAccountList({ ledger, lang }: { ledger: FileLedger[]; lang: Lang }) {
  const styles = useStyles();
  const t = TEXTS[lang];
  const sheets = ledger.flatMap((f) => (f.rowAccounts ?? []).filter((a) => a.rowsWithData > 0).map((a) => ({ file: f.file, a, ...sums(a) })));
  if (!sheets.length) return null;
  const withLoss = sheets.filter((s) => s.notRead > 0);
  return (
    <section aria-label={t.title}>
      <Subtitle2 as="h3">{t.title}</Subtitle2>
      {withLoss.length === 0 && <Caption1 as="p">{fill(t.allRead, { sheets: sheets.length })}</Caption1>}
      <ul className={styles.list}>
        {[...withLoss, ...sheets.filter((s) => s.notRead === 0)].map(({ file, a, structural, notRead }) => (
          <li key={`${file}|${a.sheet}`}>
            <Text weight="semibold">{`${file} — ${a.sheet}`}</Text>
            <br />
            <Caption1>{fill(t.line, { data: a.rowsWithData, records: a.records, structural, notRead })}</Caption1>
            {a.unreadColumns?.length ? (
              <>
                <br />
                <Caption1>{`${t.columns}: ${a.unreadColumns.map((c) => `${c.column} "${c.header}"`).join(", ")}`}</Caption1>
              </>
            ) : null}
            {notRead > 0 && (
              <ul className={styles.list}>
                {Object.entries(a.notRead).map(([reason, rows]) => (
                  <li key={reason} className={styles.warn}>
                    <Caption1>{`${reasonText(reason)[lang]}: ${t.rows} ${rowRuns(rows)}`}</Caption1>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
