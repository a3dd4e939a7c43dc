// Boilerplate Readability keeps inside the article of a page in English or another European language:
// boxes headed "Related", "More stories", "You may also like", "Sign up", "Newsletter", "Advertisement",
// share and comment areas, tag lists, headline lists after the article's last paragraph, and date and byline
// lines at its top. Decided by structure (a heading naming the box, link density, position after the last
// paragraph, teaser shape), never by class names of one site; link-sparse prose is never removed.
import { foldForSearch } from '../text';
import { isDateOnlyLine } from '../meta';
import type { Block } from './body';
import { linkShare, removeBoilerplateBoxes } from './boilerplate';
import { teaserChildren } from './teasers';
import { removeSubscribeBoxes } from './foreign-lines';

/**
 * Box headings, folded (no accents, lower case), in English, French, German, Spanish, Italian and
 * Portuguese. A heading is the whole short text of its element, so "Read more" at the end of a paragraph is
 * not one.
 */
const HEADINGS = [
  // English
  'related',
  'related stories',
  'related articles',
  'related posts',
  'related content',
  'related news',
  'related coverage',
  'related links',
  'related topics',
  'related reading',
  'more stories',
  'more news',
  'more from',
  'more on',
  'more about',
  'more like this',
  'more to read',
  'more coverage',
  'more in',
  'you may also like',
  'you might also like',
  'you may like',
  'you might like',
  'you may be interested in',
  'you may also be interested in',
  'you might be interested in',
  'recommended',
  'recommended for you',
  'recommended stories',
  'recommended reading',
  'read more',
  'read next',
  'read also',
  'also read',
  'keep reading',
  'up next',
  'what to read next',
  'sign up',
  'subscribe',
  'newsletter',
  'get our newsletter',
  'advertisement',
  'advertising',
  'sponsored',
  'sponsored content',
  'sponsored stories',
  'promoted stories',
  'paid content',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share this post',
  'share on',
  'share article',
  'comments',
  'comment',
  'leave a comment',
  'leave a reply',
  'post a comment',
  'join the conversation',
  'join the discussion',
  'tags',
  'topics',
  'filed under',
  'most popular',
  'most read',
  'most viewed',
  'most shared',
  'popular',
  'popular now',
  'trending',
  'trending now',
  'top stories',
  'latest news',
  'latest stories',
  'don t miss',
  'editor s picks',
  'editors picks',
  'around the web',
  'from the web',
  'follow us',
  'in other news',
  'in case you missed it',
  // French
  'a lire aussi',
  'lire aussi',
  'sur le meme sujet',
  'articles similaires',
  'partager',
  'commentaires',
  'publicite',
  'les plus lus',
  'a voir aussi',
  // German
  'mehr zum thema',
  'auch interessant',
  'das konnte sie auch interessieren',
  'weitere artikel',
  'kommentare',
  'teilen',
  'anzeige',
  'meistgelesen',
  'lesen sie auch',
  // Spanish, Italian, Portuguese
  'noticias relacionadas',
  'te puede interesar',
  'lee tambien',
  'mas noticias',
  'comentarios',
  'compartir',
  'publicidad',
  'lo mas leido',
  'leggi anche',
  'articoli correlati',
  'pubblicita',
  'veja tambem',
  'leia tambem',
  'noticias relacionadas',
  'publicidade',
  'mais lidas',
];
const HEADING_RE = new RegExp(`^(?:${HEADINGS.map((h) => h.replace(/ /g, '\\s+')).join('|')})$`);
/** "More Politics stories", "More from The Guardian", "12 comments", "Comments (5 posted)", "Share on Facebook". */
const HEADING_SHAPES = [
  /^more(?: \S+){1,3} (?:stories|news|articles|videos|coverage)$/,
  /^(?:more from|more on|share on|follow us on|sign up for|subscribe to) /,
  /^\d+ (?:comments?|responses?|replies)\b/,
  /^comments? \d+/,
];
/** Cheap first look on the raw text: the first word of every heading above (most texts stop here, unfolded). */
const QUICK =
  /^\s*(?:\d|related|more|you|recommended|read|also|keep|up\b|what|sign|subscribe|newsletter|get\b|advertis|sponsored|promoted|paid|share|comment|leave|post\b|join|tags?\b|topics?\b|filed|most|popular|trending|top\b|latest|don|editor|around|from|follow|in\b|a\s+(?:lire|voir)|à\s|lire|sur\b|articles|partager|commentaires|publici[td]|les\b|mehr|auch|das\b|weitere|kommentare|teilen|anzeige|meistgelesen|lesen|noticias|notícias|te\b|lee\b|m[aá]s\b|mais\b|comentarios|compartir|lo\b|leggi|articoli|pubblicit|veja|leia)/iu;

