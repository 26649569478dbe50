/**
 * docs/rules.md, rendered from the rules' metadata and the award catalogue, so the documentation
 * cannot drift from the code (a test compares the committed file with this output).
 */
import { AWARDS, ISSUERS } from "../domain/awards";
import { TDKT_CONFIG } from "../domain/config";
import type { Rule } from "./rule";

const SEVERITY = { error: "lỗi / error", warning: "cảnh báo / warning", info: "thông tin / info" } as const;
const KIND = { collective: "tập thể", individual: "cá nhân", household: "hộ gia đình" } as const;

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
    `Nguồn: src/core/domain/awards.ts. So khớp không phân biệt kiểu bỏ dấu, hoa/thường, khoảng trắng, "của", "UBND" = "Ủy ban nhân dân", "CT" = "Chủ tịch", tên tỉnh/huyện sau "tỉnh"/"huyện"; chữ gõ không dấu hoàn toàn được chấp nhận, chữ có dấu nhưng sai dấu thì không (award-unknown, kèm gợi ý). Tỷ lệ CSTĐCS/LĐTT mặc định ${TDKT_CONFIG.cstdcsRatioLimit} (NĐ 91/2017; theo Luật 2022: UNCONFIRMED). Cấp huyện kết thúc sau ${TDKT_CONFIG.districtTierLastDay}.`,
  );
  out.push("");
  out.push(
    `Matching ignores tone placement, case, spacing, "của", "UBND" = "Ủy ban nhân dân", "CT" = "Chủ tịch" and a place name after "tỉnh"/"huyện"; text typed entirely without accents is accepted, text with wrong accents is not (award-unknown, with a suggestion). CSTĐCS/LĐTT cap ${TDKT_CONFIG.cstdcsRatioLimit} by default (NĐ 91/2017; under Luật 2022: UNCONFIRMED). The district tier ends after ${TDKT_CONFIG.districtTierLastDay}.`,
  );
  out.push("");
  out.push("| id | Tên / name | English | Đối tượng / recipients | Tính vào / totalled as | Người tặng theo thời kỳ / granted by | Viết tắt, biến thể / aliases |");
  out.push("|---|---|---|---|---|---|---|");
  for (const a of AWARDS) {
    const grants = a.grants
      .map((g) => `${ISSUERS[g.issuer].name.vi}${g.from || g.to ? ` (${g.from ?? "…"} – ${g.to ?? "…"})` : ""}`)
      .join("; ");
    const note = a.unconfirmed ? ` UNCONFIRMED: ${a.unconfirmed}.` : "";
    out.push(
      `| \`${a.id}\` | ${cell(a.name)} | ${cell(a.en)} | ${a.recipients.map((k) => KIND[k]).join(", ")} | ${a.reportAs === a.id ? "" : `\`${a.reportAs}\``} | ${cell(grants || "—")}${cell(note)} | ${cell(a.aliases.join(", "))} |`,
    );
  }
  out.push("");
  return out.join("\n");
}
