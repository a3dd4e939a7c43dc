// People and agreements gathered across every saved digest: one entry per person (by name key) with every
// title seen, dates and the articles as a timeline; one entry per agreement with its aliases merged. Dates are
// publication dates: an article that gives none is counted apart and listed after the dated ones.
import type { Agreement, AgreementKind, Person } from '../entities';
import { cachedMatchKey as matchKey } from './cached-key';
import { AgreementGroups, type AcronymResolver } from './agreement-groups';
import { articleRef, dateArticles, mostCommon, tally, type ArticleRef, type RefSource } from './article-refs';

export type { ArticleRef } from './article-refs';

export interface PersonArticle extends ArticleRef {
  /** Titles the article gives the person. */
  titles: string[];
}

export interface PersonEntry {
  key: string;
  /** The spelling used most often (first seen on a tie). */
  name: string;
  /** Every title seen, first-seen order, one per matchKey. */
  titles: string[];
  organisations: string[];
  mentions: number;
  /** The oldest and newest publication dates of its articles (null: none gives one). */
  firstDate: string | null;
  lastDate: string | null;
  /** How many of its articles give no publication date. */
  undated: number;
  /** Dated ones oldest first, then the undated ones in the order they were saved. */
  articles: PersonArticle[];
}

export interface AgreementEntry {
  /** Stable id of the merged group ("a:evfta" when an acronym is known, else "n:<name key>"). */
  id: string;
  /** The longest full name seen (the acronym alone when nothing else is known). */
  name: string;
  acronym: string | null;
  /** The kind most records give (ignoring "other" when any record is more specific). */
  kind: AgreementKind;
  year: number | null;
  /** Every other spelling seen, one per matchKey. */
  aliases: string[];
  mentions: number;
  /** As for people: publication dates only, undated articles counted apart and listed last. */
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
  articles: ArticleRef[];
}

export interface CrossIndex {
  people: PersonEntry[];
  agreements: AgreementEntry[];
}

/** What the pages across digests read of a digest (a whole Digest will do; the kept search index keeps this much). */
export interface CrossSource extends RefSource {
  entities: { people: readonly Omit<Person, 'spans'>[]; agreements: readonly Omit<Agreement, 'spans'>[] };
}

export interface CrossIndexOptions {
  acronymOf?: AcronymResolver;
}

function pushUnique(list: string[], seen: Set<string>, value: string): void {
  const k = matchKey(value);
  if (k === '' || seen.has(k)) return;
  seen.add(k);
  list.push(value);
}

/** People sorted by mentions (then name); agreements likewise. */
export function buildCrossIndex(digests: readonly CrossSource[], options: CrossIndexOptions = {}): CrossIndex {
  return { people: buildPeople(digests), agreements: buildAgreements(digests, options.acronymOf) };
}

export function buildPeople(digests: readonly CrossSource[]): PersonEntry[] {
  const acc = new Map<
    string,
    { entry: PersonEntry; names: Map<string, number>; titleKeys: Set<string>; orgKeys: Set<string> }
  >();
  for (const d of digests) {
    for (const p of d.entities.people) {
      const key = p.key || matchKey(p.name);
      let a = acc.get(key);
      if (!a) {
        a = {
          entry: {
            key,
            name: p.name,
            titles: [],
            organisations: [],
            mentions: 0,
            firstDate: null,
            lastDate: null,
            undated: 0,
            articles: [],
          },
          names: new Map(),
          titleKeys: new Set(),
          orgKeys: new Set(),
        };
        acc.set(key, a);
      }
      tally(a.names, p.name);
      for (const t of p.titles) pushUnique(a.entry.titles, a.titleKeys, t);
      if (p.organisation) pushUnique(a.entry.organisations, a.orgKeys, p.organisation);
      a.entry.mentions += p.mentions;
      a.entry.articles.push({ ...articleRef(d, p.mentions, p.firstSentence), titles: p.titles });
    }
  }
  const out = [...acc.values()].map(({ entry, names }) => {
    entry.name = mostCommon(names);
    dateArticles(entry);
    return entry;
  });
  return out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi'));
}

const ACRONYM_ONLY = /^[\p{Lu}\d/&.-]{2,12}$/u;

export function buildAgreements(digests: readonly CrossSource[], acronymOf?: AcronymResolver): AgreementEntry[] {
  const groups = new AgreementGroups();
  for (const d of digests) for (const a of d.entities.agreements) groups.add(a, acronymOf);
  const acc = new Map<
    string,
    {
      entry: AgreementEntry;
      names: string[];
      nameKeys: Set<string>;
      kinds: Map<AgreementKind, number>;
      acronyms: Map<string, number>;
    }
  >();
  for (const d of digests) {
    for (const a of d.entities.agreements) {
      const id = groups.add(a, acronymOf);
      let g = acc.get(id);
      if (!g) {
        g = {
          entry: {
            id,
            name: a.name,
            acronym: null,
            kind: a.kind,
            year: null,
            aliases: [],
            mentions: 0,
            firstDate: null,
            lastDate: null,
            undated: 0,
            articles: [],
          },
          names: [],
          nameKeys: new Set(),
          kinds: new Map(),
          acronyms: new Map(),
        };
        acc.set(id, g);
      }
      pushUnique(g.names, g.nameKeys, a.name);
      tally(g.kinds, a.kind);
      const acronym = a.acronym ?? acronymOf?.(a.name) ?? (ACRONYM_ONLY.test(a.name.trim()) ? a.name.trim() : null);
      if (acronym) tally(g.acronyms, acronym);
      if (a.year !== null && g.entry.year === null) g.entry.year = a.year;
      g.entry.mentions += a.mentions;
      g.entry.articles.push(articleRef(d, a.mentions, a.firstSentence));
    }
  }
  const out = [...acc.values()].map(({ entry, names, kinds, acronyms }) => {
    entry.acronym = acronyms.size > 0 ? mostCommon(acronyms) : null;
    // The display name: the longest spelling that is more than the acronym ("Hiệp định EVFTA" < full name).
    const full = names.filter((n) => !ACRONYM_ONLY.test(n.trim()));
    entry.name = (full.length > 0 ? full : names).reduce((a, b) => (b.length > a.length ? b : a));
    entry.aliases = names.filter((n) => n !== entry.name);
    const specific = new Map([...kinds].filter(([k]) => k !== 'other'));
    entry.kind = mostCommon(specific.size > 0 ? specific : kinds);
    dateArticles(entry);
    return entry;
  });
  return out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi'));
}
