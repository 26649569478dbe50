/**
 * Recognising an award text. A text resolves to an entry only when its folded key is one of the
 * entry's spellings (name, full name, alias, code), or a title followed by its issuer: family,
 * class and issuer level then agree by construction. Everything else is unknown:
 *  - incomplete: a bare "Bằng khen", "CSTĐ", "Huân chương Lao động" (no issuer, level or class).
 *    `settle` resolves it only when another column (Cấp khen, the decision's authority) names an
 *    issuer that leaves exactly one candidate;
 *  - misspelt: the nearest spelling is *suggested* (for the message); `slip` says the suggestion
 *    crosses no line (same family, class and issuer level words), the only case a caller may
 *    choose to count it as meant.
 * Text typed entirely without diacritics ("Lao dong tien tien") is accepted through the loose key;
 * text whose written accents differ from every spelling ("Lao đông tiến tiến") is a misspelling.
 */
import { collapseSpaces, headerKey, nameKey } from "../../text/normalize";
import { remembered } from "../../text/remembered";
import { awardKey, awardLooseKey, FOLDS, hasDiacritics, issuerDetail, rawTokens, sameLines, signature } from "./keys";
import { ISSUERS, inRange, type AwardEntry, type Family, type IssuerCode } from "./types";

export type AwardMatch =
  | {
      kind: "known";
      award: AwardEntry;
      /** the text is the catalogue's own spelling (up to tone placement, case, spacing) */
      exact: boolean;
      /** an issuer the text names after a title ("CSTĐCS của Chủ tịch UBND xã") */
      issuer?: IssuerCode;
      /** the named ministry of a Bộ-level award ("Bộ Giáo dục và Đào tạo"): totalled apart */
      detail?: string;
      /** resolved from a bare name by another column ("Cấp khen", the decision's authority) */
      settledBy?: "issuer" | "user";
    }
  | {
      kind: "unknown";
      text: string;
      suggestion?: AwardEntry;
      distance?: number;
      /** the suggestion agrees on family, class and issuer level: a spelling slip */
      slip?: boolean;
      /** a bare family name without the issuer, level or class that tells its entries apart */
      incomplete?: { family: Family; needs: "issuer" | "class" | "level"; candidates: AwardEntry[] };
    };

interface Spelling {
  tokens: string[];
  issuer: IssuerCode;
}
interface Index {
  sensitive: Map<string, AwardEntry>;
  loose: Map<string, AwardEntry>;
  issuerSensitive: Spelling[];
  issuerLoose: Spelling[];
  /** plain (unfolded, diacritics-free) spellings for suggestions */
  plain: { key: string; award: AwardEntry }[];
  partialSensitive: Map<string, NonNullable<Extract<AwardMatch, { kind: "unknown" }>["incomplete"]>>;
  partialLoose: Map<string, NonNullable<Extract<AwardMatch, { kind: "unknown" }>["incomplete"]>>;
}

export const spellingsOf = (a: AwardEntry): string[] => [a.name, a.fullName, ...a.aliases, ...(a.codes ?? [])].filter((s): s is string => !!s);

/**
 * Bare names that need one more fact (award-catalogue-law.md §2: "BK", "GK" = issuer not stated;
 * "CSTĐ" is ambiguous between the three levels; an order without its class is incomplete).
 */
