// APA 7 reference-list entry and parenthetical citation of a newspaper article on the web, the way the APA
// CSL style renders it, with one difference that is the point: a Vietnamese name is printed whole
// ("Nguyễn Văn An. (2025…)", "(Nguyễn Văn An, 2025)"), never as "Nguyễn, V. A." or "(Nguyễn, 2025)".
import type { Lang } from '../../../i18n';
import type { CitationName } from '../names';
import type { CitationRecord } from '../record';
import { RichText, type Formatted } from './rich';
import { TERMS } from './terms';
import { isEnglish, smartQuotes, titleCase } from './text-case';

/** "Borger, J.", "van Gogh, J.-P. V.", "Nguyễn Văn An". */
function apaName(n: CitationName): string {
  if (n.kind === 'whole') return n.name;
  const initials = n.given
    .split(/\s+/)
    .map((part) =>
      part
        .split('-')
        .map((p) => (p.endsWith('.') && p.length <= 3 ? p : `${p.charAt(0)}.`))
        .join('-'),
    )
    .join(' ');
  return `${[n.particle, n.family].filter(Boolean).join(' ')}, ${initials}`;
}

/**
 * "A", "A & B" ("A, & B" when B is a personal name: the comma comes with inverted names), "A, B, & C"; from
 * 21 names the first 19, an ellipsis and the last.
 */
function apaAuthors(names: readonly CitationName[]): string {
  const parts = names.map(apaName);
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2) return `${parts[0]}${names[1]!.kind === 'western' ? ',' : ''} & ${parts[1]}`;
  if (parts.length >= 21) return `${parts.slice(0, 19).join(', ')}, . . . ${parts[parts.length - 1]}`;
  return `${parts.slice(0, -1).join(', ')}, & ${parts[parts.length - 1]}`;
}

function creators(r: CitationRecord): CitationName[] {
  return r.authors.length > 0 ? r.authors : r.institution ? [{ kind: 'whole', name: r.institution }] : [];
}

export function apaReference(r: CitationRecord, lang: Lang): Formatted {
  const t = TERMS[lang];
  const out = new RichText(lang);
  const names = creators(r);
  const title = smartQuotes(r.title, false);
  const site = isEnglish(r.language) ? titleCase(r.site) : r.site;
  const date = r.issued ? t.apaDate(r.issued) : t.noDate;
  if (names.length > 0) out.add(apaAuthors(names)).punct('.').add(` (${date})`).punct('.').add(` ${title}`).punct('.');
  else out.add(title).punct('.').add(` (${date})`).punct('.');
  out.add(' ').add(site, true).punct('.');
  if (r.url && !r.issued && r.accessed) out.add(` ${t.retrieved(t.longDate(r.accessed))}, ${t.from} ${r.url}`);
  else if (r.url) out.add(` ${r.url}`);
  return out.result();
}

/** The in-text citation: "(Nguyễn Văn An, 2025)", "(Nguyen & Borger, 2024)", "(Nguyen et al., 2024)". */
export function apaInText(r: CitationRecord, lang: Lang): Formatted {
  const t = TERMS[lang];
  const names = creators(r).map((n) =>
    n.kind === 'whole' ? n.name : [n.particle, n.family].filter(Boolean).join(' '),
  );
  const year = r.issued ? String(r.issued.year) : t.noDate;
  const out = new RichText(lang).add('(');
  if (names.length === 0)
    out.quoted(smartQuotes(isEnglish(r.language) ? titleCase(r.title) : r.title, true)).punct(',');
  else
    out
      .add(names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} ${t.etAl}`)
      .punct(',');
  return out.add(` ${year})`).result();
}
