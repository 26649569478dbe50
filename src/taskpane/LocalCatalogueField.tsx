/**
 * A province's own titles and local honours for the pane, the `--catalogue FILE` of the CLI: a JSON
 * array of entries in the shape of the built-in data (docs/catalogue.md). The entries go with the
 * next check, are kept with the report's data in the workbook (engineService) and come back when the
 * workbook is opened again, so the next consolidation of the same campaign reuses them.
 */
import * as React from "react";
import { Button, Caption1, Field } from "@fluentui/react-components";
import { BookOpenRegular, DismissRegular } from "@fluentui/react-icons";
import type { LocalCatalogue } from "./useSettings";

const TEXTS = {
  vi: {
    label: "Danh mục danh hiệu riêng của tỉnh (.json, không bắt buộc)",
    pick: "Chọn tệp",
    remove: "Bỏ danh mục riêng",
    none: "Chỉ dùng danh mục theo Luật",
    kept: "lưu cùng báo cáo trong sổ làm việc",
    loaded: (name: string, n: number) => `${name || "Danh mục lưu trong sổ làm việc"}: ${n} mục`,
    bad: (name: string, why: string) => `${name}: không đọc được danh mục (${why}). Tệp phải là một mảng JSON các mục (xem docs/catalogue.md).`,
  },
  en: {
    label: "The province's own award catalogue (.json, optional)",
    pick: "Choose file",
    remove: "Remove the own catalogue",
    none: "The law's catalogue only",
    kept: "kept with the report in the workbook",
    loaded: (name: string, n: number) => `${name || "Catalogue kept in the workbook"}: ${n} entries`,
    bad: (name: string, why: string) => `${name}: cannot read the catalogue (${why}). The file must hold a JSON array of entries (see docs/catalogue.md).`,
  },
} as const;

export function LocalCatalogueField({ value, onChange, lang }: { value: LocalCatalogue | null; onChange: (v: LocalCatalogue | null) => void; lang: "vi" | "en" }) {
  const tx = TEXTS[lang];
  const input = React.useRef<HTMLInputElement>(null);
  const [error, setError] = React.useState<string | undefined>();
  const read = async (file: File | undefined) => {
    if (!file) return;
    try {
      const json: unknown = JSON.parse(await file.text());
      if (!Array.isArray(json)) throw new Error(lang === "vi" ? "không phải mảng JSON" : "not a JSON array");
      setError(undefined);
      onChange({ name: file.name, entries: json });
    } catch (e) {
      setError(tx.bad(file.name, (e as Error).message));
    }
  };
  return (
    <Field label={tx.label} validationMessage={error} hint={value ? tx.kept : undefined}>
      <div style={{ display: "flex", gap: "8px", alignItems: "center" }}>
        <Button icon={<BookOpenRegular />} onClick={() => input.current?.click()}>
          {tx.pick}
        </Button>
        <Caption1 data-testid="local-catalogue-state">{value ? tx.loaded(value.name, value.entries.length) : tx.none}</Caption1>
        {value && <Button appearance="subtle" icon={<DismissRegular />} aria-label={tx.remove} onClick={() => onChange(null)} />}
        <input
          ref={input}
          style={{ display: "none" }}
          type="file"
          accept=".json,application/json"
          aria-label={tx.label}
          data-testid="local-catalogue-input"
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </div>
    </Field>
  );
}
