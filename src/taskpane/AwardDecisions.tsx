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
import { withDecision } from "./decisionMap";

const NOT_COUNTED = "không tính";

const TEXTS = {
  vi: {
    title: "Danh hiệu chưa xác định: chọn mục trong danh mục",
    hint: "Chọn một lần; lựa chọn được lưu cùng dữ liệu báo cáo trong sổ làm việc. Bấm Kiểm tra lại để áp dụng.",
    rows: (n: number) => `${n} dòng`,
    suggestion: (s: string) => `gợi ý: ${s}`,
    none: "Chưa chọn (tổng hợp riêng ở mục Chưa xác định)",
    notCounted: "Không tính",
    decided: "Quyết định của người dùng",
  },
  en: {
    title: "Unsettled awards: map each to a catalogue entry",
    hint: "Decide once; the choice is kept with the report's data in the workbook. Run Kiểm tra again to apply it.",
    rows: (n: number) => `${n} row${n === 1 ? "" : "s"}`,
    suggestion: (s: string) => `suggested: ${s}`,
    none: "Not chosen (totalled apart as Chưa xác định)",
    notCounted: "Không tính (not counted)",
    decided: "The user's decision",
  },
} as const;

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
  const tx = TEXTS[lang];
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
    !id ? tx.none : id === NOT_COUNTED ? tx.notCounted : (options.find((o) => o.id === id)?.name ?? id);
  return (
    <section aria-label={tx.title} data-testid="award-decisions">
      <Text weight="semibold">{tx.title}</Text>
      <Caption1 block>{tx.hint}</Caption1>
      {items.map((item) => {
        const value = decisions[item.key] ?? item.decided;
        return (
          <Field
            key={item.key}
            label={`"${item.text}" (${tx.rows(item.rows)})`}
            hint={item.decided ? tx.decided : item.suggestion ? tx.suggestion(item.suggestion.name) : undefined}
          >
            <Dropdown
              aria-label={item.text}
              value={label(value)}
              selectedOptions={value ? [value] : []}
              onOptionSelect={(_, d) => onChange(withDecision(decisions, item.key, d.optionValue))}
            >
              <Option value="" text={tx.none}>
                {tx.none}
              </Option>
              <Option value={NOT_COUNTED} text={tx.notCounted}>
                {tx.notCounted}
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
