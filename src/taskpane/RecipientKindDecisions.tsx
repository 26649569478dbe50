/**
 * Kiểm tra's picker for recipients whose kind (tập thể / cá nhân / hộ gia đình) no signal settles:
 * no section, no Phân loại column, an award open to several kinds and a name that is neither
 * plainly a person's nor a collective's. One row per name (with its row count and units); the user
 * sets the kind once. The choice goes into the same decisions as the award picker (key "kind:…"),
 * so it is kept with the report's data in the workbook and reused by a later consolidation.
 */
import { Caption1, Dropdown, Field, Option, Text } from "@fluentui/react-components";
import type { UnsettledKind } from "../core/domain/awards";
import type { RecipientKind } from "../core/model";
import { KIND_VALUES } from "../core/domain/awards/decisionValues";
import { translator } from "../i18n/strings";
import { withDecision } from "./decisionMap";

const ORDER: RecipientKind[] = ["individual", "collective", "household"];

export function RecipientKindDecisions({
  items,
  decisions,
  onChange,
  lang,
}: {
  items: UnsettledKind[];
  /** decision key (UnsettledKind.key) -> a KIND_VALUES value (shared with the award decisions) */
  decisions: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  lang: "vi" | "en";
}) {
  if (items.length === 0) return null;
  const t = translator(lang);
  const kindName = (k: RecipientKind) => t(`recipient_${k}`);
  const kindOf = (v: string | undefined) => ORDER.find((k) => KIND_VALUES[k] === v);
  return (
    <section aria-label={t("kindDecisionsTitle")} data-testid="kind-decisions">
      <Text weight="semibold">{t("kindDecisionsTitle")}</Text>
      <Caption1 block>{t("kindDecisionsHint")}</Caption1>
      {items.map((item) => {
        const kind = kindOf(decisions[item.key]) ?? item.decided;
        const where = item.units.length ? ` · ${item.units.join("; ")}` : "";
        return (
          <Field key={item.key} label={`"${item.name}" (${t("decisionRows", { n: item.rows })}${where})`} hint={item.decided ? t("decided") : undefined}>
            <Dropdown
              aria-label={item.name}
              value={kind ? kindName(kind) : t("kindNone")}
              selectedOptions={kind ? [KIND_VALUES[kind]] : []}
              onOptionSelect={(_, d) => onChange(withDecision(decisions, item.key, d.optionValue))}
            >
              <Option value="" text={t("kindNone")}>
                {t("kindNone")}
              </Option>
              {ORDER.map((k) => (
                <Option key={k} value={KIND_VALUES[k]} text={kindName(k)}>
                  {kindName(k)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </section>
  );
}
