// The one walk in declobber.ts stands for two selector queries (clobbering names) and two walks (the depth
// guard's depth, the element budget's count): it must give exactly what they give.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { declobberedMeasured } from '../../lib/extract/declobber';
import { depthOf } from '../../lib/extract/depth-guard';
import { countElementsUpTo } from '../../lib/extract/budget';
import { corpusPages, suitePages } from './not-article-pages';

/** The definition the walk replaces: an element the two selectors match, whose name or id shadows a built-in. */
function clobbersBySelectors(doc: Document): boolean {
  const shadows = (obj: object, v: string | null) => !!v && v in Object.getPrototypeOf(obj);
  const docNamed = doc.querySelectorAll(
    'img[name], img[id], form[name], embed[name], embed[id], object[name], object[id], iframe[name], frame[name]',
  );
  for (const el of docNamed)
    if (shadows(doc, el.getAttribute('name')) || shadows(doc, el.getAttribute('id'))) return true;
  for (const el of doc.querySelectorAll('form [name], form [id]')) {
    const form = el.closest('form')!;
    if (shadows(form, el.getAttribute('name')) || shadows(form, el.getAttribute('id'))) return true;
  }
  return false;
}

const page = (body: string) => parseHtml(`<!doctype html><html><head></head><body>${body}</body></html>`);

describe('the declobbering walk', () => {
  const cases: [string, string, boolean][] = [
    ['nothing named', '<p>Text</p><img src="a.jpg" alt="">', false],
    ['an image named after a document member', '<img name="getElementById" src="a.jpg">', true],
    ['an image whose id is a document member', '<img id="documentElement" src="a.jpg">', true],
    ['an iframe whose id (not name) is a document member', '<iframe id="documentElement"></iframe>', false],
    ['an iframe named after a document member', '<iframe name="querySelectorAll"></iframe>', true],
    ['a form named after a document member', '<form name="body"></form>', true],
    ['a form with an id only', '<form id="body"></form>', false],
    ['a control named after a form member', '<form><div><input name="getAttribute"></div></form>', true],
    ['a control with an ordinary name', '<form><input name="q" id="search-box"></form>', false],
    ['the same name outside any form', '<div><input name="localName"></div>', false],
    ['after a form, outside it', '<form><input name="q"></form><span id="getAttribute">x</span>', false],
    [
      'a form inside a form, named after a form member',
      '<form><div><form name="getAttribute"></form></div></form>',
      true,
    ],
  ];
  for (const [name, body, expected] of cases)
    it(name, () => {
      const doc = page(body);
      expect(clobbersBySelectors(doc)).toBe(expected);
      expect(declobberedMeasured(doc).doc !== doc).toBe(expected);
    });

  it(
    'measures what depthOf and the element count measure, on real pages and on their copies',
    { timeout: 120_000 },
    () => {
      const pages = [...corpusPages(), ...suitePages().slice(0, 40)];
      expect(pages.length).toBeGreaterThan(40);
      let copies = 0;
      for (const p of pages) {
        const doc = p.doc();
        const { doc: out, size } = declobberedMeasured(doc);
        expect(out !== doc, p.name).toBe(clobbersBySelectors(doc));
        if (out !== doc) copies++;
        // The copy (clobbering names removed) has the page's elements: the walk's measure holds for it too.
        expect(size, p.name).toEqual({
          depth: depthOf(out),
          elements: 1 + countElementsUpTo(out.documentElement, Infinity),
        });
      }
      expect(copies, 'real pages with a clobbering name (search forms: <input name="submit">…)').toBeGreaterThan(0);
    },
  );

  it('measures a page whose first element already clobbers, to its end', () => {
    const doc = page(
      `<form name="body"></form>${'<div><p>deep</p></div>'.repeat(3)}<section><div><b>x</b></div></section>`,
    );
    const { doc: out, size } = declobberedMeasured(doc);
    expect(out).not.toBe(doc);
    // html > body > section > div > b: depth 5; html, head, body, form, 3 × (div, p), section, div, b.
    expect(size).toEqual({ depth: 5, elements: 13 });
  });
});
