/**
 * recipient-kind-mismatch: a title given to the wrong kind of recipient (LĐTT to a collective,
 * TTLĐTT to a person, "Gia đình văn hóa" to anyone but a household), and a person listed under
 * the collective section ("A. TẬP THỂ") — only when both the name and the position say "person",
 * so that "Tổ bầu cử số 2 (Khối Sơn Thủy)" or "Công an thị trấn Tuần Giáo" never fire.
 */
import { looksLikeCollectiveName, looksLikeFamilyName, looksLikePersonJob, looksLikePersonName, settledKind } from "../domain/recipientKind";
import { joinLocalized, kindWord } from "../i18n/rules";
import { ruleMessages, type Rule } from "./rule";
import { awardMatchOf, cellOf, eachAward } from "./support";

const MESSAGES = ruleMessages("recipient-kind-mismatch", {
  unsettled: {
    vi: 'Không xác định được "{name}" là tập thể hay cá nhân; dòng được tổng hợp riêng ở mục "Chưa xác định đối tượng". Ghi rõ mục TẬP THỂ / CÁ NHÂN hoặc cột Phân loại, hoặc chọn đối tượng (ô chọn trong Kiểm tra, --award-map).',
    en: 'Cannot tell whether "{name}" is a collective or an individual; the row is totalled apart ("Chưa xác định đối tượng"). Put it under TẬP THỂ / CÁ NHÂN, fill a Phân loại column, or choose the kind (the picker in Kiểm tra, --award-map).',
  },
  userSettled: { vi: 'Người dùng đã xác định "{name}" là {kind}.', en: 'The user settled "{name}" as {kind}.' },
  /** `allowed`: the award's kinds, joined */
  wrongKind: {
    vi: '"{award}" chỉ dành cho {allowed}, nhưng "{name}" được ghi là {kind}. Sửa lại danh hiệu hoặc đối tượng.',
    en: '"{award}" is for {allowed} recipients only, but "{name}" is listed as {kind}. Correct the award or the recipient kind.',
  },
  blankName: { vi: "(trống)", en: "(blank)" },
  /** `who`: the name in quotes, with its position in brackets when there is one */
  personInCollectives: {
    vi: "{who} là tên một cá nhân nhưng nằm trong mục TẬP THỂ. Chuyển sang mục CÁ NHÂN nếu đúng là cá nhân.",
    en: "{who} is a person's name but is listed under TẬP THỂ (collectives). Move it to CÁ NHÂN (individuals) if it is a person.",
  },
  personMarkedCollective: {
    vi: '{who} là tên một cá nhân nhưng được ghi là "Tập thể". Sửa thành "Cá nhân" nếu đúng là cá nhân.',
    en: '{who} is a person\'s name but is marked "Tập thể" (collective). Change it to "Cá nhân" if it is a person.',
  },
  collectiveInIndividuals: {
    vi: '"{name}" là tên một tập thể nhưng nằm trong mục CÁ NHÂN. Chuyển sang mục TẬP THỂ.',
    en: '"{name}" is a collective\'s name but is listed under CÁ NHÂN (individuals). Move it to TẬP THỂ (collectives).',
  },
});

