/** The campaign editor of Thiết lập: decision number -> campaign name. */
import * as React from "react";
import { Button, Caption1, Input, Text } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Translate } from "../i18n/strings";
import type { CampaignRow } from "./paneTypes";
import type { Styles } from "./styles";

/**
 * "Đợt khen thưởng theo số quyết định": rows of decision number + campaign name, added and removed
 * with buttons. Every input and button has its own accessible name ("Số quyết định, đợt 2"); a new
 * row takes the focus, and removing a row gives it to the row that takes its place (or "Thêm đợt").
 */
export function CampaignEditor({
  t,
  rows,
  onChange,
  nextId,
  styles,
}: {
  t: Translate;
  rows: CampaignRow[];
  /** a state setter: every change is an update of the latest rows (two quick clicks add two rows) */
  onChange: React.Dispatch<React.SetStateAction<CampaignRow[]>>;
  nextId: () => number;
  styles: Styles;
}) {
  const [focus, setFocus] = React.useState<string | null>(null);
  const addButton = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (!focus) return;
    if (focus === "add") addButton.current?.focus();
    else (document.getElementById(focus) as HTMLInputElement | null)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a focus request is done once the element exists in the DOM, which is only after render
    setFocus(null);
  }, [focus]);
  const edit = (id: number, field: "number" | "name", value: string) => onChange((old) => old.map((r) => (r.id === id ? { ...r, [field]: value } : r)));
  const incomplete = rows.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => (r.number.trim() === "") !== (r.name.trim() === ""));
  return (
    <div className={styles.section} role="group" aria-labelledby="campaigns-title" aria-describedby="campaigns-hint">
      <Text weight="semibold" as="h3" id="campaigns-title">
        {t("campaignsTitle")}
      </Text>
      <Caption1 id="campaigns-hint">{t("campaignsHint")}</Caption1>
      {rows.length === 0 ? (
        <Caption1>{t("campaignsNone")}</Caption1>
      ) : (
        <ul className={styles.list} aria-labelledby="campaigns-title" data-testid="campaign-rows">
          {rows.map((r, i) => (
            <li key={r.id} className={styles.row}>
              <Input
                id={`campaign-number-${r.id}`}
                value={r.number}
                placeholder={t("campaignNumber")}
                aria-label={t("campaignNumberFor", { n: i + 1 })}
                onChange={(_, d) => edit(r.id, "number", d.value)}
                style={{ width: "9em" }}
              />
              <Input
                value={r.name}
                placeholder={t("campaignName")}
                aria-label={t("campaignNameFor", { n: i + 1 })}
                onChange={(_, d) => edit(r.id, "name", d.value)}
                style={{ flexGrow: 1, minWidth: "10em" }}
              />
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t("campaignRemoveFor", { n: i + 1 })}
                onClick={() => {
                  onChange((old) => old.filter((x) => x.id !== r.id));
                  const next = rows.filter((x) => x.id !== r.id);
                  const after = next[i] ?? next[i - 1];
                  setFocus(after ? `campaign-number-${after.id}` : "add");
                }}
              >
                {t("campaignRemove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {incomplete.length > 0 && (
        <div role="status">
          {incomplete.map(({ r, n }) => (
            <Caption1 key={r.id} as="p">
              {t("campaignIncomplete", { n })}
            </Caption1>
          ))}
        </div>
      )}
      <div>
        <Button
          ref={addButton}
          icon={<AddRegular />}
          onClick={() => {
            const id = nextId();
            onChange((old) => [...old, { id, number: "", name: "" }]);
            setFocus(`campaign-number-${id}`);
          }}
        >
          {t("campaignAdd")}
        </Button>
      </div>
    </div>
  );
}

