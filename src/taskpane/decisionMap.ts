/**
 * The user's decisions (award names, recipient kinds) are one map, name as written -> decision.
 * Both pickers change it the same way: a chosen value is set, the empty choice removes the entry.
 */
export function withDecision(decisions: Record<string, string>, key: string, value: string | undefined): Record<string, string> {
  const next = { ...decisions };
  if (!value) delete next[key];
  else next[key] = value;
  return next;
}
