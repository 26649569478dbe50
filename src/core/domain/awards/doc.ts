/**
 * docs/catalogue.md, rendered from the catalogue data so the documentation cannot drift from it
 * (a test compares the committed file with this output; npm run docs:catalogue rewrites it).
 */
import { spellingsOf } from "./match";
import { FAMILY_NAMES, ISSUERS, PERIOD_ORDER, PERIODS, type AwardEntry, type Family, type Period } from "./types";

const KIND = { collective: "tập thể", individual: "cá nhân", household: "hộ gia đình" } as const;
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Who may grant the award in a period: the grants whose dates overlap the period. */
export function issuersIn(a: AwardEntry, p: Period): string[] {
  if (!a.periods.includes(p)) return [];
  const r = PERIODS[p];
  const overlaps = (g: { from?: string; to?: string }) => (!g.from || !r.to || g.from <= r.to) && (!g.to || !r.from || g.to >= r.from);
  return a.grants.filter(overlaps).map((g) => ISSUERS[g.issuer].name.vi);
}

export function renderCatalogueDoc(awards: AwardEntry[]): string {
  const out: string[] = [];
  out.push("# Danh mục danh hiệu, hình thức khen thưởng / Award catalogue");
  out.push("");
  out.push("<!-- Tệp sinh tự động: npm run docs:catalogue. Generated from src/core/domain/awards/data-*.ts by scripts/make-catalogue-doc.ts; do not edit. -->");
  out.push("");
  out.push(
    "Nguồn: `../shared/reference/award-catalogue-law.md` (bảng A, B1–B7, C). Mỗi mục có nhóm, hạng, đối tượng, người tặng theo từng thời kỳ (P0–P3), điều luật và độ tin cậy ([C] đã xác nhận, [C-sec] nguồn thứ cấp, [I] suy luận, UNCONFIRMED chưa xác nhận: mục [I]/UNCONFIRMED không bao giờ sinh lỗi, nhiều nhất là cảnh báo nói rõ lý do).",
  );
  out.push("");
  out.push(
    "Source: `../shared/reference/award-catalogue-law.md` (Tables A, B1–B7, C). Each entry has its family, class, recipients, issuer per legal period (P0–P3), article and confidence ([C] confirmed, [C-sec] secondary source, [I] inferred, UNCONFIRMED: an [I]/UNCONFIRMED fact never produces an error, at most a warning saying why).",
  );
  out.push("");
  out.push("## So khớp / Matching");
  out.push("");
  out.push(
    "- Một tên chỉ được nhận là một mục khi nhóm (Huân chương ≠ Huy chương ≠ Kỷ niệm chương), hạng (Nhất ≠ Nhì ≠ Ba) và cấp khen (Tỉnh ủy ≠ UBND tỉnh; thị xã ≠ xã ≠ huyện; Bộ A ≠ Bộ B) đều khớp, sau khi gộp kiểu bỏ dấu, hoa/thường, \"sĩ/sỹ\", \"hóa/hoá\", \"Ủy/Uỷ/UBND\", \"hạng I/1/Nhất\", \"của\", tên địa danh sau \"tỉnh\"/\"huyện\"/\"xã\". Chữ gõ không dấu hoàn toàn được chấp nhận; chữ có dấu sai thì không.",
  );
  out.push(
    "- \"Bằng khen\", \"BK\", \"Giấy khen\", \"GK\", \"CSTĐ\", \"Cờ thi đua\", \"Huân chương Lao động\" (thiếu hạng) chỉ được xác định khi một cột khác cho biết: cột Cấp khen, hoặc số quyết định (QĐ-TTg, QĐ-CTN).",
  );
  out.push(
    "- Tên sai chính tả chỉ được gợi ý trong thông báo (award-unknown). Dòng không xác định được tổng hợp riêng ở mục \"Chưa xác định: <tên như trong tệp>\", không cộng vào tổng và không vào câu báo cáo. Chính sách đếm tên sai chính tả (`--suggestions`): `none` không tính theo gợi ý nào; `slips` chỉ tính lỗi gõ không đổi nhóm, hạng, cấp (\"Lao đông tiến tiến\"); `slips` là mặc định; `all` (chỉ khi người dùng yêu cầu) tính mọi gợi ý, kể cả gợi ý vượt nhóm, hạng, cấp, và thông báo nói rõ.",
  );
  out.push(
    "- Người dùng quyết định một lần: `--award-map FILE` (JSON `{ \"tên như trong tệp\": \"mã mục\" | \"không tính\" }`, hoặc bảng hai cột .xlsx/.csv) và `--catalogue FILE` (mục riêng của tỉnh, cùng định dạng với dữ liệu dưới đây, JSON mảng các mục). Trong ngăn tác vụ: ô chọn cho từng tên chưa xác định trong Kiểm tra, và ô \"Danh mục danh hiệu riêng của tỉnh\". Quyết định và danh mục riêng được lưu cùng dữ liệu báo cáo (sheet ẩn `_tdkt_data`), nên lần tổng hợp sau và khi đơn vị gửi lại dùng lại; Kiểm tra ghi rõ đây là quyết định của người dùng hoặc mục của danh mục riêng.",
  );
  out.push(
    "- Đối tượng chưa xác định: dòng không có mục TẬP THỂ / CÁ NHÂN, không có cột Phân loại, danh hiệu dành cho nhiều loại đối tượng và tên không rõ là người hay tập thể được tổng hợp riêng ở mục \"Chưa xác định đối tượng\". Người dùng chọn một lần (ô chọn trong Kiểm tra, hoặc một dòng `--award-map` có giá trị \"cá nhân\" / \"tập thể\" / \"hộ gia đình\": cột đầu là tên đối tượng như trong tệp).",
  );
  out.push("");
  out.push(
    "- A name resolves to an entry only when family, class and issuer level all agree, after folding tone placement, case, \"sĩ/sỹ\", \"hóa/hoá\", \"Ủy/Uỷ/UBND\", \"hạng I/1/Nhất\", \"của\" and a place name after \"tỉnh\"/\"huyện\"/\"xã\". Text typed entirely without accents is accepted; text with wrong accents is not.",
  );
  out.push("- A bare \"Bằng khen\", \"BK\", \"Giấy khen\", \"GK\", \"CSTĐ\", \"Cờ thi đua\" or an order without its class resolves only when another column settles it: a Cấp khen column, or the decision number's authority (QĐ-TTg, QĐ-CTN).");
  out.push(
    "- A misspelling is only suggested in the message (award-unknown). An unresolved row is totalled on its own line \"Chưa xác định: <name as written>\", outside every total and sentence. Counting policy for misspellings (`--suggestions`): `none` counts none under its suggestion; `slips` (the default) only a slip that changes no family, class or level (\"Lao đông tiến tiến\"); `all` (only on request) counts every suggestion, even one that crosses a line, and the message says so. A bare name is never counted on a guess.",
  );
  out.push("- The user settles it once: `--award-map FILE` (JSON `{ \"name as written\": \"entry id\" | \"không tính\" }`, or a two-column .xlsx/.csv) and `--catalogue FILE` (a province's own entries, same shape as the data below, a JSON array). In the pane: a picker per unsettled name in Kiểm tra, and the \"province's own award catalogue\" field. Decisions and the province's entries are kept with the report's data (hidden sheet `_tdkt_data`), so the next consolidation and a resubmission reuse them; Kiểm tra says which rows the user's decision or the province's catalogue settled.");
  out.push(
    "- Recipient kind not settled: a row with no TẬP THỂ / CÁ NHÂN section, no Phân loại column, an award open to several kinds and a name that is neither plainly a person's nor a body's is totalled apart, on a \"Chưa xác định đối tượng\" line. The user decides once (the picker in Kiểm tra, or an `--award-map` row whose value is \"cá nhân\" / \"tập thể\" / \"hộ gia đình\": the first column is then the recipient's name as written).",
  );
  out.push("");
  out.push("## Thời kỳ / Periods");
  out.push("");
  for (const p of PERIOD_ORDER) out.push(`- **${p}**: ${PERIODS[p].from ?? "…"} – ${PERIODS[p].to ?? "…"}; ${PERIODS[p].law}`);
  out.push("");
  const families = [...new Set(awards.map((a) => a.family))] as Family[];
  for (const f of families) {
    out.push(`## ${FAMILY_NAMES[f].vi} / ${FAMILY_NAMES[f].en}`);
    out.push("");
    out.push("| id | Tên / name | English | Hạng | Đối tượng | P1 | P2 | P3 | Điều / article | Tin cậy | Viết tắt, biến thể / spellings |");
    out.push("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const a of awards.filter((x) => x.family === f)) {
      const by = (p: Period) => (a.periods.includes(p) ? cell(issuersIn(a, p).join(", ") || "✓") : "—");
      const notes = [
        a.reportAs !== a.id ? `tính vào / totalled as \`${a.reportAs}\`` : "",
        a.periods.includes("P0") ? "P0" : "",
        a.unconfirmed ?? "",
        a.outsideLaw ? `ngoài Luật TĐKT / outside the law: ${a.outsideLaw}` : "",
      ].filter(Boolean);
      const spellings = spellingsOf(a).filter((s) => s !== a.name);
      out.push(
        `| \`${a.id}\` | ${cell(a.name)} | ${cell(a.en)} | ${a.class ?? ""} | ${a.recipients.map((k) => KIND[k]).join(", ")} | ${by("P1")} | ${by("P2")} | ${by("P3")} | ${cell(a.article)} (${a.source}) | ${a.confidence}${notes.length ? "; " + cell(notes.join("; ")) : ""} | ${cell(spellings.join(", "))} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}
