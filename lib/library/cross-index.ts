// People and agreements gathered across every saved digest: one entry per person (by name key) with every
// title seen, dates and the articles as a timeline; one entry per agreement with its aliases merged. Dates are
// publication dates: an article that gives none is counted apart and listed after the dated ones.
import type { Digest } from '../digest';
import type { Agreement, AgreementKind, Person } from '../entities';
import { cachedMatchKey as matchKey } from './cached-key';
import { AgreementGroups, type AcronymResolver } from './agreement-groups';

export interface ArticleRef {
  digestId: string;
  title: string;
  siteName: string;
  /** The publication date (ISO); null when the article gives none (its save date is not one). */
  date: string | null;
  /** When it was saved (ISO): orders the undated articles among themselves. */
  savedAt: string;
  /** Mentions in that article. */
  mentions: number;
  firstSentence: string;
}

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
export interface CrossSource {
  id: string;
  savedAt: string;
  article: Pick<Digest['article'], 'title' | 'siteName' | 'published'>;
  entities: { people: readonly Omit<Person, 'spans'>[]; agreements: readonly Omit<Agreement, 'spans'>[] };
}

export interface CrossIndexOptions {
  acronymOf?: AcronymResolver;
}

/** The publication date of an article whose date can be read, else null (undated). */
export function articleDate(d: Pick<CrossSource, 'article'>): string | null {
  const published = d.article.published;
  return published && !Number.isNaN(Date.parse(published)) ? published : null;
}

/** Dated articles oldest first, then the undated ones by when they were saved. */
function byDate(a: ArticleRef, b: ArticleRef): number {
  if (a.date !== null && b.date !== null)
    return Date.parse(a.date) - Date.parse(b.date) || a.digestId.localeCompare(b.digestId);
  if (a.date !== null || b.date !== null) return a.date === null ? 1 : -1;
  return Date.parse(a.savedAt) - Date.parse(b.savedAt) || a.digestId.localeCompare(b.digestId);
}

/** Sorts an entry's articles (byDate) and sets its date range and undated count from them. */
export function settleDates(entry: {
  articles: ArticleRef[];
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
}): void {
  entry.articles.sort(byDate);
  const dated = entry.articles.filter((a) => a.date !== null);
  entry.firstDate = dated[0]?.date ?? null;
  entry.lastDate = dated[dated.length - 1]?.date ?? null;
  entry.undated = new Set(entry.articles.filter((a) => a.date === null).map((a) => a.digestId)).size;
}

function pushUnique(list: string[], seen: Set<string>, value: string): void {
  const k = matchKey(value);
  if (k === '' || seen.has(k)) return;
  seen.add(k);
  list.push(value);
}

function mostCommon(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
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
    const date = articleDate(d);
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
      a.names.set(p.name, (a.names.get(p.name) ?? 0) + 1);
      for (const t of p.titles) pushUnique(a.entry.titles, a.titleKeys, t);
      if (p.organisation) pushUnique(a.entry.organisations, a.orgKeys, p.organisation);
      a.entry.mentions += p.mentions;
      a.entry.articles.push({
        digestId: d.id,
        title: d.article.title,
        siteName: d.article.siteName,
        date,
        savedAt: d.savedAt,
        mentions: p.mentions,
        firstSentence: p.firstSentence,
        titles: p.titles,
      });
    }
  }
  const out = [...acc.values()].map(({ entry, names }) => {
    entry.name = mostCommon(names);
    settleDates(entry);
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
    const date = articleDate(d);
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
      g.kinds.set(a.kind, (g.kinds.get(a.kind) ?? 0) + 1);
      const acronym = a.acronym ?? acronymOf?.(a.name) ?? (ACRONYM_ONLY.test(a.name.trim()) ? a.name.trim() : null);
      if (acronym) g.acronyms.set(acronym, (g.acronyms.get(acronym) ?? 0) + 1);
      if (a.year !== null && g.entry.year === null) g.entry.year = a.year;
      g.entry.mentions += a.mentions;
      g.entry.articles.push({
        digestId: d.id,
        title: d.article.title,
        siteName: d.article.siteName,
        date,
        savedAt: d.savedAt,
        mentions: a.mentions,
        firstSentence: a.firstSentence,
      });
    }
  }
  const out = [...acc.values()].map(({ entry, names, kinds, acronyms }) => {
    entry.acronym = acronyms.size > 0 ? mostCommon(acronyms) : null;
    // The display name: the longest spelling that is more than the acronym ("Hiệp định EVFTA" < full name).
    const full = names.filter((n) => !ACRONYM_ONLY.test(n.trim()));
    entry.name = (full.length > 0 ? full : names).reduce((a, b) => (b.length > a.length ? b : a));
    entry.aliases = names.filter((n) => n !== entry.name);
    const specific = new Map([...kinds].filter(([k]) => k !== 'other'));
    entry.kind = mostCommon(specific.size > 0 ? specific : kinds) as AgreementKind;
    settleDates(entry);
    return entry;
  });
  return out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'vi'));
}
