// Layout drift: mutated copies of a real page, changed the way news sites change their templates (class names
// renamed or hashed, the body wrapped in a new container, part of the article moved into a box with a new
// class, a related box moved inside the body, other lazy-image attributes, the sapo turned into an h2). Each
// mutation is seeded, so a failure can be replayed. The article itself is located from the page's gold text,
// never from a profile, so the mutations do not share the extractor's assumptions.
import { parseHtml } from '../../node/parse-html';
import { profileForHost } from '../../lib/profiles';
import { cleanInline } from '../../lib/text';

export const DRIFT_KINDS = [
  'hash-classes',
  'rename-classes',
  'wrap-body',
  'prose-box',
  'prose-box-profile',
  'related-inside',
  'lazy-images',
  'sapo-h2',
  'combined',
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];
/** What 'combined' applies to one copy, in this order: a redesign rarely changes one thing only. */
const COMBINED: DriftKind[] = ['wrap-body', 'prose-box', 'related-inside', 'lazy-images', 'sapo-h2', 'hash-classes'];

export interface DriftInput {
  url: string;
  html: string;
  lead: string | null;
  /** Gold article text (lead first). */
  body: string;
}

export interface Mutated {
  kind: DriftKind;
  seed: number;
  html: string;
  /** What the mutation did, for failure messages. */
  note: string;
  /** Text of boilerplate the mutation brought into the article region: must not be extracted. */
  extraExclude: string[];
}

/** mulberry32: small, seeded, good enough to choose among a page's elements. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Comparable text: letters and digits only, lower case. */
const key = (s: string) =>
  cleanInline(s)
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const textOf = (el: Element) => cleanInline(el.textContent ?? '');

const BLOCKS = 'p, div, h2, h3, h4, li, td, blockquote, section, article';

/** The smallest elements whose text is a piece of the gold article (the lead left out). */
function articlePieces(doc: Document, input: DriftInput): Element[] {
  const gold = key(input.body);
  const lead = input.lead ? key(input.lead) : '';
  const hits = [...doc.body.querySelectorAll(BLOCKS)].filter((el) => {
    // Containers are never a piece; skipping them keeps this linear on big pages.
    if ((el.textContent ?? '').length > 3000) return false;
    const k = key(textOf(el));
    return k.length >= 40 && gold.includes(k) && !(lead && lead.includes(k));
  });
  return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
}

/** The element that holds the article: the deepest ancestor holding 90 % of the article pieces' text. */
export function articleContainer(doc: Document, input: DriftInput): { container: Element; pieces: Element[] } | null {
  const pieces = articlePieces(doc, input);
  if (!pieces.length) return null;
  const total = pieces.reduce((n, p) => n + textOf(p).length, 0);
  let best: Element | null = null;
  for (let el: Element | null = pieces[0]!; el; el = el.parentElement) {
    const held = pieces.filter((p) => el!.contains(p)).reduce((n, p) => n + textOf(p).length, 0);
    if (held >= 0.9 * total) {
      best = el;
      break;
    }
  }
  // The first piece may sit outside the main run (a caption above the body): try from the longest piece too.
  if (!best || best === doc.body || best === doc.documentElement) {
    const longest = [...pieces].sort((a, b) => textOf(b).length - textOf(a).length)[0]!;
    for (let el: Element | null = longest; el; el = el.parentElement) {
      const held = pieces.filter((p) => el!.contains(p)).reduce((n, p) => n + textOf(p).length, 0);
      if (held >= 0.9 * total) {
        best = el;
        break;
      }
    }
  }
  return best ? { container: best, pieces } : null;
}

