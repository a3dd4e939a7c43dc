// extractEntities combines the people and the agreements extractors: the agreements part is exactly
// extractAgreements, the people part exactly extractPeople, on any input form.
import { describe, expect, it } from 'vitest';
import { extractAgreements, extractEntities, extractPeople } from '../../../lib/entities';
import { cutToArticle, loadGoldTexts, scoreEntities, seedsDir } from '../../support/entity-scoring';

const seeds = loadGoldTexts(seedsDir);

describe('extractEntities', () => {
  it('returns both lists, empty for empty text', () => {
    expect(extractEntities('')).toEqual({ people: [], agreements: [], sides: [] });
  });

  for (const seed of seeds) {
    it(`seed ${seed.id}: agreements equal extractAgreements, people equal extractPeople, gold agreements all found`, () => {
      const { article } = cutToArticle(seed.text, seed.gold);
      const entities = extractEntities(article);
      expect(entities.agreements).toEqual(extractAgreements(article));
      expect(entities.people).toEqual(extractPeople(article));
      const score = scoreEntities(entities, seed.gold);
      expect(score.agreements.missed).toEqual([]);
      expect(score.agreements.violations).toEqual([]);
    });
  }

  it('takes NFD input and reports spans in its NFC form', () => {
    const input = 'Thứ trưởng nhấn mạnh việc thực hiện DOC và Hiệp định EVFTA.'.normalize('NFD');
    const nfc = input.normalize('NFC');
    const { agreements } = extractEntities(input);
    expect(agreements.map((a) => nfc.slice(a.spans[0]!.start, a.spans[0]!.end))).toEqual(['DOC', 'Hiệp định EVFTA']);
  });
});
