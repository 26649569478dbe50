/**
 * Thiết lập: the period (dd/mm/yyyy text fields; the guess from the titles shown and editable), the
 * unit list, the CSTĐCS cap and the campaign names.
 */
import * as React from "react";
import { Caption1, Field, Input, Subtitle2 } from "@fluentui/react-components";
import type { Translate } from "../i18n/strings";
import { CampaignEditor } from "./CampaignEditor";
import type { CheckSummary } from "./engineService";
import { RegistryPicker } from "./FilePickers";
import { isoFromVi, viDate } from "./paneTypes";
import type { Styles } from "./styles";
import type { SettingsState } from "./useSettings";

/**
 * A date typed as Vietnamese write it (dd/mm/yyyy), whatever the browser's locale: a native date
 * input would show mm/dd/yyyy on an English system. `value` and `onChange` are ISO yyyy-mm-dd ("" when empty).
 */
function DateField({ label, value, onChange, t }: { label: string; value: string; onChange: (iso: string) => void; t: Translate }) {
  const [text, setText] = React.useState(viDate(value));
  const [invalid, setInvalid] = React.useState(false);
  React.useEffect(() => {
    // a value set from outside (the guess from the titles) replaces what is shown
    if (isoFromVi(text) !== value && !(value === "" && text.trim() === "")) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the field keeps the user's half-typed text; only a value set from outside replaces it
      setText(viDate(value));
      setInvalid(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const commit = (v: string) => {
    if (v.trim() === "") {
      setInvalid(false);
      onChange("");
      return;
    }
    const iso = isoFromVi(v);
    setInvalid(iso === null);
    if (iso) onChange(iso);
  };
  return (
    <Field label={label} validationState={invalid ? "error" : "none"} validationMessage={invalid ? t("dateInvalid") : undefined} style={{ minWidth: 0, flex: "1 1 120px" }}>
      <Input
        value={text}
        placeholder={t("dateFormat")}
        inputMode="numeric"
        style={{ minWidth: 0, width: "100%" }}
        onChange={(_, d) => {
          setText(d.value);
          if (isoFromVi(d.value) || d.value.trim() === "") commit(d.value);
        }}
        onBlur={(e) => commit(e.currentTarget.value)}
      />
    </Field>
  );
}

export function SettingsSection({ t, styles, settings, summary, preview }: { t: Translate; styles: Styles; settings: SettingsState; summary: CheckSummary | null; preview: CheckSummary | null }) {
  const guess = (summary ?? preview)?.periodGuessed ? (summary ?? preview)!.period : undefined;
  return (
    <section className={styles.section} aria-labelledby="settings-title">
      <Subtitle2 as="h2" id="settings-title">
        {t("settingsTitle")}
      </Subtitle2>
      <div className={styles.row}>
        <DateField label={t("periodFrom")} value={settings.from} onChange={(v) => settings.setPeriod(v, settings.to)} t={t} />
        <DateField label={t("periodTo")} value={settings.to} onChange={(v) => settings.setPeriod(settings.from, v)} t={t} />
      </div>
      {guess && !settings.edited && (
        <Caption1 data-testid="period-guess">{t("periodFromGuess", { from: viDate(guess.from), to: viDate(guess.to) })}</Caption1>
      )}
      <Field label={t("registryFile")} hint={summary && summary.registryCount > 0 ? t("registryLoaded", { count: summary.registryCount }) : undefined}>
        <RegistryPicker t={t} file={settings.registry} onFile={settings.setRegistry} />
      </Field>
      <Field label={t("ratioLabel")}>
        <Input type="number" min={0} max={100} value={settings.ratio} onChange={(_, d) => settings.setRatio(d.value)} />
      </Field>
      <CampaignEditor t={t} rows={settings.campaigns} onChange={settings.setCampaigns} nextId={settings.nextCampaignId} styles={styles} />
    </section>
  );
}
