// The agreements of the five seeds (text cut to the article: from the gold lead to body_last): every gold
// agreement found (by normalised name, acronym or alias), nothing else reported except optional ones,
// nothing from not_agreements; plus the exact names, acronyms and counts this extractor gives.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';
import { cutToArticle, loadGoldTexts, scoreEntities, seedsDir } from '../../support/entity-scoring';

const seeds = loadGoldTexts(seedsDir);
const agreementsOf = (id: string) => {
  const seed = seeds.find((s) => s.id === id)!;
  return extractAgreements(cutToArticle(seed.text, seed.gold).article);
};

describe('agreements on the seeds', () => {
  it('has the five seeds', () => {
    expect(seeds.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
  });

  for (const seed of seeds) {
    it(`seed ${seed.id}: every gold agreement, no false positive, no forbidden one`, () => {
      const found = extractAgreements(cutToArticle(seed.text, seed.gold).article);
      const score = scoreEntities({ people: [], agreements: found }, seed.gold).agreements;
      expect({
        missed: score.missed,
        falsePositives: score.falsePositives,
        duplicates: score.duplicates,
        violations: score.violations,
      }).toEqual({
        missed: [],
        falsePositives: [],
        duplicates: [],
        violations: [],
      });
    });
  }

  it('seed 000: names, acronyms, years and mention counts', () => {
    expect(agreementsOf('000').map((a) => [a.name, a.acronym, a.kind, a.year, a.mentions])).toEqual([
      ['Kế hoạch hành động ASEAN-EU 2018-2022', null, 'action-plan', null, 1],
      ['Công ước Liên hợp quốc về Luật Biển', 'UNCLOS', 'convention', 1982, 3],
      ['Bộ Quy tắc ứng xử ở Biển Đông', 'COC', 'code-of-conduct', null, 2],
      ['Đồng thuận 5 điểm', null, 'consensus', null, 1],
      ['Tuyên bố về Ứng xử giữa các bên tại Biển Đông', 'DOC', 'declaration', null, 1],
      ['Tuyên bố báo chí đồng Chủ tịch', null, 'declaration', null, 1],
    ]);
  });

  it('seed 002: a name without its acronym is linked to UNCLOS and to the FPA through the table', () => {
    expect(agreementsOf('002').map((a) => [a.acronym, a.year])).toEqual([
      ['UNCLOS', 1982],
      ['FPA', null],
    ]);
  });

  it('seed 004: DOC and COC given only by acronym are spelled out; the old tone placement is kept for display', () => {
    expect(agreementsOf('004').map((a) => [a.name, a.acronym, a.year])).toEqual([
      ['Công ước Liên hợp quốc về Luật biển năm 1982', 'UNCLOS', 1982],
      ['Tuyên bố về ứng xử của các bên ở Biển Đông', 'DOC', null],
      ['Bộ Quy tắc ứng xử ở Biển Đông', 'COC', null],
      ['Thoả thuận hợp tác giữa hai Bộ từ năm 2021 đến năm 2025', null, null],
    ]);
  });

  it('the related-article boxes hold agreements the article does not: the cut keeps them out', () => {
    const seed = seeds.find((s) => s.id === '000')!;
    const { after } = cutToArticle(seed.text, seed.gold);
    // Run on the box on purpose: it does name an accord, which is why extraction runs on the body only.
    expect(extractAgreements(after).map((a) => a.name)).toContain('Thỏa thuận ngừng bắn Israel-Hezbollah');
    expect(agreementsOf('000').map((a) => a.name)).not.toContain('Thỏa thuận ngừng bắn Israel-Hezbollah');
  });
});
