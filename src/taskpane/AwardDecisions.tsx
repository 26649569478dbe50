/**
 * Kiểm tra's picker for award names the catalogue does not settle: one row per name as the files
 * write it (with its row count and the suggestion, if any), mapped by the user to a catalogue
 * entry or to "không tính". The decisions go into the next check and are kept with the report's
 * data in the workbook (engineService), so a later consolidation or resubmission reuses them.
 * The catalogue is loaded on demand (it is not part of the pane's first load).
 */
import * as React from "react";
import { Caption1, Dropdown, Field, Option, Text } from "@fluentui/react-components";
import type { UnsettledAward } from "../core/domain/awards";
import { NOT_COUNTED } from "../core/domain/awards/decisionValues";
import { translator } from "../i18n/strings";
import { withDecision } from "./decisionMap";

export function AwardDecisions({
  items,
  decisions,
  onChange,
  lang,
}: {
  items: UnsettledAward[];
  /** decision key (UnsettledAward.key) -> catalogue id or "không tính" */
  decisions: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  lang: "vi" | "en";
}) {
  const t = translator(lang);
  const [options, setOptions] = React.useState<{ id: string; name: string }[]>([]);
  React.useEffect(() => {
    let live = true;
    void import("../core/domain/awards").then((m) => live && setOptions(m.AWARDS.map((a) => ({ id: a.id, name: a.name }))));
    return () => {
      live = false;
    };
  }, []);
  if (items.length === 0) return null;
  const label = (id: string | undefined) =>
    !id ? t("awardNone") : id === NOT_COUNTED ? t("awardNotCounted") : (options.find((o) => o.id === id)?.name ?? id);
  return (
    <section aria-label={t("awardDecisionsTitle")} data-testid="award-decisions">
      <Text weight="semibold">{t("awardDecisionsTitle")}</Text>
      <Caption1 block>{t("awardDecisionsHint")}</Caption1>
      {items.map((item) => {
        const value = decisions[item.key] ?? item.decided;
        return (
          <Field
            key={item.key}
            label={`"${item.text}" (${t("decisionRows", { n: item.rows })})`}
            hint={item.decided ? t("decided") : item.suggestion ? t("awardSuggestion", { name: item.suggestion.name }) : undefined}
          >
            <Dropdown
              aria-label={item.text}
              value={label(value)}
              selectedOptions={value ? [value] : []}
              onOptionSelect={(_, d) => onChange(withDecision(decisions, item.key, d.optionValue))}
            >
              <Option value="" text={t("awardNone")}>
                {t("awardNone")}
              </Option>
              <Option value={NOT_COUNTED} text={t("awardNotCounted")}>
                {t("awardNotCounted")}
              </Option>
              {(item.suggestion ? [item.suggestion, ...options.filter((o) => o.id !== item.suggestion!.id)] : options).map((o) => (
                <Option key={o.id} value={o.id} text={o.name}>
                  {o.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </section>
  );
}
