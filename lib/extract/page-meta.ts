// Page-level facts read (never written) from the live document: canonical URL, site name, JSON-LD,
// metadata dates and authors, title candidates.
import {
  findCanonicalUrl,
  siteDomain,
  readJsonLdArticle,
  type JsonLdArticle,
  siteNameFor,
  parseCredit,
  isAgencyName,
  parseIsoLike,
  parseForeignDate,
  settleZone,
  VIETNAM_OFFSET,
  parseVietnameseDate,
  yearFromUrl,
  type ParsedDate,
} from '../meta';
import { cleanInline } from '../text';
import { FIELD_CAPS, capText } from '../article';
import { headIndex, type HeadIndex } from './head-index';

export interface PageMeta {
  url: string;
  /** What relative links on the page resolve against: <base href>, else the page's own address. */
  baseUrl: string;
  canonicalUrl: string;
  domain: string;
  siteName: string;
  jsonld: JsonLdArticle | null;
  ogTitle: string | null;
  docTitle: string | null;
  ogType: string | null;
  description: string | null;
  /** Authors stated in JSON-LD (persons only) or author meta tags. */
  metaAuthors: string[];
  /** A news agency the metadata names as the author ("Reuters", "Associated Press"): a source, never an author. */
  metaSource: string | null;
  /** Publication date from JSON-LD or meta tags. */
  metaDate: ParsedDate | null;
  /** Section names the page states (article:section), to strip from titles. */
  sections: string[];
  head: HeadIndex;
}

const metaContent = (head: HeadIndex, key: string): string | null => {
  const v = head.meta.get(key);
  return v && v.trim() ? cleanInline(v) : null;
};

