// The page of a result (topDocs): the same documents in the same order as a full sort, whatever the order asked;
// and for the list's usual order (newest save first, documents numbered oldest first) one comparison per document
// beyond the page's own, not an insertion per document.
import { describe, expect, it } from 'vitest';
import { topDocs } from '../../lib/search/results';

function counted(order: (a: number, b: number) => number) {
  const c = { calls: 0 };
  return { c, order: (a: number, b: number) => (c.calls++, order(a, b)) };
}

describe('topDocs', () => {
  it('gives the first k of a full sort, for any total order', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let trial = 0; trial < 30; trial++) {
      const n = 50 + Math.floor(rand() * 2000);
      const docs = Array.from({ length: n }, (_, i) => i).filter(() => rand() < 0.7);
      const score = Float64Array.from({ length: n }, () => Math.floor(rand() * 5));
      const saved = Float64Array.from({ length: n }, (_, i) => i + Math.floor(rand() * 40) - 20);
      const orders = [
        (a: number, b: number) => score[b]! - score[a]! || saved[b]! - saved[a]! || a - b,
        (a: number, b: number) => saved[a]! - saved[b]! || a - b,
        (a: number, b: number) => saved[b]! - saved[a]! || b - a,
      ];
      for (const order of orders)
        for (const k of [1, 20, 40]) expect(topDocs(docs, k, order)).toEqual(docs.slice().sort(order).slice(0, k));
    }
  });

  it('turns away with one comparison each the documents older than the page (newest first)', () => {
    const n = 10_000;
    const docs = Array.from({ length: n }, (_, i) => i);
    const { c, order } = counted((a, b) => b - a);
    expect(topDocs(docs, 20, order)).toEqual(Array.from({ length: 20 }, (_, i) => n - 1 - i));
    // Read from the first, each document would enter the page: about n * (1 + log2 20) comparisons.
    expect(c.calls).toBeLessThan(n + 200);
  });
});
