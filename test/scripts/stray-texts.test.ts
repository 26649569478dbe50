/**
 * No user-visible text outside the message catalogue (issue 12 item 4). scripts/stray-texts.ts finds
 * string literals with Vietnamese letters, JSX text and text props, and thrown Error sentences in
 * src/ outside src/core/i18n, rule metas and defineMessages/ruleMessages calls.
 *
 * NOT_USER_VISIBLE lists, with the reason, the files whose Vietnamese strings are not our texts
 * (words matched against units' files, official names, generated developer documents, invariants).
 * Every other file is strict: a new user-visible literal anywhere else fails this test (write it in
 * src/core/i18n instead).
 */
import { strayTextsUnder } from "../../scripts/stray-texts";
import { join } from "node:path";

const NOT_USER_VISIBLE: Record<string, string> = {
  "src/core/domain/recipientKind.ts": "vocabulary that tells a collective from an individual (matched, not shown)",
  "src/core/domain/awards/keys.ts": "spellings folded to match award names (matched, not shown)",
  "src/core/domain/awards/match.ts": "award-name patterns (matched, not shown)",
  "src/core/domain/occasion.ts": "words that mark an occasion in units' notes (matched, not shown)",
  "src/core/text/legacy.ts": "TCVN3/VNI code tables and test words (decoding, not shown)",
  "src/core/consolidate/figure-keys.ts": "indicator-name words folded to match figures (matched, not shown)",
  "src/core/rules/support.ts": "unit-name and recipient words folded to match (matched, not shown)",
  "src/core/records/titles.ts": "title-line patterns (matched, not shown)",
  "src/core/domain/unitIdentity.ts": "unit-name words and abbreviations folded to compare unit names (matched, not shown)",
  "src/cli/transfer.ts": "internal invariant errors of the thread hand-over (a bug's message, reported as 'internal')",
  "src/core/domain/awards/data-titles.ts": "the award catalogue's official names and legal bases",
  "src/core/domain/awards/data-state.ts": "the award catalogue's official names and legal bases",
  "src/core/domain/awards/data-forms.ts": "the award catalogue's official names and legal bases",
  "src/core/domain/awards/types.ts": "issuer names and classes (official names)",
  "src/core/domain/config.ts": "the legal texts in force (official names)",
  "src/cli/json.ts": "the JSON contract writes occasions in Vietnamese (answers.json, README)",
  "src/core/rules/docs.ts": "generates docs/rules.md",
  "src/core/domain/awards/doc.ts": "generates docs/catalogue.md",
  "src/files/inflateSize.ts": "deflate stream errors, caught and reported as a damaged file",
  "src/cli/readPool.ts": "thread-pool invariants (a bug, not user input)",
  "src/cli/readWorker.ts": "thread-pool invariants (a bug, not user input)",
  "src/core/rules/run.ts": "the rule run's invariant (finish() with other files than were added: a bug of its caller, reported as 'internal')",
  "src/core/records/awardCodes.ts": "a production TĐKT system's code lists, verbatim with their source (data read as award and kind names)",
  "src/core/records/awards.ts": "an award's name composed from its form and issuer (\"Giấy khen của …\"): domain words, matched against the catalogue",
  "src/core/domain/awards/decisionValues.ts": "the values the user's decisions are stored as (report data, award maps): matched, not shown",
};

const hits = strayTextsUnder(join(__dirname, "../.."));
const byFile = new Map<string, string[]>();
for (const h of hits) byFile.set(h.file, [...(byFile.get(h.file) ?? []), `${h.line} [${h.why}] ${h.text}`]);

test("every user-visible text is in the catalogue, or in a file listed here with its reason", () => {
  const unlisted = [...byFile].filter(([file]) => !(file in NOT_USER_VISIBLE));
  expect(Object.fromEntries(unlisted)).toEqual({});
});

test("the scanner finds what it is meant to find", async () => {
  const { strayTexts } = await import("../../scripts/stray-texts");
  const found = strayTexts(
    "x.tsx",
    [
      'const a = "Đã ghi báo cáo";',
      'const b = <Button title="Open the report">Mở</Button>;',
      'throw new Error("the file is missing");',
      'const ok = defineMessages("x", { k: { vi: "Chào", en: "Hello" } });',
      'const rule = { meta: { title: { vi: "Ngày", en: "Date" } } };',
      'const id = "check-button";',
    ].join("\n"),
  );
  expect(found.map((f) => f.why)).toEqual(["vietnamese", "jsx-prop", "jsx-text", "error-message"]);
});
