// Boilerplate Readability keeps inside the article of a page in English or another European language:
// boxes headed "Related", "More stories", "You may also like", "Sign up", "Newsletter", "Advertisement",
// share and comment areas, tag lists, headline lists after the article's last paragraph, and date and byline
// lines at its top. Decided by structure (a heading naming the box, link density, position after the last
// paragraph, teaser shape), never by class names of one site; link-sparse prose is never removed.
import { foldForSearch } from '../text';
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

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A line that is only a date (and time): "March 4, 2024", "4 March 2024 10:31 GMT", "Updated 3:45 PM EST, Mon March 4, 2024". */
const DATE_LINE = new RegExp(
  `^(?:(?:published|updated|posted|last updated|first published)(?: on| at)?:?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,?\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:\\s*(?:,|at|·|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?\\.?$`,
  'i',
);
/**
 * "By Jane Doe", "By Jane Doe and John Roe, Reuters" (short, names only). The white space after the separator is part
 * of the last class, not a run of its own: two runs side by side made the pattern super-linear.
 */
const BYLINE_LINE =
  /^(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|,|de|van|von|der|da))*\s*(?:[,|·-][\p{L}\s]{0,40})?$/u;

/**
 * Blocks that are boilerplate by their text alone: date and byline lines among the first blocks, tag lines
 * and bare boilerplate labels ("Advertisement", "Share") anywhere.
 */
export function dropForeignLabelBlocks(blocks: Block[]): Block[] {
  return blocks.filter((b, i) => {
    if (b.kind !== 'p' && b.kind !== 'h') return true;
    const text = b.text.trim();
    if (text.length > 160) return true;
    if (TAG_LINE.test(text) && (b.linkShare >= 0.4 || text.length < 60)) return false;
    if (text.length <= 60 && isForeignBoilerplateHeading(text) && i > 0) return false;
    if (i < 4 && (DATE_LINE.test(text) || (text.length <= 80 && BYLINE_LINE.test(text)))) return false;
    return true;
  });
}
