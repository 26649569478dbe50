/**
 * Finds user-visible text written outside the message catalogue: string literals with Vietnamese
 * letters, JSX text and text props (title, label, aria-label, placeholder...), and thrown Error
 * messages. Texts inside the catalogue (src/core/i18n/*, a rule's `meta` and its `ruleMessages`,
 * any `defineMessages` call) are where texts belong. Used by test/scripts/stray-texts.test.ts;
 * run alone with `npx tsx scripts/stray-texts.ts` to list the hits.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface StrayText {
  file: string;
  line: number;
  text: string;
  why: "vietnamese" | "jsx-text" | "jsx-prop" | "error-message";
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const TEXT_PROPS = new Set(["title", "label", "aria-label", "placeholder", "alt", "hint", "description", "content", "validationMessage"]);
/** Calls whose arguments are catalogue texts. */
const CATALOGUE_CALLS = new Set(["defineMessages", "ruleMessages"]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function insideCatalogue(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && CATALOGUE_CALLS.has(n.expression.text)) return true;
    // a rule's meta (title, description, fix, options, messages): ESLint's model, listed by the catalogue
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === "meta") return true;
  }
  return false;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("…");
  return undefined;
}

/** The stray texts of one source file. */
export function strayTexts(path: string, source = readFileSync(path, "utf8")): StrayText[] {
  const sf = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: StrayText[] = [];
  const add = (node: ts.Node, text: string, why: StrayText["why"]) =>
    out.push({ file: path, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim().slice(0, 80), why });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (insideCatalogue(node)) return;
    const text = literalText(node);
    if (text !== undefined) {
      const parent = node.parent;
      if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText(sf)) && /[a-z]{2,} [a-z]{2,}/i.test(text)) add(node, text, "error-message");
      else if (VIETNAMESE.test(text)) add(node, text, "vietnamese");
      else if (ts.isJsxAttribute(parent) && TEXT_PROPS.has(parent.name.getText(sf)) && /[a-z]{2,}/i.test(text)) add(node, text, "jsx-prop");
      return;
    }
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) add(node, node.text, "jsx-text");
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every stray text under src/ but the catalogue's own files. */
export function strayTextsUnder(root: string): StrayText[] {
  return filesUnder(join(root, "src"))
    .filter((f) => !relative(root, f).startsWith(join("src", "core", "i18n")))
    .flatMap((f) => strayTexts(f).map((t) => ({ ...t, file: relative(root, f) })));
}

if (process.argv[1]?.endsWith("stray-texts.ts")) {
  const hits = strayTextsUnder(join(__dirname, ".."));
  const byFile = new Map<string, number>();
  for (const h of hits) byFile.set(h.file, (byFile.get(h.file) ?? 0) + 1);
  for (const [f, n] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(4), f);
  if (process.argv.includes("--all")) for (const h of hits) console.log(`${h.file}:${h.line} [${h.why}] ${h.text}`);
}
