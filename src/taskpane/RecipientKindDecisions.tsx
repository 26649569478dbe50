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
import { withDecision } from "./decisionMap";

/** The stored value of each kind (core's KIND_VALUES; repeated here so the pane's first load stays small). */
const VALUES: Record<RecipientKind, string> = { individual: "cá nhân", collective: "tập thể", household: "hộ gia đình" };
const ORDER: RecipientKind[] = ["individual", "collective", "household"];

const TEXTS = {
  vi: {
    title: "Chưa xác định đối tượng: chọn tập thể, cá nhân hay hộ gia đình",
    hint: "Các dòng này đang được tổng hợp riêng ở mục \"Chưa xác định đối tượng\". Chọn một lần; lựa chọn được lưu cùng dữ liệu báo cáo trong sổ làm việc. Bấm Kiểm tra lại để áp dụng.",
    rows: (n: number) => `${n} dòng`,
    none: "Chưa chọn (tổng hợp riêng)",
    kinds: { individual: "Cá nhân", collective: "Tập thể", household: "Hộ gia đình" },
    decided: "Quyết định của người dùng",
  },
  en: {
    title: "Recipient kind not settled: choose collective, individual or household",
    hint: "These rows are totalled apart, on \"Chưa xác định đối tượng\" lines. Decide once; the choice is kept with the report's data in the workbook. Run Kiểm tra again to apply it.",
    rows: (n: number) => `${n} row${n === 1 ? "" : "s"}`,
    none: "Not chosen (totalled apart)",
    kinds: { individual: "Cá nhân (individual)", collective: "Tập thể (collective)", household: "Hộ gia đình (household)" },
    decided: "The user's decision",
  },
} as const;

export function RecipientKindDecisions({
  items,
  decisions,
  onChange,
  lang,
}: {
  items: UnsettledKind[];
  /** decision key (UnsettledKind.key) -> "cá nhân" | "tập thể" | "hộ gia đình" (shared with the award decisions) */
  decisions: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  lang: "vi" | "en";
}) {
  if (items.length === 0) return null;
  const tx = TEXTS[lang];
  const kindOf = (v: string | undefined) => ORDER.find((k) => VALUES[k] === v);
  return (
    <section aria-label={tx.title} data-testid="kind-decisions">
      <Text weight="semibold">{tx.title}</Text>
      <Caption1 block>{tx.hint}</Caption1>
      {items.map((item) => {
        const kind = kindOf(decisions[item.key]) ?? item.decided;
        const where = item.units.length ? ` · ${item.units.join("; ")}` : "";
        return (
          <Field key={item.key} label={`"${item.name}" (${tx.rows(item.rows)}${where})`} hint={item.decided ? tx.decided : undefined}>
            <Dropdown
              aria-label={item.name}
              value={kind ? tx.kinds[kind] : tx.none}
              selectedOptions={kind ? [VALUES[kind]] : []}
              onOptionSelect={(_, d) => onChange(withDecision(decisions, item.key, d.optionValue))}
            >
              <Option value="" text={tx.none}>
                {tx.none}
              </Option>
              {ORDER.map((k) => (
                <Option key={k} value={VALUES[k]} text={tx.kinds[k]}>
                  {tx.kinds[k]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </section>
  );
}
