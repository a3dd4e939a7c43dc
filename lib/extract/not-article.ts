// Is this page an article at all? Home, section, tag and search pages, and video-only pages, get an explicit
// verdict instead of a digest of the navigation. Checked twice: from the address and structured data before
// extracting, and from what the generic path actually found (headline lists are mostly link text).
import { isProbablyReaderable } from '@mozilla/readability';
import type { NotArticleCode } from '../article/types';
import { cleanInline } from '../text/normalize';
import type { Block } from './body';
import type { PageScan } from './page-scan';

export interface Verdict {
  code: NotArticleCode;
  reason: string;
}

const SEARCH_PATH = /\/(?:search|tim-kiem|timkiem|tag|tags|chu-de|topic|tu-khoa)(?:[/.?-]|$)/i;
const SEARCH_QUERY = /[?&](?:q|query|keyword|keywords|s|search)=/i;
const HOME_PATH = /^\/?(?:index\.(?:html?|php|aspx?)|default\.aspx|trang-chu\/?)?$/i;

function urlParts(url: string): { path: string; query: string } {
  try {
    const u = new URL(url);
    return { path: u.pathname, query: u.search };
  } catch {
    return { path: '', query: '' };
  }
}

/** Characters of running prose on the page: paragraphs of 80+ characters that are not mostly links. */
export function proseChars(scan: PageScan): number {
  let chars = 0;
  for (const p of scan.paragraphs) {
    const text = cleanInline(p.textContent ?? '');
    if (text.length < 80) continue;
    let linkChars = 0;
    for (const a of p.querySelectorAll('a')) linkChars += cleanInline(a.textContent ?? '').length;
    if (linkChars <= text.length * 0.5) chars += text.length;
  }
  return chars;
}

/** An article has its own headline (an h1 that is not a link); a headline list without one is a listing. */
function hasOwnHeadline(s: PageScan): boolean {
  return s.h1.some((h) => (h.textContent ?? '').trim().length >= 25 && !h.querySelector('a') && !h.closest('a'));
}

/**
 * Before extraction. `articleSignals`: a site profile or structured data vouches for an article (then only a
 * video-only page is refused). `types`: schema.org types on the page.
 */
export function preVerdict(url: string, articleSignals: boolean, types: string[], ogType: string | null, scan: () => PageScan): Verdict | null {
  const { path, query } = urlParts(url);
  const isVideoPage = (types.includes('VideoObject') && !types.some((t) => /Article|BlogPosting/.test(t))) || /^video/i.test(ogType ?? '');
  if (isVideoPage && proseChars(scan()) < 600) return { code: 'video', reason: 'This page is a video without article text.' };
  if (articleSignals) return null;
  if (HOME_PATH.test(path) && !query) return { code: 'listing', reason: 'This is the home page of the site, not an article.' };
  if (SEARCH_PATH.test(path) || SEARCH_QUERY.test(query))
    return { code: 'listing', reason: 'This is a search results or tag page, not an article.' };
  const s = scan();
  if (!hasOwnHeadline(s) && s.teaserHeadings >= 12 && proseChars(s) < s.teaserHeadings * 120)
    return { code: 'listing', reason: 'This looks like a section or listing page (a list of headlines, no article).' };
  return null;
}

/** After the generic path: refuse what is mostly headlines and links, or too little text to be an article. */
export function postVerdict(blocks: Block[], lead: string | null, doc?: Document, scan?: PageScan): Verdict | null {
  let chars = lead?.length ?? 0;
  let linkChars = 0;
  let longBlocks = lead && lead.length >= 150 ? 1 : 0;
  for (const b of blocks) {
    if (b.kind === 'figure') continue;
    chars += b.text.length;
    linkChars += b.text.length * b.linkShare;
    if (b.kind !== 'list' && b.text.length >= 150 && b.linkShare < 0.3) longBlocks++;
  }
  // Length alone never makes a page "not an article": a one-line news flash, or a short page Readability
  // extracts, is kept. Only a page without any text (pictures alone, an empty frame) has no content.
  const hasText = !!lead || blocks.some((b) => b.kind !== 'figure' && /[\p{L}\p{N}]/u.test(b.text));
  if (!hasText) return { code: 'no-content', reason: 'No article text was found on this page.' };
  if (linkChars > chars * 0.5) return { code: 'listing', reason: 'This looks like a section or listing page (headlines and links, no article text).' };
  // isProbablyReaderable is one signal only, and only for a short result on a page full of headline links:
  // short Vietnamese news items are real articles and must not be refused on its word alone.
  if (doc && scan && chars < 500 && scan.teaserHeadings >= 6 && !hasOwnHeadline(scan) && !isProbablyReaderable(doc))
    return { code: 'listing', reason: 'This looks like a section or listing page (headlines and links, little text).' };
  if (longBlocks === 0 && blocks.length > 12 && linkChars > chars * 0.3) return { code: 'listing', reason: 'This looks like a section or listing page (many short items, no paragraphs).' };
  return null;
}
