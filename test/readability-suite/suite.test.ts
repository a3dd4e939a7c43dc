// Mozilla Readability's own test suite: on every page no Vietnamese profile claims, our pipeline must be at
// least as good as Readability alone (same DOM implementation), scored by 4-word-shingle F1 against the
// suite's expected output. Pages Readability itself judges not readerable may instead be refused.
import { describe, expect, it } from 'vitest';
import { listSuitePages, MATCH_F1, scoreSuitePage, summarise, type SuitePageScore } from './suite-pages';

/** Scores are equal up to rounding differences in white space and entity handling. */
const EPSILON = 0.005;

const pages = listSuitePages();
const scores: SuitePageScore[] = [];

describe('Readability test suite', () => {
  it('has the suite pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  for (const page of pages) {
    it(`${page.name}: at least as good as Readability`, () => {
      const s = scoreSuitePage(page);
      scores.push(s);
      if (s.path !== null && s.path !== 'generic') return; // a profile claimed it: not this test's subject
      if (s.verdict !== 'article') {
        // Refusing is the consistent answer only where Readability also says "not readerable".
        expect(page.readerable, `refused a readerable page (${s.verdict})`).toBe(false);
        return;
      }
      expect(s.ours.f1, `F1 ours ${s.ours.f1.toFixed(3)} vs Readability ${s.readability.f1.toFixed(3)}`).toBeGreaterThanOrEqual(
        s.readability.f1 - EPSILON,
      );
    });
  }

  it('reports how many pages match the expected output', () => {
    const sum = summarise(scores);
    const pct = (n: number) => `${n}/${sum.pages} (${((100 * n) / sum.pages).toFixed(1)}%)`;
    console.log(
      [
        `Readability suite: ${sum.pages} pages; "match" = 4-word-shingle F1 >= ${MATCH_F1} against expected.html`,
        `  ours:        ${pct(sum.oursMatches)} match, mean F1 ${sum.oursMeanF1.toFixed(4)}`,
        `  Readability: ${pct(sum.readabilityMatches)} match, mean F1 ${sum.readabilityMeanF1.toFixed(4)}`,
        `  refused by us: ${sum.refused.map((r) => `${r.name} (${r.code}${r.readerable ? ', readerable!' : ''})`).join(', ') || 'none'}`,
      ].join('\n'),
    );
    expect(sum.pages).toBe(pages.length);
    expect(sum.oursMeanF1).toBeGreaterThanOrEqual(sum.readabilityMeanF1 - EPSILON);
  });
});
