/**
 * A province's own titles and local honours for the pane, the `--catalogue FILE` of the CLI: a JSON
 * array of entries in the shape of the built-in data (docs/catalogue.md). The entries go with the
 * next check, are kept with the report's data in the workbook (engineService) and come back when the
 * workbook is opened again, so the next consolidation of the same campaign reuses them.
 */
import * as React from "react";
import { Button, Caption1, Field } from "@fluentui/react-components";
import { BookOpenRegular, DismissRegular } from "@fluentui/react-icons";
import { translator } from "../i18n/strings";
import type { LocalCatalogue } from "./useSettings";

export function LocalCatalogueField({ value, onChange, lang }: { value: LocalCatalogue | null; onChange: (v: LocalCatalogue | null) => void; lang: "vi" | "en" }) {
  const t = translator(lang);
  const input = React.useRef<HTMLInputElement>(null);
  const [error, setError] = React.useState<string | undefined>();
  const read = async (file: File | undefined) => {
    if (!file) return;
    try {
      const json: unknown = JSON.parse(await file.text());
      if (!Array.isArray(json)) {
        setError(t("localCatalogueBad", { name: file.name, why: t("localCatalogueNotArray") }));
        return;
      }
      setError(undefined);
      onChange({ name: file.name, entries: json });
    } catch (e) {
      // JSON.parse's own message says where the file is broken
      setError(t("localCatalogueBad", { name: file.name, why: (e as Error).message }));
    }
  };
  return (
    <Field label={t("localCatalogueLabel")} validationMessage={error} hint={value ? t("localCatalogueKept") : undefined}>
      <div style={{ display: "flex", gap: "8px", alignItems: "center" }}>
        <Button icon={<BookOpenRegular />} onClick={() => input.current?.click()}>
          {t("localCataloguePick")}
        </Button>
        <Caption1 data-testid="local-catalogue-state">{value ? t("localCatalogueLoaded", { name: value.name || t("localCatalogueInWorkbook"), n: value.entries.length }) : t("localCatalogueNone")}</Caption1>
        {value && <Button appearance="subtle" icon={<DismissRegular />} aria-label={t("localCatalogueRemove")} onClick={() => onChange(null)} />}
        <input
          ref={input}
          style={{ display: "none" }}
          type="file"
          accept=".json,application/json"
          aria-label={t("localCatalogueLabel")}
          data-testid="local-catalogue-input"
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </div>
    </Field>
  );
}
