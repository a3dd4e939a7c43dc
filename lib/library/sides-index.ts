// The sides (countries, organisations, places) gathered across every saved digest: one entry per side with its
// acronym, other forms, kind, dates and the articles as a timeline, like the people and agreements of
// cross-index.ts. Digests saved before sides were recognised have none and add nothing.
import type { Digest } from '../digest';
import type { Side, SideKind } from '../entities';
import { cachedMatchKey as matchKey } from './cached-key';
import { articleRef, dateArticles, mostCommon, tally, type ArticleRef } from './article-refs';
import type { CrossSource } from './cross-index';

/** What buildSides reads of a digest (a whole digest, or the search index's light copy of its entities). */
export type SidesSource = Pick<CrossSource, 'id' | 'savedAt' | 'article'> & {
  entities: { sides?: readonly Omit<Side, 'spans'>[] };
};

export interface SideEntry {
  key: string;
  /** The spelling used most often (first seen on a tie). */
  name: string;
  acronym: string | null;
  kind: SideKind;
  /** Every other form seen (short forms, other spellings), one per matchKey. */
  aliases: string[];
  mentions: number;
  /** Publication dates only, as for people and agreements (cross-index.ts). */
  firstDate: string | null;
  lastDate: string | null;
  undated: number;
  /** Dated ones oldest first, then the undated ones in the order they were saved. */
  articles: ArticleRef[];
}

/** The keys a side filter value can name a side by: its key, its name, its acronym and its other forms. */
export function sideKeys(s: Omit<Side, 'spans'>): string[] {
  return [s.key, matchKey(s.name), ...(s.acronym ? [matchKey(s.acronym)] : []), ...s.aliases.map((a) => matchKey(a))];
}

/** Every side key of a digest, for the library's side filter. */
export function digestSideKeys(d: Digest): Set<string> {
  return new Set((d.entities.sides ?? []).flatMap(sideKeys));
}

/** Sides sorted by mentions, then name. */
export function buildSides(digests: readonly SidesSource[]): SideEntry[] {
  const acc = new Map<
    string,
    {
      entry: SideEntry;
      names: Map<string, number>;
      kinds: Map<SideKind, number>;
      acronyms: Map<string, number>;
      seen: Set<string>;
    }
  >();
  for (const d of digests) {
    for (const s of d.entities.sides ?? []) {
      const key = s.key || matchKey(s.name);
      let a = acc.get(key);
      if (!a) {
        const entry: SideEntry = {
          key,
          name: s.name,
          acronym: null,
          kind: s.kind,
          aliases: [],
          mentions: 0,
          firstDate: null,
          lastDate: null,
          undated: 0,
          articles: [],
        };
        a = { entry, names: new Map(), kinds: new Map(), acronyms: new Map(), seen: new Set() };
        acc.set(key, a);
      }
      tally(a.names, s.name);
      tally(a.kinds, s.kind);
      if (s.acronym) tally(a.acronyms, s.acronym);
      for (const alias of [s.name, ...s.aliases]) {
        const k = matchKey(alias);
        if (!a.seen.has(k)) {
          a.seen.add(k);
          a.entry.aliases.push(alias);
        }
      }
      a.entry.mentions += s.mentions;
      a.entry.articles.push(articleRef(d, s.mentions, ''));
    }
  }
  const out = [...acc.values()].map(({ entry, names, kinds, acronyms }) => {
    entry.name = mostCommon(names);
    entry.kind = mostCommon(kinds);
    entry.acronym = acronyms.size ? mostCommon(acronyms) : null;
    const skip = new Set([matchKey(entry.name), ...(entry.acronym ? [matchKey(entry.acronym)] : [])]);
    entry.aliases = entry.aliases.filter((x) => !skip.has(matchKey(x)));
    dateArticles(entry);
    return entry;
  });
  return out.sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name, 'vi'));
}
