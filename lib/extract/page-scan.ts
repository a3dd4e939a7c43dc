// One walk over the page collecting what the generic path and the not-an-article verdict look at: the
// headline, sapo, byline and date candidates, the <p> paragraphs, and the page's shape: its text cut into
// blocks (runs of text between block boundaries, whatever the tags: <p>, <div>, <br><br>) and its teaser
// groups (many sibling items of one shape, each a headline link with a short text). On non-browser DOMs every
// querySelectorAll walks the whole tree, so thirty attribute selectors would cost more than Readability
// itself; one walk with a few regular expressions does not. Everything here is read before the generic path
// modifies its working copy (which may be this very document when it is already a private copy).
import { teaserChildren } from './teasers';
import { HTML_BLOCKS, NEVER_TEXT } from './block-tags';
import { findFirst } from './dom-find';
import { classOf } from './class-attr';

/** A link with an address (the selector `a[href]`, by a walk: no selector engine per heading). */
const isLink = (el: Element) => el.localName.toLowerCase() === 'a' && el.hasAttribute('href');

export interface Candidate {
  el: Element;
  /** Lower is better (which pattern matched). */
  rank: number;
}

export interface PageShape {
  /** Characters of the largest run of prose: prose blocks under one container (up to three levels up), outside teasers. */
  continuousProse: number;
  /** Characters of all prose blocks outside teasers. */
  proseChars: number;
  /** Items in teaser groups (sibling blocks of one shape, each a headline link with a short text). */
  teaserItems: number;
  /** Characters of text inside those items. */
  teaserChars: number;
}

export interface PageScan {
  h1: Element[];
  lead: Candidate[];
  author: Candidate[];
  date: Candidate[];
  paragraphs: Element[];
  links: number;
  /** Headings that are nothing but a link: the headline list of a home, section or search page. */
  teaserHeadings: number;
  /** The page has a headline of its own: an h1 of 25+ characters that is not a link. */
  ownHeadline: boolean;
  shape: PageShape;
}

const LEAD = [
  /(?:^|[\s_-])sapo(?:$|[\s_-])|sapo/i,
  /(?:^|[\s_-])(?:lead|chapeau|chappeau|summary|init_content|txt-head)(?:$|[\s_-])/i,
  /(?:^|[\s_-])(?:desc|description|excerpt|article-summary|post-summary)(?:$|[\s_-])/i,
];
const AUTHOR = [/(?:^|[\s_-])(?:byline|author-name|tac-?gia)(?:$|[\s_-])/i, /author/i];
const DATE = [
  /(?:^|[\s_-])(?:date|publish(?:ed)?|pubdate|ngay|thoigian|timestamp)/i,
  /(?:^|[\s_-])time(?:$|[\s_-])|date|time/i,
];
const SKIP = new Set([...NEVER_TEXT, 'svg', 'iframe', 'head', 'select', 'textarea', 'button', 'math']);
/** Every fragment the three pattern lists above can match: most class names fail this one test and skip them. */
const ANY =
  /sapo|lead|chap|summary|init_content|txt-head|desc|excerpt|byline|author|tac-?gia|date|publish|ngay|thoigian|time/i;

