// CSV export (RFC 4180: comma separated, CRLF, every field quoted, quotes doubled) of digests, people,
// agreements and sides (columns: docs/csv-export.md). Text a spreadsheet would run as a formula (= + - @, tab or CR) gets a single quote before it,
// at the start of a field and after every character a spreadsheet may take as the separator (";" where
// the decimal sign is a comma, ",", tab) or as a new row, so opening an export can never execute text that
// came from a web page, whatever separator the spreadsheet guesses.
import type { Digest } from '../digest';
import type { AgreementEntry, PersonEntry } from '../library';
import { agreementLabel } from './markdown/digest-markdown';

export type CsvValue = string | number | boolean | null | undefined;

/** A formula trigger at the start of the text or of any piece a separator (or line break) may cut it into. */
const FORMULA_TRIGGER = /(?<=^|[;,\t\r\n])([ "]*)(?=[=+\-@\t\r])/g;

/** The text of a cell with formula triggers neutralised. Numbers are left as numbers. */
export function neutralise(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  // Separator and trigger are looked at, not consumed: a tab or CR is both, and what follows it is checked too.
  return value.replace(FORMULA_TRIGGER, "$1'");
}

/** One RFC 4180 field, always quoted (a spreadsheet then keeps a ";" or "," inside it as text). */
export function csvField(value: CsvValue): string {
  return `"${neutralise(value).replace(/"/g, '""')}"`;
}

/** A whole CSV document. A UTF-8 BOM makes Excel read Vietnamese correctly; other tools ignore it. */
export function toCsv(header: string[], rows: CsvValue[][], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

const LIST = '; ';

export function digestsCsv(digests: readonly Digest[]): string {
  return toCsv(
    [
      'id',
      'title',
      'url',
      'site',
      'domain',
      'authors',
      'source',
      'published',
      'saved',
      'lead',
      'people',
      'agreements',
      'sides',
      'tags',
      'notes',
      'highlights',
      'words',
    ],
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
      // A side is labelled like an agreement: its name, and its acronym in brackets when the name lacks it.
      (d.entities.sides ?? []).map(agreementLabel).join(LIST),
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
    people.map((p) => [
      p.name,
      p.titles.join(LIST),
      p.organisations.join(LIST),
      p.mentions,
      p.articles.length,
      p.firstDate,
      p.lastDate,
      p.articles.map((a) => a.title).join('\n'),
    ]),
  );
}

export function agreementsCsv(agreements: readonly AgreementEntry[]): string {
  return toCsv(
    ['name', 'acronym', 'kind', 'year', 'aliases', 'mentions', 'articles', 'first_date', 'last_date', 'article_titles'],
    agreements.map((a) => [
      a.name,
      a.acronym,
      a.kind,
      a.year,
      a.aliases.join(LIST),
      a.mentions,
      a.articles.length,
      a.firstDate,
      a.lastDate,
      a.articles.map((x) => x.title).join('\n'),
    ]),
  );
}

/** One row per side per digest (a digest saved before sides were recognised has none). */
export function sidesCsv(digests: readonly Digest[]): string {
  return toCsv(
    ['digest_id', 'name', 'kind', 'acronym', 'mentions'],
    digests.flatMap((d) => (d.entities.sides ?? []).map((s) => [d.id, s.name, s.kind, s.acronym, s.mentions])),
  );
}
