// The generic Vietnamese path: remove boxes headed by Vietnamese boilerplate, then @mozilla/readability on a
// clone of the document. The sapo, byline and date are found separately (Readability often drops the sapo).
import { Readability } from '@mozilla/readability';
import { collectBlocks } from './body';
import { cleanBlocks } from './blocks-cleanup';
import { removeBoilerplateBoxes, removeTeasers } from './boilerplate';
import { leadText } from './lead';
import { parseByline } from '../meta/authors';
import { cleanInline, foldForSearch } from '../text/normalize';
import { parseDateElement, type PageMeta } from './page-meta';
import type { PathResult } from './profile-path';
import type { ParsedDate } from '../meta/dates';

const LEAD_SELECTORS = [
  '[class*="sapo"]', '.lead', '.article-lead', '.article__lead', '.summary', '.article-summary', '.post-summary',
  '.chapeau', '.chappeau', '.description', '.desc', '.init_content', '.txt-head', '[itemprop="description"]', '.excerpt',
];
const AUTHOR_SELECTORS = ['[itemprop="author"]', '[rel="author"]', '.byline', '.author-name', '.author', '.tac-gia', '.tacgia', '[class*="author"]'];
const DATE_SELECTORS = ['time[datetime]', '[itemprop="datePublished"]', '[class*="date"]', '[class*="time"]', '[class*="publish"]', '[id*="date"]', '[id*="time"]', '.ngay', '.thoigian'];

function firstMatching(doc: Document, selectors: string[], accept: (el: Element) => boolean): Element | null {
  for (const s of selectors) {
    let els: Element[];
    try {
      els = [...doc.querySelectorAll(s)];
    } catch {
      continue;
    }
    for (const el of els) if (accept(el)) return el;
  }
  return null;
}

const insideLinkOrList = (el: Element) => !!el.closest('a, li, nav, footer, [class*="related"], [class*="relate"], [class*="other"]');

/** The visible publication date near the top of the page (outside link lists). */
export function findVisibleDate(doc: Document, meta: PageMeta): ParsedDate | null {
  let fallback: ParsedDate | null = null;
  firstMatching(doc, DATE_SELECTORS, (el) => {
    if (insideLinkOrList(el)) return false;
    const text = cleanInline(el.textContent ?? '');
    if (text.length > 120 && !el.getAttribute('datetime')) return false;
    const parsed = parseDateElement(el, meta);
    if (parsed.iso && parsed.hasTime) {
      fallback = parsed;
      return true;
    }
    if ((parsed.iso || parsed.note) && !fallback) fallback = parsed;
    return false;
  });
  return fallback;
}

export function findLead(doc: Document, bodyHint: string): string | null {
  const el = firstMatching(doc, LEAD_SELECTORS, (e) => {
    if (insideLinkOrList(e) || e.localName === 'meta') return false;
    const t = cleanInline(e.textContent ?? '');
    return t.length >= 40 && t.length <= 1200 && e.querySelectorAll('p').length <= 3;
  });
  if (!el) return null;
  const text = leadText(el);
  if (!text) return null;
  // A "description" box elsewhere on the page is not the lead unless it sits before the body text.
  return bodyHint && foldForSearch(bodyHint).includes(foldForSearch(text).slice(0, 60)) ? text : text;
}

export function findAuthors(doc: Document): string[] {
  const out: string[] = [];
  firstMatching(doc, AUTHOR_SELECTORS, (el) => {
    if (insideLinkOrList(el) && el.localName !== 'a') return false;
    const text = cleanInline(el.getAttribute('content') ?? el.textContent ?? '');
    if (!text || text.length > 80) return false;
    const names = parseByline(text);
    if (names.length) out.push(...names);
    return names.length > 0;
  });
  return out;
}

export function findTitle(doc: Document): string | null {
  for (const h1 of doc.querySelectorAll('h1')) {
    const t = cleanInline(h1.textContent ?? '');
    if (t.length >= 10 && t.length <= 300 && !h1.closest('a, header nav, [class*="logo"]')) return t;
  }
  return null;
}

export function extractGeneric(doc: Document, meta: PageMeta): PathResult | null {
  const clone = doc.cloneNode(true) as Document;
  removeBoilerplateBoxes(clone.body ?? clone);
  const reader = new Readability(clone, { charThreshold: 250, keepClasses: false });
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = reader.parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return null;
  const holder = doc.createElement('template') as HTMLTemplateElement;
  holder.innerHTML = parsed.content;
  const root = (holder.content ?? holder) as unknown as Element;
  removeBoilerplateBoxes(root, 3000);
  removeTeasers(root);
  let blocks = collectBlocks(root, meta.canonicalUrl || meta.url);
  const lead = findLead(doc, parsed.textContent ?? '');
  if (lead) {
    const k = foldForSearch(lead);
    blocks = blocks.filter((b) => foldForSearch(b.text) !== k);
  }
  const cleaned = cleanBlocks(blocks);
  return {
    title: findTitle(doc),
    lead,
    blocks: cleaned.blocks,
    authors: findAuthors(doc),
    bylineAuthors: cleaned.bylineAuthors.length ? cleaned.bylineAuthors : parsed.byline ? parseByline(parsed.byline) : [],
    visibleDate: findVisibleDate(doc, meta),
    preferVisibleDate: false,
    layout: 'readability',
  };
}