export const recipientKindMismatch: Rule = {
  meta: {
    id: "recipient-kind-mismatch",
    severity: "error",
    title: { vi: "Sai đối tượng khen thưởng (tập thể / cá nhân / hộ gia đình)", en: "Wrong recipient kind" },
    description: {
      vi: 'Danh hiệu chỉ dành cho cá nhân (Lao động tiên tiến, Chiến sĩ thi đua...) ghi cho tập thể, danh hiệu tập thể (Tập thể lao động tiên tiến...) ghi cho cá nhân, "Gia đình văn hóa" ghi cho tập thể/cá nhân; hoặc tên một người (kèm chức vụ của cá nhân) nằm trong mục "TẬP THỂ" và ngược lại.',
      en: 'A title for individuals (Lao động tiên tiến, Chiến sĩ thi đua...) given to a collective, a collective title given to an individual, "Gia đình văn hóa" given to anyone but a household; or a person\'s name (with a person\'s position) listed under the "TẬP THỂ" section, or the reverse.',
    },
    fix: {
      vi: "Chuyển dòng sang đúng mục (Tập thể / Cá nhân) hoặc sửa lại danh hiệu cho đúng đối tượng.",
      en: "Move the row to the right section (collective / individual) or correct the award.",
    },
    source: "Luật Thi đua, khen thưởng 2022 Điều 19–20 (đối tượng của từng danh hiệu)",
    messages: MESSAGES.templates,
  },
  // each file on its own (rule.ts)
  scope: "file",
  check(ctx) {
    const out: ReturnType<Rule["check"]> = [];
    for (const { file, sheet, record } of eachAward(ctx)) {
      const kind = record.kind;
      if (!kind) {
        // no column, section or award says it, and the name does not plainly say it either
        if (record.name && !settledKind(record, awardMatchOf(record).intended?.recipients))
          out.push({
            file: file.file,
            sheet: sheet.sheet,
            cell: cellOf(record, "name"),
            severity: "warning",
            message: MESSAGES.t("unsettled", { name: record.name }),
          });
        continue;
      }
      if (record.kindSource === "user")
        // the user's decision (the pane's picker, --award-map): shown in Kiểm tra, never an error by itself
        out.push({
          file: file.file,
          sheet: sheet.sheet,
          cell: cellOf(record, "name"),
          severity: "info",
          message: MESSAGES.t("userSettled", { name: record.name, kind: kindWord(kind) }),
        });
      const entry = awardMatchOf(record).intended;
      // 1. the award's allowed recipients (a kind guessed from the award itself proves nothing)
      if (entry && record.kindSource !== "award" && !entry.recipients.includes(kind)) {
        out.push({
          file: file.file,
          sheet: sheet.sheet,
          cell: cellOf(record, "award"),
          message: MESSAGES.t("wrongKind", {
            award: entry.name,
            allowed: joinLocalized(entry.recipients.map(kindWord)),
            name: record.name || MESSAGES.t("blankName"),
            kind: kindWord(kind),
          }),
        });
        continue;
      }
      // 2. the section (or a Phân loại column: then a warning, the column may be right) says one
      // kind, the row plainly says the other
      if (record.kindSource !== "section" && record.kindSource !== "column") continue;
      const fromColumn = record.kindSource === "column" ? { severity: "warning" as const } : {};
      const position = record.position || record.unit;
      // a person: a name with a person's job beside it; or a name that starts with a family name,
      // alone in a collectives section ("Cầm Văn Xiêng", no position or unit beside it) or marked
      // "Tập thể" in a Phân loại column ("Cà Văn Duẩn" of "Hạt Kiểm lâm huyện")
      const named = looksLikeFamilyName(record.name) && (!position || record.kindSource === "column");
      if (kind === "collective" && looksLikePersonName(record.name) && (looksLikePersonJob(position) || named)) {
        out.push({
          file: file.file,
          sheet: sheet.sheet,
          cell: cellOf(record, "name"),
          ...fromColumn,
          message: MESSAGES.t(fromColumn.severity ? "personMarkedCollective" : "personInCollectives", { who: `"${record.name}"${position ? ` (${position})` : ""}` }),
        });
      } else if (
        kind === "individual" &&
        !looksLikePersonJob(position) &&
        looksLikeCollectiveName(record.name) &&
        // against a Phân loại column only an organisation word counts, not a number in the name
        (record.kindSource !== "column" || !/[0-9()]/.test(record.name))
      ) {
        // (the job test first: most individuals have one, and it is the cheaper of the two)
        out.push({
          file: file.file,
          sheet: sheet.sheet,
          cell: cellOf(record, "name"),
          ...fromColumn,
          message: MESSAGES.t("collectiveInIndividuals", { name: record.name }),
        });
      }
    }
    return out;
  },
};
