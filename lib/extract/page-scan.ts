// One walk over the page collecting the elements the generic path looks at (headline, sapo, byline, date
// candidates, prose paragraphs). On non-browser DOMs every querySelectorAll walks the whole tree, so thirty
// attribute selectors would cost more than Readability itself; one walk with a few regular expressions does not.

export interface Candidate {
  el: Element;
  /** Lower is better (which pattern matched). */
  rank: number;
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
}

const LEAD = [/(?:^|[\s_-])sapo(?:$|[\s_-])|sapo/i, /(?:^|[\s_-])(?:lead|chapeau|chappeau|summary|init_content|txt-head)(?:$|[\s_-])/i, /(?:^|[\s_-])(?:desc|description|excerpt|article-summary|post-summary)(?:$|[\s_-])/i];
const AUTHOR = [/(?:^|[\s_-])(?:byline|author-name|tac-?gia)(?:$|[\s_-])/i, /author/i];
const DATE = [/(?:^|[\s_-])(?:date|publish(?:ed)?|pubdate|ngay|thoigian|timestamp)/i, /(?:^|[\s_-])time(?:$|[\s_-])|date|time/i];
const SKIP = new Set(['script', 'style', 'noscript', 'svg', 'template', 'iframe', 'head']);
/** Every fragment the three pattern lists above can match: most class names fail this one test and skip them. */
const ANY = /sapo|lead|chap|summary|init_content|txt-head|desc|excerpt|byline|author|tac-?gia|date|publish|ngay|thoigian|time/i;

function rankOf(patterns: RegExp[], s: string): number {
  for (let i = 0; i < patterns.length; i++) if (patterns[i]!.test(s)) return i;
  return -1;
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { h1: [], lead: [], author: [], date: [], paragraphs: [], links: 0, teaserHeadings: 0 };
  const visit = (parent: Element) => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      const tag = el.localName.toLowerCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'a') scan.links++;
      else if (tag === 'h1') scan.h1.push(el);
      else if (tag === 'p') scan.paragraphs.push(el);
      else if (tag === 'h2' || tag === 'h3' || tag === 'h4') {
        const a = el.querySelector('a[href]');
        if (a && (a.textContent ?? '').trim() === (el.textContent ?? '').trim() && (el.textContent ?? '').trim().length > 15) scan.teaserHeadings++;
      }
      const itemprop = el.getAttribute('itemprop');
      const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (itemprop === 'description' && tag !== 'meta' && tag !== 'figcaption') scan.lead.push({ el, rank: 2 });
      else if (itemprop === 'author' || el.getAttribute('rel') === 'author') scan.author.push({ el, rank: 0 });
      else if (itemprop === 'datePublished' || (tag === 'time' && el.hasAttribute('datetime'))) scan.date.push({ el, rank: 0 });
      if (names.length > 1 && ANY.test(names)) {
        const l = rankOf(LEAD, names);
        if (l >= 0) scan.lead.push({ el, rank: l });
        const a = rankOf(AUTHOR, names);
        if (a >= 0) scan.author.push({ el, rank: a });
        const d = rankOf(DATE, names);
        if (d >= 0) scan.date.push({ el, rank: d + 1 });
      }
      visit(el);
    }
  };
  if (doc.documentElement) visit(doc.documentElement);
  const byRank = (a: Candidate, b: Candidate) => a.rank - b.rank;
  scan.lead.sort(byRank); // stable: document order within a rank
  scan.author.sort(byRank);
  scan.date.sort(byRank);
  return scan;
}
