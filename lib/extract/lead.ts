// The sapo (lead) as one plain-text paragraph, as the reader sees it.
import { cleanInline } from '../text';

const STAMP = /(?:^|\s|_|-)(?:location|stamp|dateline)(?:\s|_|-|$)/i;

/**
 * Text of a lead element: <br>-separated lines joined with single spaces, a location stamp ("TP HCM") kept
 * apart from the sentence it is glued to, trailing ">> related story" links dropped.
 */
export function leadText(el: Element): string | null {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const e = c as Element;
        const tag = e.localName.toLowerCase();
        if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
        if (tag === 'br' || tag === 'p' || tag === 'div' || tag === 'li') parts.push(' ');
        visit(e);
        if (STAMP.test(e.getAttribute('class') ?? '') || tag === 'p' || tag === 'div' || tag === 'li') parts.push(' ');
      }
    }
  };
  visit(el);
  const text = cleanInline(parts.join(''));
  const related = [text.indexOf('>>'), text.indexOf('»')].filter((i) => i >= 0);
  return (related.length ? text.slice(0, Math.min(...related)) : text).trim() || null;
}
