// Extraction with a site profile: one pass over a known container, no Readability.
import type { ProfileLayout, SiteProfile } from '../profiles';
import { collectBlocks, visibleText, type Block } from './body';
import { cleanBlocks } from './blocks-cleanup';
import { dropHiddenInCopy } from './hidden-in-page';
import { removeBoilerplateBoxes, removeTeasers } from './boilerplate';
import { leadText } from './lead';
import { parseByline } from '../meta';
import { cleanInline } from '../text';
import { parseDateElement, type PageMeta } from './page-meta';
import type { ParsedDate } from '../meta';

export interface PathResult {
  title: string | null;
  lead: string | null;
  blocks: Block[];
  authors: string[];
  bylineAuthors: string[];
  visibleDate: ParsedDate | null;
  preferVisibleDate: boolean;
  layout: string;
}

function first(doc: Document | Element, selectors: string[] | undefined): Element | null {
  for (const s of selectors ?? []) {
    try {
      const el = doc.querySelector(s);
      if (el) return el;
    } catch {
      // an unsupported selector in one DOM implementation must not break the profile
    }
  }
  return null;
}

function all(doc: Document | Element, selectors: string[] | undefined): Element[] {
  for (const s of selectors ?? []) {
    try {
      const els = [...doc.querySelectorAll(s)];
      if (els.length) return els;
    } catch {
      /* see first() */
    }
  }
  return [];
}

function removeAll(root: Element, selectors: string[]): void {
  if (!selectors.length) return;
  try {
    // One selector list: one walk over the container instead of one per selector.
    for (const el of root.querySelectorAll(selectors.join(', '))) el.remove();
    return;
  } catch {
    // One selector this DOM does not support: fall back to them one by one, skipping the bad one.
  }
  for (const s of selectors) {
    try {
      for (const el of root.querySelectorAll(s)) el.remove();
    } catch {
      /* see first() */
    }
  }
}

/** Text fingerprint to spot the lead repeated inside the body. */
const key = (s: string) => cleanInline(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function extractWithLayout(doc: Document, layout: ProfileLayout, meta: PageMeta): PathResult | null {
  const container = first(doc, layout.body);
  if (!container) return null;
  const leadEl = first(doc, layout.lead);
  const lead = leadEl ? leadText(leadEl) : null;

  // Work on a copy of the container only: the page is never touched.
  const clone = container.cloneNode(true) as Element;
  dropHiddenInCopy(container, clone); // on a rendered page: what its stylesheets hide (lib/extract/hidden-in-page.ts)
  removeAll(clone, layout.remove ?? []);
  removeBoilerplateBoxes(clone, 3000);
  removeTeasers(clone);
  if (layout.lead) removeAll(clone, layout.lead);
  if (layout.title) removeAll(clone, layout.title.filter((s) => s.startsWith('h1')));

  let blocks = collectBlocks(clone, meta.baseUrl);
  if (lead) {
    const leadKey = key(lead);
    blocks = blocks.filter((b) => !(b.kind === 'p' || b.kind === 'h') || key(b.text) !== leadKey);
  }
  const cleaned = cleanBlocks(blocks);

  const authors: string[] = [];
  for (const el of all(doc, layout.author)) authors.push(...parseByline(el.textContent ?? ''));
  const dateEl = first(doc, layout.date);
  const titleEl = first(doc, layout.title);
  return {
    title: titleEl ? visibleText(titleEl).replace(/<\/?>/g, '').trim() || null : null,
    lead,
    blocks: cleaned.blocks,
    authors,
    bylineAuthors: cleaned.bylineAuthors,
    visibleDate: dateEl ? parseDateElement(dateEl, meta) : null,
    preferVisibleDate: !!layout.preferVisibleDate,
    layout: layout.name,
  };
}

/** Try the profile's layouts in order; returns the result and, when none fits, why. */
export function extractWithProfile(doc: Document, profile: SiteProfile, meta: PageMeta): { result: PathResult | null; reason: string | null } {
  let reason = `no ${profile.id} layout matched the page (redesigned?)`;
  for (const layout of profile.layouts) {
    const r = extractWithLayout(doc, layout, meta);
    if (!r) continue;
    const words = r.blocks.reduce((n, b) => n + (b.text ? b.text.split(/\s+/).length : 0), 0);
    if (words < 40 && !(r.lead && words >= 10)) {
      reason = `${profile.id} layout "${layout.name}" matched but its body has ${words} words`;
      continue;
    }
    return { result: r, reason: null };
  }
  return { result: null, reason };
}
