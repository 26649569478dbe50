/**
 * docs/rules.md, rendered from the rules' metadata and the award catalogue, so the documentation
 * cannot drift from the code (a test compares the committed file with this output).
 */
import { BUILT_IN_AWARDS as AWARDS } from "../domain/awards";
import { TDKT_CONFIG } from "../domain/config";
import type { Rule } from "./rule";

const SEVERITY = { error: "lỗi / error", warning: "cảnh báo / warning", info: "thông tin / info" } as const;

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderRulesDoc(rules: Rule[]): string {
  const out: string[] = [];
  out.push("# Quy tắc kiểm tra / Check rules");
  out.push("");
  out.push("<!-- Tệp sinh tự động: npm run docs:rules. Generated from the rules' metadata by scripts/make-rules-doc.ts; do not edit. -->");
  out.push("");
  out.push(
    "Mỗi quy tắc có một mã cố định, mức độ mặc định (đổi hoặc tắt bằng tùy chọn `severities`, ví dụ `{ \"award-ratio\": \"warning\" }` hoặc `\"off\"`), mô tả, cách sửa và căn cứ pháp lý. Mục ghi UNCONFIRMED là điểm chưa đối chiếu được với văn bản gốc.",
  );
  out.push("");
  out.push(
    "Every rule has a stable code, a default severity (change or disable it with the `severities` option, e.g. `{ \"award-ratio\": \"warning\" }` or `\"off\"`), a description, a fix and its legal source. UNCONFIRMED marks what could not be checked against the official text.",
  );
  out.push("");
  out.push("| Mã / code | Mức độ / severity | Tên | Title |");
  out.push("|---|---|---|---|");
  for (const r of rules) out.push(`| [\`${r.meta.id}\`](#${r.meta.id}) | ${SEVERITY[r.meta.severity]} | ${cell(r.meta.title.vi)} | ${cell(r.meta.title.en)} |`);
  out.push("");
  for (const r of rules) {
    const m = r.meta;
    out.push(`## ${m.id}`);
    out.push("");
    out.push(`**${m.title.vi}** / *${m.title.en}* — ${SEVERITY[m.severity]}`);
    out.push("");
    out.push(`- Mô tả: ${m.description.vi}`);
    out.push(`- Description: ${m.description.en}`);
    out.push(`- Cách sửa: ${m.fix.vi}`);
    out.push(`- Fix: ${m.fix.en}`);
    if (m.source) out.push(`- Căn cứ / legal source: ${m.source}`);
    if (m.options) {
      out.push(`- Tùy chọn: ${m.options.vi}`);
      out.push(`- Options: ${m.options.en}`);
    }
    out.push("");
  }
  out.push("## Danh mục danh hiệu, hình thức khen thưởng / Award catalogue");
  out.push("");
  out.push(
    `Danh mục (${AWARDS.length} mục, theo thời kỳ, người tặng, điều luật, độ tin cậy) và cách so khớp tên: [catalogue.md](catalogue.md). Tỷ lệ CSTĐCS/LĐTT: lỗi ở mức ${TDKT_CONFIG.cstdcsRatioLimit} cho quyết định theo NĐ 91/2017 (đến 31/12/2023); sau đó là quy định của tỉnh, chỉ kiểm tra khi người dùng đặt tỷ lệ. Cấp huyện kết thúc sau ${TDKT_CONFIG.districtTierLastDay}.`,
  );
  out.push("");
  out.push(
    `The catalogue (${AWARDS.length} entries, by period, issuer, article and confidence) and how names are matched: [catalogue.md](catalogue.md). CSTĐCS/LĐTT cap: an error at ${TDKT_CONFIG.cstdcsRatioLimit} for decisions under NĐ 91/2017 (to 31/12/2023); afterwards a province's rule, checked only when the user sets the share. The district tier ends after ${TDKT_CONFIG.districtTierLastDay}.`,
  );
  out.push("");
  return out.join("\n");
}
