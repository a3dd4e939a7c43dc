// The HTML elements that start a new block of text for a reader (a paragraph, a heading, a list item, a cell...).
// One list for every walk over a page's text; each walk adds the few elements that matter to it alone. And the
// elements no walk reads as text.

/** Block elements every text walk treats as the end of a run of text. */
export const HTML_BLOCKS: readonly string[] = [
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
];

/**
 * Elements whose content is never read as text: scripts, style sheets, the <noscript> fallback (Readability
 * reads its images apart) and templates (inert until a script uses them). Every walk over a page's text skips
 * them; each walk adds the elements that it alone skips (forms, embedded media, raw-text elements).
 */
export const NEVER_TEXT: readonly string[] = ['script', 'style', 'noscript', 'template'];
