// Lookups into the table of well-known agreements: by acronym, and by a name written without its acronym.
import { KNOWN_AGREEMENTS, NOT_AGREEMENT_ACRONYMS, type KnownAgreement } from '../../lexicon/agreement-acronyms';
import { canonicalTones, matchKey } from '../../text/normalize';

const byAcronym = new Map<string, KnownAgreement>();
for (const a of KNOWN_AGREEMENTS) for (const acr of a.acronyms) byAcronym.set(acr.toUpperCase(), a);

/**
 * Key that lets different wordings of one name meet: "Công ước LHQ về Luật Biển năm 1982" and "Công ước
 * Liên hợp quốc về Luật biển" give the same key. Drops a parenthesis, a trailing year and "năm", and "của"
 * before "Liên hợp quốc"; folds the common abbreviations and the interchangeable prepositions ("tại"/"ở",
 * "giữa"/"của").
 */
export function linkKey(name: string): string {
  return matchKey(name.replace(/\([^)]*\)/g, ' '))
    .replace(/\bliên hợp quốc\b|\bliên hiệp quốc\b/gu, 'lhq')
    .replace(/\bliên minh châu âu\b/gu, 'eu')
    .replace(/(?<![\p{L}\p{M}])của lhq/gu, 'lhq')
    .replace(/(?<![\p{L}\p{M}])(?:tại|trên)(?![\p{L}\p{M}])/gu, 'ở')
    .replace(/(?<![\p{L}\p{M}])giữa(?![\p{L}\p{M}])/gu, 'của')
    .replace(/(?:\s+năm)?\s+(?:19|20)\d{2}$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const byLinkKey = new Map<string, KnownAgreement>();
for (const a of KNOWN_AGREEMENTS) {
  // Generic instruments ("Bản ghi nhớ", "Hiệp định Đối tác kinh tế toàn diện") must not swallow every MoU.
  if (a.bare === 'never') continue;
  for (const n of [a.vi, ...a.viAliases]) {
    const key = linkKey(n);
    if (!byLinkKey.has(key)) byLinkKey.set(key, a);
  }
}

export function knownByAcronym(acronym: string): KnownAgreement | undefined {
  return byAcronym.get(acronym.toUpperCase());
}

export function knownByName(name: string): KnownAgreement | undefined {
  return byLinkKey.get(linkKey(name));
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
  return NOT_AGREEMENT_ACRONYMS.has(acronym.toUpperCase());
}

// Every full name of the table as a list of lower-case words, indexed by its first two words, so that a
// name the scanner would cut short ("Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển
// giữa Việt Nam và Trung Quốc") is read whole when it is a known one. Word-by-word comparison rather than
// one big case-insensitive regular expression: linear, and fast on near misses.
const wordsOf = (name: string) =>
  canonicalTones(name.replace(/\([^)]*\)/g, ' '))
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
/** One word and the gap before it: spaces, or a dash or comma with optional spaces. */
const WORD = /(?:[ \t]*[-–—,][ \t]*|[ \t]+)?(\p{L}[\p{L}\p{M}\p{N}]*|\d+)/uy;

/** A well-known agreement's full name starting exactly at `pos` of canonical-tone text (the longest one). */
export function knownNameAt(text: string, pos: number): { end: number; known: KnownAgreement } | null {
  const words: string[] = [];
  const ends: number[] = [];
  WORD.lastIndex = pos;
  while (words.length < LONGEST_NAME) {
    const at = WORD.lastIndex;
    const m = WORD.exec(text);
    if (!m || (words.length === 0 && m[0].length !== m[1]!.length)) break;
    words.push(m[1]!.toLocaleLowerCase('vi'));
    ends.push(at + m[0].length);
  }
  if (words.length < 2) return null;
  let best: { end: number; known: KnownAgreement } | null = null;
  for (const n of namesByStart.get(`${words[0]} ${words[1]}`) ?? []) {
    if (n.words.length > words.length || (best && ends[n.words.length - 1]! <= best.end)) continue;
    if (n.words.every((w, k) => w === words[k])) best = { end: ends[n.words.length - 1]!, known: n.known };
  }
  return best;
}
