// Lookups into the table of well-known agreements: by acronym, and by a name written without its acronym.
import { KNOWN_AGREEMENTS, NOT_AGREEMENT_ACRONYMS, type KnownAgreement } from '../../lexicon/agreement-acronyms';
import { matchKey } from '../../text/normalize';

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
