// The phrase check of one candidate (bestPhraseWeight, depth first, nothing allocated) against the way it was
// done before: every span of the phrase collected unit by unit, then the best field among their starts. Random
// positions, phrases of one to four units with one to three alternatives of one to three words.
import { describe, expect, it } from 'vitest';
import { bestPhraseWeight, type WordPositions } from '../../lib/search/match';

/** One document's positions of a word, sorted (document 0 of a one-document table). */
function positions(list: number[]): WordPositions {
  const sorted = [...new Set(list)].sort((a, b) => a - b);
  return { from: Int32Array.from([0, sorted.length]), pool: Int32Array.from(sorted), mixed: Uint8Array.of(1) };
}

const has = (wp: WordPositions, pos: number) => Array.from(wp.pool).includes(pos);

/** The former phraseStarts: spans extended unit by unit, every start kept. */
function startsBefore(words: WordPositions[][][]): number[] {
  let spans: [number, number][] = [];
  words.forEach((unit, u) => {
    const next: [number, number][] = [];
    for (const alt of unit) {
      if (u === 0) {
        for (const s of alt[0]!.pool) if (alt.every((w, j) => has(w, s + j))) next.push([s, s + alt.length]);
      } else {
        for (const [s, e] of spans) if (alt.every((w, j) => has(w, e + j))) next.push([s, e + alt.length]);
      }
    }
    spans = next;
  });
  return spans.map(([s]) => s);
}

describe('bestPhraseWeight', () => {
  it('gives the best weight among the starts every span-collecting pass finds', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const int = (n: number) => Math.floor(rand() * n);
    let found = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const span = 10 + int(60);
      const word = () => positions(Array.from({ length: 1 + int(span / 2) }, () => int(span)));
      const words = Array.from({ length: 1 + int(4) }, () =>
        Array.from({ length: 1 + int(3) }, () => Array.from({ length: 1 + int(3) }, word)),
      );
      // Fields start every so often; some fields are not allowed (weight 0), as with a field-prefixed phrase.
      const fieldStart = 1 + int(20);
      const weights = Array.from({ length: 8 }, () => int(11));
      const weight = (start: number) => weights[Math.min(7, Math.floor(start / fieldStart))]!;
      const most = Math.max(...weights);
      const before = startsBefore(words).reduce((best, s) => Math.max(best, weight(s)), 0);
      expect(bestPhraseWeight(words, 0, weight, most)).toBe(before);
      if (before > 0) found++;
    }
    // Both outcomes are exercised.
    expect(found).toBeGreaterThan(300);
    expect(found).toBeLessThan(2700);
  });
});
