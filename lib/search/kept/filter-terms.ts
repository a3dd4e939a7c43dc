// The filters of the library as terms of the kept index: each digest is listed under its site, its person keys,
// its tags, its agreement records and its sides, so a filter reads one term's records instead of every digest, and the
// filter menus (sites, tags, people, agreements, sides with their counts) come from the same records. A term's
// spellings are its names as written; a record's field mask holds the mentions (people and agreements).
// Term names start with U+0001, which no folded word contains.
import type { Digest } from '../../digest';
import { tagKey } from '../../digest';
import { agreementNodes, type AcronymResolver, cachedMatchKey as matchKey, sideKeys } from '../../library';

export const FILTER = {
  /** + the site's domain; spelling: the site's name. */
  site: '\u0001s',
  /** + each person key the person filter compares (the record's key and the key of its name). */
  person: '\u0001p',
  /** + one key per person record (the pages' and menus' person); spelling: the name; mask: mentions. */
  personEntry: '\u0001P',
  /** + the tag's key; spelling: the tag as written. */
  tag: '\u0001t',
  /** + the record's acronym and graph nodes (see agreementTerm); spelling: the name; mask: mentions. */
  agreement: '\u0001a',
  /** + each key the side filter compares (the side's key, name, acronym and other forms: digestSideKeys). */
  side: '\u0001d',
  /** + one key per side record (the menu's side); spelling: the name; mask: mentions. */
  sideEntry: '\u0001D',
} as const;

const SEP = '\u0002';

export interface FilterTerm {
  term: string;
  /** Mentions (people, agreements) or 0. */
  mask: number;
  spelling: string;
}

const ACRONYM_ONLY = /^[\p{Lu}\d/&.-]{2,12}$/u;

/** The acronym an agreement record is known by (as buildAgreements finds it), or ''. */
export function agreementAcronym(a: Digest['entities']['agreements'][number], acronymOf?: AcronymResolver): string {
  return a.acronym ?? acronymOf?.(a.name) ?? (ACRONYM_ONLY.test(a.name.trim()) ? a.name.trim() : '');
}

export function agreementTerm(acronym: string, nodes: readonly string[]): string {
  return FILTER.agreement + [acronym, ...nodes].join(SEP);
}

/** The acronym and graph nodes an agreement term names. */
export function readAgreementTerm(term: string): { acronym: string; nodes: string[] } {
  const [acronym, ...nodes] = term.slice(FILTER.agreement.length).split(SEP);
  return { acronym: acronym ?? '', nodes };
}

/** Every filter term of a digest, one per term name (mentions added up, first spelling kept). */
export function filterTerms(d: Digest, acronymOf?: AcronymResolver): FilterTerm[] {
  const out = new Map<string, FilterTerm>();
  const add = (term: string, mask: number, spelling: string) => {
    const cur = out.get(term);
    if (cur) cur.mask += mask;
    else out.set(term, { term, mask, spelling });
  };
  add(FILTER.site + d.article.domain.toLowerCase(), 0, d.article.siteName || d.article.domain);
  for (const p of d.entities.people) {
    for (const k of new Set([p.key, matchKey(p.name)])) add(FILTER.person + k, 0, p.name);
    add(FILTER.personEntry + (p.key || matchKey(p.name)), p.mentions, p.name);
  }
  for (const t of d.tags) add(FILTER.tag + tagKey(t), 0, t);
  for (const a of d.entities.agreements)
    add(agreementTerm(agreementAcronym(a, acronymOf), agreementNodes(a, acronymOf)), a.mentions, a.name);
  // Digests saved before sides were recognised have none.
  for (const s of d.entities.sides ?? []) {
    for (const k of sideKeys(s)) add(FILTER.side + k, 0, s.name);
    add(FILTER.sideEntry + (s.key || matchKey(s.name)), s.mentions, s.name);
  }
  return [...out.values()];
}
