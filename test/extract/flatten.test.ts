// Deep nesting is unwrapped on the working copy without losing or reordering a word, and only wrappers go.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from '../../lib/extract/flatten';
import { parseHtml } from '../../node/parse-html';

function depthOf(root: Element): number {
  let max = 0;
  const walk = (el: Element, d: number) => {
    max = Math.max(max, d);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c, d + 1);
  };
  walk(root, 0);
  return max;
}

describe('flattenDeepNesting', () => {
  it('unwraps wrappers below the depth budget, keeping every word in order and every real block', () => {
    const body = parseHtml(
      `<html><body>${'<div>'.repeat(300)}<p>Một</p><span>hai</span><p>ba <b>bốn</b></p>${'</div>'.repeat(300)}<p>năm</p></body></html>`,
    ).body;
    const text = body.textContent;
    const unwrapped = flattenDeepNesting(body, 50);
    expect(unwrapped).toBeGreaterThan(240);
    expect(body.textContent).toBe(text);
    expect(depthOf(body)).toBeLessThanOrEqual(52);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Một', 'ba bốn', 'năm']);
    expect(body.querySelector('b')?.textContent).toBe('bốn');
  });

  it('leaves a page within the budget untouched', () => {
    const body = parseHtml('<html><body><div><section><p>Một <i>hai</i></p></section></div></body></html>').body;
    const before = body.innerHTML;
    expect(flattenDeepNesting(body, 50)).toBe(0);
    expect(body.innerHTML).toBe(before);
  });

  it('keeps the text of any nesting of wrappers and blocks, in order', () => {
    const tag = fc.constantFrom('div', 'span', 'section', 'p', 'b', 'li');
    const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'large', maxDepth: 40 },
        fc.stringMatching(/^[a-zđ ]{1,5}$/),
        fc.tuple(tag, fc.array(tie('node'), { maxLength: 3 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 6 }), (html, max) => {
        const body = parseHtml(`<html><body>${html}</body></html>`).body;
        const text = body.textContent;
        flattenDeepNesting(body, max);
        expect(body.textContent).toBe(text);
      }),
    );
  });
});
