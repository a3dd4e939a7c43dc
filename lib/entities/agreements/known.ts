// Lookups into the table of well-known agreements: by acronym, and by a name written without its acronym.
import { KNOWN_AGREEMENTS, NOT_AGREEMENT_ACRONYMS, type KnownAgreement } from '../../lexicon/agreement-acronyms';
import { canonicalTones, matchKey } from '../../text/normalize';

const byAcronym = new Map<string, KnownAgreement>();
for (const a of KNOWN_AGREEMENTS) for (const acr of a.acronyms) byAcronym.set(acr.toUpperCase(), a);

/**
 * Key that lets different wordings of one name meet: "Công ước LHQ về Luật Biển năm 1982" and "Công ước
 * Liên hợp quốc về Luật biển" give the same key. Drops a parenthesis, a trailing year and "năm", folds the
 * common abbreviations and the interchangeable prepositions ("tại"/"ở", "giữa"/"của").
 */
export function linkKey(name: string): string {
  return matchKey(name.replace(/\([^)]*\)/g, ' '))
    .replace(/\bliên hợp quốc\b|\bliên hiệp quốc\b/gu, 'lhq')
    .replace(/\bliên minh châu âu\b/gu, 'eu')
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

// Every full name of the table as one sticky, case-insensitive pattern (longest first), so that a name the
// scanner would cut short ("Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển giữa
// Việt Nam và Trung Quốc") is read whole when it is a known one.
const namePattern = (name: string) =>
  canonicalTones(name.replace(/\s*\([^)]*\)/g, ''))
    .trim()
    .split(/\s*[-–—]\s*|\s+/u)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*[-–—]?[ \\t]*')
    .replace(/,\\s\*\[-–—\]\?\[ \\t\]\*/g, ',[ \\t]*');
const knownNames = KNOWN_AGREEMENTS.flatMap((a) => (a.bare === 'never' ? [] : [a.vi, ...a.viAliases].map((n) => ({ n, a }))))
  .filter(({ n }) => n.includes(' '))
  .sort((x, y) => y.n.length - x.n.length);
const KNOWN_NAME_AT = new RegExp(`(?:${knownNames.map(({ n }) => `(${namePattern(n)})`).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iuy');

/** A well-known agreement's full name starting exactly at `pos` of canonical-tone text. */
export function knownNameAt(text: string, pos: number): { end: number; known: KnownAgreement } | null {
  KNOWN_NAME_AT.lastIndex = pos;
  const m = KNOWN_NAME_AT.exec(text);
  if (!m) return null;
  const g = m.slice(1).findIndex((x) => x !== undefined);
  return { end: pos + m[0].length, known: knownNames[g]!.a };
}
