// CSV export (RFC 4180: comma separated, CRLF, fields quoted when needed, quotes doubled) of digests, people
// and agreements. A cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
// leading single quote, so opening an export can never execute text that came from a web page.
import type { Digest } from '../digest/types';
import type { AgreementEntry, PersonEntry } from '../library/cross-index';
import { agreementLabel } from './markdown';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text of a cell with formula triggers neutralised. Numbers are left as numbers. */
export function neutralise(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field. */
export function csvField(value: CsvValue): string {
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document. A UTF-8 BOM makes Excel read Vietnamese correctly; other tools ignore it. */
export function toCsv(header: string[], rows: CsvValue[][], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

const LIST = '; ';

export function digestsCsv(digests: readonly Digest[]): string {
  return toCsv(
    ['id', 'title', 'url', 'site', 'domain', 'authors', 'source', 'published', 'saved', 'lead', 'people', 'agreements', 'tags', 'notes', 'highlights', 'words'],
    digests.map((d) => [
      d.id,
      d.article.title,
      d.article.canonicalUrl || d.article.url,
      d.article.siteName,
      d.article.domain,
      d.article.authors.join(LIST),
      d.article.source ?? null,
      d.article.published,
      d.savedAt,
      d.article.lead,
      d.entities.people.map((p) => p.name).join(LIST),
      d.entities.agreements.map(agreementLabel).join(LIST),
      d.tags.join(LIST),
      d.notes,
      d.highlights.map((h) => (h.comment ? `${h.quote} (${h.comment})` : h.quote)).join('\n'),
      d.article.wordCount,
    ]),
  );
}

export function peopleCsv(people: readonly PersonEntry[]): string {
  return toCsv(
    ['name', 'titles', 'organisations', 'mentions', 'articles', 'first_date', 'last_date', 'article_titles'],
    people.map((p) => [p.name, p.titles.join(LIST), p.organisations.join(LIST), p.mentions, p.articles.length, p.firstDate, p.lastDate, p.articles.map((a) => a.title).join('\n')]),
  );
}

export function agreementsCsv(agreements: readonly AgreementEntry[]): string {
  return toCsv(
    ['name', 'acronym', 'kind', 'year', 'aliases', 'mentions', 'articles', 'first_date', 'last_date', 'article_titles'],
    agreements.map((a) => [a.name, a.acronym, a.kind, a.year, a.aliases.join(LIST), a.mentions, a.articles.length, a.firstDate, a.lastDate, a.articles.map((x) => x.title).join('\n')]),
  );
}