function partials(awards: AwardEntry[]): { texts: string[]; family: Family; needs: "issuer" | "class" | "level"; ids: (a: AwardEntry) => boolean }[] {
  const out: ReturnType<typeof partials> = [
    { texts: ["Bằng khen", "BK"], family: "bang-khen", needs: "issuer", ids: (a) => a.family === "bang-khen" },
    { texts: ["Giấy khen", "GK"], family: "giay-khen", needs: "issuer", ids: (a) => a.family === "giay-khen" },
    { texts: ["CSTĐ", "Chiến sĩ thi đua", "CSTĐ cấp"], family: "danh-hieu", needs: "level", ids: (a) => ["cstdcs", "cstd-tinh", "cstdtq"].includes(a.id) },
    { texts: ["Cờ thi đua", "Cờ TĐ"], family: "danh-hieu", needs: "issuer", ids: (a) => a.id.startsWith("co-thi-dua") },
    { texts: ["Huân chương", "HC"], family: "huan-chuong", needs: "class", ids: (a) => a.family === "huan-chuong" },
    { texts: ["Huy chương"], family: "huy-chuong", needs: "class", ids: (a) => a.family === "huy-chuong" },
  ];
  // an order or medal written without its class: "Huân chương Lao động", "HCLĐ"
  const groups = new Map<string, AwardEntry[]>();
  for (const a of awards) if (a.class) {
    const base = a.id.replace(/-\d$/, "");
    groups.set(base, [...(groups.get(base) ?? []), a]);
  }
  for (const [base, entries] of groups) {
    const strip = (s: string) => s.replace(/\s+hạng\s+\S+$/u, "");
    const texts = [...new Set(spellingsOf(entries[0]).map(strip))];
    out.push({ texts, family: entries[0].family, needs: "class", ids: (a) => a.id.replace(/-\d$/, "") === base && !!a.class });
  }
  return out;
}

let INDEX: Index | undefined;
let AWARDS_OF_INDEX: AwardEntry[] = [];

/** (Re)build the index over a catalogue: the built-in one, or with a province's own entries. */
export function indexCatalogue(awards: AwardEntry[]): void {
  AWARDS_OF_INDEX = awards;
  INDEX = undefined;
  MATCH_CACHE.clear();
}

function index(): Index {
  if (INDEX) return INDEX;
  const sensitive = new Map<string, AwardEntry>();
  const loose = new Map<string, AwardEntry>();
  const plain: Index["plain"] = [];
  for (const a of AWARDS_OF_INDEX) {
    for (const s of spellingsOf(a)) {
      const sk = awardKey(s);
      const lk = awardLooseKey(s);
      // first entry wins: the catalogue order puts the more specific meaning first
      if (!sensitive.has(sk)) sensitive.set(sk, a);
      if (!loose.has(lk)) loose.set(lk, a);
      const pk = headerKey(s);
      if (pk.length >= 5) plain.push({ key: pk, award: a });
    }
  }
  const partialSensitive: Index["partialSensitive"] = new Map();
  const partialLoose: Index["partialLoose"] = new Map();
  for (const p of partials(AWARDS_OF_INDEX)) {
    const candidates = AWARDS_OF_INDEX.filter(p.ids);
    for (const t of p.texts) {
      const v = { family: p.family, needs: p.needs, candidates };
      if (!sensitive.has(awardKey(t))) partialSensitive.set(awardKey(t), v);
      if (!loose.has(awardLooseKey(t))) partialLoose.set(awardLooseKey(t), v);
    }
  }
  const issuerSensitive: Spelling[] = [];
  const issuerLoose: Spelling[] = [];
  for (const [code, info] of Object.entries(ISSUERS) as [IssuerCode, (typeof ISSUERS)[IssuerCode]][]) {
    for (const s of info.aliases) {
      issuerSensitive.push({ tokens: awardKey(s).split(" "), issuer: code });
      issuerLoose.push({ tokens: awardLooseKey(s).split(" "), issuer: code });
    }
  }
  // longest issuer phrase first, so "ct ubnd huyện" wins over "ubnd huyện"
  issuerSensitive.sort((a, b) => b.tokens.length - a.tokens.length);
  issuerLoose.sort((a, b) => b.tokens.length - a.tokens.length);
  return (INDEX = { sensitive, loose, issuerSensitive, issuerLoose, plain, partialSensitive, partialLoose });
}

// a tail longer than the tokens reads before their start (undefined), which equals no token
const endsWith = (tokens: string[], tail: string[]) => tail.every((t, k) => tokens[tokens.length - tail.length + k] === t);

