// Lookups into the table of well-known agreements: by acronym, and by a name written without its acronym.
import { KNOWN_AGREEMENTS, NOT_AGREEMENT_ACRONYMS, type KnownAgreement } from '../../lexicon';
import { replaceEnclosed, canonicalTones, matchKey } from '../../text';
import type { TokenCache } from './tokens';

const byAcronym = new Map<string, KnownAgreement>();
for (const a of KNOWN_AGREEMENTS) for (const acr of a.acronyms) byAcronym.set(acr.toUpperCase(), a);

/**
 * Key that lets different wordings of one name meet: "Công ước LHQ về Luật Biển năm 1982" and "Công ước
 * Liên hợp quốc về Luật biển" give the same key. Drops a parenthesis, a trailing year and "năm", and "của"
 * before "Liên hợp quốc"; folds the common abbreviations and the interchangeable prepositions ("tại"/"ở",
 * "giữa"/"của").
 */
export function linkKey(name: string): string {
  let key = linkKeys.get(name);
  if (key === undefined) {
    if (linkKeys.size >= 4096) linkKeys.clear();
    key = computeLinkKey(name);
    linkKeys.set(name, key);
  }
  return key;
}

/** Names repeat (every mention of an agreement, the table's names): their keys are kept, a bounded number. */
const linkKeys = new Map<string, string>();

