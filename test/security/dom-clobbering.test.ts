// DOM clobbering. linkedom and happy-dom do not implement named properties, so the browser's behaviour is
// reproduced here by defining the same own properties a browser would create (a named property shadows the
// built-in on the prototype). The real thing is checked in Chromium by test/e2e/privacy.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle, declobbered } from '../../lib/extract';
import { HOSTILE_CASES, readHostile } from './hostile-cases';

const c = HOSTILE_CASES.find((x) => x.file === '11-dom-clobbering.html')!;

/** What Chromium does on this page: document and form members replaced by the named elements. */
function clobberLikeABrowser(doc: Document, { formControls = true } = {}): () => void {
  const defined: [object, string][] = [];
  const define = (obj: object, key: string, value: Element) => {
    Object.defineProperty(obj, key, { value, configurable: true });
    defined.push([obj, key]);
  };
  const named = [...doc.querySelectorAll('img[name], form[name], embed[name], object[name]')];
  const forms = [...doc.querySelectorAll('form')];
  // Not createElement: linkedom's own internals call this.createElement (a browser's internals are immune).
  for (const el of named) if (el.getAttribute('name') !== 'createElement') define(doc, el.getAttribute('name')!, el);
  for (const form of formControls ? forms : []) {
    for (const control of form.querySelectorAll('[name], [id]')) {
      for (const key of [control.getAttribute('name'), control.getAttribute('id')]) if (key) define(form, key, control);
    }
  }
  /** Undoes the simulation (to compare the page before and after). */
  return () => {
    for (const [obj, key] of defined) delete (obj as Record<string, unknown>)[key];
  };
}

describe('DOM clobbering', () => {
  it('the simulation really breaks the built-ins', () => {
    const doc = parseHtml(readHostile(c.file), c.url);
    const form = doc.querySelector('form[name=title]')!;
    clobberLikeABrowser(doc);
    expect(typeof doc.getElementById).toBe('object');
    expect(doc.documentElement.localName).toBe('form');
    expect(typeof form.localName).toBe('object');
  });

  it('extraction on a clobbered page gives the article', () => {
    const doc = parseHtml(readHostile(c.file), c.url);
    const before = doc.documentElement.outerHTML;
    // Document members only: clobbered form members would also break linkedom's own cloneNode, which a
    // browser's does not use; that part is covered by the next test and in Chromium.
    const restore = clobberLikeABrowser(doc, { formControls: false });
    const r = extractArticle(doc, c.url) as Article;
    expect(r.kind).toBe('article');
    expect(r.title).toBe('Việt Nam đắc cử Hội đồng Nhân quyền Liên hợp quốc');
    expect(r.bodyText).toContain('Đây là lần thứ ba Việt Nam được bầu');
    // The page's document is not modified (the copy is).
    restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a page without clobbering names is used as it is (no copy)', () => {
    const doc = parseHtml(
      '<html><body><form name="aspnetForm"><input name="q"></form><img name="logo"><p>x</p></body></html>',
    );
    expect(declobbered(doc)).toBe(doc);
  });

  it('the copy has no clobbering names left, and keeps the harmless ones', () => {
    const doc = parseHtml(
      '<html><body><img name="getElementById"><form name="f"><input name="attributes"><input name="q"></form></body></html>',
    );
    const copy = declobbered(doc);
    expect(copy).not.toBe(doc);
    expect(copy.querySelector('img')!.hasAttribute('name')).toBe(false);
    expect(copy.querySelector('form')!.getAttribute('name')).toBe('f');
    expect([...copy.querySelectorAll('input')].map((i) => i.getAttribute('name'))).toEqual([null, 'q']);
  });
});