/** Elements that end a run of text (a reader sees a new block after them). */
const BLOCK_TAGS = new Set([...HTML_BLOCKS, 'body', 'fieldset', 'form', 'hr', 'nav']);
/** A block of prose: long enough, a sentence or more, not mostly links. */
const PROSE_MIN_CHARS = 80;
const SENTENCE_END = /[.!?…。]["”’»)]?(?:\s|$)/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** Flags of a node on the scan's stack. */
const IN_LINK = 1;
const IN_TEASER = 2;
const LEAVE = 4;
function rankOf(patterns: RegExp[], s: string): number {
  for (let i = 0; i < patterns.length; i++) if (patterns[i]!.test(s)) return i;
  return -1;
}

interface TextBlock {
  chars: number;
  linkChars: number;
  text: string[];
  /** The block-level element the text sits in. */
  owner: Element | null;
  inTeaser: boolean;
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    h1: [],
    lead: [],
    author: [],
    date: [],
    paragraphs: [],
    links: 0,
    teaserHeadings: 0,
    ownHeadline: false,
    shape: { continuousProse: 0, proseChars: 0, teaserItems: 0, teaserChars: 0 },
  };
  const teasers = new Set<Element>();
  /** Prose characters gathered under each container (a block's owner and three ancestors). */
  const proseUnder = new Map<Element, number>();
  const block: TextBlock = { chars: 0, linkChars: 0, text: [], owner: null, inTeaser: false };

  /** The one block object, emptied for the next run of text (a page has thousands of runs). */
  const startBlock = (owner: Element | null, inTeaser: boolean) => {
    block.chars = 0;
    block.linkChars = 0;
    block.text.length = 0;
    block.owner = owner;
    block.inTeaser = inTeaser;
  };
  const endBlock = (owner: Element | null, inTeaser: boolean) => {
    // block.chars (trimmed text node lengths) stands for the text's length: the text itself is only joined
    // for a block long enough to be prose.
    if (block.inTeaser) scan.shape.teaserChars += block.chars;
    else if (
      block.chars >= PROSE_MIN_CHARS &&
      block.linkChars <= block.chars * 0.3 &&
      isSentenceLike(block.text.join(''))
    ) {
      const chars = block.chars;
      scan.shape.proseChars += chars;
      let el = block.owner;
      for (let up = 0; el && up < 4 && el.localName !== 'body'; up++, el = el.parentElement) {
        const n = (proseUnder.get(el) ?? 0) + chars;
        proseUnder.set(el, n);
        if (n > scan.shape.continuousProse) scan.shape.continuousProse = n;
      }
    }
    startBlock(owner, inTeaser);
  };

  // Iterative (pages nest thousands deep): a stack of nodes to enter, and of block elements to leave (a null
  // node with LEAVE: end its text block and go back to the enclosing owner). Three parallel arrays, not an
  // object per node: a page has tens of thousands of nodes, and collecting that garbage cost more than the walk.
  const nodes: (Node | null)[] = [];
  const owners: (Element | null)[] = [];
  const flags: number[] = [];
  const flagsOf = (inLink: boolean, inTeaser: boolean) => (inLink ? IN_LINK : 0) | (inTeaser ? IN_TEASER : 0);
  const pushChildren = (parent: Node, owner: Element | null, inLink: boolean, inTeaser: boolean) => {
    const f = flagsOf(inLink, inTeaser);
    for (let c = parent.lastChild; c; c = c.previousSibling) {
      nodes.push(c);
      owners.push(owner);
      flags.push(f);
    }
  };
  if (doc.documentElement) pushChildren(doc.documentElement, null, false, false);
  while (nodes.length) {
    const node = nodes.pop() as Node | null;
    const owner = owners.pop() as Element | null;
    const f = flags.pop() as number;
    const inLink = (f & IN_LINK) !== 0;
    const inTeaser = (f & IN_TEASER) !== 0;
    const leave = (f & LEAVE) !== 0;
    if (leave || !node) {
      endBlock(owner, inTeaser);
      continue;
    }
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (!/\S/.test(t)) {
        if (block.chars) block.text.push(' ');
        continue;
      }
      if (!block.chars) startBlock(owner, inTeaser);
      const n = t.trim().length;
      block.chars += n;
      if (inLink) block.linkChars += n;
      block.text.push(t);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      // Two line breaks in a row end a paragraph of <br>-separated text.
      let next = el.nextSibling;
      while (next && next.nodeType === 3 && !/\S/.test(next.nodeValue ?? '')) next = next.nextSibling;
      if (next && next.nodeType === 1 && (next as Element).localName.toLowerCase() === 'br') endBlock(owner, inTeaser);
      else if (block.chars) block.text.push(' ');
      continue;
    }
    if (tag === 'a') scan.links++;
    else if (tag === 'h1') scan.h1.push(el);
    else if (tag === 'p') scan.paragraphs.push(el);
    else if (tag === 'h2' || tag === 'h3' || tag === 'h4') {
      const a = findFirst(el, isLink);
      if (
        a &&
        (a.textContent ?? '').trim() === (el.textContent ?? '').trim() &&
        (el.textContent ?? '').trim().length > 15
      )
        scan.teaserHeadings++;
    }
    const itemprop = el.getAttribute('itemprop');
    const names = `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (itemprop === 'description' && tag !== 'meta' && tag !== 'figcaption') scan.lead.push({ el, rank: 2 });
    else if (itemprop === 'author' || el.getAttribute('rel') === 'author') scan.author.push({ el, rank: 0 });
    else if (itemprop === 'datePublished' || (tag === 'time' && el.hasAttribute('datetime')))
      scan.date.push({ el, rank: 0 });
    if (names.length > 1 && ANY.test(names)) {
      const l = rankOf(LEAD, names);
      if (l >= 0) scan.lead.push({ el, rank: l });
      const a = rankOf(AUTHOR, names);
      if (a >= 0) scan.author.push({ el, rank: a });
      const d = rankOf(DATE, names);
      if (d >= 0) scan.date.push({ el, rank: d + 1 });
    }
    if (!inTeaser) teaserChildren(el, teasers);
    const teaser = inTeaser || teasers.has(el);
    if (teaser && !inTeaser) scan.shape.teaserItems++;
    if (BLOCK_TAGS.has(tag)) {
      endBlock(el, teaser);
      nodes.push(null);
      owners.push(owner);
      flags.push(flagsOf(inLink, inTeaser) | LEAVE);
      pushChildren(el, el, inLink, teaser);
    } else {
      pushChildren(el, owner, inLink || tag === 'a', teaser);
    }
  }
  endBlock(null, false);
  scan.ownHeadline = scan.h1.some(
    (h) => (h.textContent ?? '').trim().length >= 25 && !h.querySelector('a') && !h.closest('a'),
  );
  const byRank = (a: Candidate, b: Candidate) => a.rank - b.rank;
  scan.lead.sort(byRank); // stable: document order within a rank
  scan.author.sort(byRank);
  scan.date.sort(byRank);
  return scan;
}

/** Reads as running text: a sentence end, or a dozen words (a paragraph cut off without punctuation). */
function isSentenceLike(text: string): boolean {
  if (SENTENCE_END.test(text)) return true;
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) && ++words < 12);
  return words >= 12;
}