function lookup(key: string, map: Map<string, AwardEntry>, issuers: Spelling[]): { award: AwardEntry; issuer?: IssuerCode } | undefined {
  const direct = map.get(key);
  if (direct) return { award: direct };
  // "<title> <issuer>": a title followed by who granted it
  const tokens = key.split(" ");
  for (const iss of issuers) {
    // an issuer alone leaves an empty head, which is no spelling
    if (!endsWith(tokens, iss.tokens)) continue;
    const head = map.get(tokens.slice(0, tokens.length - iss.tokens.length).join(" "));
    if (head && head.category === "title") return { award: head, issuer: iss.issuer };
  }
  return undefined;
}

/** The issuer a text names ("Chủ tịch UBND huyện", "UBND tỉnh Điện Biên"), if exactly one alias ends it. */
export function issuerOf(text: string): IssuerCode | undefined {
  // an empty text's one empty token ends with no issuer's alias
  const t = collapseSpaces(text ?? "");
  const idx = index();
  const tokens = awardKey(t).split(" ");
  for (const iss of idx.issuerSensitive) if (endsWith(tokens, iss.tokens)) return iss.issuer;
  const loose = awardLooseKey(t).split(" ");
  if (!hasDiacritics(t)) for (const iss of idx.issuerLoose) if (endsWith(loose, iss.tokens)) return iss.issuer;
  return undefined;
}

const MATCH_CACHE = new Map<string, AwardMatch>();

/** Recognise an award text (see the module comment for the acceptance policy). */
export function matchAward(text: string): AwardMatch {
  return remembered(MATCH_CACHE, text, computeMatch, 50_000);
}

function known(award: AwardEntry, text: string, issuer?: IssuerCode): AwardMatch {
  const nk = nameKey(text);
  const exact = nk === nameKey(award.name) || (!!award.fullName && nk === nameKey(award.fullName));
  const detail = award.issuer === "bo-nganh" ? issuerDetail(text) : undefined;
  return { kind: "known", award, exact, ...(issuer ? { issuer } : {}), ...(detail ? { detail } : {}) };
}

function computeMatch(text: string): AwardMatch {
  const idx = index();
  const trimmed = collapseSpaces(text ?? "");
  if (!trimmed) return { kind: "unknown", text: trimmed };
  const sk = awardKey(trimmed);
  const hit = lookup(sk, idx.sensitive, idx.issuerSensitive);
  if (hit) return known(hit.award, trimmed, hit.issuer);
  const partial = idx.partialSensitive.get(sk);
  if (partial) return { kind: "unknown", text: trimmed, incomplete: partial };
  const lk = awardLooseKey(trimmed);
  const looseHit = lookup(lk, idx.loose, idx.issuerLoose);
  if (looseHit) {
    if (!hasDiacritics(trimmed) || diacriticsAgree(trimmed, looseHit.award)) return { ...known(looseHit.award, trimmed, looseHit.issuer), exact: false } as AwardMatch;
    // Diacritics present but different from every accepted spelling: a misspelling.
    return withSlip({ kind: "unknown", text: trimmed, suggestion: looseHit.award, distance: diacriticDistance(trimmed, looseHit.award) });
  }
  const loosePartial = idx.partialLoose.get(lk);
  if (loosePartial && !hasDiacritics(trimmed)) return { kind: "unknown", text: trimmed, incomplete: loosePartial };
  // a code no look-up resolved ("HT09", "1650360184") is no misspelt name: nothing to suggest
  if (/^[A-Z0-9_.-]*\d[A-Z0-9_.-]*$/.test(trimmed)) return { kind: "unknown", text: trimmed };
  return suggest(trimmed);
}

function withSlip(m: Extract<AwardMatch, { kind: "unknown" }>): AwardMatch {
  if (!m.suggestion) return m;
  const own = signature(m.text);
  const slip = spellingsOf(m.suggestion).some((s) => sameLines(own, signature(s)));
  return slip ? { ...m, slip } : m;
}

/**
 * Text with *some* accents dropped ("Giấy khen cua Chu tich UBND huyen") is fine as long as every
 * accent that is written is right. Word by word against a spelling with the same bare letters when
 * there is one ("Lao động tiến tiến" fails on "tiến" ≠ "tiên"); else every accented word must be a
 * word of some accepted spelling.
 */