export function readPageMeta(doc: Document, url: string): PageMeta {
  const head = headIndex(doc);
  const canonicalUrl = findCanonicalUrl(doc, url, {
    canonical: head.links.get('canonical'),
    ogUrl: head.meta.get('og:url'),
  });
  const domain = siteDomain(url) || siteDomain(canonicalUrl);
  const jsonld = readJsonLdArticle(doc, head.jsonLd);
  const siteName = siteNameFor(domain, metaContent(head, 'og:site_name'));

  const metaAuthors: string[] = [];
  let metaSource: string | null = null;
  // An agency named as the author (an Organization, or a "Person" called "Reuters"): the article's source.
  const agency = (credit: { names: string[]; source: string | null }) =>
    !metaSource && !credit.names.length && credit.source && isAgencyName(credit.source) ? credit.source : metaSource;
  for (const a of jsonld?.authors ?? []) {
    if (a.type && !/person/i.test(a.type)) {
      metaSource = agency(parseCredit(a.name)); // Organization = the publisher, or the agency it took the story from
      continue;
    }
    const credit = parseCredit(a.name);
    metaAuthors.push(...credit.names);
    metaSource = agency(credit);
  }
  if (!metaAuthors.length) {
    const raw = metaContent(head, 'author') ?? metaContent(head, 'article:author') ?? metaContent(head, 'dc.creator');
    if (raw && !/^https?:/i.test(raw)) {
      const credit = parseCredit(raw);
      metaAuthors.push(...credit.names);
      metaSource = agency(credit);
    }
  }

  const rawDates = [
    jsonld?.datePublished,
    metaContent(head, 'article:published_time'),
    metaContent(head, 'datepublished'),
    metaContent(head, 'pubdate'),
    metaContent(head, 'publishdate'),
    metaContent(head, 'dc.date'),
    metaContent(head, 'date'),
  ];
  let metaDate: ParsedDate | null = null;
  for (const raw of rawDates) {
    if (!raw) continue;
    // A time without a zone stays local here: whether +07:00 applies is known only with the page's language.
    const parsed = parseIsoLike(raw, null);
    if (parsed.iso && (!metaDate || (parsed.hasTime && !metaDate.hasTime))) metaDate = parsed;
    if (metaDate?.hasTime) break;
  }

  let baseUrl = url;
  try {
    if (head.base) baseUrl = new URL(head.base, url).toString();
  } catch {
    /* a broken <base> is ignored, as browsers do */
  }
  return {
    url,
    baseUrl,
    canonicalUrl,
    domain,
    siteName,
    jsonld,
    ogTitle: metaContent(head, 'og:title'),
    docTitle: head.title ? cleanInline(head.title) : null,
    sections: (metaContent(head, 'article:section') ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    head,
    ogType: metaContent(head, 'og:type'),
    description: metaContent(head, 'og:description') ?? metaContent(head, 'description'),
    metaAuthors,
    metaSource,
    metaDate,
  };
}

/** Year the page states about itself, for visible dates without a year. */
export function yearHintFor(meta: PageMeta): { year: number; source: string } | null {
  if (meta.metaDate?.iso) return { year: Number(meta.metaDate.iso.slice(0, 4)), source: "the page's metadata" };
  const y = yearFromUrl(meta.url) ?? yearFromUrl(meta.canonicalUrl);
  return y ? { year: y, source: 'the URL' } : null;
}

/** How a page that is not Vietnamese writes its dates (lib/meta/foreign-dates.ts). */
export interface ForeignDates {
  monthFirst: boolean;
  /** The page's country, for a zone name countries share ("CST"); null when unknown (pageRegion). */
  zoneRegion: string | null;
  /** The zone of a time given without one (localOffset): Vietnam's on a Vietnamese site, else null. */
  offset: string | null;
}

/**
 * Parse a visible date element: its datetime attribute if it has one, else its text: day first, as Vietnamese
 * pages write it, or by `foreign` on a page in another language.
 */
export function parseDateElement(el: Element, meta: PageMeta, foreign?: ForeignDates): ParsedDate {
  // A date is short: a page value is cut to its cap before any parsing (a hostile element may hold megabytes).
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
  if (attr) {
    // Vietnam's time only on a Vietnamese page; elsewhere a datetime without a zone keeps its day.
    const iso = settleZone(
      parseIsoLike(capText(attr, FIELD_CAPS.metaValue), null),
      foreign ? foreign.offset : VIETNAM_OFFSET,
    );
    if (iso.iso) return iso;
  }
  // What the element shows: a script inside it is no text of the page (dateWrittenByScript reads those).
  const shown = el.querySelector('script') ? (el.cloneNode(true) as Element) : el;
  if (shown !== el) for (const s of shown.querySelectorAll('script')) s.remove();
  const text = capText(shown.textContent ?? '', FIELD_CAPS.metaValue);
  if (foreign)
    return parseForeignDate(text, {
      yearHint: yearHintFor(meta),
      monthFirst: foreign.monthFirst,
      otherDate: meta.metaDate?.iso ?? null,
      zoneRegion: foreign.zoneRegion,
    });
  return parseVietnameseDate(text, { yearHint: yearHintFor(meta) });
}

/**
 * Choose the published date: metadata with a time wins, unless the profile says the visible date is the one
 * for this copy; a visible date with a time beats a date-only metadata value of the same day. Only when the page
 * states none, a timestamp its address encodes (`fromAddress`, lib/meta/url-date.ts). `offset`: the zone a
 * metadata time without one is in (VIETNAM_OFFSET on a Vietnamese page; null elsewhere: its day only).
 */
export function choosePublished(
  meta: PageMeta,
  visible: ParsedDate | null,
  preferVisible: boolean,
  offset: string | null,
  textHint?: string | null,
  fromAddress?: ParsedDate | null,
): { iso: string | null; note: string | null } {
  const m = meta.metaDate && settleZone(meta.metaDate, offset);
  if (preferVisible && visible?.iso) return { iso: visible.iso, note: visible.note };
  if (m?.iso && m.hasTime) return { iso: m.iso, note: m.note };
  if (visible?.iso && visible.hasTime) {
    if (!m?.iso || visible.iso.startsWith(m.iso.slice(0, 10))) return { iso: visible.iso, note: visible.note };
    return { iso: m.iso, note: m.note };
  }
  if (m?.iso) return { iso: m.iso, note: m.note ?? 'the page gives the date without a time' };
  if (visible?.iso) return { iso: visible.iso, note: visible.note };
  // Nothing on the page: the filing timestamp its address encodes, if it has a well-formed one.
  if (fromAddress?.iso) return { iso: fromAddress.iso, note: fromAddress.note };
  if (visible?.note) return { iso: null, note: visible.note };
  // Say what the reader can see: an event date in the lead is not the publication date, but worth naming.
  const mentioned = textHint ? parseVietnameseDate(textHint, {}) : null;
  if (mentioned?.note && !mentioned.iso && /without a year/.test(mentioned.note))
    return {
      iso: null,
      note: `the page states no publication date; the text only ${mentioned.note.replace(/^the page gives/, 'mentions')}`,
    };
  return { iso: null, note: 'the page states no publication date (no metadata, no visible date)' };
}

/** Scripts looked at for a written date, and how much of each: a page's inline scripts are small. */
const MAX_SCRIPTS = 60;
const MAX_SCRIPT_CHARS = 20_000;

/**
 * A date a page writes with a script ("document.write('12-05-2019')" on forum software), read only when
 * nothing visible and no metadata gives one; the note says where it came from. The script's string is read
 * by indexOf, not run.
 */
export function dateWrittenByScript(meta: PageMeta, foreign?: ForeignDates): ParsedDate | null {
  let seen = 0;
  for (const script of meta.head.inlineScripts) {
    if (++seen > MAX_SCRIPTS) break;
    const code = (script.textContent ?? '').slice(0, MAX_SCRIPT_CHARS);
    for (let at = code.indexOf('document.write'); at >= 0; at = code.indexOf('document.write', at + 1)) {
      const open = code.slice(at, at + 40).search(/['"`]/);
      if (open < 0) continue;
      const start = at + open;
      const end = code.indexOf(code[start]!, start + 1);
      if (end < 0 || end - start > 200) continue;
      const text = code.slice(start + 1, end).replace(/<[^<>]{0,100}>/g, ' ');
      const parsed = foreign
        ? parseForeignDate(text, {
            yearHint: yearHintFor(meta),
            monthFirst: foreign.monthFirst,
            zoneRegion: foreign.zoneRegion,
          })
        : parseVietnameseDate(text, { yearHint: yearHintFor(meta) });
      if (parsed.iso)
        return {
          ...parsed,
          note: [parsed.note, 'the date is written by a script on the page, not shown in its text']
            .filter(Boolean)
            .join('; '),
        };
    }
  }
  return null;
}