const serialize = (doc: Document) => `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;

function newClass(r: () => number): string {
  return `${pick(r, ['box', 'blk', 'sc', 'css', 'wrap', 'cnt'])}-${Math.floor(r() * 1e6).toString(36)}`;
}

function mapClasses(doc: Document, fn: (token: string) => string): number {
  let n = 0;
  for (const el of doc.querySelectorAll('[class]')) {
    const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    el.setAttribute('class', tokens.map(fn).join(' '));
    n += tokens.length;
  }
  return n;
}

/** Sibling runs of article paragraphs inside the container (at least two), the first one left alone. */
function paragraphRuns(pieces: Element[]): Element[][] {
  const runs: Element[][] = [];
  const byParent = new Map<Element, Element[]>();
  for (const p of pieces) {
    if (!p.parentElement) continue;
    byParent.set(p.parentElement, [...(byParent.get(p.parentElement) ?? []), p]);
  }
  for (const group of byParent.values()) {
    let run: Element[] = [];
    for (const p of group) {
      const prev = run[run.length - 1];
      if (prev && prev.nextElementSibling === p) run.push(p);
      else {
        if (run.length >= 2) runs.push(run);
        run = [p];
      }
    }
    if (run.length >= 2) runs.push(run);
  }
  return runs;
}

/** A profile's removal selectors simple enough to dress an element in: ".a.b", "div.a", "[type=content]". */
function dressableSelectors(url: string): string[] {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return [];
  }
  const profile = profileForHost(host);
  if (!profile) return [];
  const out = new Set<string>();
  for (const layout of profile.layouts)
    for (const s of layout.remove ?? [])
      if (/^(?:div|section|article|aside)?(?:\.[\w-]+)+$/.test(s) || /^(?:div|section)?\[[\w-]+=[\w-]+\]$/.test(s))
        out.add(s);
  return [...out].sort();
}

function dress(el: Element, selector: string): void {
  const attr = /\[([\w-]+)=([\w-]+)\]/.exec(selector);
  if (attr) el.setAttribute(attr[1]!, attr[2]!);
  const classes = selector.match(/\.[\w-]+/g)?.map((c) => c.slice(1)) ?? [];
  if (classes.length) el.setAttribute('class', classes.join(' '));
}

/** Wrap a run of article paragraphs in a box, with a subheading made of the run's own first words. */
function proseBox(doc: Document, pieces: Element[], r: () => number, selector: string | null): string | null {
  const runs = paragraphRuns(pieces).filter((run) => run[0]!.parentElement?.firstElementChild !== run[0]);
  const candidates = runs.length ? runs : paragraphRuns(pieces);
  if (!candidates.length) return null;
  const run = pick(r, candidates);
  const start = Math.floor(r() * Math.max(1, run.length - 2));
  const taken = run.slice(start, start + 2 + Math.floor(r() * 3));
  const box = doc.createElement(
    selector && /^(section|article|aside)/.test(selector) ? selector.split(/[.[]/)[0]! : 'div',
  );
  if (selector) dress(box, selector);
  else box.setAttribute('class', newClass(r));
  const heading = doc.createElement('h3');
  heading.textContent = textOf(taken[0]!).split(' ').slice(0, 5).join(' ');
  taken[0]!.before(box);
  box.append(heading, ...taken);
  return `${taken.length} paragraphs in <${box.localName} ${selector ?? `class="${box.getAttribute('class')}"`}> from "${textOf(taken[0]!).slice(0, 40)}"`;
}

/** A box of story links outside the article (a related or most-read list), moved to the middle of the body. */
function relatedInside(
  doc: Document,
  container: Element,
  pieces: Element[],
  r: () => number,
  gold: string,
): { note: string; exclude: string[] } | null {
  const candidates = [...doc.body.querySelectorAll('div, section, aside, ul, article')].filter((el) => {
    if (container.contains(el) || el.contains(container)) return false;
    const text = textOf(el);
    if (text.length < 80 || text.length > 2000) return false;
    const links = [...el.querySelectorAll('a')].filter((a) => textOf(a).length >= 15);
    if (links.length < 3) return false;
    const linkChars = links.reduce((n, a) => n + textOf(a).length, 0);
    return linkChars >= 0.5 * text.length && !el.querySelector('form, input, nav');
  });
  // Outermost boxes only (a list and its wrapper are one box).
  const boxes = candidates.filter((el) => !candidates.some((o) => o !== el && o.contains(el)));
  if (!boxes.length || pieces.length < 2) return null;
  const box = pick(r, boxes);
  for (const el of [box, ...box.querySelectorAll('[class], [id]')]) {
    if (el.hasAttribute('class')) el.setAttribute('class', newClass(r));
    el.removeAttribute('id');
  }
  const after = pieces[Math.max(0, Math.floor(pieces.length / 2) - 1)]!;
  after.after(box);
  const exclude = [...box.querySelectorAll('a')].map(textOf).filter((t) => t.length >= 25 && !gold.includes(key(t)));
  return { note: `related box (${exclude.length} links) after "${textOf(after).slice(0, 40)}"`, exclude };
}

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function lazyImages(doc: Document, container: Element, r: () => number): string | null {
  const attr = pick(r, ['data-src', 'data-original', 'data-lazy-src']);
  let n = 0;
  for (const img of container.querySelectorAll('img')) {
    const current =
      ['data-src', 'data-original', 'data-lazy-src'].find((a) => img.getAttribute(a)) ??
      (img.getAttribute('src') ? 'src' : null);
    if (!current) continue;
    const value = img.getAttribute(current)!;
    img.removeAttribute(current);
    img.setAttribute(attr, value);
    img.setAttribute('src', PIXEL);
    const srcset = img.getAttribute('srcset');
    if (srcset) {
      img.removeAttribute('srcset');
      img.setAttribute('data-srcset', srcset);
    }
    n++;
  }
  return n ? `${n} images lazy via ${attr}` : null;
}

/** The sapo element (text equal to the gold lead) rewritten as an h2 with a new class. */
function sapoToH2(doc: Document, lead: string | null, r: () => number): string | null {
  if (!lead) return null;
  const k = key(lead);
  const hits = [...doc.body.querySelectorAll('p, div, h2, h3, span, strong')].filter((el) => {
    const t = key(textOf(el));
    return t.length >= 20 && (t === k || (k.startsWith(t) && t.length > 0.8 * k.length));
  });
  const el = hits.find((h) => !hits.some((o) => o !== h && h.contains(o)));
  if (!el) return null;
  const h2 = doc.createElement('h2');
  h2.setAttribute('class', newClass(r));
  h2.textContent = cleanInline(lead);
  el.replaceWith(h2);
  return `sapo <${el.localName}> rewritten as <h2 class="${h2.getAttribute('class')}">`;
}

interface Found {
  doc: Document;
  container: Element;
  pieces: Element[];
}

/** Apply one kind of change to the parsed page; what it did, or null when it does not apply. */
function applyOne(
  input: DriftInput,
  f: Found,
  kind: DriftKind,
  seed: number,
  r: () => number,
): { note: string; exclude: string[] } | null {
  const { doc, container, pieces } = f;
  const done = (note: string | null) => (note ? { note, exclude: [] } : null);
  switch (kind) {
    case 'hash-classes': {
      const salt = String(seed);
      const n = mapClasses(doc, (t) => `c${hash(t + salt)}`);
      return done(n ? `${n} class names hashed` : null);
    }
    case 'rename-classes': {
      const style = pick(r, [
        (t: string) => `${t}-v2`,
        (t: string) => `n-${t}`,
        (t: string) => t.replace(/[-_]/g, '').toLowerCase() + 'X',
      ]);
      const n = mapClasses(doc, style);
      return done(n ? `${n} class names renamed (${style('sample-name')})` : null);
    }
    case 'wrap-body': {
      if (r() < 0.5) {
        const outer = doc.createElement('div');
        outer.setAttribute('class', newClass(r));
        const inner = doc.createElement('div');
        inner.setAttribute('class', newClass(r));
        container.before(outer);
        outer.append(inner);
        inner.append(container);
        return done('body container wrapped in two new divs');
      }
      const inner = doc.createElement('div');
      inner.setAttribute('class', newClass(r));
      inner.append(...container.childNodes);
      container.append(inner);
      return done("body container's content moved into a new div");
    }
    case 'prose-box':
      return done(proseBox(doc, pieces, r, null));
    case 'prose-box-profile': {
      const selectors = dressableSelectors(input.url);
      return done(selectors.length ? proseBox(doc, pieces, r, pick(r, selectors)) : null);
    }
    case 'related-inside': {
      const moved = relatedInside(doc, container, pieces, r, key(input.body));
      return moved ? { note: moved.note, exclude: moved.exclude } : null;
    }
    case 'lazy-images':
      return done(lazyImages(doc, container, r));
    case 'sapo-h2':
      return done(sapoToH2(doc, input.lead, r));
    case 'combined': {
      const notes: string[] = [];
      const exclude: string[] = [];
      for (const k of COMBINED) {
        const one = applyOne(input, f, k, seed, r);
        if (one) {
          notes.push(one.note);
          exclude.push(...one.exclude);
        }
      }
      return notes.length >= 2 ? { note: notes.join('; '), exclude } : null;
    }
  }
}

/** One mutated copy of the page, or null when the mutation does not apply (no sapo, no related box...). */
export function mutatePage(input: DriftInput, kind: DriftKind, seed: number): Mutated | null {
  const r = rng(seed * 7919 + DRIFT_KINDS.indexOf(kind));
  const doc = parseHtml(input.html, input.url);
  const found = articleContainer(doc, input);
  if (!found) return null;
  const done = applyOne(input, { doc, ...found }, kind, seed, r);
  return done ? { kind, seed, html: serialize(doc), note: done.note, extraExclude: done.exclude } : null;
}
