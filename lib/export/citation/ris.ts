// RIS, the tagged format every reference manager imports (EndNote, Zotero, Mendeley, RefWorks): TY NEWS,
// one AU line per author as written ("Nguyễn Văn An" without a comma stays one name; a Western name is
// "Family, Given"), an agency as a one-field author, T2 the site, PY/DA the date, Y2 the day it was saved.
import type { CitationName } from './names';
import type { CitationRecord, DateParts } from './record';

/** One value on one line: a line break inside a value would start a new tag (or end the record). */
function oneLine(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- control characters are what is being removed
      .replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function risName(n: CitationName): string {
  if (n.kind === 'whole') return n.name;
  return `${[n.particle, n.family].filter(Boolean).join(' ')}, ${n.given}`;
}

/** "2025/10/22/" (RIS: year/month/day/other, empty parts kept). */
function risDate(d: DateParts): string {
  const pad = (n: number | undefined) => (n ? String(n).padStart(2, '0') : '');
  return `${d.year}/${pad(d.month)}/${d.month ? pad(d.day) : ''}/`;
}

export function risRecord(r: CitationRecord): string {
  const lines: [string, string][] = [
    ['TY', 'NEWS'],
    ['TI', r.title],
  ];
  for (const n of r.authors) lines.push(['AU', risName(n)]);
  if (r.authors.length === 0 && r.institution) lines.push(['AU', r.institution]);
  if (r.issued) lines.push(['PY', String(r.issued.year)], ['DA', risDate(r.issued)]);
  lines.push(['T2', r.site]);
  if (r.url) lines.push(['UR', r.url]);
  if (r.accessed) lines.push(['Y2', risDate(r.accessed)]);
  if (r.language) lines.push(['LA', r.language]);
  if (r.abstract) lines.push(['AB', r.abstract]);
  if (r.sourceNote) lines.push(['N1', r.sourceNote]);
  if (r.notes) lines.push(['N1', r.notes]);
  for (const tag of r.tags) lines.push(['KW', tag]);
  lines.push(['ID', r.key]);
  const body = lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd());
  return [...body, 'ER  - '].join('\r\n') + '\r\n';
}

/** A RIS file of several records, blank-line separated. */
export function risFile(records: readonly CitationRecord[]): string {
  return records.map(risRecord).join('\r\n');
}