function computeLinkKey(name: string): string {
  return (
    matchKey(replaceEnclosed(name, '(', ')', ' '))
      .replace(/\bliên hợp quốc\b|\bliên hiệp quốc\b/gu, 'lhq')
      .replace(/\bliên minh châu âu\b/gu, 'eu')
      // "Hiệp định Thương mại tự do châu Âu – Việt Nam" is the one with the EU.
      .replace(/(?<![\p{L}\p{M}])châu âu(?![\p{L}\p{M}])/gu, 'eu')
      // "FTA Việt Nam - EU" is "Hiệp định Thương mại tự do Việt Nam - EU".
      .replace(/^fta(?![\p{L}\p{M}])/u, 'hiệp định thương mại tự do')
      .replace(/(?<![\p{L}\p{M}])của lhq/gu, 'lhq')
      .replace(/(?<![\p{L}\p{M}])(?:tại|trên)(?![\p{L}\p{M}])/gu, 'ở')
      .replace(/(?<![\p{L}\p{M}])giữa(?![\p{L}\p{M}])/gu, 'của')
      // (matchKey leaves one space between words: a \s+ here would be retried from each space of a long run.)
      .replace(/(?: năm)? (?:19|20)\d{2}$/u, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The year a name ends with ("Hiệp định Paris năm 1973"), or ''. A table name whose year is what tells it
 * apart ("Hiệp định Paris năm 1973": without it, "Hiệp định Paris" is as often the one on climate) is found only
 * by a name stating that year: its key keeps the year.
 */
const endingYear = (name: string) => /((?:19|20)\d{2})\s*$/u.exec(replaceEnclosed(name, '(', ')', ' '))?.[1] ?? '';
const withYear = (key: string, year: string) => (year ? `${key} ${year}` : key);

const byLinkKey = new Map<string, KnownAgreement>();
for (const a of KNOWN_AGREEMENTS) {
  // Generic instruments ("Bản ghi nhớ", "Hiệp định Đối tác kinh tế toàn diện") must not swallow every MoU.
  if (a.bare === 'never') continue;
  for (const n of [a.vi, ...a.viAliases]) {
    const key = withYear(linkKey(n), endingYear(n));
    if (!byLinkKey.has(key)) byLinkKey.set(key, a);
  }
}

/** Words that only join the parts of a name: "giữa Việt Nam và EU" is "Việt Nam - EU". */
export const JOINING_WORDS = new Set(['về', 'của', 'giữa', 'và', 'với', 'cho', 'tại', 'ở', 'trên', 'năm', '-']);

/** The link key without joining words: "Hiệp định Thương mại tự do giữa Việt Nam và EU" meets "... Việt Nam - EU". */
export const contentKey = (name: string) =>
  linkKey(name)
    .split(' ')
    .filter((w) => w && !JOINING_WORDS.has(w))
    .join(' ');

const byContentKey = new Map<string, KnownAgreement>();
for (const a of KNOWN_AGREEMENTS) {
  if (a.bare === 'never') continue;
  for (const n of [a.vi, ...a.viAliases]) {
    const key = withYear(contentKey(n), endingYear(n));
    if (!byContentKey.has(key)) byContentKey.set(key, a);
  }
}

export function knownByAcronym(acronym: string): KnownAgreement | undefined {
  return byAcronym.get(acronym.toUpperCase());
}

export function knownByName(name: string): KnownAgreement | undefined {
  const found = byLinkKey.get(linkKey(name)) ?? byContentKey.get(contentKey(name));
  const year = found ? '' : endingYear(name);
  return (
    found ??
    (year
      ? (byLinkKey.get(withYear(linkKey(name), year)) ?? byContentKey.get(withYear(contentKey(name), year)))
      : undefined)
  );
}

/** Acronyms that can be recognised alone in a text (generic ones and EU-only ones depend on `euContext`). */
export function bareAcronyms(euContext: boolean): string[] {
  const out: string[] = [];
  for (const a of KNOWN_AGREEMENTS) {
    if (a.bare === 'never' || (a.bare === 'eu-context' && !euContext)) continue;
    out.push(...a.acronyms);
  }
  return out;
}

export function isNotAgreementAcronym(acronym: string): boolean {
  const upper = acronym.toUpperCase();
  // "COP26": a conference of the parties to a convention, named after the meeting, not the convention.
  return NOT_AGREEMENT_ACRONYMS.has(upper) || /^COP\d{0,3}$/u.test(upper);
}

// Every full name of the table as a list of lower-case words, indexed by its first two words, so that a
// name the scanner would cut short ("Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển
// giữa Việt Nam và Trung Quốc") is read whole when it is a known one. Word-by-word comparison rather than
// one big case-insensitive regular expression: linear, and fast on near misses (two words decide).
const wordsOf = (name: string) =>
  canonicalTones(replaceEnclosed(name, '(', ')', ' '))
    .toLocaleLowerCase('vi')
    .split(/[\s,\-–—]+/u)
    .filter(Boolean);
const namesByStart = new Map<string, Array<{ words: string[]; known: KnownAgreement }>>();
for (const a of KNOWN_AGREEMENTS) {
  if (a.bare === 'never') continue;
  for (const n of [a.vi, ...a.viAliases]) {
    const words = wordsOf(n);
    if (words.length < 2) continue;
    const start = `${words[0]} ${words[1]}`;
    namesByStart.set(start, [...(namesByStart.get(start) ?? []), { words, known: a }]);
  }
}
const LONGEST_NAME = Math.max(...[...namesByStart.values()].flat().map((n) => n.words.length));
/** A well-known agreement's full name starting exactly at `pos` of canonical-tone text (the longest one). */
export function knownNameAt(tokens: TokenCache, pos: number): { end: number; known: KnownAgreement } | null {
  const words: string[] = [];
  let alive: Array<{ words: string[]; known: KnownAgreement }> | undefined;
  let best: { end: number; known: KnownAgreement } | null = null;
  let at = pos;
  while (words.length < LONGEST_NAME) {
    const t = tokens.at(at);
    if (!t || (words.length === 0 && t.start !== pos)) break;
    at = t.end;
    // Dashes and commas between words are not compared ("Việt Nam – Liên minh châu Âu").
    if (t.type === 'dash' || (t.type === 'stop' && t.text === ',')) continue;
    if (t.type !== 'word' && t.type !== 'num') break;
    const k = words.length;
    words.push(t.type === 'word' ? t.lower : t.text);
    // Two words tell whether any name can start here; then only the names that still agree are followed.
    if (k === 1) alive = namesByStart.get(`${words[0]} ${words[1]}`);
    else if (alive) alive = alive.filter((n) => n.words[k] === words[k]);
    if (k >= 1 && !alive?.length) break;
    for (const n of alive ?? []) if (n.words.length === k + 1) best = { end: t.end, known: n.known };
  }
  return best;
}