export function isForeignBoilerplateHeading(text: string): boolean {
  if (text.length > 60 || !QUICK.test(text)) return false;
  // A trailing number ('More stories 2'); the look-behind starts the match at the run's first white space only,
  // so the pattern stays linear (without it every space of a run is tried again).
  const key = foldForSearch(text).replace(/(?<!\s)\s+\d+$/, '');
  if (!key || key.length > 50) return false;
  return HEADING_RE.test(key) || HEADING_SHAPES.some((re) => re.test(key));
}

/** A line that labels a tag list ("Tags: …", "Topics: …", "Filed under: …"), whatever follows it. */
const TAG_LINE =
  /^(?:tags?|topics?|filed under|categories|category|keywords|schlagworte|etiquetas|mots[- ]cl[ée]s)\s*[:：]/iu;

/**
 * A story teaser as news pages show them: its headline link in a heading, or with a thumbnail, or followed
 * by a summary of its own. (A table of contents or a list of references is links and short notes only.)
 */
function isStoryTeaser(item: Element): boolean {
  if (item.querySelector('h2 a[href], h3 a[href], h4 a[href], h5 a[href], img, picture')) return true;
  for (const block of item.querySelectorAll('p, div, span')) {
    if (block.querySelector('a, p, div')) continue;
    if ((block.textContent ?? '').trim().length >= 40) return true;
  }
  return false;
}

/**
 * Headline lists in `root` after the article's last paragraph: every item of a teaser group that is a story
 * teaser and comes after the last paragraph outside any group.
 */
function removeTrailingTeasers(root: Element): number {
  const groups = new Set<Element>();
  const visit = (el: Element) => {
    teaserChildren(el, groups);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!groups.has(c)) visit(c);
  };
  visit(root);
  const teasers = [...groups].filter(isStoryTeaser);
  if (teasers.length < 4) return 0;
  let lastProse: Element | null = null;
  for (const p of root.querySelectorAll('p, pre, blockquote')) {
    if ((p.textContent ?? '').trim().length < 60 || linkShare(p) > 0.5) continue;
    let inTeaser = false;
    for (let a: Element | null = p; a && a !== root; a = a.parentElement) if (groups.has(a)) inTeaser = true;
    if (!inTeaser) lastProse = p;
  }
  if (!lastProse) return 0; // nothing but teasers: not this function's call (the verdict decides)
  let n = 0;
  for (const t of teasers) {
    // DOCUMENT_POSITION_FOLLOWING (4): the item comes after the last paragraph.
    if (lastProse.compareDocumentPosition(t) & 4 && !t.contains(lastProse)) {
      t.remove();
      n++;
    }
  }
  return n;
}

/** Remove the boilerplate from Readability's article element `root` (modified in place). */
export function cleanForeignArticle(root: Element): void {
  removeBoilerplateBoxes(root, 3000, { isHeading: isForeignBoilerplateHeading, linkyNextOnly: true });
  removeSubscribeBoxes(root);
  removeTrailingTeasers(root);
}

