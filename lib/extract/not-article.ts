// Is this page an article at all? Home, section, tag and search pages, and video-only pages, get an explicit
// verdict instead of a digest of the navigation.
import type { NotArticleCode } from '../article/types';
import { jsonLdTypes } from '../meta/jsonld';
import { cleanInline } from '../text/normalize';

export interface Verdict {
  code: NotArticleCode;
  reason: string;
}

const SEARCH_PATH = /\/(?:search|tim-kiem|timkiem|tag|tags|chu-de|topic|tu-khoa)(?:[/.?-]|$)/i;
const SEARCH_QUERY = /[?&](?:q|query|keyword|keywords|s|search)=/i;

/** Paragraph statistics: how much running prose the page has, outside links. */
function prose(doc: Document): { paragraphs: number; chars: number } {
  let paragraphs = 0;
  let chars = 0;
  for (const p of doc.querySelectorAll('p, [class*="content"] div, [class*="body"] div')) {
    if (p.querySelector('p, div')) continue;
    const text = cleanInline(p.textContent ?? '');
    if (text.length < 80) continue;
    let linkChars = 0;
    for (const a of p.querySelectorAll('a')) linkChars += cleanInline(a.textContent ?? '').length;
    if (linkChars > text.length * 0.5) continue;
    paragraphs++;
    chars += text.length;
  }
  return { paragraphs, chars };
}

/**
 * Judge before extracting. `articleSignals` says whether structured data or a site profile already vouches
 * for an article (then only an empty page is refused).
 */
export function notArticleVerdict(
  doc: Document,
  url: string,
  articleSignals: boolean,
  jsonLdScripts?: string[],
  ogTypeKnown?: string | null,
): Verdict | null {
  let path = '/';
  let query = '';
  try {
    const u = new URL(url);
    path = u.pathname;
    query = u.search;
  } catch {
    /* an unparsable URL says nothing */
  }
  const types = jsonLdTypes(doc, jsonLdScripts);
  const ogType = ogTypeKnown ?? doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';

  if (/^\/?(?:index\.(?:html?|php|aspx?))?$/i.test(path) && !query && !articleSignals)
    return { code: 'listing', reason: 'This is the home page of the site, not an article.' };
  const isVideoPage = (types.includes('VideoObject') && !types.some((t) => /Article|BlogPosting/.test(t))) || /^video/i.test(ogType);
  // A profile or structured data vouching for an article settles it; only a video-only page is still refused.
  if (articleSignals && !isVideoPage) return null;
  const { paragraphs, chars } = prose(doc);
  if (isVideoPage && chars < 600) return { code: 'video', reason: 'This page is a video without article text.' };
  if (articleSignals) return null;
  if ((SEARCH_PATH.test(path) || SEARCH_QUERY.test(query)) && paragraphs < 4)
    return { code: 'listing', reason: 'This is a search results or tag page, not an article.' };
  if (paragraphs === 0) return { code: 'no-content', reason: 'The page has no article text.' };
  // A section page: many headline links, little prose.
  const links = doc.querySelectorAll('a').length;
  if (paragraphs < 3 && chars < 700 && links > 40)
    return { code: 'listing', reason: 'This looks like a section or listing page (headlines and links, no article text).' };
  return null;
}
