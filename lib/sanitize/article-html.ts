// The one sanitiser for article HTML. Everything that renders article HTML (popup, library, export) calls it.
//
// Why not DOMPurify alone: DOMPurify needs a full browser DOM. On linkedom it reports isSupported=false and
// returns its input unchanged; on happy-dom 21 it reports support but leaves `<img onerror>` and `<script>`
// in place (checked with dompurify 3.4). So the guarantee comes from our own allow-list rebuild below, which
// works on any DOM: the input is parsed into an inert <template>, walked, and re-serialised from scratch, so
// nothing the allow-list does not name can survive. Where DOMPurify does work (a real browser) it runs
// afterwards as a second, independent layer.
import createDOMPurify from 'dompurify';
import { FIELD_CAPS, capText } from '../article';
import { keepableImageUrl, safeHttpUrl } from './urls';

export { safeHttpUrl } from './urls';

/** Elements kept (with their allowed attributes). h1 is demoted to h2: the popup shows its own title. */
const KEEP = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'a',
  'br',
  'hr',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sup',
  'sub',
  'small',
  'mark',
  'q',
  'cite',
  'abbr',
]);
const RENAME: Record<string, string> = { h1: 'h2' };
/** Elements dropped together with everything inside them. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'svg',
  'math',
  'template',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'param',
  'dialog',
  'portal',
  'slot',
]);
const VOID = new Set(['img', 'br', 'hr']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeHtmlAttr(text: string): string {
  return escapeHtmlText(text).replace(/"/g, '&quot;');
}

function attrs(el: Element, tag: string, baseUrl: string): string | null {
  let out = '';
  if (tag === 'a') {
    const href = safeHttpUrl(el.getAttribute('href'), baseUrl);
    if (href) out += ` href="${escapeHtmlAttr(href)}"`;
  } else if (tag === 'img') {
    // https on a public host only (no loopback, LAN or IP address), whatever a stored record says.
    const src = keepableImageUrl(el.getAttribute('src'), baseUrl);
    if (!src) return null; // an image without a safe source is dropped entirely
    out += ` src="${escapeHtmlAttr(src)}"`;
    const alt = el.getAttribute('alt');
    out += ` alt="${escapeHtmlAttr(capText(alt ?? '', FIELD_CAPS.alt))}"`;
  } else if (tag === 'td' || tag === 'th') {
    for (const name of ['colspan', 'rowspan']) {
      const v = el.getAttribute(name);
      if (v && /^\d{1,3}$/.test(v.trim())) out += ` ${name}="${v.trim()}"`;
    }
  } else if (tag === 'ol') {
    const start = el.getAttribute('start');
    if (start && /^-?\d{1,6}$/.test(start.trim())) out += ` start="${start.trim()}"`;
  }
  return out;
}

/**
 * Re-serialise `root`'s content from the allow-list. Iterative (an explicit stack of closing tags): a body of
 * 100,000 nested <b> from a tampered record or a DOM without the browser's depth limit must not overflow.
 */
function serialize(root: Node, baseUrl: string, out: string[]): void {
  // Each frame: the next child to visit under a kept or unwrapped element, and the tag to close after it.
  const stack: { next: ChildNode | null; close: string | null }[] = [{ next: root.firstChild, close: null }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.close) out.push(`</${frame.close}>`);
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      out.push(escapeHtmlText(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions, CDATA
    const el = child as Element;
    const raw = el.localName.toLowerCase();
    if (DROP.has(raw) || raw.includes(':')) continue;
    const tag = RENAME[raw] ?? raw;
    if (!KEEP.has(tag)) {
      stack.push({ next: el.firstChild, close: null }); // unknown wrapper (div, span, font, section...): keep its content only
      continue;
    }
    const a = attrs(el, tag, baseUrl);
    if (a === null) continue;
    out.push(`<${tag}${a}>`);
    if (VOID.has(tag)) continue;
    stack.push({ next: el.firstChild, close: tag });
  }
}

/** Browsers' HTML parsers nest at most 512 levels; a body deeper than this was not written by a page. */
const MAX_MARKUP_DEPTH = 2_000;
/** Void elements, and elements the parser closes by itself when a sibling starts (an unclosed <p> does not nest). */
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
]);