/**
 * "By Jane Doe", "By Jane Doe and John Roe, Reuters" (short, names only). The white space after the separator is part
 * of the last class, not a run of its own: two runs side by side made the pattern super-linear.
 */
const BYLINE_LINE =
  /^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|,|de|van|von|der|da))*\s*(?:[,|·-][\p{L}\s]{0,40})?$/u;

/** The parts of a header line: "By Jane Doe | March 4, 2024", "Sept. 25, 2018 · 5 min read". */
const LINE_PARTS = /[|·•—–]/u;

/**
 * A line of the article's header or footer that is only its date, or its date and byline: "Sept. 25, 2018",
 * "Updated 3:05 p.m. ET", "2/26/2015 7:11 AM PST BY TMZ STAFF", "By Jane Doe | Published 2 hours ago".
 */
export function isDateLine(text: string): boolean {
  if (text.length > 160) return false;
  if (isDateOnlyLine(text)) return true;
  // "<date> by <names>": the byline after the date.
  const by = /\s(?:by|BY|By)\s/u.exec(text);
  if (by && isDateOnlyLine(text.slice(0, by.index)) && BYLINE_LINE.test(`By ${text.slice(by.index + by[0].length)}`))
    return true;
  const parts = text.split(LINE_PARTS).map((p) => p.trim());
  return (
    parts.length > 1 &&
    parts.some(isDateOnlyLine) &&
    parts.every((p) => isDateOnlyLine(p) || (p.length <= 80 && BYLINE_LINE.test(p)))
  );
}

/** A block that is a date line: a paragraph or heading, or a list whose items all are (a header's meta list). */
function isDateBlock(b: Block): boolean {
  if (b.kind === 'p' || b.kind === 'h') return isDateLine(b.text.trim());
  if (b.kind !== 'list' || b.text.length > 300) return false;
  const items = b.text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean);
  return items.some(isDateLine) && items.every((t) => isDateLine(t) || (t.length <= 80 && BYLINE_LINE.test(t)));
}

/** How many blocks of the article's start and end may be its date line (the header's and footer's rows). */
const HEAD_BLOCKS = 4;
const TAIL_BLOCKS = 2;
/** A paragraph this long is prose: a date line sits before the second one (after a standfirst) or after the last. */
const PROSE_CHARS = 100;

/**
 * Blocks that are boilerplate by their text alone: date and byline lines among the first blocks, a date line
 * among the last ones, tag lines and bare boilerplate labels ("Advertisement", "Share") anywhere. A body with
 * three date lines or more is a chronology or a log: its dates are its text, and stay.
 */
export function dropForeignLabelBlocks(blocks: Block[]): Block[] {
  const dated = blocks.map(isDateBlock);
  const chronology = dated.filter(Boolean).length >= 3;
  const prose = blocks.map((b, i) => (b.kind === 'p' && b.text.length >= PROSE_CHARS ? i : -1)).filter((i) => i >= 0);
  // The header may hold a standfirst before the date line: the article starts at its second paragraph.
  const head = Math.min(HEAD_BLOCKS, prose[1] ?? HEAD_BLOCKS);
  const textual = blocks.map((b, i) => (b.kind === 'figure' ? -1 : i)).filter((i) => i >= 0);
  const tail = new Set(textual.slice(-TAIL_BLOCKS).filter((i) => i > (prose[prose.length - 1] ?? blocks.length)));
  return blocks.filter((b, i) => {
    if (!chronology && dated[i] && (i < head || tail.has(i))) return false;
    if (b.kind !== 'p' && b.kind !== 'h') return true;
    const text = b.text.trim();
    if (text.length > 160) return true;
    if (TAG_LINE.test(text) && (b.linkShare >= 0.4 || text.length < 60)) return false;
    if (text.length <= 60 && isForeignBoilerplateHeading(text) && i > 0) return false;
    if (i < HEAD_BLOCKS && text.length <= 80 && BYLINE_LINE.test(text)) return false;
    return true;
  });
}
