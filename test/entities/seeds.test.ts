// Issue 3 evidence: on the five seeds every gold person (with every gold title) and every gold agreement is
// found, and nothing from not_people / not_agreements is reported. Once on the seed text cut to its article,
// once through the whole pipeline on the HTML fixtures (parseHtml, extractArticle, then lead + body).
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../lib/entities';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import {
  cutToArticle,
  describeScore,
  loadGoldTexts,
  scoreEntities,
  seedsDir,
  type EntityScore,
} from '../support/entity-scoring';
import { loadSeedFixture } from '../seeds/seed-fixtures';

const seeds = loadGoldTexts(seedsDir);

function expectPerfect(score: EntityScore) {
  // One assertion with the whole list, so a failure says everything that is wrong at once.
  // Duplicates and extra titles are measured in the benchmark; the issue asks for the gold ones found.
  expect(
    describeScore(score).filter((line) => !line.includes('duplicate') && !line.includes('title not in the gold')),
  ).toEqual([]);
}

describe('entities on the seeds, text cut to the article', () => {
  it('has the five seeds', () => {
    expect(seeds.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
  });

  for (const seed of seeds) {
    it(`seed ${seed.id}: every gold person with every title, every gold agreement, no forbidden entity`, () => {
      const { article } = cutToArticle(seed.text, seed.gold);
      const score = scoreEntities(extractEntities(article), seed.gold);
      expectPerfect(score);
      expect(score.people.recall).toBe(1);
      expect(score.titles.recall).toBe(1);
      expect(score.agreements.recall).toBe(1);
      expect(score.people.violations).toEqual([]);
      expect(score.agreements.violations).toEqual([]);
    });
  }

  it('reports each gold person once (no duplicate entries for one person)', () => {
    const duplicates = seeds.flatMap((seed) => {
      const score = scoreEntities(extractEntities(cutToArticle(seed.text, seed.gold).article), seed.gold);
      return score.people.duplicates.map((d) => `${seed.id}: ${d}`);
    });
    expect(duplicates).toEqual([]);
  });
});

describe('entities on the seeds through the whole pipeline (HTML fixtures)', () => {
  for (const seed of seeds) {
    it(`seed ${seed.id}: same evidence from parseHtml + extractArticle`, () => {
      const { html, facts } = loadSeedFixture(seed.id);
      const result = extractArticle(parseHtml(html, facts.url), facts.url);
      if (result.kind !== 'article')
        throw new Error(`seed ${seed.id}: not an article (${result.code}: ${result.reason})`);
      const text = [result.lead, result.bodyText].filter(Boolean).join('\n\n');
      const score = scoreEntities(extractEntities(text), seed.gold);
      expectPerfect(score);
    });
  }
});
