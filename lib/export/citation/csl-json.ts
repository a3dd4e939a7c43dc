// CSL-JSON, the input of every CSL processor (Zotero, Mendeley, pandoc, citeproc-js): a newspaper article,
// Vietnamese names as one literal name so no processor splits them, an agency as an institutional (literal)
// author, the credited origin as a note.
import type { CitationName } from './names';
import type { CitationRecord, DateParts } from './record';

export type CslName = { literal: string } | { family: string; given: string; 'non-dropping-particle'?: string };
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  abstract?: string;
  note?: string;
  annote?: string;
  keyword?: string;
}

export function cslName(n: CitationName): CslName {
  if (n.kind === 'whole') return { literal: n.name };
  return n.particle
    ? { family: n.family, given: n.given, 'non-dropping-particle': n.particle }
    : { family: n.family, given: n.given };
}

export function cslDate(d: DateParts): CslDate {
  const parts: [number, number?, number?] = [d.year];
  if (d.month) parts.push(d.month);
  if (d.month && d.day) parts.push(d.day);
  return { 'date-parts': [parts] };
}

export function cslItem(r: CitationRecord): CslItem {
  const item: CslItem = { id: r.key, type: 'article-newspaper', title: r.title, 'container-title': r.site };
  const authors = r.authors.length > 0 ? r.authors.map(cslName) : r.institution ? [{ literal: r.institution }] : [];
  if (authors.length > 0) item.author = authors;
  if (r.issued) item.issued = cslDate(r.issued);
  if (r.accessed) item.accessed = cslDate(r.accessed);
  if (r.url) item.URL = r.url;
  if (r.language) item.language = r.language;
  if (r.abstract) item.abstract = r.abstract;
  if (r.sourceNote) item.note = r.sourceNote;
  if (r.notes) item.annote = r.notes;
  if (r.tags.length > 0) item.keyword = r.tags.join(', ');
  return item;
}

/** A CSL-JSON file: always an array, even of one item. */
export function cslJson(records: readonly CitationRecord[]): string {
  return JSON.stringify(records.map(cslItem), null, 2) + '\n';
}
