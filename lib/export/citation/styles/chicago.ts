// Chicago (17th edition) notes and bibliography for a newspaper article on the web: the full first note and
// the bibliography entry, as the Chicago full-note CSL style renders them. A Vietnamese name is never
// inverted ("Nguyễn Văn An"), a Western one is ("Borger, Julian" at the head of a bibliography entry).
import type { Lang } from '../../../i18n';
import { displayName, type CitationName } from '../names';
import type { CitationRecord } from '../record';
import { RichText, type Formatted } from './rich';
import { capitalise, TERMS } from './terms';
import { isEnglish, smartQuotes, titleCase } from './text-case';

function creators(r: CitationRecord): CitationName[] {
  return r.authors.length > 0 ? r.authors : r.institution ? [{ kind: 'whole', name: r.institution }] : [];
}

/** "Borger, Julian"; a particle goes after the given names ("Gogh, Vincent van"), as Chicago sorts it. */
function inverted(n: CitationName): string {
  return n.kind === 'whole' ? n.name : `${n.family}, ${[n.given, n.particle].filter(Boolean).join(' ')}`;
}

/**
 * "A", "A and B", "A, B, and C". The note shortens four or more to "A et al."; the bibliography inverts the
 * first name, keeps the comma before "and" after a personal name, and lists up to ten.
 */
function authorList(names: readonly CitationName[], lang: Lang, form: 'note' | 'bibliography'): string {
  const t = TERMS[lang];
  if (form === 'note' && names.length >= 4) return `${displayName(names[0]!)} ${t.etAl}`;
  const shown = form === 'bibliography' && names.length >= 11 ? names.slice(0, 7) : names;
  const parts = shown.map((n, i) => (form === 'bibliography' && i === 0 ? inverted(n) : displayName(n)));
  if (shown.length < names.length) return `${parts.join(', ')}, ${t.etAl}`;
  if (parts.length === 1) return parts[0]!;
  const comma = parts.length > 2 || (form === 'bibliography' && names[1]!.kind === 'western');
  return `${parts.slice(0, -1).join(', ')}${comma ? ',' : ''} ${t.and} ${parts[parts.length - 1]}`;
}

function parts(r: CitationRecord) {
  const english = isEnglish(r.language);
  return {
    title: smartQuotes(english ? titleCase(r.title) : r.title, true),
    site: english ? titleCase(r.site) : r.site,
  };
}

/** The full note of a first citation: "Nguyễn Văn An, “Tiêu đề,” Báo Quốc tế, October 22, 2025, https://…". */
export function chicagoNote(r: CitationRecord, lang: Lang): Formatted {
  const t = TERMS[lang];
  const { title, site } = parts(r);
  const names = creators(r);
  const out = new RichText(lang);
  if (names.length > 0)
    out
      .add(authorList(names, lang, 'note'))
      .punct(',')
      .add(' ');
  out.quoted(title).punct(',').add(' ').add(site, true);
  if (r.issued) out.punct(',').add(` ${t.longDate(r.issued)}`);
  else if (r.accessed && r.url) out.punct(',').add(` ${t.accessed(t.longDate(r.accessed))}`);
  else {
    out.punct(',').add(` ${t.noDate}`);
    if (r.accessed) out.punct(',').add(` ${t.accessed(t.longDate(r.accessed))}`);
  }
  if (r.url) out.punct(',').add(` ${r.url}`);
  return out.punct('.').result();
}

/** The bibliography entry: "Nguyễn Văn An. “Tiêu đề.” Báo Quốc tế, October 22, 2025. https://…". */
export function chicagoBibliography(r: CitationRecord, lang: Lang): Formatted {
  const t = TERMS[lang];
  const { title, site } = parts(r);
  const names = creators(r);
  const out = new RichText(lang);
  // Without an author the site, as written, heads the entry and the date follows the title.
  if (names.length > 0)
    out
      .add(authorList(names, lang, 'bibliography'))
      .punct('.')
      .add(' ')
      .quoted(title)
      .punct('.')
      .add(' ')
      .add(site, true);
  else out.add(r.site).punct('.').add(' ').quoted(title);
  if (r.issued) out.punct(',').add(` ${t.longDate(r.issued)}`);
  else if (r.accessed && r.url) out.punct('.').add(` ${capitalise(t.accessed(t.longDate(r.accessed)))}`);
  else {
    out.punct(',').add(` ${t.noDate}`);
    if (r.accessed) out.punct('.').add(` ${capitalise(t.accessed(t.longDate(r.accessed)))}`);
  }
  if (r.url) out.punct('.').add(` ${r.url}`);
  return out.punct('.').result();
}
