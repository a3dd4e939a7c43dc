// Text for screen readers only: labels a sighted reader never sees ("Credit", "Image caption", "Photograph:",
// "Opens in a new window", "Advertisement") set beside a picture's credit or a link. Readability keeps them
// and drops the class and style attributes that say so, so on a page in another language than Vietnamese
// they are read as prose ("…2023.CreditCreditJeon Heon-Kyun/EPA"). In the browser the layout already shows
// them hidden (hidden-in-page.ts); a saved page in Node has no layout, but its own stylesheet states the
// pattern every site uses for such text (positioned out of the flow and clipped to nothing, or a 1-pixel box
// that hides its overflow), whatever the class is called. Rules inside @media hide only on some screens and
// are not read; display: none is not read either (a script may lift it before the reader looks).
import { checkBudget } from './deadline';
import { declarations } from './hidden';
import { classOf } from './class-attr';

/** Words every form of the visually-hidden pattern contains (clip, clip-path, overflow: hidden). */
const MAY_HIDE = /clip|overflow/i;

/** The class names of screen-reader-only text in the common frameworks (Bootstrap, WordPress, Drupal, H5BP...). */
const CONVENTIONS = [
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'screenreader-only',
  'element-invisible',
  'a11y-hidden',
  'u-visually-hidden',
  'is-visually-hidden',
];

/** Stylesheet text read at most (a page's own styles; a huge one is cut, never parsed whole). */
const MAX_SHEET_CHARS = 2_000_000;
/** A screen-reader label is short; a longer hidden box is left to Readability (fail safe). */
const MAX_LABEL_CHARS = 200;

const px = (v: string | undefined) =>
  v === undefined ? NaN : /^-?\d+(?:\.\d+)?(?:px)?$/.test(v) ? parseFloat(v) : NaN;
/** A clip to nothing: rect(0 0 0 0), rect(0,0,0,0), rect(1px, 1px, 1px, 1px), inset(50%), circle(0). */
const clippedAway = (d: Map<string, string>) =>
  /^rect\([01](?:px)?(?:,?[01](?:px)?){3}\)$/.test((d.get('clip') ?? '').replace(/\s+/g, '')) ||
  /^(?:inset\(\s*(?:50|100)%\s*\)|circle\(\s*0(?:px|%)?\s*\))$/.test(d.get('clip-path') ?? '');

/** A word the pattern's position holds (declarations() reads values lower-cased). */
const POSITIONED = /absolute|fixed/i;

/**
 * The visually-hidden pattern: out of the flow (absolute or fixed) and either clipped to nothing or a box of
 * at most 1 × 1 pixel that hides what overflows it.
 */
export function isVisuallyHiddenRule(block: string): boolean {
  // Most rules position nothing: one look at the text spares reading their declarations.
  if (!POSITIONED.test(block)) return false;
  const d = declarations(block);
  const position = d.get('position');
  if (position !== 'absolute' && position !== 'fixed') return false;
  if (clippedAway(d)) return true;
  return d.get('overflow') === 'hidden' && px(d.get('width')) <= 1 && px(d.get('height')) <= 1;
}

/** The markers old pages wrap a style sheet in. */
const SHEET_MARKERS = /<!\[CDATA\[|\]\]>|<!--|-->/g;

/** A selector that is one class and nothing else (".css-1dv1kvn"): its name, else null. */
const ONE_CLASS = /^\.(-?[A-Za-z_][\w-]*)$/;

/**
 * The class names a stylesheet's top-level rules give the visually-hidden pattern. One scan of the text:
 * comments skipped, braces counted (a rule inside @media or @supports is at depth 1 and not read).
 */
export function visuallyHiddenClassesIn(sheet: string): Set<string> {
  const out = new Set<string>();
  const text = sheet.length > MAX_SHEET_CHARS ? sheet.slice(0, MAX_SHEET_CHARS) : sheet;
  let depth = 0;
  let start = 0; // where the current top-level selector begins
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      if (depth === 0) start = i + 1;
    } else if (ch === '{') {
      if (depth === 0) {
        // An old page wraps its sheet in <![CDATA[ … ]]> or <!-- … -->: markers, not part of a selector.
        const selector = text.slice(start, i).replace(SHEET_MARKERS, '').trim();
        const close = text.indexOf('}', i + 1);
        const nested = text.indexOf('{', i + 1);
        // A plain rule (no block inside before its end): read its declarations and jump past it.
        if (close >= 0 && (nested < 0 || nested > close) && !selector.startsWith('@')) {
          if (isVisuallyHiddenRule(text.slice(i + 1, close)))
            for (const part of selector.split(',')) {
              const m = ONE_CLASS.exec(part.trim());
              if (m) out.add(m[1]!);
            }
          i = close;
          start = close + 1;
          continue;
        }
      }
      depth++;
    } else if (ch === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) start = i + 1;
    } else if (ch === ';' && depth === 0) start = i + 1; // "@import …;", "@charset …;"
  }
  return out;
}

/**
 * The page's screen-reader-only class names: the conventions, and what its own <style> elements (`styles`, in
 * document order: the page's, as head-index.ts found them on its walk) say. A sheet applies to the whole page
 * wherever it sits, so they are read once from the page, not from each working copy.
 */
export function screenReaderClasses(styles: Iterable<Element>): Set<string> {
  const out = new Set(CONVENTIONS);
  let budget = MAX_SHEET_CHARS;
  for (const style of styles) {
    const text = style.textContent ?? '';
    // The pattern needs a clip or a hidden overflow: a sheet with neither word is not read rule by rule.
    if (!text || budget <= 0 || !MAY_HIDE.test(text)) continue;
    budget -= text.length;
    for (const name of visuallyHiddenClassesIn(text)) out.add(name);
  }
  return out;
}

/** Does the class attribute `cls` name one of `classes`? */
function hasClassIn(cls: string, classes: ReadonlySet<string>): boolean {
  for (const name of cls.split(/\s+/)) if (name && classes.has(name)) return true;
  return false;
}

/**
 * Removes from `root` (a working copy, never the page) the short screen-reader-only elements: their class is
 * in `classes` (screenReaderClasses) and their text a label's length. Returns how many were removed.
 */
export function removeScreenReaderText(root: Element, classes: ReadonlySet<string>): number {
  const found: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    checkBudget();
    const cls = classOf(el);
    if (cls && hasClassIn(cls, classes) && (el.textContent ?? '').trim().length <= MAX_LABEL_CHARS) {
      found.push(el);
    } else if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  for (const f of found) f.remove();
  return found.length;
}