function diacriticsAgree(text: string, award: AwardEntry): boolean {
  const t = rawTokens(text, true);
  const tl = rawTokens(text, false);
  const spellings = spellingsOf(award);
  let sameShape = false;
  for (const s of spellings) {
    const sl = rawTokens(s, false);
    if (sl.length !== tl.length || sl.some((w, i) => w !== tl[i])) continue;
    sameShape = true;
    const ss = rawTokens(s, true);
    if (t.every((w, i) => !hasDiacritics(w) || w === ss[i])) return true;
  }
  if (sameShape) return false;
  const words = new Set<string>();
  for (const s of [...spellings, ...FOLDS.map(([from]) => from), ...Object.values(ISSUERS).flatMap((i) => i.aliases)])
    for (const w of rawTokens(s, true)) words.add(w);
  return t.every((w) => !hasDiacritics(w) || words.has(w));
}

/** How many letters differ from the nearest accepted spelling of the award (for the message). */
function diacriticDistance(text: string, award: AwardEntry): number {
  const t = nameKey(text);
  let best = Infinity;
  for (const s of spellingsOf(award)) best = Math.min(best, levenshtein(t, nameKey(s), Infinity));
  return best;
}

/** Suggestion limits: an absolute number of edits, or this share of the text's length. */
const SUGGEST_MAX = 4;
const SUGGEST_RATIO = 0.25;

function suggest(text: string): AwardMatch {
  const key = headerKey(text);
  const limit = Math.max(SUGGEST_MAX, Math.floor(key.length * SUGGEST_RATIO));
  let best: { award: AwardEntry; d: number } | undefined;
  for (const p of index().plain) {
    if (Math.abs(p.key.length - key.length) > limit) continue;
    const d = levenshtein(key, p.key, best ? Math.min(best.d, limit) : limit);
    if (d <= limit && (!best || d < best.d)) best = { award: p.award, d };
  }
  return best ? withSlip({ kind: "unknown", text, suggestion: best.award, distance: best.d }) : { kind: "unknown", text };
}

/** Edit distance with an early exit once every path exceeds `max`. */
export function levenshtein(a: string, b: string, max: number): number {
  const A = Array.from(a);
  const B = Array.from(b);
  let prev = Array.from({ length: B.length + 1 }, (_, i) => i);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= B.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return rowMin;
    prev = cur;
  }
  return prev[B.length];
}

/** The issuer a decision number's authority part names ("123/QĐ-TTg"), when it settles the level. */
export function issuerOfDecision(decisionNumber: string | undefined): IssuerCode | undefined {
  const m = /QĐ-([\p{L}]+)/u.exec(decisionNumber ?? "");
  if (!m) return undefined;
  const a = m[1].toUpperCase();
  if (a === "TTG") return "thu-tuong";
  if (a === "CTN") return "chu-tich-nuoc";
  return undefined;
}

/**
 * Settle an incomplete match with what other columns say: the issuer named in a "Cấp khen" column
 * or by the decision's authority. Resolves only when exactly one candidate fits: a form whose own
 * issuer it is, or a title that issuer could grant on the decision date.
 */
export function settle(m: AwardMatch, facts: { issuerText?: string; decisionNumber?: string; date?: string }): AwardMatch {
  if (m.kind !== "unknown" || !m.incomplete || m.incomplete.needs === "class") return m;
  // "Giấy khen" + "Chủ tịch UBND thị xã": read together, as if one cell said both
  if (facts.issuerText) {
    const joined = matchAward(`${m.text} của ${facts.issuerText}`);
    if (joined.kind === "known" && m.incomplete.candidates.includes(joined.award)) return { ...joined, exact: false, settledBy: "issuer" };
  }
  const issuer = (facts.issuerText ? issuerOf(facts.issuerText) : undefined) ?? issuerOfDecision(facts.decisionNumber);
  if (!issuer) return m;
  const fits = m.incomplete.candidates.filter((a) =>
    a.issuer ? a.issuer === issuer : a.grants.some((g) => g.issuer === issuer && (!facts.date || inRange(facts.date, g))),
  );
  if (fits.length !== 1) return m;
  return { kind: "known", award: fits[0], exact: false, issuer, settledBy: "issuer" };
}
