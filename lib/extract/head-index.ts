// One pass over the document's <meta>, <link>, <title>, <script> and <style> elements. Each querySelector on a
// non-browser DOM walks the whole tree, so reading a dozen meta tags one by one costs more than extracting
// the body; this index reads them once, and keeps the inline scripts (where a date written by a script is
// looked for). Values are cut to the field caps here, before anything parses them.
import { FIELD_CAPS, capText } from '../article';
import { byTags } from './dom-find';

export interface HeadIndex {
  /** meta content by lower-cased name, property, itemprop or http-equiv (first occurrence wins). */
  meta: Map<string, string>;
  /** href by lower-cased rel token. */
  links: Map<string, string>;
  jsonLd: string[];
  /** <script> elements without a src, in document order. */
  inlineScripts: Element[];
  title: string | null;
  /** href of the first <base> element, if any. */
  base: string | null;
  /** <style> elements, in document order (where screen-reader-text.ts reads the page's visually-hidden classes). */
  styles: Element[];
}

const INDEXED = new Set(['meta', 'link', 'script', 'title', 'base', 'style']);

export function headIndex(doc: Document): HeadIndex {
  const index: HeadIndex = {
    meta: new Map(),
    links: new Map(),
    jsonLd: [],
    inlineScripts: [],
    title: null,
    base: null,
    styles: [],
  };
  // A parsed document without an <html> element (an empty string in some DOMs) has no head to index.
  const root = doc.documentElement as Element | null;
  for (const el of root ? byTags(root, INDEXED) : []) {
    const tag = el.localName.toLowerCase();
    if (tag === 'meta') {
      const content = el.getAttribute('content');
      if (content === null) continue;
      for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
        const key = el.getAttribute(attr)?.trim().toLowerCase();
        if (key && !index.meta.has(key) && content.trim()) index.meta.set(key, capText(content, FIELD_CAPS.metaValue));
      }
    } else if (tag === 'link') {
      const href = el.getAttribute('href');
      if (!href || href.length > FIELD_CAPS.url) continue;
      for (const rel of (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/))
        if (rel && !index.links.has(rel)) index.links.set(rel, href);
    } else if (tag === 'script') {
      if ((el.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) index.jsonLd.push(el.textContent ?? '');
      if (!el.hasAttribute('src')) index.inlineScripts.push(el);
    } else if (tag === 'style') {
      index.styles.push(el);
    } else if (tag === 'base') {
      if (index.base === null) index.base = capText(el.getAttribute('href') ?? '', FIELD_CAPS.url);
    } else if (index.title === null && !el.closest('svg'))
      index.title = capText(el.textContent ?? '', FIELD_CAPS.metaValue);
  }
  return index;
}
