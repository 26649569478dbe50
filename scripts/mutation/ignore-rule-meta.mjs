/**
 * Stryker ignorer: the `meta` block of each rule (code, severity, title, description, fix in vi and
 * en) is static text read once at load time. It is not mutated because test/core/rules/docs.test.ts
 * already pins every character of it: docs/rules.md is rendered from the metadata and compared with
 * the committed file. Mutating it would only cost full-suite reruns (static mutants run every test).
 */
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

function keyName(node) {
  return node.key?.type === "Identifier" ? node.key.name : node.key?.type === "StringLiteral" ? node.key.value : undefined;
}

const ruleMeta = {
  shouldIgnore(path) {
    const node = path.node;
    if (node.type !== "ObjectProperty" || keyName(node) !== "meta" || node.value.type !== "ObjectExpression") return undefined;
    const keys = new Set(node.value.properties.map(keyName));
    if (keys.has("id") && keys.has("severity") && keys.has("title") && keys.has("description")) {
      return "Rule metadata (static text) is covered by test/core/rules/docs.test.ts, which compares docs/rules.md with it.";
    }
    return undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, "rule-meta", ruleMeta)];
