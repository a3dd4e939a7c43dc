// The compact index entry kept for every digest: enough for the library's list, filters and search without
// reading the records (one record can be hundreds of KB with its article HTML).
import type { Digest } from '../../../lib/digest';
import { canonicalUrlKey } from '../../../lib/meta';

export interface DigestSummary {
  id: string;
  urlKey: string;
  /** Other keys that lead to this digest (the address it was read from when it differs from the canonical). */
  aliasKeys: string[];
  url: string;
  title: string;
  siteName: string;
  domain: string;
  published: string | null;
  savedAt: string;
  updatedAt: string;
  source: Digest['source'];
  /** The lead, at most LEAD_CHARS characters. */
  lead: string;
  wordCount: number;
  people: string[];
  /** Agreement names, then their acronyms ("EVIPA"), so the list can show and search both. */
  agreements: string[];
  tags: string[];
  hasNotes: boolean;
  highlightCount: number;
}

export const LEAD_CHARS = 240;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

export function summarise(d: Digest): DigestSummary {
  const a = d.article;
  const readKey = canonicalUrlKey(a.url);
  const agreements = d.entities.agreements.map((g) => g.name);
  for (const g of d.entities.agreements) if (g.acronym && !agreements.includes(g.acronym)) agreements.push(g.acronym);
  return {
    id: d.id,
    urlKey: d.urlKey,
    aliasKeys: readKey !== d.urlKey ? [readKey] : [],
    url: a.canonicalUrl || a.url,
    title: a.title,
    siteName: a.siteName,
    domain: a.domain,
    published: a.published,
    savedAt: d.savedAt,
    updatedAt: d.updatedAt,
    source: d.source,
    lead: shorten(
      a.lead ??
        a.bodyText
          .slice(0, LEAD_CHARS * 2)
          .replace(/\s+/g, ' ')
          .trim(),
      LEAD_CHARS,
    ),
    wordCount: a.wordCount,
    people: d.entities.people.map((p) => p.name),
    agreements,
    tags: [...d.tags],
    hasNotes: d.notes.trim().length > 0,
    highlightCount: d.highlights.length,
  };
}
