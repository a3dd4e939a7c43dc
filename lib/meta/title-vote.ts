// The article's title from the agreement of its strongest signals: the page's headings (h1) and what its
// metadata names the article (JSON-LD headline, og:title, twitter:title, <title> minus the site's additions).
// A heading agreeing with the metadata is the title, in the page's spelling; a heading that is the site's name,
// a box's heading ("The Latest From …", "Related") or a column's name shares no words with the headline the
// metadata states and is passed over (a heading of headline length still wins over a social-media title that
// words the story differently); a heading that runs on past the metadata's headline (a standfirst glued
// to it: "<headline> A letter to …") gives way to the headline. Without metadata, the first usable heading.
import { foldForSearch } from '../text';
import { cleanTitle, stripSiteSuffix } from './title';
import { isOutletName, outletKey } from './site-names';

export interface TitleSignals {
  /** Headings of the page that may be the headline, in document order. */
  headings: string[];
  /** Metadata titles, strongest first: JSON-LD headline, og:title, twitter:title. */
  meta: (string | null | undefined)[];
  /** The document's <title>. */
  docTitle: string | null;
  siteName: string;
  domain: string;
  sections?: string[];
}

const key = (s: string) =>
  foldForSearch(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const words = (k: string) => k.split(' ').filter((w) => w.length > 1);

/** Headings of boxes and lists of other stories, in English and Vietnamese (folded). */
const BOX_HEADING =
  /^(?:the latest|latest|more|related|read more|read next|top stories|most read|most popular|popular|trending|recommended|editor s picks|editors picks|you may also like|you might also like|also read|see also|what to read next|in other news|in case you missed it|sign up|subscribe|newsletter|advertisement|tin lien quan|doc nhieu|tin moi|tin khac|xem them|cung chuyen muc)\b/;

/** Is a candidate the site's own name (or a known publication's)? */
function isSiteName(text: string, siteName: string, domain: string): boolean {
  if (isOutletName(text)) return true;
  const k = outletKey(text);
  const site = outletKey(siteName);
  const label = foldForSearch((domain.split('.').find((l) => !/^(?:www\d*|m|news)$/.test(l)) ?? '').replace(/-/g, ''));
  return (!!site && k === site) || (!!label && k.replace(/ /g, '') === label);
}

/**
 * Share of the heading's words found in the reference (0..1). Words of four or more letters when the heading
 * has three of them (English function words "to", "the", "and" say nothing); all words otherwise (Vietnamese
 * syllables are short).
 */
function overlap(heading: string, reference: string): number {
  const all = words(heading);
  const long = all.filter((w) => w.length >= 4);
  const h = long.length >= 3 ? long : all;
  if (!h.length) return 0;
  const r = new Set(words(reference));
  return h.filter((w) => r.has(w)).length / h.length;
}

/** The agreed title, or null when the page offers nothing usable. */
export function agreedTitle(s: TitleSignals): string | null {
  const refs: string[] = [];
  for (const m of [...s.meta, s.docTitle]) {
    if (!m || !m.trim()) continue;
    const t = stripSiteSuffix(m, s.siteName, s.domain, s.sections ?? []);
    if (t && key(t) && !isSiteName(t, s.siteName, s.domain) && !refs.some((r) => key(r) === key(t))) refs.push(t);
  }
  const headings = s.headings
    .map(cleanTitle)
    .filter((h) => key(h).length >= 8 && !isSiteName(h, s.siteName, s.domain) && !BOX_HEADING.test(key(h)));
  for (const h of headings) {
    const hk = key(h);
    for (const r of refs) {
      const rk = key(r);
      if (hk === rk) return h;
      // The metadata's title still carries an addition we could not strip: the heading is the headline.
      if (rk.startsWith(`${hk} `)) return h;
      // The heading runs on past the headline (its standfirst glued to it): the headline alone.
      if (hk.startsWith(`${rk} `) && words(rk).length >= 3) return r;
    }
  }
  // No heading states what the metadata does: a heading sharing most of its words with it is the headline as
  // printed (the metadata's is an SEO rewording); one sharing none is a site, box or column name.
  // Either way round: a shortened metadata title inside a long printed headline, or a printed headline of
  // four or more words most of which the metadata states.
  const agrees = (h: string, r: string) =>
    overlap(key(r), key(h)) >= 0.6 || (words(key(h)).length >= 4 && overlap(key(h), key(r)) >= 0.5);
  for (const h of headings) if (!refs.length || refs.some((r) => agrees(h, r))) return h;
  // The first heading, shaped like a headline (five words or more, neither the site's name nor a box's heading), is the
  // printed headline when the metadata's is a social-media rewording; a short one is a column's or a
  // section's name, and the metadata's title stands.
  const first = headings[0];
  return (first && words(key(first)).length >= 5 ? first : refs[0]) ?? null;
}
