// Sanitised article HTML (lib/sanitize's small tag set) to Markdown: paragraphs, headings, lists, quotes,
// images with captions, simple tables, code. Works on any DOM: the caller passes the parser (DOMParser in
// the browser, linkedom in Node), so lib stays pure. A hand-written walker rather than turndown: the input
// is already reduced to ~40 tags, and turndown would add a runtime dependency plus a DOM parser in Node.
// Every piece of page text goes through escape.ts; links and images keep http(s) addresses only.
import { safeHttpUrl } from '../../sanitize';
import { codeBlock, codeSpan, escapeMarkdown, linkDestination } from './escape';

export type HtmlParser = (html: string) => Document;

const ELEMENT = 1;
const TEXT = 3;

/** Smallest heading level the body may use (set per call; the walk is synchronous). */
let minHeading = 2;
/** Inside a table cell, where "|" ends the cell even in code. */
let inTable = false;

const BLOCK = new Set([
  'p',
  'h1',
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
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'hr',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
]);

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT ? (node as Element).tagName.toLowerCase() : '';
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name)?.trim() ?? '';
}

function image(el: Element): string {
  const src = safeHttpUrl(attr(el, 'src'), '');
  if (!src) return '';
  return `![${escapeMarkdown(attr(el, 'alt').replace(/\s+/g, ' '))}](${linkDestination(src)})`;
}

/** Inline content of a node as one Markdown line (white space collapsed). */
function inline(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT) {
      out += escapeMarkdown((child.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    const el = child as Element;
    const tag = tagOf(el);
    const inner = () => inline(el);
    const wrap = (mark: string) => {
      const text = inner();
      const trimmed = text.trim();
      if (trimmed === '') return text;
      // Keep the spaces outside the markers, or "** bold**" would not render.
      return (
        text.slice(0, text.indexOf(trimmed)) +
        mark +
        trimmed +
        mark +
        text.slice(text.indexOf(trimmed) + trimmed.length)
      );
    };
    switch (tag) {
      case 'br':
        out += '\\\n';
        break;
      case 'em':
      case 'i':
      case 'cite':
        out += wrap('*');
        break;
      case 'strong':
      case 'b':
        out += wrap('**');
        break;
      case 's':
        out += wrap('~~');
        break;
      case 'code':
        out += codeSpan((el.textContent ?? '').replace(/\s+/g, ' '), inTable);
        break;
      case 'q':
        out += `“${inner()}”`;
        break;
      case 'a': {
        const href = safeHttpUrl(attr(el, 'href'), '');
        const text = inner().trim();
        out += href && text ? `[${text}](${linkDestination(href)})` : text;
        break;
      }
      case 'img':
        out += image(el);
        break;
      default:
        // Block elements met inline (a list inside a table cell...) are flattened with a space.
        out += BLOCK.has(tag) ? ` ${inner()} ` : inner();
    }
  }
  return out;
}

function clean(line: string): string {
  return line
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\\\n ?/g, '\\\n')
    .trim();
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((l, i) =>
      l === '' ? l.trimEnd() || (i === 0 ? first.trimEnd() : rest.trimEnd()) : (i === 0 ? first : rest) + l,
    )
    .join('\n');
}

function list(el: Element, ordered: boolean): string {
  let n = Number.parseInt(attr(el, 'start'), 10);
  if (!Number.isFinite(n)) n = 1;
  const items: string[] = [];
  for (const li of Array.from(el.children)) {
    if (tagOf(li) !== 'li') continue;
    const marker = ordered ? `${n++}. ` : '- ';
    const body = blocks(li).join('\n\n') || '';
    items.push(prefixLines(body, marker, ' '.repeat(marker.length)));
  }
  return items.join('\n');
}

function table(el: Element): string {
  const rows: string[][] = [];
  let headerRow = false;
  const caption = el.querySelector('caption');
  for (const tr of Array.from(el.querySelectorAll('tr'))) {
    const cells = Array.from(tr.children).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
    if (rows.length === 0) headerRow = cells.length > 0 && cells.every((c) => tagOf(c) === 'th');
    inTable = true;
    try {
      rows.push(cells.map((c) => clean(inline(c)).replace(/\\\n/g, ' ')));
    } finally {
      inTable = false;
    }
  }
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 0) return '';
  const pad = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const header = headerRow ? rows.shift()! : Array.from({ length: width }, () => '');
  const out = [pad(header), `|${' --- |'.repeat(width)}`, ...rows.map(pad)];
  if (caption) out.unshift(`*${clean(inline(caption))}*`, '');
  return out.join('\n');
}

function figure(el: Element): string {
  const parts: string[] = [];
  for (const img of Array.from(el.querySelectorAll('img'))) {
    const md = image(img);
    if (md) parts.push(md);
  }
  const caption = el.querySelector('figcaption');
  const text = caption ? clean(inline(caption)) : '';
  if (text) parts.push(`*${text}*`);
  // Tables or other content inside a figure are kept too.
  for (const child of Array.from(el.children)) if (tagOf(child) === 'table') parts.push(table(child));
  return parts.join('\n\n');
}

function pre(el: Element): string {
  return codeBlock((el.textContent ?? '').replace(/\n$/, ''));
}

/** Block-level Markdown of a node's children (each entry one block, blank-line separated by the caller). */
function blocks(node: Node): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const line = clean(run);
    if (line) out.push(line);
    run = '';
  };
  for (const child of Array.from(node.childNodes)) {
    const tag = tagOf(child);
    if (child.nodeType === TEXT || (child.nodeType === ELEMENT && !BLOCK.has(tag))) {
      // Loose inline content (text directly in a div or li) collects into one paragraph.
      const wrapper = child.ownerDocument!.createElement('span');
      wrapper.appendChild(child.cloneNode(true));
      run += inline(wrapper);
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    flush();
    const el = child as Element;
    let md = '';
    if (/^h[1-6]$/.test(tag))
      md = `${'#'.repeat(Math.min(6, Math.max(minHeading, Number(tag[1]) + minHeading - 2)))} ${clean(inline(el)).replace(/\\\n/g, ' ')}`;
    else if (tag === 'p' || tag === 'dt' || tag === 'dd' || tag === 'figcaption') md = clean(inline(el));
    else if (tag === 'ul' || tag === 'ol') md = list(el, tag === 'ol');
    else if (tag === 'blockquote') md = prefixLines(blocks(el).join('\n\n'), '> ', '> ');
    else if (tag === 'figure') md = figure(el);
    else if (tag === 'table') md = table(el);
    else if (tag === 'pre') md = pre(el);
    else if (tag === 'hr') md = '---';
    else md = blocks(el).join('\n\n');
    if (md.trim()) out.push(md);
  }
  flush();
  return out;
}

/**
 * Markdown for an HTML fragment; blocks separated by one blank line, no trailing newline. The body's
 * h2 becomes `#`×`options.minHeading` (default 2) so it can sit under a heading of the caller's.
 */
export function htmlToMarkdown(html: string, parse: HtmlParser, options: { minHeading?: number } = {}): string {
  if (html.trim() === '') return '';
  const doc = parse(`<!doctype html><html><head></head><body>${html}</body></html>`);
  minHeading = options.minHeading ?? 2;
  try {
    return blocks(doc.body).join('\n\n');
  } finally {
    minHeading = 2;
  }
}
