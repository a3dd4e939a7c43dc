// BibLaTeX in UTF-8 (biber reads it as is): Vietnamese letters are written as letters, never as TeX accents
// ("tướng", not "tu{\'o}ng", which has no stacked form anyway). A whole name sits in double braces so
// biber never splits it; a Western name is "Family, Given". Only TeX's special characters are escaped.
import type { CitationName } from './names';
import { isoDate, type CitationRecord } from './record';

const LANGID: Record<string, string> = {
  vi: 'vietnamese',
  en: 'english',
  fr: 'french',
  de: 'german',
  zh: 'chinese',
  ja: 'japanese',
  ko: 'korean',
  ru: 'russian',
  es: 'spanish',
};

const TEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A literal field value: TeX specials escaped, white space collapsed (a blank line would end a paragraph). */
export function texEscape(text: string): string {
  const flat = text
    // eslint-disable-next-line no-control-regex -- control characters are what is being removed
    .replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A lone "\{" still counts as a brace for BibTeX's brace matching, so braces are escaped in pairs only;
  // an unpaired one becomes its text command.
  const balanced = pairedBraces(flat);
  return flat.replace(/[\\{}&%$#_~^]/g, (c, i: number) =>
    c === '{' || c === '}'
      ? balanced.has(i)
        ? `\\${c}`
        : c === '{'
          ? '\\textbraceleft{}'
          : '\\textbraceright{}'
      : TEX_SPECIAL[c]!,
  );
}

/** Offsets of the braces that close or are closed by another: "\{…\}" keeps BibTeX's count even. */
function pairedBraces(text: string): Set<number> {
  const open: number[] = [];
  const paired = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}' && open.length > 0) {
      paired.add(open.pop()!);
      paired.add(i);
    }
  }
  return paired;
}

/** The url field is read verbatim: only braces, backslashes and spaces (which would break it) are encoded. */
function texUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

function bibName(n: CitationName): string {
  if (n.kind === 'whole') return `{${texEscape(n.name)}}`;
  return `${texEscape([n.particle, n.family].filter(Boolean).join(' '))}, ${texEscape(n.given)}`;
}

export function biblatexEntry(r: CitationRecord): string {
  const fields: [string, string][] = [];
  const names = r.authors.length > 0 ? r.authors.map(bibName) : r.institution ? [`{${texEscape(r.institution)}}`] : [];
  if (names.length > 0) fields.push(['author', names.join(' and ')]);
  fields.push(['title', texEscape(r.title)], ['journaltitle', texEscape(r.site)], ['entrysubtype', 'newspaper']);
  if (r.issued) fields.push(['date', isoDate(r.issued)]);
  if (r.url) fields.push(['url', texUrl(r.url)]);
  if (r.accessed) fields.push(['urldate', isoDate(r.accessed)]);
  const langid = r.language ? LANGID[r.language.toLowerCase().split('-')[0]!] : undefined;
  if (langid) fields.push(['langid', langid]);
  if (r.abstract) fields.push(['abstract', texEscape(r.abstract)]);
  if (r.sourceNote) fields.push(['note', texEscape(r.sourceNote)]);
  if (r.notes) fields.push(['annotation', texEscape(r.notes)]);
  if (r.tags.length > 0) fields.push(['keywords', r.tags.map(texEscape).join(', ')]);
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@article{${r.key},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}},`).join('\n')}\n}\n`;
}

/** A .bib file of several entries. */
export function biblatexFile(records: readonly CitationRecord[]): string {
  return records.map(biblatexEntry).join('\n');
}