/** Whether start tags (void ones aside) nest deeper than `limit`, by one linear scan that counts opens and closes. */
export function nestedDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    if (next === 47 /* / */) {
      if (depth > 0) depth--;
      continue;
    }
    if (!((next >= 65 && next <= 90) || (next >= 97 && next <= 122))) continue;
    let end = i + 1;
    while (end < html.length && end - i < 12 && /[A-Za-z0-9]/.test(html[end]!)) end++;
    if (VOID_TAGS.has(html.slice(i + 1, end).toLowerCase())) continue;
    if (++depth > limit) return true;
  }
  return false;
}

/** The text of markup without parsing it: tags dropped in one linear scan (character references left as written). */
export function textOfMarkup(html: string): string {
  let text = '';
  let from = 0;
  for (;;) {
    const open = html.indexOf('<', from);
    if (open < 0) return text + html.slice(from);
    text += html.slice(from, open);
    const close = html.indexOf('>', open);
    if (close < 0) return text;
    from = close + 1;
  }
}

/** DOMPurify's settings: the same allow-list as the rebuild above. */
export const PURIFY_CONFIG = {
  ALLOWED_TAGS: [...KEEP],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'colspan', 'rowspan', 'start'],
  ALLOWED_URI_REGEXP: /^https?:/i,
  ALLOW_DATA_ATTR: false,
};

let purifierChecked = false;
let purifier: ReturnType<typeof createDOMPurify> | null = null;

/**
 * What DOMPurify must show it does on this DOM before it is trusted: drop a script, a style sheet, a javascript: link and
 * attributes outside the allow-list, and keep the text, paragraph and link around them. No inline event handler is
 * in it: DOMPurify parses into a document bound to the page's CSP, and Chromium reports every handler attribute
 * parsed there as a violation (the attribute rule is the same allow-list the style and title attributes test).
 */
export const PURIFIER_PROBE =
  '<p title="t" style="color:red">a<a href="javascript:void 0" target="_top">b</a>' +
  '<script>void 0</script><style>p{}</style></p>';
export const PURIFIER_PROBE_CLEAN = '<p>a<a>b</a></p>';

/** DOMPurify bound to a real window, used only if it demonstrably sanitises a known attack on this DOM. */
function workingPurifier(win: (Window & typeof globalThis) | null): ReturnType<typeof createDOMPurify> | null {
  if (purifierChecked) return purifier;
  purifierChecked = true;
  if (!win) return null;
  try {
    const p = createDOMPurify(win);
    if (!p.isSupported) return null;
    purifier = String(p.sanitize(PURIFIER_PROBE, PURIFY_CONFIG)) === PURIFIER_PROBE_CLEAN ? p : null;
  } catch {
    purifier = null;
  }
  return purifier;
}

/**
 * Sanitise article HTML: only article markup survives (paragraphs, h2-h6, lists, tables, quotes,
 * figures, images with src/alt, links with http(s) href, inline emphasis). Relative URLs are made absolute
 * against `baseUrl`. `doc` supplies the DOM to parse with (required where there is no global `document`,
 * e.g. pass a linkedom document from parseHtml in Node).
 */
export function sanitizeArticleHtml(html: string, baseUrl: string, doc?: Document): string {
  const owner = doc ?? (typeof document !== 'undefined' ? document : undefined);
  if (!owner) throw new Error('sanitizeArticleHtml needs a Document (pass one from parseHtml outside the browser)');
  // A <template> is inert: images do not load and handlers do not run while we read it.
  // Nesting far past the browser parser's limit: no real article; parsing it in linkedom takes seconds and then
  // overflows. One linear scan of the tags decides, and such a body keeps its text only.
  if (nestedDeeperThan(html, MAX_MARKUP_DEPTH)) return `<p>${escapeHtmlText(textOfMarkup(html))}</p>`;
  const template = owner.createElement('template') as HTMLTemplateElement;
  const out: string[] = [];
  try {
    template.innerHTML = html;
    serialize(template.content ?? template, baseUrl, out);
  } catch (err) {
    // A DOM without the browser parser's depth limit (linkedom) recurses per level while parsing: markup
    // nested 100,000 deep overflows it. Such a body keeps its text, as one paragraph, and nothing else.
    if (!(err instanceof RangeError)) throw err;
    return `<p>${escapeHtmlText(textOfMarkup(html))}</p>`;
  }
  const clean = out.join('');
  const win = (owner.defaultView ?? null) as (Window & typeof globalThis) | null;
  const p = workingPurifier(win);
  return p ? String(p.sanitize(clean, PURIFY_CONFIG)) : clean;
}
