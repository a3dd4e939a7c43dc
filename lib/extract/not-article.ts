// Is this page an article at all? Home, section, tag and search pages, and video-only pages, get an explicit
// verdict instead of a digest of the navigation. Checked twice: from the address and structured data before
// extracting, and from what the generic path actually found (headline lists are mostly link text).
import type { NotArticleCode } from '../article';
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

/** A video page is refused only when it has less continuous prose than this: a video's description is a few
 * lines, while a 250-word article (the shortest real ones refused before) has three times as much. */
const VIDEO_PROSE_CHARS = 400;
/** Teaser items that make a page look like a listing, when little prose stands apart from them. */
const LISTING_TEASERS = 8;

/**
 * A listing, home or tag page by its shape: many teasers (sibling items of one shape, each a headline link
 * with a short text) and little continuous prose outside them. A page with a headline of its own keeps the
 * benefit of the doubt unless it has next to no prose: a short news item among long sidebars is an article.
 */
function listingByShape(s: PageScan, strict: boolean): boolean {
  const { continuousProse: prose, teaserItems, teaserChars } = s.shape;
  if (teaserItems < LISTING_TEASERS) return false;
  if (strict) return prose < 150 && teaserItems >= 2 * LISTING_TEASERS;
  if (prose < 150) return true;
  if (s.ownHeadline) return false;
  return prose < 400 || (prose < 1500 && prose * 3 < teaserChars);
}

/**
 * Before extraction. `articleSignals`: a site profile or structured data vouches for an article (then only a
 * video-only page, or, without a profile's body, a page made of nothing but teasers, is refused).
 * `types`: schema.org types on the page. `profileBody`: a site profile found the article's body.
 */
export function preVerdict(
  url: string,
  articleSignals: boolean,
  types: string[],
  ogType: string | null,
  scan: () => PageScan,
  profileBody = false,
): Verdict | null {
  const { path, query } = urlParts(url);
  const isVideoPage =
    (types.includes('VideoObject') && !types.some((t) => /Article|BlogPosting/.test(t))) ||
    /^video/i.test(ogType ?? '');
  // Prose counted by text blocks, not by <p> tags: articles set in <div>s or <br>-separated text count too.
  if (isVideoPage && scan().shape.continuousProse < VIDEO_PROSE_CHARS)
    return { code: 'video', reason: 'This page is a video without article text.' };
  if (articleSignals) {
    return !profileBody && listingByShape(scan(), true)
      ? {
          code: 'listing',
          reason: 'This looks like a section or listing page (teasers of other stories, no article text).',
        }
      : null;
  }
  if (HOME_PATH.test(path) && !query)
    return { code: 'listing', reason: 'This is the home page of the site, not an article.' };
  if (SEARCH_PATH.test(path) || SEARCH_QUERY.test(query))
    return { code: 'listing', reason: 'This is a search results or tag page, not an article.' };
  const s = scan();
  if (listingByShape(s, false))
    return {
      code: 'listing',
      reason: 'This looks like a section or listing page (teasers of other stories, little article text).',
    };
  if (!s.ownHeadline && s.teaserHeadings >= 12 && s.shape.proseChars < s.teaserHeadings * 120)
    return { code: 'listing', reason: 'This looks like a section or listing page (a list of headlines, no article).' };
  return null;
}

/** Prose characters of a result: its lead and its paragraphs of 60+ characters that are mostly not links. */
function resultProse(blocks: Block[], lead: string | null): number {
  let n = lead?.length ?? 0;
  for (const b of blocks)
    if (b.kind !== 'figure' && b.kind !== 'list' && b.text.length >= 60 && b.linkShare < 0.3) n += b.text.length;
  return n;
}

/**
 * After a site profile's layout found a body: still a home or listing page when the address is the site's
 * home, or when what the profile found is a teaser's worth of text on a page of many teasers without a
 * headline of its own (a home page whose first story matches the profile's selectors). The page is scanned
 * only for a short result: a profile's article with real prose never pays for it.
 */
export function profileListingVerdict(
  url: string,
  blocks: Block[],
  lead: string | null,
  scan: () => PageScan,
): Verdict | null {
  const { path, query } = urlParts(url);
  if (HOME_PATH.test(path) && !query)
    return { code: 'listing', reason: 'This is the home page of the site, not an article.' };
  const prose = resultProse(blocks, lead);
  if (prose >= 1500) return null;
  const s = scan();
  if (s.ownHeadline || s.shape.teaserItems < 2 * LISTING_TEASERS || prose * 3 >= s.shape.teaserChars) return null;
  return {
    code: 'listing',
    reason: 'This looks like a home or section page: what matched the article layout is one teaser among many.',
  };
}

/**
 * Marks of a site's colophon line: copyright, licence, contact details (two in one block make it one). A word
 * boundary is spelled (?<!\w) … (?!\w): the same test as \b beside these words, but V8 runs \b under the i and
 * u flags together about ten times slower (it case-folds both neighbours), a cost paid on every short page.
 */
const COLOPHON_MARKS = [
  /©|(?<!\w)copyright(?!\w)|bản quyền|all rights reserved/iu,
  /giấy phép|(?<!\w)licen[cs]e(?!\w)/iu,
  /điện thoại|(?<!\w)tel(?!\w)|hotline|(?<!\w)fax(?!\w)|(?<!\w)phone(?!\w)/iu,
  /@[\p{L}\d-]+\.\p{L}{2}/u, // an e-mail address
  /địa chỉ|(?<!\w)address(?!\w)|tầng \d+|tòa nhà|toà nhà/iu,
  /chịu trách nhiệm|tổng biên tập|liên hệ quảng cáo|(?<!\w)advertis/iu,
];

/** Characters of the blocks that read as a colophon (two or more of its marks in one block). */
function colophonChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'figure' || b.text.length > 1000) continue;
    let marks = 0;
    for (const m of COLOPHON_MARKS) if (m.test(b.text) && ++marks >= 2) break;
    if (marks >= 2) n += b.text.length;
  }
  return n;
}

/** After the generic path: refuse what is mostly headlines and links, or too little text to be an article. */
export function postVerdict(blocks: Block[], lead: string | null, scan?: PageScan): Verdict | null {
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
  if (linkChars > chars * 0.5)
    return {
      code: 'listing',
      reason: 'This looks like a section or listing page (headlines and links, no article text).',
    };
  // A short result on a page full of headline links and without a run of prose anywhere: short Vietnamese
  // news items are real articles, so this needs all three (and the page's shape was read before extraction).
  if (scan && chars < 500 && scan.teaserHeadings >= 6 && !scan.ownHeadline && scan.shape.continuousProse < 500)
    return { code: 'listing', reason: 'This looks like a section or listing page (headlines and links, little text).' };
  // What was found is the site's colophon (addresses, phone numbers, licence, copyright): the page's only
  // "prose" is its footer, as on a home page whose stories are all teasers.
  if (chars < 1500 && colophonChars(blocks) > chars * 0.6)
    return {
      code: 'listing',
      reason:
        "Only the site's contact and copyright lines were found: this looks like a home or section page, not an article.",
    };
  if (longBlocks === 0 && blocks.length > 12 && linkChars > chars * 0.3)
    return { code: 'listing', reason: 'This looks like a section or listing page (many short items, no paragraphs).' };
  return null;
}
